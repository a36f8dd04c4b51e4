#pragma once

#include <QMessageBox>

namespace ferry::ui {

// Shows a message without a nested event loop (QMessageBox::open), so nothing the console
// does ever waits inside a dialog; returns the box, which deletes itself when closed.
QMessageBox *showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                         const QString &text, const QString &objectName = {});

} // namespace ferry::ui

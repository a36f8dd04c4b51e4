#pragma once

#include <QMessageBox>

#include <functional>

namespace ferry::ui {

// Shows a message without a nested event loop (QMessageBox::open), so nothing the console
// does ever waits inside a dialog; returns the box, which deletes itself when closed.
QMessageBox *showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                         const QString &text, const QString &objectName = {});

// Asks Yes/Cancel (Cancel the default) without a nested event loop and calls `onYes` only when
// the user confirms. For destructive actions: say what goes and what stays in `text`.
QMessageBox *confirm(QWidget *parent, const QString &title, const QString &text,
                     const QString &objectName, std::function<void()> onYes);

} // namespace ferry::ui

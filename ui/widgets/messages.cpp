#include "messages.h"

namespace ferry::ui {

QMessageBox *showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                         const QString &text, const QString &objectName)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!objectName.isEmpty())
        box->setObjectName(objectName);
    box->open();
    return box;
}

} // namespace ferry::ui

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

QMessageBox *confirm(QWidget *parent, const QString &title, const QString &text,
                     const QString &objectName, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(objectName);
    QObject::connect(box, &QMessageBox::finished, box, [onYes = std::move(onYes)](int result) {
        if (result == QMessageBox::Yes)
            onYes();
    });
    box->open();
    return box;
}

} // namespace ferry::ui

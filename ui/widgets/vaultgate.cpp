#include "vaultgate.h"

#include "async.h"
#include "consolecontext.h"
#include "masterpassworddialog.h"
#include "messages.h"
#include "secrets/secretstore.h"

#include <QMessageBox>
#include <QPointer>

namespace ferry::ui {

namespace {

void askForMasterPassword(QWidget *parent, ConsoleContext *context, bool create,
                          const QString &previousError, std::function<void(bool)> then)
{
    auto *dialog = new MasterPasswordDialog(context->vaultPath(), create, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!previousError.isEmpty())
        dialog->setError(previousError);
    QObject::connect(dialog, &QDialog::finished, parent, [=](int result) {
        if (result != QDialog::Accepted) {
            then(false);
            return;
        }
        const QString password = dialog->password();
        runAsync(
            parent, [context, password] { return context->unlockVault(password); },
            [=](const Status &unlocked) {
                if (unlocked)
                    then(true);
                else
                    askForMasterPassword(parent, context, create, unlocked.error().text(), then);
            });
    });
    dialog->open();
}

} // namespace

void ensureSecretsReady(QWidget *parent, ConsoleContext *context, std::function<void(bool)> then)
{
    runAsync(
        parent,
        [context] {
            auto secrets = context->secrets();
            return secrets ? Status() : Status(std::unexpected(secrets.error()));
        },
        [=](const Status &ready) {
            if (ready) {
                then(true);
                return;
            }
            if (ready.error().code == Error::Code::Locked) {
                askForMasterPassword(parent, context, !context->vaultExists(), {}, then);
                return;
            }
            showMessage(parent, QMessageBox::Warning, QObject::tr("Passwords unavailable"),
                        ready.error().text());
            then(false);
        });
}

} // namespace ferry::ui

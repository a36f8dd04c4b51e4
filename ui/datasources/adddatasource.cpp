#include "adddatasource.h"

#include "consolecontext.h"
#include "datasource/datasourceservice.h"
#include "datasourcedialog.h"
#include "widgets/async.h"
#include "widgets/vaultgate.h"

namespace ferry::ui {

void addDataSourceInteractively(QWidget *parent, ConsoleContext *context, const DataSource &initial,
                                std::function<void(const DataSource &)> added)
{
    auto *dialog = new DataSourceDialog(DataSourceDialog::Mode::Add, initial, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &DataSourceDialog::saveRequested, dialog, [=] {
        const DataSource source = dialog->dataSource();
        const PasswordChange password = dialog->passwordChange();
        const bool keepsPassword = password.kind == PasswordChange::Kind::Set;
        auto save = [=](bool ready) {
            if (!ready) {
                dialog->saveFinished(fail(Error::Code::Locked,
                                          QObject::tr("the password cannot be saved while the "
                                                      "vault is locked")));
                return;
            }
            runAsync(
                dialog,
                [context, source, password, keepsPassword]() -> Result<DataSource> {
                    if (!keepsPassword) // no secret: no need to touch the keychain or vault
                        return DataSourceService(context->dataSources(), nullptr)
                            .add(source, std::nullopt);
                    auto service = context->dataSourceService();
                    if (!service)
                        return std::unexpected(service.error());
                    return (*service)->add(source, password.value);
                },
                [context, dialog, added](const Result<DataSource> &stored) {
                    if (stored)
                        added(*stored);
                    dialog->saveFinished(stored ? Status()
                                                : Status(std::unexpected(stored.error())));
                    if (stored)
                        emit context->dataSourcesChanged();
                });
        };
        if (keepsPassword)
            ensureSecretsReady(dialog, context, save);
        else
            save(true);
    });
    dialog->open();
}

} // namespace ferry::ui

#include "consolecontext.h"

#include "common/paths.h"
#include "datasource/datasourceservice.h"
#include "secrets/secretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ferry::ui {

ConsoleContext::ConsoleContext(std::shared_ptr<MetaStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_dataSources(std::make_shared<DataSourceRepository>(m_store))
{ }

ConsoleContext::~ConsoleContext() = default;

QString ConsoleContext::storePath() const
{
    return m_store->path();
}

QString ConsoleContext::logFile() const
{
    return paths::logDirFor(m_store->path()) + u"/ferry.log"_s;
}

Result<bool> ConsoleContext::ensureSecretChoice()
{
    std::lock_guard lock(m_mutex);
    if (m_secretStore)
        return true;
    auto choice = chooseSecretStore(m_store->path());
    if (!choice)
        return std::unexpected(choice.error());
    m_secretStore = choice->store;
    m_vault = choice->vault;
    return true;
}

Result<std::shared_ptr<SecretStore>> ConsoleContext::secrets()
{
    if (auto ok = ensureSecretChoice(); !ok)
        return std::unexpected(ok.error());
    std::lock_guard lock(m_mutex);
    if (m_vault && !m_vault->isUnlocked())
        return fail(Error::Code::Locked, u"the secret vault %1 is locked"_s.arg(m_vault->path()),
                    u"Enter the master password."_s, m_vault->path());
    return m_secretStore;
}

Result<std::shared_ptr<DataSourceService>> ConsoleContext::dataSourceService()
{
    auto secrets = this->secrets();
    if (!secrets)
        return std::unexpected(secrets.error());
    return std::make_shared<DataSourceService>(m_dataSources, *secrets);
}

Status ConsoleContext::unlockVault(const QString &masterPassword)
{
    if (auto ok = ensureSecretChoice(); !ok)
        return std::unexpected(ok.error());
    std::lock_guard lock(m_mutex);
    if (!m_vault)
        return {};
    return m_vault->unlock(masterPassword);
}

bool ConsoleContext::vaultExists() const
{
    return QFileInfo::exists(vaultPath());
}

QString ConsoleContext::vaultPath() const
{
    return paths::vaultPathFor(m_store->path());
}

QString ConsoleContext::secretBackendName() const
{
    std::lock_guard lock(m_mutex);
    if (!m_secretStore)
        return tr("not chosen yet");
    if (m_vault)
        return m_vault->isUnlocked() ? tr("encrypted vault (unlocked)")
                                     : tr("encrypted vault (locked)");
    return tr("OS keychain");
}

} // namespace ferry::ui

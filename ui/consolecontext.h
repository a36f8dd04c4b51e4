#pragma once

#include "common/error.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

namespace ferry {
class MetaStore;
class SecretStore;
class VaultSecretStore;
class DataSourceRepository;
class DataSourceService;
} // namespace ferry

namespace ferry::ui {

// What the console's pages share: the metadata store, the repositories over it and the
// secret store. Lives on the UI thread; the accessors marked "worker" block and belong in
// runAsync().
class ConsoleContext : public QObject
{
    Q_OBJECT

public:
    ConsoleContext(std::shared_ptr<MetaStore> store, QObject *parent = nullptr);
    ~ConsoleContext() override;

    std::shared_ptr<MetaStore> store() const { return m_store; }
    std::shared_ptr<DataSourceRepository> dataSources() const { return m_dataSources; }
    QString storePath() const;
    QString logFile() const;

    // Worker: the secret store, chosen on first use (probing the keychain may take seconds).
    // A locked vault is Code::Locked; unlockVault() then retry.
    Result<std::shared_ptr<SecretStore>> secrets();
    // Worker: the data source service with its secret store.
    Result<std::shared_ptr<DataSourceService>> dataSourceService();
    // Worker: unlocks (or, the first time, creates) the vault with `masterPassword`.
    Status unlockVault(const QString &masterPassword);
    // Worker-safe: whether the vault file exists yet, its path, and the backend's name.
    bool vaultExists() const;
    QString vaultPath() const;
    QString secretBackendName() const;

signals:
    void dataSourcesChanged();
    void projectsChanged();

private:
    Result<bool> ensureSecretChoice();

    std::shared_ptr<MetaStore> m_store;
    std::shared_ptr<DataSourceRepository> m_dataSources;
    mutable std::mutex m_mutex;
    std::shared_ptr<SecretStore> m_secretStore;
    std::shared_ptr<VaultSecretStore> m_vault;
};

} // namespace ferry::ui

#pragma once

#include "common/error.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

#include "admin/guard.h"
#include "engines/endpoint.h"
#include "project/projectrunner.h"

#include <QHash>
#include <QList>

namespace ferry {
class MetaStore;
class ProjectRunner;
class ProjectService;
struct ProjectDefinition;
class SecretStore;
class VaultSecretStore;
class DataSourceRepository;
class DataSourceService;
class AlertMonitor;
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

    // Who works in this console (signed in at start, UI thread): the core services check the
    // same Guard; the pages use allows() to hide what the role cannot do.
    std::shared_ptr<Guard> guard() const { return m_guard; }
    QString userName() const;
    Role role() const;
    bool allows(Permission permission) const;
    // After the login dialog (or as admin while it has no password).
    void signedIn(const Actor &actor);

    // Any thread (its calls block: workers): projects' use cases. Its changes emit
    // projectsChanged() on the UI thread.
    std::shared_ptr<ProjectService> projects() const { return m_projects; }
    // Worker: a project's source and target with their passwords (secret store as needed).
    Result<std::pair<Endpoint, Endpoint>> resolveEndpoints(const ProjectDefinition &project);

    // Running projects (UI thread). launch() starts a project's run (or its verification) in its
    // own thread; the runner stays available while it runs and afterwards, until the project is
    // started again. Destroying the context stops every runner.
    Result<ProjectRunner *> launch(qint64 projectId, const QString &name, const Endpoint &source,
                                   const Endpoint &target, int concurrency,
                                   ProjectRunner::Work work = ProjectRunner::Work::Run);
    ProjectRunner *runner(qint64 projectId) const;
    // Asks the project's run to stop at its next checkpoint, as the signed-in user may
    // (Code::Permission otherwise); audited on a worker.
    Status pause(qint64 projectId);
    QList<ProjectRunner *> runningProjects() const;

    // What running projects have reserved: worker threads and memory.
    struct Reservation
    {
        qint64 projectId = 0;
        QString name;
        int workers = 0;
        qint64 memoryBytes = 0;
    };
    QList<Reservation> reservations() const;

    // Starts evaluating the alert rules in the core on their own timer and thread (the console
    // does this once it is open); stopped when the context goes.
    void startAlerts();
    AlertMonitor *alerts() const { return m_alerts; }

signals:
    void dataSourcesChanged();
    void projectsChanged();
    // A project started or finished running.
    void runnersChanged();
    // Another user signed in.
    void userChanged();
    // An alert evaluation opened, notified or resolved incidents.
    void alertsChanged();

private:
    Result<bool> ensureSecretChoice();

    std::shared_ptr<MetaStore> m_store;
    std::shared_ptr<Guard> m_guard;
    std::shared_ptr<DataSourceRepository> m_dataSources;
    std::shared_ptr<ProjectService> m_projects;
    mutable std::mutex m_mutex;
    std::shared_ptr<SecretStore> m_secretStore;
    std::shared_ptr<VaultSecretStore> m_vault;
    QHash<qint64, ProjectRunner *> m_runners;
    AlertMonitor *m_alerts = nullptr;
};

} // namespace ferry::ui

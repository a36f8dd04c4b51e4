#include "consolecontext.h"

#include "common/paths.h"
#include "datasource/datasourceservice.h"
#include "project/projectrunner.h"
#include "project/projectservice.h"
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
    , m_projects(
          std::make_shared<ProjectService>(m_store, m_dataSources, [this] { return secrets(); }))
{
    // Emitted on the worker that made the change: queued to this (UI) thread.
    connect(m_projects.get(), &ProjectService::changed, this, &ConsoleContext::projectsChanged);
}

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

Result<std::pair<Endpoint, Endpoint>>
ConsoleContext::resolveEndpoints(const ProjectDefinition &project)
{
    return m_projects->endpoints(project);
}

Result<ProjectRunner *> ConsoleContext::launch(qint64 projectId, const QString &name,
                                               const Endpoint &source, const Endpoint &target,
                                               int concurrency, ProjectRunner::Work work)
{
    if (ProjectRunner *old = m_runners.value(projectId)) {
        if (old->isRunning())
            return fail(Error::Code::Conflict, tr("project %1 is already running").arg(name));
        m_runners.remove(projectId);
        old->deleteLater();
    }
    auto *runner = new ProjectRunner(m_store, projectId, name, source, target, concurrency, this);
    if (auto ok = runner->start(work); !ok) {
        delete runner;
        return std::unexpected(ok.error());
    }
    m_runners.insert(projectId, runner);
    connect(runner, &ProjectRunner::finished, this, [this] {
        emit runnersChanged();
        emit projectsChanged();
    });
    emit runnersChanged();
    emit projectsChanged();
    return runner;
}

ProjectRunner *ConsoleContext::runner(qint64 projectId) const
{
    return m_runners.value(projectId);
}

QList<ProjectRunner *> ConsoleContext::runningProjects() const
{
    QList<ProjectRunner *> out;
    for (ProjectRunner *r : m_runners)
        if (r->isRunning())
            out << r;
    return out;
}

QList<ConsoleContext::Reservation> ConsoleContext::reservations() const
{
    QList<Reservation> out;
    for (ProjectRunner *r : runningProjects())
        out.append({r->projectId(), r->projectName(), r->workers(), r->memoryBudget()});
    return out;
}

} // namespace ferry::ui

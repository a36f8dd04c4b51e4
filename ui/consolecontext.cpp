#include "consolecontext.h"

#include "admin/parameters.h"
#include "admin/userservice.h"
#include "alerts/alertmonitor.h"
#include "alerts/retentionfromrisks.h"
#include "common/paths.h"
#include "datasource/datasourceservice.h"
#include "project/projectrunner.h"
#include "project/projectservice.h"
#include "secrets/secretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include "widgets/async.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ferry::ui {

ConsoleContext::ConsoleContext(std::shared_ptr<MetaStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_guard(Guard::of(m_store))
    , m_dataSources(std::make_shared<DataSourceRepository>(m_store))
    , m_projects(
          std::make_shared<ProjectService>(m_store, m_dataSources, [this] { return secrets(); }))
{
    // Emitted on the worker that made the change: queued to this (UI) thread.
    connect(m_projects.get(), &ProjectService::changed, this, &ConsoleContext::projectsChanged);
    // A few reads of the local store at start, like opening it: a new project's defaults.
    Parameters(m_store).installProjectDefaults();
    // While admin has no password nobody is asked: admin works. One small read of the local
    // store at start, like opening it; otherwise the login dialog signs somebody in.
    if (!m_guard->signedIn()) {
        auto required = UserService(m_store).signInRequired();
        if (required && !*required)
            m_guard->signIn({u"admin"_s, Role::Administrator});
    }
}

ConsoleContext::~ConsoleContext()
{
    // Its thread may be inside secrets(): stopped before the members it uses go.
    if (m_alerts)
        m_alerts->stop();
}

void ConsoleContext::startAlerts()
{
    if (m_alerts)
        return;
    m_alerts = new AlertMonitor(
        m_store, [this] { return secrets(); }, this);
    m_alerts->setRetentionProvider(riskBoardRetention(m_store, [this] { return secrets(); }));
    connect(m_alerts, &AlertMonitor::evaluated, this, &ConsoleContext::alertsChanged);
    m_alerts->start();
}

QString ConsoleContext::userName() const
{
    const auto who = m_guard->signedIn();
    return who ? who->name : QString();
}

Role ConsoleContext::role() const
{
    const auto who = m_guard->signedIn();
    return who ? who->role : Role::Viewer;
}

bool ConsoleContext::allows(Permission permission) const
{
    return m_guard->signedIn() && roles::grants(role(), permission);
}

void ConsoleContext::signedIn(const Actor &actor)
{
    m_guard->signIn(actor);
    emit userChanged();
}

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
    // The role as signed in (no store read on the UI thread); the audit record on a worker.
    static const char *const works[] = {"start", "verify", "switch over"};
    const QString what = QString::fromLatin1(works[int(work)]);
    if (!allows(Permission::Run))
        return fail(Error::Code::Permission,
                    tr("user '%1' (%2) may not %3 project '%4': that takes the operator role (or "
                       "administrator)")
                        .arg(userName(), roles::id(role()), what, name),
                    tr("Sign in as a user with that role."), name);
    runAsync(
        this,
        [guard = m_guard, what, name] {
            guard->record(u"project."_s + QString(what).replace(u' ', u'-'), u"project"_s, name,
                          Status());
            return true;
        },
        [](bool) {});
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

Status ConsoleContext::pause(qint64 projectId)
{
    ProjectRunner *running = runner(projectId);
    if (!running || !running->isRunning())
        return {};
    if (!allows(Permission::Run))
        return fail(Error::Code::Permission,
                    tr("user '%1' (%2) may not pause project '%3': that takes the operator role "
                       "(or administrator)")
                        .arg(userName(), roles::id(role()), running->projectName()),
                    tr("Sign in as a user with that role."), running->projectName());
    running->stop();
    runAsync(
        this,
        [guard = m_guard, name = running->projectName()] {
            guard->record(u"project.pause"_s, u"project"_s, name, Status());
            return true;
        },
        [](bool) {});
    return {};
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

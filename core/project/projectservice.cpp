#include "projectservice.h"

#include "admin/guard.h"
#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "pipeline/streamstate.h"
#include "projectlock.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include <QSqlQuery>
#include <QSysInfo>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace ferry {

ProjectService::ProjectService(std::shared_ptr<MetaStore> store,
                               std::shared_ptr<DataSourceRepository> sources,
                               SecretOpener openSecrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_sources(std::move(sources))
    , m_openSecrets(std::move(openSecrets))
{ }

ProjectService::~ProjectService() = default;

Result<QList<ProjectRecord>> ProjectService::list() const
{
    return ProjectRepository(m_store).list();
}

Result<ProjectRecord> ProjectService::find(qint64 id) const
{
    return ProjectRepository(m_store).findById(id);
}

Result<ProjectRecord> ProjectService::find(const QString &name) const
{
    return ProjectRepository(m_store).findByName(name);
}

Result<ProjectOverview> ProjectService::overview(qint64 id, int logLines, int samples,
                                                 bool withVerification) const
{
    ProjectRepository repository(m_store);
    auto project = repository.findById(id);
    if (!project)
        return std::unexpected(project.error());
    ProjectOverview o;
    o.project = *project;
    auto steps = repository.steps(id);
    if (!steps)
        return std::unexpected(steps.error());
    o.steps = *steps;
    auto tables = repository.tables(id);
    if (!tables)
        return std::unexpected(tables.error());
    o.tables = *tables;
    auto checkpoints = repository.checkpoints(id);
    if (!checkpoints)
        return std::unexpected(checkpoints.error());
    o.checkpoints = *checkpoints;
    auto log = repository.logLines(id, logLines);
    if (!log)
        return std::unexpected(log.error());
    o.log = *log;
    auto recent = repository.samples(id, samples);
    if (!recent)
        return std::unexpected(recent.error());
    o.samples = *recent;
    auto streams = repository.streams(id);
    if (!streams)
        return std::unexpected(streams.error());
    o.streams = *streams;
    if (withVerification) {
        auto report = VerificationRepository(m_store).latest(id);
        if (!report)
            return std::unexpected(report.error());
        o.verification = *report;
    }
    return o;
}

Result<QList<StreamRecord>> ProjectService::streams(qint64 id) const
{
    return ProjectRepository(m_store).streams(id);
}

Result<QHash<qint64, StreamRecord>> ProjectService::forwardStreams() const
{
    return ProjectRepository(m_store).streamsNamed(u"forward"_s);
}

Result<std::optional<StreamRecord>> ProjectService::pausedAtSchemaChange(qint64 id) const
{
    auto streams = ProjectRepository(m_store).streams(id);
    if (!streams)
        return std::unexpected(streams.error());
    for (const StreamRecord &s : std::as_const(*streams))
        if (s.state == stateId(StreamState::PausedDdl) && !s.heldPosition.isEmpty())
            return std::optional<StreamRecord>(s);
    return std::optional<StreamRecord>();
}

Result<StreamRecord> ProjectService::decideSchemaChange(qint64 id,
                                                        const SchemaChangeDecision &decision)
{
    ProjectRepository projects(m_store);
    auto project = projects.findById(id);
    if (!project)
        return std::unexpected(project.error());
    if (auto ok = allow(Permission::Run,
                        Text::tr("decide the schema change of project '%1'").arg(project->name()),
                        u"project.ddl"_s, project->name());
        !ok)
        return std::unexpected(ok.error());
    if (decision.choice == SchemaChangeDecision::Choice::ApplyEdited
        && decision.statement.trimmed().isEmpty())
        return fail(
            Error::Code::InvalidInput,
            Text::tr("the statement to run instead of the schema change of project '%1' is "
                     "empty")
                .arg(project->name()),
            Text::tr("Give the statement to run on the target, or apply the change as shown, "
                     "or skip it."),
            project->name());
    StreamRecord decided;
    auto ok = underLock(*project, [&]() -> Status {
        // Read again under the lock: a run may have gone past it since.
        auto paused = pausedAtSchemaChange(id);
        if (!paused)
            return std::unexpected(paused.error());
        if (!*paused)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("project '%1' is not paused at a schema change").arg(project->name()),
                Text::tr("ferry status shows where its streams stand."), project->name());
        decided = **paused;
        decided.ddlDecision = decision.recorded();
        if (auto saved = projects.saveStream(id, decided); !saved)
            return saved;
        if (decision.choice == SchemaChangeDecision::Choice::Stop) {
            // The pause failed the run that met it: stopped here on purpose, it is paused.
            auto current = projects.findById(id);
            if (!current)
                return std::unexpected(current.error());
            if (current->state == ProjectState::Failed
                || current->state == ProjectState::Interrupted)
                if (auto set = projects.setState(id, ProjectState::Paused, current->lastError);
                    !set)
                    return set;
            return log(
                id,
                Text::tr("schema change at %1 (%2): stopped there, nothing decided; decide to go "
                         "on (ferry ddl, or the project page)")
                    .arg(decided.heldPosition, decided.detail));
        }
        return log(id,
                   Text::tr("schema change at %1 (%2): decided %3; the next run carries it out")
                       .arg(decided.heldPosition, decided.detail, decision.describe()));
    });
    audit(u"project.ddl"_s, project->name(), ok, {},
          {{u"decision"_s, decision.recorded()}, {u"statement"_s, decided.detail}});
    if (!ok)
        return std::unexpected(ok.error());
    emit changed(id);
    return decided;
}

Status ProjectService::log(qint64 id, const QString &text) const
{
    qCInfo(lcProject).noquote() << text;
    return ProjectRepository(m_store).log(id, u"info"_s, text);
}

Status ProjectService::allow(Permission permission, const QString &what, const QString &action,
                             const QString &name) const
{
    return Guard::of(m_store)->require(permission, what, action, u"project"_s, name);
}

void ProjectService::audit(const QString &action, const QString &name, const Status &outcome,
                           const QJsonObject &before, const QJsonObject &after) const
{
    Guard::of(m_store)->record(action, u"project"_s, name, outcome, before, after);
}

template<typename T>
static Status statusOf(const Result<T> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status ProjectService::authorizeRun(const ProjectRecord &project, const QString &work)
{
    const QString action = u"project."_s + QString(work).replace(u' ', u'-');
    if (auto ok = allow(Permission::Run, u"%1 project '%2'"_s.arg(work, project.name()), action,
                        project.name());
        !ok)
        return ok;
    audit(action, project.name(), {});
    return {};
}

Status ProjectService::pause(qint64 id)
{
    auto project = find(id);
    if (!project)
        return std::unexpected(project.error());
    if (auto ok = allow(Permission::Run, Text::tr("pause project '%1'").arg(project->name()),
                        u"project.pause"_s, project->name());
        !ok)
        return ok;
    const Status outcome = [&]() -> Status {
        auto q = m_store->exec(u"SELECT pid, host FROM run_heartbeat WHERE project_id = ?"_s, {id});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return fail(Error::Code::InvalidInput,
                        Text::tr("project '%1' is not running").arg(project->name()),
                        Text::tr("ferry status %1 shows where it stands.").arg(project->name()),
                        project->name());
        const qint64 pid = q->value(0).toLongLong();
        const QString host = q->value(1).toString();
        if (host != QSysInfo::machineHostName())
            return fail(
                Error::Code::Unsupported,
                Text::tr("project '%1' runs on host %2, not here").arg(project->name(), host),
                Text::tr("Pause it on %1 (ferry project pause %2 there, or Ctrl-C).")
                    .arg(host, project->name()),
                project->name());
#ifdef Q_OS_UNIX
        if (::kill(pid_t(pid), SIGTERM) != 0)
            return fail(Error::Code::InvalidInput,
                        Text::tr("project '%1' is not running: its process %2 is gone")
                            .arg(project->name())
                            .arg(pid),
                        Text::tr("Its state shows as interrupted; run it again to resume."),
                        project->name());
        return {};
#else
        return fail(Error::Code::Unsupported,
                    Text::tr("pausing a run from another process is not "
                             "supported on this system"),
                    Text::tr("Stop it where it runs."), project->name());
#endif
    }();
    audit(u"project.pause"_s, project->name(), outcome);
    if (outcome)
        logIfFailed(lcProject(),
                    log(id, Text::tr("project %1: pause requested").arg(project->name())),
                    "the project log misses a pause request");
    return outcome;
}

Result<std::unique_ptr<ProjectLock>> ProjectService::lock(const ProjectRecord &project) const
{
    return ProjectLock::acquire(m_store->path(), project.name());
}

Status ProjectService::underLock(const ProjectRecord &project,
                                 const std::function<Status()> &change) const
{
    auto held = lock(project);
    if (!held)
        return std::unexpected(held.error());
    return change();
}

// What the store keeps must read back: the same checks a project file gets.
static Status validate(const ProjectDefinition &definition)
{
    auto valid = ProjectDefinition::fromJson(definition.toJson(), ProjectDefinition::Parse::Stored);
    if (!valid)
        return std::unexpected(valid.error());
    return {};
}

Result<ProjectRecord> ProjectService::create(const ProjectDefinition &definition)
{
    if (auto ok = allow(Permission::Change, Text::tr("create project '%1'").arg(definition.name),
                        u"project.create"_s, definition.name);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = validate(definition); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkEndpointKinds(definition, *m_sources); !ok)
        return std::unexpected(ok.error());
    auto created = ProjectRepository(m_store).create(definition);
    audit(u"project.create"_s, definition.name, statusOf(created), {}, definition.toJson());
    if (!created)
        return created;
    if (auto logged = log(created->id, Text::tr("project %1 created").arg(created->name()));
        !logged)
        qCWarning(lcProject).noquote() << "project log not written:" << logged.error().text();
    emit changed(created->id);
    return created;
}

Result<ProjectRecord> ProjectService::importFile(const QString &path)
{
    auto definition = ProjectDefinition::fromFile(path);
    if (!definition)
        return std::unexpected(definition.error());
    return create(*definition);
}

Result<ProjectRecord> ProjectService::update(qint64 id, const ProjectDefinition &definition)
{
    if (auto ok = validate(definition); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkEndpointKinds(definition, *m_sources); !ok)
        return std::unexpected(ok.error());
    ProjectRepository projects(m_store);
    auto existing = projects.findById(id);
    if (!existing)
        return existing;
    if (auto ok = allow(Permission::Change, Text::tr("edit project '%1'").arg(existing->name()),
                        u"project.edit"_s, existing->name());
        !ok)
        return std::unexpected(ok.error());
    auto changedOk = underLock(*existing, [&]() -> Status {
        // Read again under the lock: a run may have started it since.
        auto current = projects.findById(id);
        if (!current)
            return std::unexpected(current.error());
        if (current->state != ProjectState::NotStarted
            && !current->definition.sameScope(definition))
            return fail(
                Error::Code::InvalidInput,
                Text::tr("project '%1' has started: its endpoints and objects cannot change")
                    .arg(current->name()),
                Text::tr(
                    "Keep its endpoints and objects (ferry project export %1 shows them), "
                    "or forget its progress with ferry project reset %1 (the target tables stay) "
                    "and run it again with the new ones.")
                    .arg(current->name()),
                current->name());
        // Type decisions are the runs' own: a file that does not repeat them keeps them.
        ProjectDefinition updated = definition;
        if (updated.mapping.decisions.isEmpty())
            updated.mapping.decisions = current->definition.mapping.decisions;
        if (auto ok = projects.updateDefinition(id, updated); !ok)
            return ok;
        return log(id, Text::tr("project %1: definition changed").arg(definition.name));
    });
    audit(u"project.edit"_s, existing->name(), changedOk, existing->definition.toJson(),
          definition.toJson());
    if (!changedOk)
        return std::unexpected(changedOk.error());
    emit changed(id);
    return projects.findById(id);
}

Result<ProjectRecord> ProjectService::createOrUpdate(const ProjectDefinition &definition)
{
    auto existing = find(definition.name);
    if (existing) {
        // Running the same file again changes nothing: no edit to permit or audit.
        ProjectDefinition same = definition;
        if (same.mapping.decisions.isEmpty())
            same.mapping.decisions = existing->definition.mapping.decisions;
        if (same.toJson() == existing->definition.toJson())
            return existing;
        return update(existing->id, definition);
    }
    if (existing.error().code != Error::Code::NotFound)
        return existing;
    return create(definition);
}

Result<ProjectRecord> ProjectService::clone(qint64 id)
{
    ProjectRepository projects(m_store);
    auto original = projects.findById(id);
    if (!original)
        return original;
    if (auto ok = allow(Permission::Change, Text::tr("clone project '%1'").arg(original->name()),
                        u"project.clone"_s, original->name());
        !ok)
        return std::unexpected(ok.error());
    auto name = projects.freeName(original->name());
    if (!name)
        return std::unexpected(name.error());
    ProjectDefinition copy = original->definition;
    copy.name = *name;
    auto created = projects.create(copy);
    audit(u"project.clone"_s, original->name(), statusOf(created), {}, {{u"copy"_s, copy.name}});
    if (!created)
        return created;
    if (auto ok =
            log(created->id, Text::tr("project %1 cloned from %2").arg(*name, original->name()));
        !ok)
        qCWarning(lcProject).noquote() << "project log not written:" << ok.error().text();
    emit changed(created->id);
    return created;
}

Status ProjectService::release(qint64 id)
{
    ProjectRepository projects(m_store);
    auto project = projects.findById(id);
    if (!project)
        return std::unexpected(project.error());
    if (auto ok = allow(Permission::Change, Text::tr("release project '%1'").arg(project->name()),
                        u"project.release"_s, project->name());
        !ok)
        return ok;
    auto released = underLock(*project, [&]() -> Status {
        if (auto ok = projects.release(id); !ok)
            return ok;
        return log(id, Text::tr("project %1 released: checkpoints deleted").arg(project->name()));
    });
    audit(u"project.release"_s, project->name(), released);
    if (released)
        emit changed(id);
    return released;
}

Status ProjectService::remove(qint64 id)
{
    ProjectRepository projects(m_store);
    auto project = projects.findById(id);
    if (!project)
        return std::unexpected(project.error());
    if (auto ok = allow(Permission::Change, Text::tr("delete project '%1'").arg(project->name()),
                        u"project.delete"_s, project->name());
        !ok)
        return ok;
    auto removed = underLock(*project, [&]() -> Status { return projects.remove(id); });
    audit(u"project.delete"_s, project->name(), removed, project->definition.toJson());
    if (!removed)
        return removed;
    // The project's log went with it: the application log keeps the line.
    qCInfo(lcProject).noquote() << u"project %1 deleted"_s.arg(project->name());
    emit changed(id);
    return {};
}

Result<QStringList> ProjectService::reset(qint64 id)
{
    ProjectRepository projects(m_store);
    auto project = projects.findById(id);
    if (!project)
        return std::unexpected(project.error());
    if (auto ok = allow(Permission::Change, Text::tr("reset project '%1'").arg(project->name()),
                        u"project.reset"_s, project->name());
        !ok)
        return std::unexpected(ok.error());
    QStringList kept;
    auto done = underLock(*project, [&]() -> Status {
        for (const QString &t : projects.ownTargets(id))
            kept << t;
        kept.sort();
        return projects.reset(id);
    });
    audit(u"project.reset"_s, project->name(), done);
    if (!done)
        return std::unexpected(done.error());
    qCInfo(lcProject).noquote() << u"project %1 reset"_s.arg(project->name());
    emit changed(id);
    return kept;
}

Result<std::pair<Endpoint, Endpoint>>
ProjectService::endpoints(const ProjectDefinition &definition) const
{
    return resolveEndpoints(definition, m_sources, m_openSecrets);
}

Result<Endpoint> ProjectService::endpoint(const EndpointSpec &spec) const
{
    std::shared_ptr<SecretStore> secrets;
    if (needsSecret(spec, *m_sources)) {
        auto opened = m_openSecrets();
        if (!opened)
            return std::unexpected(opened.error());
        secrets = *opened;
    }
    return resolveEndpoint(spec, m_sources, secrets);
}

Result<QList<Table>> ProjectService::readCatalog(const EndpointSpec &spec) const
{
    auto resolved = endpoint(spec);
    if (!resolved)
        return std::unexpected(resolved.error());
    const Driver &driver = Driver::forEngine(resolved->engine);
    auto session = driver.connect(*resolved);
    if (!session)
        return std::unexpected(session.error());
    return driver.readTables(**session, resolved->effectiveSchema());
}

Result<PrecheckReport> ProjectService::precheck(const ProjectDefinition &definition,
                                                qint64 projectId, const CancelToken &cancel) const
{
    auto resolved = endpoints(definition);
    if (!resolved)
        return std::unexpected(resolved.error());
    if (!projectId)
        return runPrecheck(definition, resolved->first, resolved->second, cancel);
    const ProjectRepository repository(m_store);
    return runPrecheck(definition, resolved->first, resolved->second, cancel,
                       repository.ownTargets(projectId),
                       repository.appliedPosition(projectId, u"forward"_s));
}

} // namespace ferry

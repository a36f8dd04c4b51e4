#pragma once

#include "admin/role.h"
#include "common/canceltoken.h"
#include "common/error.h"
#include "endpointresolver.h"
#include "precheck.h"
#include "projectdefinition.h"
#include "projectlock.h"
#include "projectrepository.h"
#include "projectverification.h"
#include "schema/table.h"
#include "schemachangedecision.h"

#include <QObject>

#include <memory>

namespace ferry {

class DataSourceRepository;
class MetaStore;

// Everything the console shows of one project, read in one go.
struct ProjectOverview
{
    ProjectRecord project;
    QList<StepRecord> steps;
    QList<TableRecord> tables;
    QList<Checkpoint> checkpoints;
    QList<LogLine> log; // the newest lines
    QList<MetricSample> samples; // the newest samples
    QList<StreamRecord> streams; // where its change streams stand ("forward", "reverse")
    std::optional<VerifyReport> verification; // the latest report, when asked for
};

// Migration projects as use cases, the one place the console and the CLI change them through:
// each change takes the project's lock (a terminal or another console may be running it),
// writes one line to the project's log, and announces itself with changed(). Roles and the
// audit log hook in here. Blocking (store, lock files, secret store, servers): call it from a
// worker thread; changed() is emitted on the calling thread.
class ProjectService : public QObject
{
    Q_OBJECT

public:
    // `openSecrets` opens the secret store when a saved data source's password is needed.
    ProjectService(std::shared_ptr<MetaStore> store, std::shared_ptr<DataSourceRepository> sources,
                   SecretOpener openSecrets, QObject *parent = nullptr);
    ~ProjectService() override;

    Result<QList<ProjectRecord>> list() const;
    Result<ProjectRecord> find(qint64 id) const;
    Result<ProjectRecord> find(const QString &name) const;
    // The project with its steps, tables, checkpoints, change streams, the last `logLines` log
    // lines and `samples` metric samples, and (withVerification) its latest verification report.
    Result<ProjectOverview> overview(qint64 id, int logLines, int samples,
                                     bool withVerification) const;
    // Where the project's change streams stand, as their runs last saved them (by stream name).
    Result<QList<StreamRecord>> streams(qint64 id) const;
    // Every project's forward (incremental) stream, by project id, for the project lists.
    Result<QHash<qint64, StreamRecord>> forwardStreams() const;

    // The project's change stream paused at a schema change it does not apply by itself (state
    // "paused-ddl", the statement in its detail, the DBA's decision once made), if one is.
    Result<std::optional<StreamRecord>> pausedAtSchemaChange(qint64 id) const;
    // `ferry ddl` and the console's prompt: records the DBA's decision about that schema change
    // under the project's lock, with a line in its log; the next run carries it out and goes on
    // from there, nothing lost. Stop decides nothing (withdraws a decision not carried out yet)
    // and leaves the project paused at the statement. Code::InvalidInput when no stream is
    // paused at a schema change or an edited statement is empty.
    Result<StreamRecord> decideSchemaChange(qint64 id, const SchemaChangeDecision &decision);

    // Stores a new project; its definition must read back as a project file does, and a taken
    // name is Code::Conflict.
    Result<ProjectRecord> create(const ProjectDefinition &definition);
    Result<ProjectRecord> importFile(const QString &path);
    // Changes a stored project's definition. A started project keeps its scope (endpoints and
    // objects): only options, tags and the like may change.
    Result<ProjectRecord> update(qint64 id, const ProjectDefinition &definition);
    // `ferry run FILE`: the project of that name, created or updated from the file.
    Result<ProjectRecord> createOrUpdate(const ProjectDefinition &definition);
    // A not-started copy named "NAME-clone", "NAME-clone2", ...
    Result<ProjectRecord> clone(qint64 id);
    // Ends a project for good: checkpoints deleted, log and verification results kept.
    Status release(qint64 id);
    // Deletes the project with its checkpoints, log and results (not the target's tables).
    Status remove(qint64 id);
    // Forgets the project's progress (checkpoints, table and step records, streams) so it can
    // start again, with another scope if need be; refused while a run holds it. Returns the
    // target tables that hold rows of its earlier runs: they stay, and the next run meets them
    // under options.nonEmptyTarget.
    Result<QStringList> reset(qint64 id);

    // Whether the acting user may `work` the project ("start", "switch over"): Code::Permission
    // naming the role that would; audited as project.<work> either way. The caller then runs it.
    Status authorizeRun(const ProjectRecord &project, const QString &work);
    // `ferry project pause`: asks the process running the project on this host to stop at its
    // next checkpoint (SIGTERM; the project becomes Paused). Code::InvalidInput when no run
    // lives, Code::Unsupported when it runs on another host.
    Status pause(qint64 id);

    // The project's lock, held for as long as a run lasts; Code::Conflict when another process
    // holds it.
    Result<std::unique_ptr<ProjectLock>> lock(const ProjectRecord &project) const;

    // A project's source and target with their passwords.
    Result<std::pair<Endpoint, Endpoint>> endpoints(const ProjectDefinition &definition) const;
    Result<Endpoint> endpoint(const EndpointSpec &spec) const;
    // The tables of a source as its catalog reports them (the wizard's object tree).
    Result<QList<Table>> readCatalog(const EndpointSpec &spec) const;
    // The precheck of a definition, writing nothing; `projectId` (0 for a new project) names
    // the stored project whose own target tables do not count as someone else's rows.
    Result<PrecheckReport> precheck(const ProjectDefinition &definition, qint64 projectId,
                                    const CancelToken &cancel) const;

signals:
    // A project was created, changed or removed (`projectId` of a removed one too).
    void changed(qint64 projectId);

private:
    // Runs `change` under the project's lock, logs `done` to its log on success.
    Status underLock(const ProjectRecord &project, const std::function<Status()> &change) const;
    Status log(qint64 id, const QString &text) const;
    // The acting user's permission (Guard::require) for `what` on the project `name`.
    Status allow(Permission permission, const QString &what, const QString &action,
                 const QString &name) const;
    void audit(const QString &action, const QString &name, const Status &outcome,
               const QJsonObject &before = {}, const QJsonObject &after = {}) const;

    std::shared_ptr<MetaStore> m_store;
    std::shared_ptr<DataSourceRepository> m_sources;
    SecretOpener m_openSecrets;
};

} // namespace ferry

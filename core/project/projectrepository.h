#pragma once

#include "common/error.h"
#include "pipeline/metricsample.h"
#include "pipeline/steprecord.h"
#include "pipeline/tablerecord.h"
#include "projectdefinition.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <memory>

class QSqlQuery;

namespace ferry {

class MetaStore;

// Interrupted is never stored: it is a stored Running whose run has died (kill -9, power loss),
// told by the run's heartbeat (RunHeartbeat). Starting it again resumes it.
enum class ProjectState {
    NotStarted,
    Running,
    Paused,
    Failed,
    Completed,
    Releasing,
    Released,
    Interrupted
};
QString projectStateId(ProjectState state); // "not-started", "running", ...
QString projectStateName(ProjectState state); // "Not started", "Running", ...
ProjectState projectStateFromId(const QString &id);

// Columns and join that read a project's heartbeat beside it ("project p" is the project row);
// liveProjectState() reads them from `column` on.
extern const QString kHeartbeatColumns; // "h.at, h.interval_ms, h.pid, h.host"
extern const QString kHeartbeatJoin; // "LEFT JOIN run_heartbeat h ON h.project_id = p.id"
// The stored state, or Interrupted when it says Running but no live run beats for it.
ProjectState liveProjectState(ProjectState stored, const QSqlQuery &q, int column);

struct ProjectRecord
{
    qint64 id = 0;
    QString uuid;
    ProjectDefinition definition;
    ProjectState state = ProjectState::NotStarted;
    QString lastError;
    double progress = 0; // 0..1
    QDateTime createdAt;
    QDateTime updatedAt;

    QString name() const { return definition.name; }
};

struct LogLine
{
    QDateTime at;
    QString level;
    QString message;
};

// Where a table's full copy stands in the chunk ledger.
struct Checkpoint
{
    QString sourceTable;
    int chunks = 0;
    int done = 0;
    int inFlight = 0; // 'started': redone with their range deleted on resume
    qint64 rows = 0; // committed rows
    QString lastCommittedKey; // the upper key of the furthest committed chunk, as JSON
};

// Migration projects in the metadata store: definitions, states, steps, per-table progress, the
// project log and metric samples. Any thread (each uses its own store connection).
class ProjectRepository
{
public:
    explicit ProjectRepository(std::shared_ptr<MetaStore> store);

    // Stores a new project and its data source references; a taken name is Code::Conflict.
    Result<ProjectRecord> create(const ProjectDefinition &definition);
    Result<ProjectRecord> findByName(const QString &name) const;
    Result<ProjectRecord> findById(qint64 id) const;
    Result<QList<ProjectRecord>> list() const;
    Status updateDefinition(qint64 id, const ProjectDefinition &definition);
    Status setState(qint64 id, ProjectState state, const QString &error = {});
    Status setProgress(qint64 id, double progress);
    // Deletes the project with its ledger, log and samples (not the tables it created).
    Status remove(qint64 id);
    // Ends a project for good: its checkpoints and samples are deleted (it cannot be resumed),
    // its log and verification results kept; the state becomes Released.
    Status release(qint64 id);
    // "NAME-clone", "NAME-clone2", ...: the first name no project has.
    Result<QString> freeName(const QString &base) const;
    Result<QList<Checkpoint>> checkpoints(qint64 id) const;

    Result<QList<StepRecord>> steps(qint64 id) const;
    Status setStep(qint64 id, const QString &step, StepState state, const QString &error = {});

    Result<QList<TableRecord>> tables(qint64 id) const;
    // The target tables (unqualified names) the project created or planned into: their rows
    // are its own, so a resumed run and its precheck do not count them as someone else's.
    QSet<QString> ownTargets(qint64 id) const;
    Status saveTable(qint64 id, const TableRecord &table);

    Status log(qint64 id, const QString &level, const QString &message);
    Result<QList<LogLine>> logLines(qint64 id, int limit = 500) const;

    Status addSample(qint64 id, const MetricSample &sample);
    Result<QList<MetricSample>> samples(qint64 id, int limit = 600) const;

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

#pragma once

#include "common/error.h"
#include "projectrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class QSqlQuery;

namespace ferry {

class MetaStore;

// Columns and join that read a project's heartbeat beside it ("project p" is the project row);
// liveProjectState() reads them from `column` on.
extern const QString kHeartbeatColumns; // "h.at, h.interval_ms, h.pid, h.host"
extern const QString kHeartbeatJoin; // "LEFT JOIN run_heartbeat h ON h.project_id = p.id"
// The stored state, or Interrupted when it says Running but no live run beats for it.
ProjectState liveProjectState(ProjectState stored, const QSqlQuery &q, int column);

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
    // Forgets a project's progress so it can start again, with another scope if need be: its
    // chunk ledger, table and step records, change streams and samples are deleted and the
    // state becomes NotStarted; its definition, log and verification results are kept, and so
    // are the target's tables.
    Status reset(qint64 id);
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

    // Where the project's change streams stand (incremental, reverse), one row per stream.
    Status saveStream(qint64 id, const StreamRecord &stream);
    Result<QList<StreamRecord>> streams(qint64 id) const;
    // How far `stream` applied ("forward": the incremental step); empty before it started or
    // when the store cannot say.
    QString appliedPosition(qint64 id, const QString &stream) const;
    // Every project's stream of that name ("forward"), by project id: the lists' lag column.
    Result<QHash<qint64, StreamRecord>> streamsNamed(const QString &stream) const;

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

#pragma once

#include "pipeline/metricsample.h"
#include "pipeline/steprecord.h"
#include "pipeline/streamrecord.h"
#include "pipeline/tablerecord.h"
#include "projectdefinition.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ferry {

// What the store knows of a project, as values: what the console and the CLI show. The store
// reads and writes them through ProjectRepository; callers go through ProjectService.

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

} // namespace ferry

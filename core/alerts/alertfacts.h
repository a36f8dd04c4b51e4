#pragma once

#include "common/error.h"
#include "project/projectrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ferry {

class MetaStore;

// What the alert rules look at, read from the store (or given by a provider) at one moment.

// Whether the source may purge log (binlog, WAL kept by a slot) that a project's stream still
// needs. Given by the O&M risk board through a RetentionProvider.
struct RetentionFact
{
    QString project;
    bool atRisk = false; // the provider's own verdict
    qint64 secondsLeft = -1; // estimated time before the needed log goes; -1 unknown
    QString detail; // what the provider saw ("binlog.000042 needed, expire_logs_days=1, …")
};
// Returns the facts of every project it knows; std::nullopt when it cannot say now (then the
// rule neither opens nor resolves anything).
using RetentionProvider = std::function<std::optional<QList<RetentionFact>>()>;

// The disk that holds the store (and with it the log and the vault).
struct DiskFact
{
    QString path;
    qint64 bytesTotal = 0;
    qint64 bytesAvailable = 0;

    int percentUsed() const;
};
using DiskProvider = std::function<std::optional<DiskFact>()>;
// The disk of the store's directory, by QStorageInfo.
std::optional<DiskFact> storeDisk(const QString &storePath);

struct PausedStream
{
    QString stream; // "forward", "reverse"
    QString detail; // the statement it waits on
};

struct ProjectFact
{
    qint64 id = 0;
    QString name;
    ProjectState state = ProjectState::NotStarted; // live: Interrupted when the run is dead
    QString lastError;
    QList<PausedStream> pausedDdl;
    std::optional<qint64> lagMs; // of a moving stream of a running project
    bool verified = false;
    bool verifyConsistent = true;
    QString verifySummary;
    QDateTime heartbeatAt; // of a dead run, when it beat last (invalid: never)
    qint64 pid = 0;
    QString host;
};

// Every project's facts from the store. Any thread.
Result<QList<ProjectFact>> readProjectFacts(const std::shared_ptr<MetaStore> &store);

} // namespace ferry

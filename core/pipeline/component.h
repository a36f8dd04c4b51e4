#pragma once

#include "stateid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ferry {

// What a pipeline component does. The ids ("reader", "change-reader", ...) are what the store's
// component.kind holds. Any thread.
enum class ComponentKind { Reader, Writer, ChangeReader, Applier, Verifier, Sink };
QString stateId(ComponentKind kind);
template<>
std::optional<ComponentKind> stateFromId<ComponentKind>(QStringView id);

// Where a component stands. Dead is never set by the component itself: a reader of the store
// sees it when the component's process is gone or its run's heartbeat is stale.
enum class ComponentState { Starting, Running, Retrying, Idle, Finished, Failed, Dead };
QString stateId(ComponentState state);
template<>
std::optional<ComponentState> stateFromId<ComponentState>(QStringView id);

// One pipeline component at one moment: the registry's snapshot, a row of the store's
// component table, a line of `ferry status`, a row of the console's Components tab.
struct ComponentSnapshot
{
    QString id; // unique on this host: "pid/serial"
    qint64 projectId = 0;
    QString project; // the project's name
    QString runId;
    QString step; // "full", "incremental", "verify", "sync"...
    ComponentKind kind = ComponentKind::Reader;
    QString name; // unique within the run: "full.reader.1", "incremental.applier"
    qint64 pid = 0;
    QString host;
    QString thread;
    ComponentState state = ComponentState::Starting;
    QString object; // the table or topic it works on
    QString position; // a chunk, a binlog/LSN position
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 events = 0;
    double rowsPerSecond = 0;
    double bytesPerSecond = 0;
    double eventsPerSecond = 0;
    qint64 queueDepth = 0;
    qint64 retries = 0;
    qint64 errors = 0;
    // A change stream's lag in its three parts: source commit to read, waiting in the queue,
    // applying; -1 while not measured (not a stream component, or nothing applied yet).
    qint64 lagReadMs = -1;
    qint64 lagQueueMs = -1;
    qint64 lagApplyMs = -1;
    int intervalMs = 0; // the heartbeat interval it is published at
    QDateTime updatedAt;
    QDateTime stoppedAt; // a dead component: its last heartbeat

    // As `ferry status --json` and the diagnostic bundle write it (docs/monitoring.md).
    QJsonObject toJson() const;
};

} // namespace ferry

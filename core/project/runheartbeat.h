#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace ferry {

class ComponentPublisher;
class MetaStore;

// A live run's heartbeat in the store (table run_heartbeat): timestamp, pid, host and run id,
// written every interval from its own thread through that thread's store connection, so it
// beats while the caller's thread is busy inside the run (the CLI's main thread). Each beat also
// publishes the run's components and their metrics (ComponentPublisher). start() and stop() on
// the thread that owns it; stop() (or destruction) removes the row and the components.
class RunHeartbeat
{
public:
    RunHeartbeat(std::shared_ptr<MetaStore> store, qint64 projectId, QString runId);
    ~RunHeartbeat();
    RunHeartbeat(const RunHeartbeat &) = delete;
    RunHeartbeat &operator=(const RunHeartbeat &) = delete;

    // Writes the first beat on the calling thread (so a reader never sees the run without one),
    // then beats on its own thread.
    Status start();
    void stop();

    // FERRY_HEARTBEAT_SECONDS when set (tests), else 5 s. A heartbeat beats at this interval
    // when the variable is set, otherwise at the system parameter run.heartbeat_seconds.
    static int intervalMs();
    // A heartbeat older than this many intervals belongs to a dead run.
    static constexpr int kMissedBeats = 3;

    // Whether a run whose heartbeat row says this is still alive: beat recently, and when it
    // runs on this host its process exists.
    static bool isAlive(const QDateTime &at, int intervalMs, qint64 pid, const QString &host,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Status beat();

    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId;
    QString m_runId;
    int m_intervalMs;
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::unique_ptr<ComponentPublisher> m_publisher;
};

} // namespace ferry

#include "runheartbeat.h"

#include "admin/parameters.h"
#include "common/logging.h"
#include "monitor/componentpublisher.h"
#include "store/metastore.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace ferry {

RunHeartbeat::RunHeartbeat(std::shared_ptr<MetaStore> store, qint64 projectId, QString runId)
    : m_store(std::move(store))
    , m_projectId(projectId)
    , m_runId(std::move(runId))
    , m_intervalMs(qEnvironmentVariableIsSet("FERRY_HEARTBEAT_SECONDS")
                       ? intervalMs()
                       : int(Parameters(m_store).integer(u"run.heartbeat_seconds"_s) * 1000))
{
    m_publisher = std::make_unique<ComponentPublisher>(
        m_store, m_projectId, m_runId, m_intervalMs,
        int(Parameters(m_store).integer(u"retention.metrics_days"_s)));
}

RunHeartbeat::~RunHeartbeat()
{
    stop();
}

int RunHeartbeat::intervalMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("FERRY_HEARTBEAT_SECONDS").toDouble(&ok);
    if (ok && seconds > 0)
        return std::max(100, int(seconds * 1000));
    return 5000;
}

bool RunHeartbeat::isAlive(const QDateTime &at, int intervalMs, qint64 pid, const QString &host,
                           const QDateTime &now)
{
    if (!at.isValid() || at.msecsTo(now) > qint64(kMissedBeats) * std::max(intervalMs, 1))
        return false;
    if (host == QSysInfo::machineHostName() && pid > 0 && ::kill(pid_t(pid), 0) != 0
        && errno == ESRCH)
        return false;
    return true;
}

Status RunHeartbeat::beat()
{
    auto q = m_store->exec(
        u"INSERT INTO run_heartbeat (project_id, run_id, pid, host, at, interval_ms) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (project_id) DO UPDATE SET run_id = excluded.run_id, "
        "pid = excluded.pid, host = excluded.host, at = excluded.at, "
        "interval_ms = excluded.interval_ms"_s,
        {m_projectId, m_runId, QCoreApplication::applicationPid(), QSysInfo::machineHostName(),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_intervalMs});
    if (!q)
        return std::unexpected(q.error());
    // The components are for the O&M page: a run goes on without them.
    if (auto ok = m_publisher->publish(); !ok)
        qCWarning(lcProject).noquote() << "components not published:" << ok.error().text();
    return {};
}

Status RunHeartbeat::start()
{
    if (m_thread)
        return {};
    if (auto ok = beat(); !ok)
        return ok;
    // Every project's log lines older than retention.log_days go, once per run.
    const QString cutoff = QDateTime::currentDateTimeUtc()
                               .addDays(-Parameters(m_store).integer(u"retention.log_days"_s))
                               .toString(Qt::ISODateWithMs);
    auto pruned = m_store->exec(u"DELETE FROM project_log WHERE at < ?"_s, {cutoff});
    logIfFailed(lcProject(), pruned ? Status() : Status(std::unexpected(pruned.error())),
                "old project log lines stay until the next run");
    m_stopping = false;
    m_thread = QThread::create([this] {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                                [this] { return m_stopping; })) {
            lock.unlock();
            // A missed beat is not fatal to the run: readers see it as late, then interrupted.
            if (auto ok = beat(); !ok)
                qCWarning(lcProject).noquote() << "heartbeat not written:" << ok.error().text();
            lock.lock();
        }
    });
    m_thread->setObjectName(u"ferry-heartbeat"_s);
    m_thread->start();
    return {};
}

void RunHeartbeat::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    // Only our own run's row: a later run of the project may already beat.
    if (auto q = m_store->exec(u"DELETE FROM run_heartbeat WHERE project_id = ? AND run_id = ?"_s,
                               {m_projectId, m_runId});
        !q)
        qCWarning(lcProject).noquote() << "heartbeat not removed:" << q.error().text();
    if (auto ok = m_publisher->finish(); !ok)
        qCWarning(lcProject).noquote() << "components not removed:" << ok.error().text();
}

} // namespace ferry

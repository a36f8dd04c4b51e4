#include "componentrepository.h"

#include "store/metastore.h"

#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// As a run's heartbeat: a component silent for this many intervals belongs to a dead process.
constexpr int kMissedBeats = 3;

const QString kColumns =
    u"c.id, c.project_id, COALESCE(p.name, ''), c.run_id, c.step, c.kind, c.name, c.pid, "
    "c.host, c.thread, c.state, c.object, c.position, c.rows, c.bytes, c.events, c.rows_per_s, "
    "c.bytes_per_s, c.events_per_s, c.queue_depth, c.retries, c.errors, c.lag_read_ms, "
    "c.lag_queue_ms, c.lag_apply_ms, c.interval_ms, c.updated_at"_s;

} // namespace

ComponentRepository::ComponentRepository(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

bool ComponentRepository::isAlive(const QDateTime &at, int intervalMs, qint64 pid,
                                  const QString &host, const QDateTime &now)
{
    if (!at.isValid() || at.msecsTo(now) > qint64(kMissedBeats) * std::max(intervalMs, 1))
        return false;
    if (host == QSysInfo::machineHostName() && pid > 0 && ::kill(pid_t(pid), 0) != 0
        && errno == ESRCH)
        return false;
    return true;
}

Status ComponentRepository::publish(qint64 projectId, const QString &runId,
                                    const QList<ComponentSnapshot> &components, int intervalMs)
{
    return m_store->transaction([&]() -> Status {
        if (auto q = m_store->exec(u"DELETE FROM component WHERE project_id = ?"_s, {projectId});
            !q)
            return std::unexpected(q.error());
        for (const ComponentSnapshot &c : components) {
            auto q = m_store->exec(
                u"INSERT INTO component (id, project_id, run_id, step, kind, name, pid, host, "
                "thread, state, object, position, rows, bytes, events, rows_per_s, bytes_per_s, "
                "events_per_s, queue_depth, retries, errors, lag_read_ms, lag_queue_ms, "
                "lag_apply_ms, interval_ms, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                {c.id,
                 projectId,
                 runId,
                 c.step,
                 stateId(c.kind),
                 c.name,
                 c.pid,
                 c.host,
                 c.thread,
                 stateId(c.state),
                 c.object,
                 c.position,
                 c.rows,
                 c.bytes,
                 c.events,
                 c.rowsPerSecond,
                 c.bytesPerSecond,
                 c.eventsPerSecond,
                 c.queueDepth,
                 c.retries,
                 c.errors,
                 c.lagReadMs,
                 c.lagQueueMs,
                 c.lagApplyMs,
                 intervalMs,
                 c.updatedAt.toUTC().toString(Qt::ISODateWithMs)});
            if (!q)
                return std::unexpected(q.error());
        }
        return {};
    });
}

Status ComponentRepository::removeRun(qint64 projectId, const QString &runId)
{
    auto q = m_store->exec(u"DELETE FROM component WHERE project_id = ? AND run_id = ?"_s,
                           {projectId, runId});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<ComponentSnapshot>> ComponentRepository::list(qint64 projectId, const QDateTime &now)
{
    auto q = m_store->exec(u"SELECT "_s + kColumns
                               + u" FROM component c LEFT JOIN project p ON p.id = c.project_id "
                                 "WHERE ? = 0 OR c.project_id = ? "
                                 "ORDER BY COALESCE(p.name, ''), c.run_id, c.rowid"_s,
                           {projectId, projectId});
    if (!q)
        return std::unexpected(q.error());
    QList<ComponentSnapshot> out;
    while (q->next()) {
        ComponentSnapshot c;
        int i = 0;
        c.id = q->value(i++).toString();
        c.projectId = q->value(i++).toLongLong();
        c.project = q->value(i++).toString();
        c.runId = q->value(i++).toString();
        c.step = q->value(i++).toString();
        c.kind =
            stateFromId<ComponentKind>(q->value(i++).toString()).value_or(ComponentKind::Reader);
        c.name = q->value(i++).toString();
        c.pid = q->value(i++).toLongLong();
        c.host = q->value(i++).toString();
        c.thread = q->value(i++).toString();
        c.state =
            stateFromId<ComponentState>(q->value(i++).toString()).value_or(ComponentState::Running);
        c.object = q->value(i++).toString();
        c.position = q->value(i++).toString();
        c.rows = q->value(i++).toLongLong();
        c.bytes = q->value(i++).toLongLong();
        c.events = q->value(i++).toLongLong();
        c.rowsPerSecond = q->value(i++).toDouble();
        c.bytesPerSecond = q->value(i++).toDouble();
        c.eventsPerSecond = q->value(i++).toDouble();
        c.queueDepth = q->value(i++).toLongLong();
        c.retries = q->value(i++).toLongLong();
        c.errors = q->value(i++).toLongLong();
        c.lagReadMs = q->value(i++).toLongLong();
        c.lagQueueMs = q->value(i++).toLongLong();
        c.lagApplyMs = q->value(i++).toLongLong();
        c.intervalMs = q->value(i++).toInt();
        c.updatedAt = QDateTime::fromString(q->value(i++).toString(), Qt::ISODateWithMs);
        if (!isAlive(c.updatedAt, c.intervalMs, c.pid, c.host, now)) {
            c.state = ComponentState::Dead;
            c.stoppedAt = c.updatedAt;
            c.rowsPerSecond = c.bytesPerSecond = c.eventsPerSecond = 0;
        }
        out.append(c);
    }
    return out;
}

} // namespace ferry

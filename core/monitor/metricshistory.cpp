#include "metricshistory.h"

#include "hostresources.h"
#include "store/metastore.h"

#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ferry {

namespace metric {

QStringList componentMetrics()
{
    return {u"rows_per_s"_s, u"bytes_per_s"_s, u"events_per_s"_s, u"queue_depth"_s, u"retries"_s,
            u"errors"_s,     u"lag_read_ms"_s, u"lag_queue_ms"_s, u"lag_apply_ms"_s};
}

QStringList hostMetrics()
{
    return {u"cpu_percent"_s, u"memory_used_bytes"_s, u"memory_total_bytes"_s, u"disk_used_bytes"_s,
            u"disk_total_bytes"_s};
}

} // namespace metric

MetricsHistory::MetricsHistory(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Status MetricsHistory::record(const QList<MetricPoint> &points)
{
    if (points.isEmpty())
        return {};
    return m_store->transaction([&]() -> Status {
        for (const MetricPoint &p : points)
            if (auto q = m_store->exec(u"INSERT INTO metric_point (at, resolution, project_id, "
                                       "component, metric, value) VALUES (?,?,?,?,?,?)"_s,
                                       {p.at.toMSecsSinceEpoch(), p.resolution, p.projectId,
                                        p.component, p.metric, p.value});
                !q)
                return std::unexpected(q.error());
        return {};
    });
}

QList<MetricPoint> MetricsHistory::pointsFor(qint64 projectId,
                                             const QList<ComponentSnapshot> &components,
                                             const QDateTime &at)
{
    QList<MetricPoint> out;
    auto add = [&](const QString &component, const QString &name, double value) {
        out.append({at, 0, projectId, {}, component, name, value});
    };
    double rows = 0, bytes = 0, events = 0, queue = 0, retries = 0, errors = 0;
    qint64 lags[3] = {-1, -1, -1};
    for (const ComponentSnapshot &c : components) {
        add(c.name, u"rows_per_s"_s, c.rowsPerSecond);
        add(c.name, u"bytes_per_s"_s, c.bytesPerSecond);
        add(c.name, u"events_per_s"_s, c.eventsPerSecond);
        add(c.name, u"queue_depth"_s, double(c.queueDepth));
        add(c.name, u"retries"_s, double(c.retries));
        add(c.name, u"errors"_s, double(c.errors));
        const qint64 own[3] = {c.lagReadMs, c.lagQueueMs, c.lagApplyMs};
        static const QString names[3] = {u"lag_read_ms"_s, u"lag_queue_ms"_s, u"lag_apply_ms"_s};
        for (int i = 0; i < 3; ++i)
            if (own[i] >= 0) {
                add(c.name, names[i], double(own[i]));
                lags[i] = std::max(lags[i], own[i]);
            }
        rows += c.rowsPerSecond;
        bytes += c.bytesPerSecond;
        events += c.eventsPerSecond;
        queue += double(c.queueDepth);
        retries += double(c.retries);
        errors += double(c.errors);
    }
    if (components.isEmpty())
        return out;
    add({}, u"rows_per_s"_s, rows);
    add({}, u"bytes_per_s"_s, bytes);
    add({}, u"events_per_s"_s, events);
    add({}, u"queue_depth"_s, queue);
    add({}, u"retries"_s, retries);
    add({}, u"errors"_s, errors);
    static const QString names[3] = {u"lag_read_ms"_s, u"lag_queue_ms"_s, u"lag_apply_ms"_s};
    for (int i = 0; i < 3; ++i)
        if (lags[i] >= 0)
            add({}, names[i], double(lags[i]));
    return out;
}

QList<MetricPoint> MetricsHistory::pointsFor(const ResourceSample &host, const QDateTime &at)
{
    QList<MetricPoint> out;
    auto add = [&](const QString &name, double value) {
        out.append({at, 0, 0, {}, {}, name, value});
    };
    if (host.hasRates())
        add(u"cpu_percent"_s, host.cpuBusyPercent);
    add(u"memory_used_bytes"_s, double(host.memoryUsed));
    add(u"memory_total_bytes"_s, double(host.memoryTotal));
    add(u"disk_used_bytes"_s, double(host.diskUsed));
    add(u"disk_total_bytes"_s, double(host.diskTotal));
    return out;
}

// Averages the points of `fromResolution` older than `olderThanMs` into buckets of
// `toResolution` seconds, and removes them. Only whole buckets are cut, so each bucket is made
// once, from all its points.
Status MetricsHistory::downsample(int fromResolution, int toResolution, qint64 olderThanMs)
{
    const qint64 bucketMs = qint64(toResolution) * 1000;
    // Only whole buckets: a bucket still filling waits for the next pass.
    const qint64 cut = olderThanMs - olderThanMs % bucketMs;
    return m_store->transaction([&]() -> Status {
        auto q = m_store->exec(
            u"INSERT INTO metric_point (at, resolution, project_id, component, metric, value) "
            "SELECT (at / ?) * ?, ?, project_id, component, metric, AVG(value) FROM metric_point "
            "WHERE resolution = ? AND at < ? GROUP BY (at / ?), project_id, component, metric"_s,
            {bucketMs, bucketMs, toResolution, fromResolution, cut, bucketMs});
        if (!q)
            return std::unexpected(q.error());
        q = m_store->exec(u"DELETE FROM metric_point WHERE resolution = ? AND at < ?"_s,
                          {fromResolution, cut});
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

Status MetricsHistory::maintain(const QDateTime &now, int retentionDays, qint64 maxPoints)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (auto ok = downsample(0, 60, nowMs - kRawMs); !ok)
        return ok;
    if (auto ok = downsample(60, 600, nowMs - kMinuteMs); !ok)
        return ok;
    const qint64 oldest = nowMs - qint64(std::max(retentionDays, 1)) * 24 * 3600 * 1000;
    if (auto q = m_store->exec(u"DELETE FROM metric_point WHERE at < ?"_s, {oldest}); !q)
        return std::unexpected(q.error());
    auto count = m_store->exec(u"SELECT COUNT(*) FROM metric_point"_s);
    if (!count)
        return std::unexpected(count.error());
    const qint64 n = count->next() ? count->value(0).toLongLong() : 0;
    if (n > maxPoints) {
        // The oldest go first; points of one moment go together with their rowid order.
        auto q = m_store->exec(u"DELETE FROM metric_point WHERE rowid IN (SELECT rowid FROM "
                               "metric_point ORDER BY at, rowid LIMIT ?)"_s,
                               {n - maxPoints});
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

Result<QStringList> MetricsHistory::componentNames(qint64 projectId, const QDateTime &from) const
{
    auto q = m_store->exec(u"SELECT DISTINCT component FROM metric_point WHERE project_id = ? "
                           "AND at >= ? AND component <> '' ORDER BY component"_s,
                           {projectId, from.toMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

int MetricsHistory::bucketFor(qint64 rangeSeconds)
{
    if (rangeSeconds <= 3600)
        return 10;
    if (rangeSeconds <= 24 * 3600)
        return 60;
    return 600;
}

Result<QList<MetricPoint>> MetricsHistory::query(const QDateTime &from, const QDateTime &to,
                                                 int bucketSeconds, qint64 projectId,
                                                 const QString &component) const
{
    const qint64 bucketMs = std::max<qint64>(1, qint64(bucketSeconds) * 1000);
    auto q = m_store->exec(
        u"SELECT (m.at / ?) * ?, m.project_id, COALESCE(p.name, ''), m.component, m.metric, "
        "AVG(m.value), MAX(m.resolution) FROM metric_point m "
        "LEFT JOIN project p ON p.id = m.project_id "
        "WHERE m.at >= ? AND m.at < ? AND (? = -1 OR m.project_id = ?) "
        "AND (? = '*' OR m.component = ?) "
        "GROUP BY (m.at / ?), m.project_id, m.component, m.metric "
        "ORDER BY 1, 2, 4, 5"_s,
        {bucketMs, bucketMs, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), projectId, projectId,
         component, component, bucketMs});
    if (!q)
        return std::unexpected(q.error());
    QList<MetricPoint> out;
    while (q->next()) {
        MetricPoint p;
        p.at = QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), Qt::UTC);
        p.projectId = q->value(1).toLongLong();
        p.project = q->value(2).toString();
        p.component = q->value(3).toString();
        p.metric = q->value(4).toString();
        p.value = q->value(5).toDouble();
        p.resolution = bucketSeconds > 0 ? bucketSeconds : q->value(6).toInt();
        out.append(p);
    }
    return out;
}

QString MetricsHistory::toCsv(const QList<MetricPoint> &points)
{
    auto field = [](const QString &text) -> QString {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        return u"\""_s + QString(text).replace(u"\""_s, u"\"\""_s) + u"\""_s;
    };
    QString out = u"time,project,component,metric,value\n"_s;
    for (const MetricPoint &p : points)
        out += p.at.toUTC().toString(Qt::ISODate) + u',' + field(p.project) + u','
            + field(p.component) + u',' + p.metric + u',' + QString::number(p.value, 'g', 12)
            + u'\n';
    return out;
}

} // namespace ferry

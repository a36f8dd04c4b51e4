#pragma once

#include "common/error.h"
#include "pipeline/component.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace ferry {

class MetaStore;
struct ResourceSample;

// One value of one metric: raw (resolution 0) or the average over `resolution` seconds
// starting at `at`. projectId 0 is the host; component "" a project's total.
struct MetricPoint
{
    QDateTime at;
    int resolution = 0;
    qint64 projectId = 0;
    QString project; // the name, filled by query()
    QString component;
    QString metric;
    double value = 0;

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};

// The metric names recorded: per component and per project (rows_per_s, bytes_per_s,
// events_per_s, queue_depth, retries, errors, lag_read_ms, lag_queue_ms, lag_apply_ms), for the
// host (cpu_percent, memory_used_bytes, memory_total_bytes, disk_used_bytes, disk_total_bytes).
namespace metric {
QStringList componentMetrics();
QStringList hostMetrics();
} // namespace metric

// The store's metrics history (table metric_point) with bounded retention: raw points for a
// day, then one-minute averages for a week, then ten-minute averages for the retention days
// (parameter retention.metrics_days), and never more than maxPoints rows (the oldest go
// first). Any thread (the store connection is the thread's).
class MetricsHistory
{
public:
    explicit MetricsHistory(std::shared_ptr<MetaStore> store);

    static constexpr qint64 kRawMs = 24LL * 3600 * 1000; // raw points kept a day
    static constexpr qint64 kMinuteMs = 7LL * 24 * 3600 * 1000; // minute points a week
    static constexpr qint64 kDefaultMaxPoints = 2'000'000;

    Status record(const QList<MetricPoint> &points);
    // The points a heartbeat records for `components` of one project: each component's and the
    // project's sums (lags: the largest), at `at`.
    static QList<MetricPoint>
    pointsFor(qint64 projectId, const QList<ComponentSnapshot> &components, const QDateTime &at);
    static QList<MetricPoint> pointsFor(const ResourceSample &host, const QDateTime &at);

    // Downsamples what has aged, prunes what is past `retentionDays` and beyond `maxPoints`.
    Status maintain(const QDateTime &now, int retentionDays, qint64 maxPoints = kDefaultMaxPoints);

    // Points of [from, to) averaged into buckets of `bucketSeconds` (0: as stored), of one
    // project (0: the host; -1: every project and the host) and one component ("*": all; ""
    // the project's totals), ordered by time, project, component, metric.
    Result<QList<MetricPoint>> query(const QDateTime &from, const QDateTime &to, int bucketSeconds,
                                     qint64 projectId = -1,
                                     const QString &component = QStringLiteral("*")) const;
    // The components of `projectId` with points since `from`, by name ("" not included).
    Result<QStringList> componentNames(qint64 projectId, const QDateTime &from) const;
    // The bucket a chart over `range` uses: 10 s for an hour, 1 min for a day, 10 min beyond.
    static int bucketFor(qint64 rangeSeconds);

    // time,project,component,metric,value: time in ISO 8601 UTC, a header line first.
    static QString toCsv(const QList<MetricPoint> &points);

private:
    Status downsample(int fromResolution, int toResolution, qint64 olderThanMs);

    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

// The O&M core without servers: the metrics history downsampled and pruned exactly on
// constructed samples, the points a heartbeat records, CSV, the Prometheus text (checked by
// promtool), the /metrics server, the component registry, and the store's components read as
// dead when their process is gone or silent.
#include "metricscheck.h"
#include "monitor/componentrepository.h"
#include "monitor/hostresources.h"
#include "monitor/metricshistory.h"
#include "monitor/metricsserver.h"
#include "monitor/prometheustext.h"
#include "pipeline/componentregistry.h"
#include "project/projectdefinition.h"
#include "project/projectrepository.h"
#include "store/metastore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);

MetricPoint point(const QDateTime &at, int resolution, const QString &metric, double value,
                  qint64 project = 1, const QString &component = {})
{
    return {at, resolution, project, {}, component, metric, value};
}

// "at resolution metric value" per stored point, oldest first.
QStringList stored(const std::shared_ptr<MetaStore> &store)
{
    auto q = store->exec(u"SELECT at, resolution, project_id, component, metric, value FROM "
                         "metric_point ORDER BY at, metric, component"_s);
    QStringList out;
    while (q && q->next())
        out << u"%1 %2 %3 %4 %5 %6"_s
                   .arg(QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), Qt::UTC)
                            .toString(Qt::ISODate))
                   .arg(q->value(1).toInt())
                   .arg(q->value(2).toLongLong())
                   .arg(q->value(3).toString().isEmpty() ? u"-"_s : q->value(3).toString())
                   .arg(q->value(4).toString())
                   .arg(q->value(5).toDouble());
    return out;
}

ComponentSnapshot component(const QString &name, ComponentKind kind, const QString &step)
{
    ComponentSnapshot c;
    c.id = u"42/"_s + name;
    c.projectId = 1;
    c.project = u"shop"_s;
    c.runId = u"run-1"_s;
    c.step = step;
    c.kind = kind;
    c.name = name;
    c.pid = QCoreApplication::applicationPid();
    c.host = QSysInfo::machineHostName();
    c.thread = u"ferry-copy (tid 7)"_s;
    c.state = ComponentState::Running;
    c.updatedAt = kNow;
    return c;
}

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId = 0;

private slots:
    void initTestCase()
    {
        auto store = MetaStore::open(m_dir.filePath(u"store.db"_s));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
        m_store = *store;
        auto definition = ProjectDefinition::fromJson(QJsonObject {
            {u"name"_s, u"shop"_s},
            {u"source"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"a.db"_s)}}},
            {u"target"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"b.db"_s)}}},
            {u"steps"_s, QJsonArray {u"full"_s}}});
        QVERIFY2(definition, qPrintable(definition ? QString() : definition.error().text()));
        auto project = ProjectRepository(m_store).create(*definition);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().text()));
        m_projectId = project->id;
        QCOMPARE(m_projectId, 1);
    }

    void init() { QVERIFY(m_store->exec(u"DELETE FROM metric_point"_s)); }

    // Raw points older than a day become minute averages, minute points older than a week
    // ten-minute averages; what is older than the retention goes, then the oldest beyond the
    // size bound.
    void downsamplesAndPrunes()
    {
        MetricsHistory history(m_store);
        const QDateTime dayAgo = kNow.addSecs(-25 * 3600);
        const QDateTime weekAgo = kNow.addDays(-8);
        QVERIFY(history.record({
            point(dayAgo, 0, u"rows_per_s"_s, 10),
            point(dayAgo.addSecs(20), 0, u"rows_per_s"_s, 20),
            point(dayAgo.addSecs(40), 0, u"rows_per_s"_s, 60),
            point(dayAgo.addSecs(60), 0, u"rows_per_s"_s, 5),
            point(dayAgo.addSecs(30), 0, u"cpu_percent"_s, 50, 0),
            point(dayAgo.addSecs(50), 0, u"cpu_percent"_s, 70, 0),
            point(kNow.addSecs(-3600), 0, u"rows_per_s"_s, 7),
            point(weekAgo, 60, u"lag_apply_ms"_s, 1, 1, u"incremental.applier"_s),
            point(weekAgo.addSecs(60), 60, u"lag_apply_ms"_s, 2, 1, u"incremental.applier"_s),
            point(weekAgo.addSecs(540), 60, u"lag_apply_ms"_s, 6, 1, u"incremental.applier"_s),
            point(weekAgo.addSecs(600), 60, u"lag_apply_ms"_s, 9, 1, u"incremental.applier"_s),
            point(kNow.addDays(-31), 600, u"rows_per_s"_s, 3),
            point(kNow.addDays(-40), 0, u"rows_per_s"_s, 4),
        }));
        QVERIFY(history.maintain(kNow, 30));
        QCOMPARE(stored(m_store),
                 (QStringList {
                     u"2026-11-19T00:00:00Z 600 1 incremental.applier lag_apply_ms 3"_s,
                     u"2026-11-19T00:10:00Z 600 1 incremental.applier lag_apply_ms 9"_s,
                     u"2026-11-25T23:00:00Z 60 0 - cpu_percent 60"_s,
                     u"2026-11-25T23:00:00Z 60 1 - rows_per_s 30"_s,
                     u"2026-11-25T23:01:00Z 60 1 - rows_per_s 5"_s,
                     u"2026-11-26T23:00:00Z 0 1 - rows_per_s 7"_s,
                 }));
        // Maintained again: nothing more to do.
        QVERIFY(history.maintain(kNow, 30));
        QCOMPARE(stored(m_store).size(), 6);
        // Bounded by size: the oldest go first.
        QVERIFY(history.maintain(kNow, 30, 2));
        QCOMPARE(stored(m_store),
                 (QStringList {u"2026-11-25T23:01:00Z 60 1 - rows_per_s 5"_s,
                               u"2026-11-26T23:00:00Z 0 1 - rows_per_s 7"_s}));
    }

    // A chart's query averages into its buckets, per project and component, with the names.
    void queriesByBucketAndExportsCsv()
    {
        MetricsHistory history(m_store);
        QVERIFY(history.record({
            point(kNow.addSecs(-50), 0, u"rows_per_s"_s, 1),
            point(kNow.addSecs(-45), 0, u"rows_per_s"_s, 2),
            point(kNow.addSecs(-30), 0, u"rows_per_s"_s, 3),
            point(kNow.addSecs(-30), 0, u"rows_per_s"_s, 8, 1, u"full.reader.1"_s),
            point(kNow.addSecs(-30), 0, u"cpu_percent"_s, 12.5, 0),
        }));
        auto totals = history.query(kNow.addSecs(-3600), kNow, 10, m_projectId, QString());
        QVERIFY(totals);
        QCOMPARE(MetricsHistory::toCsv(*totals),
                 u"time,project,component,metric,value\n"
                 "2026-11-26T23:59:10Z,shop,,rows_per_s,1.5\n"
                 "2026-11-26T23:59:30Z,shop,,rows_per_s,3\n"_s);
        auto all = history.query(kNow.addSecs(-3600), kNow, 60);
        QVERIFY(all);
        QCOMPARE(MetricsHistory::toCsv(*all),
                 u"time,project,component,metric,value\n"
                 "2026-11-26T23:59:00Z,,,cpu_percent,12.5\n"
                 "2026-11-26T23:59:00Z,shop,,rows_per_s,2\n"
                 "2026-11-26T23:59:00Z,shop,full.reader.1,rows_per_s,8\n"_s);
        auto names = history.componentNames(m_projectId, kNow.addSecs(-3600));
        QVERIFY(names);
        QCOMPARE(*names, QStringList {u"full.reader.1"_s});
        QCOMPARE(MetricsHistory::bucketFor(3600), 10);
        QCOMPARE(MetricsHistory::bucketFor(86400), 60);
        QCOMPARE(MetricsHistory::bucketFor(7 * 86400), 600);
    }

    // What a heartbeat records: each component's figures and the project's sums, largest lags.
    void pointsOfAHeartbeat()
    {
        ComponentSnapshot reader = component(u"incremental.change-reader"_s,
                                             ComponentKind::ChangeReader, u"incremental"_s);
        reader.eventsPerSecond = 40;
        reader.queueDepth = 3;
        reader.lagReadMs = 120;
        ComponentSnapshot applier =
            component(u"incremental.applier"_s, ComponentKind::Applier, u"incremental"_s);
        applier.eventsPerSecond = 38;
        applier.rowsPerSecond = 38;
        applier.retries = 1;
        applier.lagReadMs = 100;
        applier.lagQueueMs = 15;
        applier.lagApplyMs = 30;
        QStringList lines;
        for (const MetricPoint &p : MetricsHistory::pointsFor(1, {reader, applier}, kNow))
            lines << u"%1 %2 %3"_s.arg(p.component.isEmpty() ? u"-"_s : p.component, p.metric)
                         .arg(p.value);
        QCOMPARE(lines,
                 (QStringList {
                     u"incremental.change-reader rows_per_s 0"_s,
                     u"incremental.change-reader bytes_per_s 0"_s,
                     u"incremental.change-reader events_per_s 40"_s,
                     u"incremental.change-reader queue_depth 3"_s,
                     u"incremental.change-reader retries 0"_s,
                     u"incremental.change-reader errors 0"_s,
                     u"incremental.change-reader lag_read_ms 120"_s,
                     u"incremental.applier rows_per_s 38"_s,
                     u"incremental.applier bytes_per_s 0"_s,
                     u"incremental.applier events_per_s 38"_s,
                     u"incremental.applier queue_depth 0"_s,
                     u"incremental.applier retries 1"_s,
                     u"incremental.applier errors 0"_s,
                     u"incremental.applier lag_read_ms 100"_s,
                     u"incremental.applier lag_queue_ms 15"_s,
                     u"incremental.applier lag_apply_ms 30"_s,
                     u"- rows_per_s 38"_s,
                     u"- bytes_per_s 0"_s,
                     u"- events_per_s 78"_s,
                     u"- queue_depth 3"_s,
                     u"- retries 1"_s,
                     u"- errors 0"_s,
                     u"- lag_read_ms 120"_s,
                     u"- lag_queue_ms 15"_s,
                     u"- lag_apply_ms 30"_s,
                 }));
        QVERIFY(MetricsHistory::pointsFor(1, {}, kNow).isEmpty());
    }

    // The exposition text, exact, and valid for promtool.
    void prometheusTextPassesPromtool()
    {
        ComponentSnapshot applier =
            component(u"incremental.applier"_s, ComponentKind::Applier, u"incremental"_s);
        applier.project = u"sh\"op"_s;
        applier.rows = 12;
        applier.events = 12;
        applier.eventsPerSecond = 2.5;
        applier.lagReadMs = 1500;
        applier.lagQueueMs = 0;
        applier.lagApplyMs = 25;
        ComponentSnapshot dead = component(u"full.reader.1"_s, ComponentKind::Reader, u"full"_s);
        dead.state = ComponentState::Dead;
        ResourceSample host;
        host.cpuBusyPercent = 25;
        host.memoryUsed = 1000;
        host.memoryTotal = 4000;
        host.diskUsed = 10;
        host.diskTotal = 100;
        host.ferryMemory = 500;
        const QByteArray text = prometheusText({applier, dead}, host);
        const QString labels =
            u"project=\"sh\\\"op\",step=\"incremental\",component=\"incremental.applier\","
            "kind=\"applier\""_s;
        auto family = [&](const QString &name, const QString &type, const QString &help,
                          const QString &value, const QString &extra = {}) {
            return u"# HELP %1 %2\n# TYPE %1 %3\n%1{%4%5} %6\n"_s.arg(name, help, type, labels,
                                                                      extra, value);
        };
        const QString expected = family(u"ferry_component_state"_s, u"gauge"_s,
                                        u"1 for the state each running pipeline component is in."_s,
                                        u"1"_s, u",state=\"running\""_s)
            + family(u"ferry_component_rows_total"_s, u"counter"_s,
                     u"Rows read, written or applied."_s, u"12"_s)
            + family(u"ferry_component_bytes_total"_s, u"counter"_s, u"Bytes read or written."_s,
                     u"0"_s)
            + family(u"ferry_component_events_total"_s, u"counter"_s,
                     u"Change events read or applied."_s, u"12"_s)
            + family(u"ferry_component_rows_per_second"_s, u"gauge"_s,
                     u"Rows per second, recently."_s, u"0"_s)
            + family(u"ferry_component_bytes_per_second"_s, u"gauge"_s,
                     u"Bytes per second, recently."_s, u"0"_s)
            + family(u"ferry_component_events_per_second"_s, u"gauge"_s,
                     u"Change events per second, recently."_s, u"2.5"_s)
            + family(u"ferry_component_queue_depth"_s, u"gauge"_s,
                     u"Batches or transactions queued."_s, u"0"_s)
            + family(u"ferry_component_retries_total"_s, u"counter"_s,
                     u"Retries after a lost connection."_s, u"0"_s)
            + family(u"ferry_component_errors_total"_s, u"counter"_s, u"Errors."_s, u"0"_s)
            + u"# HELP ferry_component_lag_seconds A change stream's lag by stage: read (source "
              "commit to read), queue, apply.\n# TYPE ferry_component_lag_seconds gauge\n"_s
            + u"ferry_component_lag_seconds{%1,stage=\"read\"} 1.5\n"
              "ferry_component_lag_seconds{%1,stage=\"queue\"} 0\n"
              "ferry_component_lag_seconds{%1,stage=\"apply\"} 0.025\n"_s.arg(labels)
            + u"# HELP ferry_host_cpu_busy_ratio The machine's CPU busy share over every core, "
              "0 to 1.\n# TYPE ferry_host_cpu_busy_ratio gauge\nferry_host_cpu_busy_ratio 0.25\n"
              "# HELP ferry_host_memory_used_bytes The machine's memory in use (total less "
              "available).\n# TYPE ferry_host_memory_used_bytes gauge\n"
              "ferry_host_memory_used_bytes 1000\n"
              "# HELP ferry_host_memory_total_bytes The machine's memory.\n"
              "# TYPE ferry_host_memory_total_bytes gauge\nferry_host_memory_total_bytes 4000\n"
              "# HELP ferry_host_disk_used_bytes Used space of the file system holding the "
              "store.\n# TYPE ferry_host_disk_used_bytes gauge\nferry_host_disk_used_bytes 10\n"
              "# HELP ferry_host_disk_total_bytes Size of the file system holding the store.\n"
              "# TYPE ferry_host_disk_total_bytes gauge\nferry_host_disk_total_bytes 100\n"
              "# HELP ferry_process_resident_memory_bytes Resident memory of this Ferry "
              "process.\n# TYPE ferry_process_resident_memory_bytes gauge\n"
              "ferry_process_resident_memory_bytes 500\n"_s;
        QCOMPARE(QString::fromUtf8(text), expected);
        QString problems = promtoolProblems(text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // No component at all is valid too.
        problems = promtoolProblems(prometheusText({}, std::nullopt));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void metricsServerAnswersGetMetrics()
    {
        MetricsServer server([] { return QByteArray("ferry_up 1\n"); });
        QVERIFY(server.start(u"127.0.0.1:0"_s));
        QVERIFY(server.port() > 0);
        QCOMPARE(server.url(), u"http://127.0.0.1:%1/metrics"_s.arg(server.port()));
        QCOMPARE(httpGet(server.port(), "/metrics"),
                 QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; "
                            "charset=utf-8\r\nContent-Length: 11\r\nConnection: close\r\n\r\n"
                            "ferry_up 1\n"));
        QVERIFY(httpGet(server.port(), "/").startsWith("HTTP/1.1 404 Not Found\r\n"));
        // The same port twice: the second names it.
        MetricsServer second([] { return QByteArray(); });
        auto taken = second.start(u"127.0.0.1:%1"_s.arg(server.port()));
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.startsWith(
                     u"/metrics cannot listen on 127.0.0.1:%1: "_s.arg(server.port())),
                 qPrintable(taken.error().message));
        server.stop();
        QCOMPARE(httpGet(server.port(), "/metrics"), QByteArray());
    }

    void bindAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // or the error
        QTest::newRow("host and port") << u"127.0.0.1:9187"_s << u"127.0.0.1 9187"_s;
        QTest::newRow("port only") << u":9187"_s << u"127.0.0.1 9187"_s;
        QTest::newRow("localhost") << u"localhost:0"_s << u"127.0.0.1 0"_s;
        QTest::newRow("every address") << u"0.0.0.0:9464"_s << u"0.0.0.0 9464"_s;
        QTest::newRow("IPv6") << u"[::1]:9464"_s << u"::1 9464"_s;
        QTest::newRow("no port") << u"127.0.0.1"_s
                                 << u"the /metrics address '127.0.0.1' has no valid port. Give "
                                    "HOST:PORT, for example 127.0.0.1:9187."_s;
        QTest::newRow("a name") << u"metrics.example:9187"_s
                                << u"the /metrics address 'metrics.example:9187' is not an IP "
                                   "address. Give HOST:PORT, for example 127.0.0.1:9187."_s;
    }

    void bindAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        auto parsed = MetricsServer::parseBindAddress(text);
        QCOMPARE(parsed ? u"%1 %2"_s.arg(parsed->first.toString()).arg(parsed->second)
                        : parsed.error().text(),
                 address);
    }

    // Registered components with their counters; rates over at least a second; gone with
    // their scope.
    void registryTracksComponents()
    {
        ComponentRegistry::instance().setProjectName(77, u"reg"_s);
        {
            ComponentScope reader(77, u"run-r"_s, u"full"_s, ComponentKind::Reader,
                                  u"full.reader.1"_s);
            reader->rows += 100;
            reader->bytes += 2000;
            reader->setObject(u"shop.orders"_s);
            reader->setPosition(u"chunk 3"_s);
            reader->setState(ComponentState::Running);
            const QList<ComponentSnapshot> all = ComponentRegistry::instance().snapshot(77);
            QCOMPARE(all.size(), 1);
            const ComponentSnapshot &c = all.first();
            QCOMPARE(c.project, u"reg"_s);
            QCOMPARE(c.name, u"full.reader.1"_s);
            QCOMPARE(c.kind, ComponentKind::Reader);
            QCOMPARE(c.state, ComponentState::Running);
            QCOMPARE(c.object, u"shop.orders"_s);
            QCOMPARE(c.position, u"chunk 3"_s);
            QCOMPARE(c.rows, 100);
            QCOMPARE(c.bytes, 2000);
            QCOMPARE(c.pid, QCoreApplication::applicationPid());
            QVERIFY2(c.thread.contains(u"(tid "_s) || c.thread.startsWith(u"tid "_s),
                     qPrintable(c.thread));
        }
        QCOMPARE(ComponentRegistry::instance().snapshot(77).size(), 0);
    }

    // The store's components: live while their process runs and publishes, dead (with when
    // they stopped) once it is gone or silent; a run that ends removes its own.
    void componentsInTheStoreTurnDead()
    {
        ComponentRepository repository(m_store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ComponentSnapshot live =
            component(u"incremental.applier"_s, ComponentKind::Applier, u"incremental"_s);
        live.updatedAt = now;
        live.eventsPerSecond = 5;
        live.lagApplyMs = 12;
        QVERIFY(repository.publish(m_projectId, u"run-1"_s, {live}, 1000));
        auto listed = repository.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().state, ComponentState::Running);
        QCOMPARE(listed->first().project, u"shop"_s);
        QCOMPARE(listed->first().eventsPerSecond, 5.0);
        QCOMPARE(listed->first().lagApplyMs, 12);
        QCOMPARE(listed->first().lagReadMs, -1);
        QCOMPARE(listed->first().stoppedAt, QDateTime());

        // Its process is gone (a child that has exited: its pid is free).
        QProcess child;
        child.start(u"/bin/true"_s);
        QVERIFY(child.waitForFinished());
        ComponentSnapshot orphan = live;
        orphan.pid = child.processId() > 0 ? child.processId() : 999999;
        QVERIFY(repository.publish(m_projectId, u"run-2"_s, {orphan}, 1000));
        listed = repository.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1); // the new run's rows replace the old run's
        QCOMPARE(listed->first().runId, u"run-2"_s);
        QCOMPARE(listed->first().state, ComponentState::Dead);
        QCOMPARE(listed->first().stoppedAt, listed->first().updatedAt);
        QCOMPARE(listed->first().eventsPerSecond, 0.0);

        // Silent for more than three intervals.
        listed = repository.list(0, now.addMSecs(3001));
        QVERIFY(listed);
        QCOMPARE(listed->first().state, ComponentState::Dead);
        QVERIFY(ComponentRepository::isAlive(now, 1000, QCoreApplication::applicationPid(),
                                             QSysInfo::machineHostName(), now.addMSecs(3000)));

        QVERIFY(repository.removeRun(m_projectId, u"run-2"_s));
        listed = repository.list();
        QVERIFY(listed);
        QVERIFY(listed->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"

// O&M from the command line against a real run: a headless `ferry run --metrics` of a MariaDB
// to PostgreSQL project with an incremental step serves /metrics (valid for promtool, with the
// stream's components and their exact counters), `ferry status` shows the components with
// their figures, the history records their metrics, a `kill -9` leaves them dead, and a run
// that ends cleanly takes its components away.
#include "metricscheck.h"
#include "migrationfixture.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestMonitoringCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_dir;

    QString store() const { return m_dir.filePath(u"store.db"_s); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, u"monitoring-test"_s);
        env.insert(u"FERRY_HEARTBEAT_SECONDS"_s, u"0.5"_s);
        return env;
    }

    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        p->start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store()} + args);
        p->waitForStarted();
        return p;
    }

    Run ferry(const QStringList &args)
    {
        auto p = start(args);
        if (!p->waitForFinished(120000))
            p->kill();
        p->waitForFinished();
        return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                QString::fromUtf8(p->readAllStandardOutput()),
                QString::fromUtf8(p->readAllStandardError())};
    }

    QJsonArray components(const QString &project)
    {
        const Run r = ferry({u"status"_s, project, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"components"_s).toArray();
    }

    static QJsonObject named(const QJsonArray &list, const QString &name)
    {
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        return {};
    }

    static QStringList names(const QJsonArray &list, const QString &field = u"name"_s)
    {
        QStringList out;
        for (const QJsonValue &v : list)
            out << v.toObject().value(field).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"monitoring"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    // The console serves /metrics once an administrator set metrics.bind_address.
    void consoleServesMetrics()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString consoleStore = m_dir.filePath(u"console.db"_s);
        QProcess set;
        set.setProcessEnvironment(environment());
        set.start(QStringLiteral(FERRY_BINARY),
                  {u"--store"_s, consoleStore, u"config"_s, u"set"_s, u"metrics.bind_address"_s,
                   u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY(set.waitForFinished(60000));
        QCOMPARE(set.exitCode(), 0);

        QProcess console;
        QProcessEnvironment env = environment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(FERRY_BINARY), {u"--store"_s, consoleStore});
        QVERIFY(console.waitForStarted());
        QByteArray answer;
        for (int i = 0; i < 100 && !answer.startsWith("HTTP/1.1 200 OK\r\n"); ++i) {
            QTest::qWait(200);
            answer = httpGet(port, "/metrics");
        }
        console.kill();
        console.waitForFinished();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        const QString body = QString::fromUtf8(answer.mid(answer.indexOf("\r\n\r\n") + 4));
        QVERIFY2(body.split(u'\n').contains(u"# TYPE ferry_host_memory_total_bytes gauge"_s),
                 qPrintable(body));
        const QString problems = promtoolProblems(body.toUtf8());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void badMetricsAddressIsUsage()
    {
        const Run r =
            ferry({u"run"_s, m_dir.filePath(u"none.json"_s), u"--metrics"_s, u"localhost"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 u"ferry: the /metrics address 'localhost' has no valid port. Give "
                 "HOST:PORT, for example 127.0.0.1:9187.\n"_s);
    }

    void liveRunKilledAndResumed()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"mon_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"mon_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(40))"_s,
                         u"INSERT INTO orders VALUES (1, 'one'), (2, 'two')"_s}));
        const QString file = m_dir.filePath(u"mon.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(projectJson(u"mon"_s, source, target,
                                              {u"schema"_s, u"full"_s, u"incremental"_s}))
                        .toJson());
        }
        auto run = start({u"run"_s, file, u"--metrics"_s, u"127.0.0.1:0"_s, u"--quiet"_s});
        auto killRun = qScopeGuard([&] {
            if (run->state() == QProcess::Running) {
                run->kill();
                run->waitForFinished();
            }
        });
        // stderr names the port it took.
        QString err;
        quint16 port = 0;
        static const QRegularExpression serving(
            u"ferry: serving /metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += QString::fromUtf8(run->readAllStandardError()), serving.match(err).hasMatch()),
            30000);
        port = quint16(serving.match(err).captured(1).toUInt());
        QVERIFY(port > 0);

        // The stream's components appear in `ferry status`, applier first.
        QTRY_COMPARE_WITH_TIMEOUT(
            names(components(u"mon"_s)),
            (QStringList {u"incremental.applier"_s, u"incremental.change-reader"_s}), 60000);
        QVERIFY(execute(source,
                        {u"INSERT INTO orders VALUES (3, 'three')"_s,
                         u"INSERT INTO orders VALUES (4, 'four')"_s,
                         u"UPDATE orders SET note = 'ONE' WHERE id = 1"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(
            named(components(u"mon"_s), u"incremental.applier"_s).value(u"events"_s).toInt(), 3,
            60000);
        const QJsonObject applier = named(components(u"mon"_s), u"incremental.applier"_s);
        QCOMPARE(applier.value(u"project"_s).toString(), u"mon"_s);
        QCOMPARE(applier.value(u"step"_s).toString(), u"incremental"_s);
        QCOMPARE(applier.value(u"kind"_s).toString(), u"applier"_s);
        QCOMPARE(applier.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(applier.value(u"pid"_s).toInteger(), run->processId());
        QCOMPARE(applier.value(u"rows"_s).toInt(), 3);
        QCOMPARE(applier.value(u"errors"_s).toInt(), 0);
        QCOMPARE(applier.value(u"retries"_s).toInt(), 0);
        QVERIFY(applier.value(u"lagReadMs"_s).toInteger(-1) >= 0);
        QVERIFY(applier.value(u"lagQueueMs"_s).toInteger(-1) >= 0);
        QVERIFY(applier.value(u"lagApplyMs"_s).toInteger(-1) >= 0);
        QCOMPARE(applier.value(u"stoppedAt"_s), QJsonValue());
        const QJsonObject reader = named(components(u"mon"_s), u"incremental.change-reader"_s);
        QCOMPARE(reader.value(u"kind"_s).toString(), u"change-reader"_s);
        QVERIFY(reader.value(u"events"_s).toInt() >= 3); // heartbeats count as read too
        // The text form has a line per component.
        const Run text = ferry({u"status"_s, u"mon"_s});
        QVERIFY2(text.out.contains(u"Components:\n"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(QRegularExpression(
                     u"\n  incremental\\.applier +running +%1 "_s.arg(run->processId()))),
                 qPrintable(text.out));

        // /metrics: the exact counters of the stream, valid for promtool.
        const QByteArray answer = httpGet(port, "/metrics");
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        const QString body = QString::fromUtf8(answer.mid(answer.indexOf("\r\n\r\n") + 4));
        const QString labels = u"project=\"mon\",step=\"incremental\",component=\"incremental."
                               "applier\",kind=\"applier\""_s;
        for (const QString &line : {u"ferry_component_state{%1,state=\"running\"} 1"_s.arg(labels),
                                    u"ferry_component_events_total{%1} 3"_s.arg(labels),
                                    u"ferry_component_rows_total{%1} 3"_s.arg(labels),
                                    u"ferry_component_errors_total{%1} 0"_s.arg(labels),
                                    u"ferry_component_retries_total{%1} 0"_s.arg(labels),
                                    u"# TYPE ferry_component_lag_seconds gauge"_s,
                                    u"# TYPE ferry_host_memory_total_bytes gauge"_s})
            QVERIFY2(body.split(u'\n').contains(line), qPrintable(line + u"\n---\n"_s + body));
        QVERIFY2(body.contains(u"ferry_component_lag_seconds{%1,stage=\"apply\"} "_s.arg(labels)),
                 qPrintable(body));
        const QString problems = promtoolProblems(body.toUtf8());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(httpGet(port, "/nothing").startsWith("HTTP/1.1 404 Not Found\r\n"));

        // The history has the applier's points and the host's.
        const Run history = ferry({u"status"_s, u"--metrics"_s, u"1h"_s, u"--csv"_s});
        QCOMPARE(history.exitCode, 0);
        QVERIFY(history.out.startsWith(u"time,project,component,metric,value\n"_s));
        QVERIFY2(history.out.contains(u",mon,incremental.applier,events_per_s,"_s),
                 qPrintable(history.out.left(2000)));
        QVERIFY2(history.out.contains(u",,,memory_used_bytes,"_s),
                 qPrintable(history.out.left(2000)));
        const Run one = ferry({u"status"_s, u"mon"_s, u"--metrics"_s, u"1h"_s, u"--component"_s,
                               u"incremental.applier"_s, u"--json"_s});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray points =
            QJsonDocument::fromJson(one.out.toUtf8()).object().value(u"points"_s).toArray();
        QVERIFY(!points.isEmpty());
        const QStringList pointComponents = names(points, u"component"_s);
        QCOMPARE(QSet<QString>(pointComponents.cbegin(), pointComponents.cend()),
                 QSet<QString> {u"incremental.applier"_s});
        QCOMPARE(ferry({u"status"_s, u"--metrics"_s, u"2h"_s}).exitCode, 2);

        // kill -9: the components stay, dead, with when they stopped.
        const qint64 pid = run->processId();
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(run->waitForFinished());
        const QJsonArray dead = components(u"mon"_s);
        QCOMPARE(names(dead),
                 (QStringList {u"incremental.applier"_s, u"incremental.change-reader"_s}));
        for (const QJsonValue &v : dead) {
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"dead"_s);
            QCOMPARE(v.toObject().value(u"stoppedAt"_s), v.toObject().value(u"updatedAt"_s));
            QCOMPARE(v.toObject().value(u"pid"_s).toInteger(), pid);
        }
        QVERIFY(ferry({u"status"_s}).out.contains(u"dead since "_s));
        QVERIFY(!httpGet(port, "/metrics").startsWith("HTTP/1.1 200"));

        // Resumed until caught up: it ends cleanly and takes its components with it.
        QVERIFY(execute(source, {u"INSERT INTO orders VALUES (5, 'five')"_s}));
        const Run resumed = ferry({u"run"_s, file, u"--until-caught-up"_s, u"--quiet"_s});
        QCOMPARE(resumed.err, QString());
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(components(u"mon"_s), QJsonArray());
    }
};

QTEST_GUILESS_MAIN(TestMonitoringCli)
#include "tst_monitoring_cli.moc"

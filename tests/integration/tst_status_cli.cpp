// `ferry status` as a DBA and a script read it: projects in every state, change streams saved
// the way the incremental step saves them (ProjectRepository::saveStream), a live run told from
// a dead one by its heartbeat, and the exact text and JSON of each, with the exit codes.
#include "project/projectrepository.h"
#include "project/runheartbeat.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Line by line, so that a difference names its line.
void compareLines(const QString &actual, const QString &expected)
{
    QCOMPARE(actual.split(u'\n'), expected.split(u'\n'));
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestStatusCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<RunHeartbeat> m_heartbeat;

    QString store() const { return m_dir.filePath(u"store.db"_s); }
    QString sqlite(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    Run ferry(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store()} + args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    qint64 create(const QString &name, const QStringList &steps)
    {
        auto definition = ProjectDefinition::fromJson(
            {{u"name"_s, name},
             {u"source"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, sqlite(u"shop"_s)}}},
             {u"target"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, sqlite(u"reporting"_s)}}},
             {u"steps"_s, QJsonArray::fromStringList(steps)}});
        if (!definition) {
            qWarning() << definition.error().text();
            return 0;
        }
        auto created = ProjectRepository(m_store).create(*definition);
        if (!created)
            qWarning() << created.error().text();
        return created ? created->id : 0;
    }

    // Saves the stream as the incremental step does, then pins its save time (the repository
    // stamps it with the clock) so that the output is exact.
    bool saveStream(qint64 id, const StreamRecord &stream, const QString &savedAt)
    {
        if (!ProjectRepository(m_store).saveStream(id, stream))
            return false;
        return bool(m_store->exec(
            u"UPDATE stream_state SET updated_at = ? WHERE project_id = ? AND stream = ?"_s,
            {savedAt, id, stream.stream}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = MetaStore::open(store());
        QVERIFY(opened);
        m_store = *opened;
        ProjectRepository projects(m_store);

        // Completed, without an incremental step.
        const qint64 legacy = create(u"legacy"_s, {u"schema"_s, u"full"_s});
        QVERIFY(legacy > 0);
        QVERIFY(projects.setStep(legacy, u"schema"_s, StepState::Done));
        QVERIFY(projects.setStep(legacy, u"full"_s, StepState::Done));
        QVERIFY(projects.setState(legacy, ProjectState::Completed));

        // Running (this process beats for it): forward streaming, the reverse one starting.
        const qint64 shop = create(u"shop-sync"_s, {u"schema"_s, u"full"_s, u"incremental"_s});
        QVERIFY(shop > 0);
        for (const QString &step : {u"schema"_s, u"full"_s}) {
            QVERIFY(projects.setStep(shop, step, StepState::Running));
            QVERIFY(projects.setStep(shop, step, StepState::Done));
        }
        QVERIFY(projects.setStep(shop, u"incremental"_s, StepState::Running));
        QVERIFY(projects.setState(shop, ProjectState::Running));
        m_heartbeat = std::make_unique<RunHeartbeat>(m_store, shop, u"status-test"_s);
        QVERIFY(m_heartbeat->start());
        StreamRecord forward;
        forward.stream = u"forward"_s;
        forward.state = u"streaming"_s;
        forward.readPosition = u"mysql-bin.000003:4711"_s;
        forward.appliedPosition = u"mysql-bin.000003:4500"_s;
        forward.lastCommitAt = utc(u"2026-11-26T20:16:49.123Z"_s);
        forward.appliedAt = utc(u"2026-11-26T20:16:50.357Z"_s);
        forward.lagMs = 1234;
        forward.eventsPerSecond = 250.5;
        forward.transactions = 1200;
        forward.events = 5400;
        forward.tables.insert(u"shop.orders"_s, {100, 20, 3});
        forward.tables.insert(u"shop.customers"_s, {5, 0, 0});
        QVERIFY(saveStream(shop, forward, u"2026-11-26T20:16:51.000Z"_s));
        StreamRecord reverse;
        reverse.stream = u"reverse"_s;
        reverse.state = u"starting"_s;
        reverse.detail = u"waiting for the switchover"_s;
        QVERIFY(saveStream(shop, reverse, u"2026-11-26T20:16:52.500Z"_s));

        // Failed with its stream: a DDL statement the policy refused.
        const qint64 broken = create(u"broken-sync"_s, {u"incremental"_s});
        QVERIFY(broken > 0);
        QVERIFY(projects.setStep(broken, u"incremental"_s, StepState::Failed,
                                 u"DDL refused on shop.orders"_s));
        QVERIFY(projects.setState(broken, ProjectState::Failed, u"DDL refused on shop.orders"_s));
        StreamRecord failed;
        failed.stream = u"forward"_s;
        failed.state = u"failed"_s;
        failed.readPosition = u"0/16B3748"_s;
        failed.appliedPosition = u"0/16B3700"_s;
        failed.lagMs = 65000;
        failed.detail = u"ALTER TABLE shop.orders DROP COLUMN note: the DDL policy is 'stop'"_s;
        failed.tables.insert(u"shop.orders"_s, {7, 0, 1});
        QVERIFY(saveStream(broken, failed, u"2026-11-26T21:00:00.000Z"_s));

        // Stored as running by a run that died (no heartbeat): read as interrupted, its stream
        // still says streaming.
        const qint64 quiet = create(u"quiet-sync"_s, {u"full"_s, u"incremental"_s});
        QVERIFY(quiet > 0);
        QVERIFY(projects.setState(quiet, ProjectState::Running));
        StreamRecord dead;
        dead.stream = u"forward"_s;
        dead.state = u"streaming"_s;
        dead.lagMs = 7384000;
        QVERIFY(saveStream(quiet, dead, u"2026-11-26T22:00:00.000Z"_s));

        // An incremental project that has not started.
        QVERIFY(create(u"fresh-sync"_s, {u"incremental"_s}) > 0);
    }

    void cleanupTestCase() { m_heartbeat.reset(); }

    void listsEveryProject()
    {
        const Run r = ferry({u"status"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        compareLines(r.out,
                     u"NAME         STATE        STEPS                      STREAM       LAG\n"
                     "broken-sync  Failed       incremental                failed       1 min 5 s\n"
                     "fresh-sync   Not started  incremental                -            -\n"
                     "legacy       Completed    schema, full               -            -\n"
                     "quiet-sync   Interrupted  full, incremental          streaming    2 h 3 min\n"
                     "shop-sync    Running      schema, full, incremental  streaming    1.2 s\n"_s);
    }

    void listsEveryProjectAsJson()
    {
        const Run r = ferry({u"status"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        auto line = [](const QString &name, const QString &state, const QStringList &steps,
                       const QJsonValue &stream, const QJsonValue &lagMs, const QJsonValue &lag) {
            return QJsonObject {{u"name"_s, name},
                                {u"state"_s, state},
                                {u"steps"_s, QJsonArray::fromStringList(steps)},
                                {u"stream"_s, stream},
                                {u"lagMs"_s, lagMs},
                                {u"lag"_s, lag}};
        };
        const QJsonValue null;
        QCOMPARE(
            o,
            (QJsonObject {
                {u"ok"_s, true},
                {u"projects"_s,
                 QJsonArray {
                     line(u"broken-sync"_s, u"failed"_s, {u"incremental"_s}, u"failed"_s, 65000,
                          u"1 min 5 s"_s),
                     line(u"fresh-sync"_s, u"not-started"_s, {u"incremental"_s}, null, null, null),
                     line(u"legacy"_s, u"completed"_s, {u"schema"_s, u"full"_s}, null, null, null),
                     line(u"quiet-sync"_s, u"interrupted"_s, {u"full"_s, u"incremental"_s},
                          u"streaming"_s, 7384000, u"2 h 3 min"_s),
                     line(u"shop-sync"_s, u"running"_s, {u"schema"_s, u"full"_s, u"incremental"_s},
                          u"streaming"_s, 1234, u"1.2 s"_s)}},
                {u"components"_s, QJsonArray()}}));
    }

    void showsOneProjectWithItsStreams()
    {
        const Run r = ferry({u"status"_s, u"shop-sync"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        compareLines(r.out,
                     u"Project:  shop-sync\n"
                     "State:    Running\n"
                     "Source:   sqlite:%1\n"
                     "Target:   sqlite:%2\n"
                     "Steps:\n"
                     "  schema       done\n"
                     "  full         done\n"
                     "  incremental  running\n"
                     "Stream forward: streaming\n"
                     "  Read position:      mysql-bin.000003:4711\n"
                     "  Applied position:   mysql-bin.000003:4500\n"
                     "  Last source commit: 2026-11-26 20:16:49.123 UTC\n"
                     "  Applied at:         2026-11-26 20:16:50.357 UTC\n"
                     "  Lag:                1234 ms (1.2 s)\n"
                     "  Events/s:           250.5\n"
                     "  Transactions:       1200\n"
                     "  Events:             5400\n"
                     "  Saved at:           2026-11-26 20:16:51.000 UTC\n"
                     "  TABLE            INSERTS   UPDATES   DELETES\n"
                     "  shop.customers         5         0         0\n"
                     "  shop.orders          100        20         3\n"
                     "Stream reverse: starting\n"
                     "  Read position:      -\n"
                     "  Applied position:   -\n"
                     "  Last source commit: -\n"
                     "  Applied at:         -\n"
                     "  Lag:                unknown\n"
                     "  Events/s:           0.0\n"
                     "  Transactions:       0\n"
                     "  Events:             0\n"
                     "  Saved at:           2026-11-26 20:16:52.500 UTC\n"
                     "  Detail:             waiting for the switchover\n"
                     "  Tables:             no changes yet\n"_s.arg(sqlite(u"shop"_s),
                                                                    sqlite(u"reporting"_s)));
    }

    void showsOneProjectAsJson()
    {
        const Run r = ferry({u"status"_s, u"shop-sync"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"ok"_s), QJsonValue(true));
        QJsonObject project = o.value(u"project"_s).toObject();
        // Step times are the clock's: present and well-formed (a running step has not
        // finished), then set aside.
        QJsonArray steps = project.value(u"steps"_s).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject step = steps[i].toObject();
            const QString name = step.value(u"step"_s).toString();
            QVERIFY2(utc(step.value(u"startedAt"_s).toString()).isValid(), qPrintable(name));
            if (name == u"incremental")
                QCOMPARE(step.value(u"finishedAt"_s), QJsonValue());
            else
                QVERIFY2(utc(step.value(u"finishedAt"_s).toString()).isValid(), qPrintable(name));
            step.remove(u"startedAt"_s);
            step.remove(u"finishedAt"_s);
            steps[i] = step;
        }
        project[u"steps"_s] = steps;
        auto step = [](const QString &name, const QString &state) {
            return QJsonObject {{u"step"_s, name}, {u"state"_s, state}, {u"error"_s, u""_s}};
        };
        auto counts = [](const QString &table, int inserts, int updates, int deletes) {
            return QJsonObject {{u"table"_s, table},
                                {u"inserts"_s, inserts},
                                {u"updates"_s, updates},
                                {u"deletes"_s, deletes}};
        };
        const QJsonValue null;
        QJsonObject forward;
        forward[u"stream"_s] = u"forward"_s;
        forward[u"state"_s] = u"streaming"_s;
        forward[u"readPosition"_s] = u"mysql-bin.000003:4711"_s;
        forward[u"appliedPosition"_s] = u"mysql-bin.000003:4500"_s;
        forward[u"lastCommitAt"_s] = u"2026-11-26T20:16:49.123Z"_s;
        forward[u"appliedAt"_s] = u"2026-11-26T20:16:50.357Z"_s;
        forward[u"lagMs"_s] = 1234;
        forward[u"lag"_s] = u"1.2 s"_s;
        forward[u"eventsPerSecond"_s] = 250.5;
        forward[u"transactions"_s] = 1200;
        forward[u"events"_s] = 5400;
        forward[u"tables"_s] =
            QJsonArray {counts(u"shop.customers"_s, 5, 0, 0), counts(u"shop.orders"_s, 100, 20, 3)};
        forward[u"detail"_s] = u""_s;
        forward[u"updatedAt"_s] = u"2026-11-26T20:16:51.000Z"_s;
        QJsonObject reverse;
        reverse[u"stream"_s] = u"reverse"_s;
        reverse[u"state"_s] = u"starting"_s;
        reverse[u"readPosition"_s] = u""_s;
        reverse[u"appliedPosition"_s] = u""_s;
        reverse[u"lastCommitAt"_s] = null;
        reverse[u"appliedAt"_s] = null;
        reverse[u"lagMs"_s] = null;
        reverse[u"lag"_s] = u"unknown"_s;
        reverse[u"eventsPerSecond"_s] = 0;
        reverse[u"transactions"_s] = 0;
        reverse[u"events"_s] = 0;
        reverse[u"tables"_s] = QJsonArray();
        reverse[u"detail"_s] = u"waiting for the switchover"_s;
        reverse[u"updatedAt"_s] = u"2026-11-26T20:16:52.500Z"_s;
        QJsonObject expected;
        expected[u"name"_s] = u"shop-sync"_s;
        expected[u"state"_s] = u"running"_s;
        expected[u"source"_s] = QString(u"sqlite:"_s + sqlite(u"shop"_s));
        expected[u"target"_s] = QString(u"sqlite:"_s + sqlite(u"reporting"_s));
        expected[u"lastError"_s] = u""_s;
        expected[u"steps"_s] = QJsonArray {step(u"schema"_s, u"done"_s), step(u"full"_s, u"done"_s),
                                           step(u"incremental"_s, u"running"_s)};
        expected[u"streams"_s] = QJsonArray {forward, reverse};
        QCOMPARE(project, expected);
    }

    // A failed project is the command's outcome: the status in full, the reason on stderr.
    void failedProjectExitsOne()
    {
        const Run r = ferry({u"status"_s, u"broken-sync"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 u"ferry: project 'broken-sync' has failed: stream forward: ALTER TABLE "
                 "shop.orders DROP COLUMN note: the DDL policy is 'stop'\n"_s);
        compareLines(
            r.out,
            u"Project:  broken-sync\n"
            "State:    Failed\n"
            "Source:   sqlite:%1\n"
            "Target:   sqlite:%2\n"
            "Error:    DDL refused on shop.orders\n"
            "Steps:\n"
            "  incremental  failed  DDL refused on shop.orders\n"
            "Stream forward: failed\n"
            "  Read position:      0/16B3748\n"
            "  Applied position:   0/16B3700\n"
            "  Last source commit: -\n"
            "  Applied at:         -\n"
            "  Lag:                65000 ms (1 min 5 s)\n"
            "  Events/s:           0.0\n"
            "  Transactions:       0\n"
            "  Events:             0\n"
            "  Saved at:           2026-11-26 21:00:00.000 UTC\n"
            "  Detail:             ALTER TABLE shop.orders DROP COLUMN note: the DDL policy "
            "is 'stop'\n"
            "  TABLE         INSERTS   UPDATES   DELETES\n"
            "  shop.orders         7         0         1\n"_s.arg(sqlite(u"shop"_s),
                                                                  sqlite(u"reporting"_s)));
        const Run json = ferry({u"status"_s, u"broken-sync"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject project =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"project"_s).toObject();
        QCOMPARE(project.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(project.value(u"streams"_s).toArray().first().toObject().value(u"state"_s),
                 QJsonValue(u"failed"_s));
    }

    // A stream saved as moving by a run that died says so; one never started says that.
    void deadAndUnstartedStreams()
    {
        const Run quiet = ferry({u"status"_s, u"quiet-sync"_s});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.out.contains(u"State:    Interrupted\n          its run ended without "
                                    "stopping (killed, or the machine went down); run it again "
                                    "to resume where it was\n"_s),
                 qPrintable(quiet.out));
        QVERIFY2(quiet.out.contains(u"Stream forward: streaming (as its last run saved it; the "
                                    "project is not running)\n"_s),
                 qPrintable(quiet.out));
        QVERIFY2(quiet.out.contains(u"  Lag:                7384000 ms (2 h 3 min)\n"_s),
                 qPrintable(quiet.out));

        const Run fresh = ferry({u"status"_s, u"fresh-sync"_s});
        QCOMPARE(fresh.exitCode, 0);
        compareLines(fresh.out,
                     u"Project:  fresh-sync\n"
                     "State:    Not started\n"
                     "Source:   sqlite:%1\n"
                     "Target:   sqlite:%2\n"
                     "Steps:\n"
                     "  incremental  pending\n"
                     "Stream forward: not started (the incremental step reports here once it "
                     "runs)\n"_s.arg(sqlite(u"shop"_s), sqlite(u"reporting"_s)));
    }

    void badUsageAndUnknownProject()
    {
        const Run unknown = ferry({u"status"_s, u"nope"_s});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.out, QString());
        QCOMPARE(unknown.err,
                 u"ferry: no project named 'nope'. See the projects with 'ferry "
                 "status' (or 'ferry project list').\n"_s);
        const Run unknownJson = ferry({u"status"_s, u"nope"_s, u"--json"_s});
        QCOMPARE(unknownJson.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(unknownJson.out.toUtf8()).object(),
                 (QJsonObject {{u"ok"_s, false},
                               {u"error"_s,
                                QJsonObject {{u"code"_s, u"not-found"_s},
                                             {u"message"_s, u"no project named 'nope'"_s},
                                             {u"fix"_s,
                                              u"See the projects with 'ferry status' "
                                              "(or 'ferry project list')."_s},
                                             {u"object"_s, u"nope"_s}}}}));

        const Run two = ferry({u"status"_s, u"legacy"_s, u"shop-sync"_s});
        QCOMPARE(two.exitCode, 2);
        QVERIFY2(two.err.startsWith(u"ferry: status takes at most one project NAME, not 2 "
                                    "arguments\n"_s),
                 qPrintable(two.err));
        const Run option = ferry({u"status"_s, u"--lag"_s});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.startsWith(u"ferry: unknown option --lag"_s), qPrintable(option.err));
    }
};

QTEST_GUILESS_MAIN(TestStatusCli)
#include "tst_status_cli.moc"

// A run's heartbeat: a running project whose run beats reads as running; one whose heartbeat is
// stale, missing, or whose process is gone on this host reads as interrupted, in the project
// repository and the Overview's task status alike.
#include "monitor/taskstatus.h"
#include "project/projectrepository.h"
#include "project/runheartbeat.h"
#include "store/metastore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

// The pid of a process that has ended (and been reaped).
qint64 deadPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

} // namespace

class TestRunHeartbeat : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    qint64 createRunning(const std::shared_ptr<MetaStore> &store, const QString &name)
    {
        auto definition = ProjectDefinition::fromJson(QJsonObject {
            {u"name"_s, name},
            {u"source"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"a.db"_s)}}},
            {u"target"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"b.db"_s)}}}});
        if (!definition)
            return 0;
        ProjectRepository projects(store);
        auto record = projects.create(*definition);
        if (!record || !projects.setState(record->id, ProjectState::Running))
            return 0;
        return record->id;
    }

private slots:
    void isAlive_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("alive");
        const qint64 me = QCoreApplication::applicationPid();
        const QString here = QSysInfo::machineHostName();
        QTest::newRow("fresh, our pid") << qint64(100) << 5000 << me << here << true;
        QTest::newRow("two beats late") << qint64(10000) << 5000 << me << here << true;
        QTest::newRow("past 3 intervals") << qint64(15100) << 5000 << me << here << false;
        QTest::newRow("short interval, stale") << qint64(1600) << 500 << me << here << false;
        QTest::newRow("fresh, pid gone here") << qint64(100) << 5000 << deadPid() << here << false;
        // Another host's pid cannot be checked: only the clock tells.
        QTest::newRow("fresh, other host")
            << qint64(100) << 5000 << deadPid() << u"elsewhere.example"_s << true;
        QTest::newRow("stale, other host")
            << qint64(60000) << 5000 << me << u"elsewhere.example"_s << false;
    }

    void isAlive()
    {
        QFETCH(qint64, ageMs);
        QFETCH(int, intervalMs);
        QFETCH(qint64, pid);
        QFETCH(QString, host);
        QFETCH(bool, alive);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RunHeartbeat::isAlive(now.addMSecs(-ageMs), intervalMs, pid, host, now), alive);
        QVERIFY(!RunHeartbeat::isAlive(QDateTime(), intervalMs, pid, host, now));
    }

    void intervalFromTheEnvironment()
    {
        qunsetenv("FERRY_HEARTBEAT_SECONDS");
        QCOMPARE(RunHeartbeat::intervalMs(), 5000);
        qputenv("FERRY_HEARTBEAT_SECONDS", "0.25");
        QCOMPARE(RunHeartbeat::intervalMs(), 250);
        qputenv("FERRY_HEARTBEAT_SECONDS", "nonsense");
        QCOMPARE(RunHeartbeat::intervalMs(), 5000);
        qunsetenv("FERRY_HEARTBEAT_SECONDS");
    }

    // A live heartbeat keeps a project running; once it stops beating (its row left behind
    // as by kill -9) the project reads as interrupted after 3 intervals; stop() removes the
    // row of a run that ends normally.
    void staleHeartbeatReadsAsInterrupted()
    {
        auto store = MetaStore::open(m_dir.filePath(u"store%1.db"_s.arg(++m_counter)));
        QVERIFY(store);
        const qint64 id = createRunning(*store, u"beating"_s);
        QVERIFY(id > 0);
        ProjectRepository projects(*store);
        // Running without any heartbeat: nothing runs it.
        QCOMPARE(projects.findById(id)->state, ProjectState::Interrupted);

        qputenv("FERRY_HEARTBEAT_SECONDS", "0.2");
        {
            RunHeartbeat heartbeat(*store, id, u"run-1"_s);
            QVERIFY(heartbeat.start());
            qunsetenv("FERRY_HEARTBEAT_SECONDS");
            // Beats on its own thread: still alive well past 3 intervals.
            for (int i = 0; i < 8; ++i) {
                QTest::qWait(150);
                QCOMPARE(projects.findById(id)->state, ProjectState::Running);
            }
            auto status = TaskStatus::read(**store);
            QVERIFY(status);
            QCOMPARE(status->count(u"migration"_s, ProjectState::Running), 1);
            auto row = (*store)->exec(u"SELECT run_id, pid, host FROM run_heartbeat"_s);
            QVERIFY(row && row->next());
            QCOMPARE(row->value(0).toString(), u"run-1"_s);
            QCOMPARE(row->value(1).toLongLong(), QCoreApplication::applicationPid());
            QCOMPARE(row->value(2).toString(), QSysInfo::machineHostName());
        }
        // stop() removed the row; a crashed run leaves it, with its last beat getting older.
        auto gone = (*store)->exec(u"SELECT count(*) FROM run_heartbeat"_s);
        QVERIFY(gone && gone->next());
        QCOMPARE(gone->value(0).toInt(), 0);
        QVERIFY((*store)->exec(
            u"INSERT INTO run_heartbeat (project_id, run_id, pid, host, at, interval_ms) "
            "VALUES (?, 'run-2', ?, ?, ?, 200)"_s,
            {id, QCoreApplication::applicationPid(), QSysInfo::machineHostName(),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}));
        QCOMPARE(projects.findById(id)->state, ProjectState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(projects.findById(id)->state, ProjectState::Interrupted, 2000);
        auto listed = projects.list();
        QVERIFY(listed && listed->size() == 1);
        QCOMPARE(listed->first().state, ProjectState::Interrupted);
        QCOMPARE(projectStateId(listed->first().state), u"interrupted"_s);
        auto status = TaskStatus::read(**store);
        QVERIFY(status);
        QCOMPARE(status->count(u"migration"_s, ProjectState::Interrupted), 1);
        QCOMPARE(status->count(u"migration"_s, ProjectState::Running), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunHeartbeat)
#include "tst_runheartbeat.moc"

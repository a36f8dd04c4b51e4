// `ferry run` as a DBA runs it: killed with -9 mid-table (shown as interrupted) and re-run
// (every row exactly once), stopped with SIGTERM at a checkpoint, `ferry verify` stopped by
// SIGINT, refused by the precheck with the reason, refused values named, bad files, and the
// non-empty target policies.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
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

QString one(const Endpoint &e, const QString &sql)
{
    auto session = Driver::forEngine(e.engine).connect(e);
    if (!session)
        return u"error: "_s + session.error().text();
    auto r = (*session)->query(sql);
    if (!r)
        return u"error: "_s + r.error().text();
    return r->size() ? r->text(0, 0) : QString();
}

} // namespace

class TestMigrationCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_dir;
    Endpoint m_source; // MariaDB with the fixture and a 200k-row table

    QString store() const { return m_dir.filePath(u"store.db"_s); }

    QString writeProject(const QString &file, const QJsonObject &project)
    {
        const QString path = m_dir.filePath(file);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(project).toJson());
        return path;
    }

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, u"cli-test"_s);
        env.insert(u"FERRY_HEARTBEAT_SECONDS"_s, u"0.5"_s); // dead runs show within 1.5 s
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store()} + args);
        p->waitForStarted();
        return p;
    }

    Run ferry(const QStringList &args)
    {
        QProcess *p = start(args);
        p->waitForFinished(300000);
        Run r {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
               QString::fromUtf8(p->readAllStandardOutput()),
               QString::fromUtf8(p->readAllStandardError())};
        delete p;
        return r;
    }

    int chunks(const QString &project, const QString &state)
    {
        auto s = MetaStore::open(store());
        if (!s)
            return -1;
        auto q = (*s)->exec(u"SELECT count(*) FROM chunk c JOIN project p ON p.id = c.project_id "
                            "WHERE p.name = ? AND c.state = ?"_s,
                            {project, state});
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    // Rows the committed chunks wrote (chunk sizes follow the table's statistics, so they
    // are only about chunkRows each).
    qint64 rowsOfDoneChunks(const QString &project)
    {
        auto s = MetaStore::open(store());
        if (!s)
            return -1;
        auto q = (*s)->exec(u"SELECT coalesce(sum(c.rows), 0) FROM chunk c JOIN project p "
                            "ON p.id = c.project_id WHERE p.name = ? AND c.state = 'done'"_s,
                            {project});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QString projectState(const QString &project)
    {
        auto s = MetaStore::open(store());
        auto q = (*s)->exec(u"SELECT state FROM project WHERE name = ?"_s, {project});
        return q && q->next() ? q->value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"cli"_s);
        m_source = m_scratch->make(Engine::MariaDb, u"src"_s);
        QVERIFY(createFixture(m_source));
        QVERIFY(
            execute(m_source,
                    {u"CREATE TABLE resume (id INT PRIMARY KEY, payload VARCHAR(100) NOT NULL)"_s,
                     u"INSERT INTO resume SELECT seq, CONCAT('payload of row ', seq, "
                     "REPEAT('.', seq % 50)) FROM seq_1_to_200000"_s}));
        // The store exists before the first `ferry run`: the tests poll it while a run starts,
        // and two processes creating one fresh store race in its migrations ("table datasource
        // already exists"), which failed the first run now and then.
        QVERIFY(MetaStore::open(store()));
    }

    void cleanupTestCase() { m_scratch.reset(); }

    // kill -9 at three moments, then a run to the end: every row exactly once.
    void killNineThenResume()
    {
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"resume"_s);
        // A target table without a key: a row copied twice would show.
        QVERIFY(execute(target,
                        {u"CREATE TABLE resume (id integer NOT NULL, payload text NOT NULL)"_s}));
        QJsonObject project = projectJson(
            u"resume"_s, m_source, target, {u"full"_s},
            {{u"concurrency"_s, 2}, {u"chunkRows"_s, 5000}, {u"rowsPerSecond"_s, 50000}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"resume"_s}}};
        const QString file = writeProject(u"resume.json"_s, project);

        int doneBefore = 0;
        for (int kill = 1; kill <= 3; ++kill) {
            QProcess *p = start({u"run"_s, file, u"--quiet"_s});
            // Wait until a few more chunks are committed, then pull the plug.
            QTRY_VERIFY_WITH_TIMEOUT(chunks(u"resume"_s, u"done"_s) >= doneBefore + 3, 60000);
            if (kill == 1) {
                // Past the threshold (3 x 0.5 s) a live run still reads as running: it beats
                // from its own thread while the main thread is inside the run.
                QTest::qWait(1600);
                const Run live = ferry({u"project"_s, u"show"_s, u"resume"_s, u"--json"_s});
                QCOMPARE(QJsonDocument::fromJson(live.out.toUtf8())
                             .object()
                             .value(u"project"_s)
                             .toObject()
                             .value(u"state"_s)
                             .toString(),
                         u"running"_s);
            }
            p->kill();
            p->waitForFinished();
            QCOMPARE(p->exitStatus(), QProcess::CrashExit);
            delete p;
            doneBefore = chunks(u"resume"_s, u"done"_s);
            QVERIFY2(chunks(u"resume"_s, u"pending"_s) > 0,
                     "the run finished before it could be killed");
        }
        // What a crash leaves in the store is 'running'; the dead run's heartbeat (its pid gone,
        // and past the threshold of 3 intervals of 0.5 s) makes it read as interrupted.
        QCOMPARE(projectState(u"resume"_s), u"running"_s);
        QTest::qWait(2000);
        const Run shown = ferry({u"project"_s, u"show"_s, u"resume"_s, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject shownProject =
            QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"project"_s).toObject();
        QCOMPARE(shownProject.value(u"state"_s).toString(), u"interrupted"_s);
        // The rows already committed come from the chunk ledger, not the table's final count.
        const QJsonArray shownTables = shownProject.value(u"tables"_s).toArray();
        QCOMPARE(shownTables.size(), 1);
        const qint64 rowsBefore = rowsOfDoneChunks(u"resume"_s);
        QVERIFY(rowsBefore >= qint64(doneBefore) * 4000);
        QCOMPARE(shownTables.first().toObject().value(u"rows"_s).toInteger(), rowsBefore);
        const Run listed = ferry({u"project"_s, u"list"_s});
        QVERIFY2(listed.out.contains(QRegularExpression(u"resume\\s+Interrupted\\s"_s)),
                 qPrintable(listed.out));

        project[u"options"_s] = QJsonObject {{u"concurrency"_s, 2}, {u"chunkRows"_s, 5000}};
        writeProject(u"resume.json"_s, project);
        const Run finish = ferry({u"run"_s, file});
        QVERIFY2(finish.exitCode == 0, qPrintable(finish.err));
        QCOMPARE(projectState(u"resume"_s), u"completed"_s);
        // The summary (and its rate) counts this run's rows only.
        QVERIFY2(finish.out.contains(u": %1 rows, "_s.arg(200000 - rowsBefore)),
                 qPrintable(finish.out));
        QCOMPARE(chunks(u"resume"_s, u"pending"_s) + chunks(u"resume"_s, u"started"_s), 0);
        QCOMPARE(one(target, u"SELECT count(*) FROM resume.resume"_s), u"200000"_s);
        QCOMPARE(one(target, u"SELECT count(DISTINCT id) FROM resume.resume"_s), u"200000"_s);
        QCOMPARE(one(target, u"SELECT sum(id) FROM resume.resume"_s), u"20000100000"_s);
        QCOMPARE(one(target, u"SELECT payload FROM resume.resume WHERE id = 12345"_s),
                 u"payload of row 12345"_s + QString(12345 % 50, u'.'));
        const Run verify = ferry({u"verify"_s, file, u"--json"_s});
        QCOMPARE(verify.exitCode, 0);
    }

    // A text key is cut by walking it while the first chunks copy. A crash during the walk
    // leaves the chunks cut so far and the table not planned: the next run walks on after the
    // last of them, and every row arrives exactly once.
    void aWalkCutShortResumesAfterItsLastChunk()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE walked (code VARCHAR(20) PRIMARY KEY, "
                         "n INT NOT NULL)"_s,
                         u"INSERT INTO walked SELECT CONCAT('k', LPAD(seq * 7, 7, '0')), "
                         "seq FROM seq_1_to_30000"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"walk"_s);
        // No key in the target: a row copied twice would show.
        QVERIFY(
            execute(target, {u"CREATE TABLE walked (code text NOT NULL, n integer NOT NULL)"_s}));
        QJsonObject project = projectJson(
            u"walk"_s, m_source, target, {u"full"_s},
            {{u"concurrency"_s, 2}, {u"chunkRows"_s, 1000}, {u"rowsPerSecond"_s, 4000}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"walked"_s}}};
        const QString file = writeProject(u"walk.json"_s, project);
        QProcess *p = start({u"run"_s, file, u"--quiet"_s});
        QTRY_VERIFY_WITH_TIMEOUT(chunks(u"walk"_s, u"done"_s) >= 3, 60000);
        p->kill();
        p->waitForFinished();
        delete p;
        const int cut = chunks(u"walk"_s, u"done"_s) + chunks(u"walk"_s, u"started"_s)
            + chunks(u"walk"_s, u"pending"_s);
        QCOMPARE(cut, 30); // 29 chunks of 1,000 rows and the open-ended last one

        // What a crash in the middle of the walk leaves: the chunks cut so far, not planned.
        {
            auto st = MetaStore::open(store());
            QVERIFY(st);
            auto id = (*st)->exec(u"SELECT id FROM project WHERE name = 'walk'"_s);
            QVERIFY(id && id->next());
            const qint64 projectId = id->value(0).toLongLong();
            auto last = (*st)->exec(
                u"SELECT max(ordinal) FROM chunk WHERE project_id = ? AND state <> 'pending'"_s,
                {projectId});
            QVERIFY(last && last->next());
            const int keep = last->value(0).toInt() + 2;
            QVERIFY((*st)->exec(u"DELETE FROM chunk WHERE project_id = ? AND ordinal > ?"_s,
                                {projectId, keep}));
            QVERIFY((*st)->exec(u"UPDATE project_table SET planned = 0 WHERE project_id = ?"_s,
                                {projectId}));
        }
        QVERIFY(chunks(u"walk"_s, u"pending"_s) + chunks(u"walk"_s, u"done"_s)
                    + chunks(u"walk"_s, u"started"_s)
                < 30);

        project[u"options"_s] = QJsonObject {{u"concurrency"_s, 2}, {u"chunkRows"_s, 1000}};
        writeProject(u"walk.json"_s, project);
        const Run again = ferry({u"run"_s, file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(chunks(u"walk"_s, u"done"_s), 30);
        QCOMPARE(one(target, u"SELECT count(*) FROM walk.walked"_s), u"30000"_s);
        QCOMPARE(one(target, u"SELECT count(DISTINCT code) FROM walk.walked"_s), u"30000"_s);
        QCOMPARE(one(target, u"SELECT sum(n) FROM walk.walked"_s), u"450015000"_s);
        QCOMPARE(one(target, u"SELECT max(code) FROM walk.walked"_s), u"k0210000"_s);

        // The ledger's ranges follow each other without a gap or an overlap.
        auto st = MetaStore::open(store());
        QVERIFY(st);
        auto q = (*st)->exec(u"SELECT c.lower_key, c.upper_key FROM chunk c JOIN project p "
                             "ON p.id = c.project_id WHERE p.name = 'walk' ORDER BY ordinal"_s);
        QVERIFY(q);
        auto key = [&](int column) {
            return q->value(column).isNull() ? std::optional<QString>()
                                             : std::optional<QString>(q->value(column).toString());
        };
        std::optional<QString> previousUpper;
        int n = 0;
        while (q->next()) {
            QCOMPARE(key(0), previousUpper);
            previousUpper = key(1);
            QVERIFY(n == 29 || previousUpper); // only the last chunk is open above
            ++n;
        }
        QCOMPARE(n, 30);
        QVERIFY(!previousUpper);
    }

    void sigtermStopsAtACheckpoint()
    {
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"term"_s);
        QJsonObject project = projectJson(
            u"term"_s, m_source, target, {u"schema"_s, u"full"_s},
            {{u"concurrency"_s, 2}, {u"chunkRows"_s, 5000}, {u"rowsPerSecond"_s, 40000}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"resume"_s}}};
        const QString file = writeProject(u"term.json"_s, project);
        QProcess *p = start({u"run"_s, file});
        QTRY_VERIFY_WITH_TIMEOUT(chunks(u"term"_s, u"done"_s) >= 2, 60000);
        p->terminate();
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 1);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        delete p;
        QVERIFY2(err.contains(u"project 'term' stopped by SIGTERM at a checkpoint"_s),
                 qPrintable(err));
        QCOMPARE(projectState(u"term"_s), u"paused"_s);
        QVERIFY(chunks(u"term"_s, u"done"_s) >= 2);
        // The target holds exactly the committed chunks' rows: nothing of the stopped ones.
        QCOMPARE(one(target, u"SELECT count(*) FROM term.resume"_s),
                 QString::number(rowsOfDoneChunks(u"term"_s)));

        project[u"options"_s] = QJsonObject {{u"chunkRows"_s, 5000}};
        writeProject(u"term.json"_s, project);
        const Run again = ferry({u"run"_s, file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(one(target, u"SELECT count(*) FROM term.resume"_s), u"200000"_s);
        QCOMPARE(one(target, u"SELECT sum(id) FROM term.resume"_s), u"20000100000"_s);
    }

    // Ctrl-C stops `ferry verify` like `ferry run`: promptly, exit code 1, the signal named,
    // and nothing written. One row differs, so after the checksums the verifier waits a long
    // recheck delay; the signal arrives while it compares or waits, whichever comes first.
    void sigintStopsVerify()
    {
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"vstop"_s);
        QVERIFY(execute(
            target,
            {u"CREATE TABLE resume (id integer PRIMARY KEY, payload varchar(100) NOT NULL)"_s,
             u"INSERT INTO resume SELECT g, 'payload of row ' || g || repeat('.', g % 50) "
             "FROM generate_series(1, 200000) g"_s,
             u"UPDATE resume SET payload = 'changed' WHERE id = 123456"_s}));
        QJsonObject project =
            projectJson(u"vstop"_s, m_source, target, {u"verify"_s}, {{u"concurrency"_s, 1}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"resume"_s}}};
        project[u"verify"_s] = QJsonObject {
            {u"sliceRows"_s, 2000}, {u"recheckRounds"_s, 1}, {u"recheckDelayMs"_s, 600000}};
        const QString file = writeProject(u"vstop.json"_s, project);
        QProcess *p = start({u"verify"_s, file});
        // Progress lines on stderr: the comparison has begun.
        p->setReadChannel(QProcess::StandardError);
        QTRY_VERIFY_WITH_TIMEOUT(p->bytesAvailable() > 0, 30000);
        QCOMPARE(p->state(), QProcess::Running);
        // A recheck waits 10 minutes: ending at all proves SIGINT cut it short.
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 1);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        delete p;
        QVERIFY2(err.contains(u"SIGINT received: stopping"_s), qPrintable(err));
        QVERIFY2(err.contains(u"ferry: verification of project 'vstop' stopped by SIGINT; "
                              "nothing was saved"_s),
                 qPrintable(err));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\n  \"name\": \"x\",\n  \"source\": ,\n}")
                                << u"line 3 is not valid JSON"_s;
        QTest::newRow("no name") << QByteArray(R"({"source": "a", "target": "b"})")
                                 << u"the project has no \"name\""_s;
        QTest::newRow("unknown key")
            << QByteArray(R"({"name": "x", "source": "a", "target": "b", "optoins": {}})")
            << u"unknown key 'optoins' in the project"_s;
        QTest::newRow("unknown step")
            << QByteArray(R"({"name": "x", "source": "a", "target": "b", "steps": ["sideways"]})")
            << u"unknown step 'sideways'"_s;
        QTest::newRow("bad engine")
            << QByteArray(R"({"name": "x", "source": {"engine": "oracle"}, "target": "b"})")
            << u"source.engine: unknown engine 'oracle'"_s;
        QTest::newRow("bad option") << QByteArray(
            R"({"name": "x", "source": "a", "target": "b", "options": {"concurrency": 0}})")
                                    << u"options.concurrency must be a whole number from 1 to 64"_s;
        QTest::newRow("unset password variable")
            << QByteArray(R"({"name": "x", "target": "b", "source": {"engine": "mariadb",
                 "host": "127.0.0.1", "user": "u", "passwordEnv": "FERRY_NO_SUCH_VARIABLE"}})")
            << u"source.passwordEnv names FERRY_NO_SUCH_VARIABLE, which is not set"_s;
        QTest::newRow("unknown data source")
            << QByteArray(R"({"name": "x", "source": "no-such-source", "target": "b"})")
            << u"no data source named 'no-such-source'"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const Run r = ferry({u"run"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void precheckFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("pattern matches nothing")
            << u"pattern"_s << u"'nosuch*' matches no table in %DB%"_s;
        QTest::newRow("target holds rows")
            << u"nonempty"_s << u"target table %T%.big already holds more than 1000 row(s)"_s;
        QTest::newRow("incremental without a key")
            << u"incremental"_s
            << u"table %DB%.nokey has no primary key or unique key over NOT NULL columns: the "
               "incremental step cannot tell which target row a change applies to. Add a "
               "primary key to %DB%.nokey, or exclude it from the project (\"exclude\": "
               "[\"nokey\"])."_s;
        QTest::newRow("incremental from a purged binlog")
            << u"purged"_s
            << u"binlog file mysql-bin.000000 of incremental.startPosition "
               "mysql-bin.000000:4 is no longer on %ADDRESS% (purged; the oldest is "_s;
        QTest::newRow("name too long")
            << u"longname"_s
            << u"target table name '%LONG%' has 64 characters; PostgreSQL takes at most 63"_s;
        QTest::newRow("missing target column")
            << u"column"_s << u"target table %T%.nokey has no column 'b' for %DB%.nokey.b"_s;
        QTest::newRow("wrong source password")
            << u"password"_s << u"refused user 'ferry': wrong user name or password"_s;
        QTest::newRow("bad row filter") << u"filter"_s << u"cannot read %DB%.big"_s;
    }

    void precheckFailures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        static int n = 0;
        const QString name = u"pre%1"_s.arg(++n);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, name);
        Endpoint source = m_source;
        QJsonObject project = projectJson(name, source, target);
        QJsonObject objects {{u"include"_s, QJsonArray {u"big"_s}}};
        const QString longName = QString(64, u'l');
        if (kind == u"pattern") {
            objects[u"include"_s] = QJsonArray {u"big"_s, u"nosuch*"_s};
        } else if (kind == u"nonempty") {
            QVERIFY(
                execute(target,
                        {u"CREATE TABLE big (id integer PRIMARY KEY, v text, n bigint)"_s,
                         u"INSERT INTO big SELECT g, 'x', g FROM generate_series(1, 2000) g"_s}));
        } else if (kind == u"incremental") {
            project[u"steps"_s] = QJsonArray {u"schema"_s, u"full"_s, u"incremental"_s};
            objects[u"include"_s] = QJsonArray {u"nokey"_s};
        } else if (kind == u"purged") {
            project[u"steps"_s] = QJsonArray {u"incremental"_s};
            project[u"incremental"_s] = QJsonObject {{u"startPosition"_s, u"mysql-bin.000000:4"_s}};
            QVERIFY(execute(target,
                            {u"CREATE TABLE big (id integer PRIMARY KEY, v text, "
                             "n bigint)"_s}));
        } else if (kind == u"longname") {
            QVERIFY(
                execute(m_source,
                        {u"CREATE TABLE IF NOT EXISTS `%1` (id INT PRIMARY KEY)"_s.arg(longName)}));
            objects[u"include"_s] = QJsonArray {longName};
        } else if (kind == u"column") {
            QVERIFY(execute(target, {u"CREATE TABLE nokey (a integer)"_s}));
            objects[u"include"_s] = QJsonArray {u"nokey"_s};
            project[u"steps"_s] = QJsonArray {u"full"_s};
        } else if (kind == u"password") {
            QJsonObject s = project[u"source"_s].toObject();
            s[u"password"_s] = u"not-the-password"_s;
            project[u"source"_s] = s;
        } else if (kind == u"filter") {
            objects[u"tables"_s] = QJsonArray {
                QJsonObject {{u"source"_s, u"big"_s}, {u"filter"_s, u"no_such_column > 3"_s}}};
        }
        project[u"objects"_s] = objects;
        const QString file = writeProject(name + u".json"_s, project);
        const auto before =
            one(target, u"SELECT count(*) FROM pg_tables WHERE schemaname = '%1'"_s.arg(name));

        const Run r = ferry({u"run"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QString expected = message;
        expected.replace(u"%DB%"_s, m_source.database)
            .replace(u"%T%"_s, name)
            .replace(u"%LONG%"_s, longName)
            .replace(u"%ADDRESS%"_s, m_source.displayAddress());
        QVERIFY2(r.err.contains(u"precheck failed: "_s) && r.err.contains(expected),
                 qPrintable(r.err + u"\nexpected: "_s + expected));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[u"ok"_s].toBool(), false);
        QCOMPARE(json[u"precheck"_s].toObject()[u"passed"_s].toBool(), false);
        // A failed precheck writes nothing.
        QCOMPARE(one(target, u"SELECT count(*) FROM pg_tables WHERE schemaname = '%1'"_s.arg(name)),
                 before);
        QCOMPARE(projectState(name), u"failed"_s);
    }

    void refusedValuesAreNamed_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("targetEngine");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QJsonObject>("types"); // overrides: the DBA's own, possibly lossy choice
        QTest::newRow("NUL byte into PostgreSQL text")
            << u"CREATE TABLE r1 (id INT PRIMARY KEY, t TEXT); INSERT INTO r1 VALUES (1, 'ok'), "
               "(7, CONCAT('a', CHAR(0), 'b'))"_s
            << u"postgresql"_s
            << u"%DB%.r1, row id=7: column t value 'a\\0b' contains a NUL byte: PostgreSQL text "
               "cannot hold NUL bytes"_s
            << QJsonObject();
        QTest::newRow("zero date into PostgreSQL")
            << u"CREATE TABLE r2 (id INT PRIMARY KEY, d DATE); INSERT INTO r2 VALUES (1, "
               "'2024-01-01'), (4, '0000-00-00')"_s
            << u"postgresql"_s
            << u"%DB%.r2, row id=4: column d value '0000-00-00' is a zero date, which PostgreSQL "
               "cannot store"_s
            << QJsonObject();
        // With the defaults these arrive whole (valueDependentTypesArriveWhole); a type chosen
        // by the DBA that cannot hold them refuses them with the row named.
        QTest::newRow("negative TIME into PostgreSQL time")
            << u"CREATE TABLE r3 (id INT PRIMARY KEY, t TIME); INSERT INTO r3 VALUES (1, "
               "'10:00:00'), (9, '-12:30:00')"_s
            << u"postgresql"_s
            << u"%DB%.r3, row id=9: column t value '-12:30:00' is refused by PostgreSQL"_s
            << QJsonObject {{u"t"_s, u"time"_s}};
        QTest::newRow("BOOL 5 into PostgreSQL boolean")
            << u"CREATE TABLE r4 (id INT PRIMARY KEY, b BOOL); INSERT INTO r4 VALUES (1, 1), "
               "(5, 5)"_s
            << u"postgresql"_s << u"%DB%.r4, row id=5: column b value 5 is refused by PostgreSQL"_s
            << QJsonObject {{u"b"_s, u"boolean"_s}};
        QTest::newRow("zero date into SQLite")
            << u"CREATE TABLE r5 (id INT PRIMARY KEY, d DATETIME); INSERT INTO r5 VALUES (3, "
               "'0000-00-00 00:00:00')"_s
            << u"sqlite"_s
            << u"%DB%.r5, row id=3: column d value '0000-00-00 00:00:00' is a zero date, which "
               "the zero-date policy refuses"_s
            << QJsonObject();
    }

    void refusedValuesAreNamed()
    {
        QFETCH(QString, setup);
        QFETCH(QString, targetEngine);
        QFETCH(QString, message);
        QFETCH(QJsonObject, types);
        static int n = 0;
        const QString name = u"ref%1"_s.arg(++n);
        QVERIFY(execute(m_source, setup.split(u"; "_s)));
        const QString table = setup.section(u' ', 2, 2);
        const Endpoint target = m_scratch->make(*engines::parse(targetEngine), name);
        QJsonObject project = projectJson(name, m_source, target);
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {table}}};
        if (!types.isEmpty())
            project[u"objects"_s] = QJsonObject {
                {u"tables"_s,
                 QJsonArray {QJsonObject {{u"source"_s, table}, {u"types"_s, types}}}}};
        const QString file = writeProject(name + u".json"_s, project);
        const Run r = ferry({u"run"_s, file});
        QCOMPARE(r.exitCode, 1);
        QString expected = message;
        expected.replace(u"%DB%"_s, m_source.database);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err + u"\nexpected: "_s + expected));
    }

    // The values the old defaults refused arrive whole: the types are decided from them.
    void valueDependentTypesArriveWhole()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE vd (id INT PRIMARY KEY, t TIME, b BOOL)"_s,
                         u"INSERT INTO vd VALUES (1, '10:00:00', 1), (9, '-12:30:00', 5), "
                         "(10, '838:59:59', -1)"_s}));
        const Endpoint pg = m_scratch->make(Engine::PostgreSql, u"vdpg"_s);
        QJsonObject project = projectJson(u"vdpg"_s, m_source, pg, {u"schema"_s, u"full"_s});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"vd"_s}}};
        const Run r = ferry({u"run"_s, writeProject(u"vdpg.json"_s, project)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(one(pg,
                     u"SELECT string_agg(t::text || '/' || b::text, ',' ORDER BY id) FROM "
                     "vdpg.vd"_s),
                 u"10:00:00/1,-12:30:00/5,838:59:59/-1"_s);
        QCOMPARE(one(pg,
                     u"SELECT string_agg(data_type, ',' ORDER BY ordinal_position) FROM "
                     "information_schema.columns WHERE table_schema = 'vdpg' AND "
                     "table_name = 'vd'"_s),
                 u"integer,interval,smallint"_s);
    }

    void zeroDatesByPolicy()
    {
        // 'null' writes NULL; 'keep' keeps them in MariaDB.
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE zd (id INT PRIMARY KEY, d DATE)"_s,
                         u"INSERT INTO zd VALUES (1, '2024-01-01'), (2, '0000-00-00'), "
                         "(3, '2024-00-10')"_s}));
        const Endpoint pg = m_scratch->make(Engine::PostgreSql, u"zdnull"_s);
        QJsonObject project = projectJson(u"zdnull"_s, m_source, pg, {u"schema"_s, u"full"_s},
                                          {{u"zeroDates"_s, u"null"_s}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"zd"_s}}};
        Run r = ferry({u"run"_s, writeProject(u"zdnull.json"_s, project)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            one(pg,
                u"SELECT string_agg(coalesce(d::text, 'NULL'), ',' ORDER BY id) FROM zdnull.zd"_s),
            u"2024-01-01,NULL,NULL"_s);

        const Endpoint my = m_scratch->make(Engine::MariaDb, u"zdkeep"_s);
        project = projectJson(u"zdkeep"_s, m_source, my, {u"schema"_s, u"full"_s},
                              {{u"zeroDates"_s, u"keep"_s}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"zd"_s}}};
        r = ferry({u"run"_s, writeProject(u"zdkeep.json"_s, project)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(one(my, u"SELECT GROUP_CONCAT(CAST(d AS CHAR) ORDER BY id) FROM zd"_s),
                 u"2024-01-01,0000-00-00,2024-00-10"_s);
    }

    void nonEmptyTargetPolicies()
    {
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"policies"_s);
        QVERIFY(execute(target,
                        {u"CREATE TABLE big (id integer PRIMARY KEY, v varchar(32) NOT NULL, "
                         "n bigint)"_s,
                         u"INSERT INTO big VALUES (1, 'kept', -1), (2, 'kept', -2), "
                         "(100000, 'beyond', 0)"_s}));
        QJsonObject project = projectJson(u"ignore"_s, m_source, target, {u"full"_s},
                                          {{u"nonEmptyTarget"_s, u"ignore"_s}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"big"_s}}};
        Run r = ferry({u"run"_s, writeProject(u"ignore.json"_s, project), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out[u"tables"_s].toArray()[0].toObject()[u"skipped"_s].toInt(), 2);
        QCOMPARE(one(target, u"SELECT v FROM policies.big WHERE id = 1"_s), u"kept"_s);
        QCOMPARE(one(target, u"SELECT v FROM policies.big WHERE id = 3"_s), u"row-3"_s);
        QCOMPARE(one(target, u"SELECT count(*) FROM policies.big"_s), QString::number(bigRows + 1));

        project[u"name"_s] = u"truncate"_s;
        project[u"options"_s] = QJsonObject {{u"nonEmptyTarget"_s, u"truncate"_s}};
        r = ferry({u"run"_s, writeProject(u"truncate.json"_s, project)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(one(target, u"SELECT v FROM policies.big WHERE id = 1"_s), u"row-1"_s);
        QCOMPARE(one(target, u"SELECT count(*) FROM policies.big"_s), QString::number(bigRows));
    }
};

QTEST_GUILESS_MAIN(TestMigrationCli)
#include "tst_migration_cli.moc"

// The incremental step between every directed pair of MariaDB, PostgreSQL and SQLite: the hard
// values of the migration fixture, written on the source after the full step, arrive through
// the binlog / WAL / capture triggers byte for byte as the full copy brought them, through
// inserts, primary-key updates, deletes and re-inserts; and a resumed stream applies nothing
// twice.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/projectrepository.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

Engine engineOf(const QString &name)
{
    return *engines::parse(name);
}

QString q(Engine engine, const QString &name)
{
    return engines::family(engine) == EngineFamily::MySql ? u'`' + name + u'`' : u'"' + name + u'"';
}

// An empty table `name` shaped like the fixture's `hard`.
Status createLikeHard(const Endpoint &source, const QString &name)
{
    switch (engines::family(source.engine)) {
    case EngineFamily::MySql: return execute(source, {u"CREATE TABLE `%1` LIKE hard"_s.arg(name)});
    case EngineFamily::PostgreSql:
        return execute(source, {u"CREATE TABLE \"%1\" (LIKE hard INCLUDING ALL)"_s.arg(name)});
    case EngineFamily::Sqlite: {
        auto session = Driver::forEngine(source.engine).connect(source);
        if (!session)
            return fail(session.error());
        auto ddl = (*session)->query(u"SELECT sql FROM sqlite_master WHERE name = 'hard'"_s);
        if (!ddl)
            return fail(ddl.error());
        QString sql = ddl->text(0, 0);
        const qsizetype at = sql.indexOf(u"hard"_s);
        sql.replace(at, 4, name);
        return (*session)->exec(sql);
    }
    }
    return {};
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QMap<QString, Endpoint> m_sources;
    QTemporaryDir m_storeDir;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"inc"_s);
        for (const QString &engine : {u"mariadb"_s, u"postgresql"_s, u"sqlite"_s}) {
            const Endpoint e = m_scratch->make(engineOf(engine), u"isrc_"_s + engine.left(2));
            auto ok = createFixture(e);
            QVERIFY2(ok, qPrintable(engine + u": "_s + (ok ? QString() : ok.error().text())));
            m_sources.insert(engine, e);
        }
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void pairs_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QStringList all = {u"mariadb"_s, u"postgresql"_s, u"sqlite"_s};
        for (const QString &from : all)
            for (const QString &to : all)
                if (from != to)
                    QTest::addRow("%s to %s", qPrintable(from), qPrintable(to)) << from << to;
    }

    void pairs()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Endpoint source = m_sources.value(from);
        const Engine s = source.engine;
        const QString cdc = u"cdc_"_s + to.left(2);
        QVERIFY(createLikeHard(source, cdc));
        const Endpoint target =
            m_scratch->make(engineOf(to), u"it_"_s + from.left(2) + u'_' + to.left(2));
        QJsonObject project = projectJson(u"inc-%1-%2"_s.arg(from, to), source, target,
                                          {u"schema"_s, u"full"_s, u"incremental"_s});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"hard"_s, cdc}}};
        const QString storePath = m_storeDir.filePath(u"store-%1-%2.db"_s.arg(from, to));

        // The full step copies `hard`; the stream is anchored before it and has nothing to do.
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        // Changes after the full step: every hard value by INSERT ... SELECT, a primary-key
        // update there and back (update images carry every column), a delete and a re-insert.
        const QString t = q(s, cdc);
        const QString minId = u"(SELECT min(id) FROM hard)"_s;
        QVERIFY(execute(source, {u"INSERT INTO %1 SELECT * FROM hard"_s.arg(t)}));
        QVERIFY(execute(source, {u"UPDATE %1 SET id = id + 1000"_s.arg(t)}));
        QVERIFY(execute(source, {u"UPDATE %1 SET id = id - 1000"_s.arg(t)}));
        QVERIFY(execute(source, {u"DELETE FROM %1 WHERE id = %2"_s.arg(t, minId)}));
        QVERIFY(
            execute(source, {u"INSERT INTO %1 SELECT * FROM hard WHERE id = %2"_s.arg(t, minId)}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        // Byte for byte what the full copy made of the same source values.
        auto copied = readTable(target, u"hard"_s, {u"id"_s});
        auto streamed = readTable(target, cdc, {u"id"_s});
        QVERIFY(copied && streamed);
        QCOMPARE(streamed->size(), size_t(3));
        QCOMPARE(*streamed, *copied);

        // Each change counted once, by kind: 3 + 1 inserts, 3 + 3 updates, 1 delete.
        auto store = MetaStore::open(storePath);
        QVERIFY(store);
        auto streams = ProjectRepository(*store).streams(run.projectId);
        QVERIFY(streams);
        QCOMPARE(streams->size(), 1);
        const StreamRecord &stream = streams->first();
        QCOMPARE(stream.stream, u"forward"_s);
        QCOMPARE(stream.state, u"stopped"_s);
        const QString key = (engines::family(s) == EngineFamily::Sqlite      ? u"main"_s
                                 : engines::family(s) == EngineFamily::MySql ? source.database
                                                                             : source.schema)
            + u'.' + cdc;
        QVERIFY2(stream.tables.contains(key), qPrintable(stream.tables.keys().join(u", "_s)));
        QCOMPARE(stream.tables.value(key).inserts, 4);
        QCOMPARE(stream.tables.value(key).updates, 6);
        QCOMPARE(stream.tables.value(key).deletes, 1);
        QCOMPARE(stream.events, 11);

        // A third run finds nothing new: the target position says everything is applied.
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        streams = ProjectRepository(*store).streams(run.projectId);
        QCOMPARE(streams->first().events, 11);
        streamed = readTable(target, cdc, {u"id"_s});
        QCOMPARE(*streamed, *copied);
    }

    // A schema change the step does not follow by itself (an index comes with the column)
    // pauses the stream before it, shows the statement, and goes on as the DBA decides: an
    // edited statement run on the target, or skipped.
    void schemaChangePauses()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"ddl_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"ddl_dst"_s);
        QVERIFY(execute(
            source,
            {u"CREATE TABLE t (id INT PRIMARY KEY, v INT)"_s, u"INSERT INTO t VALUES (1, 10)"_s}));
        const QJsonObject project =
            projectJson(u"ddl"_s, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
        const QString storePath = m_storeDir.filePath(u"store-ddl.db"_s);
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        QVERIFY(execute(source,
                        {u"INSERT INTO t VALUES (2, 20)"_s,
                         u"ALTER TABLE t ADD COLUMN w VARCHAR(10), ADD INDEX ix_w (w)"_s,
                         u"INSERT INTO t VALUES (3, 30, 'three')"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY(!run.ok);
        QVERIFY2(run.error.message.contains(u"paused at a schema change"_s)
                     && run.error.message.contains(u"ADD COLUMN w VARCHAR(10)"_s),
                 qPrintable(run.error.text()));
        QVERIFY(run.error.fix.contains(u"ferry ddl FILE"_s));
        // Everything before the change is applied, nothing after it.
        auto rows = readTable(target, u"t"_s, {u"id"_s});
        QVERIFY(rows);
        QCOMPARE(*rows, (std::vector<RowData> {{"1", "10"}, {"2", "20"}}));

        auto store = MetaStore::open(storePath);
        QVERIFY(store);
        ProjectRepository projects(*store);
        auto streams = projects.streams(run.projectId);
        QVERIFY(streams);
        StreamRecord stream = streams->first();
        QCOMPARE(stream.state, u"paused-ddl"_s);
        QCOMPARE(stream.detail, u"ALTER TABLE t ADD COLUMN w VARCHAR(10), ADD INDEX ix_w (w)"_s);
        QVERIFY(!stream.heldPosition.isEmpty());

        // The DBA's statement, in the target's dialect (what `ferry ddl --sql` records).
        stream.ddlDecision = u"sql:ALTER TABLE \"ddl_dst\".t ADD COLUMN w varchar(10)"_s;
        QVERIFY(projects.saveStream(run.projectId, stream));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        rows = readTable(target, u"t"_s, {u"id"_s});
        QCOMPARE(*rows,
                 (std::vector<RowData> {
                     {"1", "10", std::nullopt}, {"2", "20", std::nullopt}, {"3", "30", "three"}}));

        // Skipped: the target keeps its shape, the rows after it still arrive.
        QVERIFY(execute(
            source,
            {u"ALTER TABLE t ADD INDEX ix_v (v)"_s, u"UPDATE t SET w = 'one' WHERE id = 1"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY(!run.ok);
        QVERIFY2(run.error.message.contains(u"ADD INDEX ix_v"_s), qPrintable(run.error.text()));
        stream = projects.streams(run.projectId)->first();
        stream.ddlDecision = u"skip"_s;
        QVERIFY(projects.saveStream(run.projectId, stream));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        rows = readTable(target, u"t"_s, {u"id"_s});
        QCOMPARE(*rows,
                 (std::vector<RowData> {
                     {"1", "10", "one"}, {"2", "20", std::nullopt}, {"3", "30", "three"}}));
        stream = projects.streams(run.projectId)->first();
        QCOMPARE(stream.state, u"stopped"_s);
        QVERIFY(stream.heldPosition.isEmpty());
    }

    // A table rule's filter and the project's DML filter apply to captured changes: a row an
    // update moves into the filter is written, one it moves out is deleted, rows outside are
    // never written, and deletes are not applied when "dml" leaves them out.
    void filters()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"flt_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"flt_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE t (id INT PRIMARY KEY, v INT, s VARCHAR(10))"_s,
                         u"INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b')"_s}));
        QJsonObject project =
            projectJson(u"flt"_s, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
        project[u"objects"_s] = QJsonObject {
            {u"tables"_s,
             QJsonArray {QJsonObject {{u"source"_s, u"t"_s}, {u"filter"_s, u"v >= 20"_s}}}}};
        project[u"incremental"_s] = QJsonObject {{u"dml"_s, QJsonArray {u"insert"_s, u"update"_s}}};
        const QString storePath = m_storeDir.filePath(u"store-flt.db"_s);
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        auto rows = readTable(target, u"t"_s, {u"id"_s});
        QCOMPARE(*rows, (std::vector<RowData> {{"2", "20", "b"}}));

        QVERIFY(execute(source,
                        {u"INSERT INTO t VALUES (3, 30, 'c'), (4, 5, 'd')"_s,
                         u"UPDATE t SET v = 25 WHERE id = 1"_s,
                         u"UPDATE t SET v = 1 WHERE id = 2"_s, u"DELETE FROM t WHERE id = 3"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        rows = readTable(target, u"t"_s, {u"id"_s});
        QCOMPARE(*rows, (std::vector<RowData> {{"1", "25", "a"}, {"3", "30", "c"}}));
    }

    void partialImages_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addRow("postgresql to mariadb") << u"mariadb"_s;
        QTest::addRow("postgresql to postgresql") << u"postgresql"_s;
    }

    // PostgreSQL leaves an unchanged TOAST value out of an update: the applier keeps the
    // target's value (a lone partial update), or takes the value of an earlier change of the
    // same row in the batch (insert then update, two partial updates, delete and re-insert then
    // update). One catch-up applies all of them in one batch.
    void partialImages()
    {
        QFETCH(QString, to);
        const Endpoint source = m_scratch->make(Engine::PostgreSql, u"itp_src_"_s + to.left(2));
        // md5 chains do not compress: 4,096 characters are stored out of line (TOAST).
        const auto big = [](const QString &seed) {
            return u"(SELECT string_agg(md5('%1' || g), '') FROM generate_series(1, 128) g)"_s.arg(
                seed);
        };
        QVERIFY(execute(source,
                        {u"CREATE TABLE toasted (id int PRIMARY KEY, n int NOT NULL, note text, "
                         "big text)"_s,
                         u"INSERT INTO toasted VALUES (1, 1, 'one', %1), (2, 2, 'two', %2), "
                         "(4, 4, 'four', %3)"_s.arg(big(u"a"_s), big(u"b"_s), big(u"d"_s))}));
        const Endpoint target = m_scratch->make(engineOf(to), u"itp_dst_"_s + to.left(2));
        QJsonObject project = projectJson(u"inc-toast-%1"_s.arg(to), source, target,
                                          {u"schema"_s, u"full"_s, u"incremental"_s});
        const QString storePath = m_storeDir.filePath(u"store-toast-%1.db"_s.arg(to));
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        QVERIFY(
            execute(source,
                    {u"UPDATE toasted SET n = 10 WHERE id = 1"_s, // alone: a patch
                     u"INSERT INTO toasted VALUES (3, 3, 'three', %1)"_s.arg(big(u"c"_s)),
                     u"UPDATE toasted SET n = 30 WHERE id = 3"_s, // merged into the insert
                     u"UPDATE toasted SET n = 20 WHERE id = 2"_s,
                     u"UPDATE toasted SET note = 'TWO' WHERE id = 2"_s, // two partial updates
                     u"DELETE FROM toasted WHERE id = 4"_s,
                     u"INSERT INTO toasted VALUES (4, 4, 'FOUR', %1)"_s.arg(big(u"e"_s)),
                     u"UPDATE toasted SET n = 40 WHERE id = 4"_s})); // merged into the re-insert
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        auto expected = readTable(source, u"toasted"_s, {u"id"_s});
        auto applied = readTable(target, u"toasted"_s, {u"id"_s});
        QVERIFY(expected && applied);
        QCOMPARE(applied->size(), size_t(4));
        QCOMPARE((*applied)[1][3]->size(), size_t(4096)); // a big value kept, not emptied
        QCOMPARE(*applied, *expected);
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"

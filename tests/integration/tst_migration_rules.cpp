// Object rules of a project: renames, column subsets, row filters, many-to-one targets, type
// overrides, include/exclude patterns and index timing — the target's exact shape and rows.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "testservers.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

class TestMigrationRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_dir;
    Endpoint m_source;

    QStringList columnNames(const Endpoint &e, const QString &table)
    {
        auto t = describe(e, table);
        QStringList names;
        if (t)
            for (const Column &c : t->columns)
                names << c.name;
        return names;
    }

    QStringList tableNames(const Endpoint &e)
    {
        const Driver &driver = Driver::forEngine(e.engine);
        auto session = driver.connect(e);
        auto tables = driver.readTables(**session, e.effectiveSchema());
        QStringList names;
        for (const Table &t : *tables)
            names << t.ref.name;
        return names;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"rules"_s);
        m_source = m_scratch->make(Engine::MariaDb, u"src"_s);
        QVERIFY(createFixture(m_source));
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE orders_2023 (id INT PRIMARY KEY, total DECIMAL(10,2), "
                         "status VARCHAR(10), secret VARCHAR(20))"_s,
                         u"CREATE TABLE orders_2024 (id INT PRIMARY KEY, total DECIMAL(10,2), "
                         "status VARCHAR(10), secret VARCHAR(20))"_s,
                         u"INSERT INTO orders_2023 VALUES (1, 10.50, 'paid', 's1'), (2, 7.25, "
                         "'void', 's2'), (3, 99.99, 'paid', 's3')"_s,
                         u"INSERT INTO orders_2024 VALUES (101, 1.00, 'paid', 's4'), (102, 2.00, "
                         "'open', 's5')"_s,
                         u"CREATE TABLE tmp_scratch (id INT PRIMARY KEY)"_s}));
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void renamesSubsetsFiltersManyToOne()
    {
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"rules"_s);
        QJsonObject project = projectJson(u"rules"_s, m_source, target);
        project[u"objects"_s] = QJsonObject {
            {u"include"_s, QJsonArray {u"orders_*"_s, u"big"_s, u"tmp_*"_s}},
            {u"exclude"_s, QJsonArray {u"tmp_*"_s}},
            {u"tables"_s,
             QJsonArray {QJsonObject {{u"source"_s, u"orders_20*"_s},
                                      {u"target"_s, u"orders"_s},
                                      {u"columns"_s, QJsonArray {u"id"_s, u"total"_s, u"status"_s}},
                                      {u"rename"_s, QJsonObject {{u"total"_s, u"amount"_s}}},
                                      {u"filter"_s, u"status <> 'void'"_s},
                                      {u"types"_s, QJsonObject {{u"total"_s, u"numeric(14,4)"_s}}}},
                         QJsonObject {{u"source"_s, u"big"_s},
                                      {u"target"_s, u"Big Copy"_s},
                                      {u"filter"_s, u"id <= 1000"_s}}}}};
        const RunResult run = runProject(m_dir.filePath(u"s.db"_s), project, m_source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        QCOMPARE(tableNames(target), (QStringList {u"Big Copy"_s, u"orders"_s}));
        QCOMPARE(columnNames(target, u"orders"_s),
                 (QStringList {u"id"_s, u"amount"_s, u"status"_s}));
        auto orders = describe(target, u"orders"_s);
        QCOMPARE(orders->column(u"amount"_s)->type.native, u"numeric(14,4)"_s);
        auto rows = readTable(target, u"orders"_s, {u"id"_s});
        QVERIFY(rows);
        // Both source tables, the void order filtered out, the override's scale applied.
        const std::vector<RowData> expected = {
            {Cell("1"), Cell("10.5000"), Cell("paid")},
            {Cell("3"), Cell("99.9900"), Cell("paid")},
            {Cell("101"), Cell("1.0000"), Cell("paid")},
            {Cell("102"), Cell("2.0000"), Cell("open")},
        };
        QCOMPARE(*rows, expected);
        auto big = readTable(target, u"Big Copy"_s, {u"id"_s});
        QCOMPARE(big->size(), size_t(1000));
        QCOMPARE(big->back(), (RowData {Cell("1000"), Cell("row-1000"), Cell("7000")}));
    }

    // Shards merged into one table: a key two of them hold is found by the precheck, with the
    // tables and the key; ranges that do not overlap are not read; a filter that leaves the
    // duplicates out lets the run through.
    void shardKeyCollisionsStopThePrecheck_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("integer") << u"INT"_s << QStringList {u"1"_s, u"2"_s, u"5"_s, u"7"_s};
        QTest::newRow("text") << u"VARCHAR(10)"_s
                              << QStringList {u"'k1'"_s, u"'k2'"_s, u"'k5'"_s, u"'k7'"_s};
    }
    void shardKeyCollisionsStopThePrecheck()
    {
        QFETCH(QString, keyType);
        QFETCH(QStringList, keys);
        const QString suffix = keyType == u"INT"_s ? u"i"_s : u"t"_s;
        const QString a = u"shard%1_a"_s.arg(suffix), b = u"shard%1_b"_s.arg(suffix),
                      c = u"shard%1_c"_s.arg(suffix);
        // a: 1 2 5; b: 2 5 7, its 2 and 5 (v 'dup') colliding with a's; c: 100, a range of its
        // own (an integer key's table not read past MIN/MAX).
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE %1 (id %2 PRIMARY KEY, v VARCHAR(5))"_s.arg(a, keyType),
                         u"CREATE TABLE %1 (id %2 PRIMARY KEY, v VARCHAR(5))"_s.arg(b, keyType),
                         u"CREATE TABLE %1 (id %2 PRIMARY KEY, v VARCHAR(5))"_s.arg(c, keyType),
                         u"INSERT INTO %1 VALUES (%2, 'a'), (%3, 'a'), (%4, 'a')"_s.arg(
                             a, keys[0], keys[1], keys[2]),
                         u"INSERT INTO %1 VALUES (%2, 'dup'), (%3, 'dup'), (%4, 'b')"_s.arg(
                             b, keys[1], keys[2], keys[3]),
                         u"INSERT INTO %1 VALUES (NULL + 0, 'x')"_s.arg(c).replace(
                             u"NULL + 0"_s, keyType == u"INT"_s ? u"100"_s : u"'k100'"_s)}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"shards"_s + suffix);
        QJsonObject project = projectJson(u"shards"_s + suffix, m_source, target);
        QJsonObject rule {{u"source"_s, u"shard%1_*"_s.arg(suffix)}, {u"target"_s, u"merged"_s}};
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}}, {u"tables"_s, QJsonArray {rule}}};
        const RunResult refused =
            runProject(m_dir.filePath(u"shards%1.db"_s.arg(suffix)), project, m_source, target);
        QVERIFY(!refused.ok);
        const QString db = m_source.database;
        const QString k1 = keyType == u"INT"_s ? u"2"_s : u"k2"_s;
        const QString k2 = keyType == u"INT"_s ? u"5"_s : u"k5"_s;
        QCOMPARE(
            refused.error.text(),
            u"precheck failed: tables merged into merged share keys: (id) = (%1) in %2.%3 "
            "and %2.%4; (id) = (%5) in %2.%3 and %2.%4. Each key must come from one table: "
            "record the source table in the key (\"originColumn\": \"src_table\", "
            "\"originInKey\": true in the table rule), give the tables distinct targets, "
            "leave the duplicates out with a filter, or "
            "make their keys distinct at the source. Nothing was written. Fix what the "
            "precheck found (listed in the project's log) and run again."_s.arg(k1, db, a, b, k2));
        QVERIFY(tableNames(target).isEmpty());

        rule[u"filter"_s] = u"v <> 'dup'"_s;
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}}, {u"tables"_s, QJsonArray {rule}}};
        const RunResult run =
            runProject(m_dir.filePath(u"shards%1-ok.db"_s.arg(suffix)), project, m_source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        auto rows = readTable(target, u"merged"_s, {u"id"_s});
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(5));
    }

    // A keyless source merged with others whose copy was interrupted (its chunk left started,
    // as kill -9 leaves it) is not redone by emptying the target: that would delete the other
    // sources' rows. The run stops and says what to do; the rows stay.
    void interruptedKeylessShardKeepsTheOthersRows()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE logs_a (at INT, line VARCHAR(10))"_s,
                         u"CREATE TABLE logs_b (at INT, line VARCHAR(10))"_s,
                         u"INSERT INTO logs_a VALUES (1, 'a1'), (2, 'a2')"_s,
                         u"INSERT INTO logs_b VALUES (3, 'b3')"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"logs"_s);
        QJsonObject project = projectJson(u"logs"_s, m_source, target);
        project[u"objects"_s] = QJsonObject {
            {u"include"_s, QJsonArray {}},
            {u"tables"_s,
             QJsonArray {QJsonObject {{u"source"_s, u"logs_?"_s}, {u"target"_s, u"logs"_s}}}}};
        const QString store = m_dir.filePath(u"logs.db"_s);
        const RunResult first = runProject(store, project, m_source, target);
        QVERIFY2(first.ok, qPrintable(first.error.text()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"logs-store"_s);
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QString b = m_source.database + u".logs_b"_s;
            QVERIFY(
                q.exec(u"UPDATE chunk SET state = 'started' WHERE source_table = '%1'"_s.arg(b)));
            QVERIFY(q.exec(
                u"UPDATE project_table SET state = 'copying' WHERE source_table = '%1'"_s.arg(b)));
            QVERIFY(q.exec(u"UPDATE project_step SET state = 'running' WHERE step = 'full'"_s));
            QVERIFY(q.exec(u"UPDATE project SET state = 'interrupted'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"logs-store"_s);
        const RunResult again = runProject(store, project, m_source, target);
        QVERIFY(!again.ok);
        const QString b = m_source.database + u".logs_b"_s;
        const QString logs = target.effectiveSchema() + u".logs"_s;
        QCOMPARE(again.error.text(),
                 u"%1 has no key and its copy into %2 (which other tables feed too) was "
                 "interrupted: its rows there cannot be told from theirs. Empty %2, then `ferry "
                 "project reset` and run the project again; or give %1 a primary key so an "
                 "interrupted copy can be resumed. Fix the cause, then run the project again: "
                 "finished chunks are kept."_s.arg(b, logs));
        auto rows = readTable(target, u"logs"_s, {u"at"_s});
        QVERIFY(rows);
        const std::vector<RowData> expected = {
            {Cell("1"), Cell("a1")}, {Cell("2"), Cell("a2")}, {Cell("3"), Cell("b3")}};
        QCOMPARE(*rows, expected);
    }

    void indexTiming_data()
    {
        QTest::addColumn<QString>("timing");
        QTest::addColumn<bool>("indexed");
        QTest::newRow("withSchema") << u"withSchema"_s << true;
        QTest::newRow("afterFull") << u"afterFull"_s << true;
        QTest::newRow("skip") << u"skip"_s << false;
    }

    void indexTiming()
    {
        QFETCH(QString, timing);
        QFETCH(bool, indexed);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"idx_"_s + timing.toLower());
        QJsonObject project = projectJson(u"idx-"_s + timing, m_source, target,
                                          {u"schema"_s, u"full"_s}, {{u"indexes"_s, timing}});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"hard"_s}}};
        const RunResult run = runProject(m_dir.filePath(u"s.db"_s), project, m_source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        auto hard = describe(target, u"hard"_s);
        QVERIFY(hard);
        QVERIFY(hard->primaryKey); // the key always comes with the table
        bool vc = false;
        for (const Index &i : hard->indexes)
            vc = vc || i.columns == QStringList {u"vc"_s};
        QCOMPARE(vc, indexed);
    }

    void identityContinuesAfterTheCopiedMaximum()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE seq (id INT AUTO_INCREMENT PRIMARY KEY, v INT)"_s,
                         u"INSERT INTO seq (id, v) VALUES (5, 1), (90, 2)"_s}));
        for (const QString &engine : {u"postgresql"_s, u"sqlite"_s}) {
            const Endpoint target = m_scratch->make(*engines::parse(engine), u"seq_"_s + engine);
            QJsonObject project = projectJson(u"seq-"_s + engine, m_source, target);
            project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"seq"_s}}};
            const RunResult run = runProject(m_dir.filePath(u"s.db"_s), project, m_source, target);
            QVERIFY2(run.ok, qPrintable(run.error.text()));
            QVERIFY(execute(target, {u"INSERT INTO seq (v) VALUES (3)"_s}));
            auto rows = readTable(target, u"seq"_s, {u"id"_s});
            QCOMPARE(rows->back(), (RowData {Cell("91"), Cell("3")}));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrationRules)
#include "tst_migration_rules.moc"

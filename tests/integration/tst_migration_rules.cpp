// Object rules of a project: renames, column subsets, row filters, many-to-one targets, type
// overrides, include/exclude patterns and index timing — the target's exact shape and rows.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "testservers.h"

#include <QJsonArray>
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

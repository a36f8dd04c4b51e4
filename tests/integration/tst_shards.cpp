// Logical tables over shards: MariaDB shards that share keys merged into one PostgreSQL or
// SQLite table that records each row's shard of origin in its key, through the full step, the
// incremental step and verification (per shard, against the target rows of its origin).
#include "kafkatest.h"
#include "migrationfixture.h"
#include "project/precheck.h"
#include "project/projectverification.h"
#include "testservers.h"
#include "verify/verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

class TestShards : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_dir;
    Endpoint m_source;

    // Verifies the project as `ferry verify` does.
    Result<VerifyReport> verify(const QJsonObject &project, const Endpoint &target)
    {
        auto definition = ProjectDefinition::fromJson(project);
        if (!definition)
            return std::unexpected(definition.error());
        return verifyProject(*definition, m_source, target, CancelToken(), nullptr);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"shards"_s);
        m_source = m_scratch->make(Engine::MariaDb, u"shsrc"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void originColumnInTheKey_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

    // Two shards hold id 1 (and later id 3): the origin column in the key keeps both rows, the
    // precheck lets them through, changes reach the row of their own shard, and verification
    // compares each shard with the rows of its origin.
    void originColumnInTheKey()
    {
        QFETCH(QString, engine);
        const QString a = u"o%1_a"_s.arg(engine.left(2)), b = u"o%1_b"_s.arg(engine.left(2));
        QVERIFY(
            execute(m_source,
                    {u"CREATE TABLE %1 (id INT PRIMARY KEY, item VARCHAR(20), qty INT)"_s.arg(a),
                     u"CREATE TABLE %1 (id INT PRIMARY KEY, item VARCHAR(20), qty INT)"_s.arg(b),
                     u"INSERT INTO %1 VALUES (1, 'apple', 1), (2, 'pear', 2)"_s.arg(a),
                     u"INSERT INTO %1 VALUES (1, 'plum', 5), (3, 'fig', 7)"_s.arg(b)}));
        const Endpoint target = m_scratch->make(*engines::parse(engine), u"origin_"_s + engine);
        QJsonObject project = projectJson(u"origin-"_s + engine, m_source, target,
                                          {u"schema"_s, u"full"_s, u"incremental"_s});
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}},
                         {u"tables"_s,
                          QJsonArray {QJsonObject {{u"source"_s, u"o%1_?"_s.arg(engine.left(2))},
                                                   {u"target"_s, u"orders"_s},
                                                   {u"originColumn"_s, u"src_table"_s},
                                                   {u"originInKey"_s, true}}}}};
        const QString store = m_dir.filePath(u"origin-%1.db"_s.arg(engine));
        RunResult run = runProject(store, project, m_source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        const std::string sa = QString(m_source.database + u'.' + a).toStdString();
        const std::string sb = QString(m_source.database + u'.' + b).toStdString();
        auto table = describe(target, u"orders"_s);
        QVERIFY(table);
        QVERIFY(table->primaryKey);
        QCOMPARE(table->primaryKey->columns, (QStringList {u"id"_s, u"src_table"_s}));
        QCOMPARE(table->column(u"src_table"_s)->nullable, false);
        auto rows = readTable(target, u"orders"_s, {u"src_table"_s, u"id"_s});
        QVERIFY(rows);
        std::vector<RowData> expected = {
            {Cell("1"), Cell("apple"), Cell("1"), Cell(sa)},
            {Cell("2"), Cell("pear"), Cell("2"), Cell(sa)},
            {Cell("1"), Cell("plum"), Cell("5"), Cell(sb)},
            {Cell("3"), Cell("fig"), Cell("7"), Cell(sb)},
        };
        QCOMPARE(*rows, expected);

        // Inserts, updates (one of the key), deletes on both shards, with keys both hold.
        QVERIFY(execute(m_source,
                        {u"INSERT INTO %1 VALUES (3, 'kiwi', 4)"_s.arg(a),
                         u"UPDATE %1 SET qty = 6 WHERE id = 1"_s.arg(b),
                         u"UPDATE %1 SET item = 'APPLE' WHERE id = 1"_s.arg(a),
                         u"UPDATE %1 SET id = 20 WHERE id = 1"_s.arg(a),
                         u"DELETE FROM %1 WHERE id = 2"_s.arg(a),
                         u"DELETE FROM %1 WHERE id = 3"_s.arg(b)}));
        run = runProject(store, project, m_source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        rows = readTable(target, u"orders"_s, {u"src_table"_s, u"id"_s});
        QVERIFY(rows);
        expected = {
            {Cell("3"), Cell("kiwi"), Cell("4"), Cell(sa)},
            {Cell("20"), Cell("APPLE"), Cell("1"), Cell(sa)},
            {Cell("1"), Cell("plum"), Cell("6"), Cell(sb)},
        };
        QCOMPARE(*rows, expected);

        // Each shard against the rows of its origin; the origin column is no difference.
        auto report = verify(project, target);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QVERIFY(report->consistent());
        QCOMPARE(report->tables.size(), 2);
        QCOMPARE(report->tables[0].source, QString::fromStdString(sa));
        QCOMPARE(report->tables[0].origin, QString::fromStdString(sa));
        QCOMPARE(report->tables[0].originColumn, u"src_table"_s);
        QCOMPARE(report->tables[0].rows, 2);
        QCOMPARE(report->tables[0].targetRows, 2);
        QCOMPARE(report->tables[1].source, QString::fromStdString(sb));
        QCOMPARE(report->tables[1].rows, 1);
        QCOMPARE(report->tables[1].targetRows, 1);

        // A target row changed behind Ferry's back is found in its shard only, and the
        // correction names its origin.
        QVERIFY(execute(target,
                        {u"UPDATE orders SET qty = 99 WHERE id = 3 AND src_table = '%1'"_s.arg(
                            QString::fromStdString(sa))}));
        report = verify(project, target);
        QVERIFY(report);
        QVERIFY(!report->consistent());
        QCOMPARE(report->tables[0].different, 1);
        QCOMPARE(report->tables[1].isConsistent(), true);
        const QStringList fix = correctionStatements(*report, target.engine);
        QCOMPARE(fix.size(), 1);
        QVERIFY2(fix.first().contains(u"'%1'"_s.arg(QString::fromStdString(sa))),
                 qPrintable(fix.first()));
        QVERIFY(execute(target, fix));
        report = verify(project, target);
        QVERIFY(report);
        QVERIFY(report->consistent());
    }

    // Without originInKey the shared keys still stop the precheck; with the origin recorded but
    // outside the key, distinct keys go through and every row names its shard.
    void originColumnOutsideTheKey()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE ok_a (id INT PRIMARY KEY, v VARCHAR(5))"_s,
                         u"CREATE TABLE ok_b (id INT PRIMARY KEY, v VARCHAR(5))"_s,
                         u"INSERT INTO ok_a VALUES (1, 'a1'), (2, 'a2')"_s,
                         u"INSERT INTO ok_b VALUES (2, 'b2')"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"outside"_s);
        QJsonObject rule {
            {u"source"_s, u"ok_?"_s}, {u"target"_s, u"merged"_s}, {u"originColumn"_s, u"shard"_s}};
        QJsonObject project = projectJson(u"outside"_s, m_source, target);
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}}, {u"tables"_s, QJsonArray {rule}}};
        const QString store = m_dir.filePath(u"outside.db"_s);
        RunResult run = runProject(store, project, m_source, target);
        QVERIFY(!run.ok);
        QVERIFY2(run.error.text().startsWith(u"precheck failed: tables merged into merged share "
                                             "keys: (id) = (2) in "_s),
                 qPrintable(run.error.text()));

        QVERIFY(execute(m_source, {u"UPDATE ok_b SET id = 3"_s}));
        run = runProject(store, project, m_source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        auto table = describe(target, u"merged"_s);
        QVERIFY(table);
        QCOMPARE(table->primaryKey->columns, QStringList {u"id"_s});
        auto rows = readTable(target, u"merged"_s, {u"id"_s});
        QVERIFY(rows);
        const std::string sa = QString(m_source.database + u".ok_a"_s).toStdString();
        const std::string sb = QString(m_source.database + u".ok_b"_s).toStdString();
        const std::vector<RowData> expected = {
            {Cell("1"), Cell("a1"), Cell(sa)},
            {Cell("2"), Cell("a2"), Cell(sa)},
            {Cell("3"), Cell("b2"), Cell(sb)},
        };
        QCOMPARE(*rows, expected);
    }

    void splitByModulo_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

    // One source table split by customer_id modulo 3: each shard holds its rows after the full
    // step and after changes, an update of customer_id moves its row between shards, and
    // verification compares every shard with the source rows of its condition.
    void splitByModulo()
    {
        QFETCH(QString, engine);
        const QString src = u"split_"_s + engine.left(2);
        QVERIFY(execute(
            m_source,
            {u"CREATE TABLE %1 (id INT PRIMARY KEY, customer_id INT, item VARCHAR(20))"_s.arg(src),
             u"INSERT INTO %1 VALUES (1, 10, 'a'), (2, 11, 'b'), (3, 12, 'c'), (4, 13, 'd'), "
             "(5, -1, 'neg'), (6, NULL, 'null')"_s.arg(src)}));
        const Endpoint target = m_scratch->make(*engines::parse(engine), u"split_"_s + engine);
        QJsonObject project = projectJson(u"split-"_s + engine, m_source, target,
                                          {u"schema"_s, u"full"_s, u"incremental"_s});
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}},
                         {u"tables"_s,
                          QJsonArray {QJsonObject {{u"source"_s, src},
                                                   {u"target"_s, u"shard_{shard}"_s},
                                                   {u"split"_s,
                                                    QJsonObject {{u"column"_s, u"customer_id"_s},
                                                                 {u"by"_s, u"mod"_s},
                                                                 {u"shards"_s, 3}}}}}}};
        const QString store = m_dir.filePath(u"split-%1.db"_s.arg(engine));
        RunResult run = runProject(store, project, m_source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        const auto shard = [&](int n) {
            auto rows = readTable(target, u"shard_%1"_s.arg(n), {u"id"_s});
            return rows ? *rows : std::vector<RowData> {{Cell("error")}};
        };
        // 12 % 3 = 0 and NULL; 10, 13 % 3 = 1; 11 % 3 = 2 and -1 -> 2.
        QCOMPARE(shard(0),
                 (std::vector<RowData> {{Cell("3"), Cell("12"), Cell("c")},
                                        {Cell("6"), std::nullopt, Cell("null")}}));
        QCOMPARE(shard(1),
                 (std::vector<RowData> {{Cell("1"), Cell("10"), Cell("a")},
                                        {Cell("4"), Cell("13"), Cell("d")}}));
        QCOMPARE(shard(2),
                 (std::vector<RowData> {{Cell("2"), Cell("11"), Cell("b")},
                                        {Cell("5"), Cell("-1"), Cell("neg")}}));
        auto described = describe(target, u"shard_1"_s);
        QVERIFY(described);
        QCOMPARE(described->primaryKey->columns, QStringList {u"id"_s});

        QVERIFY(execute(m_source,
                        {u"INSERT INTO %1 VALUES (7, 14, 'e')"_s.arg(src),
                         u"UPDATE %1 SET customer_id = 12 WHERE id = 1"_s.arg(src),
                         u"UPDATE %1 SET item = 'B' WHERE id = 2"_s.arg(src),
                         u"DELETE FROM %1 WHERE id = 4"_s.arg(src),
                         u"UPDATE %1 SET customer_id = NULL WHERE id = 5"_s.arg(src)}));
        run = runProject(store, project, m_source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(shard(0),
                 (std::vector<RowData> {{Cell("1"), Cell("12"), Cell("a")},
                                        {Cell("3"), Cell("12"), Cell("c")},
                                        {Cell("5"), std::nullopt, Cell("neg")},
                                        {Cell("6"), std::nullopt, Cell("null")}}));
        QCOMPARE(shard(1), std::vector<RowData> {});
        QCOMPARE(shard(2),
                 (std::vector<RowData> {{Cell("2"), Cell("11"), Cell("B")},
                                        {Cell("7"), Cell("14"), Cell("e")}}));

        auto report = verify(project, target);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QVERIFY(report->consistent());
        QCOMPARE(report->tables.size(), 3);
        for (int n = 0; n < 3; ++n)
            QCOMPARE(report->tables[n].source,
                     u"%1.%2[shard_%3]"_s.arg(m_source.database, src).arg(n));
        QCOMPARE(report->tables[0].rows, 4);
        QCOMPARE(report->tables[1].rows, 0);
        QCOMPARE(report->tables[2].rows, 2);

        // A row in the wrong shard is missing in one and extra in the other.
        QVERIFY(execute(
            target,
            {u"DELETE FROM shard_2 WHERE id = 7"_s, u"INSERT INTO shard_1 VALUES (7, 14, 'e')"_s}));
        report = verify(project, target);
        QVERIFY(report);
        QCOMPARE(report->tables[1].extra, 1);
        QCOMPARE(report->tables[2].missing, 1);
    }

    // Ranges: below the first bound, between, from the last bound up.
    void splitByRange()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE ranged (id BIGINT PRIMARY KEY, v VARCHAR(5))"_s,
                         u"INSERT INTO ranged VALUES (-5, 'n'), (1, 'a'), (3, 'b'), (5, 'c'), "
                         "(6, 'd'), (900, 'e')"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"ranged"_s);
        QJsonObject project = projectJson(u"ranged"_s, m_source, target);
        project[u"objects"_s] = QJsonObject {
            {u"include"_s, QJsonArray {}},
            {u"tables"_s,
             QJsonArray {QJsonObject {{u"source"_s, u"ranged"_s},
                                      {u"split"_s,
                                       QJsonObject {{u"column"_s, u"id"_s},
                                                    {u"by"_s, u"range"_s},
                                                    {u"bounds"_s, QJsonArray {3, 6}}}}}}}};
        const RunResult run = runProject(m_dir.filePath(u"ranged.db"_s), project, m_source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        const auto rows = [&](const QString &t) {
            auto r = readTable(target, t, {u"id"_s});
            return r ? *r : std::vector<RowData> {{Cell("error")}};
        };
        QCOMPARE(rows(u"ranged_0"_s),
                 (std::vector<RowData> {{Cell("-5"), Cell("n")}, {Cell("1"), Cell("a")}}));
        QCOMPARE(rows(u"ranged_1"_s),
                 (std::vector<RowData> {{Cell("3"), Cell("b")}, {Cell("5"), Cell("c")}}));
        QCOMPARE(rows(u"ranged_2"_s),
                 (std::vector<RowData> {{Cell("6"), Cell("d")}, {Cell("900"), Cell("e")}}));
    }

    // Shards over databases: the source's "database" is a pattern, the rule names the table in
    // every database it matches; full and incremental steps, the origin in the key, verified.
    void shardsOverDatabases()
    {
        const Endpoint zero = m_scratch->make(Engine::MariaDb, u"mdb_0"_s);
        const Endpoint one = m_scratch->make(Engine::MariaDb, u"mdb_1"_s);
        for (const Endpoint &e : {zero, one})
            QVERIFY(execute(e,
                            {u"CREATE TABLE orders (id INT PRIMARY KEY, v VARCHAR(5))"_s,
                             u"CREATE TABLE other (id INT PRIMARY KEY)"_s}));
        QVERIFY(execute(zero, {u"INSERT INTO orders VALUES (1, 'z1'), (2, 'z2')"_s}));
        QVERIFY(execute(one, {u"INSERT INTO orders VALUES (1, 'o1')"_s}));
        Endpoint source = zero;
        source.database = zero.database.left(zero.database.size() - 1) + u'*';
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"overdbs"_s);
        QJsonObject project =
            projectJson(u"overdbs"_s, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}},
                         {u"tables"_s,
                          QJsonArray {QJsonObject {{u"source"_s, u"*.orders"_s},
                                                   {u"target"_s, u"orders"_s},
                                                   {u"originColumn"_s, u"src"_s},
                                                   {u"originInKey"_s, true}}}}};
        const QString store = m_dir.filePath(u"overdbs.db"_s);
        RunResult run = runProject(store, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        const std::string z = QString(zero.database + u".orders"_s).toStdString();
        const std::string o = QString(one.database + u".orders"_s).toStdString();
        auto rows = readTable(target, u"orders"_s, {u"src"_s, u"id"_s});
        QVERIFY(rows);
        QCOMPARE(*rows,
                 (std::vector<RowData> {{Cell("1"), Cell("z1"), Cell(z)},
                                        {Cell("2"), Cell("z2"), Cell(z)},
                                        {Cell("1"), Cell("o1"), Cell(o)}}));

        QVERIFY(execute(
            zero,
            {u"UPDATE orders SET v = 'Z1' WHERE id = 1"_s, u"DELETE FROM orders WHERE id = 2"_s}));
        QVERIFY(execute(one,
                        {u"INSERT INTO orders VALUES (2, 'o2')"_s,
                         u"UPDATE orders SET v = 'O1' WHERE id = 1"_s}));
        run = runProject(store, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        rows = readTable(target, u"orders"_s, {u"src"_s, u"id"_s});
        QVERIFY(rows);
        QCOMPARE(*rows,
                 (std::vector<RowData> {{Cell("1"), Cell("Z1"), Cell(z)},
                                        {Cell("1"), Cell("O1"), Cell(o)},
                                        {Cell("2"), Cell("o2"), Cell(o)}}));
        auto definition = ProjectDefinition::fromJson(project);
        QVERIFY(definition);
        auto report = verifyProject(*definition, source, target, CancelToken(), nullptr);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QVERIFY(report->consistent());
        QCOMPARE(report->tables.size(), 2);
        QCOMPARE(report->tables[0].source, QString::fromStdString(z));
        QCOMPARE(report->tables[1].source, QString::fromStdString(o));
    }

    // A sync project sends each shard's rows to the shard's topic; an update that moves a row
    // leaves the old shard's topic as a delete and enters the new one's as an insert.
    void splitSyncTopics()
    {
        KafkaMock kafka;
        QVERIFY2(kafka.start(), qPrintable(kafka.error()));
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE ssync (id INT PRIMARY KEY, c INT, v VARCHAR(5))"_s,
                         u"INSERT INTO ssync VALUES (1, 0, 'a'), (2, 1, 'b'), (3, 2, 'c')"_s}));
        QJsonObject project = projectJson(u"ssync"_s, m_source, m_source, {});
        project[u"type"_s] = u"sync"_s;
        project[u"target"_s] =
            QJsonObject {{u"engine"_s, u"kafka"_s}, {u"bootstrapServers"_s, kafka.bootstrap()}};
        project[u"steps"_s] = QJsonArray {u"full"_s, u"incremental"_s};
        project.remove(u"options"_s);
        project[u"objects"_s] = QJsonObject {
            {u"include"_s, QJsonArray {}},
            {u"tables"_s,
             QJsonArray {QJsonObject {
                 {u"source"_s, u"ssync"_s},
                 {u"split"_s, QJsonObject {{u"column"_s, u"c"_s}, {u"shards"_s, 2}}}}}}};
        project[u"sync"_s] = QJsonObject {{u"format"_s, u"flat-json"_s},
                                          {u"topic"_s, u"{database}.{table}"_s},
                                          {u"partitionBy"_s, u"single"_s}};
        const QString store = m_dir.filePath(u"ssync.db"_s);
        RunResult run = runProject(store, project, m_source, Endpoint {}, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QVERIFY(execute(
            m_source,
            {u"UPDATE ssync SET c = 1 WHERE id = 1"_s, u"UPDATE ssync SET v = 'C' WHERE id = 3"_s,
             u"DELETE FROM ssync WHERE id = 2"_s, u"INSERT INTO ssync VALUES (4, 3, 'd')"_s}));
        run = runProject(store, project, m_source, Endpoint {}, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        const auto messages = [&](int shard) {
            QStringList out;
            const QString topic = u"%1.ssync_%2"_s.arg(m_source.database).arg(shard);
            for (const KafkaMessage &m : readTopic(kafka.bootstrap(), topic)) {
                const QJsonObject o = QJsonDocument::fromJson(m.value).object();
                out << u"%1 %2 %3 %4"_s.arg(o[u"__op"_s].toString())
                           .arg(o[u"id"_s].toInt())
                           .arg(o[u"c"_s].toInt())
                           .arg(o[u"v"_s].toString());
            }
            return out;
        };
        QCOMPARE(messages(0),
                 (QStringList {u"r 1 0 a"_s, u"r 3 2 c"_s, u"d 1 0 a"_s, u"u 3 2 C"_s}));
        QCOMPARE(messages(1),
                 (QStringList {u"r 2 1 b"_s, u"c 1 1 a"_s, u"d 2 1 b"_s, u"c 4 3 d"_s}));
    }

    // The precheck shows the plan of each rule: each shard with its condition, each origin.
    void precheckShowsThePlan()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE pre_a (id INT PRIMARY KEY, c INT)"_s,
                         u"CREATE TABLE pre_b (id INT PRIMARY KEY, c INT)"_s,
                         u"CREATE TABLE presplit (id INT PRIMARY KEY, c INT)"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"pre"_s);
        QJsonObject project = projectJson(u"pre"_s, m_source, target);
        project[u"objects"_s] = QJsonObject {
            {u"include"_s, QJsonArray {}},
            {u"tables"_s,
             QJsonArray {QJsonObject {{u"source"_s, u"pre_?"_s},
                                      {u"target"_s, u"pre"_s},
                                      {u"originColumn"_s, u"src"_s},
                                      {u"originInKey"_s, true}},
                         QJsonObject {{u"source"_s, u"presplit"_s},
                                      {u"target"_s, u"pre_s{shard}"_s},
                                      {u"split"_s,
                                       QJsonObject {{u"column"_s, u"c"_s},
                                                    {u"by"_s, u"range"_s},
                                                    {u"bounds"_s, QJsonArray {10}}}}}}}};
        auto definition = ProjectDefinition::fromJson(project);
        QVERIFY(definition);
        auto report = runPrecheck(*definition, m_source, target, CancelToken());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QStringList lines;
        for (const PrecheckItem &i : report->items)
            if (i.check == u"split"_s || i.check == u"shard origin"_s)
                lines << i.check + u": "_s + i.message;
        const QString db = m_source.database;
        const QString schema = target.effectiveSchema();
        QCOMPARE(
            lines,
            (QStringList {
                u"shard origin: %1.pre_a -> %2.pre: column src holds '%1.pre_a' on each row, "
                "and joins the primary key (id, src)"_s.arg(db, schema),
                u"shard origin: %1.pre_b -> %2.pre: column src holds '%1.pre_b' on each row, "
                "and joins the primary key (id, src)"_s.arg(db, schema),
                u"split: %1.presplit -> %2.pre_s0: shard 0 of ranges split at 10 on c, the rows "
                "where (`c` IS NULL OR `c` < 10)"_s.arg(db, schema),
                u"split: %1.presplit -> %2.pre_s1: shard 1 of ranges split at 10 on c, the rows "
                "where `c` >= 10"_s.arg(db, schema)}));
        QVERIFY(report->passed());
    }

    // Bad split rules are refused with the table, the column and the fix.
    void badSplitRules_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QString>("error");
        const auto rule = [](const QJsonObject &split, const QString &target = {}) {
            QJsonObject r {{u"source"_s, u"badsplit"_s}, {u"split"_s, split}};
            if (!target.isEmpty())
                r[u"target"_s] = target;
            return r;
        };
        QTest::newRow("missing column")
            << rule({{u"column"_s, u"nope"_s}, {u"shards"_s, 2}})
            << precheckFailed(
                   u"the split of DB.badsplit (mod 2 on nope) names column 'nope', which "
                   "DB.badsplit does not have. Name one of its integer columns in "
                   "\"split\".\"column\"; names are case-sensitive."_s);
        QTest::newRow("text column")
            << rule({{u"column"_s, u"v"_s}, {u"shards"_s, 2}})
            << precheckFailed(u"the split of DB.badsplit (mod 2 on v): column v is varchar(5), not "
                              u"an integer. "
                              "Split by an integer column (a customer or tenant id)."_s);
        QTest::newRow("no {shard}")
            << rule({{u"column"_s, u"id"_s}, {u"shards"_s, 2}}, u"flat"_s)
            << precheckFailed(
                   u"the split of DB.badsplit (mod 2 on id): the target 'flat' has no {shard}, so "
                   "every shard would have the same name. Write the target as a template, e.g. "
                   "\"badsplit_{shard}\"."_s);
        QTest::newRow("one shard") << rule({{u"column"_s, u"id"_s}, {u"shards"_s, 1}})
                                   << u"objects.tables[0].split.shards must be a whole number "
                                      "from 2 to 1024"_s;
        QTest::newRow("bounds descend")
            << rule({{u"column"_s, u"id"_s},
                     {u"by"_s, u"range"_s},
                     {u"bounds"_s, QJsonArray {5, 2}}})
            << u"objects.tables[0].split.bounds must ascend: 2 follows 5"_s;
    }
    void badSplitRules()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QString, error);
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE IF NOT EXISTS badsplit (id INT PRIMARY KEY, "
                         "v VARCHAR(5))"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"badsplit"_s);
        QJsonObject project = projectJson(u"badsplit"_s, m_source, target);
        project[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {}}, {u"tables"_s, QJsonArray {rule}}};
        const RunResult run =
            runProject(m_dir.filePath(u"badsplit.db"_s), project, m_source, target);
        QVERIFY(!run.ok);
        QCOMPARE(run.error.text(), QString(error).replace(u"DB"_s, m_source.database));
    }

    static QString precheckFailed(const QString &error)
    {
        return u"precheck failed: "_s + error
            + u" Nothing was written. Fix what the precheck found (listed in the project's log) "
              "and run again."_s;
    }

    // Bad rules are refused with the table, the column and the fix.
    void badOriginRules()
    {
        QVERIFY(execute(m_source,
                        {u"CREATE TABLE bad_a (id INT PRIMARY KEY, src VARCHAR(5))"_s,
                         u"CREATE TABLE bad_b (v INT)"_s}));
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"bad"_s);
        const auto refusal = [&](const QJsonObject &rule) {
            QJsonObject project = projectJson(u"bad"_s, m_source, target);
            project[u"objects"_s] =
                QJsonObject {{u"include"_s, QJsonArray {}}, {u"tables"_s, QJsonArray {rule}}};
            const RunResult run =
                runProject(m_dir.filePath(u"bad.db"_s), project, m_source, target);
            return run.ok ? QString() : run.error.text();
        };
        const QString db = m_source.database;
        QCOMPARE(refusal({{u"source"_s, u"bad_a"_s}, {u"originColumn"_s, u"src"_s}}),
                 precheckFailed(u"table %1.bad_a already has a column 'src' in the target: it "
                                "cannot also be the origin column. Choose another "
                                "\"originColumn\", or rename the source column."_s.arg(db)));
        QCOMPARE(
            refusal(
                {{u"source"_s, u"bad_b"_s}, {u"originColumn"_s, u"o"_s}, {u"originInKey"_s, true}}),
            precheckFailed(u"table %1.bad_b has no primary key among its copied columns: its "
                           "origin column 'o' cannot join one (originInKey). Give the table a "
                           "primary key, or leave originInKey out."_s.arg(db)));
        QCOMPARE(refusal({{u"source"_s, u"bad_a"_s}, {u"originInKey"_s, true}}),
                 u"objects.tables[0].originInKey needs an \"originColumn\". Name the column that "
                 "records the source table, e.g. \"originColumn\": \"src_table\"."_s);
    }
};

QTEST_GUILESS_MAIN(TestShards)
#include "tst_shards.moc"

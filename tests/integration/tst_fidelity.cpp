// Fidelity by default: values whose lossless target type depends on the data (TINYINT(1)
// holding 2, TIME beyond a day, BIGINT UNSIGNED, an SQLite BOOLEAN holding 7), exact decimals
// in SQLite, verification by the source's meaning, and the truncate policy over foreign keys.
// Every case runs with the project defaults and compares the values exactly.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/projectrepository.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QJsonArray>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject storedOptions(const QString &storePath, qint64 projectId)
{
    auto store = MetaStore::open(storePath);
    if (!store)
        return {};
    auto p = ProjectRepository(*store).findById(projectId);
    return p ? p->definition.toJson().value(u"options"_s).toObject() : QJsonObject();
}

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_storeDir;
    QString store() const { return m_storeDir.filePath(u"store.db"_s); }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"fid"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    // MariaDB -> PostgreSQL with the defaults: TINYINT(1) holding 2 and -1 becomes smallint,
    // TIME holding -838:59:59 and 25:00:00 becomes interval, a TINYINT(1) of 0/1 stays
    // boolean, a TIME of the day stays time, BIGINT UNSIGNED whose values fit becomes bigint.
    void mariadbToPostgresDecidesFromValues()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"v_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"v_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE vals (id INT PRIMARY KEY, b TINYINT(1), ok BOOL, "
                         "d TIME, tod TIME(3), u BIGINT UNSIGNED, umax BIGINT UNSIGNED)"_s,
                         u"INSERT INTO vals VALUES (1, 2, 1, '-838:59:59', '23:59:59.125', 1, "
                         "18446744073709551615), (2, -1, 0, '25:00:00', '00:00:00', "
                         "9223372036854775807, 0), (3, 0, NULL, '00:00:01', NULL, NULL, NULL)"_s}));
        const RunResult run = runProject(
            store(),
            projectJson(u"values-my-pg"_s, source, target, {u"schema"_s, u"full"_s, u"verify"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);

        QCOMPARE(
            rowsOf(target,
                   u"SELECT column_name, data_type FROM information_schema.columns WHERE "
                   "table_schema = 'v_dst' AND table_name = 'vals' ORDER BY ordinal_position"_s),
            (QStringList {u"id|integer"_s, u"b|smallint"_s, u"ok|boolean"_s, u"d|interval"_s,
                          u"tod|time without time zone"_s, u"u|bigint"_s, u"umax|numeric"_s}));
        QCOMPARE(rowsOf(target, u"SELECT id, b, ok, d, tod, u, umax FROM vals ORDER BY id"_s),
                 (QStringList {u"1|2|t|-838:59:59|23:59:59.125|1|18446744073709551615"_s,
                               u"2|-1|f|25:00:00|00:00:00|9223372036854775807|0"_s,
                               u"3|0|NULL|00:00:01|NULL|NULL|NULL"_s}));

        // The decisions and their reasons are in the project file.
        const QJsonObject decided = storedOptions(store(), run.projectId)
                                        .value(u"typeDecisions"_s)
                                        .toObject()
                                        .value(source.database + u".vals"_s)
                                        .toObject();
        auto decision = [&](const QString &column) -> QString {
            const QJsonObject d = decided.value(column).toObject();
            return d.value(u"type"_s).toString() + u" / "_s + d.value(u"reason"_s).toString();
        };
        QCOMPARE(decision(u"b"_s), u"smallint / holds 2 → smallint"_s);
        QCOMPARE(decision(u"ok"_s), u"boolean / holds only 0 and 1 → boolean"_s);
        QCOMPARE(decision(u"d"_s), u"interval / holds -838:59:59 → interval"_s);
        QCOMPARE(decision(u"tod"_s),
                 u"time(3) / holds only times of day (00:00:00.000 to 23:59:59.125) → time(3)"_s);
        QCOMPARE(decision(u"u"_s), u"bigint / holds at most 9223372036854775807 → bigint"_s);
        QCOMPARE(decision(u"umax"_s),
                 u"numeric(20,0) / holds 18446744073709551615 → numeric(20,0)"_s);
    }

    // SQLite -> PostgreSQL: a BOOLEAN column holding 7 becomes smallint.
    void sqliteBooleanHolding7()
    {
        const Endpoint source = m_scratch->make(Engine::Sqlite, u"b_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"b_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE flags (id INTEGER PRIMARY KEY, f BOOLEAN, "
                         "g BOOLEAN)"_s,
                         u"INSERT INTO flags VALUES (1, 7, 1), (2, 0, 0), (3, NULL, 1)"_s}));
        const RunResult run = runProject(
            store(),
            projectJson(u"bool-sq-pg"_s, source, target, {u"schema"_s, u"full"_s, u"verify"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(
            rowsOf(target,
                   u"SELECT column_name, data_type FROM information_schema.columns WHERE "
                   "table_schema = 'b_dst' AND table_name = 'flags' ORDER BY ordinal_position"_s),
            (QStringList {u"id|bigint"_s, u"f|smallint"_s, u"g|boolean"_s}));
        QCOMPARE(rowsOf(target, u"SELECT id, f, g FROM flags ORDER BY id"_s),
                 (QStringList {u"1|7|t"_s, u"2|0|f"_s, u"3|NULL|t"_s}));
    }

    // MariaDB -> SQLite: decimals arrive as the exact text, BIGINT UNSIGNED values that fit
    // stay integers, the maximum stays text.
    void mariadbToSqliteExactDecimals()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"d_src"_s);
        const Endpoint target = m_scratch->make(Engine::Sqlite, u"d_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE money (id INT PRIMARY KEY, price DECIMAL(10,2), "
                         "small BIGINT UNSIGNED, big BIGINT UNSIGNED)"_s,
                         u"INSERT INTO money VALUES (1, 0.01, 0, 18446744073709551615), "
                         "(2, 99999999.99, 9223372036854775807, 1), (3, 12.50, 42, "
                         "NULL)"_s}));
        const RunResult run = runProject(
            store(),
            projectJson(u"dec-my-sq"_s, source, target, {u"schema"_s, u"full"_s, u"verify"_s}),
            source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(
            rowsOf(target, u"SELECT name, type FROM pragma_table_info('money') ORDER BY cid"_s),
            (QStringList {u"id|INTEGER"_s, u"price|DECIMAL_TEXT(10,2)"_s, u"small|INTEGER"_s,
                          u"big|VARCHAR(20)"_s}));
        QCOMPARE(rowsOf(target,
                        u"SELECT id, typeof(price), price, typeof(small), small, "
                        "typeof(big), big FROM money ORDER BY id"_s),
                 (QStringList {u"1|text|0.01|integer|0|text|18446744073709551615"_s,
                               u"2|text|99999999.99|integer|9223372036854775807|text|1"_s,
                               u"3|text|12.50|integer|42|null|NULL"_s}));
    }

    // Verification judges by the source's meaning: a target that keeps decimals as doubles
    // (NUMERIC affinity, made by hand as older versions did) differs where the double is not
    // the decimal; the same mapping chosen in the project file is reported per column.
    void verifySeesDecimalsKeptAsDoubles()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"q_src"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE money (id INT PRIMARY KEY, price DECIMAL(10,2))"_s,
                         u"INSERT INTO money VALUES (1, 0.01), (2, 99999999.99), "
                         "(3, 12.50)"_s}));
        const Endpoint byHand = m_scratch->make(Engine::Sqlite, u"q_hand"_s);
        QVERIFY(execute(byHand,
                        {u"CREATE TABLE money (id INTEGER PRIMARY KEY, price NUMERIC(10,2))"_s}));
        const RunResult hand = runProject(
            store(), projectJson(u"dec-hand"_s, source, byHand, {u"full"_s, u"verify"_s}), source,
            byHand);
        QVERIFY(!hand.ok);
        QCOMPARE(hand.error.code, Error::Code::Mismatch);
        const QJsonObject table = hand.verification.value(u"tables"_s).toArray().first().toObject();
        QCOMPARE(table.value(u"differentCount"_s).toInt(), 2);
        QCOMPARE(table.value(u"consistentRows"_s).toInt(), 1);
        QStringList keys;
        for (const QJsonValue &d : table.value(u"different"_s).toArray())
            keys << d.toObject().value(u"key"_s).toObject().value(u"id"_s).toVariant().toString();
        keys.sort();
        QCOMPARE(keys, (QStringList {u"1"_s, u"2"_s}));

        // options.sqliteDecimals = real: the DBA's choice, compared as stored, named per column.
        const Endpoint chosen = m_scratch->make(Engine::Sqlite, u"q_real"_s);
        const RunResult real = runProject(store(),
                                          projectJson(u"dec-real"_s, source, chosen,
                                                      {u"schema"_s, u"full"_s, u"verify"_s},
                                                      {{u"sqliteDecimals"_s, u"real"_s}}),
                                          source, chosen);
        QVERIFY2(real.ok, qPrintable(real.error.text()));
        QCOMPARE(real.verification.value(u"consistent"_s).toBool(), true);
        const QJsonObject realTable =
            real.verification.value(u"tables"_s).toArray().first().toObject();
        QCOMPARE(realTable.value(u"lossyByChoice"_s).toArray(),
                 (QJsonArray {u"price: decimal(10,2) -> NUMERIC(10,2) (options.sqliteDecimals is "
                              "real: stored as a binary double (0.01 is held as "
                              "0.010000000000000000208...), reads back with up to 15 digits; "
                              "arithmetic is fast but inexact)"_s}));
        QCOMPARE(rowsOf(chosen, u"SELECT typeof(price) FROM money ORDER BY id"_s),
                 (QStringList {u"real"_s, u"real"_s, u"real"_s}));
    }

    // options.lowerCaseNames: a PostgreSQL target gets lower-case names, quotes not needed.
    void lowerCaseNamesForPostgres()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"l_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"l_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE CamelCase (Id INT PRIMARY KEY, UserName "
                         "VARCHAR(10), INDEX IdxUser (UserName))"_s,
                         u"INSERT INTO CamelCase VALUES (1, 'Ann'), (2, 'Bob')"_s}));
        const RunResult run = runProject(store(),
                                         projectJson(u"lower-my-pg"_s, source, target,
                                                     {u"schema"_s, u"full"_s, u"verify"_s},
                                                     {{u"lowerCaseNames"_s, true}}),
                                         source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(rowsOf(target, u"SELECT id, username FROM camelcase ORDER BY id"_s),
                 (QStringList {u"1|Ann"_s, u"2|Bob"_s}));
        QCOMPARE(rowsOf(target,
                        u"SELECT indexname FROM pg_indexes WHERE schemaname = 'l_dst' "
                        "AND indexname NOT LIKE '%pkey' ORDER BY 1"_s),
                 (QStringList {u"camelcase_idxuser_ca1731c6"_s})); // + the dialect's suffix
    }

    // nonEmptyTarget truncate over foreign keys: the parent and the child are emptied together,
    // and the log names them.
    void truncateWithForeignKeys_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("mariadb to postgresql") << u"mariadb"_s << u"postgresql"_s;
        QTest::newRow("postgresql to mariadb") << u"postgresql"_s << u"mariadb"_s;
        QTest::newRow("mariadb to sqlite") << u"mariadb"_s << u"sqlite"_s;
    }

    void truncateWithForeignKeys()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Engine sourceEngine = *engines::parse(from);
        const Engine targetEngine = *engines::parse(to);
        const QString tag = from.left(2) + to.left(2);
        const Endpoint source = m_scratch->make(sourceEngine, u"t_src_"_s + tag);
        const Endpoint target = m_scratch->make(targetEngine, u"t_dst_"_s + tag);
        QVERIFY(execute(source,
                        {u"CREATE TABLE album (id INT PRIMARY KEY, title VARCHAR(40))"_s,
                         u"CREATE TABLE track (id INT PRIMARY KEY, album_id INT NOT NULL, "
                         "name VARCHAR(40), CONSTRAINT fk_track_album FOREIGN KEY (album_id) "
                         "REFERENCES album (id))"_s,
                         u"INSERT INTO album VALUES (1, 'A'), (2, 'B')"_s,
                         u"INSERT INTO track VALUES (10, 1, 'x'), (11, 2, 'y')"_s}));
        const QStringList steps = {u"schema"_s, u"full"_s};
        const RunResult first = runProject(
            store(), projectJson(u"fk-first-"_s + tag, source, target, steps), source, target);
        QVERIFY2(first.ok, qPrintable(first.error.text()));
        // The target changes behind Ferry's back; a second project empties and reloads it.
        QVERIFY(execute(
            target,
            {u"INSERT INTO album VALUES (3, 'C')"_s, u"INSERT INTO track VALUES (12, 3, 'z')"_s}));
        const RunResult second = runProject(store(),
                                            projectJson(u"fk-second-"_s + tag, source, target,
                                                        {u"schema"_s, u"full"_s, u"verify"_s},
                                                        {{u"nonEmptyTarget"_s, u"truncate"_s}}),
                                            source, target);
        QVERIFY2(second.ok, qPrintable(second.error.text()));
        QCOMPARE(second.verification.value(u"consistent"_s).toBool(), true);
        QCOMPARE(rowsOf(target, u"SELECT id, title FROM album ORDER BY id"_s),
                 (QStringList {u"1|A"_s, u"2|B"_s}));
        QCOMPARE(rowsOf(target, u"SELECT id, album_id, name FROM track ORDER BY id"_s),
                 (QStringList {u"10|1|x"_s, u"11|2|y"_s}));
        const QString prefix = to == u"postgresql" ? target.schema + u'.'
            : to == u"mariadb"                     ? target.database + u'.'
                                                   : u"main."_s;
        QVERIFY2(logOf(store(), second.projectId)
                     .contains(u"emptied target table(s) %1album, %1track (policy truncate)"_s.arg(
                         prefix)),
                 qPrintable(logOf(store(), second.projectId).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"

// The verifier's SQL, no server needed: the checksum push-down (normalized column text, row
// string, slice and partition queries, partition predicate) and the correction script, pinned
// byte for byte per engine family. What the servers compute from this SQL is asserted end to end
// by tst_verification, tst_migration and tst_migration_cli.
#include "engines/driver.h"
#include "verify/checksumsql.h"
#include "verify/verifier.h"

#include <QtTest>

Q_DECLARE_METATYPE(ferry::ColumnType)
Q_DECLARE_METATYPE(ferry::Engine)

using namespace ferry;
using namespace Qt::StringLiterals;
using valuecompare::Form;

namespace {

const Dialect &mysql()
{
    return Driver::forEngine(Engine::MariaDb).dialect();
}

const Dialect &postgresql()
{
    return Driver::forEngine(Engine::PostgreSql).dialect();
}

const Dialect &sqlite()
{
    return Driver::forEngine(Engine::Sqlite).dialect();
}

ColumnType type(TypeKind kind, int length = 0, int precision = 0, int scale = 0)
{
    ColumnType t;
    t.kind = kind;
    t.length = length;
    t.precision = precision;
    t.scale = scale;
    return t;
}

// "-" for "cannot be pushed down" (std::nullopt).
QString shown(const std::optional<QString> &rendered)
{
    return rendered ? *rendered : u"-"_s;
}

const QString mysqlSums =
    u"COUNT(*), COALESCE(SUM(CAST(CONV(SUBSTRING(h, 1, 15), 16, 10) AS UNSIGNED)), 0), "
    "COALESCE(SUM(CAST(CONV(SUBSTRING(h, 16, 15), 16, 10) AS UNSIGNED)), 0)"_s;
const QString postgresqlSums =
    u"count(*), COALESCE(sum(('x' || substr(h, 1, 15))::bit(60)::bigint), 0), "
    "COALESCE(sum(('x' || substr(h, 16, 15))::bit(60)::bigint), 0)"_s;

// A report with a keyed table (a missing, an extra and a differing row) and a keyless one (a
// missing row with a NULL, an extra row present twice).
VerifyReport sampleReport()
{
    VerifyReport report;
    report.project = u"shop"_s;
    report.sourceEndpoint = u"127.0.0.1:3306/shop"_s;
    report.targetEndpoint = u"127.0.0.1:5432/shop"_s;
    report.startedAt = u"2026-11-26T18:00:00Z"_s;
    report.seconds = 1.5;

    TableVerification orders;
    orders.source = u"shop.orders"_s;
    orders.target = u"shop.orders"_s;
    orders.keyColumns = {u"id"_s};
    orders.columns = {u"id"_s, u"name"_s, u"doc"_s, u"data"_s, u"price"_s};
    orders.targetColumns = orders.columns;
    orders.columnTypes = {type(TypeKind::Integer), type(TypeKind::VarChar, 20),
                          type(TypeKind::Json), type(TypeKind::VarBinary, 8),
                          type(TypeKind::Decimal, 0, 10, 2)};
    orders.targetKeyColumns = {u"id"_s};
    orders.targetTypes = orders.columnTypes;
    orders.rows = 3;
    orders.targetRows = 3;
    orders.missing = 1;
    orders.extra = 1;
    orders.different = 1;
    RowDifference missing;
    missing.kind = RowDifference::Kind::Missing;
    missing.key = {"1"};
    missing.sourceRow = {"1", "it's", R"({"a": 1})", std::string("\x00\xff", 2), "9.50"};
    RowDifference extra;
    extra.kind = RowDifference::Kind::Extra;
    extra.key = {"2"};
    extra.targetRow = {"2", "old", std::nullopt, std::nullopt, "0.00"};
    RowDifference different;
    different.kind = RowDifference::Kind::Different;
    different.key = {"3"};
    different.columns = {u"name"_s, u"doc"_s};
    different.sourceRow = {"3", "new", "[]", std::nullopt, "1.00"};
    different.targetRow = {"3", "x", "{}", std::nullopt, "1.00"};
    orders.differences = {missing, extra, different};

    TableVerification log;
    log.source = u"shop.log"_s;
    log.target = u"shop.log"_s;
    log.columns = {u"msg"_s, u"doc"_s};
    log.targetColumns = log.columns;
    log.columnTypes = {type(TypeKind::Text), type(TypeKind::Json)};
    log.targetTypes = log.columnTypes;
    log.rows = 4;
    log.targetRows = 5;
    log.missing = 1;
    log.extra = 2;
    RowDifference missingCopy;
    missingCopy.kind = RowDifference::Kind::Missing;
    missingCopy.sourceRow = {std::nullopt, "[1]"};
    RowDifference extraCopies;
    extraCopies.kind = RowDifference::Kind::Extra;
    extraCopies.targetRow = {"hi", R"({"k": null})"};
    extraCopies.count = 2;
    log.differences = {missingCopy, extraCopies};

    report.tables = {orders, log};
    return report;
}

const QString header =
    u"-- Ferry correction script for project shop\n"
    "-- Source (the truth): 127.0.0.1:3306/shop\n"
    "-- Target: 127.0.0.1:5432/shop\n"
    "-- Verified 2026-11-26T18:00:00Z: differences: 2 missing, 3 extra, 1 different among 7 rows\n"
    "-- Review before running. It makes the target equal to the source at verification time.\n"
    "\n"_s;

} // namespace

class TestChecksumSql : public QObject
{
    Q_OBJECT

private slots:
    void supported()
    {
        QVERIFY(checksumsql::supported(mysql()));
        QVERIFY(checksumsql::supported(Driver::forEngine(Engine::MySql).dialect()));
        QVERIFY(checksumsql::supported(Driver::forEngine(Engine::OceanBaseMySql).dialect()));
        QVERIFY(checksumsql::supported(postgresql()));
        QVERIFY(!checksumsql::supported(sqlite()));
    }

    void render_data()
    {
        QTest::addColumn<ColumnType>("own");
        QTest::addColumn<ColumnType>("other");
        QTest::addColumn<int>("form");
        QTest::addColumn<bool>("sameFamily");
        QTest::addColumn<QString>("mysql");
        QTest::addColumn<QString>("postgresql");

        const ColumnType integer = type(TypeKind::Integer);
        const ColumnType decimal = type(TypeKind::Decimal, 0, 12, 3);
        const ColumnType dateTime = type(TypeKind::DateTime);
        const ColumnType text = type(TypeKind::Text);
        const ColumnType binary = type(TypeKind::Binary, 16);
        auto row = [](const char *name, ColumnType own, ColumnType other, Form form,
                      bool sameFamily, const QString &my, const QString &pg) {
            QTest::newRow(name) << own << other << int(form) << sameFamily << my << pg;
        };
        row("int", integer, integer, Form::Number, false, u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("int as bytes", integer, text, Form::Bytes, false, u"-"_s, u"-"_s);
        row("decimal", decimal, decimal, Form::Number, false, u"CAST(`c` AS CHAR)"_s,
            u"\"c\"::text"_s);
        row("decimal other scale", decimal, type(TypeKind::Decimal, 0, 12, 2), Form::Number, false,
            u"-"_s, u"-"_s);
        row("decimal other scale same family", decimal, type(TypeKind::Decimal, 0, 12, 2),
            Form::Number, true, u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("decimal(10,0) to int", type(TypeKind::Decimal, 0, 10, 0), integer, Form::Number, false,
            u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("unconstrained decimal", type(TypeKind::Decimal), decimal, Form::Number, false, u"-"_s,
            u"-"_s);
        row("datetime", dateTime, type(TypeKind::TimestampTz), Form::Temporal, false,
            u"DATE_FORMAT(`c`, '%Y-%m-%d %H:%i:%s.%f')"_s,
            u"to_char(\"c\", 'YYYY-MM-DD HH24:MI:SS.US')"_s);
        row("timestamptz", type(TypeKind::TimestampTz), dateTime, Form::Temporal, false,
            u"DATE_FORMAT(`c`, '%Y-%m-%d %H:%i:%s.%f')"_s,
            u"to_char(\"c\", 'YYYY-MM-DD HH24:MI:SS.US')"_s);
        row("datetime to date", dateTime, type(TypeKind::Date), Form::Temporal, false, u"-"_s,
            u"-"_s);
        row("date", type(TypeKind::Date), type(TypeKind::Date), Form::Bytes, false,
            u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("time", type(TypeKind::Time), type(TypeKind::Time), Form::Temporal, false,
            u"TIME_FORMAT(`c`, '%H:%i:%s.%f')"_s, u"to_char(\"c\", 'HH24:MI:SS.US')"_s);
        row("char", type(TypeKind::Char, 2), type(TypeKind::Char, 2), Form::CharPadded, false,
            u"RTRIM(`c`)"_s, u"rtrim(\"c\"::text)"_s);
        row("varchar", type(TypeKind::VarChar, 20), text, Form::Bytes, false, u"`c`"_s,
            u"\"c\"::text"_s);
        row("text", text, text, Form::Bytes, false, u"`c`"_s, u"\"c\"::text"_s);
        row("json", type(TypeKind::Json), type(TypeKind::Json), Form::Bytes, false, u"`c`"_s,
            u"\"c\"::text"_s);
        row("uuid", type(TypeKind::Uuid), type(TypeKind::Char, 36), Form::Bytes, false, u"`c`"_s,
            u"\"c\"::text"_s);
        row("set across families", type(TypeKind::Set), text, Form::Bytes, false, u"-"_s, u"-"_s);
        row("set same family", type(TypeKind::Set), type(TypeKind::Set), Form::Bytes, true,
            u"`c`"_s, u"\"c\"::text"_s);
        row("binary", binary, type(TypeKind::Blob), Form::Bytes, false, u"LOWER(HEX(`c`))"_s,
            u"encode(\"c\", 'hex')"_s);
        row("binary to text", binary, text, Form::Bytes, false, u"-"_s, u"-"_s);
        row("bool", type(TypeKind::Boolean), type(TypeKind::Boolean), Form::Number, false,
            u"CAST(`c` AS CHAR)"_s, u"CASE WHEN \"c\" THEN '1' ELSE '0' END"_s);
        row("bool to int", type(TypeKind::Boolean), integer, Form::Number, false,
            u"CAST(`c` AS CHAR)"_s, u"CASE WHEN \"c\" THEN '1' ELSE '0' END"_s);
        row("float across families", type(TypeKind::Float), type(TypeKind::Float), Form::Float,
            false, u"-"_s, u"-"_s);
        row("float same family", type(TypeKind::Float), type(TypeKind::Float), Form::Float, true,
            u"CAST(CAST(`c` AS DOUBLE) AS CHAR)"_s, u"\"c\"::text"_s);
        row("double same family", type(TypeKind::Double), type(TypeKind::Double), Form::Double,
            true, u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("bit same family", type(TypeKind::Bit, 12), type(TypeKind::Bit, 12), Form::Number, true,
            u"CAST(CAST(`c` AS UNSIGNED) AS CHAR)"_s, u"\"c\"::text"_s);
        row("bit across families", type(TypeKind::Bit, 12), integer, Form::Number, false, u"-"_s,
            u"-"_s);
        row("year same family", type(TypeKind::Year), type(TypeKind::Year), Form::Number, true,
            u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("interval same family", type(TypeKind::Interval), type(TypeKind::Interval), Form::Bytes,
            true, u"CAST(`c` AS CHAR)"_s, u"\"c\"::text"_s);
        row("other across families", type(TypeKind::Other), text, Form::Bytes, false, u"-"_s,
            u"-"_s);
        row("spatial same family", type(TypeKind::Spatial), type(TypeKind::Spatial), Form::Bytes,
            true, u"-"_s, u"-"_s);
    }

    void render()
    {
        QFETCH(ColumnType, own);
        QFETCH(ColumnType, other);
        QFETCH(int, form);
        QFETCH(bool, sameFamily);
        QFETCH(QString, mysql);
        QFETCH(QString, postgresql);
        QCOMPARE(
            shown(checksumsql::render(::mysql(), u"`c`"_s, own, other, Form(form), sameFamily)),
            mysql);
        QCOMPARE(shown(checksumsql::render(::postgresql(), u"\"c\""_s, own, other, Form(form),
                                           sameFamily)),
                 postgresql);
    }

    void rowString()
    {
        QCOMPARE(checksumsql::rowString(mysql(), {u"`id`"_s, u"`name`"_s},
                                        {u"CAST(`id` AS CHAR)"_s, u"`name`"_s}),
                 u"CONCAT_WS('|', IF(`id` IS NULL, 'N', CONCAT(LENGTH(CAST(`id` AS CHAR)), ':', "
                 "CAST(`id` AS CHAR))), IF(`name` IS NULL, 'N', CONCAT(LENGTH(`name`), ':', "
                 "`name`)))"_s);
        QCOMPARE(checksumsql::rowString(mysql(), {u"`id`"_s}, {u"CAST(`id` AS CHAR)"_s}),
                 u"CONCAT_WS('|', IF(`id` IS NULL, 'N', CONCAT(LENGTH(CAST(`id` AS CHAR)), ':', "
                 "CAST(`id` AS CHAR))))"_s);
        QCOMPARE(checksumsql::rowString(postgresql(), {u"\"id\""_s, u"\"name\""_s},
                                        {u"\"id\"::text"_s, u"\"name\"::text"_s}),
                 u"concat_ws('|', CASE WHEN \"id\" IS NULL THEN 'N' ELSE "
                 "octet_length(\"id\"::text)::text || ':' || \"id\"::text END, CASE WHEN \"name\" "
                 "IS NULL THEN 'N' ELSE octet_length(\"name\"::text)::text || ':' || "
                 "\"name\"::text END)"_s);
        QCOMPARE(checksumsql::rowString(postgresql(), {u"\"id\""_s}, {u"\"id\"::text"_s}),
                 u"concat_ws('|', CASE WHEN \"id\" IS NULL THEN 'N' ELSE "
                 "octet_length(\"id\"::text)::text || ':' || \"id\"::text END)"_s);
    }

    void sliceQuery()
    {
        QCOMPARE(checksumsql::sliceQuery(mysql(), u"`shop`.`t`"_s, u"ROW"_s, u"`id` > 5"_s),
                 u"SELECT "_s + mysqlSums
                     + u" FROM (SELECT MD5(ROW) AS h FROM `shop`.`t` WHERE `id` > 5) x"_s);
        QCOMPARE(checksumsql::sliceQuery(mysql(), u"`shop`.`t`"_s, u"ROW"_s, {}),
                 u"SELECT "_s + mysqlSums + u" FROM (SELECT MD5(ROW) AS h FROM `shop`.`t`) x"_s);
        QCOMPARE(
            checksumsql::sliceQuery(postgresql(), u"\"public\".\"t\""_s, u"ROW"_s, u"\"id\" > 5"_s),
            u"SELECT "_s + postgresqlSums
                + u" FROM (SELECT md5(ROW) AS h FROM \"public\".\"t\" WHERE \"id\" > 5) x"_s);
        QCOMPARE(checksumsql::sliceQuery(postgresql(), u"\"public\".\"t\""_s, u"ROW"_s, {}),
                 u"SELECT "_s + postgresqlSums
                     + u" FROM (SELECT md5(ROW) AS h FROM \"public\".\"t\") x"_s);
    }

    void partitionQuery()
    {
        QCOMPARE(checksumsql::partitionQuery(mysql(), u"`shop`.`t`"_s, u"ROW"_s, u"KEY"_s, 16,
                                             u"(f = 1)"_s),
                 u"SELECT p, "_s + mysqlSums
                     + u" FROM (SELECT MOD(CAST(CONV(SUBSTRING(MD5(KEY), 1, 8), 16, 10) AS "
                       "UNSIGNED), 16) AS p, MD5(ROW) AS h FROM `shop`.`t` WHERE (f = 1)) x "
                       "GROUP BY p"_s);
        QCOMPARE(checksumsql::partitionQuery(mysql(), u"`shop`.`t`"_s, u"ROW"_s, u"KEY"_s, 1, {}),
                 u"SELECT p, "_s + mysqlSums
                     + u" FROM (SELECT MOD(CAST(CONV(SUBSTRING(MD5(KEY), 1, 8), 16, 10) AS "
                       "UNSIGNED), 1) AS p, MD5(ROW) AS h FROM `shop`.`t`) x GROUP BY p"_s);
        QCOMPARE(checksumsql::partitionQuery(postgresql(), u"\"public\".\"t\""_s, u"ROW"_s,
                                             u"KEY"_s, 16, u"(f = 1)"_s),
                 u"SELECT p, "_s + postgresqlSums
                     + u" FROM (SELECT mod(('x' || substr(md5(KEY), 1, 8))::bit(32)::bigint, 16) "
                       "AS p, md5(ROW) AS h FROM \"public\".\"t\" WHERE (f = 1)) x GROUP BY p"_s);
        QCOMPARE(checksumsql::partitionQuery(postgresql(), u"\"public\".\"t\""_s, u"ROW"_s,
                                             u"KEY"_s, 1, {}),
                 u"SELECT p, "_s + postgresqlSums
                     + u" FROM (SELECT mod(('x' || substr(md5(KEY), 1, 8))::bit(32)::bigint, 1) "
                       "AS p, md5(ROW) AS h FROM \"public\".\"t\") x GROUP BY p"_s);
    }

    void partitionPredicate()
    {
        QCOMPARE(checksumsql::partitionPredicate(mysql(), u"KEY"_s, 16, {3, 7}),
                 u"MOD(CAST(CONV(SUBSTRING(MD5(KEY), 1, 8), 16, 10) AS UNSIGNED), 16) IN (3, 7)"_s);
        QCOMPARE(checksumsql::partitionPredicate(mysql(), u"KEY"_s, 1024, {0}),
                 u"MOD(CAST(CONV(SUBSTRING(MD5(KEY), 1, 8), 16, 10) AS UNSIGNED), 1024) IN (0)"_s);
        QCOMPARE(checksumsql::partitionPredicate(postgresql(), u"KEY"_s, 16, {3, 7}),
                 u"mod(('x' || substr(md5(KEY), 1, 8))::bit(32)::bigint, 16) IN (3, 7)"_s);
        QCOMPARE(checksumsql::partitionPredicate(postgresql(), u"KEY"_s, 1024, {0}),
                 u"mod(('x' || substr(md5(KEY), 1, 8))::bit(32)::bigint, 1024) IN (0)"_s);
    }

    void correction_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("begin");
        QTest::addColumn<QStringList>("orders");
        QTest::addColumn<QStringList>("log");

        const QStringList mysqlOrders = {
            u"INSERT INTO `shop`.`orders` (`id`, `name`, `doc`, `data`, `price`) VALUES (1, "
            "'it\\'s', '{\"a\": 1}', X'00ff', 9.50)"_s,
            u"DELETE FROM `shop`.`orders` WHERE `id` = 2"_s,
            u"UPDATE `shop`.`orders` SET `name` = 'new', `doc` = '[]' WHERE `id` = 3"_s,
        };
        const QStringList mysqlLog = {
            u"INSERT INTO `shop`.`log` (`msg`, `doc`) VALUES (NULL, '[1]')"_s,
            u"DELETE FROM `shop`.`log` WHERE `msg` = 'hi' AND `doc` = '{\"k\": null}' LIMIT 2"_s,
        };
        for (Engine e : {Engine::MariaDb, Engine::MySql, Engine::OceanBaseMySql})
            QTest::addRow("%s", qPrintable(engines::id(e)))
                << e << u"START TRANSACTION;"_s << mysqlOrders << mysqlLog;

        QTest::newRow("postgresql")
            << Engine::PostgreSql << u"BEGIN;"_s
            << QStringList {
                   u"INSERT INTO \"shop\".\"orders\" (\"id\", \"name\", \"doc\", \"data\", "
                   "\"price\") VALUES (1, 'it''s', '{\"a\": 1}', '\\x00ff'::bytea, 9.50)"_s,
                   u"DELETE FROM \"shop\".\"orders\" WHERE \"id\" = 2"_s,
                   u"UPDATE \"shop\".\"orders\" SET \"name\" = 'new', \"doc\" = '[]' WHERE "
                   "\"id\" = 3"_s,
               }
            << QStringList {
                   u"INSERT INTO \"shop\".\"log\" (\"msg\", \"doc\") VALUES (NULL, '[1]')"_s,
                   u"DELETE FROM \"shop\".\"log\" WHERE ctid IN (SELECT ctid FROM "
                   "\"shop\".\"log\" WHERE \"msg\" = 'hi' AND \"doc\"::text = '{\"k\": null}' "
                   "LIMIT 2)"_s,
               };

        QTest::newRow("sqlite")
            << Engine::Sqlite << u"BEGIN;"_s
            << QStringList {
                   u"INSERT INTO \"orders\" (\"id\", \"name\", \"doc\", \"data\", \"price\") "
                   "VALUES (1, 'it''s', '{\"a\": 1}', X'00ff', '9.50')"_s,
                   u"DELETE FROM \"orders\" WHERE \"id\" = 2"_s,
                   u"UPDATE \"orders\" SET \"name\" = 'new', \"doc\" = '[]' WHERE \"id\" = 3"_s,
               }
            << QStringList {
                   u"INSERT INTO \"log\" (\"msg\", \"doc\") VALUES (NULL, '[1]')"_s,
                   u"DELETE FROM \"log\" WHERE rowid IN (SELECT rowid FROM \"log\" WHERE "
                   "\"msg\" = 'hi' AND \"doc\" = '{\"k\": null}' LIMIT 2)"_s,
               };
    }

    void correction()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, begin);
        QFETCH(QStringList, orders);
        QFETCH(QStringList, log);
        const VerifyReport report = sampleReport();

        QCOMPARE(correctionStatements(report, engine), orders + log);

        QString expected = header + begin + u'\n';
        expected += u"\n-- shop.orders -> shop.orders: 1 missing, 1 extra, 1 different, 0 "
                    "duplicated\n"_s;
        for (const QString &s : orders)
            expected += s + u";\n"_s;
        expected += u"\n-- shop.log -> shop.log: 1 missing, 2 extra, 0 different, 0 duplicated\n"_s;
        for (const QString &s : log)
            expected += s + u";\n"_s;
        expected += u"\nCOMMIT;\n"_s;
        QCOMPARE(correctionSql(report, engine), expected);
    }

    // Duplicates of a keyed row: the key names the copies, the LIMIT keeps one.
    void correctionDuplicate_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("statement");
        QTest::newRow("mariadb") << Engine::MariaDb
                                 << u"DELETE FROM `shop`.`t` WHERE `id` = 7 AND `doc` IS NULL "
                                    "LIMIT 2"_s;
        QTest::newRow("postgresql")
            << Engine::PostgreSql
            << u"DELETE FROM \"shop\".\"t\" WHERE ctid IN (SELECT ctid FROM \"shop\".\"t\" WHERE "
               "\"id\" = 7 AND \"doc\" IS NULL LIMIT 2)"_s;
        QTest::newRow("sqlite") << Engine::Sqlite
                                << u"DELETE FROM \"t\" WHERE rowid IN (SELECT rowid FROM \"t\" "
                                   "WHERE \"id\" = 7 AND \"doc\" IS NULL LIMIT 2)"_s;
    }

    void correctionDuplicate()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, statement);
        VerifyReport report;
        TableVerification t;
        t.source = t.target = u"shop.t"_s;
        t.columns = t.targetColumns = {u"id"_s, u"doc"_s, u"n"_s};
        t.columnTypes = t.targetTypes = {type(TypeKind::Integer), type(TypeKind::Json),
                                         type(TypeKind::Integer)};
        t.keyColumns = t.targetKeyColumns = {u"id"_s, u"doc"_s};
        t.duplicates = 2;
        RowDifference d;
        d.kind = RowDifference::Kind::Duplicate;
        d.key = {"7", std::nullopt};
        d.sourceRow = {"7", std::nullopt, "1"};
        d.targetRow = {"7", std::nullopt, "1"};
        d.count = 2;
        t.differences = {d};
        report.tables = {t};
        QCOMPARE(correctionStatements(report, engine), QStringList {statement});
    }
};

QTEST_GUILESS_MAIN(TestChecksumSql)
#include "tst_checksumsql.moc"

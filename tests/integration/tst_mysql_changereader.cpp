// MySqlChangeReader against the real MariaDB of servers.sh: every column type and edge value
// comes out of the binlog byte-for-byte as MySqlTableReader reads it from the table (with full,
// minimal and no row metadata), updates, deletes and transactions arrive whole and in order,
// DDL arrives as Ddl, a restart from a returned position yields exactly the rest, an idle
// source sends heartbeats, cancel unblocks the stream, and every refusal names its fix.
#include "common/logging.h"
#include "engines/driver.h"
#include "engines/mysql/mysqlchangereader.h"
#include "engines/mysql/mysqlsession.h"
#include "migrationfixture.h"
#include "testservers.h"
#include "values/canonical.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QtTest>

#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto _result = (expr);                                                               \
        QVERIFY2(_result, qPrintable(_result ? QString() : _result.error().text()));               \
    } while (false)

using Rows = std::vector<RowData>;

QString show(const Cell &c)
{
    if (!c)
        return u"NULL"_s;
    return u"%1 (0x%2)"_s.arg(canonical::preview(*c, false, 80),
                              QString::fromStdString(canonical::toHex(*c)));
}

// A database of its own on the test server, dropped at the end.
struct Database
{
    QString name;
    Endpoint endpoint;

    explicit Database(const QString &tag)
    {
        name =
            u"ferry_cdc_%1_%2"_s.arg(tag).arg(QRandomGenerator::global()->bounded(100000, 999999));
        endpoint = mariadb(name);
        // A failure here shows as the test's first statement failing.
        logIfFailed(lcEngine(),
                    execute(mariadb(),
                            {u"CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE "
                             "utf8mb4_unicode_ci"_s.arg(name)}),
                    "test: the scratch database was not created");
    }
    ~Database()
    {
        logIfFailed(lcEngine(), execute(mariadb(), {u"DROP DATABASE IF EXISTS `%1`"_s.arg(name)}),
                    "test: the scratch database is left behind");
    }
};

CaptureScope scopeOf(const Endpoint &endpoint, const QStringList &tables)
{
    CaptureScope scope;
    scope.project = u"cdc-test"_s;
    for (const QString &name : tables) {
        auto t = describe(endpoint, name);
        if (t)
            scope.tables << *t;
        else
            qWarning() << "cannot describe" << name << t.error().text();
    }
    return scope;
}

std::unique_ptr<MySqlChangeReader> reader(const Endpoint &endpoint, const CaptureScope &scope,
                                          int heartbeatSeconds = 1)
{
    auto r = std::make_unique<MySqlChangeReader>(endpoint, scope);
    r->setHeartbeatSeconds(heartbeatSeconds);
    return r;
}

struct Streamed
{
    std::vector<ChangeTransaction> transactions; // those with events, in order
    std::vector<ChangeTransaction> heartbeats;
    bool complete = false; // the wanted number arrived
    Error error; // how the stream ended otherwise
};

const QString enough = u"test: enough transactions"_s;

// Streams from `from` until `count` transactions with events arrived (or `heartbeats`
// heartbeats, when that is what is wanted). A stream that never delivers gives up after 120
// heartbeats instead of hanging the test.
Streamed collect(ChangeReader &r, const QString &from, size_t count, size_t heartbeats = 0)
{
    Streamed out;
    auto status = r.stream(
        from,
        [&](ChangeTransaction &&t) -> Status {
            if (t.events.empty()) {
                out.heartbeats.push_back(std::move(t));
                if (heartbeats > 0 && out.heartbeats.size() >= heartbeats)
                    return fail(Error::Code::Cancelled, enough);
                if (out.heartbeats.size() > 120)
                    return fail(Error::Code::Internal,
                                u"test: no transaction for 120 "
                                "heartbeats"_s);
                return {};
            }
            out.transactions.push_back(std::move(t));
            if (count > 0 && out.transactions.size() >= count)
                return fail(Error::Code::Cancelled, enough);
            return {};
        },
        CancelToken());
    if (!status && status.error().message == enough)
        out.complete = true;
    else if (!status)
        out.error = status.error();
    return out;
}

#define REQUIRE_COMPLETE(s)                                                                        \
    QVERIFY2(                                                                                      \
        (s).complete,                                                                              \
        qPrintable((s).error.text() + u" after %1 transactions"_s.arg((s).transactions.size())))

QString position(const Endpoint &endpoint)
{
    MySqlChangeReader r(endpoint, {});
    auto p = r.currentPosition();
    return p ? *p : QString();
}

// The after images of the inserts into `table`, sorted as readTable() sorts.
Rows insertedRows(const std::vector<ChangeTransaction> &transactions, const QString &table)
{
    Rows rows;
    for (const auto &t : transactions)
        for (const auto &e : t.events)
            if (e.kind == ChangeEvent::Kind::Insert && e.table.name == table)
                rows.push_back(e.after.values);
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString enumLabels(int n)
{
    QStringList labels;
    for (int i = 1; i <= n; ++i)
        labels << u"'l%1'"_s.arg(i);
    return labels.join(u',');
}

// Values beyond the fixture's `hard`: every integer width and sign, decimals at their edges,
// every temporal precision, zero dates, bits, CHAR padding and its 2-byte length, BINARY
// padding, a 2-byte ENUM, a 2-byte SET, latin1, ascii and utf8mb3 text.
QStringList moreTypes()
{
    return {
        u"CREATE TABLE more (id INT PRIMARY KEY, u8 TINYINT UNSIGNED, i16 SMALLINT, "
        "u16 SMALLINT UNSIGNED, i24 MEDIUMINT, u24 MEDIUMINT UNSIGNED, u32 INT UNSIGNED, "
        "b1 TINYINT(1) UNSIGNED, d55 DECIMAL(5,5), d200 DECIMAL(20,0), d3010 DECIMAL(30,10), "
        "f FLOAT, d DOUBLE, t0 TIME, t3 TIME(3), t1 TIME(1), dt0 DATETIME, dt3 DATETIME(3), "
        "ts0 TIMESTAMP NULL, ts2 TIMESTAMP(2) NULL, dz DATE, dtz DATETIME, y YEAR, "
        "bit1 BIT(1), bit64 BIT(64), bit9 BIT(9), ch10 CHAR(10), ch100 CHAR(100), "
        "bn4 BINARY(4), vc300 VARCHAR(300), vb300 VARBINARY(300), tt TINYTEXT, mt MEDIUMTEXT, "
        "lb LONGBLOB, tb TINYBLOB, e2 ENUM(%1), s9 SET('a','b','c','d','e','f','g','h','i'), "
        "l1c CHAR(5) CHARACTER SET latin1, l1v VARCHAR(20) CHARACTER SET latin1, "
        "l1t TEXT CHARACTER SET latin1, av VARCHAR(10) CHARACTER SET ascii, "
        "u3 VARCHAR(10) CHARACTER SET utf8mb3)"_s.arg(enumLabels(300)),
        u"INSERT INTO more VALUES (1, 255, -32768, 65535, -8388608, 16777215, 4294967295, 200, "
        "0.12345, 99999999999999999999, 12345678901234567890.0123456789, 1.4e-45, "
        "1.7976931348623157e308, '-838:59:59', '838:59:59.999', '-00:00:00.5', "
        "'1000-01-01 00:00:00', '9999-12-31 23:59:59.999', '2038-01-19 03:14:07', "
        "'1970-01-01 00:00:01.01', '0000-00-00', '0000-00-00 00:00:00', 0, b'1', "
        "b'1111111111111111111111111111111111111111111111111111111111111111', b'100000001', "
        "'ab   ', REPEAT('\u00fc', 100), X'6162', REPEAT('x', 300), X'00FF00', 'tiny', "
        "'medium', X'00FF', X'', 'l300', 'a,c,i', '\u00e9\u20ac', 'caf\u00e9', "
        "'\u00e0\u00e9\u20ac\u0178', 'abc', '\u00fc\u4e2d')"_s,
        u"INSERT INTO more VALUES (2, 0, 32767, 0, 8388607, 0, 0, 0, -0.12345, "
        "-99999999999999999999, -0.0000000001, -3.40282e38, -2.2250738585072014e-308, "
        "'00:00:00', '-12:30:00.001', '12:00:00.9', '2024-02-29 12:00:00', "
        "'2000-01-01 00:00:00.5', '1970-01-01 00:00:01', '2001-02-03 04:05:06.07', "
        "'2024-00-10', '2024-02-29 00:00:00', 1901, b'0', 0, 0, '  lead', '', X'0000', '', "
        "X'', '', '', X'00', X'00', 'l1', '', '', '', '', '', '')"_s,
        u"INSERT INTO more (id) VALUES (3)"_s,
        // Only fixed-size columns, a negative TINYINT: Connector/C's extract_rows breaks here.
        u"CREATE TABLE fixed (id INT PRIMARY KEY, t TINYINT, u TINYINT UNSIGNED, d DOUBLE, "
        "dt DATE)"_s,
        u"INSERT INTO fixed VALUES (1, -1, 255, -0.5, '2020-01-01'), (2, -128, 0, 1e300, "
        "'0000-00-00'), (3, 127, NULL, NULL, NULL)"_s,
        // MariaDB's binary-stored types, printed as the server prints them.
        u"CREATE TABLE ids (id INT PRIMARY KEY, u UUID, i6 INET6, i4 INET4)"_s,
        u"INSERT INTO ids VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2001:db8::1', "
        "'10.0.0.1'), (2, 'e7b3c9c0-6d6e-11ee-b962-0242ac120002', '::ffff:1.2.3.4', "
        "'255.255.255.255'), (3, '00000000-0000-0000-0000-000000000000', '::', '0.0.0.0'), "
        "(4, 'ffffffff-ffff-ffff-ffff-ffffffffffff', '::1.2.3.4', '1.2.3.4'), (5, NULL, "
        "'1:0:0:1:0:0:0:1', '127.0.0.1'), (6, '6ba7b810-9dad-11d1-80b4-00c04fd430c8', "
        "'fe80::1:0:0:0', NULL), (7, NULL, '1:2:3:4:5:6:7:8', NULL), (8, NULL, '::1', NULL)"_s,
    };
}

} // namespace

class TestMySqlChangeReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    void hardValues_data()
    {
        QTest::addColumn<QString>("metadata");
        QTest::newRow("full") << u"FULL"_s;
        QTest::newRow("minimal") << u"MINIMAL"_s;
        QTest::newRow("no-log") << u"NO_LOG"_s;
    }

    // Every cell of the hard-value tables, streamed from the binlog, equals what the table
    // reader reads from the same rows.
    void hardValues()
    {
        QFETCH(QString, metadata);
        CHECK_OK(execute(mariadb(), {u"SET GLOBAL binlog_row_metadata = %1"_s.arg(metadata)}));
        const auto restore = qScopeGuard([] {
            logIfFailed(lcEngine(),
                        execute(mariadb(), {u"SET GLOBAL binlog_row_metadata = FULL"_s}),
                        "test: binlog_row_metadata not restored to FULL");
        });
        Database db(u"hard"_s);
        const QString from = position(db.endpoint);
        QVERIFY(!from.isEmpty());
        const QStringList statements = mariadbHardTable() + moreTypes();
        CHECK_OK(execute(db.endpoint, statements));
        const QStringList tables = {u"hard"_s, u"more"_s, u"fixed"_s, u"ids"_s};
        const CaptureScope scope = scopeOf(db.endpoint, tables);
        QCOMPARE(scope.tables.size(), 4);

        auto r = reader(db.endpoint, scope);
        // Three CREATE TABLEs and one transaction per INSERT.
        const Streamed s = collect(*r, from, size_t(statements.size()));
        REQUIRE_COMPLETE(s);
        QStringList kinds;
        for (const auto &t : s.transactions)
            kinds << (t.events[0].kind == ChangeEvent::Kind::Ddl
                          ? u"ddl "_s + t.events[0].table.name
                          : u"%1 rows "_s.arg(t.events.size()) + t.events[0].table.name);
        QCOMPARE(kinds,
                 (QStringList {u"ddl hard"_s, u"1 rows hard"_s, u"1 rows hard"_s, u"1 rows hard"_s,
                               u"ddl more"_s, u"1 rows more"_s, u"1 rows more"_s, u"1 rows more"_s,
                               u"ddl fixed"_s, u"3 rows fixed"_s, u"ddl ids"_s, u"8 rows ids"_s}));

        for (const Table &table : scope.tables) {
            auto expected = readTable(db.endpoint, table.ref.name);
            QVERIFY2(expected, qPrintable(expected ? QString() : expected.error().text()));
            const Rows got = insertedRows(s.transactions, table.ref.name);
            QCOMPARE(got.size(), expected->size());
            for (size_t row = 0; row < got.size(); ++row) {
                QCOMPARE(got[row].size(), size_t(table.columns.size()));
                for (size_t c = 0; c < got[row].size(); ++c)
                    QVERIFY2(got[row][c] == (*expected)[row][c],
                             qPrintable(u"%1.%2 row %3: binlog %4, table reader %5"_s
                                            .arg(table.ref.name, table.columns[int(c)].name)
                                            .arg(row + 1)
                                            .arg(show(got[row][c]), show((*expected)[row][c]))));
            }
        }
    }

    // Generated columns (virtual and stored), a value larger than a network packet, and a
    // geometry (as its stored bytes: SRID and WKB).
    void generatedLargeAndGeometry()
    {
        Database db(u"gen"_s);
        const QString from = position(db.endpoint);
        CHECK_OK(execute(db.endpoint,
                         {u"CREATE TABLE g (id INT PRIMARY KEY, a INT, v INT AS (a * 2) VIRTUAL, "
                          "s INT AS (a + 1) PERSISTENT, big LONGBLOB)"_s,
                          u"INSERT INTO g (id, a, big) VALUES (1, 5, REPEAT('z', 20971520)), "
                          "(2, NULL, NULL)"_s,
                          u"UPDATE g SET a = 6 WHERE id = 1"_s,
                          u"CREATE TABLE geo (id INT PRIMARY KEY, shape GEOMETRY)"_s,
                          u"INSERT INTO geo VALUES (1, ST_GeomFromText('POINT(1 2)', 4326))"_s}));
        const CaptureScope scope = scopeOf(db.endpoint, {u"g"_s, u"geo"_s});
        auto r = reader(db.endpoint, scope);
        const Streamed s = collect(*r, from, 5);
        REQUIRE_COMPLETE(s);
        // The table now holds the updated row 1 and the inserted row 2.
        const Rows inserted = insertedRows(s.transactions, u"g"_s);
        QCOMPARE(inserted.size(), size_t(2));
        const ChangeEvent &update = s.transactions[2].events[0];
        QCOMPARE(update.kind, ChangeEvent::Kind::Update);
        QCOMPARE(update.before.values, inserted[0]);
        const std::string big(20971520, 'z');
        QVERIFY(inserted[0] == (RowData {"1", "5", "10", "6", big}));
        auto expected = readTable(db.endpoint, u"g"_s);
        QVERIFY(expected);
        QCOMPARE(expected->size(), size_t(2));
        const std::vector<RowData> streamed = {update.after.values, inserted[1]};
        for (size_t row = 0; row < 2; ++row)
            for (size_t c = 0; c < 5; ++c)
                QVERIFY2(
                    streamed[row][c] == (*expected)[row][c],
                    qPrintable(
                        u"g row %1 column %2: binlog %3, table reader %4"_s.arg(row).arg(c).arg(
                            show(streamed[row][c]).left(200),
                            show((*expected)[row][c]).left(200))));
        QCOMPARE(update.after.values[2], Cell("12"));

        auto session = MySqlSession::open(db.endpoint);
        QVERIFY(session);
        auto stored = (*session)->query(u"SELECT shape FROM geo"_s);
        QVERIFY(stored && stored->size() == 1);
        const QByteArray bytes = *stored->rows[0][0];
        const ChangeEvent &geo = s.transactions[4].events[0];
        QCOMPARE(geo.table.name, u"geo"_s);
        QCOMPARE(geo.after.values[1], Cell(std::string(bytes.constData(), size_t(bytes.size()))));
        QCOMPARE(bytes.size(), 25); // 4 bytes SRID + 21 bytes WKB point
    }

    // Updates (a key change too) with both images, deletes, and a multi-statement transaction
    // arriving as one, in order; then a DDL; then a restart from each returned position.
    void transactionsAndRestart()
    {
        Database db(u"trx"_s);
        CHECK_OK(execute(db.endpoint,
                         {u"CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20), n INT)"_s,
                          u"CREATE TABLE u (k CHAR(3) NOT NULL, w INT, UNIQUE KEY (k))"_s,
                          u"INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20)"_s}));
        const CaptureScope scope = scopeOf(db.endpoint, {u"t"_s, u"u"_s});
        auto r = reader(db.endpoint, scope);
        CHECK_OK(r->prepare());
        const QString from = position(db.endpoint);
        CHECK_OK(execute(db.endpoint,
                         {u"START TRANSACTION"_s, u"INSERT INTO t VALUES (3, 'c', 30)"_s,
                          u"UPDATE t SET v = 'A' WHERE id = 1"_s,
                          u"UPDATE t SET id = 20 WHERE id = 2"_s, u"DELETE FROM t WHERE id = 3"_s,
                          u"INSERT INTO u VALUES ('k1', 7)"_s, u"COMMIT"_s}));
        CHECK_OK(execute(db.endpoint, {u"CREATE INDEX t_v ON t (v)"_s}));
        CHECK_OK(execute(db.endpoint, {u"UPDATE u SET w = NULL"_s}));
        CHECK_OK(execute(db.endpoint, {u"DELETE FROM t"_s}));

        const Streamed s = collect(*r, from, 4);
        REQUIRE_COMPLETE(s);
        const auto &first = s.transactions[0];
        const TableRef t {db.name, u"t"_s}, u {db.name, u"u"_s};
        QCOMPARE(first.events.size(), size_t(5));
        const auto check = [&](const ChangeEvent &e, ChangeEvent::Kind kind, const TableRef &table,
                               const RowData &before, const RowData &after) {
            QCOMPARE(e.kind, kind);
            QCOMPARE(e.table, table);
            QCOMPARE(e.before.values, before);
            QCOMPARE(e.after.values, after);
            QVERIFY(e.before.present.empty() && e.after.present.empty());
        };
        check(first.events[0], ChangeEvent::Kind::Insert, t, {}, {"3", "c", "30"});
        check(first.events[1], ChangeEvent::Kind::Update, t, {"1", "a", "10"}, {"1", "A", "10"});
        check(first.events[2], ChangeEvent::Kind::Update, t, {"2", "b", "20"}, {"20", "b", "20"});
        check(first.events[3], ChangeEvent::Kind::Delete, t, {"3", "c", "30"}, {});
        check(first.events[4], ChangeEvent::Kind::Insert, u, {}, {"k1", "7"});

        // Identity, position and time of each transaction.
        static const QRegularExpression gtid(u"^0-1-(\\d+)$"_s);
        static const QRegularExpression pos(u"^mysql-bin\\.\\d{6}:\\d+;gtid=0-1-(\\d+)$"_s);
        for (const auto &tr : s.transactions) {
            const auto g = gtid.match(tr.transactionId);
            QVERIFY2(g.hasMatch(), qPrintable(tr.transactionId));
            const auto p = pos.match(tr.position);
            QVERIFY2(p.hasMatch(), qPrintable(tr.position));
            QCOMPARE(p.captured(1), g.captured(1));
            QCOMPARE(tr.commitTime.timeSpec(), Qt::UTC);
            QVERIFY(qAbs(tr.commitTime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        }
        for (size_t i = 1; i < s.transactions.size(); ++i)
            QCOMPARE(s.transactions[i].transactionId.section(u'-', 2).toLongLong(),
                     s.transactions[i - 1].transactionId.section(u'-', 2).toLongLong() + 1);

        const auto &ddl = s.transactions[1];
        QCOMPARE(ddl.events.size(), size_t(1));
        QCOMPARE(ddl.events[0].kind, ChangeEvent::Kind::Ddl);
        QCOMPARE(ddl.events[0].table, t);
        QCOMPARE(ddl.events[0].statement, u"CREATE INDEX t_v ON t (v)"_s);
        check(s.transactions[2].events[0], ChangeEvent::Kind::Update, u, {"k1", "7"},
              {"k1", std::nullopt});
        QCOMPARE(s.transactions[3].events.size(), size_t(2));
        check(s.transactions[3].events[0], ChangeEvent::Kind::Delete, t, {"1", "A", "10"}, {});
        check(s.transactions[3].events[1], ChangeEvent::Kind::Delete, t, {"20", "b", "20"}, {});

        // A restart from each returned position yields exactly the transactions after it.
        for (size_t k = 0; k + 1 < s.transactions.size(); ++k) {
            auto again = reader(db.endpoint, scope);
            const Streamed rest =
                collect(*again, s.transactions[k].position, s.transactions.size() - k - 1);
            REQUIRE_COMPLETE(rest);
            for (size_t i = 0; i < rest.transactions.size(); ++i) {
                const auto &a = rest.transactions[i], &b = s.transactions[k + 1 + i];
                QCOMPARE(a.position, b.position);
                QCOMPARE(a.transactionId, b.transactionId);
                QCOMPARE(a.commitTime, b.commitTime);
                QCOMPARE(a.events.size(), b.events.size());
                for (size_t e = 0; e < a.events.size(); ++e) {
                    QCOMPARE(a.events[e].kind, b.events[e].kind);
                    QCOMPARE(a.events[e].before.values, b.events[e].before.values);
                    QCOMPARE(a.events[e].after.values, b.events[e].after.values);
                    QCOMPARE(a.events[e].statement, b.events[e].statement);
                }
            }
        }
    }

    // A DDL that changes the columns arrives as Ddl; the next row of the table stops the stream
    // with an error that names the table and the DDL.
    void columnCountChanged()
    {
        Database db(u"ddl"_s);
        CHECK_OK(execute(db.endpoint, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const CaptureScope scope = scopeOf(db.endpoint, {u"t"_s});
        const QString from = position(db.endpoint);
        CHECK_OK(execute(db.endpoint,
                         {u"ALTER TABLE t ADD COLUMN c INT"_s, u"INSERT INTO t VALUES (1, 2)"_s}));
        auto r = reader(db.endpoint, scope);
        const Streamed s = collect(*r, from, 5);
        QVERIFY(!s.complete);
        QCOMPARE(s.transactions.size(), size_t(1));
        QCOMPARE(s.transactions[0].events[0].kind, ChangeEvent::Kind::Ddl);
        QCOMPARE(s.transactions[0].events[0].statement, u"ALTER TABLE t ADD COLUMN c INT"_s);
        QCOMPARE(s.error.code, Error::Code::Unsupported);
        QCOMPARE(s.error.message,
                 u"%1.t changed since capture started: the binlog has 2 columns, the catalog 1; "
                 "a DDL altered the table"_s.arg(db.name));
        QCOMPARE(s.error.fix,
                 u"Redo the schema and full steps for %1.t, then restart capture "
                 "from there."_s.arg(db.name));
    }

    // A change logged as a statement (binlog_format=STATEMENT in the writer's session) cannot
    // be captured: an error, never a silent gap.
    void statementLoggedChange()
    {
        Database db(u"stmt"_s);
        CHECK_OK(execute(db.endpoint, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const CaptureScope scope = scopeOf(db.endpoint, {u"t"_s});
        const QString from = position(db.endpoint);
        CHECK_OK(
            execute(db.endpoint,
                    {u"SET SESSION binlog_format = 'STATEMENT'"_s, u"INSERT INTO t VALUES (1)"_s}));
        auto r = reader(db.endpoint, scope);
        const Streamed s = collect(*r, from, 1);
        QVERIFY(!s.complete);
        QCOMPARE(s.error.code, Error::Code::Unsupported);
        QCOMPARE(s.error.message,
                 u"the source logged a change to %1 as a statement, not as rows: \"INSERT INTO t "
                 "VALUES (1)\" (binlog_format STATEMENT or MIXED in the writer's session)"_s.arg(
                     db.name));
    }

    // XA transactions are binlogged at XA PREPARE and committed later: not followed yet, so a
    // captured change inside one stops capture; one elsewhere passes.
    void xaTransaction()
    {
        Database db(u"xa"_s);
        CHECK_OK(execute(db.endpoint,
                         {u"CREATE TABLE t (id INT PRIMARY KEY)"_s,
                          u"CREATE TABLE other (id INT PRIMARY KEY)"_s}));
        const CaptureScope scope = scopeOf(db.endpoint, {u"t"_s});
        const QString from = position(db.endpoint);
        CHECK_OK(
            execute(db.endpoint,
                    {u"XA START 'x1'"_s, u"INSERT INTO other VALUES (1)"_s, u"XA END 'x1'"_s,
                     u"XA PREPARE 'x1'"_s, u"XA COMMIT 'x1'"_s, u"INSERT INTO t VALUES (7)"_s}));
        auto r = reader(db.endpoint, scope);
        const Streamed passed = collect(*r, from, 1);
        REQUIRE_COMPLETE(passed);
        QCOMPARE(passed.transactions[0].events[0].after.values, RowData {"7"});

        const QString again = position(db.endpoint);
        CHECK_OK(execute(db.endpoint,
                         {u"XA START 'x2'"_s, u"INSERT INTO t VALUES (8)"_s, u"XA END 'x2'"_s,
                          u"XA PREPARE 'x2'"_s, u"XA COMMIT 'x2'"_s}));
        const Streamed s = collect(*r, again, 1);
        QVERIFY(!s.complete);
        QCOMPARE(s.error.code, Error::Code::Unsupported);
        QVERIFY2(s.error.message.endsWith(u"changed %1.t: capture does not follow XA transactions "
                                          "yet"_s.arg(db.name)),
                 qPrintable(s.error.message));
    }

    // An idle source still reports: heartbeats at the position the stream started from.
    void heartbeatWhileIdle()
    {
        Database db(u"idle"_s);
        CHECK_OK(execute(db.endpoint, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const QString from = position(db.endpoint);
        auto r = reader(db.endpoint, scopeOf(db.endpoint, {u"t"_s}));
        const Streamed s = collect(*r, from, 0, 2);
        REQUIRE_COMPLETE(s);
        QCOMPARE(s.transactions.size(), size_t(0));
        QCOMPARE(s.heartbeats.size(), size_t(2));
        for (const auto &h : s.heartbeats) {
            QCOMPARE(h.position, from);
            QVERIFY(h.transactionId.isEmpty());
            QCOMPARE(h.commitTime.timeSpec(), Qt::UTC);
        }
    }

    // cancel() from another thread ends a stream blocked in its read, with Cancelled.
    void cancelFromAnotherThread_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain") << false;
        QTest::newRow("tls") << true;
    }

    void cancelFromAnotherThread()
    {
        QFETCH(bool, tls);
        Database db(u"cancel"_s);
        CHECK_OK(execute(db.endpoint, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const QString from = position(db.endpoint);
        const CaptureScope scope = scopeOf(db.endpoint, {u"t"_s});
        Endpoint source = db.endpoint;
        if (tls) {
            // The account that is refused without TLS, verified against the test CA.
            source.user = u"ferry_tls"_s;
            source.tlsMode = TlsMode::VerifyFull;
            source.caFile = caFile();
        }
        // Through the driver, with the default 10 s heartbeat: nothing arrives on its own.
        auto made = Driver::forEngine(Engine::MariaDb).makeChangeReader(source, scope);
        QVERIFY(made);
        ChangeReader &r = **made;
        CancelToken cancel;
        QSemaphore delivered;
        Status result;
        std::thread worker([&] {
            result = r.stream(
                from,
                [&](ChangeTransaction &&t) -> Status {
                    if (!t.events.empty())
                        delivered.release();
                    return {};
                },
                cancel);
        });
        CHECK_OK(execute(db.endpoint, {u"INSERT INTO t VALUES (1)"_s}));
        // The stream is now blocked reading the socket for the next event.
        QVERIFY(delivered.tryAcquire(1, 60000));
        QElapsedTimer timer;
        timer.start();
        cancel.cancel();
        worker.join();
        qInfo() << "stream returned" << timer.elapsed() << "ms after cancel()";
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(result.error().message,
                 u"reading the binlog of MariaDB at %1:%2 was cancelled"_s.arg(db.endpoint.host)
                     .arg(db.endpoint.port));
    }

    // The binlog rotates under a running stream: positions move to the new file, and a
    // restart from one there yields the rest. Checksums off (binlog_checksum=NONE) too.
    void rotationAndChecksums_data()
    {
        QTest::addColumn<QString>("checksum");
        QTest::newRow("crc32") << u"CRC32"_s;
        QTest::newRow("none") << u"NONE"_s;
    }

    void rotationAndChecksums()
    {
        QFETCH(QString, checksum);
        CHECK_OK(execute(mariadb(), {u"SET GLOBAL binlog_checksum = %1"_s.arg(checksum)}));
        const auto restore = qScopeGuard([] {
            logIfFailed(lcEngine(), execute(mariadb(), {u"SET GLOBAL binlog_checksum = CRC32"_s}),
                        "test: binlog_checksum not restored to CRC32");
        });
        Database db(u"rotate"_s);
        CHECK_OK(execute(db.endpoint, {u"CREATE TABLE t (id INT PRIMARY KEY, v TEXT)"_s}));
        const CaptureScope scope = scopeOf(db.endpoint, {u"t"_s});
        const QString from = position(db.endpoint);
        CHECK_OK(execute(db.endpoint, {u"INSERT INTO t VALUES (1, 'one')"_s}));
        CHECK_OK(execute(mariadb(), {u"FLUSH BINARY LOGS"_s}));
        CHECK_OK(execute(
            db.endpoint,
            {u"INSERT INTO t VALUES (2, 'two')"_s, u"INSERT INTO t VALUES (3, 'three')"_s}));
        auto r = reader(db.endpoint, scope);
        const Streamed s = collect(*r, from, 3);
        REQUIRE_COMPLETE(s);
        const QString firstFile = s.transactions[0].position.section(u':', 0, 0);
        QCOMPARE(firstFile, from.section(u':', 0, 0));
        QVERIFY(s.transactions[1].position.section(u':', 0, 0) > firstFile);
        QCOMPARE(s.transactions[1].events[0].after.values, (RowData {"2", "two"}));
        const Streamed rest = collect(*reader(db.endpoint, scope), s.transactions[1].position, 1);
        REQUIRE_COMPLETE(rest);
        QCOMPARE(rest.transactions[0].position, s.transactions[2].position);
        QCOMPARE(rest.transactions[0].events[0].after.values, (RowData {"3", "three"}));
    }

    // A position whose binlog file was purged is an error that names the file and the remedy.
    void purgedBinlog()
    {
        Database db(u"purged"_s);
        CHECK_OK(execute(db.endpoint, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        CHECK_OK(execute(mariadb(), {u"FLUSH BINARY LOGS"_s}));
        const QString from = position(db.endpoint);
        const QString file = from.section(u':', 0, 0);
        CHECK_OK(execute(db.endpoint, {u"INSERT INTO t VALUES (1)"_s}));
        CHECK_OK(execute(mariadb(), {u"FLUSH BINARY LOGS"_s}));
        const QString next = position(db.endpoint).section(u':', 0, 0);
        QVERIFY(next != file);
        // MariaDB keeps a file until InnoDB's binlog checkpoint has passed it, which follows
        // the rotation asynchronously: purge until the file is gone.
        bool purged = false;
        for (int attempt = 0; attempt < 100 && !purged; ++attempt) {
            CHECK_OK(execute(mariadb(), {u"PURGE BINARY LOGS TO '%1'"_s.arg(next)}));
            auto session = MySqlSession::open(mariadb());
            QVERIFY(session);
            auto logs = (*session)->query(u"SHOW BINARY LOGS"_s);
            QVERIFY(logs);
            purged = logs->text(0, 0) == next;
            if (!purged)
                QThread::msleep(100);
        }
        QVERIFY(purged);
        auto r = reader(db.endpoint, scopeOf(db.endpoint, {u"t"_s}));
        const Streamed s = collect(*r, from, 1);
        QVERIFY(!s.complete);
        QCOMPARE(s.error.code, Error::Code::NotFound);
        QCOMPARE(s.error.message,
                 u"MariaDB at %1:%2 no longer has binlog file %3 that capture must resume from "
                 "(%4): it was purged"_s.arg(db.endpoint.host)
                     .arg(db.endpoint.port)
                     .arg(file, from));
        QVERIFY2(s.error.fix.startsWith(u"Redo the full step for the captured tables"_s),
                 qPrintable(s.error.fix));
    }

    void prepareChecks()
    {
        Database db(u"prep"_s);
        CHECK_OK(execute(db.endpoint,
                         {u"CREATE TABLE keyed (id INT PRIMARY KEY)"_s,
                          u"CREATE TABLE nokey (a INT, b VARCHAR(10))"_s}));
        CHECK_OK(reader(db.endpoint, scopeOf(db.endpoint, {u"keyed"_s}))->prepare());
        auto p = reader(db.endpoint, scopeOf(db.endpoint, {u"keyed"_s}))->currentPosition();
        QVERIFY(p);
        QVERIFY2(
            QRegularExpression(u"^mysql-bin\\.\\d{6}:\\d+;gtid=0-1-\\d+$"_s).match(*p).hasMatch(),
            qPrintable(*p));

        auto nokey = reader(db.endpoint, scopeOf(db.endpoint, {u"keyed"_s, u"nokey"_s}))->prepare();
        QVERIFY(!nokey);
        QCOMPARE(nokey.error().code, Error::Code::InvalidInput);
        QCOMPARE(nokey.error().message,
                 u"table %1.nokey has no primary key or unique key on NOT NULL columns: captured "
                 "updates and deletes could not find their row in the target"_s.arg(db.name));
        QCOMPARE(nokey.error().object, db.name + u".nokey"_s);

        Endpoint limited = db.endpoint;
        limited.user = u"ferry_limited"_s;
        auto denied = reader(limited, scopeOf(db.endpoint, {u"keyed"_s}))->prepare();
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, Error::Code::Permission);
        QCOMPARE(denied.error().message,
                 u"user 'ferry_limited'@'127.0.0.1' lacks REPLICATION SLAVE and REPLICATION "
                 "CLIENT on MariaDB at %1:%2: incremental sync cannot read the binlog"_s
                     .arg(db.endpoint.host)
                     .arg(db.endpoint.port));
        QCOMPARE(denied.error().fix,
                 u"GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO "
                 "'ferry_limited'@'127.0.0.1';"_s);

        // Exactly the privileges the error asks for are enough, for prepare and for the stream.
        CHECK_OK(execute(
            mariadb(),
            {u"CREATE USER 'ferry_repl'@'127.0.0.1' IDENTIFIED BY '%1'"_s.arg(db.endpoint.password),
             u"GRANT SELECT, REPLICATION SLAVE, REPLICATION CLIENT ON *.* "
             "TO 'ferry_repl'@'127.0.0.1'"_s}));
        const auto dropUser = qScopeGuard([] {
            logIfFailed(lcEngine(), execute(mariadb(), {u"DROP USER 'ferry_repl'@'127.0.0.1'"_s}),
                        "test: user ferry_repl is left behind");
        });
        Endpoint repl = db.endpoint;
        repl.user = u"ferry_repl"_s;
        auto granted = reader(repl, scopeOf(db.endpoint, {u"keyed"_s}));
        CHECK_OK(granted->prepare());
        auto replFrom = granted->currentPosition();
        QVERIFY(replFrom);
        CHECK_OK(execute(db.endpoint, {u"INSERT INTO keyed VALUES (5)"_s}));
        const Streamed s = collect(*granted, *replFrom, 1);
        REQUIRE_COMPLETE(s);
        QCOMPARE(s.transactions[0].events[0].after.values, RowData {"5"});

        auto bad = reader(db.endpoint, {})
                       ->stream(
                           u"0/16B3748"_s, [](ChangeTransaction &&) -> Status { return {}; },
                           CancelToken());
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestMySqlChangeReader)
#include "tst_mysql_changereader.moc"

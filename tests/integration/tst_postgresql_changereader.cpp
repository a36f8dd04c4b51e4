// PostgreSQL change capture against the real server (wal_level=logical): prepare's checks and
// objects, every type's values byte for byte against the full copy's reader, updates, deletes,
// TOAST, truncate, transaction boundaries and commit order, restart, acknowledgement,
// heartbeats, cancellation, release and the exported-snapshot hand-off.
#include "engines/driver.h"
#include "engines/postgresql/pgoutputdecoder.h"
#include "engines/postgresql/postgresqlchangereader.h"
#include "engines/postgresql/postgresqlsession.h"
#include "testservers.h"

#include <QRandomGenerator>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace ferry;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Cells = std::vector<std::optional<std::string>>;

const Driver &driver()
{
    return Driver::forEngine(Engine::PostgreSql);
}

QString errorText(const Error &e)
{
    return u"[%1] %2"_s.arg(Error::codeName(e.code), e.text());
}

QByteArray show(const std::optional<std::string> &cell)
{
    return cell ? QByteArray(cell->data(), qsizetype(cell->size())) : QByteArray("<NULL>");
}

QString kindName(ChangeEvent::Kind k)
{
    switch (k) {
    case ChangeEvent::Kind::Insert: return u"insert"_s;
    case ChangeEvent::Kind::Update: return u"update"_s;
    case ChangeEvent::Kind::Delete: return u"delete"_s;
    case ChangeEvent::Kind::Ddl: return u"ddl"_s;
    }
    return {};
}

// "insert items [1,a]" — events in one comparable line each (present=false shows as '-').
QString describe(const RowImage &image)
{
    QStringList cells;
    for (size_t i = 0; i < image.values.size(); ++i)
        cells << (!image.isPresent(i)   ? u"-"_s
                      : image.values[i] ? QString::fromUtf8(image.values[i]->data(),
                                                            qsizetype(image.values[i]->size()))
                                        : u"NULL"_s);
    return u'[' + cells.join(u',') + u']';
}

QString describe(const ChangeEvent &e)
{
    QString out = kindName(e.kind) + u' ' + e.table.name;
    if (e.kind == ChangeEvent::Kind::Ddl)
        return out + u' ' + e.statement;
    if (!e.before.empty())
        out += u' ' + describe(e.before);
    if (!e.after.empty())
        out += u" -> "_s + describe(e.after);
    return out;
}

QStringList describe(const ChangeTransaction &t)
{
    QStringList out;
    for (const ChangeEvent &e : t.events)
        out << describe(e);
    return out;
}

struct Streamed
{
    Status status;
    std::vector<ChangeTransaction> transactions; // heartbeats left out unless asked for
};

// Streams from `from` until `count` transactions arrived (or 60 s passed: a safety net, the
// test then fails on what arrived). `onEach` runs inside the sink, on the stream's thread.
Streamed collect(PostgreSqlChangeReader &reader, const QString &from, size_t count,
                 bool heartbeats = false,
                 const std::function<void(const ChangeTransaction &)> &onEach = {})
{
    Streamed out;
    CancelToken cancel;
    std::atomic_bool done {false};
    std::thread watchdog([&] {
        for (int i = 0; i < 1200 && !done; ++i)
            std::this_thread::sleep_for(50ms);
        cancel.cancel();
    });
    out.status = reader.stream(
        from,
        [&](ChangeTransaction &&t) -> Status {
            if (t.events.empty() && !heartbeats)
                return {};
            if (onEach)
                onEach(t);
            out.transactions.push_back(std::move(t));
            if (out.transactions.size() >= count)
                cancel.cancel();
            return {};
        },
        cancel);
    done = true;
    watchdog.join();
    return out;
}

} // namespace

class TestPostgreSqlChangeReader : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    std::unique_ptr<PostgreSqlSession> m_session;

    Endpoint source() const { return test::postgres(m_database); }

    void sql(const QString &statement)
    {
        auto s = m_session->exec(statement);
        QVERIFY2(s, qPrintable(s ? QString() : errorText(s.error())));
    }

    QString scalar(const QString &query)
    {
        auto r = m_session->query(query);
        if (!r || r->size() == 0)
            return u"<error: %1>"_s.arg(r ? u"no row"_s : errorText(r.error()));
        return r->isNull(0, 0) ? u"<NULL>"_s : r->text(0, 0);
    }

    Table table(const QString &name)
    {
        auto all = driver().readTables(*m_session, u"src"_s);
        if (all)
            for (const Table &t : *all)
                if (t.ref.name == name)
                    return t;
        return {};
    }

    CaptureScope scope(const QString &project, const QStringList &tables)
    {
        CaptureScope s;
        s.project = project + u'_' + QString::number(QRandomGenerator::global()->bounded(100000));
        for (const QString &t : tables)
            s.tables << table(t);
        return s;
    }

    QString slotColumn(const QString &slot, const QString &column)
    {
        return scalar(
            u"SELECT %1 FROM pg_replication_slots WHERE slot_name = '%2'"_s.arg(column, slot));
    }

    // Reads `t` with the full copy's reader, rows in key order.
    std::vector<Cells> readTable(const Table &t)
    {
        auto reader = driver().makeReader(*m_session);
        ReadRequest request;
        request.table = t.ref;
        request.columns = t.columns;
        request.keyColumns = {*t.column(t.chunkKey().first())};
        std::vector<Cells> rows;
        CancelToken cancel;
        auto s = reader->read(
            request,
            [&](RowBatch &&b) -> Status {
                for (int r = 0; r < b.rows(); ++r) {
                    Cells row;
                    for (int c = 0; c < b.columns(); ++c)
                        row.push_back(b.isNull(r, c) ? std::nullopt
                                                     : std::optional<std::string>(b.cell(r, c)));
                    rows.push_back(std::move(row));
                }
                return {};
            },
            cancel);
        if (!s)
            qWarning() << errorText(s.error());
        return rows;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_database =
            u"ferry_cdc_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        {
            auto admin = PostgreSqlSession::open(test::postgres());
            QVERIFY2(admin, qPrintable(admin ? QString() : errorText(admin.error())));
            auto s = (*admin)->exec(u"CREATE DATABASE "_s + m_database);
            QVERIFY2(s, qPrintable(s ? QString() : errorText(s.error())));
        }
        auto session = PostgreSqlSession::open(source());
        QVERIFY2(session, qPrintable(session ? QString() : errorText(session.error())));
        m_session = std::move(*session);

        sql(u"CREATE SCHEMA src"_s);
        sql(u"CREATE TYPE src.mood AS ENUM ('sad', 'ok', 'happy')"_s);
        // Every type the catalog maps, and some it leaves as Other / Spatial.
        sql(uR"(CREATE TABLE src.hard (
            id integer PRIMARY KEY,
            i2 smallint, i4 integer, i8 bigint,
            n65 numeric(65,30), nu numeric, n52 numeric(5,2),
            r real, d double precision,
            b boolean,
            c5 character(5), bp bpchar, vc character varying(20), vu varchar, tx text,
            by bytea,
            dt date, tm time(6), t0 time(0), ts timestamp(6), ts0 timestamp(0),
            tz timestamp(6) with time zone, tz3 timestamp(3) with time zone,
            iv interval, js json, jb jsonb, u uuid,
            b1 bit(1), b10 bit(10), b64 bit(64),
            mo src.mood, arr integer[], tarr text[],
            ttz timetz, vb varbit, mn money, ip inet, x xml, rg int4range, pt point,
            big bit(65)))"_s);
        sql(u"CREATE TABLE src.items (id integer PRIMARY KEY, note text, qty integer)"_s);
        sql(u"CREATE TABLE src.fullrows (a integer, b text)"_s);
        sql(u"ALTER TABLE src.fullrows REPLICA IDENTITY FULL"_s);
        sql(u"CREATE TABLE src.toasty (id integer PRIMARY KEY, big text, small integer)"_s);
        sql(u"ALTER TABLE src.toasty ALTER big SET STORAGE EXTERNAL"_s);
        sql(u"CREATE TABLE src.nokey (a integer, b text)"_s);
        sql(u"CREATE TABLE src.nothing (id integer PRIMARY KEY)"_s);
        sql(u"ALTER TABLE src.nothing REPLICA IDENTITY NOTHING"_s);
        sql(u"CREATE TABLE src.handoff (id integer PRIMARY KEY, v text)"_s);
        sql(u"INSERT INTO src.handoff VALUES (1, 'one'), (2, 'two'), (3, 'three')"_s);
        sql(u"GRANT USAGE ON SCHEMA src TO ferry_limited"_s);
        sql(u"GRANT SELECT ON ALL TABLES IN SCHEMA src TO ferry_limited"_s);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_database.isEmpty())
            return;
        auto admin = PostgreSqlSession::open(test::postgres());
        if (!admin)
            return;
        // A failed test may leave a slot behind: DROP DATABASE drops inactive ones.
        (void)(*admin)->exec(u"SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots "
                             "WHERE database = '%1' AND active_pid IS NOT NULL"_s.arg(m_database));
        (void)(*admin)->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
    }

    void objectNames_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"shop"_s << u"ferry_shop"_s;
        QTest::newRow("spaces and case") << u"Shop Migration-2"_s << u"ferry_shop_migration_2"_s;
        QTest::newRow("unicode") << u"Café"_s << u"ferry_caf_"_s;
        QTest::newRow("57 characters") << QString(57, u'a') << u"ferry_"_s + QString(57, u'a');
        QTest::newRow("58 characters") << QString(58, u'a')
                                       << u"ferry_"_s + QString(48, u'a') + u"_"_s
                + QString::fromLatin1(QCryptographicHash::hash(QString(58, u'a').toUtf8(),
                                                               QCryptographicHash::Sha1)
                                          .toHex()
                                          .left(8));
    }
    void objectNames()
    {
        QFETCH(QString, project);
        QFETCH(QString, name);
        QCOMPARE(PostgreSqlChangeReader::objectName(project), name);
        QVERIFY(name.size() <= 63);
    }

    void prepareRefusesWithoutReplicationPrivilege()
    {
        Endpoint limited = source();
        limited.user = u"ferry_limited"_s;
        PostgreSqlChangeReader reader(limited, scope(u"limited"_s, {u"items"_s}));
        auto s = reader.prepare();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Permission);
        QVERIFY2(s.error().message.contains(u"role 'ferry_limited'"_s)
                     && s.error().message.contains(u"lacks the REPLICATION privilege"_s),
                 qPrintable(s.error().message));
        QCOMPARE(s.error().fix,
                 u"Run ALTER ROLE \"ferry_limited\" REPLICATION as a superuser, or "
                 "capture as a role that has it."_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_publication WHERE pubname = '%1'"_s.arg(
                     reader.publicationName())),
                 u"0"_s);
    }

    void prepareRefusesTablesWithoutIdentity()
    {
        PostgreSqlChangeReader reader(source(),
                                      scope(u"nokey"_s, {u"items"_s, u"nokey"_s, u"nothing"_s}));
        auto s = reader.prepare();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Unsupported);
        QCOMPARE(s.error().message,
                 u"table src.nokey, src.nothing has no primary key and REPLICA IDENTITY DEFAULT "
                 "or NOTHING: PostgreSQL cannot say which row its updates and deletes change"_s);
        QCOMPARE(s.error().fix,
                 u"Add a primary key, or run ALTER TABLE src.nokey REPLICA "
                 "IDENTITY FULL; ALTER TABLE src.nothing REPLICA IDENTITY FULL."_s);
        QCOMPARE(s.error().object, u"src.nokey"_s);
        QCOMPARE(slotColumn(reader.slotName(), u"count(*)"_s), u"0"_s);
    }

    void prepareIsIdempotent()
    {
        const CaptureScope sc = scope(u"idem"_s, {u"items"_s});
        PostgreSqlChangeReader reader(source(), sc);
        QVERIFY(!reader.currentPosition());
        QCOMPARE(reader.currentPosition().error().code, Error::Code::NotFound);
        for (int i = 0; i < 2; ++i) {
            auto s = reader.prepare();
            QVERIFY2(s, qPrintable(s ? QString() : errorText(s.error())));
        }
        QCOMPARE(slotColumn(reader.slotName(), u"plugin"_s), u"pgoutput"_s);
        QCOMPARE(scalar(u"SELECT string_agg(schemaname || '.' || tablename, ',') "
                        "FROM pg_publication_tables WHERE pubname = '%1'"_s.arg(
                            reader.publicationName())),
                 u"src.items"_s);
        auto position = reader.currentPosition();
        QVERIFY(position);
        QCOMPARE(*position, slotColumn(reader.slotName(), u"confirmed_flush_lsn"_s));

        // A wider scope on the same project: the publication follows it.
        CaptureScope wider = sc;
        wider.tables << table(u"toasty"_s);
        PostgreSqlChangeReader again(source(), wider);
        QVERIFY(again.prepare());
        QCOMPARE(scalar(u"SELECT string_agg(schemaname || '.' || tablename, ',' ORDER BY "
                        "tablename) FROM pg_publication_tables WHERE pubname = '%1'"_s.arg(
                            reader.publicationName())),
                 u"src.items,src.toasty"_s);
        QCOMPARE(*again.currentPosition(), *position);
        QVERIFY(reader.release());
    }

    // Every value that the full copy reads, the change stream delivers byte for byte the same.
    void hardValuesMatchTheFullCopy()
    {
        const Table hard = table(u"hard"_s);
        QCOMPARE(hard.columns.size(), 41);
        PostgreSqlChangeReader reader(source(), scope(u"hard"_s, {u"hard"_s}));
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        sql(u"BEGIN"_s);
        sql(uR"(INSERT INTO src.hard VALUES
            (1, -32768, -2147483648, -9223372036854775808,
             '-99999999999999999999999999999999999.999999999999999999999999999999', 'NaN', -999.99,
             1.2345678, 0.30000000000000004, true,
             'ab', 'unbounded  ', '😀 ü 中', 'vu', E'tab\there\nnew line\\back\\slash\r\\N',
             (SELECT string_agg(set_byte('\x00'::bytea, 0, g), ''::bytea ORDER BY g)
              FROM generate_series(0, 255) g),
             '0001-01-01', '00:00:00', '23:59:59', '2024-02-29 23:59:59.999999',
             '0001-01-01 00:00:00 BC', '2024-06-01 12:00:00.123456+05:30',
             '0044-03-15 12:00:00.123+00 BC',
             '1 year 2 mons 3 days 04:05:06.789', '{"b": 1,   "a": [1,2]}', '{"b": 1, "a": 2}',
             'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
             B'1', B'1010101010', B'1111111111111111111111111111111111111111111111111111111111111111',
             'happy', '{1,2,NULL}', ARRAY['a "q"', 'back\slash', NULL, 'com,ma', ''],
             '23:59:59.999999+14:59', B'1011', -92233720368547758.08, '2001:db8::1/64',
             '<a b="1">x &amp; y</a>', '[1,10)', '(1.5,-2e-300)',
             B'10000000000000000000000000000000000000000000000000000000000000001'),
            (2, 32767, 2147483647, 9223372036854775807,
             '99999999999999999999999999999999999.999999999999999999999999999999',
             '12345678901234567890.000000000000000000000000000001', 0.01,
             3.4028235e38, 5e-324, false,
             'abcde', '', '', '', '', '', '9999-12-31', '24:00:00', '00:00:00',
             '0001-01-01 00:00:00', '294276-12-31 23:59:59', '1970-01-01 00:00:00+00',
             'infinity', '-178000000 years', '[]', '[]',
             '00000000-0000-0000-0000-000000000000',
             B'0', B'0000000000', B'0000000000000000000000000000000000000000000000000000000000000001',
             'sad', '{}', '{}', '00:00:00-15:59', B'', 92233720368547758.07, '0.0.0.0', '',
             'empty', '(0,0)', B'00000000000000000000000000000000000000000000000000000000000000000'),
            (3, 0, 0, 0, 0, 'Infinity', 0, 'NaN', 'Infinity', NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, '-infinity', NULL, NULL, 'infinity', '-infinity', '-infinity', NULL,
             '178000000 years', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            (4, NULL, NULL, NULL, NULL, '-Infinity', NULL, '-Infinity', '-Infinity', NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL),
            (5, NULL, NULL, NULL, NULL, NULL, NULL, 100000000000000, 1e-310, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL))"_s);
        sql(u"COMMIT"_s);
        // The same rows again, each moved to the next key: every value travels in an update.
        sql(u"UPDATE src.hard h SET (i2, i4, i8, n65, nu, n52, r, d, b, c5, bp, vc, vu, tx, by, "
            u"dt, "
            "tm, t0, ts, ts0, tz, tz3, iv, js, jb, u, b1, b10, b64, mo, arr, tarr, ttz, vb, mn, "
            "ip, x, rg, pt, big) = (SELECT i2, i4, i8, n65, nu, n52, r, d, b, c5, bp, vc, vu, tx, "
            "by, dt, tm, t0, ts, ts0, tz, tz3, iv, js, jb, u, b1, b10, b64, mo, arr, tarr, ttz, "
            "vb, mn, ip, x, rg, pt, big FROM src.hard o WHERE o.id = h.id % 5 + 1)"_s);

        const std::vector<Cells> inserted = readTable(hard);
        QCOMPARE(inserted.size(), size_t(5));
        auto got = collect(reader, start, 2);
        QCOMPARE(got.status.error().code, Error::Code::Cancelled);
        QCOMPARE(got.transactions.size(), size_t(2));

        // The full copy reads row k as updated: the values row k % 5 + 1 was inserted with.
        const ChangeTransaction &ins = got.transactions[0];
        QCOMPARE(ins.events.size(), size_t(5));
        const ChangeTransaction &upd = got.transactions[1];
        QCOMPARE(upd.events.size(), size_t(5));
        for (const ChangeEvent &u : upd.events) {
            QCOMPARE(u.kind, ChangeEvent::Kind::Update);
            QVERIFY(u.after.present.empty());
            const size_t k = size_t(std::stoi(*u.after.values[0]));
            const Cells &copy = inserted[k - 1];
            const ChangeEvent &i = ins.events[k % 5];
            QCOMPARE(i.kind, ChangeEvent::Kind::Insert);
            QVERIFY(i.after.present.empty());
            QCOMPARE(show(i.after.values[0]), QByteArray::number(qsizetype(k % 5 + 1)));
            for (size_t c = 0; c < size_t(hard.columns.size()); ++c) {
                const QByteArray where = "row " + QByteArray::number(qsizetype(k)) + " column "
                    + hard.columns[qsizetype(c)].name.toUtf8();
                QVERIFY2(show(u.after.values[c]) == show(copy[c]),
                         QByteArray(where + ": update " + show(u.after.values[c]) + " vs copy "
                                    + show(copy[c]))
                             .constData());
                if (c > 0)
                    QVERIFY2(show(i.after.values[c]) == show(copy[c]),
                             QByteArray(where + ": insert " + show(i.after.values[c]) + " vs copy "
                                        + show(copy[c]))
                                 .constData());
            }
        }
        // A few exact values, so both readers are not simply wrong the same way.
        const Cells &row1 = ins.events[0].after.values;
        QCOMPARE(show(row1[hard.columnIndex(u"tx"_s)]),
                 QByteArray("tab\there\nnew line\\back\\slash\r\\N"));
        QCOMPARE(row1[hard.columnIndex(u"by"_s)]->size(), size_t(256));
        QCOMPARE(show(row1[hard.columnIndex(u"b"_s)]), QByteArray("1"));
        QCOMPARE(show(row1[hard.columnIndex(u"ts0"_s)]), QByteArray("0001-01-01 00:00:00 BC"));
        QCOMPARE(show(row1[hard.columnIndex(u"tz"_s)]), QByteArray("2024-06-01 06:30:00.123456"));
        QCOMPARE(show(row1[hard.columnIndex(u"tz3"_s)]), QByteArray("0044-03-15 12:00:00.123 BC"));
        QCOMPARE(show(row1[hard.columnIndex(u"b64"_s)]), QByteArray("18446744073709551615"));
        QCOMPARE(show(row1[hard.columnIndex(u"tarr"_s)]),
                 QByteArray("{\"a \\\"q\\\"\",\"back\\\\slash\",NULL,\"com,ma\",\"\"}"));
        const Cells &row5 = ins.events[4].after.values;
        QCOMPARE(show(row5[hard.columnIndex(u"r"_s)]), QByteArray("1e+14"));
        QCOMPARE(show(row5[hard.columnIndex(u"d"_s)]), QByteArray("1e-310"));
        const Cells &row3 = ins.events[2].after.values;
        QCOMPARE(show(row3[hard.columnIndex(u"nu"_s)]), QByteArray("Infinity"));
        QCOMPARE(show(row3[hard.columnIndex(u"tz"_s)]), QByteArray("-infinity"));
        QVERIFY(reader.release());
    }

    void changesArriveAsWholeTransactionsInCommitOrder()
    {
        PostgreSqlChangeReader reader(source(),
                                      scope(u"dml"_s, {u"items"_s, u"fullrows"_s, u"toasty"_s}));
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();

        // One transaction of several statements.
        sql(u"BEGIN"_s);
        sql(u"INSERT INTO src.items VALUES (1, 'one', 10), (2, 'two', 20), (3, NULL, 30)"_s);
        sql(u"UPDATE src.items SET qty = qty + 1 WHERE id = 2"_s);
        sql(u"DELETE FROM src.items WHERE id = 3"_s);
        const QString xid = scalar(u"SELECT txid_current()"_s);
        sql(u"COMMIT"_s);
        // A key change: the old key travels in the before image.
        sql(u"UPDATE src.items SET id = 10, note = 'ten' WHERE id = 1"_s);
        // REPLICA IDENTITY FULL: whole old rows.
        sql(u"INSERT INTO src.fullrows VALUES (1, 'x'), (1, 'x')"_s);
        sql(u"UPDATE src.fullrows SET b = 'y' WHERE ctid = (SELECT min(ctid) FROM src.fullrows)"_s);
        sql(u"DELETE FROM src.fullrows WHERE b = 'x'"_s);
        // An unchanged TOAST value is not sent.
        sql(u"INSERT INTO src.toasty SELECT 1, string_agg(md5(g::text), ''), 1 "
            "FROM generate_series(1, 2000) g"_s);
        sql(u"UPDATE src.toasty SET small = 2"_s);
        sql(u"TRUNCATE src.fullrows"_s);

        // Two interleaved transactions arrive in commit order: B commits first.
        auto b = PostgreSqlSession::open(source());
        QVERIFY(b);
        sql(u"BEGIN"_s);
        sql(u"INSERT INTO src.items VALUES (100, 'A first', 1)"_s);
        QVERIFY((*b)->exec(u"BEGIN"_s));
        QVERIFY((*b)->exec(u"INSERT INTO src.items VALUES (200, 'B', 2)"_s));
        QVERIFY((*b)->exec(u"COMMIT"_s));
        sql(u"INSERT INTO src.items VALUES (101, 'A second', 1)"_s);
        sql(u"COMMIT"_s);

        auto got = collect(reader, start, 10);
        QVERIFY2(got.status.error().code == Error::Code::Cancelled,
                 qPrintable(errorText(got.status.error())));
        QCOMPARE(got.transactions.size(), size_t(10));
        const auto &t = got.transactions;
        QCOMPARE(
            describe(t[0]),
            (QStringList {u"insert items -> [1,one,10]"_s, u"insert items -> [2,two,20]"_s,
                          u"insert items -> [3,NULL,30]"_s, u"update items [2,-,-] -> [2,two,21]"_s,
                          u"delete items [3,-,-]"_s}));
        QCOMPARE(t[0].transactionId, xid);
        QCOMPARE(t[0].commitTime.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(t[0].commitTime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QCOMPARE(describe(t[1]), (QStringList {u"update items [1,-,-] -> [10,ten,10]"_s}));
        QCOMPARE(describe(t[2]),
                 (QStringList {u"insert fullrows -> [1,x]"_s, u"insert fullrows -> [1,x]"_s}));
        QCOMPARE(describe(t[3]), (QStringList {u"update fullrows [1,x] -> [1,y]"_s}));
        QCOMPARE(describe(t[4]), (QStringList {u"delete fullrows [1,x]"_s}));
        QCOMPARE(t[5].events.size(), size_t(1));
        QCOMPARE(t[5].events[0].after.values[1]->size(), size_t(64000));
        QCOMPARE(describe(t[6]), (QStringList {u"update toasty [1,-,-] -> [1,-,2]"_s}));
        QCOMPARE(t[6].events[0].after.present, (std::vector<bool> {true, false, true}));
        QCOMPARE(describe(t[7]), (QStringList {u"ddl fullrows TRUNCATE \"src\".\"fullrows\""_s}));
        QCOMPARE(describe(t[8]), (QStringList {u"insert items -> [200,B,2]"_s}));
        QCOMPARE(describe(t[9]),
                 (QStringList {u"insert items -> [100,A first,1]"_s,
                               u"insert items -> [101,A second,1]"_s}));
        QVERIFY(reader.release());
    }

    void restartSkipsWhatWasDelivered()
    {
        PostgreSqlChangeReader reader(source(), scope(u"restart"_s, {u"items"_s}));
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        for (int i = 1; i <= 3; ++i)
            sql(u"INSERT INTO src.items VALUES (%1, 'restart', %1)"_s.arg(1000 + i));
        auto first = collect(reader, start, 3);
        QCOMPARE(first.transactions.size(), size_t(3));
        const auto &t = first.transactions;
        QVERIFY(*pgoutput::parseLsn(t[0].position) < *pgoutput::parseLsn(t[1].position));
        QVERIFY(*pgoutput::parseLsn(t[1].position) < *pgoutput::parseLsn(t[2].position));
        // Nothing was acknowledged: the server sends all three again, the reader drops the
        // first (it is at or before the start position).
        QCOMPARE(slotColumn(reader.slotName(), u"confirmed_flush_lsn"_s), start);
        sql(u"INSERT INTO src.items VALUES (1004, 'restart', 1004)"_s);
        auto again = collect(reader, t[0].position, 3);
        QCOMPARE(again.transactions.size(), size_t(3));
        QCOMPARE(describe(again.transactions[0]),
                 (QStringList {u"insert items -> [1002,restart,1002]"_s}));
        QCOMPARE(again.transactions[0].position, t[1].position);
        QCOMPARE(again.transactions[0].transactionId, t[1].transactionId);
        QCOMPARE(describe(again.transactions[1]),
                 (QStringList {u"insert items -> [1003,restart,1003]"_s}));
        QCOMPARE(describe(again.transactions[2]),
                 (QStringList {u"insert items -> [1004,restart,1004]"_s}));
        QVERIFY(reader.release());
    }

    void acknowledgeMovesTheConfirmedPosition()
    {
        PostgreSqlChangeReader reader(source(), scope(u"ack"_s, {u"items"_s}));
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        for (int i = 1; i <= 3; ++i)
            sql(u"INSERT INTO src.items VALUES (%1, 'ack', %1)"_s.arg(2000 + i));
        // The owner acknowledges the first transaction only, from inside the stream.
        QString acknowledged;
        std::vector<QString> confirmedBefore;
        auto got = collect(reader, start, 3, false, [&](const ChangeTransaction &t) {
            confirmedBefore.push_back(slotColumn(reader.slotName(), u"confirmed_flush_lsn"_s));
            if (acknowledged.isEmpty()) {
                acknowledged = t.position;
                auto s = reader.acknowledge(t.position);
                QVERIFY(s);
            }
        });
        QCOMPARE(got.transactions.size(), size_t(3));
        QCOMPARE(confirmedBefore.front(), start); // nothing moves before it is acknowledged
        QCOMPARE(slotColumn(reader.slotName(), u"confirmed_flush_lsn"_s), acknowledged);
        QCOMPARE(*reader.currentPosition(), acknowledged);

        // A stream from the acknowledged position starts after it.
        auto rest = collect(reader, acknowledged, 2);
        QCOMPARE(describe(rest.transactions[0]),
                 (QStringList {u"insert items -> [2002,ack,2002]"_s}));

        // Without a stream, acknowledge() advances the slot itself.
        QVERIFY(reader.acknowledge(got.transactions[2].position));
        QCOMPARE(slotColumn(reader.slotName(), u"confirmed_flush_lsn"_s),
                 got.transactions[2].position);
        // An older position never moves it back.
        QVERIFY(reader.acknowledge(acknowledged));
        QCOMPARE(slotColumn(reader.slotName(), u"confirmed_flush_lsn"_s),
                 got.transactions[2].position);
        QCOMPARE(reader.acknowledge(u"nonsense"_s).error().code, Error::Code::InvalidInput);
        QVERIFY(reader.release());
    }

    void heartbeatOnAnIdleSource()
    {
        PostgreSqlChangeReader reader(source(), scope(u"idle"_s, {u"items"_s}));
        reader.setHeartbeatInterval(200ms);
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        auto got = collect(reader, start, 2, true);
        QVERIFY2(got.status.error().code == Error::Code::Cancelled,
                 qPrintable(errorText(got.status.error())));
        QCOMPARE(got.transactions.size(), size_t(2));
        for (const ChangeTransaction &h : got.transactions) {
            QCOMPARE(h.events.size(), size_t(0));
            QVERIFY(h.transactionId.isEmpty());
            const auto lsn = pgoutput::parseLsn(h.position);
            QVERIFY2(lsn, qPrintable(h.position));
            QVERIFY(*lsn >= *pgoutput::parseLsn(start));
            QCOMPARE(h.commitTime.timeSpec(), Qt::UTC);
            QVERIFY(qAbs(h.commitTime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        }
        QVERIFY(*pgoutput::parseLsn(got.transactions[1].position)
                >= *pgoutput::parseLsn(got.transactions[0].position));
        QVERIFY(got.transactions[1].commitTime >= got.transactions[0].commitTime);
        QVERIFY(reader.release());
    }

    void cancelFromAnotherThread()
    {
        PostgreSqlChangeReader reader(source(), scope(u"cancel"_s, {u"items"_s}));
        reader.setHeartbeatInterval(100ms);
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        CancelToken cancel;
        std::atomic_bool streaming {false};
        std::atomic_bool finished {false};
        Status result;
        std::thread worker([&] {
            result = reader.stream(
                start,
                [&](ChangeTransaction &&) -> Status {
                    streaming = true; // a heartbeat: the stream is in its loop
                    return {};
                },
                cancel);
            finished = true;
        });
        while (!streaming && !finished) // a stream that fails at once ends the wait too
            std::this_thread::sleep_for(10ms);
        cancel.cancel();
        worker.join();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(
            result.error().message,
            u"reading changes from replication slot %1 was cancelled"_s.arg(reader.slotName()));
        // The walsender ended with the stream: the slot is free again.
        QCOMPARE(slotColumn(reader.slotName(), u"active"_s), u"f"_s);
        QVERIFY(reader.release());
    }

    void sinkErrorStopsTheStream()
    {
        PostgreSqlChangeReader reader(source(), scope(u"sinkerr"_s, {u"items"_s}));
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        sql(u"INSERT INTO src.items VALUES (3001, 'sink', 1)"_s);
        CancelToken cancel;
        auto s = reader.stream(
            start,
            [](ChangeTransaction &&t) -> Status {
                if (t.events.empty())
                    return {};
                return fail(Error::Code::DataRejected, u"target refused"_s);
            },
            cancel);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::DataRejected);
        QCOMPARE(s.error().message, u"target refused"_s);
        QVERIFY(reader.release());
    }

    void releaseDropsSlotAndPublication()
    {
        const CaptureScope sc = scope(u"release"_s, {u"items"_s});
        PostgreSqlChangeReader reader(source(), sc);
        reader.setHeartbeatInterval(100ms);
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        // A stream that is still running: release() ends its walsender.
        CancelToken cancel;
        std::atomic_bool streaming {false};
        std::atomic_bool finished {false};
        Status result;
        std::thread worker([&] {
            result = reader.stream(
                start,
                [&](ChangeTransaction &&) -> Status {
                    streaming = true;
                    return {};
                },
                cancel);
            finished = true;
        });
        while (!streaming && !finished) // a stream that fails at once ends the wait too
            std::this_thread::sleep_for(10ms);
        QCOMPARE(slotColumn(reader.slotName(), u"active"_s), u"t"_s);
        PostgreSqlChangeReader other(source(), sc);
        auto released = other.release();
        QVERIFY2(released, qPrintable(released ? QString() : errorText(released.error())));
        worker.join();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Connection);
        // What follows "stopped: " is libpq's or the server's words, whichever arrived first.
        QVERIFY2(result.error().message.startsWith(
                     u"reading replication slot %1 on PostgreSQL at %2:%3 stopped: "_s.arg(
                         reader.slotName(), source().host, QString::number(source().port))),
                 qPrintable(result.error().message));
        QCOMPARE(slotColumn(reader.slotName(), u"count(*)"_s), u"0"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_publication WHERE pubname = '%1'"_s.arg(
                     reader.publicationName())),
                 u"0"_s);
        QVERIFY(reader.release()); // nothing left: still fine

        // The slot is gone: a stream says so and what to do, and creates nothing.
        auto missing = reader.stream(
            start, [](ChangeTransaction &&) -> Status { return {}; }, cancel);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(missing.error().message,
                 u"replication slot %1 no longer exists on PostgreSQL at %2:%3 (or was "
                 "invalidated): the changes after position %4 cannot be read"_s.arg(
                     reader.slotName(), source().host, QString::number(source().port), start));
        QCOMPARE(missing.error().fix,
                 u"Redo the full step for the project's tables (it creates the slot again), then "
                 "start the incremental step from the position it records."_s);
        QCOMPARE(missing.error().object, reader.slotName());
        QCOMPARE(slotColumn(reader.slotName(), u"count(*)"_s), u"0"_s);
        const auto position = reader.currentPosition();
        QVERIFY(!position);
        QCOMPARE(position.error().code, Error::Code::NotFound);
        const Status acknowledged = reader.acknowledge(start);
        QVERIFY(!acknowledged);
        QCOMPARE(acknowledged.error().code, Error::Code::NotFound);
    }

    // The slot dropped while capture was stopped, and created again by the next prepare(): it
    // starts after the position capture must resume from, so the stream refuses instead of
    // skipping what committed in between.
    void slotCreatedAgainIsRefused()
    {
        PostgreSqlChangeReader reader(source(), scope(u"again"_s, {u"items"_s}));
        reader.setHeartbeatInterval(200ms);
        QVERIFY(reader.prepare());
        const QString start = *reader.currentPosition();
        QVERIFY(reader.release());
        sql(u"INSERT INTO src.items VALUES (4001, 'lost', 1)"_s);
        QVERIFY(reader.prepare());
        const QString recreated = *reader.currentPosition();
        QVERIFY(*pgoutput::parseLsn(recreated) > *pgoutput::parseLsn(start));
        CancelToken cancel;
        auto s = reader.stream(
            start, [](ChangeTransaction &&) -> Status { return {}; }, cancel);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::NotFound);
        QCOMPARE(s.error().message,
                 u"replication slot %1 on PostgreSQL at %2:%3 starts at %4, after position %5 "
                 "that capture must resume from: the slot was dropped and created again (or "
                 "advanced), and the changes between them cannot be read"_s.arg(
                     reader.slotName(), source().host, QString::number(source().port), recreated,
                     start));
        QCOMPARE(s.error().object, reader.slotName());
        // From the slot's own position the stream runs.
        auto from = collect(reader, recreated, 1, true);
        QVERIFY2(from.status.error().code == Error::Code::Cancelled,
                 qPrintable(errorText(from.status.error())));
        QVERIFY(reader.release());
    }

    // The full step's hand-off: the snapshot shows the rows as of the slot's creation, and the
    // stream from the slot's position carries exactly what came after.
    void exportedSnapshotHandOff()
    {
        PostgreSqlChangeReader reader(source(), scope(u"handoff"_s, {u"handoff"_s}));
        auto snapshot = reader.createSlotWithSnapshot();
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : errorText(snapshot.error())));
        QVERIFY(!snapshot->snapshotName.isEmpty());
        QCOMPARE(snapshot->position, *reader.currentPosition());
        sql(u"INSERT INTO src.handoff VALUES (4, 'four')"_s);
        sql(u"UPDATE src.handoff SET v = 'ONE' WHERE id = 1"_s);

        auto full = PostgreSqlSession::open(source());
        QVERIFY(full);
        QVERIFY((*full)->exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s));
        auto imported =
            (*full)->exec(u"SET TRANSACTION SNAPSHOT '%1'"_s.arg(snapshot->snapshotName));
        QVERIFY2(imported, qPrintable(imported ? QString() : errorText(imported.error())));
        auto rows = (*full)->query(u"SELECT string_agg(id || '=' || v, ',' ORDER BY id) "
                                   "FROM src.handoff"_s);
        QVERIFY(rows);
        QCOMPARE(rows->text(0, 0), u"1=one,2=two,3=three"_s);
        QVERIFY((*full)->exec(u"COMMIT"_s));
        reader.releaseSnapshot();

        // Creating it again is refused: the slot exists; prepare() accepts it as it is.
        auto twice = reader.createSlotWithSnapshot();
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        QVERIFY(reader.prepare());

        auto got = collect(reader, snapshot->position, 2);
        QCOMPARE(got.transactions.size(), size_t(2));
        QCOMPARE(describe(got.transactions[0]), (QStringList {u"insert handoff -> [4,four]"_s}));
        QCOMPARE(describe(got.transactions[1]),
                 (QStringList {u"update handoff [1,-] -> [1,ONE]"_s}));
        QVERIFY(reader.release());
    }

    // The replication connection is built like every session: verify-ca with the CA file.
    void streamsOverVerifiedTls()
    {
        Endpoint tls = source();
        tls.tlsMode = TlsMode::VerifyCa;
        tls.caFile = test::caFile();
        PostgreSqlChangeReader reader(tls, scope(u"tls"_s, {u"items"_s}));
        reader.setHeartbeatInterval(100ms);
        QVERIFY(reader.prepare());
        QString ssl;
        auto got =
            collect(reader, *reader.currentPosition(), 1, true, [&](const ChangeTransaction &) {
                ssl = scalar(u"SELECT ssl FROM pg_stat_ssl WHERE pid = (SELECT "
                             "active_pid FROM pg_replication_slots WHERE "
                             "slot_name = '%1')"_s.arg(reader.slotName()));
            });
        QCOMPARE(got.transactions.size(), size_t(1));
        QCOMPARE(ssl, u"t"_s);

        Endpoint noCa = tls;
        noCa.caFile.clear();
        PostgreSqlChangeReader refused(noCa, scope(u"tls"_s, {u"items"_s}));
        CancelToken cancel;
        auto s = refused.stream(
            {}, [](ChangeTransaction &&) -> Status { return {}; }, cancel);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY(reader.release());
    }

    void makeChangeReaderThroughTheDriver()
    {
        auto reader = driver().makeChangeReader(source(), scope(u"driver"_s, {u"items"_s}));
        QVERIFY2(reader, qPrintable(reader ? QString() : errorText(reader.error())));
        QVERIFY(dynamic_cast<PostgreSqlChangeReader *>(reader->get()));
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlChangeReader)
#include "tst_postgresql_changereader.moc"

// SQLite change capture: triggers and a change log in a real file, streamed values compared
// byte for byte with what the full copy (SqliteTableReader) reads from the same table.
#include "engines/driver.h"
#include "engines/sqlite/sqlitechangereader.h"
#include "engines/sqlite/sqlitesession.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

using Cell = std::optional<std::string>;
using Row = std::vector<Cell>;

const Driver &driver()
{
    return Driver::forEngine(Engine::Sqlite);
}

QString show(const Cell &c)
{
    return c ? QString::fromLatin1(QByteArray::fromStdString(*c).toHex()) : u"NULL"_s;
}

QString show(const Row &row)
{
    QStringList cells;
    for (const Cell &c : row)
        cells << show(c);
    return u'(' + cells.join(u", "_s) + u')';
}

// The error that ends a collect(): the sink has what it waited for.
const QString enoughMessage = u"enough"_s;

struct Stream
{
    std::vector<ChangeTransaction> txs;
    Status status;

    std::vector<const ChangeEvent *> events() const
    {
        std::vector<const ChangeEvent *> out;
        for (const ChangeTransaction &tx : txs)
            for (const ChangeEvent &e : tx.events)
                out.push_back(&e);
        return out;
    }
    std::vector<const ChangeTransaction *> data() const
    {
        std::vector<const ChangeTransaction *> out;
        for (const ChangeTransaction &tx : txs)
            if (!tx.events.empty())
                out.push_back(&tx);
        return out;
    }
};

// Streams from `from` until `enough` holds after a sink call (or the stream ends otherwise).
// `onEach` runs inside the sink, on the stream's thread, before `enough` is asked.
Stream collect(ChangeReader &reader, const QString &from,
               const std::function<bool(const Stream &)> &enough,
               const std::function<void(const ChangeTransaction &)> &onEach = {},
               const CancelToken &cancel = CancelToken())
{
    Stream s;
    s.status = reader.stream(
        from,
        [&](ChangeTransaction &&tx) -> Status {
            s.txs.push_back(std::move(tx));
            if (onEach)
                onEach(s.txs.back());
            if (enough(s))
                return fail(Error::Code::Internal, enoughMessage);
            return {};
        },
        cancel);
    return s;
}

std::function<bool(const Stream &)> events(size_t n)
{
    return [n](const Stream &s) {
        return s.events().size() >= n;
    };
}

} // namespace

// QCOMPARE prints a cell as its text, or NULL.
namespace QTest {
template<>
inline char *toString(const Cell &c)
{
    return qstrdup(c ? QByteArray::fromStdString(*c).toPercentEncoding(" .:-+_{}[]\"',").constData()
                     : "NULL");
}
} // namespace QTest

namespace {

bool finishedByEnough(const Stream &s)
{
    return !s.status && s.status.error().message == enoughMessage;
}

} // namespace

class TestSqliteChangeReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Endpoint m_endpoint;
    std::unique_ptr<Session> m_writer;
    int m_file = 0;

    // A fresh file in WAL mode (the mode an application writing it beside Ferry should use).
    void newFile()
    {
        m_writer.reset();
        m_endpoint.engine = Engine::Sqlite;
        m_endpoint.path = m_dir.filePath(u"cdc%1.sqlite"_s.arg(++m_file));
        auto session = driver().connectForWrite(m_endpoint);
        QVERIFY(session);
        m_writer = std::move(*session);
        QVERIFY(m_writer->exec(u"PRAGMA journal_mode=WAL"_s));
    }

    void exec(const QString &sql)
    {
        auto ok = m_writer->exec(sql);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
    }

    CaptureScope scope(const QString &project, const QStringList &tables)
    {
        CaptureScope s;
        s.project = project;
        auto all = driver().readTables(*m_writer, u"main"_s);
        if (!all)
            qFatal("readTables: %s", qPrintable(all.error().text()));
        for (const QString &name : tables)
            for (const Table &t : std::as_const(*all))
                if (t.ref.name == name)
                    s.tables.append(t);
        return s;
    }

    // The rows of `table` as the full copy reads them, in key order.
    std::vector<Row> fullCopy(const Table &table)
    {
        std::vector<Row> rows;
        auto session = driver().connect(m_endpoint);
        if (!session)
            qFatal("connect: %s", qPrintable(session.error().text()));
        ReadRequest request;
        request.table = table.ref;
        request.columns = table.columns;
        for (const QString &k : table.chunkKey())
            request.keyColumns.append(*table.column(k));
        auto reader = driver().makeReader(**session);
        auto ok = reader->read(
            request,
            [&](RowBatch &&batch) -> Status {
                for (int r = 0; r < batch.rows(); ++r) {
                    Row row;
                    for (int c = 0; c < batch.columns(); ++c)
                        row.push_back(batch.isNull(r, c) ? Cell()
                                                         : Cell(std::string(batch.cell(r, c))));
                    rows.push_back(std::move(row));
                }
                return {};
            },
            CancelToken());
        if (!ok)
            qFatal("read: %s", qPrintable(ok.error().text()));
        return rows;
    }

    // sqlite_schema as it is, rootpages included, in a stable order.
    QStringList schema()
    {
        auto r = m_writer->query(u"SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema "
                                 "ORDER BY type, name"_s);
        if (!r)
            qFatal("schema: %s", qPrintable(r.error().text()));
        QStringList out;
        for (int i = 0; i < r->size(); ++i)
            out << QStringList {r->text(i, 0), r->text(i, 1), r->text(i, 2), r->text(i, 3),
                                r->text(i, 4)}
                       .join(u" | "_s);
        return out;
    }

    QString position(ChangeReader &reader)
    {
        auto p = reader.currentPosition();
        if (!p)
            qFatal("currentPosition: %s", qPrintable(p.error().text()));
        return *p;
    }

    std::unique_ptr<SqliteChangeReader> reader(const CaptureScope &s)
    {
        auto r = std::make_unique<SqliteChangeReader>(m_endpoint, s);
        r->pollInterval = std::chrono::milliseconds(20);
        return r;
    }

private slots:
    // Every type the SQLite catalog maps, with hard values, through insert, update (the key
    // too) and delete: each image equals what the full copy reads, byte for byte.
    void valuesMatchTheFullCopy()
    {
        newFile();
        exec(u"CREATE TABLE every (id INTEGER PRIMARY KEY, b BOOLEAN, t1 TINYINT(1), "
             "ti TINYINT, si SMALLINT, mi MEDIUMINT, i INT, bi BIGINT, u INT UNSIGNED, "
             "d DECIMAL(10,2), nu NUMERIC, r REAL, dbl DOUBLE, f FLOAT, ch CHAR(5), "
             "vc VARCHAR(100), tx TEXT, cl CLOB, bl BLOB, dt DATE, dtm DATETIME, ts TIMESTAMP, "
             "tm TIME, j JSON, uu UUID, anything, money MONEY, "
             "g INTEGER GENERATED ALWAYS AS (id * 2) VIRTUAL)"_s);
        const CaptureScope s = scope(u"values"_s, {u"every"_s});
        QCOMPARE(s.tables.size(), 1);
        const Table &every = s.tables.first();
        auto r = reader(s);
        QVERIFY(r->prepare());
        const QString p0 = position(*r);
        QCOMPARE(p0, u"0"_s);

        const QString columns = u"id, b, t1, ti, si, mi, i, bi, u, d, nu, r, dbl, f, ch, vc, tx, "
                                "cl, bl, dt, dtm, ts, tm, j, uu, anything, money"_s;
        // 1: extremes; 2: edges (17-digit reals, -0.0, NUL and invalid UTF-8 in text, empty);
        // 3: NULLs; 4: values of another storage class than the column's affinity.
        exec(u"INSERT INTO every (%1) VALUES (1, 1, 1, -128, -32768, 8388607, "
             "9223372036854775807, -9223372036854775808, 18446744073709551615, 12.50, "
             "12345678901234567890.123456789, 1.7976931348623157e308, 5e-324, 1e-308, 'ab', "
             "'😀 ü 中 emoji', 'tab' || char(9) || 'here' || char(10) || 'back\\slash ''q''', "
             "'clob', X'00FF0A5C0D0900', '2024-02-29', '2024-02-29 23:59:59.999999', "
             "'1970-01-01 00:00:01', '23:59:59.999999', '{\"b\": [1, 2], \"a\": \"ü\"}', "
             "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', X'DEADBEEF', 0.30000000000000004)"_s.arg(
                 columns));
        exec(u"INSERT INTO every (%1) VALUES (2, 0, 0, 0, 0, 0, 0, 0, 0, -0.01, 0, 0.1 + 0.2, "
             "-0.0, 1e-308, '', '', CAST(X'6100620063' AS TEXT), CAST(X'FFFE41C3' AS TEXT), "
             "X'', '0001-01-01', '1970-01-01 00:00:00.000001', '', '00:00:00', '[]', "
             "'00000000-0000-0000-0000-000000000000', '', -0.0)"_s.arg(columns));
        exec(u"INSERT INTO every (id) VALUES (3)"_s);
        exec(u"INSERT INTO every (%1) VALUES (4, 'yes', 2.0, 'x', X'01', 1.5, '42', ' 7', "
             "'1e400', 'abc', '12.50', '3', 'NaN', X'00', 3, 4.5, 6, 7.25, 'text in blob', "
             "20240229, 2.5, X'FF', 12, 1, 2, 1e100, '0012')"_s.arg(columns));
        const std::vector<Row> inserted = fullCopy(every);
        QCOMPARE(inserted.size(), size_t(4));

        Stream st = collect(*r, p0, events(4));
        QVERIFY2(finishedByEnough(st), qPrintable(st.status.error().text()));
        auto ev = st.events();
        QCOMPARE(ev.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(ev[i]->kind, ChangeEvent::Kind::Insert);
            QCOMPARE(ev[i]->table, every.ref);
            QVERIFY(ev[i]->before.empty());
            QCOMPARE(ev[i]->after.values.size(), size_t(every.columns.size()));
            QVERIFY2(ev[i]->after.values == inserted[i],
                     qPrintable(show(ev[i]->after.values) + u" != "_s + show(inserted[i])));
        }
        // The full copy's own view of the hard values, so a regression in both shows too.
        QCOMPARE(inserted[1][11], Cell("0.30000000000000004")); // r = 0.1 + 0.2
        QCOMPARE(inserted[0][13], Cell("1e-308"));
        QCOMPARE(inserted[0][8], Cell("18446744073709551616")); // beyond int64: the REAL 2^64
        // SQLite itself keeps no negative zero in a REAL or NUMERIC column: both readers agree.
        QCOMPARE(inserted[1][12], Cell("0"));
        QCOMPARE(inserted[1][26], Cell("0"));
        QCOMPARE(inserted[0][7], Cell("-9223372036854775808"));
        QCOMPARE(inserted[0][18], Cell(std::string("\x00\xff\x0a\x5c\x0d\x09\x00", 7)));
        QCOMPARE(inserted[1][16], Cell(std::string("a\0b\0c", 5)));
        QCOMPARE(inserted[1][17], Cell(std::string("\xff\xfe\x41\xc3", 4)));
        QCOMPARE(inserted[1][18], Cell(std::string()));
        QCOMPARE(inserted[0][27], Cell("2")); // the generated column
        QCOMPARE(inserted[2][1], Cell());
        const QString p1 = st.txs.back().position;
        QCOMPARE(p1, u"4"_s);

        // Updates, one of them moving the key: before images carry the old key.
        exec(u"UPDATE every SET r = 1e-308, tx = CAST(X'00' AS TEXT), bl = NULL WHERE id = 2"_s);
        exec(u"UPDATE every SET id = 100, dbl = 0.1 + 0.2 WHERE id = 1"_s);
        exec(u"UPDATE every SET b = 1, bl = X'0000' WHERE id = 3"_s);
        const std::vector<Row> updated = fullCopy(every); // ids 2, 3, 4, 100
        st = collect(*r, p1, events(3));
        QVERIFY2(finishedByEnough(st), qPrintable(st.status.error().text()));
        ev = st.events();
        QCOMPARE(ev.size(), size_t(3));
        const std::pair<size_t, size_t> beforeAfter[] = {{1, 0}, {0, 3}, {2, 1}};
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(ev[i]->kind, ChangeEvent::Kind::Update);
            QVERIFY2(ev[i]->before.values == inserted[beforeAfter[i].first],
                     qPrintable(show(ev[i]->before.values)));
            QVERIFY2(ev[i]->after.values == updated[beforeAfter[i].second],
                     qPrintable(show(ev[i]->after.values)));
        }
        QCOMPARE(ev[1]->before.values[0], Cell("1"));
        QCOMPARE(ev[1]->after.values[0], Cell("100"));
        QCOMPARE(ev[1]->after.values[27], Cell("200"));
        const QString p2 = st.txs.back().position;
        QCOMPARE(p2, u"7"_s);

        exec(u"DELETE FROM every WHERE id IN (2, 100)"_s);
        st = collect(*r, p2, events(2));
        QVERIFY2(finishedByEnough(st), qPrintable(st.status.error().text()));
        ev = st.events();
        QCOMPARE(ev.size(), size_t(2));
        QCOMPARE(ev[0]->kind, ChangeEvent::Kind::Delete);
        QCOMPARE(ev[1]->kind, ChangeEvent::Kind::Delete);
        QVERIFY(ev[0]->after.empty());
        QVERIFY(ev[0]->before.values == updated[0]);
        QVERIFY(ev[1]->before.values == updated[3]);
        QCOMPARE(position(*r), u"9"_s);
        QVERIFY(r->release());
    }

    // A transaction another connection writes while the reader polls (over two tables, one
    // WITHOUT ROWID with an awkward name) arrives as one ChangeTransaction, events in order.
    void transactionArrivesWhole()
    {
        newFile();
        exec(u"CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)"_s);
        exec(u"CREATE TABLE \"Order's \"\"Items\"\"\" (\"Order Id\" INTEGER, \"Line\" TEXT, "
             "\"select\" INT, PRIMARY KEY (\"Order Id\", \"Line\")) WITHOUT ROWID"_s);
        const QString items = u"Order's \"Items\""_s;
        const CaptureScope s = scope(u"whole"_s, {u"a"_s, items});
        QCOMPARE(s.tables.size(), 2);
        auto r = reader(s);
        r->heartbeatInterval = std::chrono::milliseconds(0); // a heartbeat after every idle poll
        QVERIFY(r->prepare());
        const QString p0 = position(*r);

        auto other = driver().connectForWrite(m_endpoint);
        QVERIFY(other);
        Session &w = **other;
        // Each idle poll hands us a heartbeat: one step of the transaction per poll, so the
        // reader reads at least three times while it is open.
        int heartbeats = 0;
        QStringList failures;
        auto step = [&](const QString &sql) {
            if (auto ok = w.exec(sql); !ok)
                failures << ok.error().text();
        };
        Stream st = collect(*r, p0, events(5), [&](const ChangeTransaction &tx) {
            if (!tx.events.empty())
                return;
            switch (++heartbeats) {
            case 1:
                step(u"BEGIN IMMEDIATE"_s);
                step(u"INSERT INTO a VALUES (1, 'one')"_s);
                break;
            case 2:
                step(u"INSERT INTO \"Order's \"\"Items\"\"\" VALUES (7, 'L''1', 70)"_s);
                step(u"UPDATE a SET v = 'uno' WHERE id = 1"_s);
                break;
            case 3:
                step(
                    u"UPDATE \"Order's \"\"Items\"\"\" SET \"Line\" = 'L2' WHERE \"Order Id\" = 7"_s);
                step(u"DELETE FROM a WHERE id = 1"_s);
                break;
            case 4: step(u"COMMIT"_s); break;
            default: break;
            }
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        QVERIFY2(finishedByEnough(st), qPrintable(st.status.error().text()));
        QVERIFY(heartbeats >= 4);
        const auto data = st.data();
        QCOMPARE(data.size(), size_t(1));
        const ChangeTransaction &tx = *data.front();
        QCOMPARE(tx.position, u"5"_s);
        QVERIFY(tx.commitTime.isValid());
        QCOMPARE(tx.commitTime.timeSpec(), Qt::UTC);
        QCOMPARE(tx.events.size(), size_t(5));
        using K = ChangeEvent::Kind;
        const TableRef a {u"main"_s, u"a"_s};
        const TableRef it {u"main"_s, items};
        QCOMPARE(tx.events[0].kind, K::Insert);
        QCOMPARE(tx.events[0].table, a);
        QVERIFY(tx.events[0].after.values == (Row {Cell("1"), Cell("one")}));
        QCOMPARE(tx.events[1].kind, K::Insert);
        QCOMPARE(tx.events[1].table, it);
        QVERIFY(tx.events[1].after.values == (Row {Cell("7"), Cell("L'1"), Cell("70")}));
        QCOMPARE(tx.events[2].kind, K::Update);
        QVERIFY(tx.events[2].before.values == (Row {Cell("1"), Cell("one")}));
        QVERIFY(tx.events[2].after.values == (Row {Cell("1"), Cell("uno")}));
        QCOMPARE(tx.events[3].kind, K::Update);
        QCOMPARE(tx.events[3].table, it);
        QVERIFY(tx.events[3].before.values == (Row {Cell("7"), Cell("L'1"), Cell("70")}));
        QVERIFY(tx.events[3].after.values == (Row {Cell("7"), Cell("L2"), Cell("70")}));
        QCOMPARE(tx.events[4].kind, K::Delete);
        QVERIFY(tx.events[4].before.values == (Row {Cell("1"), Cell("uno")}));
        // Every heartbeat before the commit stood still at the start.
        for (const ChangeTransaction &h : st.txs)
            if (h.events.empty())
                QCOMPARE(h.position, p0);
    }

    // Another thread commits transactions of three rows while the reader streams: every row
    // arrives, in commit order, and no ChangeTransaction splits a source transaction.
    void concurrentWriterNeverSplits_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::newRow("wal") << u"WAL"_s;
        QTest::newRow("rollback journal") << u"DELETE"_s;
    }
    void concurrentWriterNeverSplits()
    {
        QFETCH(QString, journal);
        newFile();
        exec(u"PRAGMA journal_mode="_s + journal);
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, grp INTEGER NOT NULL, pad TEXT)"_s);
        auto r = reader(scope(u"concurrent"_s, {u"t"_s}));
        QVERIFY(r->prepare());
        const QString p0 = position(*r);

        constexpr int transactions = 300;
        QStringList failures;
        std::thread writer([&] {
            auto session = driver().connectForWrite(m_endpoint);
            if (!session) {
                failures << session.error().text();
                return;
            }
            for (int g = 0; g < transactions; ++g) {
                QStringList sql {u"BEGIN IMMEDIATE"_s};
                for (int k = 1; k <= 3; ++k)
                    sql << u"INSERT INTO t VALUES (%1, %2, printf('%.*c', 200, 'x'))"_s
                               .arg(g * 3 + k)
                               .arg(g);
                sql << u"COMMIT"_s;
                for (const QString &s : std::as_const(sql))
                    if (auto ok = (*session)->exec(s); !ok) {
                        failures << ok.error().text();
                        return;
                    }
            }
        });
        Stream st = collect(*r, p0, events(size_t(transactions) * 3));
        writer.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        QVERIFY2(finishedByEnough(st), qPrintable(st.status.error().text()));
        const auto ev = st.events();
        QCOMPARE(ev.size(), size_t(transactions) * 3);
        for (size_t i = 0; i < ev.size(); ++i)
            QCOMPARE(ev[i]->after.values[0], Cell(std::to_string(i + 1)));
        qint64 last = p0.toLongLong();
        for (const ChangeTransaction *tx : st.data()) {
            QCOMPARE(tx->events.size() % 3, size_t(0));
            QCOMPARE(tx->events.front().after.values[0],
                     Cell(std::to_string(std::stoll(*tx->events.front().after.values[1]) * 3 + 1)));
            QVERIFY(tx->position.toLongLong() > last);
            last = tx->position.toLongLong();
        }
        QCOMPARE(last, qint64(transactions) * 3);
        qInfo("%d source transactions arrived in %d ChangeTransactions", transactions,
              int(st.data().size()));
    }

    // A stream restarted from a position delivers exactly what came after it; acknowledging
    // trims the log, keeps the sequence going up, and a trimmed position is refused.
    void restartAndAcknowledge()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
        auto r = reader(scope(u"restart"_s, {u"t"_s}));
        QVERIFY(r->prepare());
        const QString p0 = position(*r);
        exec(u"INSERT INTO t VALUES (1, 'a'), (2, 'b')"_s);
        Stream first = collect(*r, p0, events(2));
        QVERIFY(finishedByEnough(first));
        const QString p1 = first.txs.back().position;
        QCOMPARE(p1, u"2"_s);
        exec(u"UPDATE t SET v = 'c' WHERE id = 1"_s);
        exec(u"DELETE FROM t WHERE id = 2"_s);
        exec(u"INSERT INTO t VALUES (3, 'd')"_s);

        Stream all = collect(*r, p0, events(5));
        QVERIFY(finishedByEnough(all));
        Stream rest = collect(*r, p1, events(3));
        QVERIFY(finishedByEnough(rest));
        const auto a = all.events();
        const auto b = rest.events();
        QCOMPARE(a.size(), size_t(5));
        QCOMPARE(b.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(b[i]->kind, a[i + 2]->kind);
            QVERIFY(b[i]->before.values == a[i + 2]->before.values);
            QVERIFY(b[i]->after.values == a[i + 2]->after.values);
        }
        QCOMPARE(b[0]->kind, ChangeEvent::Kind::Update);
        QCOMPARE(b[2]->after.values[0], Cell("3"));
        QCOMPARE(position(*r), u"5"_s);

        auto seqs = [&] {
            auto q =
                m_writer->query(u"SELECT seq, op FROM \"%1\" ORDER BY seq"_s.arg(r->logTable()));
            QStringList out;
            for (int i = 0; q && i < q->size(); ++i)
                out << q->text(i, 0) + u':' + q->text(i, 1);
            return out;
        };
        QCOMPARE(seqs(), (QStringList {u"1:1"_s, u"2:1"_s, u"3:2"_s, u"4:3"_s, u"5:1"_s}));
        QVERIFY(r->acknowledge(p1));
        QCOMPARE(seqs(), (QStringList {u"3:2"_s, u"4:3"_s, u"5:1"_s}));
        Stream gone = collect(*r, p0, events(1));
        QVERIFY(!gone.status);
        QCOMPARE(gone.status.error().code, Error::Code::NotFound);
        QVERIFY2(gone.status.error().message.contains(u"position 0 is no longer"_s),
                 qPrintable(gone.status.error().message));
        rest = collect(*r, p1, events(3));
        QVERIFY(finishedByEnough(rest));
        QCOMPARE(rest.events().size(), size_t(3));

        // Trim everything: a marker keeps the last number taken.
        QVERIFY(r->acknowledge(u"5"_s));
        QCOMPARE(seqs(), (QStringList {u"5:0"_s}));
        QCOMPARE(position(*r), u"5"_s);
        exec(u"INSERT INTO t VALUES (4, 'e')"_s);
        QCOMPARE(position(*r), u"6"_s);
        Stream after = collect(*r, u"5"_s, events(1));
        QVERIFY(finishedByEnough(after));
        QCOMPARE(after.txs.back().position, u"6"_s);
        QVERIFY(after.events()[0]->after.values == (Row {Cell("4"), Cell("e")}));
        Stream trimmed = collect(*r, u"4"_s, events(1));
        QVERIFY(!trimmed.status);
        QCOMPARE(trimmed.status.error().code, Error::Code::NotFound);
        Stream ahead = collect(*r, u"60"_s, events(1));
        QVERIFY(!ahead.status);
        QVERIFY2(ahead.status.error().message.contains(u"ahead"_s),
                 qPrintable(ahead.status.error().message));
        QCOMPARE(r->acknowledge(u"60"_s).error().code, Error::Code::InvalidInput);
        QCOMPARE(r->acknowledge(u"six"_s).error().code, Error::Code::InvalidInput);
    }

    // An idle source still reports: a heartbeat with the current position and the time.
    void heartbeatWhileIdle()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s);
        auto r = reader(scope(u"idle"_s, {u"t"_s}));
        QVERIFY(r->prepare());
        exec(u"INSERT INTO t VALUES (1)"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Stream st = collect(*r, u"0"_s, [](const Stream &s) {
            return !s.txs.empty() && s.txs.back().events.empty();
        });
        QVERIFY(finishedByEnough(st));
        QCOMPARE(st.txs.size(), size_t(2));
        QCOMPARE(st.txs[0].events.size(), size_t(1));
        const ChangeTransaction &h = st.txs[1];
        QCOMPARE(h.position, u"1"_s);
        QCOMPARE(h.commitTime.timeSpec(), Qt::UTC);
        QVERIFY(h.commitTime >= before.addSecs(-1)); // clock resolution of julianday
        QVERIFY(h.transactionId.isEmpty());
    }

    // cancel() from another thread ends a stream waiting between polls at once: the poll and
    // heartbeat intervals are an hour, so only the interrupt can end it.
    void cancelFromAnotherThread()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s);
        auto r = reader(scope(u"cancel"_s, {u"t"_s}));
        r->pollInterval = std::chrono::hours(1);
        r->heartbeatInterval = std::chrono::milliseconds(0);
        QVERIFY(r->prepare());
        CancelToken cancel;
        std::thread canceller;
        Stream st = collect(
            *r, u"0"_s, [](const Stream &) { return false; },
            [&](const ChangeTransaction &) {
                if (!canceller.joinable())
                    canceller = std::thread([cancel] { cancel.cancel(); });
            },
            cancel);
        canceller.join();
        QVERIFY(!st.status);
        QCOMPARE(st.status.error().code, Error::Code::Cancelled);
        QCOMPARE(st.txs.size(), size_t(1));
    }

    // A table without a usable key is refused by name, with the fix, and nothing is installed;
    // a rowid table with a UNIQUE NOT NULL index is captured by that index.
    void keylessTableRefused()
    {
        newFile();
        exec(u"CREATE TABLE nokey (a INTEGER, b TEXT)"_s);
        exec(u"CREATE TABLE nullable (a INTEGER, b TEXT UNIQUE)"_s);
        exec(u"CREATE TABLE uniq (a INTEGER NOT NULL, b TEXT)"_s);
        exec(u"CREATE UNIQUE INDEX uniq_a ON uniq (a)"_s);
        const QStringList before = schema();
        for (const QString &table : {u"nokey"_s, u"nullable"_s}) {
            auto r = reader(scope(u"keys"_s, {u"uniq"_s, table}));
            auto ok = r->prepare();
            QVERIFY(!ok);
            QCOMPARE(ok.error().code, Error::Code::Unsupported);
            QCOMPARE(ok.error().message,
                     u"table %1 has no primary key and no UNIQUE index on NOT NULL columns: its "
                     "captured changes could not be applied to one row of the target"_s.arg(table));
            QVERIFY(ok.error().fix.startsWith(
                u"Add a PRIMARY KEY (or a UNIQUE index on NOT NULL columns) to %1"_s.arg(table)));
            QCOMPARE(ok.error().object, u"main."_s + table);
            QCOMPARE(schema(), before);
        }
        auto r = reader(scope(u"keys"_s, {u"uniq"_s}));
        QVERIFY(r->prepare());
        exec(u"INSERT INTO uniq VALUES (5, 'five')"_s);
        Stream st = collect(*r, u"0"_s, events(1));
        QVERIFY(finishedByEnough(st));
        QVERIFY(st.events()[0]->after.values == (Row {Cell("5"), Cell("five")}));
    }

    // prepare() twice changes nothing; release() leaves sqlite_schema exactly as it was, and
    // release() again is harmless.
    void prepareIsIdempotentAndReleaseRestores()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
        exec(u"CREATE TABLE u (k TEXT PRIMARY KEY, w BLOB) WITHOUT ROWID"_s);
        exec(u"CREATE INDEX t_v ON t (v)"_s);
        exec(u"CREATE TRIGGER app_trigger AFTER INSERT ON t BEGIN SELECT 1; END"_s);
        exec(u"INSERT INTO t VALUES (1, 'x')"_s);
        const QStringList before = schema();
        auto r = reader(scope(u"release"_s, {u"t"_s, u"u"_s}));
        QVERIFY(r->prepare());
        const QStringList prepared = schema();
        QCOMPARE(prepared.size(), before.size() + 7); // the log and 3 triggers per table
        // The catalog does not offer the log as a table to migrate or capture.
        auto listed = driver().readTables(*m_writer, u"main"_s);
        QVERIFY(listed);
        QStringList names;
        for (const Table &t : std::as_const(*listed))
            names << t.ref.name;
        QCOMPARE(names, (QStringList {u"t"_s, u"u"_s}));
        auto version = [&] {
            return m_writer->query(u"PRAGMA schema_version"_s)->text(0, 0);
        };
        const QString v = version();
        QVERIFY(r->prepare());
        QCOMPARE(schema(), prepared);
        QCOMPARE(version(), v);
        exec(u"INSERT INTO t VALUES (2, 'y')"_s);
        exec(u"INSERT INTO u VALUES ('k', X'00')"_s);
        QCOMPARE(position(*r), u"2"_s);
        QVERIFY(r->release());
        QCOMPARE(schema(), before);
        QVERIFY(r->release());
        QCOMPARE(schema(), before);
        QCOMPARE(r->currentPosition().error().code, Error::Code::NotFound);
        Stream st = collect(*r, u"0"_s, events(1));
        QCOMPARE(st.status.error().code, Error::Code::NotFound);

        // A scope that shrinks drops the triggers of the table that left, and its pending
        // changes are skipped (their numbers stay taken).
        QVERIFY(r->prepare());
        exec(u"INSERT INTO t VALUES (3, 'z')"_s);
        exec(u"INSERT INTO u VALUES ('l', X'01')"_s);
        auto narrow = reader(scope(u"release"_s, {u"u"_s}));
        QVERIFY(narrow->prepare());
        QCOMPARE(schema().size(), before.size() + 4);
        exec(u"INSERT INTO t VALUES (4, 'not captured')"_s);
        exec(u"INSERT INTO u VALUES ('m', X'02')"_s);
        Stream n = collect(*narrow, u"0"_s, events(2));
        QVERIFY2(finishedByEnough(n), qPrintable(n.status.error().text()));
        QCOMPARE(n.events()[0]->after.values[0], Cell("l"));
        QCOMPARE(n.events()[1]->after.values[0], Cell("m"));
        QCOMPARE(n.txs.back().position, u"3"_s);
        QVERIFY(narrow->release());
        QCOMPARE(schema(), before);
    }

    // A captured table renamed after prepare keeps its trigger under the old name: release()
    // still removes it, so the application's writes do not fail on the dropped log.
    void releaseAfterRename()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
        exec(u"CREATE TABLE keep (id INTEGER PRIMARY KEY)"_s);
        auto r = reader(scope(u"rename"_s, {u"t"_s, u"keep"_s}));
        QVERIFY(r->prepare());
        exec(u"ALTER TABLE t RENAME TO t2"_s);
        Stream st = collect(*r, u"0"_s, events(1));
        QCOMPARE(st.status.error().message, u"captured table t no longer exists"_s);
        QVERIFY(r->release());
        auto left = m_writer->query(u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"_s);
        QVERIFY(left);
        QCOMPARE(left->size(), 0);
        exec(u"INSERT INTO t2 VALUES (1, 'still writable')"_s);
    }

    // A captured table whose columns change after prepare stops the stream with the table
    // named, instead of shifting values into the wrong columns.
    void schemaChangeStopsTheStream()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
        auto r = reader(scope(u"drift"_s, {u"t"_s}));
        QVERIFY(r->prepare());
        exec(u"INSERT INTO t VALUES (1, 'a')"_s);
        int seen = 0;
        Stream st = collect(
            *r, u"0"_s, [](const Stream &) { return false; },
            [&](const ChangeTransaction &tx) {
                if (!tx.events.empty() && ++seen == 1)
                    exec(u"ALTER TABLE t ADD COLUMN w INTEGER"_s);
            });
        QCOMPARE(seen, 1);
        QVERIFY(!st.status);
        QCOMPARE(st.status.error().code, Error::Code::Conflict);
        QCOMPARE(st.status.error().message,
                 u"captured table t changed: its columns are now (id, v, w), the project read "
                 "(id, v)"_s);
    }

    // Two projects on one file have their own log and triggers; neither sees, trims nor
    // removes the other's. "Shop" and "shop" differ only in case, which SQLite names ignore.
    void twoProjectsDoNotInterfere()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
        exec(u"CREATE TABLE u (id INTEGER PRIMARY KEY)"_s);
        auto one = reader(scope(u"shop"_s, {u"t"_s}));
        auto two = reader(scope(u"Shop"_s, {u"t"_s, u"u"_s}));
        QCOMPARE(one->logTable(), u"ferry_shop_log"_s);
        QVERIFY(two->logTable().startsWith(u"ferry_shop_"_s));
        QVERIFY(two->logTable() != one->logTable());
        QVERIFY(one->prepare());
        const QStringList onlyOne = schema();
        QVERIFY(two->prepare());
        exec(u"INSERT INTO t VALUES (1, 'a')"_s);
        exec(u"INSERT INTO u VALUES (9)"_s);
        QCOMPARE(position(*one), u"1"_s);
        QCOMPARE(position(*two), u"2"_s);
        QVERIFY(one->acknowledge(u"1"_s));
        Stream st = collect(*two, u"0"_s, events(2));
        QVERIFY(finishedByEnough(st));
        QCOMPARE(st.events()[0]->table.name, u"t"_s);
        QCOMPARE(st.events()[1]->table.name, u"u"_s);
        QVERIFY(two->release());
        QCOMPARE(schema(), onlyOne);
        exec(u"INSERT INTO t VALUES (2, 'b')"_s);
        st = collect(*one, u"1"_s, events(1));
        QVERIFY(finishedByEnough(st));
        QVERIFY(st.events()[0]->after.values == (Row {Cell("2"), Cell("b")}));
        QVERIFY(one->release());
    }

    void driverMakesTheReader()
    {
        newFile();
        exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s);
        auto made = driver().makeChangeReader(m_endpoint, scope(u"made"_s, {u"t"_s}));
        QVERIFY(made);
        QVERIFY((*made)->prepare());
        QCOMPARE(*(*made)->currentPosition(), u"0"_s);
        QVERIFY((*made)->release());
    }
};

QTEST_GUILESS_MAIN(TestSqliteChangeReader)
#include "tst_sqlite_changereader.moc"

// SQLite engine: catalog, dialect, reader and writer on real files, with exact values.
#include "engines/driver.h"
#include "engines/keysetchunker.h"
#include "engines/sqlite/sqlitecatalog.h"
#include "engines/sqlite/sqlitesession.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

struct Rows
{
    std::vector<std::vector<std::optional<std::string>>> rows;
};

Status collect(TableReader &reader, const ReadRequest &request, Rows &out)
{
    return reader.read(
        request,
        [&](RowBatch &&batch) -> Status {
            for (int r = 0; r < batch.rows(); ++r) {
                std::vector<std::optional<std::string>> row;
                for (int c = 0; c < batch.columns(); ++c)
                    row.push_back(batch.isNull(r, c)
                                      ? std::nullopt
                                      : std::optional<std::string>(std::string(batch.cell(r, c))));
                out.rows.push_back(row);
            }
            return {};
        },
        CancelToken());
}

} // namespace

class TestSqliteEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Endpoint m_endpoint;
    std::unique_ptr<Session> m_session;
    const Driver &m_driver = Driver::forEngine(Engine::Sqlite);

private slots:
    void initTestCase()
    {
        m_endpoint.engine = Engine::Sqlite;
        m_endpoint.path = m_dir.filePath(u"engine.sqlite"_s);
        auto session = m_driver.connectForWrite(m_endpoint);
        QVERIFY(session);
        m_session = std::move(*session);
        QVERIFY(m_session->exec(
            u"CREATE TABLE \"Hard Values\" (id INTEGER PRIMARY KEY, flag BOOLEAN NOT NULL "
            "DEFAULT 0, small TINYINT(1), big BIGINT, dec DECIMAL(10,2), r REAL, "
            "name VARCHAR(20) DEFAULT 'it''s', note TEXT, raw BLOB, day DATE, at DATETIME "
            "DEFAULT CURRENT_TIMESTAMP, \"select\" INT, anything)"_s));
        QVERIFY(m_session->exec(u"CREATE UNIQUE INDEX hv_name ON \"Hard Values\" (name)"_s));
        QVERIFY(m_session->exec(u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER "
                                "REFERENCES \"Hard Values\" ON DELETE CASCADE)"_s));
        QVERIFY(m_session->exec(
            u"INSERT INTO \"Hard Values\" VALUES "
            "(1, 1, 1, 9223372036854775807, 12.50, 0.30000000000000004, 'emoji 😀', "
            "'tab\there\nnew line \\ back', X'00FF0A5C', '2024-02-29', "
            "'2024-02-29 23:59:59.999999', 7, 'free'), "
            "(2, 0, 0, -9223372036854775808, -0.01, 5e-324, 'x', '', X'', '0001-01-01', "
            "'1970-01-01 00:00:00', NULL, 42), "
            "(3, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, X'01')"_s));
    }

    // The guard the UI tests rely on: a session opened on the forbidden thread is counted, one
    // opened on another thread is not, and clearing the thread resets the count.
    void sessionsOpenedOnAForbiddenThreadAreCounted()
    {
        Session::setForbiddenThread(QThread::currentThread());
        auto disarm = qScopeGuard([] { Session::setForbiddenThread(nullptr); });
        std::unique_ptr<QThread> other(QThread::create([this] {
            auto session = m_driver.connect(m_endpoint);
            QVERIFY(session);
        }));
        other->start();
        QVERIFY(other->wait(30000));
        QCOMPARE(Session::openedOnForbiddenThread(), 0);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"opened on the UI thread"_s));
        QVERIFY(m_driver.connect(m_endpoint));
        QCOMPARE(Session::openedOnForbiddenThread(), 1);
        Session::setForbiddenThread(nullptr);
        QCOMPARE(Session::openedOnForbiddenThread(), 0);
    }

    void catalog()
    {
        auto tables = m_driver.readTables(*m_session, u"main"_s);
        QVERIFY2(tables, qPrintable(tables ? QString() : tables.error().text()));
        QCOMPARE(tables->size(), 2);
        const Table &t = tables->at(0);
        QCOMPARE(t.ref.name, u"Hard Values"_s);
        QCOMPARE(t.rowEstimate, 3);
        QCOMPARE(t.primaryKey->columns, QStringList {u"id"_s});
        QVERIFY(t.column(u"id"_s)->autoIncrement);
        QCOMPARE(t.column(u"flag"_s)->type.kind, TypeKind::Boolean);
        QCOMPARE(t.column(u"flag"_s)->nullable, false);
        QCOMPARE(t.column(u"flag"_s)->defaultKind, Column::DefaultKind::Literal);
        QCOMPARE(t.column(u"flag"_s)->defaultValue, u"0"_s);
        QCOMPARE(t.column(u"small"_s)->type.kind, TypeKind::Boolean);
        QCOMPARE(t.column(u"big"_s)->type.kind, TypeKind::Integer);
        QCOMPARE(t.column(u"big"_s)->type.byteWidth, 8);
        QCOMPARE(t.column(u"dec"_s)->type.kind, TypeKind::Decimal);
        QCOMPARE(t.column(u"dec"_s)->type.precision, 10);
        QCOMPARE(t.column(u"dec"_s)->type.scale, 2);
        QCOMPARE(t.column(u"r"_s)->type.kind, TypeKind::Double);
        QCOMPARE(t.column(u"name"_s)->type.kind, TypeKind::VarChar);
        QCOMPARE(t.column(u"name"_s)->type.length, 20);
        QCOMPARE(t.column(u"name"_s)->defaultValue, u"it's"_s);
        QCOMPARE(t.column(u"note"_s)->type.kind, TypeKind::Text);
        QCOMPARE(t.column(u"raw"_s)->type.kind, TypeKind::Blob);
        QCOMPARE(t.column(u"day"_s)->type.kind, TypeKind::Date);
        QCOMPARE(t.column(u"at"_s)->type.kind, TypeKind::DateTime);
        QCOMPARE(t.column(u"at"_s)->defaultKind, Column::DefaultKind::CurrentTimestamp);
        QCOMPARE(t.column(u"select"_s)->type.kind, TypeKind::Integer);
        QCOMPARE(t.column(u"anything"_s)->type.kind, TypeKind::Other);
        QCOMPARE(t.indexes.size(), 1);
        QCOMPARE(t.indexes[0].name, u"hv_name"_s);
        QVERIFY(t.indexes[0].unique);
        const Table &child = tables->at(1);
        QCOMPARE(child.foreignKeys.size(), 1);
        QCOMPARE(child.foreignKeys[0].referenced.name, u"Hard Values"_s);
        QCOMPARE(child.foreignKeys[0].referencedColumns, QStringList {u"id"_s});
        QCOMPARE(child.foreignKeys[0].onDelete, u"CASCADE"_s);
    }

    void readerGivesCanonicalValues()
    {
        auto tables = m_driver.readTables(*m_session, u"main"_s);
        const Table &t = tables->at(0);
        auto reader = m_driver.makeReader(*m_session);
        ReadRequest request;
        request.table = t.ref;
        request.columns = t.columns;
        request.keyColumns = {*t.column(u"id"_s)};
        Rows rows;
        QVERIFY(collect(*reader, request, rows));
        QCOMPARE(rows.rows.size(), size_t(3));
        using O = std::optional<std::string>;
        const std::vector<O> first = {O("1"),
                                      O("1"),
                                      O("1"),
                                      O("9223372036854775807"),
                                      O("12.5"),
                                      O("0.30000000000000004"),
                                      O("emoji 😀"),
                                      O("tab\there\nnew line \\ back"),
                                      O(std::string("\x00\xff\n\\", 4)),
                                      O("2024-02-29"),
                                      O("2024-02-29 23:59:59.999999"),
                                      O("7"),
                                      O("free")};
        QVERIFY(rows.rows[0] == first);
        QCOMPARE(*rows.rows[1][3], std::string("-9223372036854775808"));
        QCOMPARE(*rows.rows[1][5], std::string("5e-324"));
        QCOMPARE(*rows.rows[1][7], std::string(""));
        QCOMPARE(*rows.rows[1][8], std::string(""));
        QCOMPARE(*rows.rows[1][12], std::string("42"));
        QVERIFY(!rows.rows[2][2].has_value());
        QCOMPARE(*rows.rows[2][12], std::string("\x01"));

        request.range.lower = KeyValues {"1"};
        request.range.upper = KeyValues {"2"};
        Rows ranged;
        QVERIFY(collect(*reader, request, ranged));
        QCOMPARE(ranged.rows.size(), size_t(1));
        QCOMPARE(*ranged.rows[0][0], std::string("2"));
    }

    void chunkBoundariesAreExact()
    {
        QVERIFY(m_session->exec(u"CREATE TABLE many (a INTEGER, b TEXT, PRIMARY KEY (a, b))"_s));
        QVERIFY(m_session->exec(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                "WHERE x < 1000) INSERT INTO many SELECT x / 10, 'k' || (x % 10) "
                                "FROM c"_s));
        auto reader = m_driver.makeReader(*m_session);
        auto tables = m_driver.readTables(*m_session, u"main"_s);
        const Table *many = nullptr;
        for (const Table &t : *tables)
            if (t.ref.name == u"many")
                many = &t;
        QVERIFY(many);
        const QList<Column> key = {*many->column(u"a"_s), *many->column(u"b"_s)};
        auto boundaries = KeysetChunker(*reader, many->ref, key, {}, 300).all(CancelToken());
        QVERIFY(boundaries);
        // Rows sorted by (a, b): the 300th, 600th and 900th (a = 0 has 9 rows, the rest 10).
        QCOMPARE(boundaries->size(), size_t(3));
        QVERIFY((*boundaries)[0] == (KeyValues {"30", "k0"}));
        QVERIFY((*boundaries)[1] == (KeyValues {"60", "k0"}));
        QVERIFY((*boundaries)[2] == (KeyValues {"90", "k0"}));
        // Every row exactly once across the ranges.
        std::optional<KeyValues> lower;
        size_t total = 0;
        for (size_t i = 0; i <= boundaries->size(); ++i) {
            ReadRequest r;
            r.table = many->ref;
            r.columns = many->columns;
            r.keyColumns = key;
            r.range.lower = lower;
            if (i < boundaries->size())
                r.range.upper = (*boundaries)[i];
            Rows rows;
            QVERIFY(collect(*reader, r, rows));
            QCOMPARE(rows.rows.size(), size_t(i < boundaries->size() ? 300 : 100));
            total += rows.rows.size();
            if (i < boundaries->size())
                lower = (*boundaries)[i];
        }
        QCOMPARE(total, size_t(1000));

        // What SQLite's own walk used to miss: a NULL in a key column (SQLite allows one in a
        // composite PRIMARY KEY), no key at all, a cancelled walk.
        QVERIFY(m_session->exec(u"CREATE TABLE holes (a INTEGER, b TEXT, PRIMARY KEY (a, b))"_s));
        QVERIFY(m_session->exec(u"INSERT INTO holes VALUES (NULL, 'x'), (1, 'y'), (2, 'z')"_s));
        const QList<Column> holeKey = key;
        auto nullKey = KeysetChunker(*reader, TableRef {u"main"_s, u"holes"_s}, holeKey, {}, 1)
                           .all(CancelToken());
        QVERIFY(!nullKey);
        QCOMPARE(nullKey.error().code, Error::Code::InvalidInput);
        QCOMPARE(nullKey.error().text(),
                 u"cutting main.holes into chunks: key column a holds NULL, so it cannot cut "
                 "chunks. Choose a key whose columns are NOT NULL."_s);
        auto noKey = KeysetChunker(*reader, many->ref, {}, {}, 300).all(CancelToken());
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().code, Error::Code::InvalidInput);
        CancelToken cancelled;
        cancelled.cancel();
        auto stopped = KeysetChunker(*reader, many->ref, key, {}, 300).all(cancelled);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    }

    void writerRoundTripAndRejections()
    {
        auto tables = m_driver.readTables(*m_session, u"main"_s);
        const Table &t = tables->at(0);
        QVERIFY(m_session->exec(u"CREATE TABLE copy (id INTEGER PRIMARY KEY, big INTEGER, "
                                "dec NUMERIC, r REAL, note TEXT, raw BLOB)"_s));
        auto target = m_driver.readTables(*m_session, u"main"_s);
        const Table *copy = nullptr;
        for (const Table &tt : *target)
            if (tt.ref.name == u"copy")
                copy = &tt;
        QVERIFY(copy);
        WriteRequest w;
        w.table = copy->ref;
        w.columns = {u"id"_s, u"big"_s, u"dec"_s, u"r"_s, u"note"_s, u"raw"_s};
        for (const QString &c : w.columns) {
            w.targetTypes.append(copy->column(c)->type);
            w.targetNullable.append(true);
        }
        w.sourceTypes = {t.column(u"id"_s)->type,   t.column(u"big"_s)->type,
                         t.column(u"dec"_s)->type,  t.column(u"r"_s)->type,
                         t.column(u"note"_s)->type, t.column(u"raw"_s)->type};
        w.keyCells = {0};
        w.keyNames = {u"id"_s};
        w.sourceName = u"main.Hard Values"_s;
        auto writer = m_driver.makeWriter(*m_session);

        RowBatch batch(6);
        auto row = [&](std::initializer_list<std::optional<std::string_view>> cells) {
            for (const auto &c : cells) {
                if (c)
                    batch.append(*c);
                else
                    batch.appendNull();
            }
            batch.endRow();
        };
        row({"1", "9223372036854775807", "12.34", "0.30000000000000004", "a\tb",
             std::string_view("\0\1", 2)});
        row({"2", "-5", "123456789012345", "5e-324", "", std::nullopt});
        QVERIFY(writer->begin(w));
        QVERIFY(writer->write(batch));
        auto stats = writer->commit();
        QVERIFY(stats);
        QCOMPARE(stats->written, 2);
        auto back = m_session->query(u"SELECT id, big, typeof(big), dec, r, note, hex(raw) FROM "
                                     "copy ORDER BY id"_s);
        QVERIFY(back);
        QCOMPARE(back->text(0, 1), u"9223372036854775807"_s);
        QCOMPARE(back->text(0, 2), u"integer"_s);
        QCOMPARE(back->text(0, 3), u"12.34"_s);
        QCOMPARE(back->text(0, 4), u"0.3"_s); // sqlite3's %.15g print; the stored bits are exact
        QCOMPARE(back->text(0, 5), u"a\tb"_s);
        QCOMPARE(back->text(0, 6), u"0001"_s);
        auto exact = m_session->query(u"SELECT r = 0.30000000000000004 FROM copy WHERE id = 1"_s);
        QCOMPARE(exact->text(0, 0), u"1"_s);

        // An unsigned 64-bit value that SQLite would turn into a float is refused, named.
        RowBatch big(6);
        for (const char *c : {"3", "18446744073709551615", "1", "1", "x", "y"})
            big.append(std::string_view(c));
        big.endRow();
        QVERIFY(writer->begin(w));
        auto refused = writer->write(big);
        writer->rollback();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::DataRejected);
        QCOMPARE(refused.error().message,
                 u"main.Hard Values, row id=3: column big value 18446744073709551615 does "
                 "not fit SQLite's signed 64-bit integers"_s);

        // A decimal of more than 15 digits into NUMERIC would be rounded: refused.
        RowBatch wide(6);
        for (const char *c : {"4", "1", "12345678901234567.5", "1", "x", "y"})
            wide.append(std::string_view(c));
        wide.endRow();
        QVERIFY(writer->begin(w));
        auto rounded = writer->write(wide);
        writer->rollback();
        QVERIFY(!rounded);
        QVERIFY2(rounded.error().message.contains(u"more than 15 significant digits"_s),
                 qPrintable(rounded.error().message));

        // A duplicate key: Conflict under Fail, skipped under Ignore.
        RowBatch dup(6);
        for (const char *c : {"1", "0", "0", "0", "dup", "dup"})
            dup.append(std::string_view(c));
        dup.endRow();
        QVERIFY(writer->begin(w));
        auto conflict = writer->write(dup);
        writer->rollback();
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, Error::Code::Conflict);
        QVERIFY(conflict.error().message.startsWith(u"main.Hard Values, row id=1: the key "
                                                    "already exists in main.copy"_s));
        w.conflicts = ConflictPolicy::Ignore;
        QVERIFY(writer->begin(w));
        QVERIFY(writer->write(dup));
        auto ignored = writer->commit();
        QCOMPARE(ignored->written, 0);
        QCOMPARE(ignored->skipped, 1);
        QCOMPARE(m_session->query(u"SELECT note FROM copy WHERE id = 1"_s)->text(0, 0), u"a\tb"_s);

        // deleteRange removes exactly its range, inside the transaction.
        QVERIFY(writer->begin(w));
        QVERIFY(writer->deleteRange({*copy->column(u"id"_s)},
                                    KeyRange {KeyValues {"1"}, std::nullopt}));
        QVERIFY(writer->commit());
        QCOMPARE(m_session->query(u"SELECT group_concat(id) FROM copy"_s)->text(0, 0), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqliteEngine)
#include "tst_sqlite_engine.moc"

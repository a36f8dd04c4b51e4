// A target transaction a step owns: bulk writers join it, and the position record commits or
// rolls back with the rows, on the real MariaDB, PostgreSQL and SQLite.
#include "engines/driver.h"
#include "engines/positionrecord.h"
#include "migrationfixture.h"
#include "testservers.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

class TestTargetTransaction : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Scratch> m_scratch;

    static QString one(Session &session, const QString &sql)
    {
        auto r = session.query(sql);
        if (!r || r->size() == 0)
            return u"<none>"_s;
        return r->text(0, 0);
    }

    // Writes ids [from, to) into `table` through the engine's bulk writer.
    static Status writeRows(const Driver &driver, Session &session, const Table &table, int from,
                            int to, ConflictPolicy conflicts = ConflictPolicy::Fail)
    {
        WriteRequest w;
        w.table = table.ref;
        w.columns = {u"id"_s, u"v"_s};
        for (const QString &c : w.columns) {
            w.targetTypes.append(table.column(c)->type);
            w.sourceTypes.append(table.column(c)->type);
            w.targetNullable.append(c != u"id");
        }
        w.keyCells = {0};
        w.keyNames = {u"id"_s};
        w.conflicts = conflicts;
        auto writer = driver.makeWriter(session);
        RowBatch batch(2);
        for (int id = from; id < to; ++id) {
            const std::string key = std::to_string(id);
            const std::string value = "row " + key;
            batch.append(key);
            batch.append(value);
            batch.endRow();
        }
        if (auto ok = writer->begin(w); !ok)
            return ok;
        if (auto ok = writer->write(batch); !ok) {
            writer->rollback();
            return ok;
        }
        auto stats = writer->commit();
        if (!stats)
            return std::unexpected(stats.error());
        return {};
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"txn"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void rowsAndPositionCommitTogether_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::newRow("mariadb") << Engine::MariaDb;
        QTest::newRow("postgresql") << Engine::PostgreSql;
        QTest::newRow("sqlite") << Engine::Sqlite;
    }

    void rowsAndPositionCommitTogether()
    {
        QFETCH(Engine, engine);
        const Endpoint target =
            m_scratch->make(engine, u"txn_%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(execute(target,
                        {u"CREATE TABLE t (id INTEGER PRIMARY KEY, v VARCHAR(20))"_s,
                         u"CREATE TABLE u (id INTEGER PRIMARY KEY, v VARCHAR(20))"_s}));
        const Driver &driver = Driver::forEngine(engine);
        auto session = driver.connectForWrite(target);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().text()));
        // Another connection sees only what is committed.
        auto observer = driver.connect(target);
        QVERIFY(observer);
        auto tables = driver.readTables(**session, target.effectiveSchema());
        QVERIFY(tables);
        const Table *t = nullptr, *u = nullptr;
        for (const Table &table : *tables) {
            if (table.ref.name == u"t")
                t = &table;
            if (table.ref.name == u"u")
                u = &table;
        }
        QVERIFY(t && u);
        const Dialect &d = driver.dialect();
        const QString countT = u"SELECT count(*) FROM %1"_s.arg(d.qualify(t->ref));
        const QString countU = u"SELECT count(*) FROM %1"_s.arg(d.qualify(u->ref));

        PositionRecord position(**session);
        QVERIFY(position.ensureTable());
        QVERIFY(position.ensureTable()); // again: it is there
        auto none = position.read(u"shop"_s, u"incremental"_s);
        QVERIFY2(none, qPrintable(none ? QString() : none.error().text()));
        QCOMPARE(*none, std::nullopt);

        // Two writers and the position in one transaction: nothing is visible before the
        // owner commits, everything after.
        QVERIFY((*session)->beginTransaction());
        QVERIFY((*session)->inTransaction());
        auto wrote = writeRows(driver, **session, *t, 1, 101);
        QVERIFY2(wrote, qPrintable(wrote ? QString() : wrote.error().text()));
        QVERIFY(writeRows(driver, **session, *u, 1, 11));
        // Two more writers that skip existing keys (PostgreSQL stages them in a temporary table:
        // the second must be able to create it again inside the same transaction).
        QVERIFY(writeRows(driver, **session, *t, 50, 120, ConflictPolicy::Ignore));
        QVERIFY(writeRows(driver, **session, *u, 5, 15, ConflictPolicy::Ignore));
        QVERIFY(position.write(u"shop"_s, u"incremental"_s, u"mysql-bin.000001:4"_s));
        QVERIFY((*session)->inTransaction()); // the writers did not end it
        if (engine != Engine::Sqlite) { // SQLite: a second connection waits on the write lock
            QCOMPARE(one(**observer, countT), u"0"_s);
            QCOMPARE(one(**observer, countU), u"0"_s);
        }
        QVERIFY((*session)->commitTransaction());
        QVERIFY(!(*session)->inTransaction());
        QCOMPARE(one(**observer, countT), u"119"_s);
        QCOMPARE(one(**observer, countU), u"14"_s);
        PositionRecord seen(**observer);
        QCOMPARE(seen.read(u"shop"_s, u"incremental"_s).value(),
                 std::optional<QString>(u"mysql-bin.000001:4"_s));

        // Rolled back: neither the rows nor the new position stay.
        QVERIFY((*session)->beginTransaction());
        QVERIFY(writeRows(driver, **session, *t, 120, 201));
        QVERIFY(position.write(u"shop"_s, u"incremental"_s, u"mysql-bin.000001:999"_s));
        (*session)->rollbackTransaction();
        QCOMPARE(one(**observer, countT), u"119"_s);
        QCOMPARE(seen.read(u"shop"_s, u"incremental"_s).value(),
                 std::optional<QString>(u"mysql-bin.000001:4"_s));

        // A later position replaces the earlier one; other streams and projects keep theirs.
        QVERIFY((*session)->beginTransaction());
        QVERIFY(position.write(u"shop"_s, u"incremental"_s, u"it's \"quoted\" \\ 0/16B6C50"_s));
        QVERIFY(position.write(u"shop"_s, u"reverse"_s, u"0/0"_s));
        QVERIFY((*session)->commitTransaction());
        QCOMPARE(seen.read(u"shop"_s, u"incremental"_s).value(),
                 std::optional<QString>(u"it's \"quoted\" \\ 0/16B6C50"_s));
        QCOMPARE(seen.read(u"shop"_s, u"reverse"_s).value(), std::optional<QString>(u"0/0"_s));
        QCOMPARE(seen.read(u"other"_s, u"incremental"_s).value(), std::nullopt);

        // A writer without an owner's transaction still commits on its own, as the full copy
        // uses it.
        QVERIFY(writeRows(driver, **session, *t, 201, 211));
        QCOMPARE(one(**observer, countT), u"129"_s);
        QCOMPARE(one(**observer, u"SELECT sum(id) FROM %1"_s.arg(d.qualify(t->ref))),
                 u"%1"_s.arg(119 * 120 / 2 + (201 + 210) * 10 / 2));
    }

    void skipExistingAcrossTransactions_data() { rowsAndPositionCommitTogether_data(); }

    // Writers that skip existing keys, in transactions rolled back and committed, twice into
    // one table in one transaction, and on their own. PostgreSQL stages their rows in a
    // temporary table it keeps for the session: one made in a transaction that was rolled back
    // is gone, and a kept one is empty again for the next writer.
    void skipExistingAcrossTransactions()
    {
        QFETCH(Engine, engine);
        const Endpoint target =
            m_scratch->make(engine, u"txs_%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(execute(target, {u"CREATE TABLE t (id INTEGER PRIMARY KEY, v VARCHAR(20))"_s}));
        const Driver &driver = Driver::forEngine(engine);
        auto session = driver.connectForWrite(target);
        QVERIFY(session);
        auto tables = driver.readTables(**session, target.effectiveSchema());
        QVERIFY(tables && tables->size() == 1);
        const Table &t = tables->first();
        const QString table = driver.dialect().qualify(t.ref);
        const auto rows = [&]() -> QString { // "count sum"
            return one(**session, u"SELECT count(*) FROM %1"_s.arg(table)) + u' '
                + one(**session, u"SELECT coalesce(sum(id), 0) FROM %1"_s.arg(table));
        };

        QVERIFY((*session)->beginTransaction());
        QVERIFY(writeRows(driver, **session, t, 1, 11, ConflictPolicy::Ignore));
        (*session)->rollbackTransaction();
        QCOMPARE(rows(), u"0 0"_s);

        QVERIFY((*session)->beginTransaction());
        auto wrote = writeRows(driver, **session, t, 1, 11, ConflictPolicy::Ignore);
        QVERIFY2(wrote, qPrintable(wrote ? QString() : wrote.error().text()));
        // Rows 1-4 deleted in between: the second writer must not bring them back.
        QVERIFY((*session)->exec(u"DELETE FROM %1 WHERE id < 5"_s.arg(table)));
        QVERIFY(writeRows(driver, **session, t, 5, 16, ConflictPolicy::Ignore));
        QVERIFY((*session)->commitTransaction());
        QCOMPARE(rows(), u"11 110"_s);

        QVERIFY((*session)->beginTransaction());
        QVERIFY(writeRows(driver, **session, t, 10, 21, ConflictPolicy::Ignore));
        QVERIFY((*session)->commitTransaction());
        QVERIFY(writeRows(driver, **session, t, 18, 26, ConflictPolicy::Ignore));
        QCOMPARE(rows(), u"21 315"_s);
    }
};

QTEST_GUILESS_MAIN(TestTargetTransaction)
#include "tst_targettransaction.moc"

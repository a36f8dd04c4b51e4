// Switchover and reverse increment (MariaDB -> PostgreSQL, then back): a source still being
// written is refused, a quiet one is verified and cut over step by step, and afterwards the
// target's changes flow back to the old source, except the transactions Ferry applied itself.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/projectrepository.h"
#include "project/switchover.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

class TestSwitchover : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_storeDir;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"sw"_s);
    }
    void cleanupTestCase() { m_scratch.reset(); }

    void switchoverAndReverse()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE acct (id INT PRIMARY KEY, owner VARCHAR(40) NOT "
                         "NULL, balance DECIMAL(14,2), note TEXT)"_s,
                         u"INSERT INTO acct SELECT seq, CONCAT('owner ', seq), seq * "
                         "10.25, NULL FROM seq_1_to_100"_s}));
        QJsonObject project =
            projectJson(u"sw"_s, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
        const QString storePath = m_storeDir.filePath(u"store.db"_s);
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QVERIFY(execute(source,
                        {u"UPDATE acct SET balance = balance + 1 WHERE id <= 10"_s,
                         u"DELETE FROM acct WHERE id = 100"_s}));

        auto store = MetaStore::open(storePath);
        QVERIFY(store);
        QStringList reported;
        const auto report = [&](int step, int steps, const QString &text) {
            reported << u"%1/%2 %3"_s.arg(step).arg(steps).arg(text);
        };

        // A source still being written: refused at step 2, nothing switched.
        std::atomic<bool> writing {true};
        std::thread writer([&] {
            for (int i = 0; writing; ++i) {
                (void)execute(source, {u"UPDATE acct SET note = 'w%1' WHERE id = 50"_s.arg(i)});
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
            }
        });
        auto busy = Switchover(*store, run.projectId, source, target, nullptr, CancelToken())
                        .execute(report);
        writing = false;
        writer.join();
        QVERIFY(!busy);
        QCOMPARE(busy.error().code, Error::Code::Conflict);
        QVERIFY2(busy.error().message.contains(u"is still being written"_s),
                 qPrintable(busy.error().text()));
        QCOMPARE(reported.size(), 2);
        auto streams = ProjectRepository(*store).streams(run.projectId);
        QCOMPARE(streams->size(), 1); // no reverse stream

        // Quiet now: five steps, in order.
        reported.clear();
        auto done = Switchover(*store, run.projectId, source, target, nullptr, CancelToken())
                        .execute(report);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().text()));
        QCOMPARE(reported.size(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(reported[i].startsWith(u"%1/5 "_s.arg(i + 1)), qPrintable(reported[i]));
        QVERIFY(reported[2].contains(u"final verification of 1 changed table"_s));
        QCOMPARE(done->verifiedRows, 99);
        QVERIFY(!done->forwardPosition.isEmpty());
        QVERIFY(!done->reversePosition.isEmpty());
        streams = ProjectRepository(*store).streams(run.projectId);
        QCOMPARE(streams->size(), 2);
        QCOMPARE(streams->at(0).stream, u"forward"_s);
        QCOMPARE(streams->at(0).state, u"switched-over"_s);
        QCOMPARE(streams->at(1).stream, u"reverse"_s);

        // A second switchover is refused.
        auto again = Switchover(*store, run.projectId, source, target, nullptr, CancelToken())
                         .execute(report);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);

        // The new database is written; the changes flow back. A transaction that also writes
        // ferry_position is Ferry's own (what an applier commits) and is not sent back.
        QVERIFY(execute(target,
                        {u"INSERT INTO acct VALUES (500, 'new on pg', 1.50, 'ü \\ tab\t')"_s,
                         u"UPDATE acct SET balance = 0.01, owner = 'renamed' WHERE id = 1"_s,
                         u"UPDATE acct SET id = 1001 WHERE id = 2"_s,
                         u"DELETE FROM acct WHERE id = 3"_s, u"BEGIN"_s,
                         u"INSERT INTO acct VALUES (600, 'applied', 0, NULL)"_s,
                         u"UPDATE ferry_position SET updated_at = updated_at"_s, u"COMMIT"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        auto back = readTable(source, u"acct"_s, {u"id"_s});
        auto ahead = readTable(target, u"acct"_s, {u"id"_s});
        QVERIFY(back && ahead);
        // Every row alike but 600, which stayed where Ferry "applied" it.
        std::vector<RowData> expected;
        for (const RowData &r : *ahead)
            if (r[0] != Cell("600"))
                expected.push_back(r);
        QCOMPARE(back->size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE((*back)[i][0], expected[i][0]);
            QCOMPARE((*back)[i][1], expected[i][1]);
            QCOMPARE((*back)[i][3], expected[i][3]);
        }
        auto row = [&](const std::vector<RowData> &rows, const char *id) -> RowData {
            for (const RowData &r : rows)
                if (r[0] == Cell(id))
                    return r;
            return {};
        };
        QCOMPARE(row(*back, "500"), (RowData {"500", "new on pg", "1.50", "ü \\ tab\t"}));
        QCOMPARE(row(*back, "1"), (RowData {"1", "renamed", "0.01", std::nullopt}));
        QCOMPARE(row(*back, "1001"), (RowData {"1001", "owner 2", "21.50", std::nullopt}));
        QVERIFY(row(*back, "2").empty());
        QVERIFY(row(*back, "3").empty());
        QVERIFY(row(*back, "600").empty());
    }
};

QTEST_GUILESS_MAIN(TestSwitchover)
#include "tst_switchover.moc"

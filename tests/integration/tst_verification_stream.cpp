// Verification beside a running change stream (MariaDB -> PostgreSQL). The project's verify
// step runs while its incremental step applies a concurrent writer's changes; `ferry verify`
// on the running project (verifyProject with runningStreamLag) does too. A row whose change is
// held in flight (its target row locked) differs when first compared and settles on recheck,
// counted as such; a row changed on the target only is a lasting difference, reported by its
// key once the bound passes. Without a running stream the verification is the usual one.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/migrationrun.h"
#include "project/projectrepository.h"
#include "project/projectverification.h"
#include "project/runheartbeat.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

// Signals once every slice of every table was compared: what is still different then is
// rechecked.
class ComparedObserver : public RunObserver
{
public:
    std::atomic<bool> compared {false};
    void progress(const RunProgress &p) override
    {
        bool all = !p.tables.isEmpty();
        for (const TableProgress &t : p.tables)
            all = all && t.state == TableState::Done;
        if (all)
            compared = true;
    }
};

} // namespace

class TestVerificationStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_storeDir;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"vs"_s);
    }
    void cleanupTestCase() { m_scratch.reset(); }

    void besideTheStream()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"vs_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"vs_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE acct (id INT PRIMARY KEY, v VARCHAR(40) NOT "
                         "NULL, n INT NOT NULL)"_s,
                         u"INSERT INTO acct SELECT seq, CONCAT('v', seq), seq FROM "
                         "seq_1_to_5000"_s}));
        QJsonObject json = projectJson(u"vs"_s, source, target,
                                       {u"schema"_s, u"full"_s, u"incremental"_s, u"verify"_s});
        json[u"verify"_s] = QJsonObject {{u"sliceRows"_s, 1000}, {u"rowLevelRows"_s, 100}};
        auto definition = ProjectDefinition::fromJson(json);
        QVERIFY2(definition, qPrintable(definition ? QString() : definition.error().text()));
        auto opened = MetaStore::open(m_storeDir.filePath(u"store.db"_s));
        QVERIFY(opened);
        const std::shared_ptr<MetaStore> store = *opened;
        auto created = ProjectRepository(store).create(*definition);
        QVERIFY(created);
        const qint64 id = created->id;

        // A writer on the source all along: updates, inserts and deletes, never of rows 1-10.
        std::atomic<bool> writing {true};
        std::atomic<int> writes {0};
        std::thread writer([&] {
            auto session = Driver::forEngine(source.engine).connect(source);
            if (!session)
                return;
            for (int i = 0; writing; ++i) {
                const int row = 11 + (i * 7919) % 4990;
                Status ok = (*session)->exec(
                    u"UPDATE acct SET v = 'w%1', n = n + 1 WHERE id = %2"_s.arg(i).arg(row));
                if (ok && i % 5 == 0)
                    ok = (*session)->exec(
                        u"INSERT INTO acct VALUES (%1, 'new', 0)"_s.arg(100000 + i));
                if (ok && i % 15 == 0)
                    ok = (*session)->exec(u"DELETE FROM acct WHERE id = %1"_s.arg(100000 + i - 5));
                if (ok)
                    ++writes;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        const auto stopWriter = qScopeGuard([&] {
            writing = false;
            if (writer.joinable())
                writer.join();
        });

        // The run: schema, full, then the stream with the verify step beside it.
        CancelToken cancel;
        Result<RunOutcome> outcome = RunOutcome {};
        std::thread run([&] {
            RunHeartbeat heartbeat(store, id, u"vs-run"_s);
            if (auto ok = heartbeat.start(); !ok) {
                outcome = std::unexpected(ok.error());
                return;
            }
            MigrationRun migration(store, id, source, target, nullptr, cancel);
            outcome = migration.execute();
        });
        const auto stopRun = qScopeGuard([&] {
            cancel.cancel();
            if (run.joinable())
                run.join();
        });
        const auto stepState = [&](const QString &step) {
            auto steps = ProjectRepository(store).steps(id);
            if (steps)
                for (const StepRecord &s : std::as_const(*steps))
                    if (s.step == step)
                        return s.state;
            return StepState::Pending;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stepState(u"verify"_s) == StepState::Done
                                     || stepState(u"verify"_s) == StepState::Failed,
                                 120000);
        const int writesDuringStep = writes;
        auto stepReport = VerificationRepository(store).latest(id);
        QVERIFY(stepReport && stepReport->has_value());
        const VerifyReport &fromStep = **stepReport;
        QVERIFY2(fromStep.consistent(), qPrintable(fromStep.summary()));
        QVERIFY(fromStep.besideStream);
        QCOMPARE(fromStep.tables.size(), 1);
        QVERIFY2(fromStep.summary().contains(u"settled on recheck"_s),
                 qPrintable(fromStep.summary()));
        QVERIFY(writesDuringStep > 0);

        // `ferry verify` on the running project: it knows the stream runs.
        const std::optional<qint64> lag = runningStreamLag(store, id);
        QVERIFY(lag.has_value());
        auto underWriter =
            verifyProject(*definition, source, target, CancelToken(), nullptr, {}, id, lag);
        QVERIFY2(underWriter, qPrintable(underWriter ? QString() : underWriter.error().text()));
        QVERIFY2(underWriter->consistent(), qPrintable(underWriter->summary()));
        QVERIFY(underWriter->besideStream);
        QVERIFY(writes > writesDuringStep);

        // The writer stops; one change is held in flight: its target row is locked until every
        // slice was compared and 1.5 s more (longer than the 2 rounds 500 ms apart a
        // verification makes without a stream), so row 8 differs at first and settles on a
        // later recheck.
        writing = false;
        writer.join();
        auto locker = Driver::forEngine(target.engine).connect(target);
        QVERIFY(locker);
        const QString targetTable = target.schema + u".acct"_s;
        QVERIFY((*locker)->exec(u"BEGIN"_s));
        QVERIFY((*locker)->exec(u"SELECT * FROM %1 WHERE id = 8 FOR UPDATE"_s.arg(targetTable)));
        QVERIFY(execute(source, {u"UPDATE acct SET v = 'in flight' WHERE id = 8"_s}));
        ComparedObserver observer;
        std::thread release([&] {
            while (!observer.compared)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            (void)(*locker)->exec(u"COMMIT"_s);
        });
        auto held = verifyProject(*definition, source, target, CancelToken(), &observer, {}, id,
                                  runningStreamLag(store, id));
        release.join();
        QVERIFY2(held, qPrintable(held ? QString() : held.error().text()));
        QVERIFY2(held->consistent(), qPrintable(held->summary()));
        QCOMPARE(held->tables.first().settled, qint64(1));
        QCOMPARE(held->settled(), qint64(1));
        QVERIFY2(held->summary().endsWith(u"; 1 row(s) that differed while their changes were in "
                                          "flight settled on recheck"_s),
                 qPrintable(held->summary()));
        QCOMPARE(held->toJson()[u"settledByRecheck"_s].toInt(), 1);
        auto row8 = readTable(target, u"acct"_s, {u"id"_s});
        QVERIFY(row8);
        QCOMPARE((*row8)[7], (RowData {"8", "in flight", "8"}));

        // A row changed on the target only: a lasting difference, reported by its key once
        // the bound (3 s here) has passed; the rows in flight meanwhile settle.
        QVERIFY(execute(target, {u"UPDATE acct SET v = 'tampered' WHERE id = 7"_s}));
        ProjectDefinition bounded = *definition;
        bounded.verifyOptions[u"settleSeconds"_s] = 3;
        writing = true;
        std::thread writerAgain([&] {
            auto session = Driver::forEngine(source.engine).connect(source);
            for (int i = 0; session && writing; ++i) {
                (void)(*session)->exec(
                    u"UPDATE acct SET n = n + 1 WHERE id = %1"_s.arg(11 + (i * 31) % 4990));
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        auto lasting = verifyProject(bounded, source, target, CancelToken(), nullptr, {}, id,
                                     runningStreamLag(store, id));
        writing = false;
        writerAgain.join();
        QVERIFY2(lasting, qPrintable(lasting ? QString() : lasting.error().text()));
        QVERIFY(!lasting->consistent());
        QCOMPARE(lasting->settleMs, qint64(3000));
        const TableVerification &t = lasting->tables.first();
        QCOMPARE(t.missing, qint64(0));
        QCOMPARE(t.extra, qint64(0));
        QCOMPARE(t.duplicates, qint64(0));
        QCOMPARE(t.different, qint64(1));
        QCOMPARE(t.differences.size(), 1);
        const RowDifference &d = t.differences.first();
        QCOMPARE(d.kind, RowDifference::Kind::Different);
        QCOMPARE(d.key, (RowValues {"7"}));
        QCOMPARE(d.columns, QStringList {u"v"_s});
        QCOMPARE(d.sourceRow, (RowValues {"7", "v7", "7"}));
        QCOMPARE(d.targetRow, (RowValues {"7", "tampered", "7"}));
        const QJsonObject json7 = lasting->toJson();
        QCOMPARE(json7[u"tables"_s][0][u"different"_s].toArray().size(), 1);
        QCOMPARE(json7[u"besideStream"_s][u"settleMs"_s].toInt(), 3000);

        // The run stops: nothing streams any more, and a verification (once a run has caught
        // up with the last writes) is the usual one.
        cancel.cancel();
        run.join();
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Cancelled);
        QVERIFY(!runningStreamLag(store, id).has_value());
        RunResult caughtUp = runProject(store->path(), json, source, target, true);
        QVERIFY2(caughtUp.ok, qPrintable(caughtUp.error.text()));
        QVERIFY(execute(target, {u"UPDATE acct SET v = 'v7' WHERE id = 7"_s}));
        auto after = verifyProject(*definition, source, target, CancelToken(), nullptr, {}, id,
                                   runningStreamLag(store, id));
        QVERIFY2(after, qPrintable(after ? QString() : after.error().text()));
        QVERIFY(!after->besideStream);
        QVERIFY2(after->consistent(), qPrintable(after->summary()));
        QVERIFY(!after->toJson().contains(u"besideStream"_s));
    }
};

QTEST_GUILESS_MAIN(TestVerificationStream)
#include "tst_verification_stream.moc"

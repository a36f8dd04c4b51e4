// The step runner without servers: finite steps in order, a failure stops the rest, a cancel
// leaves the stopped step pending, a streaming step runs beside the finite steps after it and
// stops with the run.
#include "pipeline/chunkstate.h"
#include "pipeline/runrecords.h"
#include "pipeline/step.h"
#include "pipeline/stepcontext.h"
#include "pipeline/steprunner.h"
#include "pipeline/streamstate.h"

#include <QtTest>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

// The run's records in memory, as core/project keeps them in the store.
class MemoryRecords : public RunRecords
{
public:
    explicit MemoryRecords(const QStringList &steps)
    {
        for (const QString &s : steps)
            m_steps.append({s, StepState::Pending, {}, {}, {}});
    }

    Result<QList<StepRecord>> steps() const override
    {
        std::lock_guard lock(m_mutex);
        return m_steps;
    }
    Status setStep(const QString &step, StepState state, const QString &error) override
    {
        std::lock_guard lock(m_mutex);
        for (StepRecord &s : m_steps)
            if (s.step == step) {
                s.state = state;
                s.error = error;
            }
        return {};
    }
    Result<QList<TableRecord>> tables() const override { return QList<TableRecord>(); }
    Status saveTable(const TableRecord &) override { return {}; }
    Status log(const QString &, const QString &message) override
    {
        std::lock_guard lock(m_mutex);
        m_log << message;
        return {};
    }
    Status addSample(const MetricSample &) override { return {}; }
    Status setProgress(double) override { return {}; }
    Status saveStream(const StreamRecord &stream) override
    {
        std::lock_guard lock(m_mutex);
        m_streams.removeIf([&](const StreamRecord &s) { return s.stream == stream.stream; });
        m_streams.append(stream);
        return {};
    }
    Result<QList<StreamRecord>> streams() const override
    {
        std::lock_guard lock(m_mutex);
        return m_streams;
    }

    StepState state(const QString &step) const
    {
        std::lock_guard lock(m_mutex);
        for (const StepRecord &s : m_steps)
            if (s.step == step)
                return s.state;
        return StepState::Pending;
    }
    QString error(const QString &step) const
    {
        std::lock_guard lock(m_mutex);
        for (const StepRecord &s : m_steps)
            if (s.step == step)
                return s.error;
        return {};
    }
    QStringList log() const
    {
        std::lock_guard lock(m_mutex);
        return m_log;
    }

private:
    mutable std::mutex m_mutex;
    QList<StepRecord> m_steps;
    QStringList m_log;
    QList<StreamRecord> m_streams;
};

// Which step did what, in order, from any thread.
struct Journal
{
    std::mutex mutex;
    QStringList events;
    void add(const QString &event)
    {
        std::lock_guard lock(mutex);
        events << event;
    }
    QStringList all()
    {
        std::lock_guard lock(mutex);
        return events;
    }
};

// A finite step whose run() does what the test says.
class TestStep : public Step
{
public:
    TestStep(QString id, Journal &journal, std::function<Status(StepContext &)> body = {})
        : m_id(std::move(id))
        , m_journal(journal)
        , m_body(std::move(body))
    { }
    QString id() const override { return m_id; }
    Status prepare(StepContext &) override
    {
        m_journal.add(m_id + u" prepare"_s);
        return {};
    }
    Status run(StepContext &context) override
    {
        m_journal.add(m_id + u" run"_s);
        Status result = m_body ? m_body(context) : Status();
        m_journal.add(m_id + (result ? u" ok"_s : u" end"_s));
        return result;
    }

private:
    QString m_id;
    Journal &m_journal;
    std::function<Status(StepContext &)> m_body;
};

// Streams until its token is cancelled, as incremental sync will.
class StreamingStep : public Step
{
public:
    StreamingStep(Journal &journal, std::atomic_bool &running)
        : m_journal(journal)
        , m_running(running)
    { }
    QString id() const override { return u"incremental"_s; }
    Kind kind() const override { return Kind::Streaming; }
    Status run(StepContext &context) override
    {
        m_journal.add(u"incremental run"_s);
        m_running = true;
        while (!context.cancel.isCancelled())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        m_running = false;
        m_journal.add(u"incremental stopped"_s);
        return fail(Error::Code::Cancelled, u"incremental sync stopped"_s);
    }

private:
    Journal &m_journal;
    std::atomic_bool &m_running;
};

// Waits (bounded) until `flag` is set.
bool waitFor(const std::atomic_bool &flag)
{
    for (int i = 0; i < 1000 && !flag; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return flag;
}

} // namespace

class TestStepRunner : public QObject
{
    Q_OBJECT

private slots:
    void finiteStepsRunInOrder()
    {
        Journal journal;
        MemoryRecords records({u"schema"_s, u"full"_s, u"verify"_s});
        std::vector<std::unique_ptr<Step>> steps;
        for (const QString &id : {u"schema"_s, u"full"_s, u"verify"_s})
            steps.push_back(std::make_unique<TestStep>(id, journal));
        StepContext context;
        context.records = &records;
        StepRunner runner(context);

        QVERIFY(runner.run(steps));
        QCOMPARE(journal.all(),
                 QStringList({u"schema prepare"_s, u"schema run"_s, u"schema ok"_s,
                              u"full prepare"_s, u"full run"_s, u"full ok"_s, u"verify prepare"_s,
                              u"verify run"_s, u"verify ok"_s}));
        QCOMPARE(runner.stepsRun(), QStringList({u"schema"_s, u"full"_s, u"verify"_s}));
        for (const QString &id : {u"schema"_s, u"full"_s, u"verify"_s})
            QCOMPARE(records.state(id), StepState::Done);
        QCOMPARE(
            records.log(),
            QStringList({u"step schema started"_s, u"step schema done"_s, u"step full started"_s,
                         u"step full done"_s, u"step verify started"_s, u"step verify done"_s}));
    }

    void settledStepsArePassedOver()
    {
        Journal journal;
        MemoryRecords records({u"schema"_s, u"full"_s});
        QVERIFY(records.setStep(u"schema"_s, StepState::Done, {}));
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<TestStep>(u"schema"_s, journal));
        steps.push_back(std::make_unique<TestStep>(u"full"_s, journal));
        StepContext context;
        context.records = &records;
        StepRunner runner(context);

        QVERIFY(runner.run(steps));
        QCOMPARE(journal.all(), QStringList({u"full prepare"_s, u"full run"_s, u"full ok"_s}));
        QCOMPARE(runner.stepsRun(), QStringList({u"full"_s}));
    }

    void failedStepStopsTheRest()
    {
        Journal journal;
        MemoryRecords records({u"schema"_s, u"full"_s, u"verify"_s});
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<TestStep>(u"schema"_s, journal));
        steps.push_back(std::make_unique<TestStep>(u"full"_s, journal, [](StepContext &) {
            return fail(Error::Code::DataRejected, u"table shop.orders refused a value"_s);
        }));
        steps.push_back(std::make_unique<TestStep>(u"verify"_s, journal));
        StepContext context;
        context.records = &records;
        StepRunner runner(context);

        const Status result = runner.run(steps);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::DataRejected);
        QCOMPARE(journal.all(),
                 QStringList({u"schema prepare"_s, u"schema run"_s, u"schema ok"_s,
                              u"full prepare"_s, u"full run"_s, u"full end"_s}));
        QCOMPARE(records.state(u"schema"_s), StepState::Done);
        QCOMPARE(records.state(u"full"_s), StepState::Failed);
        QCOMPARE(records.error(u"full"_s), u"table shop.orders refused a value"_s);
        QCOMPARE(records.state(u"verify"_s), StepState::Pending);
        QCOMPARE(runner.stepsRun(), QStringList({u"schema"_s}));
    }

    // Pause while a step runs: it stops with Code::Cancelled, is pending again, and the steps
    // after it do not start.
    void cancelLeavesTheStepPending()
    {
        Journal journal;
        MemoryRecords records({u"schema"_s, u"full"_s, u"verify"_s});
        CancelToken run;
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<TestStep>(u"schema"_s, journal));
        steps.push_back(
            std::make_unique<TestStep>(u"full"_s, journal, [run](StepContext &context) -> Status {
                run.cancel(); // the user pauses the run
                if (context.cancel.isCancelled())
                    return fail(Error::Code::Cancelled, u"the full step was stopped"_s);
                return {};
            }));
        steps.push_back(std::make_unique<TestStep>(u"verify"_s, journal));
        StepContext context;
        context.records = &records;
        context.cancel = run;
        StepRunner runner(context);

        const Status result = runner.run(steps);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(records.state(u"schema"_s), StepState::Done);
        QCOMPARE(records.state(u"full"_s), StepState::Pending);
        QCOMPARE(records.state(u"verify"_s), StepState::Pending);
        QVERIFY(!journal.all().contains(u"verify run"_s));
    }

    void cancelBeforeAStepStartsNothing()
    {
        Journal journal;
        MemoryRecords records({u"schema"_s});
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<TestStep>(u"schema"_s, journal));
        StepContext context;
        context.records = &records;
        context.cancel.cancel();
        StepRunner runner(context);

        const Status result = runner.run(steps);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(result.error().message, u"stopped before step schema"_s);
        QVERIFY(journal.all().isEmpty());
        QCOMPARE(records.state(u"schema"_s), StepState::Pending);
    }

    // full, then incremental (streaming) beside verify: verify runs while the stream is live;
    // the run then goes on streaming until it is cancelled, and the stream ends pending.
    void streamingStepRunsBesideFiniteSteps()
    {
        Journal journal;
        MemoryRecords records({u"full"_s, u"incremental"_s, u"verify"_s});
        std::atomic_bool streaming {false};
        std::atomic_bool verifySawStream {false};
        CancelToken run;
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<TestStep>(u"full"_s, journal));
        steps.push_back(std::make_unique<StreamingStep>(journal, streaming));
        steps.push_back(std::make_unique<TestStep>(u"verify"_s, journal, [&](StepContext &) {
            verifySawStream = waitFor(streaming);
            return Status();
        }));
        StepContext context;
        context.records = &records;
        context.cancel = run;
        StepRunner runner(context);

        std::thread pause([&] {
            // Pause once verify is done and the stream is still live.
            for (int i = 0; i < 1000 && records.state(u"verify"_s) != StepState::Done; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            if (streaming)
                run.cancel();
        });
        const Status result = runner.run(steps);
        pause.join();

        QVERIFY(verifySawStream);
        QVERIFY(!streaming);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QCOMPARE(records.state(u"full"_s), StepState::Done);
        QCOMPARE(records.state(u"verify"_s), StepState::Done);
        QCOMPARE(records.state(u"incremental"_s), StepState::Pending);
        QCOMPARE(runner.stepsRun(), QStringList({u"full"_s, u"verify"_s}));
        const QStringList events = journal.all();
        QVERIFY(events.indexOf(u"incremental run"_s) < events.indexOf(u"verify ok"_s));
        QCOMPARE(events.last(), u"incremental stopped"_s);
    }

    // A finite step that fails beside a stream stops the stream: the run ends with the finite
    // step's error and the stream is pending, to resume.
    void failedFiniteStepStopsTheStream()
    {
        Journal journal;
        MemoryRecords records({u"incremental"_s, u"verify"_s});
        std::atomic_bool streaming {false};
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<StreamingStep>(journal, streaming));
        steps.push_back(std::make_unique<TestStep>(u"verify"_s, journal, [&](StepContext &) {
            waitFor(streaming);
            return fail(Error::Code::Mismatch, u"verification found differences"_s);
        }));
        StepContext context;
        context.records = &records;
        StepRunner runner(context);

        const Status result = runner.run(steps);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Mismatch);
        QVERIFY(!streaming);
        QCOMPARE(records.state(u"verify"_s), StepState::Failed);
        QCOMPARE(records.state(u"incremental"_s), StepState::Pending);
        QVERIFY(!context.cancel.isCancelled()); // the caller's token is left alone
    }

    // A stream that fails stops the finite step beside it: that step is pending again, the
    // stream failed, and the run reports the stream's error.
    void failedStreamStopsTheFiniteStep()
    {
        class FailingStream : public Step
        {
        public:
            QString id() const override { return u"incremental"_s; }
            Kind kind() const override { return Kind::Streaming; }
            Status run(StepContext &) override
            {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return fail(Error::Code::Connection, u"the source went away"_s);
            }
        };
        Journal journal;
        MemoryRecords records({u"incremental"_s, u"verify"_s});
        std::vector<std::unique_ptr<Step>> steps;
        steps.push_back(std::make_unique<FailingStream>());
        steps.push_back(
            std::make_unique<TestStep>(u"verify"_s, journal, [](StepContext &context) -> Status {
                for (int i = 0; i < 1000 && !context.cancel.isCancelled(); ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                if (context.cancel.isCancelled())
                    return fail(Error::Code::Cancelled, u"verification stopped"_s);
                return {};
            }));
        StepContext context;
        context.records = &records;
        StepRunner runner(context);

        const Status result = runner.run(steps);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Connection);
        QCOMPARE(records.state(u"incremental"_s), StepState::Failed);
        QCOMPARE(records.state(u"verify"_s), StepState::Pending);
    }

    void stateIdsRoundTrip()
    {
        for (StepState s : {StepState::Pending, StepState::Running, StepState::Done,
                            StepState::Failed, StepState::Skipped})
            QCOMPARE(stateFromId<StepState>(stateId(s)), s);
        QCOMPARE(stateId(StepState::Skipped), u"skipped"_s);
        QCOMPARE(stateId(TableState::Indexing), u"indexing"_s);
        QCOMPARE(stateId(ChunkState::Started), u"started"_s);
        QCOMPARE(stateFromId<TableState>(u"verifying"), TableState::Verifying);
        QCOMPARE(stateFromId<ChunkState>(u"done"), ChunkState::Done);
        QVERIFY(!stateFromId<StepState>(u"copying"));
        for (StreamState s : {StreamState::Starting, StreamState::CatchingUp,
                              StreamState::Streaming, StreamState::Retrying, StreamState::PausedDdl,
                              StreamState::Stopped, StreamState::Failed})
            QCOMPARE(stateFromId<StreamState>(stateId(s)), s);
        QCOMPARE(stateId(StreamState::CatchingUp), u"catching-up"_s);
        QCOMPARE(stateId(StreamState::PausedDdl), u"paused-ddl"_s);
        QCOMPARE(streamStateName(StreamState::PausedDdl), u"Paused on DDL"_s);
        QVERIFY(isMoving(StreamState::Retrying));
        QVERIFY(!isMoving(StreamState::PausedDdl));
        QVERIFY(!stateFromId<StreamState>(u"paused"));
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"

#include "syncstreamstep.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "pipeline/boundedqueue.h"
#include "pipeline/componentregistry.h"
#include "pipeline/retry.h"
#include "pipeline/runrecords.h"
#include "pipeline/stepcontext.h"
#include "syncsink.h"

#include <QElapsedTimer>

#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr size_t kQueueTransactions = 4096;
constexpr auto kHeartbeat = std::chrono::milliseconds(500);
constexpr qint64 kSaveEveryMs = 500; // the re-sent tail after a crash is about this long
constexpr qint64 kSampleEveryMs = 5000;
constexpr int kMaxRetries = 10;

// A source transaction whose messages are queued: it is acknowledged when `pending` is 0 and
// every transaction before it is.
struct InFlight
{
    QString position;
    QDateTime commitTime;
    QDateTime readAt; // read from the source
    QDateTime dequeuedAt; // taken from the queue to be sent
    int64_t lastSequence = 0;
    int pending = 0;
    bool heartbeat = false;
    std::vector<std::pair<int, ChangeEvent::Kind>> changes; // (table index, kind), for counts
};

} // namespace

struct SyncStreamStep::State
{
    std::unique_ptr<SyncSink> sink;
    std::unique_ptr<ChangeReader> reader;
    std::unique_ptr<ChangeReader> head;
    StreamRecord record;
};

SyncStreamStep::SyncStreamStep(QList<TablePlan> plans, QString project, KafkaTarget target,
                               SyncOptions options)
    : m_plans(std::move(plans))
    , m_project(std::move(project))
    , m_target(std::move(target))
    , m_options(std::move(options))
{ }

SyncStreamStep::~SyncStreamStep() = default;

QString SyncStreamStep::id() const
{
    return u"incremental"_s;
}

CaptureScope SyncStreamStep::scope() const
{
    CaptureScope s;
    s.project = m_project;
    for (const TablePlan &plan : m_plans) {
        bool known = false;
        for (const Table &t : std::as_const(s.tables))
            known = known || t.ref == plan.source.ref;
        if (!known)
            s.tables.append(plan.source);
    }
    return s;
}

Status SyncStreamStep::anchor(StepContext &context)
{
    if (!context.records)
        return fail(Error::Code::Internal, u"the sync stream needs the run's records"_s);
    auto streams = context.records->streams();
    if (!streams)
        return fail(streams.error());
    for (const StreamRecord &s : *streams)
        if (s.stream == u"forward" && !s.appliedPosition.isEmpty())
            return {}; // anchored by an earlier run
    auto reader =
        Driver::forEngine(context.source.engine).makeChangeReader(context.source, scope());
    if (!reader)
        return fail(reader.error());
    if (auto ok = (*reader)->prepare(); !ok)
        return ok;
    auto now = (*reader)->currentPosition();
    if (!now)
        return fail(now.error());
    StreamRecord r;
    r.stream = u"forward"_s;
    r.state = u"starting"_s;
    r.readPosition = *now;
    r.appliedPosition = *now;
    r.detail = Text::tr("captures the source from %1 on").arg(*now);
    if (auto ok = context.records->saveStream(r); !ok)
        return ok;
    return context.message(
        lcSink(), u"info"_s,
        Text::tr("sync: changes are captured from source position %1 on, before the "
                 "snapshot reads any row")
            .arg(*now));
}

Status SyncStreamStep::prepare(StepContext &context)
{
    if (!context.records)
        return fail(Error::Code::Internal, u"the sync stream needs the run's records"_s);
    m_state = std::make_unique<State>();
    State &st = *m_state;
    auto streams = context.records->streams();
    if (!streams)
        return fail(streams.error());
    for (const StreamRecord &s : *streams)
        if (s.stream == u"forward")
            st.record = s;
    st.record.stream = u"forward"_s;
    if (st.record.appliedPosition.isEmpty())
        return fail(Error::Code::Internal,
                    Text::tr("the sync stream of %1 has no start position").arg(m_project),
                    Text::tr("Run the project again: its first run takes the start position."));
    st.sink = std::make_unique<SyncSink>(m_plans, m_project, context.source, m_target, m_options);
    if (auto ok = st.sink->open(); !ok)
        return ok;
    const Driver &driver = Driver::forEngine(context.source.engine);
    auto reader = driver.makeChangeReader(context.source, scope());
    if (!reader)
        return fail(reader.error());
    st.reader = std::move(*reader);
    st.reader->setHeartbeatInterval(kHeartbeat);
    auto head = driver.makeChangeReader(context.source, scope());
    if (!head)
        return fail(head.error());
    st.head = std::move(*head);
    return context.message(
        lcSink(), u"info"_s,
        Text::tr("sync: publishing source changes from position %1 (sequence %2 on) "
                 "to Kafka at %3")
            .arg(st.record.appliedPosition)
            .arg(st.record.events + 1)
            .arg(m_target.bootstrapServers));
}

Status SyncStreamStep::run(StepContext &context)
{
    if (!m_state)
        return fail(Error::Code::Internal, u"the sync stream ran without prepare()"_s);
    State &st = *m_state;
    ChangeReader &reader = *st.reader;
    SyncSink &sink = *st.sink;
    KafkaProducer &producer = sink.producer();
    const MessageSerializer &serializer = sink.serializer();
    StreamRecord &r = st.record;

    BoundedQueue<ChangeTransaction> queue(kQueueTransactions);
    CancelToken readerCancel;
    ScopedInterrupt stopWithRun(context.cancel, [readerCancel] { readerCancel.cancel(); });
    std::mutex shared;
    QString readPosition = r.appliedPosition;
    QString acknowledged = r.appliedPosition; // for reader.acknowledge()
    bool sourceRetrying = false;
    Status readStatus;
    const QString start = r.appliedPosition;

    ComponentScope sinkComponent(context.projectId, context.runId, id(), ComponentKind::Sink,
                                 id() + u".sink"_s);
    ComponentEntry &sinkEntry = sinkComponent.entry();
    sinkEntry.setState(ComponentState::Running);
    std::atomic<qint64> readClockOffsetMs {0};
    std::thread readerThread([&] {
        ComponentScope component(context.projectId, context.runId, id(),
                                 ComponentKind::ChangeReader, id() + u".change-reader"_s);
        component->setObject(context.source.displayAddress());
        component->setState(ComponentState::Running);
        QString from = start;
        QString told;
        int attempt = 0;
        for (;;) {
            Status s = reader.stream(
                from,
                [&](ChangeTransaction &&t) -> Status {
                    attempt = 0;
                    QString toAcknowledge;
                    {
                        std::lock_guard lock(shared);
                        sourceRetrying = false;
                        readPosition = t.position;
                        if (acknowledged != told)
                            toAcknowledge = acknowledged;
                    }
                    if (!toAcknowledge.isEmpty()) {
                        logIfFailed(lcSink(), reader.acknowledge(toAcknowledge),
                                    "the source keeps its log a little longer");
                        told = toAcknowledge;
                    }
                    from = t.position;
                    t.readAt = QDateTime::currentDateTimeUtc();
                    component->setState(ComponentState::Running);
                    component->setPosition(t.position);
                    component->events += qint64(t.events.size());
                    component->queueDepth = qint64(queue.size());
                    if (t.commitTime.isValid())
                        component->lagReadMs = std::max<qint64>(
                            0, t.commitTime.msecsTo(t.readAt) - readClockOffsetMs.load());
                    if (!queue.push(std::move(t)))
                        return fail(Error::Code::Cancelled, Text::tr("the sync stream stopped"));
                    return {};
                },
                readerCancel);
            if (s || readerCancel.isCancelled() || s.error().code != Error::Code::Connection
                || attempt >= kMaxRetries) {
                readStatus = s;
                break;
            }
            {
                std::lock_guard lock(shared);
                sourceRetrying = true;
            }
            ++component->retries;
            component->setState(ComponentState::Retrying);
            logIfFailed(
                lcSink(),
                context.message(lcSink(), u"warning"_s,
                                Text::tr("sync: the source stream broke (%1); reading again from "
                                         "%2 in %3 s")
                                    .arg(s.error().text(), from)
                                    .arg(backoffMs(attempt) / 1000)),
                "the project log misses this line");
            if (!sleepUnlessCancelled(readerCancel, backoffMs(attempt++))) {
                readStatus = fail(Error::Code::Cancelled, u"stopped"_s);
                break;
            }
        }
        queue.close();
    });
    const auto stopReader = [&] {
        readerCancel.cancel();
        queue.close();
        readerThread.join();
    };

    // Delivery reports: the transaction's pending count, or the first refusal.
    std::deque<InFlight> inflight;
    std::optional<Error> refused;
    producer.setDeliveryHandler([&](void *ticket, const Error *error) {
        if (error) {
            if (!refused)
                refused = *error;
            return;
        }
        --static_cast<InFlight *>(ticket)->pending;
    });

    QElapsedTimer clock;
    clock.start();
    qint64 lastSave = -kSaveEveryMs, lastSample = 0, windowStart = 0;
    qint64 eventsAtWindow = r.events;
    std::optional<qint64> clockOffsetMs;
    int64_t sequence = r.events; // the last sequence number given out
    QString goal;
    bool caughtUp = false;
    bool dirty = true;
    Status status;
    QSet<QString> ddlSeen;
    std::string key, value;
    const std::vector<SinkTable> &tables = sink.tables();

    // Moves the stored position past every acknowledged transaction at the front.
    const auto advance = [&] {
        while (!inflight.empty() && inflight.front().pending <= 0) {
            InFlight &f = inflight.front();
            r.appliedPosition = f.position;
            r.appliedAt = QDateTime::currentDateTimeUtc();
            r.events = f.lastSequence;
            ++r.transactions;
            for (const auto &[table, kind] : f.changes) {
                TableChangeCounts &c = r.tables[tables[size_t(table)].sourceKey];
                if (kind == ChangeEvent::Kind::Insert)
                    ++c.inserts;
                else if (kind == ChangeEvent::Kind::Update)
                    ++c.updates;
                else
                    ++c.deletes;
            }
            if (f.commitTime.isValid()) {
                const qint64 raw = f.commitTime.msecsTo(r.appliedAt);
                if (f.heartbeat && inflight.size() == 1 && queue.size() == 0)
                    clockOffsetMs = std::min(clockOffsetMs.value_or(raw), raw);
                r.lastCommitAt = f.commitTime;
                r.lagMs = std::max<qint64>(0, raw - clockOffsetMs.value_or(0));
                readClockOffsetMs = clockOffsetMs.value_or(0);
                // The lag in three parts: the source's commit to Ferry's read, the wait in the
                // queue, the send until Kafka acknowledged it.
                if (f.readAt.isValid() && f.dequeuedAt.isValid()) {
                    sinkEntry.lagReadMs = std::max<qint64>(
                        0, f.commitTime.msecsTo(f.readAt) - clockOffsetMs.value_or(0));
                    sinkEntry.lagQueueMs = std::max<qint64>(0, f.readAt.msecsTo(f.dequeuedAt));
                    sinkEntry.lagApplyMs = std::max<qint64>(0, f.dequeuedAt.msecsTo(r.appliedAt));
                }
            }
            sinkEntry.events += qint64(f.changes.size());
            sinkEntry.rows += qint64(f.changes.size());
            sinkEntry.setPosition(f.position);
            inflight.pop_front();
            dirty = true;
        }
    };
    const auto save = [&](const QString &state, const QString &detail, bool force) {
        const qint64 now = clock.elapsed();
        if (!force && (now - lastSave < kSaveEveryMs || !dirty) && r.state == state)
            return;
        {
            std::lock_guard lock(shared);
            r.readPosition = readPosition;
            acknowledged = r.appliedPosition;
        }
        r.state = state;
        r.detail = detail;
        if (now - windowStart >= 1000) {
            r.eventsPerSecond =
                double(r.events - eventsAtWindow) * 1000.0 / double(now - windowStart);
            eventsAtWindow = r.events;
            windowStart = now;
        }
        logIfFailed(lcSink(), context.records->saveStream(r),
                    "the stream record in the store is behind");
        lastSave = now;
        dirty = false;
        if (now - lastSample >= kSampleEveryMs) {
            MetricSample sample;
            sample.at = QDateTime::currentDateTimeUtc();
            sample.rowsPerSecond = r.eventsPerSecond;
            sample.lagMs = r.lagMs;
            logIfFailed(lcSink(), context.records->addSample(sample),
                        "the lag chart misses a point");
            lastSample = now;
            RunProgress p;
            p.projectId = context.projectId;
            p.runId = context.runId;
            p.step = id();
            p.rowsDone = r.events;
            p.rowsPerSecond = r.eventsPerSecond;
            p.at = sample.at;
            context.progress(p);
        }
    };

    while (!context.cancel.isCancelled()) {
        auto next = queue.popFor(std::chrono::milliseconds(20));
        if (!next && queue.isClosed() && queue.size() == 0)
            break; // the reader ended (its status says why)
        if (next) {
            ChangeTransaction &t = *next;
            const SinkTransaction tx = serializer.transaction(t);
            inflight.emplace_back();
            InFlight &f = inflight.back();
            f.position = t.position;
            f.commitTime = t.commitTime;
            f.readAt = t.readAt;
            f.dequeuedAt = QDateTime::currentDateTimeUtc();
            sinkEntry.queueDepth = qint64(queue.size());
            f.heartbeat = t.events.empty();
            int row = 0;
            const size_t count = t.events.size();
            for (size_t i = 0; i < count; ++i) {
                const ChangeEvent &e = t.events[i];
                if (e.kind == ChangeEvent::Kind::Ddl) {
                    if (!ddlSeen.contains(e.statement)) {
                        ddlSeen.insert(e.statement);
                        logIfFailed(
                            lcSink(),
                            context.message(lcSink(), u"warning"_s,
                                            Text::tr("sync: a schema change on %1 is not sent to "
                                                     "Kafka (source position %2): %3")
                                                .arg(e.table.display(), t.position, e.statement)),
                            "the project log misses this line");
                    }
                    continue;
                }
                for (const int index : sink.tableIndexes(e.table.display())) {
                    const SinkTable &table = tables[size_t(index)];
                    ChangeEvent::Kind kind = e.kind;
                    const RowImage *before = e.before.empty() ? nullptr : &e.before;
                    const RowImage *after = e.after.empty() ? nullptr : &e.after;
                    // A shard of a split table gets the changes of its rows; a row an update
                    // moves leaves the old shard as a delete and enters the new one as an
                    // insert.
                    if (table.split) {
                        const bool was = before && table.holds(*before);
                        const bool is = after && table.holds(*after);
                        if (!was && !is && !(kind == ChangeEvent::Kind::Update && !before))
                            continue;
                        if (kind == ChangeEvent::Kind::Update && before && was && !is) {
                            kind = ChangeEvent::Kind::Delete;
                            after = nullptr;
                        } else if (kind == ChangeEvent::Kind::Update && before && !was && is) {
                            kind = ChangeEvent::Kind::Insert;
                            before = nullptr;
                        }
                    }
                    // The row filter: a change is sent when its row is in it before or after.
                    if (table.filter && !(before ? table.filter(*before) : false)
                        && !(after ? table.filter(*after) : false))
                        continue;
                    SinkChange c;
                    c.op = kind == ChangeEvent::Kind::Insert ? SinkChange::Op::Insert
                        : kind == ChangeEvent::Kind::Update  ? SinkChange::Op::Update
                                                             : SinkChange::Op::Delete;
                    c.before = before;
                    c.after = after;
                    c.transaction = &tx;
                    c.sequence = ++sequence;
                    c.row = row++;
                    c.lastInTransaction = i + 1 == count;
                    serializer.key(table, c, key);
                    serializer.value(table, c, value);
                    ++f.pending;
                    f.changes.emplace_back(index, kind);
                    if (auto ok = producer.produce(table.topicUtf8, table.partition, key, value,
                                                   c.sequence, false, &f, context.cancel);
                        !ok) {
                        status = ok;
                        break;
                    }
                }
                if (!status)
                    break;
            }
            f.lastSequence = sequence;
            if (!status)
                break;
        }
        producer.poll(0);
        if (refused) {
            ++sinkEntry.errors;
            sinkEntry.setState(ComponentState::Failed);
            status = fail(*refused);
            break;
        }
        if (auto fatal = producer.fatalError()) {
            status = fail(*fatal);
            break;
        }
        advance();
        bool retrying = false;
        {
            std::lock_guard lock(shared);
            retrying = sourceRetrying;
        }
        const std::optional<Error> &brokerError = producer.clientError();
        if (brokerError && !inflight.empty())
            save(u"retrying"_s,
                 Text::tr("waiting for Kafka: %1 (messages kept for it: %2)")
                     .arg(brokerError->text())
                     .arg(producer.outstanding()),
                 false);
        else
            save(retrying                                 ? u"retrying"_s
                     : queue.size() > 0 || r.lagMs > 2000 ? u"catching-up"_s
                                                          : u"streaming"_s,
                 QString(), false);

        if (context.untilCaughtUp && context.finiteStepsDone->load()) {
            if (goal.isEmpty()) {
                auto headPosition = st.head->headPosition();
                if (!headPosition) {
                    status = fail(headPosition.error());
                    break;
                }
                goal = *headPosition;
                logIfFailed(
                    lcSink(),
                    context.message(lcSink(), u"info"_s,
                                    Text::tr("sync: catching up to source position %1").arg(goal)),
                    "the project log misses this line");
            }
            if (inflight.empty() && reader.comparePositions(r.appliedPosition, goal) >= 0) {
                caughtUp = true;
                break;
            }
        }
    }
    stopReader();
    // What the broker still acknowledges in a moment moves the position; the rest is sent
    // again by the next run.
    QElapsedTimer grace;
    grace.start();
    while (status && !inflight.empty() && !producer.clientError() && grace.elapsed() < 3000) {
        producer.poll(50);
        advance();
    }
    producer.setDeliveryHandler({});

    if (!status) {
        if (status.error().code == Error::Code::Cancelled) {
            save(u"stopped"_s, QString(), true);
            return fail(
                Error::Code::Cancelled, Text::tr("sync stopped"),
                Text::tr("Run the project again to resume from the acknowledged position."));
        }
        save(u"failed"_s, status.error().text(), true);
        return status;
    }
    if (caughtUp) {
        save(u"stopped"_s, Text::tr("caught up with source position %1").arg(goal), true);
        return context.message(lcSink(), u"info"_s,
                               Text::tr("sync: caught up (acknowledged through %1, sequence %2)")
                                   .arg(r.appliedPosition)
                                   .arg(r.events));
    }
    if (!readStatus && readStatus.error().code != Error::Code::Cancelled) {
        save(u"failed"_s, readStatus.error().text(), true);
        return readStatus;
    }
    save(u"stopped"_s, QString(), true);
    return fail(Error::Code::Cancelled, Text::tr("sync stopped"),
                Text::tr("Run the project again to resume from the acknowledged position."));
}

} // namespace ferry

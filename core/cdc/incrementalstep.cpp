#include "incrementalstep.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "engines/positionrecord.h"
#include "pipeline/boundedqueue.h"
#include "pipeline/componentregistry.h"
#include "pipeline/retry.h"
#include "pipeline/runrecords.h"
#include "pipeline/stepcontext.h"
#include "rowfilter.h"
#include "schemafollower.h"

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// A table's source columns as the project planned them (generated ones included: the target
// may hold them).
QStringList sourceColumnNames(const TablePlan &plan)
{
    QStringList out;
    for (const Column &c : plan.source.columns)
        out << c.name;
    return out;
}

constexpr size_t kQueueTransactions = 4096; // whole transactions between reader and applier
constexpr auto kHeartbeat = std::chrono::milliseconds(500);
constexpr qint64 kRecordEveryMs = 2000;
constexpr qint64 kSampleEveryMs = 5000;
constexpr int kMaxRetries = 10; // a lost connection, retried with backoff (about 4 min in all)

// Waits `ms` or until `cancel` fires; false when cancelled.
int indexOf(const QList<Column> &columns, const QString &name)
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

} // namespace

struct IncrementalStep::Stream
{
    Endpoint targetEndpoint;
    QList<ApplyRoute> routes;
    ApplyOptions applyOptions;
    std::unique_ptr<Session> target;
    std::unique_ptr<Applier> applier;
    std::unique_ptr<ChangeReader> reader;
    std::unique_ptr<ChangeReader> head; // asks the source how far it has written
    QString start;
    StreamRecord record;

    Status connectTarget()
    {
        applier.reset();
        target.reset();
        const Driver &driver = Driver::forEngine(targetEndpoint.engine);
        auto session = driver.connectForWrite(targetEndpoint);
        if (!session)
            return fail(session.error());
        target = std::move(*session);
        applier = std::make_unique<Applier>(*target, driver, routes, applyOptions);
        return applier->prepare();
    }
};

IncrementalStep::IncrementalStep(QList<TablePlan> plans, QString project,
                                 IncrementalOptions options, MigrationOptions migration,
                                 QString stream)
    : m_plans(std::move(plans))
    , m_project(std::move(project))
    , m_options(std::move(options))
    , m_migration(migration)
    , m_stream(std::move(stream))
{ }

IncrementalStep::~IncrementalStep() = default;

QString IncrementalStep::id() const
{
    return m_stream == u"forward" ? u"incremental"_s : u"reverse"_s;
}

Result<CaptureScope> IncrementalStep::scope(const Endpoint &source,
                                            const QList<Table> &targetTables) const
{
    CaptureScope s;
    s.project = m_project;
    const bool view = m_follow && source.family() == EngineFamily::PostgreSql;
    for (const TablePlan &plan : m_plans) {
        bool known = false;
        for (const Table &t : std::as_const(s.tables))
            known = known || t.ref == plan.source.ref;
        if (known)
            continue;
        const Table *target = nullptr;
        for (const Table &t : targetTables)
            if (t.ref.name == plan.target.ref.name)
                target = &t;
        const QStringList asOfPosition =
            m_state ? m_state->record.sourceColumns.value(plan.sourceKey) : QStringList();
        s.tables.append(view ? SchemaFollower::captureView(plan, target, asOfPosition)
                             : plan.source);
    }
    const Driver &driver = Driver::forEngine(source.engine);
    auto session = driver.connect(source);
    if (!session)
        return std::unexpected(session.error());
    auto tables = driver.readTables(**session, source.effectiveSchema());
    if (!tables)
        return std::unexpected(tables.error());
    for (const Table &t : std::as_const(*tables))
        if (t.ref.name == QLatin1StringView(PositionRecord::tableName))
            s.tables.append(t);
    return s;
}

Result<std::unique_ptr<ChangeReader>>
IncrementalStep::makeReader(const Endpoint &source, Session &target,
                            const Endpoint &targetEndpoint) const
{
    QList<Table> targetTables; // what scope() compares a PostgreSQL source's Relations with
    if (m_follow && source.family() == EngineFamily::PostgreSql) {
        auto read = Driver::forEngine(targetEndpoint.engine)
                        .readTables(target, targetEndpoint.effectiveSchema());
        if (!read)
            return std::unexpected(read.error());
        targetTables = *read;
    }
    auto captured = scope(source, targetTables);
    if (!captured)
        return std::unexpected(captured.error());
    auto reader = Driver::forEngine(source.engine).makeChangeReader(source, *captured);
    if (!reader)
        return std::unexpected(reader.error());
    // Capture was installed when the start position was taken (anchor()). It is not installed
    // again here: a slot or change log lost since would come back empty and hide the loss;
    // the stream refuses a position its source no longer has, with the remedy.
    (*reader)->setHeartbeatInterval(kHeartbeat);
    return reader;
}

Result<QString> IncrementalStep::follow(StepContext &context, const ChangeTransaction &held)
{
    Stream &st = *m_state;
    std::vector<ChangeEvent> ddl;
    for (const ChangeEvent &e : held.events)
        if (e.kind == ChangeEvent::Kind::Ddl)
            ddl.push_back(e);
    const SchemaFollower follower(*m_follow, context.source, context.target);
    auto outcome = follower.follow(m_plans, ddl, *st.target);
    if (!outcome)
        return std::unexpected(outcome.error());
    if (!outcome->pause.isEmpty())
        return outcome->pause;
    const auto log = [&](const QString &text) {
        logIfFailed(lcProject(), context.message(lcProject(), u"info"_s, text),
                    "the project log misses this line");
    };
    for (const QString &sql : std::as_const(outcome->statements))
        log(Text::tr("incremental: schema change applied to the target: %1").arg(sql));
    for (const QString &note : std::as_const(outcome->notes))
        log(Text::tr("incremental: %1").arg(note));
    // Fault injection (tst_incremental_ddl): the run ends between the target's schema change
    // and anything after it (plans, position, records), as a crash there would leave it.
    if (!outcome->statements.isEmpty()
        && qEnvironmentVariable("FERRY_FAULT") == u"after-schema-change")
        return fail(
            Error::Code::Internal,
            u"stopped after the target's schema change (FERRY_FAULT=after-schema-change)"_s);
    for (const TablePlan &plan : std::as_const(outcome->created)) {
        // Its rows come by the stream from its creation on: the full step has nothing to copy.
        TableRecord record;
        record.sourceTable = plan.sourceKey;
        record.targetTable = plan.target.ref.display();
        record.state = TableState::Done;
        record.created = true;
        if (auto ok = context.records->saveTable(record); !ok)
            return std::unexpected(ok.error());
    }
    m_plans = outcome->plans;
    // The followed tables are now as the source has them (saved with the next record).
    for (const TablePlan &plan : std::as_const(m_plans))
        st.record.sourceColumns.insert(plan.sourceKey, sourceColumnNames(plan));
    auto routes = this->routes(*st.target, st.targetEndpoint);
    if (!routes)
        return std::unexpected(routes.error());
    st.routes = *routes;
    // A new session: the bulk writer's staging tables have the old shape.
    if (auto ok = st.connectTarget(); !ok)
        return std::unexpected(ok.error());
    auto reader = makeReader(context.source, *st.target, context.target);
    if (!reader)
        return std::unexpected(reader.error());
    st.reader = std::move(*reader);
    log(Text::tr("incremental: followed the schema change at source position %1: %2")
            .arg(held.position, ddl.empty() ? QString() : ddl.front().statement));
    return QString();
}

Status applyDecidedSchemaChange(StreamRecord &stream, const Endpoint &target)
{
    if (stream.state != u"paused-ddl" || stream.heldPosition.isEmpty())
        return {};
    const QString decision = stream.ddlDecision;
    if (decision.isEmpty())
        return fail(
            Error::Code::InvalidInput,
            Text::tr("the %1 stream is paused at a schema change (source position %2): %3")
                .arg(stream.stream, stream.heldPosition, stream.detail),
            Text::tr("Decide with ferry ddl FILE --apply (run it on the target as shown), --sql "
                     "STATEMENT (run your own instead) or --skip, then run again."));
    if (decision != u"apply" && !decision.startsWith(u"sql:"))
        return {};
    const QString statement = decision == u"apply" ? stream.detail : decision.mid(4);
    const Driver &driver = Driver::forEngine(target.engine);
    auto session = driver.connectForWrite(target);
    if (!session)
        return fail(session.error());
    if (auto ok = (*session)->exec(statement); !ok) {
        Error e = ok.error();
        e.message = Text::tr("applying the schema change to %1 failed: %2 (%3)")
                        .arg(target.displayAddress(), e.message, statement);
        e.fix =
            Text::tr("Correct the statement (ferry ddl FILE --sql STATEMENT) or skip it (ferry ddl "
                     "FILE --skip), then run again. A change that is already there: skip it.");
        return fail(e);
    }
    stream.ddlDecision = u"applied"_s;
    return {};
}

Result<QList<TablePlan>> reversedPlans(const QList<TablePlan> &forward,
                                       const QHash<QString, Table> &targetTables)
{
    QList<TablePlan> out;
    for (const TablePlan &f : forward) {
        const auto refuse = [&](const QString &why) {
            return fail(
                Error::Code::Unsupported,
                Text::tr("%1 cannot be kept in step in reverse: %2").arg(f.sourceKey, why),
                Text::tr("Exclude the table from the project before the switchover, or move "
                         "its changes back by hand."),
                f.sourceKey);
        };
        if (!f.filter.isEmpty())
            return refuse(Text::tr("the project moves only the rows of a filter"));
        if (f.manyToOne)
            return refuse(Text::tr("several source tables feed its target table"));
        if (!f.originColumn.isEmpty())
            return refuse(Text::tr("its target table records the origin of its rows"));
        if (f.split)
            return refuse(Text::tr("it is split into shards"));
        // A generated column is copied when the target cannot compute it (schemaplan).
        int copied = 0;
        for (const Column &c : f.source.columns) {
            bool read = false;
            for (const Column &r : f.readColumns)
                read = read || r.name == c.name;
            copied += c.generated && !read ? 0 : 1;
        }
        if (f.readColumns.size() != copied)
            return refuse(Text::tr("the project moves only some of its columns"));
        const auto found = targetTables.constFind(f.target.ref.name);
        if (found == targetTables.constEnd())
            return fail(Error::Code::NotFound,
                        Text::tr("target table %1 does not exist").arg(f.target.ref.display()),
                        Text::tr("Run the project's schema and full steps first."),
                        f.target.ref.display());
        const Table &t = *found;
        TablePlan r;
        r.source = t;
        r.sourceKey = t.ref.display();
        const auto columnOf = [&](const QString &name) -> const Column * {
            return t.column(name);
        };
        for (int i = 0; i < f.readColumns.size(); ++i) {
            const Column *c = columnOf(f.targetColumns[i]);
            if (!c)
                return fail(Error::Code::NotFound,
                            Text::tr("target table %1 has no column %2")
                                .arg(t.ref.display(), f.targetColumns[i]),
                            Text::tr("Add the column back to the target table."), t.ref.display());
            r.readColumns.append(*c);
            r.targetColumns.append(f.readColumns[i].name);
        }
        for (int k = 0; k < f.targetKey.size(); ++k) {
            const Column *c = columnOf(f.targetKey[k].name);
            if (!c)
                return refuse(Text::tr("its key column %1 is missing in the target")
                                  .arg(f.targetKey[k].name));
            r.keyColumns.append(*c);
            Column back = *c;
            back.name = f.keyColumns[k].name;
            r.targetKey.append(back);
        }
        r.target.ref = f.source.ref;
        out.append(r);
    }
    return out;
}

Status IncrementalStep::anchor(StepContext &context)
{
    if (!context.records)
        return fail(Error::Code::Internal, u"the incremental step needs the run's records"_s);
    auto streams = context.records->streams();
    if (!streams)
        return fail(streams.error());
    for (const StreamRecord &s : *streams)
        if (s.stream == m_stream && !s.appliedPosition.isEmpty())
            return {}; // anchored by an earlier run
    auto captured = scope(context.source);
    if (!captured)
        return fail(captured.error());
    auto reader =
        Driver::forEngine(context.source.engine).makeChangeReader(context.source, *captured);
    if (!reader)
        return fail(reader.error());
    if (auto ok = (*reader)->prepare(); !ok)
        return ok;
    QString start = m_options.startPosition;
    if (start.isEmpty()) {
        auto now = (*reader)->currentPosition();
        if (!now)
            return fail(now.error());
        start = *now;
    }
    StreamRecord r;
    r.stream = m_stream;
    r.state = u"starting"_s;
    r.readPosition = start;
    r.appliedPosition = start;
    r.detail = Text::tr("captures the source from %1 on").arg(start);
    if (auto ok = context.records->saveStream(r); !ok)
        return ok;
    return context.message(lcProject(), u"info"_s,
                           Text::tr("incremental: changes are captured from source position %1 on, "
                                    "before any row is copied")
                               .arg(start));
}

Result<QList<ApplyRoute>> IncrementalStep::routes(Session &target, const Endpoint &endpoint) const
{
    const Driver &driver = Driver::forEngine(endpoint.engine);
    auto tables = driver.readTables(target, endpoint.effectiveSchema());
    if (!tables)
        return std::unexpected(tables.error());
    QList<ApplyRoute> out;
    for (const TablePlan &plan : m_plans) {
        const Table *targetTable = nullptr;
        for (const Table &t : std::as_const(*tables))
            if (t.ref.name == plan.target.ref.name)
                targetTable = &t;
        if (!targetTable)
            return fail(Error::Code::NotFound,
                        Text::tr("target table %1 (for %2) does not exist")
                            .arg(plan.target.ref.display(), plan.sourceKey),
                        Text::tr("Run the schema and full steps first, or create the table."),
                        plan.target.ref.display());
        if (plan.keyColumns.isEmpty())
            return fail(
                Error::Code::Unsupported,
                Text::tr("%1 has no primary key or non-null unique key: its changes cannot be "
                         "applied by key")
                    .arg(plan.sourceKey),
                Text::tr("Add a primary key to %1, or exclude it from the project.")
                    .arg(plan.sourceKey),
                plan.sourceKey);
        ApplyRoute r;
        r.source = plan.source.ref;
        r.sourceKey = plan.sourceKey;
        WriteRequest &w = r.request;
        w.table = targetTable->ref;
        w.conflicts = ConflictPolicy::Replace;
        w.zeroDates = m_migration.zeroDates;
        w.sourceName = plan.sourceKey;
        for (int i = 0; i < plan.readColumns.size(); ++i) {
            const Column *column = targetTable->column(plan.targetColumns[i]);
            // A column the source gained after the full step: its change is in the stream,
            // where the step follows it (or pauses for the DBA); until then it is not written.
            if (!column)
                continue;
            w.columns.append(plan.targetColumns[i]);
            w.sourceTypes.append(plan.readColumns[i].type);
            w.targetTypes.append(column->type);
            w.targetNullable.append(column->nullable);
            r.cells.append(indexOf(plan.source.columns, plan.readColumns[i].name));
        }
        for (int k = 0; k < plan.keyColumns.size(); ++k) {
            const int cell = indexOf(plan.source.columns, plan.keyColumns[k].name);
            const int readAt = int(w.columns.indexOf(plan.targetKey[k].name));
            if (cell < 0 || readAt < 0)
                return fail(Error::Code::InvalidInput,
                            Text::tr("%1: key column %2 is not among the columns the project moves")
                                .arg(plan.sourceKey, plan.keyColumns[k].name),
                            Text::tr("Keep the key columns in the table's column list."),
                            plan.sourceKey);
            r.keyCells.append(cell);
            w.keyCells.append(readAt);
            w.keyNames.append(plan.keyColumns[k].name);
            w.conflictKey.append(plan.targetKey[k].name);
        }
        r.targetKey = plan.targetKey;
        if (!plan.originColumn.isEmpty()) {
            const Column *column = targetTable->column(plan.originColumn);
            if (!column)
                return fail(Error::Code::NotFound,
                            Text::tr("target table %1 has no origin column %2 (for %3)")
                                .arg(targetTable->ref.display(), plan.originColumn, plan.sourceKey),
                            Text::tr("Run the schema step, or add the column (text, NOT NULL)."),
                            targetTable->ref.display());
            r.originColumn = plan.originColumn;
            r.origin = plan.originValue().toStdString();
            w.columns.append(plan.originColumn);
            w.sourceTypes.append(plan.target.columns.last().sourceType);
            w.targetTypes.append(column->type);
            w.targetNullable.append(column->nullable);
            if (plan.originInKey)
                w.conflictKey.append(plan.originColumn);
        }
        if (plan.split) {
            r.split = plan.split;
            r.shard = plan.shard;
            r.splitCell = indexOf(plan.source.columns, plan.split->column);
        }
        if (!plan.captureFilter().isEmpty()) {
            auto filter =
                RowFilter::parse(plan.captureFilter(), plan.source.columns, plan.sourceKey);
            if (!filter)
                return std::unexpected(filter.error());
            r.filter = [f = *filter](const RowImage &row) {
                return f.matches(row);
            };
        }
        out.append(r);
    }
    return out;
}

Status IncrementalStep::prepare(StepContext &context)
{
    if (!context.records)
        return fail(Error::Code::Internal, u"the incremental step needs the run's records"_s);
    m_state = std::make_unique<Stream>();
    Stream &st = *m_state;
    st.targetEndpoint = context.target;
    st.applyOptions.project = m_project;
    st.applyOptions.stream = m_stream;
    st.applyOptions.applyInserts = m_options.applyInserts;
    st.applyOptions.applyUpdates = m_options.applyUpdates;
    st.applyOptions.applyDeletes = m_options.applyDeletes;

    auto streams = context.records->streams();
    if (!streams)
        return fail(streams.error());
    for (const StreamRecord &s : *streams)
        if (s.stream == m_stream)
            st.record = s;
    st.record.stream = m_stream;
    // A table met for the first time is as the source has it now: the position is now.
    for (const TablePlan &plan : std::as_const(m_plans))
        if (!st.record.sourceColumns.contains(plan.sourceKey))
            st.record.sourceColumns.insert(plan.sourceKey, sourceColumnNames(plan));

    const Driver &targetDriver = Driver::forEngine(context.target.engine);
    {
        auto session = targetDriver.connectForWrite(context.target);
        if (!session)
            return fail(session.error());
        auto routes = this->routes(**session, context.target);
        if (!routes)
            return fail(routes.error());
        st.routes = *routes;
    }
    if (auto ok = st.connectTarget(); !ok)
        return ok;

    auto committed = st.applier->position();
    if (!committed)
        return fail(committed.error());
    st.start = committed->value_or(st.record.appliedPosition);
    if (st.start.isEmpty())
        return fail(Error::Code::Internal,
                    Text::tr("the incremental step of %1 has no start position").arg(m_project),
                    Text::tr("Run the project again: its first run takes the start position."));

    const Driver &sourceDriver = Driver::forEngine(context.source.engine);
    auto reader = makeReader(context.source, *st.target, context.target);
    if (!reader)
        return fail(reader.error());
    st.reader = std::move(*reader);
    auto captured = scope(context.source);
    if (!captured)
        return fail(captured.error());
    auto head = sourceDriver.makeChangeReader(context.source, *captured);
    if (!head)
        return fail(head.error());
    st.head = std::move(*head);
    return context.message(
        lcProject(), u"info"_s,
        Text::tr("incremental: applying source changes from position %1").arg(st.start));
}

Status IncrementalStep::run(StepContext &context)
{
    if (!m_state)
        return fail(Error::Code::Internal, u"the incremental step ran without prepare()"_s);
    Stream &st = *m_state;

    std::mutex shared; // guards the three below
    QString committed = st.start; // the target's position, for acknowledge()
    QString readPosition = st.start;
    bool sourceRetrying = false;
    // The source clock's offset as the applier measured it, for the reader's part of the lag.
    std::atomic<qint64> readClockOffsetMs {0};
    ComponentScope applierComponent(context.projectId, context.runId, id(), ComponentKind::Applier,
                                    id() + u".applier"_s);
    ComponentEntry &applierEntry = applierComponent.entry();
    applierEntry.setObject(context.target.displayAddress());
    applierEntry.setState(ComponentState::Running);

    // One reading of the source stream by st.reader, from a position on: a reader thread
    // filling a queue. A schema change the step follows ends it and starts another, with the
    // tables' new shape, from the last committed position.
    struct Capture
    {
        BoundedQueue<ChangeTransaction> queue {kQueueTransactions};
        CancelToken cancel;
        std::unique_ptr<ScopedInterrupt> withRun;
        std::thread thread;
        Status status;
    };
    // `restarted`: after a followed schema change, the source may still hold the last
    // reading's replication connection a moment (PostgreSQL: the slot is active): retried.
    const auto startCapture = [&](const QString &start, bool restarted) {
        auto capture = std::make_unique<Capture>();
        Capture *c = capture.get();
        c->withRun = std::make_unique<ScopedInterrupt>(context.cancel,
                                                       [token = c->cancel] { token.cancel(); });
        ChangeReader *reader = st.reader.get();
        c->thread = std::thread([&, c, reader, start, restarted] {
            ComponentScope component(context.projectId, context.runId, id(),
                                     ComponentKind::ChangeReader, id() + u".change-reader"_s);
            component->setObject(context.source.displayAddress());
            component->setState(ComponentState::Running);
            QString from = start;
            QString acknowledged;
            int attempt = 0;
            for (;;) {
                Status s = reader->stream(
                    from,
                    [&](ChangeTransaction &&t) -> Status {
                        attempt = 0;
                        QString toAcknowledge;
                        {
                            std::lock_guard lock(shared);
                            sourceRetrying = false;
                            readPosition = t.position;
                            if (committed != acknowledged)
                                toAcknowledge = committed;
                        }
                        if (!toAcknowledge.isEmpty()) {
                            logIfFailed(lcProject(), reader->acknowledge(toAcknowledge),
                                        "the source keeps its log a little longer");
                            acknowledged = toAcknowledge;
                        }
                        from = t.position;
                        t.readAt = QDateTime::currentDateTimeUtc();
                        component->setState(ComponentState::Running);
                        component->setPosition(t.position);
                        component->events += qint64(t.events.size());
                        component->queueDepth = qint64(c->queue.size());
                        if (t.commitTime.isValid())
                            component->lagReadMs = std::max<qint64>(
                                0, t.commitTime.msecsTo(t.readAt) - readClockOffsetMs.load());
                        // Ferry's own transaction (the other direction applied it): skipped.
                        for (const ChangeEvent &e : t.events)
                            if (e.table.name == QLatin1StringView(PositionRecord::tableName)) {
                                t.events.clear();
                                break;
                            }
                        if (!c->queue.push(std::move(t)))
                            return fail(Error::Code::Cancelled, Text::tr("the applier stopped"));
                        return {};
                    },
                    c->cancel);
                const bool transient = !s
                    && (s.error().code == Error::Code::Connection
                        || (restarted && s.error().code == Error::Code::Conflict && attempt < 3));
                if (!transient || c->cancel.isCancelled() || attempt >= kMaxRetries) {
                    c->status = s;
                    break;
                }
                {
                    std::lock_guard lock(shared);
                    sourceRetrying = true;
                }
                ++component->retries;
                component->setState(ComponentState::Retrying);
                logIfFailed(
                    lcProject(),
                    context.message(lcProject(), u"warning"_s,
                                    Text::tr("incremental: the source stream broke (%1); reading "
                                             "again from %2 in %3 s")
                                        .arg(s.error().text(), from)
                                        .arg(backoffMs(attempt) / 1000)),
                    "the project log misses this line");
                if (!sleepUnlessCancelled(c->cancel, backoffMs(attempt++))) {
                    c->status = fail(Error::Code::Cancelled, u"stopped"_s);
                    break;
                }
            }
            c->queue.close();
        });
        return capture;
    };
    // Whatever ends the applier ends the reader.
    const auto stopCapture = [](Capture &c) {
        c.cancel.cancel();
        c.queue.close();
        if (c.thread.joinable())
            c.thread.join();
    };
    std::unique_ptr<Capture> capture = startCapture(st.start, false);
    const auto stopReader = [&] {
        stopCapture(*capture);
    };
    // The position of the transaction whose schema change the step has just followed: read
    // again, its rows are applied and its schema events pass.
    QString followedAt;

    QElapsedTimer clock;
    clock.start();
    qint64 lastRecord = -kRecordEveryMs, lastSample = 0;
    qint64 eventsAtSample = st.record.events;
    std::optional<qint64> clockOffsetMs; // source clock behind ours (+) or ahead (-)
    QString goal; // --until-caught-up: the source's head when the finite steps ended
    bool caughtUp = false;
    Status applyStatus;

    const auto save = [&](const QString &state, const QString &detail, bool force) {
        const qint64 now = clock.elapsed();
        if (!force && now - lastRecord < kRecordEveryMs)
            return;
        StreamRecord &r = st.record;
        {
            std::lock_guard lock(shared);
            r.readPosition = readPosition;
        }
        r.state = state;
        r.detail = detail;
        logIfFailed(lcProject(), context.records->saveStream(r),
                    "the stream record in the store is behind");
        lastRecord = now;
        if (now - lastSample >= kSampleEveryMs) {
            MetricSample sample;
            sample.at = QDateTime::currentDateTimeUtc();
            sample.rowsPerSecond = r.eventsPerSecond;
            sample.lagMs = r.lagMs;
            logIfFailed(lcProject(), context.records->addSample(sample),
                        "the lag chart misses a point");
            lastSample = now;
        }
    };

    std::vector<ChangeTransaction> batch;
    std::optional<ChangeTransaction> held; // the transaction with a schema change
    qint64 eventsWindowStart = clock.elapsed();
    while (!context.cancel.isCancelled()) {
        batch.clear();
        auto first = capture->queue.pop();
        if (!first)
            break;
        const QDateTime dequeuedAt = QDateTime::currentDateTimeUtc();
        size_t events = first->events.size();
        batch.push_back(std::move(*first));
        while (events < size_t(m_options.batchEvents)) {
            auto next = capture->queue.tryPop();
            if (!next)
                break;
            events += next->events.size();
            batch.push_back(std::move(*next));
        }
        // A schema change the DBA has decided on (ferry ddl) goes; the transaction's rows are
        // applied. An undecided one stops the batch before its transaction: the stream pauses.
        bool passedDecided = false;
        for (size_t i = 0; i < batch.size() && !held; ++i) {
            auto &events = batch[i].events;
            const bool hasDdl = std::any_of(events.begin(), events.end(), [](const ChangeEvent &e) {
                return e.kind == ChangeEvent::Kind::Ddl;
            });
            if (!hasDdl)
                continue;
            if (batch[i].position == followedAt) {
                std::erase_if(
                    events, [](const ChangeEvent &e) { return e.kind == ChangeEvent::Kind::Ddl; });
                continue;
            }
            if (batch[i].position == st.record.heldPosition && !st.record.ddlDecision.isEmpty()) {
                std::erase_if(
                    events, [](const ChangeEvent &e) { return e.kind == ChangeEvent::Kind::Ddl; });
                passedDecided = true;
                continue;
            }
            held = std::move(batch[i]);
            batch.resize(i);
        }

        Result<ApplyResult> applied = ApplyResult {};
        for (int attempt = 0; !batch.empty(); ++attempt) {
            if (st.applier) // none while the target could not be reached again
                applied = st.applier->apply(batch);
            if (applied || applied.error().code != Error::Code::Connection || attempt >= kMaxRetries
                || context.cancel.isCancelled())
                break;
            save(u"retrying"_s,
                 Text::tr("the target is unreachable (%1); retrying in %2 s")
                     .arg(applied.error().text())
                     .arg(backoffMs(attempt) / 1000),
                 true);
            logIfFailed(lcProject(),
                        context.message(lcProject(), u"warning"_s,
                                        Text::tr("incremental: %1; retrying in %2 s")
                                            .arg(applied.error().text())
                                            .arg(backoffMs(attempt) / 1000)),
                        "the project log misses this line");
            ++applierEntry.retries;
            applierEntry.setState(ComponentState::Retrying);
            if (!sleepUnlessCancelled(context.cancel, backoffMs(attempt)))
                break;
            if (auto ok = st.connectTarget(); !ok) {
                applied = fail(ok.error()); // still down: retried while it is a lost connection
                continue;
            }
            // A commit whose answer was lost may have landed: the position record says.
            auto at = st.applier->position();
            if (at && at->has_value() && **at == batch.back().position) {
                applied = ApplyResult {};
                applied->position = **at;
                break;
            }
        }
        if (!applied) {
            ++applierEntry.errors;
            applierEntry.setState(ComponentState::Failed);
            applyStatus = fail(applied.error());
            break;
        }
        const QDateTime appliedAt = QDateTime::currentDateTimeUtc();
        applierEntry.setState(ComponentState::Running);
        if (!batch.empty()) {
            const ChangeTransaction &last = batch.back();
            StreamRecord &r = st.record;
            r.appliedPosition = last.position;
            r.appliedAt = appliedAt;
            r.transactions += qint64(batch.size());
            r.events += applied->events;
            for (auto it = applied->counts.cbegin(); it != applied->counts.cend(); ++it) {
                TableChangeCounts &c = r.tables[it.key()];
                c.inserts += it->inserts;
                c.updates += it->updates;
                c.deletes += it->deletes;
            }
            if (last.commitTime.isValid()) {
                const qint64 raw = last.commitTime.msecsTo(appliedAt);
                // An idle source's heartbeat arrives at once: what it reads as delay is the
                // clocks' difference.
                if (last.events.empty() && capture->queue.size() == 0)
                    clockOffsetMs = std::min(clockOffsetMs.value_or(raw), raw);
                r.lastCommitAt = last.commitTime;
                r.lagMs = std::max<qint64>(0, raw - clockOffsetMs.value_or(0));
                readClockOffsetMs = clockOffsetMs.value_or(0);
                // The lag in three parts: the source's commit to Ferry's read, the wait in the
                // queue, the apply. Together they make lagMs (the clocks' offset taken out).
                if (last.readAt.isValid()) {
                    const qint64 read = std::max<qint64>(
                        0, last.commitTime.msecsTo(last.readAt) - clockOffsetMs.value_or(0));
                    const qint64 queued = std::max<qint64>(0, last.readAt.msecsTo(dequeuedAt));
                    const qint64 applying = std::max<qint64>(0, dequeuedAt.msecsTo(appliedAt));
                    applierEntry.lagReadMs = read;
                    applierEntry.lagQueueMs = queued;
                    applierEntry.lagApplyMs = applying;
                }
            }
            applierEntry.setPosition(last.position);
            applierEntry.events += applied->events;
            applierEntry.rows += applied->events;
            applierEntry.queueDepth = qint64(capture->queue.size());
            {
                std::lock_guard lock(shared);
                committed = last.position;
            }
            const qint64 now = clock.elapsed();
            if (now - eventsWindowStart >= 1000) {
                r.eventsPerSecond =
                    double(r.events - eventsAtSample) * 1000.0 / double(now - eventsWindowStart);
                eventsAtSample = r.events;
                eventsWindowStart = now;
            }
            context.metrics->rows += applied->events;
            RunProgress p;
            p.projectId = context.projectId;
            p.runId = context.runId;
            p.step = id();
            p.rowsDone = r.events;
            p.rowsPerSecond = r.eventsPerSecond;
            p.at = appliedAt;
            context.progress(p);
        }
        if (passedDecided && !batch.empty()) {
            logIfFailed(lcProject(),
                        context.message(lcProject(), u"info"_s,
                                        Text::tr("incremental: passed the schema change at source "
                                                 "position %1 (%2)")
                                            .arg(st.record.heldPosition, st.record.ddlDecision)),
                        "the project log misses this line");
            st.record.heldPosition.clear();
            st.record.ddlDecision.clear();
        }
        // A decided change whose transaction no longer carries it when read again (PostgreSQL
        // tells a change by comparing with the table's shape, which the decision may have
        // made the same): passed once the stream is past it.
        if (!st.record.heldPosition.isEmpty() && !st.record.ddlDecision.isEmpty()
            && !st.record.appliedPosition.isEmpty()
            && st.reader->comparePositions(st.record.appliedPosition, st.record.heldPosition)
                >= 0) {
            st.record.heldPosition.clear();
            st.record.ddlDecision.clear();
        }
        QString notFollowed;
        if (held && m_follow) {
            stopReader(); // its reader goes with the tables' old shape
            auto followed = follow(context, *held);
            if (!followed) {
                applyStatus = fail(followed.error());
                break;
            }
            if (followed->isEmpty()) {
                // Read again from the last commit, with the tables' new shape: the transaction
                // of the change is applied then, its schema events passing.
                followedAt = held->position;
                held.reset();
                {
                    std::lock_guard lock(shared);
                    readPosition = committed;
                }
                capture = startCapture(committed, true);
                continue;
            }
            notFollowed = *followed;
        }
        if (held) {
            for (const ChangeEvent &e : held->events)
                if (e.kind == ChangeEvent::Kind::Ddl) {
                    st.record.heldPosition = held->position;
                    st.record.ddlDecision.clear();
                    save(u"paused-ddl"_s, e.statement, true);
                    applyStatus = fail(
                        Error::Code::Unsupported,
                        Text::tr(
                            "incremental paused at a schema change on %1 (source position %2): "
                            "%3%4")
                            .arg(e.table.display(), held->position, e.statement,
                                 notFollowed.isEmpty() ? QString() : u" (%1)"_s.arg(notFollowed)),
                        Text::tr(
                            "Decide with ferry ddl FILE --apply (run it on the target as shown), "
                            "--sql STATEMENT (run your own instead) or --skip, then run again; "
                            "nothing after it is lost."),
                        e.table.display());
                    break;
                }
            break;
        }
        bool retrying = false;
        {
            std::lock_guard lock(shared);
            retrying = sourceRetrying;
        }
        const bool behind = capture->queue.size() > 0 || st.record.lagMs > 2000;
        save(retrying     ? u"retrying"_s
                 : behind ? u"catching-up"_s
                          : u"streaming"_s,
             QString(), false);

        if (context.untilCaughtUp && context.finiteStepsDone->load()) {
            if (goal.isEmpty()) {
                auto head = st.head->headPosition();
                if (!head) {
                    applyStatus = fail(head.error());
                    break;
                }
                goal = *head;
                logIfFailed(
                    lcProject(),
                    context.message(
                        lcProject(), u"info"_s,
                        Text::tr("incremental: catching up to source position %1").arg(goal)),
                    "the project log misses this line");
            }
            if (!st.record.appliedPosition.isEmpty()
                && st.reader->comparePositions(st.record.appliedPosition, goal) >= 0) {
                caughtUp = true;
                break;
            }
        }
    }
    stopReader();

    if (!applyStatus) {
        if (!held) // a pause keeps its state and statement
            save(u"failed"_s, applyStatus.error().text(), true);
        return applyStatus;
    }
    if (caughtUp) {
        save(u"stopped"_s, Text::tr("caught up with source position %1").arg(goal), true);
        return context.message(
            lcProject(), u"info"_s,
            Text::tr("incremental: caught up (applied through %1)").arg(st.record.appliedPosition));
    }
    if (!capture->status && capture->status.error().code != Error::Code::Cancelled) {
        save(u"failed"_s, capture->status.error().text(), true);
        return capture->status;
    }
    save(u"stopped"_s, QString(), true);
    return fail(Error::Code::Cancelled, Text::tr("incremental synchronization stopped"),
                Text::tr("Run the project again to resume from the applied position."));
}

} // namespace ferry

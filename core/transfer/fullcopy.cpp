#include "fullcopy.h"

#include "chunkledger.h"
#include "chunkplanner.h"
#include "common/language.h"
#include "common/logging.h"
#include "common/throttle.h"
#include "engines/driver.h"
#include "engines/keypredicate.h"
#include "engines/keysetchunker.h"
#include "pipeline/boundedqueue.h"
#include "pipeline/checkpoints.h"
#include "pipeline/componentregistry.h"
#include "pipeline/runrecords.h"
#include "pipeline/workerpool.h"

#include <QElapsedTimer>
#include <QSet>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// Queue depth between a chunk's reader and writer: enough to overlap them, small enough that
// memory stays at a few batches per worker whatever the table size.
constexpr size_t kQueueDepth = 3;

struct TableRun
{
    const TablePlan *plan = nullptr;
    TableRecord record;
    // Grows while the key walk cuts chunks (a deque: a worker's chunk stays where it is).
    std::deque<Chunk> chunks;
    std::mutex chunksMutex; // guards the deque itself while the walk appends to it
    Table targetTable;
    // The key walk still to do (a table too big to cut without one): where it resumes.
    bool walk = false;
    std::optional<KeyValues> walkFrom;
    std::atomic<qint64> rowsDone {0};
    std::atomic<qint64> bytesDone {0};
    std::atomic<int> chunksDone {0};
    std::atomic<int> chunksTotal {0};
    // Chunks not copied yet, plus one while the walk runs: the table is finished at zero.
    std::atomic<int> chunksLeft {0};
    std::atomic<bool> failed {false};
    std::atomic<int> phase {0}; // 0 pending, 1 copying, 2 indexing, 3 done
    std::atomic<qint64> skipped {0};
    std::mutex recordMutex; // guards record, written by whichever worker moves the table on
    std::mutex errorMutex;
    QString error;

    // Copies the live counters into the record before it is saved (recordMutex held).
    Chunk &chunk(size_t index)
    {
        std::lock_guard lock(chunksMutex);
        return chunks[index];
    }
    void snapshotCounters()
    {
        record.rowsDone = rowsDone.load();
        record.rowsSkipped = skipped.load();
        record.bytesDone = bytesDone.load();
    }
    qint64 rowsTotal = 0;
    // rate: rows at the last sample
    qint64 sampledRows = 0;
    double rate = 0;
};

QStringList keyNames(const QList<Column> &key)
{
    QStringList names;
    for (const Column &c : key)
        names << c.name;
    return names;
}

bool hasUniqueKeyOn(const Table &table, const QStringList &columns)
{
    auto same = [&](const QStringList &other) {
        return other.size() == columns.size()
            && std::is_permutation(other.begin(), other.end(), columns.begin());
    };
    if (table.primaryKey && same(table.primaryKey->columns))
        return true;
    for (const Index &i : table.indexes)
        if (i.unique && same(i.columns))
            return true;
    return false;
}

// `batch` with one more cell at the end of each row holding `value` (the origin column).
RowBatch withConstantCell(const RowBatch &batch, std::string_view value)
{
    RowBatch out(batch.columns() + 1);
    out.reserve(batch.bytes() + size_t(batch.rows()) * value.size(), batch.rows());
    for (int r = 0; r < batch.rows(); ++r) {
        for (int c = 0; c < batch.columns(); ++c)
            if (batch.isNull(r, c))
                out.appendNull();
            else
                out.append(batch.cell(r, c));
        out.append(value);
        out.endRow();
    }
    return out;
}

// Copy one chunk of a table, or (walk) cut the table's chunks by walking its key, queueing
// each chunk as it is cut.
struct WorkItem
{
    int table = 0;
    size_t chunk = 0;
    bool walk = false;
};

} // namespace

struct FullCopy::Private
{
    FullCopyInput in;
    const Driver &sourceDriver;
    const Driver &targetDriver;
    RunRecords &records;
    Checkpoints &ledger;
    Throttle throttle;
    std::vector<std::unique_ptr<TableRun>> tables;
    WorkQueue<WorkItem> work;
    size_t queued = 0; // items queued by prepare()
    int walks = 0; // tables whose key is walked while the copy runs
    std::mutex fatalMutex;
    std::optional<Error> fatal; // an error that stops every table (a lost server)

    explicit Private(FullCopyInput input)
        : in(std::move(input))
        , sourceDriver(Driver::forEngine(in.source.engine))
        , targetDriver(Driver::forEngine(in.target.engine))
        , records(*in.records)
        , ledger(*in.checkpoints)
        , throttle(in.options.rowsPerSecond, in.options.bytesPerSecond)
    { }

    void message(const QString &level, const QString &text)
    {
        if (level == u"error")
            qCWarning(lcTransfer).noquote() << text;
        else
            qCInfo(lcTransfer).noquote() << text;
        // The line is in the log file already; the project's own log in the store is a copy.
        if (auto ok = records.log(level, text); !ok)
            qCWarning(lcTransfer).noquote()
                << "could not add to the project log:" << ok.error().text();
        if (in.observer)
            in.observer->message(level, text);
    }

    void failTable(TableRun &t, const Error &error)
    {
        {
            std::lock_guard lock(t.errorMutex);
            if (t.failed.exchange(true))
                return;
            t.error = error.text();
        }
        std::lock_guard lock(t.recordMutex);
        t.record.state = TableState::Failed;
        t.record.error = error.text();
        t.record.finishedAt = QDateTime::currentDateTimeUtc();
        t.snapshotCounters();
        // The failure itself is what matters: it is logged below whether or not it is stored.
        if (auto ok = records.saveTable(t.record); !ok)
            qCWarning(lcTransfer).noquote()
                << "could not record that" << t.plan->sourceKey << "failed:" << ok.error().text();
        message(u"error"_s, Text::tr("table %1 stopped: %2").arg(t.plan->sourceKey, error.text()));
    }

    Status prepare();
    void worker();
    void setFatal(const Error &e)
    {
        {
            std::lock_guard lock(fatalMutex);
            if (!fatal)
                fatal = e;
        }
        work.stop();
    }
    Status walkKey(int table, TableReader &reader);
    void chunkFinished(TableRun &t, Session &target);
    // The reader and writer of one worker, as the O&M page shows them.
    struct Components
    {
        ComponentEntry &reader;
        ComponentEntry &writer;
    };
    Status copyChunk(TableRun &t, Chunk &chunk, Session &source, TableReader &reader,
                     Session &target, BulkWriter &writer, const Components &components);
    std::atomic<int> workerSerial {0};
    Status finishTable(TableRun &t, Session &target);
    Status foreignKeys(Session &target);
    RunProgress snapshot(double elapsedSeconds, double rate);
};

FullCopy::FullCopy(FullCopyInput input)
    : d(std::make_unique<Private>(std::move(input)))
{ }

FullCopy::~FullCopy() = default;

Status FullCopy::Private::prepare()
{
    auto sourceSession = sourceDriver.connect(in.source);
    if (!sourceSession)
        return std::unexpected(sourceSession.error());
    auto targetSession = targetDriver.connectForWrite(in.target);
    if (!targetSession)
        return std::unexpected(targetSession.error());
    auto reader = sourceDriver.makeReader(**sourceSession);
    auto stored = records.tables();
    if (!stored)
        return std::unexpected(stored.error());

    // The 'truncate' policy empties the target tables that held rows once, before the first
    // chunk, all in one go so the foreign keys between them do not stand in the way.
    QSet<QString> truncating;
    if (in.options.nonEmptyTarget == NonEmptyPolicy::Truncate) {
        QList<TableRef> empty;
        QStringList names;
        QList<const TablePlan *> untouched; // selected, never written by this project
        for (const TablePlan &plan : in.plans) {
            if (!plan.primaryOfTarget)
                continue;
            TableRecord record;
            for (const TableRecord &r : *stored)
                if (r.sourceTable == plan.sourceKey)
                    record = r;
            auto chunks = ledger.chunks(plan.sourceKey);
            if (!chunks)
                return std::unexpected(chunks.error());
            if (record.targetHadRows && !record.truncated) {
                truncating.insert(plan.sourceKey);
                empty << plan.target.ref;
                names << plan.target.ref.display();
            } else if (!record.truncated && chunks->empty() && record.state != TableState::Done) {
                untouched << &plan;
            }
        }
        // PostgreSQL truncates a referenced table only with its referencing tables: the
        // selected tables this project has not written yet (empty) go in the same statement.
        if (!empty.isEmpty() && targetDriver.dialect().family() == EngineFamily::PostgreSql)
            for (const TablePlan *plan : std::as_const(untouched)) {
                truncating.insert(plan->sourceKey);
                empty << plan->target.ref;
            }
        for (const QString &sql : targetDriver.dialect().emptyTables(empty)) {
            if (auto ok = (*targetSession)->exec(sql); !ok) {
                Error e = ok.error();
                e.message = Text::tr("emptying %1 (policy truncate): %2")
                                .arg(names.join(u", "_s), e.message);
                if (e.sqlState == u"0A000") // a foreign key from a table outside the list
                    e.fix =
                        Text::tr("A table outside the project references one of them: add it to "
                                 "the project, empty it first, or drop its foreign key.");
                return fail(e);
            }
        }
        if (!names.isEmpty())
            message(
                u"info"_s,
                Text::tr("emptied target table(s) %1 (policy truncate)").arg(names.join(u", "_s)));
    }

    for (const TablePlan &plan : in.plans) {
        auto t = std::make_unique<TableRun>();
        t->plan = &plan;
        for (const TableRecord &r : *stored)
            if (r.sourceTable == plan.sourceKey)
                t->record = r;
        t->record.sourceTable = plan.sourceKey;
        t->record.targetTable = plan.target.ref.display();
        t->targetTable = in.targetTables.value(plan.target.ref.name);
        if (t->targetTable.columns.isEmpty())
            return fail(Error::Code::NotFound,
                        Text::tr("target table %1 does not exist").arg(plan.target.ref.display()),
                        Text::tr("Add the schema step, or create the table first."));

        if (truncating.contains(plan.sourceKey)) {
            t->record.truncated = true;
            t->record.planned = false;
            if (auto ok = ledger.savePlan(plan.sourceKey, {}); !ok)
                return ok;
        }

        auto chunks = ledger.chunks(plan.sourceKey);
        if (!chunks)
            return std::unexpected(chunks.error());
        if (!t->record.planned && !chunks->empty() && !chunks->back().range.upper) {
            t->record.planned = true; // the walk had cut its last chunk before a crash
        } else if (!t->record.planned && !chunks->empty()) {
            t->walk = true; // resume the walk a crash interrupted, after its last chunk
            t->walkFrom = chunks->back().range.upper;
        } else if (!t->record.planned) {
            t->record.state = TableState::Planning;
            t->record.rowsDone = 0;
            t->record.rowsSkipped = 0;
            t->record.bytesDone = 0;
            auto quick = planWithoutWalk(**sourceSession, *reader, plan, in.options.chunkRows);
            if (!quick)
                return std::unexpected(quick.error());
            if (*quick) {
                if (auto ok = ledger.savePlan(plan.sourceKey, **quick); !ok)
                    return ok;
                t->record.planned = true;
                *chunks = std::move(**quick);
            } else {
                t->walk = true; // cut while copying: the first chunk moves at once
            }
        }
        t->chunks.assign(chunks->begin(), chunks->end());
        t->chunksTotal = int(t->chunks.size());
        t->rowsTotal = plan.source.rowEstimate > 0 ? plan.source.rowEstimate : 0;
        t->record.rowsEstimate = t->rowsTotal;
        t->skipped = t->record.rowsSkipped;
        qint64 doneRows = 0, doneBytes = 0;
        int doneChunks = 0;
        for (const Chunk &c : t->chunks) {
            if (c.state == ChunkState::Done) {
                doneRows += c.rows;
                doneBytes += c.bytes;
                ++doneChunks;
            }
        }
        t->rowsDone = doneRows;
        t->bytesDone = doneBytes;
        t->chunksDone = doneChunks;
        t->chunksLeft = int(t->chunks.size()) - doneChunks + (t->walk ? 1 : 0);
        t->record.rowsDone = doneRows;
        t->record.bytesDone = doneBytes;

        // A keyless table that held rows before the project cannot be redone safely: Ferry
        // cannot tell its own rows from the earlier ones.
        if (plan.keyColumns.isEmpty() && t->record.targetHadRows && !t->record.truncated) {
            for (const Chunk &c : t->chunks)
                if (c.state == ChunkState::Started)
                    return fail(
                        Error::Code::Conflict,
                        Text::tr("table %1 has no key, already held rows in %2 before this "
                                 "project, and its copy was interrupted: Ferry cannot tell its "
                                 "rows from the earlier ones")
                            .arg(plan.sourceKey, plan.target.ref.display()),
                        Text::tr("Set nonEmptyTarget to 'truncate' and run again."));
        }
        if (t->record.state != TableState::Done)
            t->record.state = t->chunksLeft == 0 ? TableState::Indexing : TableState::Pending;
        if (auto ok = records.saveTable(t->record); !ok)
            return ok;
        tables.push_back(std::move(t));
    }
    // Walks first: every other chunk can be copied meanwhile.
    for (int i = 0; i < int(tables.size()); ++i) {
        TableRun &t = *tables[size_t(i)];
        if (t.record.state != TableState::Done && t.walk) {
            work.push({i, 0, true});
            ++queued;
            ++walks;
        }
    }
    for (int i = 0; i < int(tables.size()); ++i) {
        TableRun &t = *tables[size_t(i)];
        if (t.record.state == TableState::Done) {
            t.phase = 3;
            continue;
        }
        for (size_t c = 0; c < t.chunks.size(); ++c)
            if (t.chunks[c].state != ChunkState::Done) {
                work.push({i, c, false});
                ++queued;
            }
    }
    return {};
}

Status FullCopy::Private::copyChunk(TableRun &t, Chunk &chunk, Session &, TableReader &reader,
                                    Session &, BulkWriter &writer, const Components &components)
{
    const TablePlan &plan = *t.plan;
    const bool redo = chunk.state == ChunkState::Started || chunk.attempts > 0;
    const QString at = u"chunk %1"_s.arg(chunk.ordinal);
    for (ComponentEntry *c : {&components.reader, &components.writer}) {
        c->setObject(plan.sourceKey);
        c->setPosition(at);
        c->setState(ComponentState::Running);
        if (redo)
            ++c->retries;
    }

    WriteRequest request;
    request.table = plan.target.ref;
    request.columns = plan.targetColumns;
    request.sourceName = plan.sourceKey;
    request.zeroDates = in.options.zeroDates;
    request.conflicts = in.options.nonEmptyTarget == NonEmptyPolicy::Ignore ? ConflictPolicy::Ignore
                                                                            : ConflictPolicy::Fail;
    for (int i = 0; i < plan.readColumns.size(); ++i) {
        request.sourceTypes.append(plan.readColumns[i].type);
        const Column *target = t.targetTable.column(plan.targetColumns[i]);
        if (!target)
            return fail(Error::Code::NotFound,
                        Text::tr("target table %1 has no column %2")
                            .arg(plan.target.ref.display(), plan.targetColumns[i]),
                        Text::tr("Add the column to the target table, or leave it out of the "
                                 "project's column list."));
        request.targetTypes.append(target->type);
        request.targetNullable.append(target->nullable);
    }
    // The origin column: one more cell per row, the source table's name.
    const std::string origin = plan.originValue().toStdString();
    if (!plan.originColumn.isEmpty()) {
        const Column *target = t.targetTable.column(plan.originColumn);
        if (!target)
            return fail(Error::Code::NotFound,
                        Text::tr("target table %1 has no origin column %2")
                            .arg(plan.target.ref.display(), plan.originColumn),
                        Text::tr("Add the column (text, NOT NULL) to the target table, or run the "
                                 "schema step."));
        request.columns.append(plan.originColumn);
        request.sourceTypes.append(plan.target.columns.last().sourceType);
        request.targetTypes.append(target->type);
        request.targetNullable.append(target->nullable);
    }
    for (const Column &k : plan.keyColumns) {
        for (int i = 0; i < plan.readColumns.size(); ++i)
            if (plan.readColumns[i].name == k.name)
                request.keyCells.append(i);
        request.keyNames.append(k.name);
    }
    // How a chunk that may have reached the target before a crash is redone exactly once:
    // keyless tables start over; keys whose order every engine agrees on (numbers, dates)
    // delete the chunk's range first; otherwise (text keys, whose order depends on collations,
    // or a target fed by several tables) rows whose key already exists are skipped.
    bool deleteRangeOnRedo = false;
    if (redo && !plan.keyColumns.isEmpty()) {
        if (!plan.manyToOne && keyOrderIsPortable(plan.targetKey))
            deleteRangeOnRedo = true;
        else if (hasUniqueKeyOn(t.targetTable, keyNames(plan.targetKey))
                 || (plan.originInKey
                     && hasUniqueKeyOn(t.targetTable,
                                       keyNames(plan.targetKey) << plan.originColumn)))
            request.conflicts = ConflictPolicy::Ignore;
        else
            deleteRangeOnRedo = true; // no unique key to skip by: the range is the best we have
    }

    // A keyless table copied into a target other tables feed cannot be redone: deleting what
    // it wrote would delete their rows, and its own rows cannot be told from theirs.
    if (redo && plan.keyColumns.isEmpty() && plan.manyToOne)
        return fail(
            Error::Code::Unsupported,
            Text::tr("%1 has no key and its copy into %2 (which other tables feed too) was "
                     "interrupted: its rows there cannot be told from theirs")
                .arg(plan.sourceKey, plan.target.ref.display()),
            Text::tr("Empty %1, then `ferry project reset` and run the project again; or give "
                     "%2 a primary key so an interrupted copy can be resumed.")
                .arg(plan.target.ref.display(), plan.sourceKey),
            plan.sourceKey);
    if (auto ok = ledger.markStarted(plan.sourceKey, chunk.ordinal); !ok)
        return ok;
    chunk.state = ChunkState::Started;
    ++chunk.attempts;
    if (auto ok = writer.begin(request); !ok)
        return ok;
    if (redo) {
        Status cleared;
        if (plan.keyColumns.isEmpty())
            cleared = writer.deleteAll();
        else if (deleteRangeOnRedo)
            cleared = writer.deleteRange(plan.targetKey, chunk.range);
        if (!cleared) {
            writer.rollback();
            return cleared;
        }
    }

    ReadRequest read;
    read.table = plan.source.ref;
    read.columns = plan.readColumns;
    read.keyColumns = plan.keyColumns;
    read.range = chunk.range;
    read.filter = plan.filter;

    BoundedQueue<RowBatch> queue(kQueueDepth);
    CancelToken chunkCancel;
    ScopedInterrupt stopWithRun(in.cancel, [chunkCancel] { chunkCancel.cancel(); });
    Status readStatus;
    std::thread readerThread([&] {
        readStatus = reader.read(
            read,
            [&](RowBatch &&batch) -> Status {
                components.reader.rows += batch.rows();
                components.reader.bytes += qint64(batch.bytes());
                components.reader.queueDepth = qint64(queue.size()) + 1;
                if (!queue.push(std::move(batch)))
                    return fail(Error::Code::Cancelled, Text::tr("the writer stopped"));
                return {};
            },
            chunkCancel);
        queue.close();
    });

    Status writeStatus;
    qint64 inFlightRows = 0, inFlightBytes = 0;
    while (auto batch = queue.pop()) {
        if (!throttle.acquire(batch->rows(), qint64(batch->bytes()), in.cancel)) {
            writeStatus = fail(Error::Code::Cancelled, u"stopped"_s);
            break;
        }
        writeStatus = plan.originColumn.isEmpty() ? writer.write(*batch)
                                                  : writer.write(withConstantCell(*batch, origin));
        if (!writeStatus)
            break;
        inFlightRows += batch->rows();
        inFlightBytes += qint64(batch->bytes());
        components.writer.rows += batch->rows();
        components.writer.bytes += qint64(batch->bytes());
        components.writer.queueDepth = qint64(queue.size());
        components.reader.queueDepth = qint64(queue.size());
        t.rowsDone += batch->rows();
        t.bytesDone += qint64(batch->bytes());
    }
    if (!writeStatus) {
        chunkCancel.cancel();
        queue.close();
        while (queue.pop()) { }
    }
    readerThread.join();
    if (!readStatus && !in.cancel.isCancelled())
        ++components.reader.errors;
    if (!writeStatus && !in.cancel.isCancelled())
        ++components.writer.errors;
    components.reader.queueDepth = 0;
    components.writer.queueDepth = 0;

    auto undo = [&] {
        writer.rollback();
        t.rowsDone -= inFlightRows;
        t.bytesDone -= inFlightBytes;
    };
    if (!writeStatus) {
        undo();
        return writeStatus;
    }
    if (!readStatus) {
        undo();
        return readStatus;
    }
    if (in.cancel.isCancelled()) {
        undo();
        return fail(Error::Code::Cancelled, u"stopped"_s);
    }
    auto stats = writer.commit();
    if (!stats) {
        undo();
        return std::unexpected(stats.error());
    }
    if (auto ok = ledger.markDone(plan.sourceKey, chunk.ordinal, stats->written, stats->bytes); !ok)
        return ok;
    chunk.state = ChunkState::Done;
    // Rows skipped under the 'ignore' policy were read but not written.
    t.rowsDone -= inFlightRows - stats->written;
    t.skipped += stats->skipped;
    ++t.chunksDone;
    return {};
}

Status FullCopy::Private::finishTable(TableRun &t, Session &target)
{
    const TablePlan &plan = *t.plan;
    const Dialect &dialect = targetDriver.dialect();
    t.phase = 2;
    std::lock_guard lock(t.recordMutex);
    t.record.state = TableState::Indexing;
    t.snapshotCounters();
    if (auto ok = records.saveTable(t.record); !ok)
        return ok;
    if (!t.record.indexesDone && t.record.created && plan.primaryOfTarget) {
        if (in.options.indexes == IndexTiming::AfterFull) {
            // Skip indexes that exist already (a crash after CREATE INDEX, before the record).
            auto current = targetDriver.readTables(target, plan.target.ref.schema);
            QStringList existing;
            if (current)
                for (const Table &tt : *current)
                    if (tt.ref.name == plan.target.ref.name)
                        for (const Index &i : tt.indexes)
                            existing << i.name;
            TargetTable pending = plan.target;
            pending.indexes.clear();
            for (const Index &i : plan.target.indexes)
                if (!existing.contains(i.name))
                    pending.indexes.append(i);
            QElapsedTimer timer;
            timer.start();
            for (const QString &sql : dialect.createIndexes(pending))
                if (auto ok = target.exec(sql); !ok)
                    return ok;
            if (!pending.indexes.isEmpty())
                message(u"info"_s,
                        Text::tr("built %1 index(es) on %2 in %3 s")
                            .arg(pending.indexes.size())
                            .arg(plan.target.ref.display())
                            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        }
    }
    for (const QString &sql : dialect.resetIdentity(plan.target))
        if (auto ok = target.exec(sql); !ok)
            return ok;
    t.record.indexesDone = true;
    t.record.state = TableState::Done;
    t.record.finishedAt = QDateTime::currentDateTimeUtc();
    t.snapshotCounters();
    t.phase = 3;
    return records.saveTable(t.record);
}

Status FullCopy::Private::walkKey(int table, TableReader &reader)
{
    TableRun &t = *tables[size_t(table)];
    const TablePlan &plan = *t.plan;
    QElapsedTimer timer;
    timer.start();
    KeysetChunker chunker(reader, plan.source.ref, plan.keyColumns, plan.filter,
                          in.options.chunkRows);
    std::optional<KeyValues> after = t.walkFrom;
    int ordinal = t.chunksTotal.load();
    int cut = 0;
    for (;;) {
        auto boundary = chunker.next(after, in.cancel);
        if (!boundary)
            return std::unexpected(boundary.error());
        Chunk c;
        c.ordinal = ordinal++;
        c.range.lower = after;
        c.range.upper = *boundary;
        c.state = ChunkState::Pending;
        if (auto ok = ledger.appendChunk(plan.sourceKey, c); !ok)
            return ok;
        size_t index;
        {
            std::lock_guard lock(t.chunksMutex);
            t.chunks.push_back(c);
            index = t.chunks.size() - 1;
        }
        ++t.chunksTotal;
        ++t.chunksLeft;
        ++cut;
        work.push({table, index, false});
        if (!*boundary)
            break;
        after = std::move(*boundary);
    }
    std::lock_guard lock(t.recordMutex);
    t.record.planned = true;
    t.snapshotCounters();
    qCInfo(lcTransfer).noquote() << u"cut %1 into %2 chunk(s) by key walk in %3 s, copying "
                                    "meanwhile"_s.arg(plan.sourceKey)
                                        .arg(cut)
                                        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return records.saveTable(t.record);
}

void FullCopy::Private::chunkFinished(TableRun &t, Session &target)
{
    if (--t.chunksLeft == 0 && !t.failed) {
        if (auto done = finishTable(t, target); !done)
            failTable(t, done.error());
    }
}

void FullCopy::Private::worker()
{
    auto sourceSession = sourceDriver.connect(in.source);
    if (!sourceSession) {
        setFatal(sourceSession.error());
        return;
    }
    auto targetSession = targetDriver.connectForWrite(in.target);
    if (!targetSession) {
        setFatal(targetSession.error());
        return;
    }
    auto reader = sourceDriver.makeReader(**sourceSession);
    auto writer = targetDriver.makeWriter(**targetSession);
    const int n = ++workerSerial;
    ComponentScope readerComponent(in.projectId, in.runId, u"full"_s, ComponentKind::Reader,
                                   u"full.reader.%1"_s.arg(n));
    ComponentScope writerComponent(in.projectId, in.runId, u"full"_s, ComponentKind::Writer,
                                   u"full.writer.%1"_s.arg(n));
    const Components components {readerComponent.entry(), writerComponent.entry()};
    // A failed item fails its table, and a lost server the whole run; a cancel ends the loop.
    auto carryOn = [&](TableRun &t, const Status &ok) {
        if (ok)
            return true;
        if (ok.error().code == Error::Code::Cancelled && in.cancel.isCancelled())
            return false;
        if (ok.error().code == Error::Code::Connection)
            setFatal(ok.error());
        failTable(t, ok.error());
        return true;
    };
    work.forEach([&](const WorkItem &item) {
        if (in.cancel.isCancelled())
            return false;
        TableRun &t = *tables[size_t(item.table)];
        if (item.walk) {
            if (!t.failed && !carryOn(t, walkKey(item.table, *reader)))
                return false;
            chunkFinished(t, **targetSession); // the walk's own hold on the table
            return true;
        }
        if (t.failed)
            return true;
        if (t.phase.load() == 0) {
            int expected = 0;
            if (t.phase.compare_exchange_strong(expected, 1)) {
                std::lock_guard lock(t.recordMutex);
                t.record.state = TableState::Copying;
                if (!t.record.startedAt.isValid())
                    t.record.startedAt = QDateTime::currentDateTimeUtc();
                if (auto saved = records.saveTable(t.record); !saved)
                    message(u"warning"_s,
                            Text::tr("could not record that %1 is copying: %2")
                                .arg(t.plan->sourceKey, saved.error().text()));
            }
        }
        Chunk &chunk = t.chunk(item.chunk);
        const Status ok =
            copyChunk(t, chunk, **sourceSession, *reader, **targetSession, *writer, components);
        if (!carryOn(t, ok))
            return false;
        if (ok)
            chunkFinished(t, **targetSession);
        return true;
    });
}

Status FullCopy::Private::foreignKeys(Session &target)
{
    if (in.options.indexes == IndexTiming::Skip)
        return {};
    const Dialect &dialect = targetDriver.dialect();
    auto current = targetDriver.readTables(target, in.target.effectiveSchema());
    if (!current)
        return std::unexpected(current.error());
    for (const auto &t : tables) {
        if (!t->record.created || !t->plan->primaryOfTarget || t->failed)
            continue;
        TargetTable pending = t->plan->target;
        pending.foreignKeys.clear();
        for (const ForeignKey &fk : t->plan->target.foreignKeys) {
            bool exists = false;
            for (const Table &tt : *current)
                if (tt.ref.name == pending.ref.name)
                    for (const ForeignKey &have : tt.foreignKeys)
                        exists = exists || have.name == fk.name;
            if (!exists)
                pending.foreignKeys.append(fk);
        }
        for (const QString &sql : dialect.createForeignKeys(pending))
            if (auto ok = target.exec(sql); !ok)
                return ok;
    }
    return {};
}

RunProgress FullCopy::Private::snapshot(double elapsedSeconds, double rate)
{
    RunProgress p;
    p.projectId = in.projectId;
    p.runId = in.runId;
    p.step = u"full"_s;
    p.stepState = StepState::Running;
    p.at = QDateTime::currentDateTimeUtc();
    qint64 chunksDone = 0, chunksTotal = 0;
    for (const auto &t : tables) {
        TableProgress tp;
        tp.source = t->plan->sourceKey;
        tp.target = t->plan->target.ref.display();
        static constexpr TableState phases[] = {TableState::Pending, TableState::Copying,
                                                TableState::Indexing, TableState::Done};
        tp.state = t->failed ? TableState::Failed : phases[t->phase.load()];
        tp.rowsDone = t->rowsDone.load();
        tp.rowsTotal =
            tp.state == TableState::Done ? tp.rowsDone : std::max(t->rowsTotal, tp.rowsDone);
        tp.bytesDone = t->bytesDone.load();
        tp.chunksDone = t->chunksDone.load();
        tp.chunksTotal = t->chunksTotal.load();
        tp.rowsPerSecond = t->rate;
        if (t->rate > 0 && tp.rowsTotal > tp.rowsDone)
            tp.etaSeconds = double(tp.rowsTotal - tp.rowsDone) / t->rate;
        {
            std::lock_guard lock(t->errorMutex);
            tp.error = t->error;
        }
        p.rowsDone += tp.rowsDone;
        p.rowsTotal += tp.rowsTotal;
        p.bytesDone += tp.bytesDone;
        chunksDone += tp.chunksDone;
        chunksTotal += tp.chunksTotal;
        p.tables.append(tp);
    }
    p.rowsPerSecond = rate;
    p.bytesPerSecond =
        elapsedSeconds > 0 && p.rowsDone > 0 ? rate * double(p.bytesDone) / double(p.rowsDone) : 0;
    p.fraction = p.rowsTotal > 0
        ? std::min(1.0, double(p.rowsDone) / double(p.rowsTotal))
        : (chunksTotal > 0 ? double(chunksDone) / double(chunksTotal) : 1.0);
    if (rate > 0 && p.rowsTotal > p.rowsDone)
        p.etaSeconds = double(p.rowsTotal - p.rowsDone) / rate;
    return p;
}

Result<FullCopySummary> FullCopy::run()
{
    QElapsedTimer timer;
    timer.start();
    if (auto ok = d->prepare(); !ok)
        return std::unexpected(ok.error());

    // A target that takes one writer at a time (SQLite) gets one: more would wait on its lock.
    int workers = d->in.options.concurrency;
    workers = std::min(workers, d->targetDriver.maxConcurrentWriters());
    // Walked tables add chunks as they go: every worker may find work then.
    if (d->walks == 0)
        workers = std::min<int>(workers, int(d->queued));
    workers = std::max(1, workers);
    qint64 startRows = 0;
    for (const auto &t : d->tables)
        startRows += t->rowsDone.load();

    // Tables whose chunks were all done before (a crash during indexing) finish first.
    std::vector<TableRun *> unfinished;
    for (const auto &t : d->tables)
        if (t->chunksLeft.load() == 0 && t->phase.load() != 3)
            unfinished.push_back(t.get());
    if (!unfinished.empty()) {
        auto target = d->targetDriver.connectForWrite(d->in.target);
        if (!target)
            return std::unexpected(target.error());
        for (TableRun *t : unfinished)
            if (auto ok = d->finishTable(*t, **target); !ok)
                d->failTable(*t, ok.error());
    }

    if (d->queued > 0) {
        const QString text = d->walks > 0
            ? Text::tr("copying %1 chunk(s) of %2 table(s) with %3 worker(s), %4 table(s) still "
                       "being cut")
                  .arg(d->queued - size_t(d->walks))
                  .arg(d->tables.size())
                  .arg(workers)
                  .arg(d->walks)
            : Text::tr("copying %1 chunk(s) of %2 table(s) with %3 worker(s)")
                  .arg(d->queued - size_t(d->walks))
                  .arg(d->tables.size())
                  .arg(workers);
        d->message(u"info"_s, text);
    }

    // Sample progress while the workers run: ~5 snapshots a second to the observer, a stored
    // metric sample every 2 s.
    double rate = 0;
    qint64 lastRows = startRows;
    qint64 lastMs = 0;
    qint64 lastSampleMs = 0;
    auto sample = [&](bool finished) {
        const qint64 ms = timer.elapsed();
        qint64 rows = 0;
        for (const auto &t : d->tables) {
            const qint64 r = t->rowsDone.load();
            const double dt = double(ms - lastMs) / 1000.0;
            if (dt > 0) {
                const double instant = double(r - t->sampledRows) / dt;
                t->rate = t->rate == 0 ? instant : 0.7 * t->rate + 0.3 * instant;
            }
            t->sampledRows = r;
            rows += r;
        }
        const double dt = double(ms - lastMs) / 1000.0;
        if (dt > 0) {
            const double instant = double(rows - lastRows) / dt;
            rate = rate == 0 ? instant : 0.7 * rate + 0.3 * instant;
        }
        lastRows = rows;
        lastMs = ms;
        const RunProgress progress = d->snapshot(double(ms) / 1000.0, rate);
        if (d->in.observer)
            d->in.observer->progress(progress);
        if (ms - lastSampleMs >= 2000 || finished) {
            lastSampleMs = ms;
            // Samples feed the charts only: a store too busy to take one loses a point.
            if (auto ok = d->records.addSample(
                    {progress.at, progress.rowsPerSecond, progress.bytesPerSecond, -1});
                !ok)
                qCDebug(lcTransfer) << "metric sample not stored:" << ok.error().text();
            if (auto ok = d->records.setProgress(progress.fraction); !ok)
                qCDebug(lcTransfer) << "progress not stored:" << ok.error().text();
        }
    };
    {
        WorkerPool pool(u"ferry-copy"_s, d->queued > 0 ? workers : 0, [this](int) { d->worker(); });
        pool.wait(std::chrono::milliseconds(200), sample);
    }

    FullCopySummary summary;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    for (const auto &t : d->tables) {
        summary.rows += t->rowsDone.load();
        summary.bytes += t->bytesDone.load();
        summary.skipped += t->skipped.load();
        if (t->failed)
            summary.failedTables << t->plan->sourceKey;
    }
    summary.rows -= startRows; // a resumed run's rate counts its own rows, not its predecessors'
    if (d->fatal)
        return std::unexpected(*d->fatal);
    if (d->in.cancel.isCancelled())
        return fail(Error::Code::Cancelled,
                    Text::tr("the full migration was stopped; every committed chunk is kept"),
                    Text::tr("Run the project again to resume from its checkpoints."));
    if (!summary.failedTables.isEmpty()) {
        QStringList reasons;
        for (const auto &t : d->tables)
            if (t->failed) {
                std::lock_guard lock(t->errorMutex);
                reasons << t->error;
            }
        return fail(
            Error::Code::DataRejected,
            summary.failedTables.size() == 1 ? reasons.first()
                                             : Text::tr("%1 tables stopped: %2")
                                                   .arg(summary.failedTables.size())
                                                   .arg(reasons.join(u"; "_s)),
            Text::tr("Fix the cause, then run the project again: finished chunks are kept."));
    }
    auto target = d->targetDriver.connectForWrite(d->in.target);
    if (!target)
        return std::unexpected(target.error());
    if (auto ok = d->foreignKeys(**target); !ok)
        return std::unexpected(ok.error());
    return summary;
}

} // namespace ferry

#include "syncsnapshotstep.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "pipeline/componentregistry.h"
#include "pipeline/runrecords.h"
#include "pipeline/stepcontext.h"
#include "syncsink.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// One table's messages in flight.
struct TableTicket
{
    qint64 pending = 0;
};

} // namespace

SyncSnapshotStep::SyncSnapshotStep(QList<TablePlan> plans, QString project, KafkaTarget target,
                                   SyncOptions options)
    : m_plans(std::move(plans))
    , m_project(std::move(project))
    , m_target(std::move(target))
    , m_options(std::move(options))
{ }

QString SyncSnapshotStep::id() const
{
    return u"full"_s;
}

Status SyncSnapshotStep::run(StepContext &context)
{
    if (!context.records)
        return fail(Error::Code::Internal, u"the snapshot needs the run's records"_s);
    SyncSink sink(m_plans, m_project, context.source, m_target, m_options);
    if (auto ok = sink.open(); !ok)
        return ok;
    KafkaProducer &producer = sink.producer();
    const MessageSerializer &serializer = sink.serializer();
    std::optional<Error> refused;
    producer.setDeliveryHandler([&](void *ticket, const Error *error) {
        if (error && !refused)
            refused = *error;
        if (!error)
            --static_cast<TableTicket *>(ticket)->pending;
    });

    auto records = context.records->tables();
    if (!records)
        return fail(records.error());
    const Driver &driver = Driver::forEngine(context.source.engine);
    auto session = driver.connect(context.source);
    if (!session)
        return fail(session.error());
    std::unique_ptr<TableReader> reader = driver.makeReader(**session);

    QElapsedTimer clock;
    clock.start();
    qint64 total = 0;
    std::string key, value;
    ComponentScope readerComponent(context.projectId, context.runId, id(), ComponentKind::Reader,
                                   id() + u".reader"_s);
    ComponentScope sinkComponent(context.projectId, context.runId, id(), ComponentKind::Sink,
                                 id() + u".sink"_s);
    for (const TablePlan &plan : std::as_const(m_plans)) {
        TableRecord record;
        record.sourceTable = plan.sourceKey;
        for (const TableRecord &t : std::as_const(*records))
            if (t.sourceTable == plan.sourceKey)
                record = t;
        if (record.state == TableState::Done)
            continue;
        const SinkTable *table = sink.table(plan.sourceKey);
        if (!table)
            return fail(Error::Code::Internal, u"no route for %1"_s.arg(plan.sourceKey));
        record.targetTable = u"kafka:"_s + table->topic;
        record.state = TableState::Copying;
        record.startedAt = QDateTime::currentDateTimeUtc();
        record.rowsDone = 0;
        record.bytesDone = 0;
        record.error.clear();
        if (auto ok = context.records->saveTable(record); !ok)
            return ok;

        readerComponent->setObject(plan.sourceKey);
        readerComponent->setState(ComponentState::Running);
        sinkComponent->setObject(table->topic);
        sinkComponent->setState(ComponentState::Running);
        const SinkTransaction tx = serializer.snapshot(QDateTime::currentDateTimeUtc());
        TableTicket ticket;
        ReadRequest request;
        request.table = plan.source.ref;
        request.columns = plan.source.columns;
        request.keyColumns = plan.keyColumns;
        request.filter = plan.filter;
        RowImage image;
        image.values.resize(size_t(plan.source.columns.size()));
        Status status = reader->read(
            request,
            [&](RowBatch &&batch) -> Status {
                readerComponent->rows += batch.rows();
                readerComponent->bytes += qint64(batch.bytes());
                for (int row = 0; row < batch.rows(); ++row) {
                    for (int c = 0; c < batch.columns(); ++c) {
                        if (batch.isNull(row, c))
                            image.values[size_t(c)].reset();
                        else
                            image.values[size_t(c)] = std::string(batch.cell(row, c));
                    }
                    SinkChange change;
                    change.op = SinkChange::Op::Snapshot;
                    change.after = &image;
                    change.transaction = &tx;
                    change.row = int(record.rowsDone);
                    serializer.key(*table, change, key);
                    serializer.value(*table, change, value);
                    ++ticket.pending;
                    if (auto ok = producer.produce(table->topicUtf8, table->partition, key, value,
                                                   0, true, &ticket, context.cancel);
                        !ok)
                        return ok;
                    ++record.rowsDone;
                    record.bytesDone += qint64(value.size());
                    ++sinkComponent->rows;
                    sinkComponent->bytes += qint64(value.size());
                }
                producer.poll(0);
                if (refused)
                    return fail(*refused);
                return {};
            },
            context.cancel);
        if (status)
            status = producer.flush(context.cancel);
        if (status && refused)
            status = fail(*refused);
        if (status && ticket.pending != 0)
            status = fail(Error::Code::Internal,
                          Text::tr("%1 messages of %2 were not acknowledged")
                              .arg(ticket.pending)
                              .arg(plan.sourceKey));
        if (!status) {
            if (status.error().code != Error::Code::Cancelled) {
                ++sinkComponent->errors;
                sinkComponent->setState(ComponentState::Failed);
            }
            producer.setDeliveryHandler({});
            record.state = status.error().code == Error::Code::Cancelled ? TableState::Pending
                                                                         : TableState::Failed;
            record.error =
                status.error().code == Error::Code::Cancelled ? QString() : status.error().text();
            logIfFailed(lcSink(), context.records->saveTable(record),
                        "the table's record in the store is behind");
            return status;
        }
        record.state = TableState::Done;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        if (auto ok = context.records->saveTable(record); !ok)
            return ok;
        total += record.rowsDone;
        context.metrics->rows += record.rowsDone;
        RunProgress p;
        p.projectId = context.projectId;
        p.runId = context.runId;
        p.step = id();
        p.rowsDone = total;
        p.at = QDateTime::currentDateTimeUtc();
        context.progress(p);
        logIfFailed(lcSink(),
                    context.message(lcSink(), u"info"_s,
                                    Text::tr("snapshot: %1 -> topic %2, %3 rows")
                                        .arg(plan.sourceKey, table->topic)
                                        .arg(record.rowsDone)),
                    "the project log misses this line");
    }
    producer.setDeliveryHandler({});
    const double seconds = double(clock.elapsed()) / 1000.0;
    return context.message(
        lcSink(), u"info"_s,
        Text::tr("snapshot: %1 rows in %2 s").arg(total).arg(seconds, 0, 'f', 1));
}

} // namespace ferry

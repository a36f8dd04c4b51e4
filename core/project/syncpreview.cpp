#include "syncpreview.h"

#include "common/language.h"
#include "engines/driver.h"
#include "engines/tablereader.h"
#include "schema/schemaplan.h"
#include "sink/messageserializer.h"
#include "sink/syncsink.h"
#include "sink/topicrouter.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString ruleText(const SinkTable &t, const SyncOptions &options)
{
    switch (t.partitionBy) {
    case PartitionBy::Key: return Text::tr("hash of the key");
    case PartitionBy::Table: return Text::tr("hash of the table name");
    case PartitionBy::Single: return Text::tr("partition %1").arg(options.partition);
    case PartitionBy::Columns:
        return Text::tr("hash of (%1)").arg(options.partitionColumns.join(u", "_s));
    }
    return {};
}

QStringList cellNames(const SinkTable &t, const QList<int> &cells)
{
    QStringList names;
    for (int c : cells)
        names << t.columns.value(c).name;
    return names;
}

} // namespace

Result<SyncPreview> previewSync(const ProjectDefinition &project, const Endpoint &source,
                                const QDateTime &readAt, const CancelToken &cancel)
{
    const Driver &driver = Driver::forEngine(source.engine);
    auto session = driver.connect(source);
    if (!session)
        return std::unexpected(session.error());
    auto tables = driver.readTables(**session, source.effectiveSchema());
    if (!tables)
        return std::unexpected(tables.error());
    auto plan = schemaplan::plan(project.selection(), *tables, source.engine, driver.dialect(),
                                 source.effectiveSchema());
    if (!plan)
        return std::unexpected(plan.error());

    SyncPreview preview;
    std::optional<SinkTable> first;
    const TablePlan *firstPlan = nullptr;
    for (const TablePlan &t : std::as_const(plan->tables)) {
        SyncPreviewRow row;
        row.sourceTable = t.sourceKey;
        auto routed = SyncSink::route({t}, source, project.sync);
        if (!routed) {
            row.error = routed.error().text();
            preview.rows.append(row);
            continue;
        }
        const SinkTable &s = routed->front();
        row.topic = s.topic;
        row.partitionRule = ruleText(s, project.sync);
        if (s.partitionBy == PartitionBy::Key || s.partitionBy == PartitionBy::Columns)
            row.keyColumns = cellNames(s, s.routeCells);
        preview.rows.append(row);
        if (!first) {
            first = s;
            firstPlan = &t;
        }
    }
    if (!first) {
        preview.sampleNote = plan->tables.isEmpty()
            ? Text::tr("no table is selected")
            : Text::tr("no selected table can be routed: see the errors above");
        return preview;
    }

    preview.sampleTable = firstPlan->sourceKey;
    MessageSerializer serializer(project.sync, {project.name, source.engine});
    serializer.prepare(*first);
    ReadRequest request;
    request.table = firstPlan->source.ref;
    request.columns = firstPlan->source.columns;
    request.keyColumns = firstPlan->keyColumns;
    request.filter = firstPlan->filter;
    request.limit = 1;
    request.batchRows = 1;
    RowImage image;
    bool found = false;
    std::unique_ptr<TableReader> reader = driver.makeReader(**session);
    Status read = reader->read(
        request,
        [&](RowBatch &&batch) -> Status {
            if (found || batch.rows() == 0)
                return {};
            image.values.resize(size_t(batch.columns()));
            for (int c = 0; c < batch.columns(); ++c) {
                if (batch.isNull(0, c))
                    image.values[size_t(c)].reset();
                else
                    image.values[size_t(c)] = std::string(batch.cell(0, c));
            }
            found = true;
            return {};
        },
        cancel);
    if (!read)
        return std::unexpected(read.error());
    if (!found) {
        preview.sampleNote =
            Text::tr("%1 has no row yet: the sample message needs one").arg(firstPlan->sourceKey);
        return preview;
    }
    const SinkTransaction tx = serializer.snapshot(readAt);
    SinkChange change;
    change.op = SinkChange::Op::Snapshot;
    change.after = &image;
    change.transaction = &tx;
    std::string key, value;
    serializer.key(*first, change, key);
    serializer.value(*first, change, value);
    preview.sampleKey = QByteArray::fromStdString(key);
    preview.sampleValue = QByteArray::fromStdString(value);
    return preview;
}

QMap<QString, qint64> messagesPerTopic(const ProjectDefinition &project, const Endpoint &source,
                                       const QList<TableRecord> &tables,
                                       const QList<StreamRecord> &streams)
{
    QMap<QString, qint64> out;
    for (const TableRecord &t : tables)
        if (t.targetTable.startsWith(u"kafka:"_s) && t.rowsDone > 0)
            out[t.targetTable.mid(6)] += t.rowsDone;
    const TopicRouter router(project.sync, source);
    for (const StreamRecord &s : streams) {
        if (s.stream != u"forward")
            continue;
        for (auto it = s.tables.begin(); it != s.tables.end(); ++it) {
            const qsizetype dot = it.key().lastIndexOf(u'.');
            const TableRef ref {dot < 0 ? QString() : it.key().left(dot), it.key().mid(dot + 1)};
            auto topic = router.topicFor(ref);
            const qint64 n = it.value().inserts + it.value().updates + it.value().deletes;
            if (topic && n > 0)
                out[*topic] += n;
        }
    }
    return out;
}

} // namespace ferry

#include "syncsink.h"

#include "cdc/rowfilter.h"
#include "common/language.h"
#include "common/logging.h"
#include "topicrouter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {
constexpr int kMetadataTimeoutMs = 10000;
constexpr int kCreateTimeoutMs = 3000; // CreateTopics answers once the controller made them
} // namespace

SyncSink::SyncSink(QList<TablePlan> plans, QString project, Endpoint source, KafkaTarget target,
                   SyncOptions options)
    : m_plans(std::move(plans))
    , m_source(std::move(source))
    , m_target(std::move(target))
    , m_options(options)
    , m_serializer(std::move(options),
                   MessageSerializer::Source {std::move(project), m_source.engine})
{ }

SyncSink::~SyncSink() = default;

Result<std::vector<SinkTable>> SyncSink::route(const QList<TablePlan> &plans,
                                               const Endpoint &source, const SyncOptions &options)
{
    TopicRouter router(options, source);
    std::vector<SinkTable> out;
    for (const TablePlan &plan : plans) {
        auto t = router.route(plan.source, plan.keyColumns,
                              plan.targetNamed ? plan.target.ref.name : QString());
        if (!t)
            return std::unexpected(t.error());
        if (plan.split) {
            t->split = plan.split;
            t->shard = plan.shard;
            t->splitCell = int(plan.source.columns.size());
            for (int i = 0; i < plan.source.columns.size(); ++i)
                if (plan.source.columns[i].name == plan.split->column)
                    t->splitCell = i;
        }
        if (!plan.captureFilter().isEmpty()) {
            auto filter =
                RowFilter::parse(plan.captureFilter(), plan.source.columns, plan.sourceKey);
            if (!filter)
                return std::unexpected(filter.error());
            t->filter = [f = *filter](const RowImage &row) {
                return f.matches(row);
            };
        }
        out.push_back(std::move(*t));
    }
    return out;
}

const QList<int> &SyncSink::tableIndexes(const QString &table) const
{
    static const QList<int> none;
    const auto found = m_byTable.constFind(table);
    return found == m_byTable.constEnd() ? none : found.value();
}

const SinkTable *SyncSink::table(const QString &sourceKey) const
{
    const int i = m_index.value(sourceKey, -1);
    return i < 0 ? nullptr : &m_tables[size_t(i)];
}

Status SyncSink::open()
{
    auto routed = route(m_plans, m_source, m_options);
    if (!routed)
        return fail(routed.error());
    m_tables = std::move(*routed);
    m_index.clear();
    m_byTable.clear();
    for (size_t i = 0; i < m_tables.size(); ++i) {
        m_serializer.prepare(m_tables[i]);
        m_index.insert(m_plans[qsizetype(i)].sourceKey, int(i));
        m_byTable[m_tables[i].ref.display()].append(int(i));
    }
    auto producer = KafkaProducer::create(m_target);
    if (!producer)
        return fail(producer.error());
    m_producer = std::move(*producer);
    auto existing = m_producer->topics(kMetadataTimeoutMs);
    if (!existing)
        return fail(existing.error());
    QStringList missing;
    for (const SinkTable &t : m_tables) {
        if (!existing->contains(t.topic) && !missing.contains(t.topic))
            missing << t.topic;
        if (t.partition >= 0 && existing->contains(t.topic)
            && t.partition >= existing->value(t.topic))
            return fail(
                Error::Code::InvalidInput,
                Text::tr("topic %1 has %2 partitions: sync.partition %3 does not exist")
                    .arg(t.topic)
                    .arg(existing->value(t.topic))
                    .arg(t.partition),
                Text::tr("Choose a partition from 0 to %1.").arg(existing->value(t.topic) - 1),
                t.topic);
    }
    if (missing.isEmpty())
        return {};
    if (!m_options.createTopics)
        return fail(
            Error::Code::NotFound,
            Text::tr("Kafka at %1 has no topic %2")
                .arg(m_target.bootstrapServers, missing.join(u", "_s)),
            Text::tr("Create the topics, or let Ferry create them (\"createTopics\": true in "
                     "\"sync\")."),
            missing.first());
    qCInfo(lcSink).noquote() << "creating topics" << missing.join(u", "_s);
    return m_producer->createTopics(missing, m_options.partitions, m_options.replicationFactor,
                                    kCreateTimeoutMs);
}

} // namespace ferry

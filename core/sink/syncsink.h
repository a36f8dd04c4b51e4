#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "kafkaproducer.h"
#include "kafkatarget.h"
#include "messageserializer.h"
#include "schema/schemaplan.h"
#include "syncoptions.h"

#include <QHash>

#include <memory>

namespace ferry {

// What both sync steps (snapshot and stream) write through: the producer, the serializer and
// every selected table's SinkTable (topic, key, partition). open() connects, checks the
// topics and creates the missing ones when the project allows it. Used on one thread.
class SyncSink
{
public:
    SyncSink(QList<TablePlan> plans, QString project, Endpoint source, KafkaTarget target,
             SyncOptions options);
    ~SyncSink();

    Status open();

    KafkaProducer &producer() { return *m_producer; }
    const MessageSerializer &serializer() const { return m_serializer; }
    // A plan's routing, by TablePlan::sourceKey; null for a table the project does not sync.
    const SinkTable *table(const QString &sourceKey) const;
    // The routings of a captured table, by TableRef::display(): one, or one per shard of a
    // split table; empty for a table the project does not sync.
    const QList<int> &tableIndexes(const QString &table) const;
    const std::vector<SinkTable> &tables() const { return m_tables; }

    // Routes every plan's table (no network): the precheck's topic and partition preview.
    static Result<std::vector<SinkTable>> route(const QList<TablePlan> &plans,
                                                const Endpoint &source, const SyncOptions &options);

private:
    QList<TablePlan> m_plans;
    Endpoint m_source;
    KafkaTarget m_target;
    SyncOptions m_options;
    MessageSerializer m_serializer;
    std::unique_ptr<KafkaProducer> m_producer;
    std::vector<SinkTable> m_tables;
    QHash<QString, int> m_index;
    QHash<QString, QList<int>> m_byTable;
};

} // namespace ferry

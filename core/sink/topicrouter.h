#pragma once

#include "common/error.h"
#include "engines/endpoint.h"
#include "messageserializer.h"
#include "schema/table.h"
#include "syncoptions.h"

namespace ferry {

// Decides where each captured table's messages go: the topic (an explicit "topics" entry, or
// the name template with {database}, {schema} and {table}), the partition routing and the
// cells that make the message key. Pure: any thread.
class TopicRouter
{
public:
    TopicRouter(SyncOptions options, Endpoint source);

    // The table's topic; InvalidInput naming the table when its name makes no valid topic.
    // `logical`: the logical table a table rule names for it (its shards share the topic).
    Result<QString> topicFor(const TableRef &table, const QString &logical = {}) const;
    // The table's SinkTable: topic, key cells, route cells. A table without a key cannot be
    // routed by key, and chosen columns must exist: both are errors that name the table.
    Result<SinkTable> route(const Table &table, const QList<Column> &keyColumns,
                            const QString &logical = {}) const;
    // "shop" for MySQL's shop.orders, the database of a PostgreSQL endpoint.
    QString databaseOf(const TableRef &table) const;

private:
    SyncOptions m_options;
    Endpoint m_source;
};

} // namespace ferry

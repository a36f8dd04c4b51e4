#pragma once

#include "engines/endpoint.h"
#include "schema/splitrule.h"
#include "schema/table.h"
#include "syncoptions.h"
#include "values/change.h"

#include <QDateTime>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ferry {

// One captured table as its messages describe it: names, columns in row-image order, key,
// and where its messages go. Made by TopicRouter; MessageSerializer::prepare() fills the
// cached JSON pieces.
struct SinkTable
{
    TableRef ref; // the source table
    // The logical table a table rule names (shards orders_00 … orders_63 -> "orders"): its
    // topic's {table}, and Ferry JSON's "table" (with the shard in "shard"). Empty: ref.name.
    QString logical;
    QString database; // MySQL family: the database (ref.schema); PostgreSQL: the database
    QString sourceKey; // "shop.orders"
    QList<Column> columns; // Table::columns: the row images' order
    QList<int> keyCells; // the primary (or non-null unique) key's cells
    QList<int> routeCells; // the cells whose values are the message key (key, columns)
    PartitionBy partitionBy = PartitionBy::Key;
    QString topic;
    int partition = -1; // a fixed partition (single), or -1: the key's hash chooses
    // The project's row filter on a row image; empty: every row.
    std::function<bool(const RowImage &)> filter;
    // A shard of a split table: the rule, this shard, and the routing column's cell.
    std::optional<SplitRule> split;
    int shard = -1;
    int splitCell = -1;
    // Whether the row of `image` is in this shard (true for a table that is not split).
    bool holds(const RowImage &image) const
    {
        if (!split)
            return true;
        if (size_t(splitCell) >= image.values.size() || !image.isPresent(size_t(splitCell)))
            return true; // cannot tell: sent
        const auto &v = image.values[size_t(splitCell)];
        return split->shardOf(v ? std::optional<std::string_view>(*v) : std::nullopt) == shard;
    }

    // Filled by MessageSerializer::prepare(): UTF-8 names as JSON strings, schemas.
    std::vector<std::string> names; // "\"id\"", per column
    std::string databaseJson, tableJson, topicUtf8, routeText;
    std::string logicalJson; // the logical table's name; empty without one
    std::string keySchema, valueSchema; // debezium-json with schema
    std::string canalTypes; // "mysqlType":{...},"pkNames":[...],"sqlType":{...}
};

// The transaction a change belongs to, in the forms the formats write (once per transaction).
struct SinkTransaction
{
    std::string position; // the source position after it (opaque outside the engine)
    std::string transactionId;
    int64_t commitMs = 0; // source commit time, ms since the epoch (UTC)
    std::string commitIso; // "2026-11-26T23:49:17.123Z"
    // Parsed from the position for Debezium's source block.
    std::string binlogFile;
    int64_t binlogPos = -1;
    std::string gtid;
    int64_t lsn = -1;
    int64_t txId = -1;
};

// One message to write: a row change or a snapshot row, with its place in the stream.
struct SinkChange
{
    enum class Op { Insert, Update, Delete, Snapshot };
    Op op = Op::Insert;
    const RowImage *before = nullptr; // Update, Delete
    const RowImage *after = nullptr; // Insert, Update, Snapshot
    const SinkTransaction *transaction = nullptr;
    // The stream's sequence: 1, 2, 3, ... per source across runs, so a consumer drops what
    // it has seen (a crash re-sends the unacknowledged tail with the same numbers). 0 for
    // snapshot rows, which carry "snapshot" instead.
    int64_t sequence = 0;
    int row = 0; // index of the change in its transaction
    bool lastInTransaction = true;
};

// Writes the key and value of a message in one of the sync formats (docs/sync-formats.md).
// Values keep the migration's fidelity: decimals as strings or Debezium's bytes, binary as
// base64, times with their fraction digits. Plain std::string building, no QJson on the hot
// path. Stateless after construction: any thread, one call at a time per output buffer.
class MessageSerializer
{
public:
    struct Source
    {
        QString project;
        Engine engine = Engine::MariaDb;
    };

    MessageSerializer(SyncOptions options, Source source);

    void prepare(SinkTable &table) const;
    SinkTransaction transaction(const ChangeTransaction &t) const;
    // A snapshot row has no transaction: `readAt` is when it was read.
    SinkTransaction snapshot(const QDateTime &readAt) const;

    // The message key (routing key): the key or chosen columns as JSON, the table's name for
    // table and single routing.
    void key(const SinkTable &table, const SinkChange &change, std::string &out) const;
    void value(const SinkTable &table, const SinkChange &change, std::string &out) const;

private:
    enum class Style { Typed, Strings, Debezium };

    void cell(std::string &out, const Column &column, const std::optional<std::string> &v,
              Style style) const;
    // {"a":1,"b":"x"} of the cells present in `image` (all when `cells` is null).
    void image(std::string &out, const SinkTable &table, const RowImage &image, Style style,
               const QList<int> *cells = nullptr) const;
    // Columns whose value changed between before and after (Canal's and Maxwell's "old").
    void changed(std::string &out, const SinkTable &table, const RowImage &before,
                 const RowImage &after, Style style) const;

    void ferryJson(const SinkTable &t, const SinkChange &c, std::string &out) const;
    void canalJson(const SinkTable &t, const SinkChange &c, std::string &out) const;
    void debeziumJson(const SinkTable &t, const SinkChange &c, std::string &out) const;
    void maxwellJson(const SinkTable &t, const SinkChange &c, std::string &out) const;
    void flatJson(const SinkTable &t, const SinkChange &c, std::string &out) const;
    void debeziumSource(const SinkTable &t, const SinkChange &c, std::string &out) const;
    std::string debeziumFieldSchema(const Column &column) const;
    std::string debeziumSourceSchema() const;

    SyncOptions m_options;
    DecimalHandling m_decimals;
    Source m_source;
    std::string m_project; // JSON string
    std::string m_engine; // JSON string: "mariadb"
    std::string m_connector; // JSON string: "mysql", "postgresql", "sqlite"
    std::string m_version; // JSON string
};

} // namespace ferry

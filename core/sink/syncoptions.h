#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace ferry {

// The message layout a sync project writes (docs/sync-formats.md).
enum class MessageFormat { FerryJson, CanalJson, DebeziumJson, MaxwellJson, FlatJson };

// Which partition a table's messages go to; the message key is what decides it.
enum class PartitionBy {
    Key, // hash of the row's primary key: one row's changes stay in order
    Table, // hash of the table name: one table's changes stay in order
    Single, // one partition (SyncOptions::partition): everything in order
    Columns, // hash of chosen columns (SyncOptions::partitionColumns)
};

// How Debezium-style decimals are written.
enum class DecimalHandling {
    String, // "1234.50": exact, readable (default except for debezium-json)
    Precise, // Debezium's bytes: base64 of the unscaled two's-complement integer (debezium-json)
    Double, // a JSON number: may lose digits
};

namespace messageformats {
QString id(MessageFormat format); // "ferry-json", "canal-json", ...
Result<MessageFormat> fromId(const QString &id);
QStringList ids();
} // namespace messageformats

namespace partitionby {
QString id(PartitionBy by); // "key", "table", "single", "columns"
Result<PartitionBy> fromId(const QString &id);
QStringList ids();
} // namespace partitionby

namespace decimalhandling {
QString id(DecimalHandling handling); // "string", "precise", "double"
Result<DecimalHandling> fromId(const QString &id);
QStringList ids();
} // namespace decimalhandling

// How a sync project turns captured changes into Kafka messages (the project file's "sync").
struct SyncOptions
{
    MessageFormat format = MessageFormat::FerryJson;
    // debezium-json: {"schema": ..., "payload": ...} as Kafka Connect's JsonConverter with
    // schemas.enable=true writes it; false: the envelope alone.
    bool schema = false;
    // Unset: Precise for debezium-json, String for the others.
    std::optional<DecimalHandling> decimals;
    // Topic name template: {database} (MySQL database, PostgreSQL database) and {schema} and
    // {table}; without a placeholder, one topic for everything.
    QString topic = QStringLiteral("{database}.{table}");
    // Explicit topics by table ("orders" or "shop.orders"); the template names the others.
    QMap<QString, QString> topics;
    PartitionBy partitionBy = PartitionBy::Key;
    QStringList partitionColumns; // Columns
    int partition = 0; // Single
    // Create missing topics (Kafka's admin API); false: a missing topic stops the precheck.
    bool createTopics = true;
    int partitions = 1; // of a topic Ferry creates
    int replicationFactor = 1; // of a topic Ferry creates; -1: the broker's default

    DecimalHandling effectiveDecimals() const
    {
        if (decimals)
            return *decimals;
        return format == MessageFormat::DebeziumJson ? DecimalHandling::Precise
                                                     : DecimalHandling::String;
    }

    // Parses the project file's "sync" object; errors name the key and the fix.
    static Result<SyncOptions> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

} // namespace ferry

#pragma once

#include "common/error.h"
#include "projectdefinition.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry {

// Hands a project to a distributed engine when it outgrows one workstation
// (`ferry project export NAME --as flink-cdc|kafka-connect`, docs/scale-out.md): the same
// source, table selection, renames, column subsets, filters and topics, in the other engine's
// own configuration, and a list of what that engine cannot express.
enum class ExportFormat {
    FlinkCdc, // a Flink CDC pipeline definition (YAML: source, sink, route, transform)
    KafkaConnect, // a Debezium source connector (+ a Debezium JDBC sink for a migration)
};

namespace exportformats {
QString id(ExportFormat format); // "flink-cdc", "kafka-connect"
Result<ExportFormat> fromId(const QString &id);
QStringList ids();
} // namespace exportformats

struct ExportedFile
{
    QString fileName; // "shop.flink-cdc.yaml", "shop.source.json"
    QByteArray content;
};

struct ProjectExport
{
    QList<ExportedFile> files;
    // What the project does that the exported configuration does not, one sentence each,
    // naming the object and what to do instead. Empty when nothing is lost.
    QStringList notExpressed;
    // What must be filled in before the configuration runs (passwords are never exported).
    QStringList beforeRunning;
};

struct ExportInput
{
    ProjectDefinition project;
    Endpoint source; // resolved (a saved data source's endpoint), without a password
    Endpoint target; // a migration's target, without a password; unused for a sync project
    // Kafka Connect keeps its state in a Kafka cluster: for a migration project (whose target
    // is not Kafka) the cluster the connectors use. Empty: ${env:KAFKA_BOOTSTRAP_SERVERS}.
    QString bootstrapServers;
};

// Fails, naming the reason and the alternative, only when the engine cannot run the project
// at all (a SQLite source; Flink CDC into a database it has no sink for).
Result<ProjectExport> exportProject(const ExportInput &input, ExportFormat format);

// A project pattern ("orders_20*", "shop.orders") as a regular expression over a qualified
// table name, anchored: Java's syntax as Debezium's *.include.list take it, where `.` between
// the database (or schema) and the table is `\.`. `qualifier` is the database or schema a
// pattern without one means. Exposed for tests.
QString patternToJavaRegex(const QString &pattern, const QString &qualifier);
// The same for Flink CDC's "tables", where an unescaped `.` separates the parts and `\.`
// stands for the regular expression's any-character: "shop.orders_20\.*", and for
// PostgreSQL, whose table ids carry the database first, "app.public.orders_20\.*" (`database`
// is empty for the MySQL family).
QString patternToFlinkTables(const QString &pattern, const QString &database,
                             const QString &qualifier);

} // namespace ferry

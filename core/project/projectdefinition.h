#pragma once

#include "cdc/incrementaloptions.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "schema/mappingoptions.h"
#include "schema/tableselection.h"
#include "sink/kafkatarget.h"
#include "sink/syncoptions.h"
#include "transfer/migrationoptions.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace ferry {

// One end of a project: a saved data source by name, or an endpoint spelled out in the file.
struct EndpointSpec
{
    QString dataSource; // the saved data source's name; empty for an inline endpoint
    Endpoint endpoint; // inline endpoint (password only in memory)
    QString passwordEnv; // the environment variable holding the password
    bool passwordGiven = false;
    // A sync project's target: a Kafka cluster, not a database ("engine": "kafka").
    std::optional<KafkaTarget> kafka;

    bool isDataSource() const { return !dataSource.isEmpty(); }
    bool isKafka() const { return kafka.has_value(); }
    // "mariadb:127.0.0.1:3306/shop", "kafka:127.0.0.1:9092", or the data source's name.
    QString text() const;
};

// What a project moves, from where to where, and how: a migration (database to database) or
// a sync (database changes to Kafka, type "sync"). The project file format is
// documented in docs/project-file.md; fromJson() checks everything a file can get wrong and
// names it.
struct ProjectDefinition
{
    QString name;
    QString type = QStringLiteral("migration");
    QStringList tags;
    EndpointSpec source;
    EndpointSpec target;
    QStringList
        steps; // ordered subset of schema, full, incremental, verify (sync: full, incremental)
    QStringList include = {QStringLiteral("*")};
    QStringList exclude;
    QList<TableRule> tables;
    MigrationOptions options;
    // options.sqliteDecimals and options.typeDecisions (type decisions a run made from the
    // source's values: written by the run, kept when a file without them replaces the project).
    MappingOptions mapping;
    IncrementalOptions incremental; // the incremental step's options ("incremental")
    QJsonObject verifyOptions; // kept for the verification step
    SyncOptions sync; // a sync project's formats, topics and partitions ("sync")

    bool isSync() const { return type == QStringLiteral("sync"); }

    static QStringList knownSteps();
    // Strict: a file from a user — passwordEnv must be set, endpoints must validate.
    // Stored: a definition the store kept — parsed as it is, nothing resolved.
    enum class Parse { Strict, Stored };
    static Result<ProjectDefinition> fromJson(const QJsonObject &object,
                                              Parse mode = Parse::Strict);
    static Result<ProjectDefinition> fromFile(const QString &path);
    // Never contains a password; inline endpoints keep passwordEnv.
    QJsonObject toJson() const;
    bool hasStep(const QString &step) const { return steps.contains(step); }
    // include, exclude and the table rules, as the schema planner takes them.
    TableSelection selection() const { return {include, exclude, tables}; }
    // What a resume must keep unchanged: endpoints and objects (options may change).
    bool sameScope(const ProjectDefinition &other) const;
};

QString nonEmptyPolicyName(NonEmptyPolicy policy);
QString indexTimingName(IndexTiming timing);

} // namespace ferry

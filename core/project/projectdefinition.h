#pragma once

#include "common/error.h"
#include "engines/bulkwriter.h"
#include "engines/endpoint.h"

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

    bool isDataSource() const { return !dataSource.isEmpty(); }
};

// A rule for one source table (or a pattern of them): where it goes and what of it moves.
struct TableRule
{
    QString source; // "orders", "shop.orders", "orders_20*"
    QString target; // target table name; empty: the source's name
    QStringList columns; // the columns to copy; empty: all
    QMap<QString, QString> renames; // source column -> target column
    QString filter; // SQL condition on the source
    QMap<QString, QString> types; // source column -> target declaration override
    bool selects = true; // false for options.typeOverrides entries: settings, not a selection
};

enum class NonEmptyPolicy { Stop, Ignore, Truncate };
enum class IndexTiming { WithSchema, AfterFull, Skip };

struct MigrationOptions
{
    int concurrency = 4;
    qint64 rowsPerSecond = 0;
    qint64 bytesPerSecond = 0;
    NonEmptyPolicy nonEmptyTarget = NonEmptyPolicy::Stop;
    IndexTiming indexes = IndexTiming::AfterFull;
    ZeroDatePolicy zeroDates = ZeroDatePolicy::Reject;
    qint64 chunkRows = 50000;
};

// What a migration project moves, from where to where, and how. The project file format is
// documented in docs/project-file.md; fromJson() checks everything a file can get wrong and
// names it.
struct ProjectDefinition
{
    QString name;
    QString type = QStringLiteral("migration");
    QStringList tags;
    EndpointSpec source;
    EndpointSpec target;
    QStringList steps; // ordered subset of schema, full, incremental, verify
    QStringList include = {QStringLiteral("*")};
    QStringList exclude;
    QList<TableRule> tables;
    MigrationOptions options;
    QJsonObject verifyOptions; // kept for the verification step

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
    // What a resume must keep unchanged: endpoints and objects (options may change).
    bool sameScope(const ProjectDefinition &other) const;
};

QString nonEmptyPolicyName(NonEmptyPolicy policy);
QString indexTimingName(IndexTiming timing);

} // namespace ferry

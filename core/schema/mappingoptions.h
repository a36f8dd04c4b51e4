#pragma once

#include <QHash>
#include <QString>

namespace ferry {

// A target type chosen from the source's values, as the project file records it
// ("options.typeDecisions"): later runs and the incremental step keep it instead of looking at
// the values again.
struct TypeDecision
{
    QString declaration; // "smallint"
    QString reason; // "holds 2 (values -1..2)"

    friend bool operator==(const TypeDecision &, const TypeDecision &) = default;
};

// How the schema plan chooses target types beyond the dialect's defaults.
struct MappingOptions
{
    // SQLite targets: decimals as SQLite numbers (NUMERIC(p,s), binary doubles: fast
    // arithmetic, inexact) instead of text that keeps every digit (DECIMAL_TEXT(p,s)).
    bool sqliteDecimalsAsReal = false;
    // PostgreSQL targets: table, column and index names in lower case (what most PostgreSQL
    // applications expect: mixed-case names need quotes in every query). Names given by the
    // project's rules are kept as written.
    bool lowerCaseNames = false;
    // Type decisions made from the values by an earlier run, by source table ("shop.orders")
    // and source column.
    QHash<QString, QHash<QString, TypeDecision>> decisions;
    // PostgreSQL targets: the target database has no postgis extension (found by the
    // precheck, not part of the project file), so spatial columns become bytea holding the
    // SRID + WKB, and spatial indexes are not created.
    bool targetWithoutPostgis = false;
    // MySQL-family targets: the server takes a DEFAULT list partition (MariaDB does, MySQL 8
    // does not). Found by the precheck from the target's engine.
    bool targetTakesDefaultPartition = false;

    friend bool operator==(const MappingOptions &, const MappingOptions &) = default;
};

} // namespace ferry

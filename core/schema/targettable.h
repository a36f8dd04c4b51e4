#pragma once

#include "table.h"

namespace ferry {

// How faithfully a target type holds the source type's values.
enum class Fidelity {
    Exact, // every value fits and reads back identical
    Widened, // a larger type: every value fits (BIGINT UNSIGNED -> numeric(20,0))
    Lossy, // some values change or are refused; the precheck names the column
    Unsupported, // cannot be migrated; the precheck stops
};

QString fidelityName(Fidelity fidelity);

// The target engine's declaration for a source type, and what it costs.
struct TypeChoice
{
    QString declaration; // "numeric(20,0)", "DATETIME(6)", "TEXT"
    Fidelity fidelity = Fidelity::Exact;
    QString note; // why, for the type-mapping preview and the precheck
};

struct TargetColumn
{
    QString name;
    QString sourceName;
    ColumnType sourceType;
    TypeChoice type;
    bool nullable = true;
    Column::DefaultKind defaultKind = Column::DefaultKind::None;
    QString defaultValue; // canonical literal, or the source expression
    bool autoIncrement = false;
    // The type was chosen from the source's values (a TINYINT(1) holding 2 became smallint):
    // the project file records it so later runs and the incremental step keep it.
    bool decidedFromValues = false;
    bool overridden = false; // the project file names its type (objects.tables[].types)
    // A generated column the target computes: the expression in the target's SQL. Empty for
    // a generated source column whose expression does not translate (copied as a plain one).
    QString generationExpression;
    bool generatedStored = false;
    bool onUpdateCurrentTimestamp = false; // see Column
    QString comment;
    // Column CHECK constraints in the target's SQL, "CHECK (...)": a PostgreSQL domain's
    // constraints with VALUE replaced by the column's name.
    QStringList checks;
};

// A table as the target will hold it: names, declarations, keys. Produced by the schema plan,
// turned into DDL by the target's Dialect.
struct TargetTable
{
    TableRef ref;
    QList<TargetColumn> columns;
    QStringList primaryKey;
    QList<Index> indexes;
    QList<ForeignKey> foreignKeys; // referenced tables already mapped to target names
    QList<CheckConstraint> checks; // expressions in the target's SQL
    QString comment;
    // The partitioning the target recreates, with target column names; isEmpty(): one table.
    Partitioning partitioning;
};

// A view as the target will hold it: its SELECT translated into the target's SQL.
struct TargetView
{
    TableRef ref;
    QString sourceName; // "shop.film_list"
    QString select;
};

} // namespace ferry

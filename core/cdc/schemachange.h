#pragma once

#include "schema/table.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry {

// What one captured schema statement does, read from its text: the MySQL family's ALTER /
// CREATE TABLE as the binlog logged it, or the ALTER TABLE a PostgreSQL reader writes for a
// changed Relation (pgoutputdecoder.h). Only what the incremental step can follow by itself is
// told apart; everything else is `other`, with the clause that made it so. Pure; any thread.
struct SchemaChange
{
    enum class Kind { CreateTable, AlterTable, Other };
    Kind kind = Kind::Other;
    TableRef table; // as the statement names it; the schema may be empty
    QStringList adds; // source column names
    QStringList drops;
    QMap<QString, QString> renames; // old source name -> new
    QStringList modifies; // columns whose type the statement sets (after any rename)
    QString other; // not empty: the clause the step does not follow by itself

    bool followable() const { return kind != Kind::Other && other.isEmpty(); }

    // `statement` may hold several statements separated by ';' (all on the same table).
    static SchemaChange parse(const QString &statement);
};

namespace columntypes {

// Whether every value of `from` fits `to` unchanged: the same kind with at least the length,
// width, digits or fraction (varchar(10) -> varchar(50), int -> bigint, decimal(10,2) ->
// decimal(14,2), char(n) -> varchar(m >= n), varchar -> text, float -> double). Equal types too.
bool holds(const ColumnType &to, const ColumnType &from);

// The facts holds() compares are the same: a change of declaration that changes no value.
bool sameShape(const ColumnType &a, const ColumnType &b);

} // namespace columntypes

} // namespace ferry

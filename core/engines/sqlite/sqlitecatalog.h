#pragma once

#include "common/error.h"
#include "schema/table.h"

#include <QHash>
#include <QPair>

namespace ferry {

class SqliteSession;

// Reads an SQLite file's tables into the neutral model. Declared types are read by name
// ("VARCHAR(20)", "DATETIME", "BOOLEAN") since SQLite itself only knows affinities.
namespace sqlitecatalog {
Result<QList<Table>> readTables(SqliteSession &session);
// Views and triggers (not the change-capture triggers Ferry installs). SQLite has no routines.
Result<QList<SchemaObject>> readObjects(SqliteSession &session);
// The CHECK constraints and the generated columns' expressions ("name" -> {expression,
// stored}) of a CREATE TABLE statement as sqlite_schema keeps it.
struct CreateTableParts
{
    QList<CheckConstraint> checks;
    QHash<QString, QPair<QString, bool>> generated;
};
CreateTableParts parseCreateTable(const QString &table, const QString &createTable);
ColumnType typeFromDeclaration(const QString &declaration);
} // namespace sqlitecatalog

} // namespace ferry

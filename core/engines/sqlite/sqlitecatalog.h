#pragma once

#include "common/error.h"
#include "schema/table.h"

namespace ferry {

class SqliteSession;

// Reads an SQLite file's tables into the neutral model. Declared types are read by name
// ("VARCHAR(20)", "DATETIME", "BOOLEAN") since SQLite itself only knows affinities.
namespace sqlitecatalog {
Result<QList<Table>> readTables(SqliteSession &session);
ColumnType typeFromDeclaration(const QString &declaration);
} // namespace sqlitecatalog

} // namespace ferry

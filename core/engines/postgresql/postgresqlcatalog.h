#pragma once

#include "common/error.h"
#include "schema/table.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ferry {

class PostgreSqlSession;

// Reads the base tables of one PostgreSQL schema from pg_catalog with a handful of set-based
// queries (tables, columns, enum labels, indexes, foreign keys) and translates them into
// neutral types. Runs on the session's thread.
class PostgreSqlCatalog
{
public:
    // Ordinary and partitioned tables (not their partitions, not views), ordered by name.
    static Result<QList<Table>> readTables(PostgreSqlSession &session, const QString &schema);
    // Views and materialized views (pg_get_viewdef), triggers and the functions and procedures
    // of `schema` that no extension owns.
    static Result<QList<SchemaObject>> readObjects(PostgreSqlSession &session,
                                                   const QString &schema);

    // The neutral type of a column whose base type is `typeName` in `typeSchema`, printed by
    // format_type() as `native`; `typeType`/`typeCategory` are pg_type's typtype/typcategory.
    static ColumnType neutralType(const QString &typeName, const QString &typeSchema,
                                  const QString &native, char typeType, char typeCategory);

    // A column default as pg_get_expr() prints it, into `column` (kind, canonical literal,
    // autoIncrement for nextval()).
    static void applyDefault(const QString &expression, Column &column);

private:
    // The partition keys and partitions of the partitioned tables in `tables` (by oid).
    static Status readPartitions(PostgreSqlSession &session, const QString &schema,
                                 const QHash<QString, qsizetype> &byOid, QList<Table> &tables);
};

} // namespace ferry

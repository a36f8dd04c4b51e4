#pragma once

#include "common/error.h"
#include "schema/table.h"

#include <optional>

namespace ferry {

class MySqlSession;

// Reads a MySQL / MariaDB / OceanBase database's base tables from information_schema, one query
// per information_schema table for the whole database, into neutral types. Runs on the
// session's thread.
class MySqlCatalog
{
public:
    static Result<QList<Table>> readTables(MySqlSession &session, const QString &database);
    // Views (VIEW_DEFINITION), triggers, functions, procedures and events of `database`.
    static Result<QList<SchemaObject>> readObjects(MySqlSession &session, const QString &database);

    // The neutral type of a column as information_schema.COLUMNS describes it.
    // `columnType` is COLUMN_TYPE ("int(10) unsigned"), `dataType` DATA_TYPE ("int").
    static ColumnType columnType(const QString &columnType, const QString &dataType,
                                 qint64 charLength, int precision, int scale, int fraction,
                                 const QString &charset, const QString &collation);
    // The quoted labels of "enum('a','it''s')" / "set(...)", unescaped.
    static QStringList parseLabels(const QString &columnType);

    // A COLUMN_DEFAULT as MariaDB >= 10.2.7 reports it (an SQL expression: 'text', 42, NULL,
    // current_timestamp()) or as MySQL does (literals unquoted; `generated` when EXTRA says
    // DEFAULT_GENERATED), into the column's default kind and canonical value.
    static void parseDefault(Column &column, const std::optional<QByteArray> &columnDefault,
                             bool expressionStyle, bool generated);
};

} // namespace ferry

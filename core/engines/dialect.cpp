#include "dialect.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString Dialect::columnDefinition(const TableRef &table, const TargetColumn &column) const
{
    // Written once, from createTable(): a column added later reads exactly as one the schema
    // step created.
    TargetTable one;
    one.ref = table;
    one.columns = {column};
    const QStringList statements = createTable(one, false);
    for (const QString &sql : statements) {
        if (!sql.startsWith(u"CREATE TABLE"_s))
            continue;
        const qsizetype open = sql.indexOf(u'(', sql.indexOf(qualify(table)));
        const qsizetype close = sql.lastIndexOf(u')');
        if (open < 0 || close <= open)
            break;
        return sql.mid(open + 1, close - open - 1).trimmed();
    }
    return quote(column.name) + u' ' + column.type.declaration;
}

QStringList Dialect::addColumn(const TableRef &table, const TargetColumn &column) const
{
    return {u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(qualify(table), columnDefinition(table, column))};
}

QString Dialect::dropColumn(const TableRef &table, const QString &column) const
{
    return u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(qualify(table), quote(column));
}

QString Dialect::renameColumn(const TableRef &table, const QString &from, const QString &to) const
{
    return u"ALTER TABLE %1 RENAME COLUMN %2 TO %3"_s.arg(qualify(table), quote(from), quote(to));
}

QStringList Dialect::changeColumnType(const TableRef &table, const TargetColumn &column) const
{
    return {u"ALTER TABLE %1 ALTER COLUMN %2 TYPE %3"_s.arg(qualify(table), quote(column.name),
                                                            column.type.declaration)};
}

} // namespace ferry

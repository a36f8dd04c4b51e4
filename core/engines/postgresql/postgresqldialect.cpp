#include "postgresqldialect.h"

// TODO(engine): not implemented yet — placeholder so the tree builds.

namespace ferry {

QString PostgreSqlDialect::quote(const QString &identifier) const
{
    return identifier;
}
QString PostgreSqlDialect::qualify(const TableRef &table) const
{
    return table.name;
}
int PostgreSqlDialect::maxIdentifierLength() const
{
    return 63;
}
TypeChoice PostgreSqlDialect::declare(const ColumnType &, Engine) const
{
    return {};
}
QString PostgreSqlDialect::literal(std::string_view, const ColumnType &) const
{
    return {};
}
QStringList PostgreSqlDialect::createTable(const TargetTable &, bool) const
{
    return {};
}
QStringList PostgreSqlDialect::createIndexes(const TargetTable &) const
{
    return {};
}
QStringList PostgreSqlDialect::createForeignKeys(const TargetTable &) const
{
    return {};
}
QStringList PostgreSqlDialect::resetIdentity(const TargetTable &) const
{
    return {};
}
QString PostgreSqlDialect::deleteAll(const TableRef &) const
{
    return {};
}
QStringList PostgreSqlDialect::createSchema(const QString &) const
{
    return {};
}
QString PostgreSqlDialect::dropTable(const TableRef &) const
{
    return {};
}

} // namespace ferry

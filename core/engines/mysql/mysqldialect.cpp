#include "mysqldialect.h"

// TODO(engine): not implemented yet — placeholder so the tree builds.

namespace ferry {

QString MySqlDialect::quote(const QString &identifier) const
{
    return identifier;
}
QString MySqlDialect::qualify(const TableRef &table) const
{
    return table.name;
}
int MySqlDialect::maxIdentifierLength() const
{
    return 63;
}
TypeChoice MySqlDialect::declare(const ColumnType &, Engine) const
{
    return {};
}
QString MySqlDialect::literal(std::string_view, const ColumnType &) const
{
    return {};
}
QStringList MySqlDialect::createTable(const TargetTable &, bool) const
{
    return {};
}
QStringList MySqlDialect::createIndexes(const TargetTable &) const
{
    return {};
}
QStringList MySqlDialect::createForeignKeys(const TargetTable &) const
{
    return {};
}
QStringList MySqlDialect::resetIdentity(const TargetTable &) const
{
    return {};
}
QString MySqlDialect::deleteAll(const TableRef &) const
{
    return {};
}
QStringList MySqlDialect::createSchema(const QString &) const
{
    return {};
}
QString MySqlDialect::dropTable(const TableRef &) const
{
    return {};
}

} // namespace ferry

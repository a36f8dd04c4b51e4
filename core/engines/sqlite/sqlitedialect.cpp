#include "sqlitedialect.h"

// TODO(engine): not implemented yet — placeholder so the tree builds.

namespace ferry {

QString SqliteDialect::quote(const QString &identifier) const
{
    return identifier;
}
QString SqliteDialect::qualify(const TableRef &table) const
{
    return table.name;
}
int SqliteDialect::maxIdentifierLength() const
{
    return 63;
}
TypeChoice SqliteDialect::declare(const ColumnType &, Engine) const
{
    return {};
}
QString SqliteDialect::literal(std::string_view, const ColumnType &) const
{
    return {};
}
QStringList SqliteDialect::createTable(const TargetTable &, bool) const
{
    return {};
}
QStringList SqliteDialect::createIndexes(const TargetTable &) const
{
    return {};
}
QStringList SqliteDialect::createForeignKeys(const TargetTable &) const
{
    return {};
}
QStringList SqliteDialect::resetIdentity(const TargetTable &) const
{
    return {};
}
QString SqliteDialect::deleteAll(const TableRef &) const
{
    return {};
}
QStringList SqliteDialect::createSchema(const QString &) const
{
    return {};
}
QString SqliteDialect::dropTable(const TableRef &) const
{
    return {};
}

} // namespace ferry

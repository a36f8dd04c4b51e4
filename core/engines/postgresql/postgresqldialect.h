#pragma once

#include "engines/dialect.h"

namespace ferry {

// PostgreSql SQL: identifiers, literals, type declarations and DDL.
class PostgreSqlDialect : public Dialect
{
public:
    EngineFamily family() const override { return EngineFamily::PostgreSql; }
    QString quote(const QString &identifier) const override;
    QString qualify(const TableRef &table) const override;
    int maxIdentifierLength() const override;
    TypeChoice declare(const ColumnType &type, Engine source) const override;
    QString literal(std::string_view canonical, const ColumnType &type) const override;
    QStringList createTable(const TargetTable &table, bool withSecondaryIndexes) const override;
    QStringList createIndexes(const TargetTable &table) const override;
    QStringList createForeignKeys(const TargetTable &table) const override;
    QStringList resetIdentity(const TargetTable &table) const override;
    QString deleteAll(const TableRef &table) const override;
    QStringList createSchema(const QString &schema) const override;
    QString dropTable(const TableRef &table) const override;
};

} // namespace ferry

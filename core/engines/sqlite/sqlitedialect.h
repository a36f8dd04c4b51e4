#pragma once

#include "engines/dialect.h"

namespace ferry {

// SQLite SQL. SQLite types are affinities; the declarations chosen here keep every value exact:
// numbers that SQLite would round (integers above 2^63, decimals of more than 15 digits) get TEXT
// affinity. See docs/type-mapping.md.
class SqliteDialect : public Dialect
{
public:
    EngineFamily family() const override { return EngineFamily::Sqlite; }
    QString quote(const QString &identifier) const override;
    QString qualify(const TableRef &table) const override;
    int maxIdentifierLength() const override;
    TypeChoice declare(const ColumnType &type, Engine source) const override;
    QString countNonIntegers(const QString &quotedColumn) const override;
    QString literal(std::string_view canonical, const ColumnType &type) const override;
    QStringList createTable(const TargetTable &table, bool withSecondaryIndexes) const override;
    QStringList createIndexes(const TargetTable &table) const override;
    QStringList createForeignKeys(const TargetTable &table) const override;
    QStringList createView(const TargetView &view) const override;
    QStringList resetIdentity(const TargetTable &table) const override;
    QString deleteAll(const TableRef &table) const override;
    QStringList createSchema(const QString &schema) const override;
    QString dropTable(const TableRef &table) const override;
    const ChecksumDialect *checksum() const override;
    QString equals(const QString &quotedColumn, const QString &literal,
                   const ColumnType &type) const override;
    QString deleteSome(const TableRef &table, const QString &where, int count) const override;
    QString beginTransaction() const override;
    // Column types are affinities: a wider source type needs no change.
    QStringList changeColumnType(const TableRef &, const TargetColumn &) const override
    {
        return {};
    }

    // SQLite's affinity for a declared type (§3.1 of the SQLite datatype rules).
    enum class Affinity { Integer, Text, Blob, Real, Numeric };
    static Affinity affinityOf(const QString &declaration);
};

} // namespace ferry

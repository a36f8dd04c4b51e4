#pragma once

#include "engines/dialect.h"

namespace ferry {

// MySQL / MariaDB / OceanBase (MySQL mode) SQL: backtick identifiers, literals for the session's
// sql_mode (backslash escapes on), type declarations and DDL. Stateless; any thread.
class MySqlDialect : public Dialect
{
public:
    EngineFamily family() const override { return EngineFamily::MySql; }
    QString quote(const QString &identifier) const override;
    QString qualify(const TableRef &table) const override;
    int maxIdentifierLength() const override;
    TypeChoice declare(const ColumnType &type, Engine source) const override;
    QString literal(std::string_view canonical, const ColumnType &type) const override;
    // Columns of the primary key and of unique indexes declared TEXT/BLOB (which InnoDB cannot
    // index whole) become VARCHAR/VARBINARY sized to the 3072-byte key limit (VARCHAR(768) for
    // a one-column key); non-unique indexes index a 191-character (767-byte) prefix instead.
    QStringList createTable(const TargetTable &table, bool withSecondaryIndexes) const override;
    QStringList createIndexes(const TargetTable &table) const override;
    QStringList createForeignKeys(const TargetTable &table) const override;
    QStringList createView(const TargetView &view) const override;
    // ALTER TABLE t AUTO_INCREMENT = 1: InnoDB raises a counter set below the largest value to
    // max + 1 by itself, so no MAX() round trip is needed.
    QStringList resetIdentity(const TargetTable &table) const override;
    QString deleteAll(const TableRef &table) const override;
    QStringList emptyTables(const QList<TableRef> &tables) const override;
    QStringList createSchema(const QString &schema) const override;
    QString dropTable(const TableRef &table) const override;
    const ChecksumDialect *checksum() const override;
    QString equals(const QString &quotedColumn, const QString &literal,
                   const ColumnType &type) const override;
    QString deleteSome(const TableRef &table, const QString &where, int count) const override;
    QString beginTransaction() const override;
    QStringList changeColumnType(const TableRef &table, const TargetColumn &column) const override;

    // A MySQL string literal of UTF-8 `text`: '...' with \ and ' escaped (the session's
    // sql_mode has no NO_BACKSLASH_ESCAPES); X'..' when `text` is not valid UTF-8.
    static QString quoteText(std::string_view text);

private:
    // Partition bound values: '2022-01-01', 5, MAXVALUE, ...
    static QString boundValues(const QList<PartitionValue> &values);
    // " PARTITION BY ..." for a partitioned table; empty for a plain one.
    QString partitionClause(const TargetTable &table) const;
};

} // namespace ferry

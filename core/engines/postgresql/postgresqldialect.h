#pragma once

#include "engines/dialect.h"

namespace ferry {

// PostgreSQL SQL: identifiers, literals, type declarations and DDL. Stateless; any thread.
//
// Decisions worth knowing:
// - Index names are schema-wide in PostgreSQL, so createIndexes() names every index
//   "<table>_<index>_<hash>" (at most 63 bytes, the hash of the table and index names keeps
//   two tables' "idx_name" apart); IF NOT EXISTS makes a re-run harmless.
// - dropTable() does not CASCADE: a view or another table's foreign key that depends on the
//   table makes it fail with PostgreSQL's list of dependents instead of silently dropping them.
// - deleteAll() is DELETE FROM (transactional, fires no TRUNCATE-only restrictions on
//   referenced tables).
// - Expression defaults are only kept for columns declared with the source's own PostgreSQL
//   declaration (declare() from a PostgreSQL source); any other engine's SQL is dropped.
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
    QStringList createView(const TargetView &view) const override;
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

    // A text literal: 'it''s' (standard_conforming_strings: backslashes are plain).
    static QString quoteText(const QString &text);
    // The name createIndexes() gives `index` of `table`: unique per (table, index), <= 63 bytes.
    static QString indexName(const TableRef &table, const QString &index);

private:
    // Partition bound values: '2022-01-01', 5, MINVALUE, ...
    QString boundValues(const QList<PartitionValue> &values) const;
};

} // namespace ferry

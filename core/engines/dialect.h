#pragma once

#include "endpoint.h"
#include "schema/targettable.h"

#include <QStringList>

#include <string_view>

namespace ferry {

// How one engine spells the verifier's checksum push-down (core/verify/checksumsql.h). Every
// engine that has one prints the same text, MD5 and sums for the same values, so a source and a
// target of different engines compare by counts and sums alone. Stateless and thread-safe.
class ChecksumDialect
{
public:
    virtual ~ChecksumDialect() = default;

    // The column as normalized text: numbers, dates and years as printed by the server, date-times
    // and times with a fixed 6-digit fraction, bytes as lower-case hex, booleans as 1/0, text as
    // is. `trimTrailingSpaces`: CHAR compared without its padding. core/verify decides which
    // column pairs can be compared this way at all.
    virtual QString text(const QString &quotedColumn, const ColumnType &type,
                         bool trimTrailingSpaces) const = 0;
    // "len:value|len:value|N": each column's text prefixed by its length in bytes, N for NULL.
    virtual QString rowString(const QStringList &quotedColumns, const QStringList &texts) const = 0;
    // The lower-case hex MD5 of a text expression.
    virtual QString md5(const QString &expression) const = 0;
    // COUNT(*), then the sums of hex digits 1-15 and 16-30 of `hashColumn` (an md5()) as
    // unsigned 60-bit numbers, 0 for no rows.
    virtual QString sums(const QString &hashColumn) const = 0;
    // The partition of a key string: its MD5's first 8 hex digits as a number modulo `partitions`.
    virtual QString partitionOf(const QString &keyString, int partitions) const = 0;
};

// How one engine family spells SQL: identifiers, literals, type declarations, DDL and the
// verifier's checksum and correction SQL. Stateless and thread-safe.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual EngineFamily family() const = 0;
    virtual QString quote(const QString &identifier) const = 0;
    // `db`.`t`, "schema"."t"; SQLite: "t".
    virtual QString qualify(const TableRef &table) const = 0;
    virtual int maxIdentifierLength() const = 0;

    // The declaration this engine gives a column of `type` read from `source`.
    virtual TypeChoice declare(const ColumnType &type, Engine source) const = 0;

    // An aggregate over a column counting the values that are not integers: SQLite keeps any
    // value in any column, the other engines' integer and boolean columns hold integers only.
    virtual QString countNonIntegers(const QString &quotedColumn) const
    {
        Q_UNUSED(quotedColumn);
        return QStringLiteral("0");
    }

    // A literal for a canonical value of `type` (key bounds, defaults): numbers bare, text
    // quoted and escaped, binary as a hex literal.
    virtual QString literal(std::string_view canonical, const ColumnType &type) const = 0;

    // CREATE TABLE with columns, NOT NULL, defaults and the primary key; with
    // `withSecondaryIndexes` the other indexes too (otherwise createIndexes() adds them later).
    virtual QStringList createTable(const TargetTable &table, bool withSecondaryIndexes) const = 0;
    virtual QStringList createIndexes(const TargetTable &table) const = 0;
    virtual QStringList createForeignKeys(const TargetTable &table) const = 0;
    // Creates or replaces a view whose SELECT is this engine's SQL naming the tables of the
    // view's schema unqualified (schema/sqltranslate.h).
    virtual QStringList createView(const TargetView &view) const = 0;
    // Statements that move identity / sequence / AUTO_INCREMENT counters past the largest
    // copied value, run after the load.
    virtual QStringList resetIdentity(const TargetTable &table) const = 0;
    // Empties a table inside a transaction where the engine allows it.
    virtual QString deleteAll(const TableRef &table) const = 0;
    // Empties every table of `tables` in a way that works with the foreign keys between them
    // (the nonEmptyTarget policy truncate): TRUNCATE of all of them in one statement in
    // PostgreSQL, foreign key checks off for the session in MySQL; SQLite's loader leaves
    // foreign keys off. A table outside the list is never emptied.
    virtual QStringList emptyTables(const QList<TableRef> &tables) const
    {
        QStringList out;
        for (const TableRef &t : tables)
            out << deleteAll(t);
        return out;
    }
    // Creates the schema (PostgreSQL) or database (MySQL) if missing; SQLite: nothing.
    virtual QStringList createSchema(const QString &schema) const = 0;
    virtual QString dropTable(const TableRef &table) const = 0;

    // ALTER TABLE statements for a schema change the incremental step follows by itself
    // (cdc/schemafollower.h). addColumn(): the column as createTable() declares it (NOT NULL,
    // default). changeColumnType(): the column's declaration becomes `column`'s, keeping its
    // NULL-ness and default; an engine whose column types are only affinities (SQLite) returns
    // nothing. The defaults are standard SQL, which PostgreSQL, MariaDB 10.5+ and SQLite 3.35+
    // all take for drop and rename.
    virtual QStringList addColumn(const TableRef &table, const TargetColumn &column) const;
    virtual QString dropColumn(const TableRef &table, const QString &column) const;
    virtual QString renameColumn(const TableRef &table, const QString &from,
                                 const QString &to) const;
    virtual QStringList changeColumnType(const TableRef &table, const TargetColumn &column) const;

    // The checksum push-down spelling, or nullptr when the engine has none (the verifier then
    // streams the rows and hashes them itself).
    virtual const ChecksumDialect *checksum() const = 0;

    // For correction scripts. `quotedColumn` = `literal` for a non-NULL value of `type`, where
    // the engine can compare the type (PostgreSQL json has no = operator: compared as text).
    virtual QString equals(const QString &quotedColumn, const QString &literal,
                           const ColumnType &type) const = 0;
    // Deletes at most `count` of the rows of `table` matching `where`: copies of a row that no
    // key tells apart.
    virtual QString deleteSome(const TableRef &table, const QString &where, int count) const = 0;
    // The statement that opens a script's transaction, without the semicolon.
    virtual QString beginTransaction() const = 0;

protected:
    // One column's definition as createTable() writes it: "name type NOT NULL DEFAULT ...".
    QString columnDefinition(const TableRef &table, const TargetColumn &column) const;
};

} // namespace ferry

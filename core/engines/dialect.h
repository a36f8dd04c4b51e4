#pragma once

#include "endpoint.h"
#include "schema/targettable.h"

#include <QStringList>

#include <string_view>

namespace ferry {

// How one engine family spells SQL: identifiers, literals, type declarations and DDL.
// Stateless and thread-safe.
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

    // A literal for a canonical value of `type` (key bounds, defaults): numbers bare, text
    // quoted and escaped, binary as a hex literal.
    virtual QString literal(std::string_view canonical, const ColumnType &type) const = 0;

    // CREATE TABLE with columns, NOT NULL, defaults and the primary key; with
    // `withSecondaryIndexes` the other indexes too (otherwise createIndexes() adds them later).
    virtual QStringList createTable(const TargetTable &table, bool withSecondaryIndexes) const = 0;
    virtual QStringList createIndexes(const TargetTable &table) const = 0;
    virtual QStringList createForeignKeys(const TargetTable &table) const = 0;
    // Statements that move identity / sequence / AUTO_INCREMENT counters past the largest
    // copied value, run after the load.
    virtual QStringList resetIdentity(const TargetTable &table) const = 0;
    // Empties a table inside a transaction where the engine allows it.
    virtual QString deleteAll(const TableRef &table) const = 0;
    // Creates the schema (PostgreSQL) or database (MySQL) if missing; SQLite: nothing.
    virtual QStringList createSchema(const QString &schema) const = 0;
    virtual QString dropTable(const TableRef &table) const = 0;
};

} // namespace ferry

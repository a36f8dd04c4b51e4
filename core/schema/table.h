#pragma once

#include "columntype.h"
#include "partitioning.h"
#include "schemaobject.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry {

// A table's address: the MySQL database or PostgreSQL schema ("main" in SQLite), and name.
struct TableRef
{
    QString schema;
    QString name;

    QString display() const { return schema.isEmpty() ? name : schema + u'.' + name; }
    friend bool operator==(const TableRef &, const TableRef &) = default;
};

struct Column
{
    QString name;
    ColumnType type;
    bool nullable = true;
    // The column default. A Literal is kept in canonical form (see values/canonical.h) so any
    // dialect can render it; CurrentTimestamp is portable; an Expression is the source's own
    // SQL, which only the same engine family can take over.
    enum class DefaultKind { None, Literal, CurrentTimestamp, Expression };
    DefaultKind defaultKind = DefaultKind::None;
    QString defaultValue;
    bool autoIncrement = false; // AUTO_INCREMENT, IDENTITY, SERIAL
    bool generated = false; // computed column: not copied, recomputed by the target
    // A generated column's expression as the source prints it, and whether it is stored.
    QString generationExpression;
    bool generatedStored = false;
    // MySQL's ON UPDATE CURRENT_TIMESTAMP: an UPDATE that leaves the column alone sets it.
    bool onUpdateCurrentTimestamp = false;
    QString comment;
    // A PostgreSQL domain column: `type` is the domain's base type, `domain` its name and
    // `domainChecks` its CHECK expressions (with VALUE for the value, as pg_get_constraintdef
    // prints them: "CHECK (VALUE > 0)").
    QString domain;
    QStringList domainChecks;
};

// A CHECK constraint, table- or column-level, with its expression as the source prints it
// (without the CHECK keyword and outer parentheses).
struct CheckConstraint
{
    QString name;
    QString expression;
};

struct Index
{
    // How the index searches: a plain (B-tree) index, a spatial one (MySQL SPATIAL, PostGIS
    // GiST) or a full-text one (MySQL FULLTEXT, a GIN index on to_tsvector in PostgreSQL).
    enum class Method { Plain, Spatial, FullText };

    QString name;
    QStringList columns;
    bool unique = false;
    bool primary = false;
    Method method = Method::Plain;
};

struct ForeignKey
{
    QString name;
    QStringList columns;
    TableRef referenced;
    QStringList referencedColumns;
    QString onDelete; // "CASCADE", "SET NULL", ... empty = NO ACTION
    QString onUpdate;
};

struct Table
{
    TableRef ref;
    QList<Column> columns;
    std::optional<Index> primaryKey;
    QList<Index> indexes; // secondary indexes, unique ones included; not the primary key
    QList<ForeignKey> foreignKeys;
    QList<CheckConstraint> checks;
    QString comment;
    // What the catalog read but no neutral form holds (a FULLTEXT index, a domain's constraint):
    // the plan lists it as not carried.
    QList<NotCarried> notCarried;
    qint64 rowEstimate = -1;
    // A partitioned table: its method, key and partitions (isEmpty() for a plain table). The
    // rows are read through this table only.
    Partitioning partitioning;

    const Column *column(const QString &name) const;
    int columnIndex(const QString &name) const;
    // The key chunks are cut on: the primary key, else the first unique index whose columns
    // are all NOT NULL; empty when the table has neither.
    QStringList chunkKey() const;
};

} // namespace ferry

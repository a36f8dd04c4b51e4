#pragma once

#include "common/error.h"
#include "engines/endpoint.h"
#include "mappingoptions.h"
#include "tableselection.h"
#include "targettable.h"

#include <QList>
#include <QStringList>

namespace ferry {

class Dialect;

// One source table's way to the target: which columns, under which names and types, with
// which key and filter.
struct TablePlan
{
    Table source;
    QString sourceKey; // "shop.orders": names the table in the ledger and messages
    QList<Column> readColumns; // the source columns copied, in order (no generated ones)
    QStringList targetColumns; // their target names, same order
    QList<Column> keyColumns; // chunk key on the source; empty: copied whole in one stream
    QList<Column> targetKey; // the same key under target names (source types)
    QString filter; // source WHERE condition; empty: every row
    TargetTable target; // the target table as the schema step creates it
    bool manyToOne = false; // other source tables feed the same target table
    bool targetNamed = false; // a table rule names the target table (not the source's name)
    bool primaryOfTarget = true; // this plan's structure defines the target table
    QStringList notes; // what the precheck should tell about this table
    // The target column recording the source table of each row (a table rule's originColumn),
    // and the value written there: sourceKey. Not among targetColumns: it is no source column.
    QString originColumn;
    bool originInKey = false; // it is part of the target's primary key
    QString originValue() const { return sourceKey; }
    // One shard of a source table a rule splits: the rule, this plan's shard, and the table
    // rule's own filter (`filter` holds it and the shard's condition, for SQL readers; a
    // captured row is judged by rowFilter and SplitRule::shardOf).
    std::optional<SplitRule> split;
    int shard = -1;
    QString rowFilter;
    // The filter a captured row is judged by (RowFilter grammar), beside its shard.
    const QString &captureFilter() const { return split ? rowFilter : filter; }
};

struct SchemaPlan
{
    QList<TablePlan> tables;
    QStringList patternsWithoutMatch; // include patterns and rules that matched no table
    // Views the schema step creates after the tables, each after the views it reads.
    QList<TargetView> views;
    // Every source object the run does not carry, or carries only in part: the precheck,
    // `ferry run` and the run's log list them. Add to it wherever a decision drops something.
    QList<NotCarried> notCarried;
};

namespace schemaplan {

// Glob match with * and ? on a table name, or on "schema.table" when the pattern has a dot.
bool matches(const QString &pattern, const TableRef &table);

// Plans every selected table: applies include/exclude, table rules (renames, column subsets,
// filters, type overrides, many-to-one targets) and the target dialect's type choices. A type
// override wins over a recorded type decision (`mapping.decisions`), which wins over the
// dialect's choice.
Result<SchemaPlan> plan(const TableSelection &selection, const QList<Table> &sourceTables,
                        Engine sourceEngine, const Dialect &target, const QString &targetSchema,
                        const MappingOptions &mapping = {});

// Adds the views, triggers, routines and events of the source schema to `plan`: views whose
// SELECT translates and whose tables are migrated go into plan.views, in dependency order;
// the others, and every trigger, routine and event, into plan.notCarried with their
// definitions.
void planObjects(SchemaPlan &plan, const QList<SchemaObject> &objects,
                 const QList<Table> &sourceTables, Engine sourceEngine, const Dialect &target,
                 const QString &targetSchema, const MappingOptions &mapping = {});

} // namespace schemaplan
} // namespace ferry

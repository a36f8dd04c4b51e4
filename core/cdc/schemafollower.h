#pragma once

#include "common/error.h"
#include "engines/endpoint.h"
#include "schema/schemaplan.h"
#include "schema/tableselection.h"
#include "values/change.h"

#include <vector>

namespace ferry {

class Session;

// The schema changes the incremental step applies to the target by itself (docs/incremental.md,
// "Schema changes during sync"): a created table the project's objects select, added, dropped
// and renamed columns, and a column type made wider. It does not translate the source's SQL:
// it reads what the statement changes (SchemaChange), plans the tables again from the source
// catalog with the project's own rules (so renames, column subsets and type overrides hold),
// compares that with the target's catalog and writes the difference through the target's
// Dialect. Every statement is checked against the target catalog first, so following the same
// change twice (a crash in between) does nothing the second time. Used on the step's thread.
class SchemaFollower
{
public:
    SchemaFollower(TableSelection selection, Endpoint source, Endpoint target);

    struct Outcome
    {
        QString pause; // not empty: not followed by itself; why (the stream pauses)
        QList<TablePlan> plans; // the step's plans after the change
        QList<TablePlan> created; // tables created on the target
        QStringList statements; // run on the target
        QStringList notes; // for the project log: what was done or deliberately left alone
    };

    // Follows the Ddl events of one captured transaction, given the step's current `plans`,
    // on the target session `target`. An error is a failure (a catalog unreadable, a
    // statement the target refused); a change it does not follow is Outcome::pause.
    Result<Outcome> follow(const QList<TablePlan> &plans, const std::vector<ChangeEvent> &ddl,
                           Session &target) const;

    // What a PostgreSQL change reader should compare its Relation messages with: the source
    // table as the target reflects it. Columns the project copies but the target lacks are
    // left out, and the target's columns the project no longer maps are added (typed as the
    // target has them), so the first change after a schema change the target has not followed
    // yet is told as one (pgoutput carries no DDL). Other engines capture `plan.source`.
    // `knownSourceColumns`: the table's columns as of the stream's position
    // (StreamRecord::sourceColumns); a target column not among them is the target's own and
    // stays out of the view, so no change of the source drops it.
    static Table captureView(const TablePlan &plan, const Table *targetTable,
                             const QStringList &knownSourceColumns);

private:
    TableSelection m_selection;
    Endpoint m_source;
    Endpoint m_target;
};

} // namespace ferry

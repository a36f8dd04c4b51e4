#pragma once

#include "applier.h"
#include "engines/changereader.h"
#include "incrementaloptions.h"
#include "pipeline/step.h"
#include "schema/schemaplan.h"
#include "transfer/migrationoptions.h"

#include <memory>
#include <optional>

namespace ferry {

class Session;

// The incremental step: follows the source's committed changes (ChangeReader) and applies them
// to the target (Applier), until the run is stopped, or — with StepContext::untilCaughtUp —
// until it has applied everything the source committed by the time the finite steps ended.
//
// Its start position is taken by anchor() before the run's first step, so the full copy that
// follows reads a source the stream already covers; the overlap is replayed idempotently. The
// position the target committed (ferry_position) is where every later run resumes. A reader
// thread fills a bounded queue of whole transactions (back-pressure keeps memory flat); this
// step's thread takes as many as fit one batch and applies them in one target transaction.
// A lost target or source connection is retried with backoff (state "retrying"); a position
// the source no longer has, and a schema change, stop the step with the statement or position
// named. Where it stands is saved as the stream record "forward" every few seconds.
//
// The reverse increment after a switchover is the same step over reversedPlans(), with the
// run's endpoints swapped and the stream "reverse".
class IncrementalStep : public Step
{
public:
    IncrementalStep(QList<TablePlan> plans, QString project, IncrementalOptions options,
                    MigrationOptions migration, QString stream = QStringLiteral("forward"));
    ~IncrementalStep() override;

    // "incremental" for the forward stream, "reverse" for the reverse increment.
    QString id() const override;
    Kind kind() const override { return Kind::Streaming; }
    Status anchor(StepContext &context) override;
    Status prepare(StepContext &context) override;
    Status run(StepContext &context) override;

    // The project's objects (include/exclude, rules): with them the step applies the schema
    // changes it can follow by itself (SchemaFollower: created tables, added, dropped, renamed
    // and widened columns) and pauses at the others. Without them (the reverse increment)
    // every schema change pauses.
    void followSchemaChanges(TableSelection selection) { m_follow = std::move(selection); }

private:
    struct Stream;

    // The captured tables, and the reader's own ferry_position table when the source has one:
    // a transaction that writes it was applied by Ferry (the other direction's applier), so
    // it is skipped, never sent back where it came from. `targetTables` (when known): a
    // PostgreSQL source's tables as the target reflects them (SchemaFollower::captureView).
    Result<CaptureScope> scope(const Endpoint &source, const QList<Table> &targetTables = {}) const;
    Result<std::unique_ptr<ChangeReader>> makeReader(const Endpoint &source, Session &target,
                                                     const Endpoint &targetEndpoint) const;
    Result<QList<ApplyRoute>> routes(Session &target, const Endpoint &endpoint) const;
    // Applies the schema change of `held` to the target where SchemaFollower can, and takes
    // the tables' new shape (plans, routes, a new reader). An empty string: followed; else
    // why the stream pauses there.
    Result<QString> follow(StepContext &context, const ChangeTransaction &held);

    QList<TablePlan> m_plans;
    QString m_project;
    IncrementalOptions m_options;
    MigrationOptions m_migration;
    QString m_stream;
    std::optional<TableSelection> m_follow;
    std::unique_ptr<Stream> m_state;
};

// Before a run's precheck: a stream paused at a schema change the DBA decided to apply (ferry
// ddl --apply or --sql) gets it run on `target` (the stream's target) and its decision becomes
// "applied"; the caller saves the record. Paused and undecided: InvalidInput naming the
// statement and the command that decides. Anything else: nothing to do. A crash between the
// statement and the save runs it again, which the target refuses with the object named.
Status applyDecidedSchemaChange(StreamRecord &stream, const Endpoint &target);

// The forward plans turned around for the reverse increment (target table -> source table,
// target column names -> source column names, types as the target catalog reports them).
// A table the forward direction filtered, merged with others (many-to-one) or cut to a subset
// of its columns cannot be turned around: Code::Unsupported names it.
Result<QList<TablePlan>> reversedPlans(const QList<TablePlan> &forward,
                                       const QHash<QString, Table> &targetTables);

} // namespace ferry

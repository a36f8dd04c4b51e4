#pragma once

#include "kafkatarget.h"
#include "pipeline/step.h"
#include "schema/schemaplan.h"
#include "syncoptions.h"

namespace ferry {

// The optional full sync of a sync project ("full"): every selected table's rows, read in key
// order, published as snapshot messages (ferry-json "snapshot": true, Debezium op "r",
// Maxwell "bootstrap-insert", the "ferry.snapshot: true" header on all) to the tables' topics,
// before the stream's changes. The stream's start position was taken before (anchor), so a
// change made during the snapshot is sent after it too: a consumer that applies messages in
// order ends with the source's rows. A table is done once the broker acknowledged all its rows;
// an interrupted table is sent again whole by the next run.
class SyncSnapshotStep : public Step
{
public:
    SyncSnapshotStep(QList<TablePlan> plans, QString project, KafkaTarget target,
                     SyncOptions options);

    QString id() const override;
    Status run(StepContext &context) override;

private:
    QList<TablePlan> m_plans;
    QString m_project;
    KafkaTarget m_target;
    SyncOptions m_options;
};

} // namespace ferry

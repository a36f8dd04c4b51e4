#pragma once

#include "engines/changereader.h"
#include "kafkatarget.h"
#include "pipeline/step.h"
#include "schema/schemaplan.h"
#include "syncoptions.h"

#include <memory>

namespace ferry {

// The streaming step of a sync project ("incremental"): follows the source's committed
// changes (the same ChangeReader as a migration's incremental step) and publishes one Kafka
// message per row change through SyncSink.
//
// Delivery: the producer is idempotent with acks=all; the stream's position in Ferry's store
// (stream record "forward": appliedPosition with `events`, the last sequence number) advances
// only past transactions whose every message the broker acknowledged, so a crash re-sends at
// most the unacknowledged tail, with the same sequence numbers (the "ferry.seq" header, and
// "seq" in ferry-json): a consumer drops a message whose sequence it has seen. A broker that is
// away is waited for (state "retrying", the client's error in the detail); one that refuses
// (authentication, a missing topic) stops the step with the error named; nothing after the
// stored position is lost either way.
class SyncStreamStep : public Step
{
public:
    SyncStreamStep(QList<TablePlan> plans, QString project, KafkaTarget target,
                   SyncOptions options);
    ~SyncStreamStep() override;

    QString id() const override;
    Kind kind() const override { return Kind::Streaming; }
    Status anchor(StepContext &context) override;
    Status prepare(StepContext &context) override;
    Status run(StepContext &context) override;

private:
    struct State;
    CaptureScope scope() const;

    QList<TablePlan> m_plans;
    QString m_project;
    KafkaTarget m_target;
    SyncOptions m_options;
    std::unique_ptr<State> m_state;
};

} // namespace ferry

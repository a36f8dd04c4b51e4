#pragma once

#include "common/error.h"
#include "step.h"
#include "stepcontext.h"

#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace ferry {

// Runs a run's steps in their order: each finite step after the one before it, on the calling
// thread; a streaming step on a thread of its own, beside the finite steps that follow it,
// until the run is cancelled or fails. Steps the records show done or skipped are passed over.
// Each step's state follows in the records (running, then done; failed when it failed; pending
// again when it was stopped). When one step fails, a streaming step beside it is stopped and
// the finite steps after it do not start. Blocking: call it on the run's worker thread.
class StepRunner
{
public:
    explicit StepRunner(StepContext context);

    // Ok when every step is done; otherwise the first failure, or Code::Cancelled when the
    // run's token stopped it (the stopped steps are pending, to resume on the next run).
    Status run(const std::vector<std::unique_ptr<Step>> &steps);

    // The steps this run brought to done, in the order they finished.
    QStringList stepsRun() const;

private:
    struct Streaming;

    Status startStep(Step &step, StepContext &context);
    Status finishStep(Step &step, const Status &result);

    StepContext m_context;
    mutable std::mutex m_mutex; // guards m_stepsRun (a streaming step ends on its own thread)
    QStringList m_stepsRun;
};

} // namespace ferry

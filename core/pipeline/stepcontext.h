#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "runprogress.h"
#include "stepmetrics.h"

#include <QLoggingCategory>

#include <atomic>
#include <memory>

namespace ferry {

class Checkpoints;
class RunRecords;

// Everything a step may use while it runs: the endpoints, the run's ids, its cancel token, the
// observer that shows progress, the run's records and checkpoints in the store, and counters.
// The StepRunner hands each step its own copy (a streaming step gets its own cancel token).
// The pointers are owned by whoever composes the run and outlive it; any thread may use them.
class StepContext
{
public:
    Endpoint source;
    Endpoint target;
    qint64 projectId = 0;
    QString runId;
    CancelToken cancel;
    RunObserver *observer = nullptr;
    RunRecords *records = nullptr; // null: nothing is stored (a one-off verification)
    Checkpoints *checkpoints = nullptr;
    std::shared_ptr<StepMetrics> metrics = std::make_shared<StepMetrics>();
    // Set by the StepRunner once the run's finite steps are over.
    std::shared_ptr<std::atomic<bool>> finiteStepsDone = std::make_shared<std::atomic<bool>>(false);
    // A streaming step stops on its own (ok, at a clean point) once the finite steps are over
    // and it has applied everything the source had committed by then (`ferry run
    // --until-caught-up`); otherwise it streams until cancelled.
    bool untilCaughtUp = false;
    // Set by the StepRunner for the finite steps that run beside a streaming step (a verify
    // step after the incremental step): the target changes under them meanwhile.
    bool besideStream = false;

    // Logs `text` in `category` (warning for errors), shows it to the observer and appends it
    // to the project's log. level: info, warning, error.
    Status message(const QLoggingCategory &category, const QString &level,
                   const QString &text) const;
    void progress(const RunProgress &progress) const;
};

} // namespace ferry

#pragma once

#include "common/error.h"

#include <QString>

namespace ferry {

class StepContext;

// One step of a run (schema, full copy, verify; incremental sync next). A step is made for one
// run, prepared and run by the StepRunner: a finite step on the runner's thread, a streaming
// step on a thread of its own beside the finite steps that follow it. A step reaches the store
// and the user only through its StepContext, never through core/project.
class Step
{
public:
    enum class Kind {
        Finite, // ends when its work is done
        Streaming, // ends only when stopped (or failed): an incremental sync
    };

    virtual ~Step() = default;

    // The id the project file and the store use: "schema", "full", "verify", ...
    virtual QString id() const = 0;
    virtual Kind kind() const { return Kind::Finite; }

    // Called for each step the records do not show settled, before the run's first step
    // starts: a step that must fix a position ahead of the steps before it does it here (the
    // incremental step takes its start position before the full copy reads, so changes made
    // during the copy are replayed rather than lost). Must be idempotent across runs.
    virtual Status anchor(StepContext &context)
    {
        Q_UNUSED(context);
        return {};
    }

    // What the step needs before it runs (a catalog, a source position); called just before
    // run(), on the runner's thread even for a streaming step, so a streaming step has taken
    // its start position before the finite steps after it begin.
    virtual Status prepare(StepContext &context)
    {
        Q_UNUSED(context);
        return {};
    }

    // Does the work. Returns Code::Cancelled when context.cancel stopped it; the step is then
    // pending again and resumes from its records on the next run. A streaming step that
    // returns ok stopped at a clean point (context.untilCaughtUp): it is pending too, never
    // done, and the next run goes on from where it stopped.
    virtual Status run(StepContext &context) = 0;
};

} // namespace ferry

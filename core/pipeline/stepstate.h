#pragma once

#include "stateid.h"

namespace ferry {

// Where one step of a project stands. The ids ("pending", "running", ...) are what the store's
// project_step.state holds. Any thread.
enum class StepState { Pending, Running, Done, Failed, Skipped };

QString stateId(StepState state);
template<>
std::optional<StepState> stateFromId<StepState>(QStringView id);

// Done or skipped: a run passes over the step.
bool isSettled(StepState state);
// Done, failed or skipped: the step has a finish time.
bool isFinished(StepState state);

} // namespace ferry

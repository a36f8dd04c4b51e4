#include "stepstate.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr StepState kStepStates[] = {StepState::Pending, StepState::Running, StepState::Done,
                                     StepState::Failed, StepState::Skipped};

} // namespace

QString stateId(StepState state)
{
    switch (state) {
    case StepState::Pending: return u"pending"_s;
    case StepState::Running: return u"running"_s;
    case StepState::Done: return u"done"_s;
    case StepState::Failed: return u"failed"_s;
    case StepState::Skipped: return u"skipped"_s;
    }
    return u"pending"_s;
}

template<>
std::optional<StepState> stateFromId<StepState>(QStringView id)
{
    return findStateById<StepState>(kStepStates, id);
}

bool isSettled(StepState state)
{
    return state == StepState::Done || state == StepState::Skipped;
}

bool isFinished(StepState state)
{
    return state == StepState::Done || state == StepState::Failed || state == StepState::Skipped;
}

} // namespace ferry

#pragma once

#include <QString>

#include <optional>

namespace ferry {

// The stored spelling of a typed state, back to its enum: stateFromId<StepState>(u"done").
// Each state's header declares its specialisation. An id that no value has is nullopt.
template<typename State>
std::optional<State> stateFromId(QStringView id);

} // namespace ferry

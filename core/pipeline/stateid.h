#pragma once

#include <QString>

#include <optional>

namespace ferry {

// The stored spelling of a typed state, back to its enum: stateFromId<StepState>(u"done").
// Each state's header declares its specialisation. An id that no value has is nullopt.
template<typename State>
std::optional<State> stateFromId(QStringView id);

// The specialisations' one body: the value among `all` whose stateId() is `id`.
template<typename State, typename All>
std::optional<State> findStateById(const All &all, QStringView id)
{
    for (State s : all)
        if (stateId(s) == id)
            return s;
    return std::nullopt;
}

} // namespace ferry

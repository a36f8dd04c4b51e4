#pragma once

#include "stateid.h"

namespace ferry {

// Where a change stream stands (the incremental step's "forward" stream, the reverse
// increment's "reverse" one). The ids ("starting", "catching-up", ...) are what
// StreamRecord::state and the store's stream_state.state hold. Any thread.
enum class StreamState { Starting, CatchingUp, Streaming, Retrying, PausedDdl, Stopped, Failed };

QString stateId(StreamState state);
template<>
std::optional<StreamState> stateFromId<StreamState>(QStringView id);

// "Catching up", "Paused on DDL", ...: the state as a person reads it.
QString streamStateName(StreamState state);
// Starting, catching up, streaming or retrying: a live run moves the stream on. Saved by a run
// that is gone (a stopped or killed project), it only says where that run was.
bool isMoving(StreamState state);

} // namespace ferry

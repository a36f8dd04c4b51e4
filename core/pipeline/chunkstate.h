#pragma once

#include "stateid.h"

namespace ferry {

// Where one chunk of the full copy stands in the chunk ledger (chunk.state): 'started' before its
// target transaction opens, 'done' after the commit.
enum class ChunkState { Pending, Started, Done };

QString stateId(ChunkState state);
template<>
std::optional<ChunkState> stateFromId<ChunkState>(QStringView id);

} // namespace ferry

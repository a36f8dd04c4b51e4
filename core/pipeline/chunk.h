#pragma once

#include "chunkstate.h"
#include "engines/tablereader.h"

namespace ferry {

// One chunk of a table: a key range (open at the ends of the table), and how far it got.
struct Chunk
{
    int ordinal = 0;
    KeyRange range; // both bounds empty: the whole table (keyless tables)
    ChunkState state = ChunkState::Pending;
    qint64 rows = 0;
    qint64 bytes = 0;
    int attempts = 0;
};

} // namespace ferry

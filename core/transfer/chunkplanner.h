#pragma once

#include "chunkledger.h"
#include "common/canceltoken.h"
#include "schema/schemaplan.h"

namespace ferry {

class Session;
class TableReader;

// Cuts a table into chunks of about `rowsPerChunk` rows along its key. A single integer key
// that is dense enough is cut arithmetically from MIN and MAX (no scan); any other key by a
// keyset walk of the index. A keyless table is one chunk. The first chunk is open below and
// the last open above, so rows outside the planned bounds are still copied.
Result<std::vector<Chunk>> planChunks(Session &source, TableReader &reader, const TablePlan &plan,
                                      qint64 rowsPerChunk, const CancelToken &cancel);

// The plans that cost no walk: a keyless or small table as one chunk, a dense integer key cut
// arithmetically. std::nullopt when the key must be walked (KeysetChunker), which the full copy
// does while it copies the chunks already cut.
Result<std::optional<std::vector<Chunk>>>
planWithoutWalk(Session &source, TableReader &reader, const TablePlan &plan, qint64 rowsPerChunk);

// The chunks of `boundaries` (each the inclusive upper key of a chunk), numbered from 0, the
// first open below and the last open above.
std::vector<Chunk> chunksFromBoundaries(const std::vector<KeyValues> &boundaries);

} // namespace ferry

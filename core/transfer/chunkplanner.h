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

} // namespace ferry

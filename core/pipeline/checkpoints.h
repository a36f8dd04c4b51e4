#pragma once

#include "chunk.h"
#include "common/error.h"

#include <vector>

namespace ferry {

// A step's checkpoints: the chunks of each table and how far each got. A chunk is marked
// started before its target transaction opens and done after the commit, so after a crash
// every chunk that may have reached the target is known and redone exactly once. The full copy
// keeps them in the store's chunk ledger (ChunkLedger). Any thread.
class Checkpoints
{
public:
    virtual ~Checkpoints() = default;

    // Replaces the plan of `table` (the table's boundaries in key order).
    virtual Status savePlan(const QString &table, const std::vector<Chunk> &chunks) = 0;
    // Adds one chunk at the end of the table's plan: the key walk records each chunk as it cuts
    // it, so copying starts before the walk ends and a crash keeps the chunks already cut.
    virtual Status appendChunk(const QString &table, const Chunk &chunk) = 0;
    virtual Result<std::vector<Chunk>> chunks(const QString &table) const = 0;
    virtual Status markStarted(const QString &table, int ordinal) = 0;
    virtual Status markDone(const QString &table, int ordinal, qint64 rows, qint64 bytes) = 0;
    // Every chunk of the table back to pending (a full re-copy after a truncate).
    virtual Status reset(const QString &table) = 0;
};

} // namespace ferry

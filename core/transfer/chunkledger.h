#pragma once

#include "common/error.h"
#include "engines/tablereader.h"
#include "pipeline/chunkstate.h"

#include <memory>
#include <vector>

namespace ferry {

class MetaStore;

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

// The chunk ledger in the metadata store. A chunk becomes 'started' before its target
// transaction opens and 'done' after the commit, so after a crash every chunk that may have
// reached the target is known and can be redone exactly once. Any thread.
class ChunkLedger
{
public:
    ChunkLedger(std::shared_ptr<MetaStore> store, qint64 projectId);

    // Replaces the plan of `table` (the table's boundaries in key order).
    Status savePlan(const QString &table, const std::vector<Chunk> &chunks);
    Result<std::vector<Chunk>> chunks(const QString &table) const;
    Status markStarted(const QString &table, int ordinal);
    Status markDone(const QString &table, int ordinal, qint64 rows, qint64 bytes);
    // Every chunk of every table back to pending (a full re-copy after a truncate).
    Status reset(const QString &table);

    static QString encodeKey(const std::optional<KeyValues> &key);
    static std::optional<KeyValues> decodeKey(const QString &json);

private:
    std::shared_ptr<MetaStore> m_store;
    qint64 m_project;
};

} // namespace ferry

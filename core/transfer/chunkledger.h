#pragma once

#include "common/error.h"
#include "pipeline/checkpoints.h"

#include <memory>
#include <vector>

namespace ferry {

class MetaStore;

// The chunk ledger in the metadata store: the full copy's Checkpoints. A chunk becomes
// 'started' before its target transaction opens and 'done' after the commit, so after a crash
// every chunk that may have reached the target is known and can be redone exactly once.
// Any thread.
class ChunkLedger : public Checkpoints
{
public:
    ChunkLedger(std::shared_ptr<MetaStore> store, qint64 projectId);

    Status savePlan(const QString &table, const std::vector<Chunk> &chunks) override;
    Status appendChunk(const QString &table, const Chunk &chunk) override;
    Result<std::vector<Chunk>> chunks(const QString &table) const override;
    Status markStarted(const QString &table, int ordinal) override;
    Status markDone(const QString &table, int ordinal, qint64 rows, qint64 bytes) override;
    Status reset(const QString &table) override;

    static QString encodeKey(const std::optional<KeyValues> &key);
    static std::optional<KeyValues> decodeKey(const QString &json);

private:
    std::shared_ptr<MetaStore> m_store;
    qint64 m_project;
};

} // namespace ferry

#include "chunkplanner.h"

#include "common/logging.h"
#include "engines/driver.h"
#include "engines/keysetchunker.h"

#include <charconv>

using namespace Qt::StringLiterals;

namespace ferry {

std::vector<Chunk> chunksFromBoundaries(const std::vector<KeyValues> &boundaries)
{
    std::vector<Chunk> chunks;
    std::optional<KeyValues> lower;
    int ordinal = 0;
    for (const KeyValues &b : boundaries) {
        Chunk c;
        c.ordinal = ordinal++;
        c.range.lower = lower;
        c.range.upper = b;
        c.state = ChunkState::Pending;
        chunks.push_back(c);
        lower = b;
    }
    Chunk last;
    last.ordinal = ordinal;
    last.range.lower = lower;
    last.state = ChunkState::Pending;
    chunks.push_back(last);
    return chunks;
}

namespace {

std::optional<__int128> parseInteger(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool negative = utf8.startsWith('-');
    __int128 v = 0;
    for (qsizetype i = negative ? 1 : 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (utf8.size() == (negative ? 1 : 0))
        return std::nullopt;
    return negative ? -v : v;
}

std::string toText(__int128 v)
{
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    unsigned __int128 u =
        negative ? static_cast<unsigned __int128>(-v) : static_cast<unsigned __int128>(v);
    std::string s;
    while (u > 0) {
        s.insert(s.begin(), char('0' + int(u % 10)));
        u /= 10;
    }
    if (negative)
        s.insert(s.begin(), '-');
    return s;
}

} // namespace

Result<std::optional<std::vector<Chunk>>>
planWithoutWalk(Session &source, TableReader &reader, const TablePlan &plan, qint64 rowsPerChunk)
{
    using Plan = std::optional<std::vector<Chunk>>;
    if (plan.keyColumns.isEmpty()) {
        Chunk whole;
        whole.state = ChunkState::Pending;
        return Plan(std::vector<Chunk> {whole});
    }
    const Dialect &dialect = Driver::forEngine(source.engine()).dialect();
    qint64 estimate = plan.source.rowEstimate;
    if (!plan.filter.isEmpty() || estimate < 0) {
        auto counted = reader.countRows(plan.source.ref, plan.filter);
        if (!counted)
            return std::unexpected(counted.error());
        estimate = *counted;
    }
    if (estimate <= rowsPerChunk && plan.filter.isEmpty()) {
        // A small table is one chunk; its range stays open at both ends.
        Chunk whole;
        whole.state = ChunkState::Pending;
        return Plan(std::vector<Chunk> {whole});
    }

    if (plan.keyColumns.size() == 1 && plan.keyColumns.first().type.kind == TypeKind::Integer
        && plan.filter.isEmpty()) {
        const QString key = dialect.quote(plan.keyColumns.first().name);
        auto bounds = source.query(
            u"SELECT MIN(%1), MAX(%1) FROM %2"_s.arg(key, dialect.qualify(plan.source.ref)));
        if (!bounds)
            return std::unexpected(bounds.error());
        const auto min = parseInteger(bounds->text(0, 0));
        const auto max = parseInteger(bounds->text(0, 1));
        if (!min || !max) {
            Chunk whole; // empty table
            whole.state = ChunkState::Pending;
            return Plan(std::vector<Chunk> {whole});
        }
        const __int128 span = *max - *min + 1;
        // Dense enough (at most 4 key values per row): equal-width ranges hold about
        // rowsPerChunk rows each. Sparse keys would make uneven chunks: walk the index.
        if (estimate > 0 && span <= __int128(estimate) * 4) {
            const __int128 width = std::max<__int128>(1, span * rowsPerChunk / estimate);
            std::vector<KeyValues> boundaries;
            for (__int128 b = *min + width - 1; b < *max; b += width)
                boundaries.push_back({toText(b)});
            qCDebug(lcTransfer) << plan.sourceKey
                                << "planned arithmetically:" << boundaries.size() + 1 << "chunks";
            return Plan(chunksFromBoundaries(boundaries));
        }
    }
    return Plan();
}

Result<std::vector<Chunk>> planChunks(Session &source, TableReader &reader, const TablePlan &plan,
                                      qint64 rowsPerChunk, const CancelToken &cancel)
{
    auto quick = planWithoutWalk(source, reader, plan, rowsPerChunk);
    if (!quick)
        return std::unexpected(quick.error());
    if (*quick)
        return std::move(**quick);
    auto boundaries =
        KeysetChunker(reader, plan.source.ref, plan.keyColumns, plan.filter, rowsPerChunk)
            .all(cancel);
    if (!boundaries)
        return std::unexpected(boundaries.error());
    qCDebug(lcTransfer) << plan.sourceKey << "planned by key walk:" << boundaries->size() + 1
                        << "chunks";
    return chunksFromBoundaries(*boundaries);
}

} // namespace ferry

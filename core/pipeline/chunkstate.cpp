#include "chunkstate.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString stateId(ChunkState state)
{
    switch (state) {
    case ChunkState::Pending: return u"pending"_s;
    case ChunkState::Started: return u"started"_s;
    case ChunkState::Done: return u"done"_s;
    }
    return u"pending"_s;
}

template<>
std::optional<ChunkState> stateFromId<ChunkState>(QStringView id)
{
    static constexpr ChunkState all[] = {ChunkState::Pending, ChunkState::Started,
                                         ChunkState::Done};
    return findStateById<ChunkState>(all, id);
}

} // namespace ferry

#include "streamstate.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr StreamState kStreamStates[] = {
    StreamState::Starting,  StreamState::CatchingUp, StreamState::Streaming, StreamState::Retrying,
    StreamState::PausedDdl, StreamState::Stopped,    StreamState::Failed};

} // namespace

QString stateId(StreamState state)
{
    switch (state) {
    case StreamState::Starting: return u"starting"_s;
    case StreamState::CatchingUp: return u"catching-up"_s;
    case StreamState::Streaming: return u"streaming"_s;
    case StreamState::Retrying: return u"retrying"_s;
    case StreamState::PausedDdl: return u"paused-ddl"_s;
    case StreamState::Stopped: return u"stopped"_s;
    case StreamState::Failed: return u"failed"_s;
    }
    return u"starting"_s;
}

template<>
std::optional<StreamState> stateFromId<StreamState>(QStringView id)
{
    return findStateById<StreamState>(kStreamStates, id);
}

QString streamStateName(StreamState state)
{
    switch (state) {
    case StreamState::Starting: return u"Starting"_s;
    case StreamState::CatchingUp: return u"Catching up"_s;
    case StreamState::Streaming: return u"Streaming"_s;
    case StreamState::Retrying: return u"Retrying"_s;
    case StreamState::PausedDdl: return u"Paused on DDL"_s;
    case StreamState::Stopped: return u"Stopped"_s;
    case StreamState::Failed: return u"Failed"_s;
    }
    return u"Starting"_s;
}

bool isMoving(StreamState state)
{
    return state == StreamState::Starting || state == StreamState::CatchingUp
        || state == StreamState::Streaming || state == StreamState::Retrying;
}

} // namespace ferry

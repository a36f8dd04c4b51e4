#include "streamstate.h"

#include "common/language.h"

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
    case StreamState::Starting: return Text::tr("Starting");
    case StreamState::CatchingUp: return Text::tr("Catching up");
    case StreamState::Streaming: return Text::tr("Streaming");
    case StreamState::Retrying: return Text::tr("Retrying");
    case StreamState::PausedDdl: return Text::tr("Paused on DDL");
    case StreamState::Stopped: return Text::tr("Stopped");
    case StreamState::Failed: return Text::tr("Failed");
    }
    return Text::tr("Starting");
}

bool isMoving(StreamState state)
{
    return state == StreamState::Starting || state == StreamState::CatchingUp
        || state == StreamState::Streaming || state == StreamState::Retrying;
}

} // namespace ferry

#include "component.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr std::array kKinds {ComponentKind::Reader,       ComponentKind::Writer,
                             ComponentKind::ChangeReader, ComponentKind::Applier,
                             ComponentKind::Verifier,     ComponentKind::Sink};
constexpr std::array kStates {ComponentState::Starting, ComponentState::Running,
                              ComponentState::Retrying, ComponentState::Idle,
                              ComponentState::Finished, ComponentState::Failed,
                              ComponentState::Dead};

} // namespace

QString stateId(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Reader: return u"reader"_s;
    case ComponentKind::Writer: return u"writer"_s;
    case ComponentKind::ChangeReader: return u"change-reader"_s;
    case ComponentKind::Applier: return u"applier"_s;
    case ComponentKind::Verifier: return u"verifier"_s;
    case ComponentKind::Sink: return u"sink"_s;
    }
    return {};
}

template<>
std::optional<ComponentKind> stateFromId<ComponentKind>(QStringView id)
{
    return findStateById<ComponentKind>(kKinds, id);
}

QString stateId(ComponentState state)
{
    switch (state) {
    case ComponentState::Starting: return u"starting"_s;
    case ComponentState::Running: return u"running"_s;
    case ComponentState::Retrying: return u"retrying"_s;
    case ComponentState::Idle: return u"idle"_s;
    case ComponentState::Finished: return u"finished"_s;
    case ComponentState::Failed: return u"failed"_s;
    case ComponentState::Dead: return u"dead"_s;
    }
    return {};
}

template<>
std::optional<ComponentState> stateFromId<ComponentState>(QStringView id)
{
    return findStateById<ComponentState>(kStates, id);
}

QJsonObject ComponentSnapshot::toJson() const
{
    auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    auto lag = [](qint64 ms) {
        return ms < 0 ? QJsonValue() : QJsonValue(ms);
    };
    return {{u"id"_s, id},
            {u"project"_s, project},
            {u"runId"_s, runId},
            {u"step"_s, step},
            {u"kind"_s, stateId(kind)},
            {u"name"_s, name},
            {u"pid"_s, pid},
            {u"host"_s, host},
            {u"thread"_s, thread},
            {u"state"_s, stateId(state)},
            {u"object"_s, object},
            {u"position"_s, position},
            {u"rows"_s, rows},
            {u"bytes"_s, bytes},
            {u"events"_s, events},
            {u"rowsPerSecond"_s, rowsPerSecond},
            {u"bytesPerSecond"_s, bytesPerSecond},
            {u"eventsPerSecond"_s, eventsPerSecond},
            {u"queueDepth"_s, queueDepth},
            {u"retries"_s, retries},
            {u"errors"_s, errors},
            {u"lagReadMs"_s, lag(lagReadMs)},
            {u"lagQueueMs"_s, lag(lagQueueMs)},
            {u"lagApplyMs"_s, lag(lagApplyMs)},
            {u"updatedAt"_s, time(updatedAt)},
            {u"stoppedAt"_s, time(stoppedAt)}};
}

} // namespace ferry

#include "projectrecord.h"

#include "common/language.h"

#include <QPair>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const QList<QPair<ProjectState, QString>> &stateNames()
{
    static const QList<QPair<ProjectState, QString>> names = {
        {ProjectState::NotStarted, u"not-started"_s}, {ProjectState::Running, u"running"_s},
        {ProjectState::Paused, u"paused"_s},          {ProjectState::Failed, u"failed"_s},
        {ProjectState::Completed, u"completed"_s},    {ProjectState::Releasing, u"releasing"_s},
        {ProjectState::Released, u"released"_s},      {ProjectState::Interrupted, u"interrupted"_s},
    };
    return names;
}

} // namespace

QString projectStateId(ProjectState state)
{
    for (const auto &n : stateNames())
        if (n.first == state)
            return n.second;
    return u"not-started"_s;
}

QString projectStateName(ProjectState state)
{
    switch (state) {
    case ProjectState::NotStarted: return Text::tr("Not started");
    case ProjectState::Running: return Text::tr("Running");
    case ProjectState::Paused: return Text::tr("Paused");
    case ProjectState::Failed: return Text::tr("Failed");
    case ProjectState::Completed: return Text::tr("Completed");
    case ProjectState::Releasing: return Text::tr("Releasing");
    case ProjectState::Released: return Text::tr("Released");
    case ProjectState::Interrupted: return Text::tr("Interrupted");
    }
    return Text::tr("Not started");
}

ProjectState projectStateFromId(const QString &id)
{
    for (const auto &n : stateNames())
        if (n.second == id)
            return n.first;
    return ProjectState::NotStarted;
}

} // namespace ferry

#include "projectrecord.h"

#include <QPair>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const QList<QPair<ProjectState, QPair<QString, QString>>> &stateNames()
{
    static const QList<QPair<ProjectState, QPair<QString, QString>>> names = {
        {ProjectState::NotStarted, {u"not-started"_s, u"Not started"_s}},
        {ProjectState::Running, {u"running"_s, u"Running"_s}},
        {ProjectState::Paused, {u"paused"_s, u"Paused"_s}},
        {ProjectState::Failed, {u"failed"_s, u"Failed"_s}},
        {ProjectState::Completed, {u"completed"_s, u"Completed"_s}},
        {ProjectState::Releasing, {u"releasing"_s, u"Releasing"_s}},
        {ProjectState::Released, {u"released"_s, u"Released"_s}},
        {ProjectState::Interrupted, {u"interrupted"_s, u"Interrupted"_s}},
    };
    return names;
}

} // namespace

QString projectStateId(ProjectState state)
{
    for (const auto &n : stateNames())
        if (n.first == state)
            return n.second.first;
    return u"not-started"_s;
}

QString projectStateName(ProjectState state)
{
    for (const auto &n : stateNames())
        if (n.first == state)
            return n.second.second;
    return u"Not started"_s;
}

ProjectState projectStateFromId(const QString &id)
{
    for (const auto &n : stateNames())
        if (n.second.first == id)
            return n.first;
    return ProjectState::NotStarted;
}

} // namespace ferry

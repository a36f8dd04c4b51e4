#include "taskstatus.h"

#include "store/metastore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

Result<TaskStatus> TaskStatus::read(const MetaStore &store)
{
    // Per project, not grouped: a running project whose run has died counts as interrupted.
    auto q = store.exec(u"SELECT p.type, p.state, "_s + kHeartbeatColumns + u" FROM project p "_s
                        + kHeartbeatJoin);
    if (!q)
        return std::unexpected(q.error());
    TaskStatus status;
    while (q->next()) {
        // An unknown state id reads as Not started, as ProjectRepository reads it.
        const QString type = q->value(0).toString();
        const ProjectState state =
            liveProjectState(projectStateFromId(q->value(1).toString()), *q, 2);
        status.setCount(type, state, status.count(type, state) + 1);
    }
    return status;
}

int TaskStatus::count(const QString &type, ProjectState state) const
{
    return m_counts.value(type).value(int(state));
}

int TaskStatus::total(const QString &type) const
{
    int sum = 0;
    for (int n : m_counts.value(type))
        sum += n;
    return sum;
}

QList<ProjectState> TaskStatus::states()
{
    return {ProjectState::NotStarted, ProjectState::Running, ProjectState::Interrupted,
            ProjectState::Paused,     ProjectState::Failed,  ProjectState::Completed,
            ProjectState::Releasing,  ProjectState::Released};
}

void TaskStatus::setCount(const QString &type, ProjectState state, int count)
{
    m_counts[type][int(state)] = count;
}

} // namespace ferry

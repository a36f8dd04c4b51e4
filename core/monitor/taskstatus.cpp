#include "taskstatus.h"

#include "store/metastore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

Result<TaskStatus> TaskStatus::read(const MetaStore &store)
{
    auto q = store.exec(u"SELECT type, state, count(*) FROM project GROUP BY type, state"_s);
    if (!q)
        return std::unexpected(q.error());
    TaskStatus status;
    while (q->next()) {
        // An unknown state id reads as Not started, as ProjectRepository reads it.
        const QString type = q->value(0).toString();
        const ProjectState state = projectStateFromId(q->value(1).toString());
        status.setCount(type, state, status.count(type, state) + q->value(2).toInt());
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
    return {ProjectState::NotStarted, ProjectState::Running,   ProjectState::Paused,
            ProjectState::Failed,     ProjectState::Completed, ProjectState::Releasing,
            ProjectState::Released};
}

void TaskStatus::setCount(const QString &type, ProjectState state, int count)
{
    m_counts[type][int(state)] = count;
}

} // namespace ferry

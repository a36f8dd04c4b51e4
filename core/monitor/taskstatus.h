#pragma once

#include "common/error.h"
#include "project/projectrepository.h"

#include <QHash>
#include <QString>

#include <memory>

namespace ferry {

class MetaStore;

// How many projects of each type ("migration", "synchronization") are in each state: the
// Overview's task status. Read with one query on the project table and its heartbeats, without
// parsing definitions. Any thread.
class TaskStatus
{
public:
    static Result<TaskStatus> read(const MetaStore &store);

    int count(const QString &type, ProjectState state) const;
    int total(const QString &type) const;
    static QList<ProjectState> states(); // every state, in lifecycle order

    void setCount(const QString &type, ProjectState state, int count);

private:
    QHash<QString, QHash<int, int>> m_counts; // type -> state -> projects
};

} // namespace ferry

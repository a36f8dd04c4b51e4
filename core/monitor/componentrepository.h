#pragma once

#include "common/error.h"
#include "pipeline/component.h"

#include <memory>

namespace ferry {

class MetaStore;

// The store's component table: what every live run on this host publishes at its heartbeat,
// read by the console and `ferry status`. Any thread (the store connection is the thread's).
class ComponentRepository
{
public:
    explicit ComponentRepository(std::shared_ptr<MetaStore> store);

    // Replaces the rows of run `runId` of project `projectId` with `components` and removes
    // the rows an earlier run of the project left (it died: its components are superseded).
    Status publish(qint64 projectId, const QString &runId,
                   const QList<ComponentSnapshot> &components, int intervalMs);
    // A run that ended: its components leave the table.
    Status removeRun(qint64 projectId, const QString &runId);

    // Every component in the table (of project `projectId`, 0: all), ordered by project, run
    // and name. A component whose process is gone on this host, or whose last update is older
    // than three intervals, is Dead, with stoppedAt its last update.
    Result<QList<ComponentSnapshot>> list(qint64 projectId = 0,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether a process that last published at `at` every `intervalMs` still lives.
    static bool isAlive(const QDateTime &at, int intervalMs, qint64 pid, const QString &host,
                        const QDateTime &now);

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

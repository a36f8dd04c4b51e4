#pragma once

#include "common/error.h"
#include "hostresources.h"

#include <QElapsedTimer>

#include <memory>

namespace ferry {

class MetaStore;

// Writes one run's components (from this process's ComponentRegistry) to the store, with their
// metrics and the host's into the history, so that the console and `ferry status` see the
// components of every run on this machine. Called by the run's heartbeat at its interval, on
// the heartbeat's thread; finish() once the run has ended.
class ComponentPublisher
{
public:
    ComponentPublisher(std::shared_ptr<MetaStore> store, qint64 projectId, QString runId,
                       int intervalMs, int retentionDays);

    Status publish();
    // The run ended: its components leave the store.
    Status finish();

    // The history is downsampled and pruned at most this often by a publishing process.
    static constexpr qint64 kMaintainEveryMs = 60'000;

private:
    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId;
    QString m_runId;
    int m_intervalMs;
    int m_retentionDays;
    HostResources m_host;
    QElapsedTimer m_sinceMaintain;
    bool m_named = false;
};

} // namespace ferry

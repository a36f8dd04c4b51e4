#pragma once

#include "component.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <mutex>

namespace ferry {

// One registered component's live figures. Its owner updates them from its own thread; the
// registry reads them when it takes a snapshot. Counters only grow; rates are the registry's.
class ComponentEntry
{
public:
    std::atomic<qint64> rows {0};
    std::atomic<qint64> bytes {0};
    std::atomic<qint64> events {0};
    std::atomic<qint64> queueDepth {0};
    std::atomic<qint64> retries {0};
    std::atomic<qint64> errors {0};
    std::atomic<qint64> lagReadMs {-1};
    std::atomic<qint64> lagQueueMs {-1};
    std::atomic<qint64> lagApplyMs {-1};

    void setState(ComponentState state) { m_state = int(state); }
    ComponentState state() const { return ComponentState(m_state.load()); }
    void setObject(const QString &object);
    void setPosition(const QString &position);

private:
    friend class ComponentRegistry;
    std::atomic<int> m_state {int(ComponentState::Starting)};
    mutable std::mutex m_mutex; // guards the texts
    QString m_object;
    QString m_position;
    ComponentSnapshot m_fixed; // what does not change: ids, kind, thread
    // The rates' last point, under the registry's mutex.
    qint64 m_rateAtMs = 0;
    qint64 m_rateRows = 0, m_rateBytes = 0, m_rateEvents = 0;
    double m_rowsPerSecond = 0, m_bytesPerSecond = 0, m_eventsPerSecond = 0;
};

// Every pipeline component of this process (readers, writers, change readers, appliers,
// verifiers, sinks), registered while it runs, so that a publisher can write their states to
// the store at the heartbeat and /metrics can show them. Any thread.
class ComponentRegistry
{
public:
    static ComponentRegistry &instance();

    // Registers a component on the calling thread (its name and OS thread id are recorded).
    std::shared_ptr<ComponentEntry> add(qint64 projectId, const QString &runId, const QString &step,
                                        ComponentKind kind, const QString &name);
    void remove(const std::shared_ptr<ComponentEntry> &entry);

    // The components of `projectId` (0: all) in registration order, with their rates over the
    // time since the previous snapshot that was at least a second before.
    QList<ComponentSnapshot> snapshot(qint64 projectId = 0);

    // The project's name, shown beside its components (set by whoever starts the run).
    void setProjectName(qint64 projectId, const QString &name);

private:
    std::mutex m_mutex;
    QList<std::shared_ptr<ComponentEntry>> m_entries;
    QHash<qint64, QString> m_projectNames;
    qint64 m_serial = 0;
};

// A component's registration for as long as it lives: leaves the registry when destroyed.
// Owned by the component's thread.
class ComponentScope
{
public:
    ComponentScope(qint64 projectId, const QString &runId, const QString &step, ComponentKind kind,
                   const QString &name);
    ~ComponentScope();
    ComponentScope(const ComponentScope &) = delete;
    ComponentScope &operator=(const ComponentScope &) = delete;

    ComponentEntry *operator->() const { return m_entry.get(); }
    ComponentEntry &entry() const { return *m_entry; }

private:
    std::shared_ptr<ComponentEntry> m_entry;
};

} // namespace ferry

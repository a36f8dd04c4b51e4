#include "componentregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>

#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

QString currentThreadText()
{
    const QString name = QThread::currentThread()->objectName();
    const qint64 tid = qint64(::syscall(SYS_gettid));
    return name.isEmpty() ? u"tid %1"_s.arg(tid) : u"%1 (tid %2)"_s.arg(name).arg(tid);
}

} // namespace

void ComponentEntry::setObject(const QString &object)
{
    std::lock_guard lock(m_mutex);
    m_object = object;
}

void ComponentEntry::setPosition(const QString &position)
{
    std::lock_guard lock(m_mutex);
    m_position = position;
}

ComponentRegistry &ComponentRegistry::instance()
{
    static ComponentRegistry registry;
    return registry;
}

std::shared_ptr<ComponentEntry> ComponentRegistry::add(qint64 projectId, const QString &runId,
                                                       const QString &step, ComponentKind kind,
                                                       const QString &name)
{
    auto entry = std::make_shared<ComponentEntry>();
    ComponentSnapshot &f = entry->m_fixed;
    f.projectId = projectId;
    f.runId = runId;
    f.step = step;
    f.kind = kind;
    f.name = name;
    f.pid = QCoreApplication::applicationPid();
    f.host = QSysInfo::machineHostName();
    f.thread = currentThreadText();
    entry->m_rateAtMs = monotonicMs();
    std::lock_guard lock(m_mutex);
    f.id = u"%1/%2"_s.arg(f.pid).arg(++m_serial);
    m_entries.append(entry);
    return entry;
}

void ComponentRegistry::remove(const std::shared_ptr<ComponentEntry> &entry)
{
    std::lock_guard lock(m_mutex);
    m_entries.removeOne(entry);
}

void ComponentRegistry::setProjectName(qint64 projectId, const QString &name)
{
    std::lock_guard lock(m_mutex);
    m_projectNames.insert(projectId, name);
}

QList<ComponentSnapshot> ComponentRegistry::snapshot(qint64 projectId)
{
    const qint64 now = monotonicMs();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    std::lock_guard lock(m_mutex);
    QList<ComponentSnapshot> out;
    for (const auto &e : std::as_const(m_entries)) {
        if (projectId != 0 && e->m_fixed.projectId != projectId)
            continue;
        ComponentSnapshot s = e->m_fixed;
        s.project = m_projectNames.value(s.projectId);
        s.state = e->state();
        {
            std::lock_guard texts(e->m_mutex);
            s.object = e->m_object;
            s.position = e->m_position;
        }
        s.rows = e->rows.load();
        s.bytes = e->bytes.load();
        s.events = e->events.load();
        s.queueDepth = e->queueDepth.load();
        s.retries = e->retries.load();
        s.errors = e->errors.load();
        s.lagReadMs = e->lagReadMs.load();
        s.lagQueueMs = e->lagQueueMs.load();
        s.lagApplyMs = e->lagApplyMs.load();
        const qint64 elapsed = now - e->m_rateAtMs;
        if (elapsed >= 1000) {
            const double seconds = double(elapsed) / 1000.0;
            e->m_rowsPerSecond = double(s.rows - e->m_rateRows) / seconds;
            e->m_bytesPerSecond = double(s.bytes - e->m_rateBytes) / seconds;
            e->m_eventsPerSecond = double(s.events - e->m_rateEvents) / seconds;
            e->m_rateAtMs = now;
            e->m_rateRows = s.rows;
            e->m_rateBytes = s.bytes;
            e->m_rateEvents = s.events;
        }
        s.rowsPerSecond = e->m_rowsPerSecond;
        s.bytesPerSecond = e->m_bytesPerSecond;
        s.eventsPerSecond = e->m_eventsPerSecond;
        s.updatedAt = at;
        out.append(s);
    }
    return out;
}

ComponentScope::ComponentScope(qint64 projectId, const QString &runId, const QString &step,
                               ComponentKind kind, const QString &name)
    : m_entry(ComponentRegistry::instance().add(projectId, runId, step, kind, name))
{ }

ComponentScope::~ComponentScope()
{
    ComponentRegistry::instance().remove(m_entry);
}

} // namespace ferry

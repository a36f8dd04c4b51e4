#include "componentpublisher.h"

#include "componentrepository.h"
#include "metricshistory.h"
#include "pipeline/componentregistry.h"
#include "store/metastore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

ComponentPublisher::ComponentPublisher(std::shared_ptr<MetaStore> store, qint64 projectId,
                                       QString runId, int intervalMs, int retentionDays)
    : m_store(std::move(store))
    , m_projectId(projectId)
    , m_runId(std::move(runId))
    , m_intervalMs(intervalMs)
    , m_retentionDays(retentionDays)
    , m_host(m_store->path())
{ }

Status ComponentPublisher::publish()
{
    if (!m_named) {
        auto q = m_store->exec(u"SELECT name FROM project WHERE id = ?"_s, {m_projectId});
        if (!q)
            return std::unexpected(q.error());
        if (q->next())
            ComponentRegistry::instance().setProjectName(m_projectId, q->value(0).toString());
        m_named = true;
    }
    const QList<ComponentSnapshot> components = ComponentRegistry::instance().snapshot(m_projectId);
    if (auto ok =
            ComponentRepository(m_store).publish(m_projectId, m_runId, components, m_intervalMs);
        !ok)
        return ok;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QList<MetricPoint> points = MetricsHistory::pointsFor(m_projectId, components, at);
    if (auto host = m_host.sample())
        points += MetricsHistory::pointsFor(*host, at);
    MetricsHistory history(m_store);
    if (auto ok = history.record(points); !ok)
        return ok;
    if (!m_sinceMaintain.isValid() || m_sinceMaintain.elapsed() >= kMaintainEveryMs) {
        m_sinceMaintain.start();
        return history.maintain(at, m_retentionDays);
    }
    return {};
}

Status ComponentPublisher::finish()
{
    return ComponentRepository(m_store).removeRun(m_projectId, m_runId);
}

} // namespace ferry

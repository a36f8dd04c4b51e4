#include "alertfacts.h"

#include "pipeline/streamstate.h"
#include "project/projectrepository.h"
#include "store/metastore.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ferry {

int DiskFact::percentUsed() const
{
    if (bytesTotal <= 0)
        return 0;
    return int((bytesTotal - bytesAvailable) * 100 / bytesTotal);
}

std::optional<DiskFact> storeDisk(const QString &storePath)
{
    const QString dir = QFileInfo(storePath).absolutePath();
    QStorageInfo info(dir);
    if (!info.isValid() || !info.isReady() || info.bytesTotal() <= 0)
        return std::nullopt;
    return DiskFact {dir, info.bytesTotal(), info.bytesAvailable()};
}

Result<QList<ProjectFact>> readProjectFacts(const std::shared_ptr<MetaStore> &store)
{
    auto projects = ProjectRepository(store).list();
    if (!projects)
        return std::unexpected(projects.error());
    QList<ProjectFact> out;
    QHash<qint64, qsizetype> index;
    for (const ProjectRecord &p : std::as_const(*projects)) {
        ProjectFact f;
        f.id = p.id;
        f.name = p.name();
        f.state = p.state;
        f.lastError = p.lastError;
        index.insert(p.id, out.size());
        out.append(f);
    }
    auto streams =
        store->exec(u"SELECT project_id, stream, state, lag_ms, detail FROM stream_state "
                    "ORDER BY project_id, stream"_s);
    if (!streams)
        return std::unexpected(streams.error());
    while (streams->next()) {
        auto it = index.constFind(streams->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        ProjectFact &f = out[*it];
        const auto state = stateFromId<StreamState>(streams->value(2).toString());
        if (state == StreamState::PausedDdl)
            f.pausedDdl.append({streams->value(1).toString(), streams->value(4).toString()});
        else if (state && isMoving(*state) && f.state == ProjectState::Running
                 && !streams->value(3).isNull())
            f.lagMs = std::max(f.lagMs.value_or(0), streams->value(3).toLongLong());
    }
    auto verified = store->exec(
        u"SELECT v.project_id, v.consistent, v.summary FROM verification v WHERE v.id = "
        "(SELECT MAX(id) FROM verification w WHERE w.project_id = v.project_id)"_s);
    if (!verified)
        return std::unexpected(verified.error());
    while (verified->next()) {
        auto it = index.constFind(verified->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        ProjectFact &f = out[*it];
        f.verified = true;
        f.verifyConsistent = verified->value(1).toBool();
        f.verifySummary = verified->value(2).toString();
    }
    auto beats = store->exec(u"SELECT project_id, at, pid, host FROM run_heartbeat"_s);
    if (!beats)
        return std::unexpected(beats.error());
    while (beats->next()) {
        auto it = index.constFind(beats->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        ProjectFact &f = out[*it];
        f.heartbeatAt = QDateTime::fromString(beats->value(1).toString(), Qt::ISODateWithMs);
        f.pid = beats->value(2).toLongLong();
        f.host = beats->value(3).toString();
    }
    return out;
}

} // namespace ferry

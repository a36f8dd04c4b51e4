#include "projectverification.h"

#include "pipeline/streamstate.h"
#include "projectdefaults.h"
#include "projectrepository.h"
#include "store/metastore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

VerifyMapping verifyMappingOf(const ProjectDefinition &project)
{
    VerifyMapping mapping;
    mapping.project = project.name;
    mapping.selection = project.selection();
    mapping.mapping = project.mapping;
    mapping.options = VerifyOptions::fromJson(project.verifyOptions);
    // What the project's "verify" does not say: the system parameters verify.*.
    const ProjectDefaults defaults = projectdefaults::current();
    if (!project.verifyOptions.contains(u"sliceRows"_s))
        mapping.options.sliceRows = defaults.verifySliceRows;
    if (!project.verifyOptions.contains(u"recheckRounds"_s))
        mapping.options.recheckRounds = defaults.verifyRecheckRounds;
    if (!project.verifyOptions.contains(u"concurrency"_s))
        mapping.options.concurrency = project.options.concurrency;
    return mapping;
}

Result<VerifyReport> verifyProject(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   RunObserver *observer, const QString &runId, qint64 projectId,
                                   std::optional<qint64> streamLagMs)
{
    VerifyMapping mapping = verifyMappingOf(project);
    if (streamLagMs) {
        mapping.options.besideStream = true;
        mapping.options.streamLagMs = *streamLagMs;
    }
    return verifyMapping(mapping, source, target, cancel, observer, runId, projectId);
}

std::optional<qint64> runningStreamLag(const std::shared_ptr<MetaStore> &store, qint64 projectId)
{
    ProjectRepository projects(store);
    auto project = projects.findById(projectId);
    if (!project || project->state != ProjectState::Running)
        return std::nullopt; // Interrupted when its run is gone: nothing moves the stream
    auto streams = projects.streams(projectId);
    if (!streams)
        return std::nullopt;
    std::optional<qint64> lag;
    for (const StreamRecord &s : std::as_const(*streams)) {
        const auto state = stateFromId<StreamState>(s.state);
        if (state && isMoving(*state))
            lag = std::max(lag.value_or(0), std::max<qint64>(0, s.lagMs));
    }
    return lag;
}

VerificationRepository::VerificationRepository(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Status VerificationRepository::save(qint64 projectId, const VerifyReport &report)
{
    auto q = m_store->exec(
        u"INSERT INTO verification (project_id, at, consistent, summary, report) "
        "VALUES (?,?,?,?,?)"_s,
        {projectId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
         report.consistent() ? 1 : 0, report.summary(),
         QString::fromUtf8(QJsonDocument(report.toStorageJson()).toJson(QJsonDocument::Compact))});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<VerifyReport>> VerificationRepository::latest(qint64 projectId) const
{
    auto q = m_store->exec(u"SELECT report FROM verification WHERE project_id = ? "
                           "ORDER BY id DESC LIMIT 1"_s,
                           {projectId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<VerifyReport>();
    return std::optional<VerifyReport>(VerifyReport::fromStorageJson(
        QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object()));
}

} // namespace ferry

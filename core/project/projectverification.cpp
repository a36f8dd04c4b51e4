#include "projectverification.h"

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
    if (!project.verifyOptions.contains(u"concurrency"_s))
        mapping.options.concurrency = project.options.concurrency;
    return mapping;
}

Result<VerifyReport> verifyProject(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   RunObserver *observer, const QString &runId, qint64 projectId)
{
    return verifyMapping(verifyMappingOf(project), source, target, cancel, observer, runId,
                         projectId);
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

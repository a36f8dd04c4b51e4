#include "projectverification.h"

#include "engines/driver.h"
#include "store/metastore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

Result<VerifyReport> verifyProject(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   RunObserver *observer, const QString &runId, qint64 projectId)
{
    const Driver &sourceDriver = Driver::forEngine(source.engine);
    const Driver &targetDriver = Driver::forEngine(target.engine);
    auto sourceSession = sourceDriver.connect(source);
    if (!sourceSession)
        return std::unexpected(sourceSession.error());
    auto sourceTables = sourceDriver.readTables(**sourceSession, source.effectiveSchema());
    if (!sourceTables)
        return std::unexpected(sourceTables.error());
    auto plan = schemaplan::plan(project, *sourceTables, source.engine, targetDriver.dialect(),
                                 target.effectiveSchema());
    if (!plan)
        return std::unexpected(plan.error());
    if (!plan->patternsWithoutMatch.isEmpty())
        return fail(Error::Code::InvalidInput,
                    u"'%1' matches no table in %2"_s.arg(plan->patternsWithoutMatch.first(),
                                                         source.effectiveSchema()),
                    u"Check the project's objects."_s);
    auto targetSession = targetDriver.connect(target);
    if (!targetSession)
        return std::unexpected(targetSession.error());
    auto targetTables = targetDriver.readTables(**targetSession, target.effectiveSchema());
    if (!targetTables)
        return std::unexpected(targetTables.error());

    VerifyInput input;
    input.project = project.name;
    input.source = source;
    input.target = target;
    input.plans = plan->tables;
    for (const Table &t : *targetTables)
        input.targetTables.insert(t.ref.name, t);
    input.options = VerifyOptions::fromJson(project.verifyOptions);
    if (!project.verifyOptions.contains(u"concurrency"_s))
        input.options.concurrency = project.options.concurrency;
    input.cancel = cancel;
    input.observer = observer;
    input.runId = runId;
    input.projectId = projectId;
    return Verifier(std::move(input)).run();
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

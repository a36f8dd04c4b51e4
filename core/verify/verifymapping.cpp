#include "verifymapping.h"

#include "common/language.h"
#include "engines/driver.h"

using namespace Qt::StringLiterals;

namespace ferry {

Result<VerifyReport> verifyMapping(const VerifyMapping &mapping, const Endpoint &source,
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
    auto plan = schemaplan::plan(mapping.selection, *sourceTables, source.engine,
                                 targetDriver.dialect(), target.effectiveSchema(), mapping.mapping);
    if (!plan)
        return std::unexpected(plan.error());
    if (!plan->patternsWithoutMatch.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("'%1' matches no table in %2")
                        .arg(plan->patternsWithoutMatch.first(), source.effectiveSchema()),
                    Text::tr("Check the project's objects."));
    auto targetSession = targetDriver.connect(target);
    if (!targetSession)
        return std::unexpected(targetSession.error());
    auto targetTables = targetDriver.readTables(**targetSession, target.effectiveSchema());
    if (!targetTables)
        return std::unexpected(targetTables.error());

    VerifyInput input;
    input.project = mapping.project;
    input.source = source;
    input.target = target;
    input.plans = plan->tables;
    for (const Table &t : *targetTables)
        input.targetTables.insert(t.ref.name, t);
    input.options = mapping.options;
    input.cancel = cancel;
    input.observer = observer;
    input.runId = runId;
    input.projectId = projectId;
    return Verifier(std::move(input)).run();
}

} // namespace ferry

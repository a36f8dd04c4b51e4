#include "fullcopystep.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "pipeline/stepcontext.h"

using namespace Qt::StringLiterals;

namespace ferry {

FullCopyStep::FullCopyStep(QList<TablePlan> plans, MigrationOptions options,
                           SummaryHandler onSummary)
    : m_plans(std::move(plans))
    , m_options(options)
    , m_onSummary(std::move(onSummary))
{ }

QString FullCopyStep::id() const
{
    return u"full"_s;
}

Status FullCopyStep::prepare(StepContext &context)
{
    const Driver &driver = Driver::forEngine(context.target.engine);
    auto session = driver.connectForWrite(context.target);
    if (!session)
        return std::unexpected(session.error());
    auto tables = driver.readTables(**session, context.target.effectiveSchema());
    if (!tables)
        return std::unexpected(tables.error());
    m_targetTables.clear();
    for (const Table &t : *tables)
        m_targetTables.insert(t.ref.name, t);
    return {};
}

Status FullCopyStep::run(StepContext &context)
{
    if (!context.records || !context.checkpoints)
        return fail(Error::Code::Internal,
                    Text::tr("the full step needs the run's records and chunk ledger"));
    FullCopyInput input;
    input.source = context.source;
    input.target = context.target;
    input.plans = m_plans;
    input.targetTables = m_targetTables;
    input.options = m_options;
    input.records = context.records;
    input.checkpoints = context.checkpoints;
    input.projectId = context.projectId;
    input.runId = context.runId;
    input.cancel = context.cancel;
    input.observer = context.observer;
    FullCopy copy(std::move(input));
    auto summary = copy.run();
    if (!summary)
        return std::unexpected(summary.error());
    if (m_onSummary)
        m_onSummary(*summary);
    return context.message(
        lcProject(), u"info"_s,
        Text::tr("full migration: %1 rows (%2 skipped), %3 MB in %4 s, %5 rows/s")
            .arg(summary->rows)
            .arg(summary->skipped)
            .arg(double(summary->bytes) / 1e6, 0, 'f', 1)
            .arg(summary->seconds, 0, 'f', 1)
            .arg(summary->seconds > 0 ? qint64(double(summary->rows) / summary->seconds) : 0));
}

} // namespace ferry

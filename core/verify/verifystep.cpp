#include "verifystep.h"

#include "common/logging.h"
#include "pipeline/runrecords.h"
#include "pipeline/stepcontext.h"

using namespace Qt::StringLiterals;

namespace ferry {

VerifyStep::VerifyStep(VerifyMapping mapping, ReportHandler onReport)
    : m_mapping(std::move(mapping))
    , m_onReport(std::move(onReport))
{ }

QString VerifyStep::id() const
{
    return u"verify"_s;
}

Status VerifyStep::run(StepContext &context)
{
    VerifyMapping mapping = m_mapping;
    if (context.besideStream) {
        // The incremental step applies to the target meanwhile: rows in flight settle.
        mapping.options.besideStream = true;
        if (context.records)
            if (auto streams = context.records->streams())
                for (const StreamRecord &s : std::as_const(*streams))
                    mapping.options.streamLagMs =
                        std::max(mapping.options.streamLagMs, std::max<qint64>(0, s.lagMs));
        if (auto ok = context.message(
                lcProject(), u"info"_s,
                u"verification beside the change stream: rows that differ are read again "
                "until they settle, for at most %1 s"_s.arg(mapping.options.settleMs() / 1000));
            !ok)
            return ok;
    }
    auto report = verifyMapping(mapping, context.source, context.target, context.cancel,
                                context.observer, context.runId, context.projectId);
    if (!report)
        return std::unexpected(report.error());
    if (m_onReport)
        if (auto ok = m_onReport(*report); !ok)
            return ok;
    if (auto ok = context.message(lcProject(), report->consistent() ? u"info"_s : u"error"_s,
                                  u"verification: "_s + report->summary());
        !ok)
        return ok;
    if (!report->consistent())
        return fail(Error::Code::Mismatch,
                    u"verification found differences: "_s + report->summary(),
                    u"Export the correction SQL (ferry verify --fix-sql), review and apply it, "
                    "then verify again."_s);
    return {};
}

} // namespace ferry

#include "verifystep.h"

#include "common/logging.h"
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
    auto report = verifyMapping(m_mapping, context.source, context.target, context.cancel,
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

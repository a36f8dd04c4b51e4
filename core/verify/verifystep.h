#pragma once

#include "pipeline/step.h"
#include "verifymapping.h"

#include <functional>

namespace ferry {

// The verify step: verifies the project's mapping, hands the report to whoever keeps it, and
// fails with Code::Mismatch when source and target differ.
class VerifyStep : public Step
{
public:
    // Called with every report, consistent or not, before the step ends.
    using ReportHandler = std::function<Status(const VerifyReport &)>;

    VerifyStep(VerifyMapping mapping, ReportHandler onReport = {});

    QString id() const override;
    Status run(StepContext &context) override;

private:
    VerifyMapping m_mapping;
    ReportHandler m_onReport;
};

} // namespace ferry

#pragma once

#include "fullcopy.h"
#include "pipeline/step.h"

#include <functional>

namespace ferry {

// The full step: reads the target catalog again (the schema step changed it), then runs the
// FullCopy with the run's records and chunk ledger, and reports its summary.
class FullCopyStep : public Step
{
public:
    using SummaryHandler = std::function<void(const FullCopySummary &)>;

    FullCopyStep(QList<TablePlan> plans, MigrationOptions options, SummaryHandler onSummary = {});

    QString id() const override;
    Status prepare(StepContext &context) override;
    Status run(StepContext &context) override;

private:
    QList<TablePlan> m_plans;
    MigrationOptions m_options;
    SummaryHandler m_onSummary;
    QHash<QString, Table> m_targetTables;
};

} // namespace ferry

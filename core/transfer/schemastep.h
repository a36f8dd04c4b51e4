#pragma once

#include "pipeline/step.h"
#include "schema/schemaplan.h"

#include <QHash>

namespace ferry {

// The schema step: creates the target schema and every planned target table that does not
// exist yet, recording each table as the project's own before its DDL (so a crash in between
// still knows it). Tables that exist are kept. It lives here rather than in core/schema because
// core/schema is the neutral type model below the engines, and a step sits above them.
class SchemaStep : public Step
{
public:
    // `targetTables`: the target catalog the precheck read, by table name.
    SchemaStep(QList<TablePlan> plans, QHash<QString, Table> targetTables, bool indexesWithSchema);

    // Views to create after the tables (or replace), in this order. One the target refuses
    // is reported as not carried and does not stop the step.
    void setViews(QList<TargetView> views);

    QString id() const override;
    Status run(StepContext &context) override;

private:
    QList<TargetView> m_views;
    QList<TablePlan> m_plans;
    QHash<QString, Table> m_targetTables;
    bool m_indexesWithSchema;
};

} // namespace ferry

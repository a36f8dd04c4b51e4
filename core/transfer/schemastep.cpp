#include "schemastep.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "pipeline/runrecords.h"
#include "pipeline/stepcontext.h"

using namespace Qt::StringLiterals;

namespace ferry {

SchemaStep::SchemaStep(QList<TablePlan> plans, QHash<QString, Table> targetTables,
                       bool indexesWithSchema)
    : m_plans(std::move(plans))
    , m_targetTables(std::move(targetTables))
    , m_indexesWithSchema(indexesWithSchema)
{ }

void SchemaStep::setViews(QList<TargetView> views)
{
    m_views = std::move(views);
}

QString SchemaStep::id() const
{
    return u"schema"_s;
}

Status SchemaStep::run(StepContext &context)
{
    const Driver &driver = Driver::forEngine(context.target.engine);
    const Dialect &dialect = driver.dialect();
    auto session = driver.connectForWrite(context.target.serverLevel());
    if (!session)
        return std::unexpected(session.error());
    for (const QString &sql : dialect.createSchema(context.target.effectiveSchema()))
        if (auto ok = (*session)->exec(sql); !ok)
            return ok;
    QList<TableRecord> records;
    if (context.records) {
        auto stored = context.records->tables();
        if (!stored)
            return std::unexpected(stored.error());
        records = *stored;
    }

    int created = 0, kept = 0;
    for (const TablePlan &plan : m_plans) {
        if (context.cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("the schema step was stopped"));
        TableRecord record;
        for (const TableRecord &r : std::as_const(records))
            if (r.sourceTable == plan.sourceKey)
                record = r;
        if (!plan.primaryOfTarget)
            continue;
        const bool exists = m_targetTables.contains(plan.target.ref.name);
        if (exists) {
            // Created by an earlier, interrupted run of this project, or the user's own table.
            if (!record.created)
                ++kept;
            continue;
        }
        // The intent is recorded before the DDL, so a crash in between still knows the
        // table is this project's own.
        record.created = true;
        if (context.records)
            if (auto ok = context.records->saveTable(record); !ok)
                return ok;
        for (const QString &sql : dialect.createTable(plan.target, m_indexesWithSchema))
            if (auto ok = (*session)->exec(sql); !ok)
                return ok;
        ++created;
    }
    QStringList views;
    for (const TargetView &view : std::as_const(m_views)) {
        Status ok;
        for (const QString &sql : dialect.createView(view))
            if (ok)
                ok = (*session)->exec(sql);
        if (ok) {
            views << view.ref.name;
            continue;
        }
        if (auto logged = context.message(
                lcProject(), u"warning"_s,
                Text::tr(
                    "view %1 is not carried: the target refused its translation (%2). Recreate it "
                    "by hand; translated: %3")
                    .arg(view.sourceName, ok.error().message, view.select));
            !logged)
            return logged;
    }
    return context.message(
        lcProject(), u"info"_s,
        views.isEmpty()
            ? Text::tr("schema step: created %1 table(s), kept %2 existing").arg(created).arg(kept)
            : Text::tr(
                  "schema step: created %1 table(s), kept %2 existing; created or replaced view(s) "
                  "%3")
                  .arg(created)
                  .arg(kept)
                  .arg(views.join(u", "_s)));
}

} // namespace ferry

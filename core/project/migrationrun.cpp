#include "migrationrun.h"

#include "common/logging.h"
#include "engines/driver.h"
#include "projectrepository.h"
#include "projectverification.h"
#include "store/metastore.h"

#include <QElapsedTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ferry {

MigrationRun::MigrationRun(std::shared_ptr<MetaStore> store, qint64 projectId, Endpoint source,
                           Endpoint target, RunObserver *observer, CancelToken cancel)
    : m_store(std::move(store))
    , m_projectId(projectId)
    , m_source(std::move(source))
    , m_target(std::move(target))
    , m_observer(observer)
    , m_cancel(std::move(cancel))
{ }

Status MigrationRun::message(const QString &level, const QString &text)
{
    if (level == u"error")
        qCWarning(lcProject).noquote() << text;
    else
        qCInfo(lcProject).noquote() << text;
    if (m_observer)
        m_observer->message(level, text);
    return ProjectRepository(m_store).log(m_projectId, level, text);
}

Result<PrecheckReport> MigrationRun::precheckOnly(std::shared_ptr<MetaStore> store,
                                                  qint64 projectId, const Endpoint &source,
                                                  const Endpoint &target, const CancelToken &cancel)
{
    ProjectRepository repository(store);
    auto project = repository.findById(projectId);
    if (!project)
        return std::unexpected(project.error());
    return runPrecheck(project->definition, source, target, cancel,
                       repository.ownTargets(projectId));
}

Status MigrationRun::schemaStep(const QList<TablePlan> &plans, const PrecheckReport &report)
{
    ProjectRepository repository(m_store);
    const Driver &driver = Driver::forEngine(m_target.engine);
    const Dialect &dialect = driver.dialect();
    auto session = driver.connectForWrite(m_target.serverLevel());
    if (!session)
        return std::unexpected(session.error());
    for (const QString &sql : dialect.createSchema(m_target.effectiveSchema()))
        if (auto ok = (*session)->exec(sql); !ok)
            return ok;
    auto records = repository.tables(m_projectId);
    if (!records)
        return std::unexpected(records.error());

    int created = 0, kept = 0;
    for (const TablePlan &plan : plans) {
        if (m_cancel.isCancelled())
            return fail(Error::Code::Cancelled, u"the schema step was stopped"_s);
        TableRecord record;
        for (const TableRecord &r : *records)
            if (r.sourceTable == plan.sourceKey)
                record = r;
        if (!plan.primaryOfTarget)
            continue;
        const bool exists = report.targetTables.contains(plan.target.ref.name);
        if (exists) {
            // Created by an earlier, interrupted run of this project, or the user's own table.
            if (!record.created)
                ++kept;
            continue;
        }
        // The intent is recorded before the DDL, so a crash in between still knows the
        // table is this project's own.
        record.created = true;
        if (auto ok = repository.saveTable(m_projectId, record); !ok)
            return ok;
        for (const QString &sql : dialect.createTable(plan.target, m_indexesWithSchema))
            if (auto ok = (*session)->exec(sql); !ok)
                return ok;
        ++created;
    }
    return message(u"info"_s,
                   u"schema step: created %1 table(s), kept %2 existing"_s.arg(created).arg(kept));
}

Result<RunOutcome> MigrationRun::execute()
{
    QElapsedTimer timer;
    timer.start();
    ProjectRepository repository(m_store);
    auto project = repository.findById(m_projectId);
    if (!project)
        return std::unexpected(project.error());
    const ProjectDefinition &definition = project->definition;
    m_indexesWithSchema = definition.options.indexes == IndexTiming::WithSchema;
    if (m_outcome.runId.isEmpty())
        m_outcome.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto finish = [&](ProjectState state, const Error *error) -> Result<RunOutcome> {
        m_outcome.seconds = double(timer.elapsed()) / 1000.0;
        (void)repository.setState(m_projectId, state, error ? error->text() : QString());
        if (error) {
            (void)message(error->code == Error::Code::Cancelled ? u"warning"_s : u"error"_s,
                          error->text());
            return fail(*error);
        }
        return m_outcome;
    };

    (void)repository.setState(m_projectId, ProjectState::Running);
    (void)message(u"info"_s,
                  u"run %1 started: %2 -> %3"_s.arg(m_outcome.runId.left(8),
                                                    m_source.displayAddress(),
                                                    m_target.displayAddress()));

    auto report =
        runPrecheck(definition, m_source, m_target, m_cancel, repository.ownTargets(m_projectId));
    if (!report) {
        const Error e = report.error();
        return finish(
            e.code == Error::Code::Cancelled ? ProjectState::Paused : ProjectState::Failed, &e);
    }
    m_outcome.precheck = *report;
    for (const PrecheckItem &item : report->items)
        if (item.severity == PrecheckItem::Severity::Warning
            || item.severity == PrecheckItem::Severity::Error)
            (void)message(item.severity == PrecheckItem::Severity::Error ? u"error"_s
                                                                         : u"warning"_s,
                          u"precheck: "_s + item.message
                              + (item.fix.isEmpty() ? QString() : u". "_s + item.fix));
    if (!report->passed()) {
        const Error e = makeError(
            Error::Code::InvalidInput, u"precheck failed: "_s + report->firstError(),
            u"Nothing was written. Fix what the precheck found (listed in the project's log) and "
            "run again."_s);
        return finish(ProjectState::Failed, &e);
    }

    // First run: remember which target tables held rows before Ferry touched them.
    auto records = repository.tables(m_projectId);
    if (!records) {
        const Error e = records.error();
        return finish(ProjectState::Failed, &e);
    }
    for (const TablePlan &plan : report->plan.tables) {
        bool known = false;
        for (const TableRecord &r : *records)
            known = known || r.sourceTable == plan.sourceKey;
        if (known)
            continue;
        TableRecord record;
        record.sourceTable = plan.sourceKey;
        record.targetTable = plan.target.ref.display();
        record.state = u"pending"_s;
        record.targetHadRows = report->targetRowCounts.value(plan.target.ref.name) > 0;
        record.rowsEstimate = std::max<qint64>(0, plan.source.rowEstimate);
        (void)repository.saveTable(m_projectId, record);
    }

    auto steps = repository.steps(m_projectId);
    if (!steps) {
        const Error e = steps.error();
        return finish(ProjectState::Failed, &e);
    }
    QHash<QString, Table> targetTables = report->targetTables;
    for (const QString &step : definition.steps) {
        QString state;
        for (const StepRecord &s : *steps)
            if (s.step == step)
                state = s.state;
        if (state == u"done" || state == u"skipped")
            continue;
        if (m_cancel.isCancelled()) {
            const Error e = makeError(Error::Code::Cancelled, u"stopped before step %1"_s.arg(step),
                                      u"Run the project again to resume."_s);
            return finish(ProjectState::Paused, &e);
        }
        (void)repository.setStep(m_projectId, step, u"running"_s);
        (void)message(u"info"_s, u"step %1 started"_s.arg(step));
        if (m_observer) {
            RunProgress p;
            p.projectId = m_projectId;
            p.runId = m_outcome.runId;
            p.step = step;
            p.stepState = u"running"_s;
            p.at = QDateTime::currentDateTimeUtc();
            m_observer->progress(p);
        }
        Status result;
        if (step == u"schema") {
            result = schemaStep(report->plan.tables, *report);
        } else if (step == u"full") {
            // The schema step changed the target: read its catalog again.
            const Driver &driver = Driver::forEngine(m_target.engine);
            auto session = driver.connectForWrite(m_target);
            if (!session) {
                result = std::unexpected(session.error());
            } else if (auto tables = driver.readTables(**session, m_target.effectiveSchema());
                       !tables) {
                result = std::unexpected(tables.error());
            } else {
                targetTables.clear();
                for (const Table &t : *tables)
                    targetTables.insert(t.ref.name, t);
                FullCopyInput input;
                input.source = m_source;
                input.target = m_target;
                input.plans = report->plan.tables;
                input.targetTables = targetTables;
                input.options = definition.options;
                input.store = m_store;
                input.projectId = m_projectId;
                input.runId = m_outcome.runId;
                input.cancel = m_cancel;
                input.observer = m_observer;
                FullCopy copy(std::move(input));
                auto summary = copy.run();
                if (summary) {
                    m_outcome.full = *summary;
                    (void)message(u"info"_s,
                                  u"full migration: %1 rows (%2 skipped), %3 MB in %4 s, "
                                  "%5 rows/s"_s.arg(summary->rows)
                                      .arg(summary->skipped)
                                      .arg(double(summary->bytes) / 1e6, 0, 'f', 1)
                                      .arg(summary->seconds, 0, 'f', 1)
                                      .arg(summary->seconds > 0
                                               ? qint64(double(summary->rows) / summary->seconds)
                                               : 0));
                } else {
                    result = std::unexpected(summary.error());
                }
            }
        } else if (step == u"verify") {
            auto report = verifyProject(definition, m_source, m_target, m_cancel, m_observer,
                                        m_outcome.runId, m_projectId);
            if (!report) {
                result = std::unexpected(report.error());
            } else {
                (void)VerificationRepository(m_store).save(m_projectId, *report);
                m_outcome.verification = report->toJson(1000);
                m_outcome.verifyReport = *report;
                (void)message(report->consistent() ? u"info"_s : u"error"_s,
                              u"verification: "_s + report->summary());
                if (!report->consistent())
                    result = fail(Error::Code::Mismatch,
                                  u"verification found differences: "_s + report->summary(),
                                  u"Export the correction SQL (ferry verify --fix-sql), review "
                                  "and apply it, then verify again."_s);
            }
        } else {
            result = fail(Error::Code::Unsupported,
                          u"step %1 is not available in this version"_s.arg(step));
        }
        if (!result) {
            const Error e = result.error();
            const bool stopped = e.code == Error::Code::Cancelled;
            (void)repository.setStep(m_projectId, step, stopped ? u"pending"_s : u"failed"_s,
                                     e.text());
            return finish(stopped ? ProjectState::Paused : ProjectState::Failed, &e);
        }
        (void)repository.setStep(m_projectId, step, u"done"_s);
        m_outcome.stepsRun << step;
        (void)message(u"info"_s, u"step %1 done"_s.arg(step));
    }
    (void)repository.setProgress(m_projectId, 1.0);
    m_outcome.completed = true;
    return finish(ProjectState::Completed, nullptr);
}

} // namespace ferry

#include "migrationrun.h"

#include "cdc/incrementalstep.h"
#include "common/language.h"
#include "common/logging.h"
#include "endpointresolver.h"
#include "engines/driver.h"
#include "pipeline/stepcontext.h"
#include "pipeline/steprunner.h"
#include "projectrecords.h"
#include "projectrepository.h"
#include "projectverification.h"
#include "sink/syncsnapshotstep.h"
#include "sink/syncstreamstep.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"
#include "transfer/chunkledger.h"
#include "transfer/fullcopystep.h"
#include "transfer/schemastep.h"
#include "verify/verifystep.h"

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
    ProjectDefinition definition = project->definition;
    if (definition.isSync() && !definition.target.kafka) {
        auto kafka = resolveKafkaTarget(definition, target, DataSourceRepository(store));
        if (!kafka)
            return std::unexpected(kafka.error());
        definition.target.kafka = *kafka;
    }
    return runPrecheck(definition, source, target, cancel, repository.ownTargets(projectId),
                       repository.appliedPosition(projectId, u"forward"_s));
}

Result<RunOutcome> MigrationRun::execute()
{
    QElapsedTimer timer;
    timer.start();
    ProjectRepository repository(m_store);
    auto project = repository.findById(m_projectId);
    if (!project)
        return std::unexpected(project.error());
    ProjectDefinition definition = project->definition;
    m_indexesWithSchema = definition.options.indexes == IndexTiming::WithSchema;
    if (m_outcome.runId.isEmpty())
        m_outcome.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto finish = [&](ProjectState state, const Error *error) -> Result<RunOutcome> {
        m_outcome.seconds = double(timer.elapsed()) / 1000.0;
        // A state that cannot be stored shows as interrupted once the heartbeat stops.
        logIfFailed(lcProject(),
                    repository.setState(m_projectId, state, error ? error->text() : QString()),
                    "the run ended but its state was not stored");
        if (error) {
            logIfFailed(lcProject(),
                        message(error->code == Error::Code::Cancelled ? u"warning"_s : u"error"_s,
                                error->text()),
                        "the project log in the store misses this line");
            return fail(*error);
        }
        return m_outcome;
    };

    // A sync project naming a saved Kafka data source: its settings, the password resolved.
    if (definition.isSync() && !definition.target.kafka) {
        auto kafka = resolveKafkaTarget(definition, m_target, DataSourceRepository(m_store));
        if (!kafka) {
            const Error e = kafka.error();
            return finish(ProjectState::Failed, &e);
        }
        definition.target.kafka = *kafka;
    }

    // Nothing has started yet: a store that cannot say the project runs stops the run.
    if (auto ok = repository.setState(m_projectId, ProjectState::Running); !ok)
        return std::unexpected(ok.error());
    logIfFailed(lcProject(),
                message(u"info"_s,
                        Text::tr("run %1 started: %2 -> %3")
                            .arg(m_outcome.runId.left(8), m_source.displayAddress(),
                                 definition.target.kafka
                                     ? u"Kafka "_s + definition.target.kafka->bootstrapServers
                                     : m_target.displayAddress())),
                "the project log in the store misses this line");

    // A change stream paused at a schema change: decided first, carried out before the
    // precheck reads the target.
    if (auto streams = repository.streams(m_projectId); streams) {
        for (StreamRecord s : *streams) {
            const bool reverseStream = s.stream == u"reverse";
            const QString before = s.ddlDecision;
            if (auto ok = applyDecidedSchemaChange(s, reverseStream ? m_source : m_target); !ok) {
                const Error e = ok.error();
                return finish(ProjectState::Failed, &e);
            }
            if (s.ddlDecision != before) {
                if (auto ok = repository.saveStream(m_projectId, s); !ok) {
                    const Error e = ok.error();
                    return finish(ProjectState::Failed, &e);
                }
                logIfFailed(lcProject(),
                            message(u"info"_s,
                                    Text::tr("schema change applied to the target: %1")
                                        .arg(before == u"apply" ? s.detail : before.mid(4))),
                            "the project log misses this line");
            }
        }
    }

    auto report =
        runPrecheck(definition, m_source, m_target, m_cancel, repository.ownTargets(m_projectId),
                    repository.appliedPosition(m_projectId, u"forward"_s));
    if (!report) {
        const Error e = report.error();
        return finish(
            e.code == Error::Code::Cancelled ? ProjectState::Paused : ProjectState::Failed, &e);
    }
    m_outcome.precheck = *report;
    for (const PrecheckItem &item : report->items)
        if (item.severity == PrecheckItem::Severity::Warning
            || item.severity == PrecheckItem::Severity::Error)
            logIfFailed(
                lcProject(),
                message(item.severity == PrecheckItem::Severity::Error ? u"error"_s : u"warning"_s,
                        Text::tr("precheck: ") + Error::joined(item.message, item.fix)
                            + (item.definition.isEmpty()
                                   ? QString()
                                   : Text::tr("\nDefinition: ") + item.definition)),
                "the project log in the store misses this line");
    if (!report->passed()) {
        const Error e = makeError(Error::Code::InvalidInput,
                                  Text::tr("precheck failed: ") + report->firstError(),
                                  Text::tr("Nothing was written. Fix what the precheck found "
                                           "(listed in the project's log) and "
                                           "run again."));
        return finish(ProjectState::Failed, &e);
    }

    // Types decided from the values go into the project file: a resumed run and the
    // incremental step keep them, whatever the source holds by then.
    ProjectDefinition recorded = definition;
    {
        QStringList decided;
        for (const TablePlan &plan : report->plan.tables)
            for (const TargetColumn &c : plan.target.columns) {
                if (!c.decidedFromValues)
                    continue;
                const TypeDecision d {c.type.declaration, c.type.note};
                if (recorded.mapping.decisions.value(plan.sourceKey).value(c.sourceName) == d)
                    continue;
                recorded.mapping.decisions[plan.sourceKey].insert(c.sourceName, d);
                decided << u"%1.%2 -> %3 (%4)"_s.arg(plan.sourceKey, c.sourceName, d.declaration,
                                                     d.reason);
            }
        if (!decided.isEmpty()) {
            if (auto ok = repository.updateDefinition(m_projectId, recorded); !ok) {
                const Error e = ok.error();
                return finish(ProjectState::Failed, &e);
            }
            logIfFailed(lcProject(),
                        message(u"info"_s,
                                Text::tr("types decided from the source's values, recorded in the "
                                         "project file (options.typeDecisions): %1")
                                    .arg(decided.join(u"; "_s))),
                        "the project log in the store misses this line");
        }
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
        record.state = TableState::Pending;
        record.targetHadRows = report->targetRowCounts.value(plan.target.ref.name) > 0;
        record.rowsEstimate = std::max<qint64>(0, plan.source.rowEstimate);
        if (auto ok = repository.saveTable(m_projectId, record); !ok) {
            const Error e = ok.error();
            return finish(ProjectState::Failed, &e);
        }
    }

    // The project's steps, each made by its factory; a step this version cannot run fails
    // when its turn comes, after the steps before it.
    QHash<QString, std::function<std::unique_ptr<Step>()>> factories = {
        {u"schema"_s,
         [&] {
             auto step = std::make_unique<SchemaStep>(report->plan.tables, report->targetTables,
                                                      m_indexesWithSchema);
             step->setViews(report->plan.views);
             return step;
         }},
        {u"full"_s,
         [&] {
             return std::make_unique<FullCopyStep>(
                 report->plan.tables, definition.options,
                 [this](const FullCopySummary &summary) { m_outcome.full = summary; });
         }},
        {u"incremental"_s,
         [&] {
             auto step = std::make_unique<IncrementalStep>(
                 report->plan.tables, definition.name, definition.incremental, definition.options);
             step->followSchemaChanges(definition.selection());
             return step;
         }},
        {u"verify"_s,
         [&] {
             return std::make_unique<VerifyStep>(
                 verifyMappingOf(recorded), [this](const VerifyReport &report) -> Status {
                     m_outcome.verification = report.toJson(1000);
                     m_outcome.verifyReport = report;
                     return VerificationRepository(m_store).save(m_projectId, report);
                 });
         }},
    };
    // A sync project: a snapshot and the stream, both to Kafka.
    const std::optional<KafkaTarget> kafka = definition.target.kafka;
    if (definition.isSync() && kafka) {
        factories = {
            {u"full"_s,
             [&] {
                 return std::make_unique<SyncSnapshotStep>(report->plan.tables, definition.name,
                                                           *kafka, definition.sync);
             }},
            {u"incremental"_s,
             [&] {
                 return std::make_unique<SyncStreamStep>(report->plan.tables, definition.name,
                                                         *kafka, definition.sync);
             }},
        };
    }
    std::vector<std::unique_ptr<Step>> steps;
    // After a switchover the project runs its reverse increment only: target -> source.
    auto streams = repository.streams(m_projectId);
    if (!streams) {
        const Error e = streams.error();
        return finish(ProjectState::Failed, &e);
    }
    bool reverse = false;
    for (const StreamRecord &s : *streams)
        reverse = reverse || s.stream == u"reverse";
    if (reverse) {
        auto plans = reversedPlans(report->plan.tables, report->targetTables);
        if (!plans) {
            const Error e = plans.error();
            return finish(ProjectState::Failed, &e);
        }
        steps.push_back(std::make_unique<IncrementalStep>(
            *plans, definition.name, definition.incremental, definition.options, u"reverse"_s));
    }
    for (const QString &id : definition.steps) {
        if (reverse)
            break;
        if (!factories.contains(id)) {
            const Error e =
                makeError(Error::Code::Internal, Text::tr("no step is called %1").arg(id));
            return finish(ProjectState::Failed, &e);
        }
        steps.push_back(factories.value(id)());
    }

    ProjectRecords runRecords(m_store, m_projectId);
    ChunkLedger ledger(m_store, m_projectId);
    StepContext context;
    context.source = reverse ? m_target : m_source;
    context.target = reverse ? m_source : m_target;
    context.projectId = m_projectId;
    context.runId = m_outcome.runId;
    context.cancel = m_cancel;
    context.observer = m_observer;
    context.records = &runRecords;
    context.checkpoints = &ledger;
    context.untilCaughtUp = m_untilCaughtUp;
    StepRunner runner(context);
    const Status result = runner.run(steps);
    m_outcome.stepsRun = runner.stepsRun();
    if (!result) {
        const Error e = result.error();
        return finish(
            e.code == Error::Code::Cancelled ? ProjectState::Paused : ProjectState::Failed, &e);
    }
    logIfFailed(lcProject(), repository.setProgress(m_projectId, 1.0),
                "the progress bar may stop short of 100 %");
    if (reverse || definition.hasStep(u"incremental"_s)) {
        // The stream stopped at a clean point, caught up: the project goes on from there.
        m_outcome.caughtUp = true;
        return finish(ProjectState::Paused, nullptr);
    }
    m_outcome.completed = true;
    return finish(ProjectState::Completed, nullptr);
}

} // namespace ferry

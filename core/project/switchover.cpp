#include "switchover.h"

#include "cdc/incrementalstep.h"
#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "migrationrun.h"
#include "pipeline/stepcontext.h"
#include "projectrecords.h"
#include "projectrepository.h"
#include "projectverification.h"

#include <QElapsedTimer>

#include <thread>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr int kSteps = Switchover::kSteps;

Result<StreamRecord> forwardStream(ProjectRepository &repository, qint64 projectId)
{
    auto streams = repository.streams(projectId);
    if (!streams)
        return std::unexpected(streams.error());
    for (const StreamRecord &s : *streams)
        if (s.stream == u"forward")
            return s;
    return fail(
        Error::Code::InvalidInput, Text::tr("the project's incremental step has not started"),
        Text::tr("Run the project (ferry run FILE) until its incremental step streams, then "
                 "switch over."));
}

} // namespace

Switchover::Switchover(std::shared_ptr<MetaStore> store, qint64 projectId, Endpoint source,
                       Endpoint target, RunObserver *observer, CancelToken cancel)
    : m_store(std::move(store))
    , m_projectId(projectId)
    , m_source(std::move(source))
    , m_target(std::move(target))
    , m_observer(observer)
    , m_cancel(std::move(cancel))
{ }

Result<SwitchoverOutcome> Switchover::execute(const StepReport &report)
{
    QElapsedTimer timer;
    timer.start();
    ProjectRepository repository(m_store);
    auto project = repository.findById(m_projectId);
    if (!project)
        return std::unexpected(project.error());
    const ProjectDefinition &definition = project->definition;
    const auto log = [&](const QString &level, const QString &text) {
        logIfFailed(lcProject(), repository.log(m_projectId, level, text),
                    "the project log misses this line");
    };
    const auto step = [&](int n, const QString &text) {
        log(u"info"_s, Text::tr("switchover %1/%2: %3").arg(n).arg(kSteps).arg(text));
        if (report)
            report(n, kSteps, text);
    };
    if (!definition.hasStep(u"incremental"_s))
        return fail(Error::Code::InvalidInput,
                    Text::tr("project '%1' has no incremental step to switch over from")
                        .arg(definition.name),
                    Text::tr("Add \"incremental\" to the project's steps and run it first."));
    auto streams = repository.streams(m_projectId);
    if (!streams)
        return std::unexpected(streams.error());
    for (const StreamRecord &s : *streams)
        if (s.stream == u"reverse")
            return fail(Error::Code::Conflict,
                        Text::tr("project '%1' was switched over already (%2)")
                            .arg(definition.name, s.detail),
                        Text::tr("Run it (ferry run FILE) to keep the old database in step."));

    // 1. Catch up.
    step(1, Text::tr("catching up with %1").arg(m_source.displayAddress()));
    const auto catchUp = [&]() -> Status {
        MigrationRun run(m_store, m_projectId, m_source, m_target, m_observer, m_cancel);
        run.setUntilCaughtUp(true);
        auto outcome = run.execute();
        if (!outcome)
            return fail(outcome.error());
        return {};
    };
    if (auto ok = catchUp(); !ok)
        return fail(ok.error());
    auto before = forwardStream(repository, m_projectId);
    if (!before)
        return std::unexpected(before.error());

    // 2. A quiet source: no change of the project's tables for quietSeconds.
    const int quiet = definition.incremental.quietSeconds;
    step(2,
         Text::tr("checking that %1 has no writes for %2 s")
             .arg(m_source.displayAddress())
             .arg(quiet));
    for (int waited = 0; waited < quiet * 10; ++waited) {
        if (m_cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("switchover stopped"),
                        Text::tr("Nothing was switched: run the project, and switch over again."));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (auto ok = catchUp(); !ok)
        return fail(ok.error());
    auto after = forwardStream(repository, m_projectId);
    if (!after)
        return std::unexpected(after.error());
    if (after->events != before->events)
        return fail(
            Error::Code::Conflict,
            Text::tr("%1 is still being written: %2 change(s) to the project's tables in the "
                     "last %3 s")
                .arg(m_source.displayAddress())
                .arg(after->events - before->events)
                .arg(quiet),
            Text::tr("Stop the applications that write to %1, then switch over again (nothing "
                     "was switched).")
                .arg(m_source.displayAddress()));

    // 3. The final verification of the tables the stream changed.
    SwitchoverOutcome outcome;
    ProjectDefinition changed = definition;
    changed.include.clear();
    for (auto it = after->tables.cbegin(); it != after->tables.cend(); ++it)
        if (it->inserts + it->updates + it->deletes > 0)
            changed.include << it.key();
    if (changed.include.isEmpty()) {
        step(3, Text::tr("final verification: no table changed since the full step"));
    } else {
        step(3, Text::tr("final verification of %1 changed table(s)").arg(changed.include.size()));
        auto verified =
            verifyProject(changed, m_source, m_target, m_cancel, m_observer, {}, m_projectId);
        if (!verified)
            return std::unexpected(verified.error());
        logIfFailed(lcProject(), VerificationRepository(m_store).save(m_projectId, *verified),
                    "the final verification is not kept in the store");
        if (!verified->consistent())
            return fail(
                Error::Code::Mismatch,
                Text::tr("the final verification found differences: %1").arg(verified->summary()),
                Text::tr("Nothing was switched. See the project's verification report, correct "
                         "the target, and switch over again."));
        for (const TableVerification &t : std::as_const(verified->tables))
            outcome.verifiedTables << t.source;
        outcome.verifiedRows = verified->rows();
    }

    // 4. The positions, the reverse capture installed on the target first. From here on the
    // switch is carried through as one: a stop is no longer honoured (a reverse stream
    // recorded without the forward one marked would leave the project half switched).
    step(4, Text::tr("recording the switchover positions"));
    const CancelToken carryThrough;
    auto precheck =
        MigrationRun::precheckOnly(m_store, m_projectId, m_source, m_target, carryThrough);
    if (!precheck)
        return std::unexpected(precheck.error());
    auto plans = reversedPlans(precheck->plan.tables, precheck->targetTables);
    if (!plans)
        return std::unexpected(plans.error());
    ProjectRecords records(m_store, m_projectId);
    StepContext context;
    context.source = m_target;
    context.target = m_source;
    context.projectId = m_projectId;
    context.cancel = carryThrough;
    context.observer = m_observer;
    context.records = &records;
    IncrementalStep reverse(*plans, definition.name, definition.incremental, definition.options,
                            u"reverse"_s);
    if (auto ok = reverse.anchor(context); !ok)
        return fail(ok.error());
    auto all = repository.streams(m_projectId);
    if (!all)
        return std::unexpected(all.error());
    for (const StreamRecord &s : *all)
        if (s.stream == u"reverse")
            outcome.reversePosition = s.appliedPosition;
    outcome.forwardPosition = after->appliedPosition;
    StreamRecord forward = *after;
    forward.state = u"switched-over"_s;
    forward.detail =
        Text::tr("switched over at source position %1; the reverse increment starts at "
                 "target position %2")
            .arg(outcome.forwardPosition, outcome.reversePosition);
    if (auto ok = repository.saveStream(m_projectId, forward); !ok)
        return std::unexpected(ok.error());

    // 5. The forward stream ends for good; its capture on the source is released.
    step(5,
         Text::tr("stopping the forward stream and releasing its capture on %1")
             .arg(m_source.displayAddress()));
    if (auto ok = repository.setStep(m_projectId, u"incremental"_s, StepState::Done); !ok)
        return std::unexpected(ok.error());
    CaptureScope scope;
    scope.project = definition.name;
    for (const TablePlan &p : std::as_const(precheck->plan.tables))
        scope.tables.append(p.source);
    auto reader = Driver::forEngine(m_source.engine).makeChangeReader(m_source, scope);
    if (!reader)
        return std::unexpected(reader.error());
    if (auto ok = (*reader)->release(); !ok)
        log(u"warning"_s,
            Text::tr("switchover: the forward capture on %1 was not released: %2")
                .arg(m_source.displayAddress(), ok.error().text()));
    outcome.seconds = double(timer.elapsed()) / 1000.0;
    log(u"info"_s, forward.detail);
    return outcome;
}

} // namespace ferry

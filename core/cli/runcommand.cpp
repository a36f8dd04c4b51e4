#include "runcommand.h"

#include "alerts/alertmonitor.h"
#include "alerts/retentionfromrisks.h"
#include "arguments.h"
#include "common/language.h"
#include "context.h"
#include "monitor/metricsserver.h"
#include "monitor/prometheustext.h"
#include "pipeline/componentregistry.h"
#include "project/migrationrun.h"
#include "project/projectlock.h"
#include "project/projectrepository.h"
#include "project/projectservice.h"
#include "project/runheartbeat.h"
#include "signalwatcher.h"
#include "store/metastore.h"
#include "terminal.h"
#include "terminalprogress.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(
        R"(Usage: ferry [--store PATH] run FILE [--until-caught-up] [--metrics HOST:PORT] [--json] [--quiet]

Runs the project described by FILE (JSON, see docs/project-file.md): precheck, then its
steps in order (schema, full, incremental, verify; a sync project: full, incremental into
Kafka). Running the same file again
resumes the project of that name from its checkpoints; finished steps are not redone. Ctrl-C
(SIGINT) or SIGTERM stops at a checkpoint.

With "incremental" in its steps the run keeps the target in step with the source until it is
stopped: Ctrl-C or SIGTERM then stop it at a clean point (exit 0 once the other steps are
done), and the next run goes on from the position the target committed.

Options:
  --until-caught-up  stop the incremental step (exit 0) once it has applied every change the
                     source committed by the time the other steps ended
  --metrics HOST:PORT  serve /metrics (Prometheus text: this run's components and the host)
                     on HOST:PORT while the run lasts; ":PORT" is 127.0.0.1, port 0 any free
                     one (stderr names it); see docs/monitoring.md
  --json             print the outcome as JSON on stdout (progress is not shown)
  --quiet            no progress, only warnings and errors on stderr

Exit codes: 0 every step done (or the stream stopped at a clean point), 1 a step failed or
the run was stopped before its finite steps ended (one line on stderr says why), 2 a bad
project file or usage, 3 verification found differences.
)");
}

QJsonObject outcomeJson(const ProjectRecord &project, const RunOutcome &outcome,
                        const QList<TableRecord> &tables, const QList<StepRecord> &steps,
                        const std::optional<Error> &error)
{
    QJsonObject o;
    o[u"ok"_s] = !error.has_value();
    o[u"project"_s] = project.name();
    o[u"runId"_s] = outcome.runId;
    o[u"completed"_s] = outcome.completed;
    o[u"caughtUp"_s] = outcome.caughtUp;
    o[u"seconds"_s] = outcome.seconds;
    QJsonArray stepList;
    for (const StepRecord &s : steps) {
        QJsonObject step {{u"step"_s, s.step}, {u"state"_s, stateId(s.state)}};
        if (!s.error.isEmpty())
            step[u"error"_s] = s.error;
        stepList.append(step);
    }
    o[u"steps"_s] = stepList;
    QJsonArray tableList;
    for (const TableRecord &t : tables)
        tableList.append(QJsonObject {{u"source"_s, t.sourceTable},
                                      {u"target"_s, t.targetTable},
                                      {u"state"_s, stateId(t.state)},
                                      {u"rows"_s, t.rowsDone},
                                      {u"skipped"_s, t.rowsSkipped},
                                      {u"bytes"_s, t.bytesDone},
                                      {u"error"_s, t.error}});
    o[u"tables"_s] = tableList;
    if (outcome.full) {
        o[u"rows"_s] = outcome.full->rows;
        o[u"bytes"_s] = outcome.full->bytes;
        o[u"rowsPerSecond"_s] =
            outcome.full->seconds > 0 ? double(outcome.full->rows) / outcome.full->seconds : 0.0;
    }
    if (!outcome.precheck.items.isEmpty())
        o[u"precheck"_s] = outcome.precheck.toJson();
    if (outcome.verification)
        o[u"verification"_s] = *outcome.verification;
    if (error)
        o[u"error"_s] = QJsonObject {{u"code"_s, Error::codeName(error->code)},
                                     {u"message"_s, error->message},
                                     {u"fix"_s, error->fix}};
    return o;
}

// What the run did not carry, with each definition: never dropped without a word.
void printNotCarried(Context &ctx, const QList<NotCarried> &list)
{
    if (ctx.json() || list.isEmpty())
        return;
    ctx.out() << Text::tr("Not carried to the target (%1):").arg(list.size()) << Qt::endl;
    for (const NotCarried &n : sortedForDisplay(list)) {
        ctx.out() << "  " << NotCarried::kindTitle(n.kind) << ' ' << n.object << ": " << n.reason
                  << Qt::endl;
        if (!n.definition.isEmpty())
            ctx.out() << "    " << QString(n.definition).replace(u'\n', u"\n    "_s) << Qt::endl;
    }
}

// The partitioned tables the target holds partitioned as the source does.
void printPartitioned(Context &ctx, const QList<TablePlan> &tables)
{
    if (ctx.json())
        return;
    for (const TablePlan &t : tables)
        if (!t.target.partitioning.isEmpty())
            ctx.out() << Text::tr("Table %1: partitioned as on the source (%2).")
                             .arg(t.target.ref.display(), t.target.partitioning.describe())
                      << Qt::endl;
}

} // namespace

int runRunCommand(Context &ctx, const QStringList &args)
{
    Arguments a({u"metrics"_s}, {u"help"_s, u"quiet"_s, u"until-caught-up"_s});
    if (auto done =
            ctx.parse(a, args, helpText(), 1, Text::tr("run needs exactly one project FILE")))
        return *done;
    if (a.has(u"metrics"_s))
        if (auto address = MetricsServer::parseBindAddress(a.value(u"metrics"_s)); !address)
            return ctx.fail(address.error());
    auto locked = ctx.lockProjectFile(a.positionals().first(), u"start"_s);
    if (!locked)
        return ctx.fail(locked.error());
    const auto &[definition, store, source, target] = static_cast<const OpenedProject &>(*locked);
    const ProjectRecord &project = locked->project;
    ComponentRegistry::instance().setProjectName(project.id, project.name());
    HostResources host(store->path());
    MetricsServer metrics([&host] {
        auto sample = host.sample();
        return prometheusText(ComponentRegistry::instance().snapshot(),
                              sample ? std::optional<ResourceSample>(*sample) : std::nullopt);
    });
    if (a.has(u"metrics"_s)) {
        if (auto ok = metrics.start(a.value(u"metrics"_s)); !ok)
            return ctx.fail(ok.error());
        ctx.err() << "ferry: " << Text::tr("serving /metrics on %1").arg(metrics.url()) << Qt::endl;
    }

    TerminalProgress progress(!ctx.json() && terminal::stdoutIsTerminal(),
                              ctx.json() || a.has(u"quiet"_s));
    CancelToken cancel;
    std::optional<Error> error;
    RunOutcome outcome;
    int signal = 0;
    {
        SignalWatcher watcher(cancel, &progress);
        const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RunHeartbeat heartbeat(store, project.id, runId);
        if (auto ok = heartbeat.start(); !ok)
            return ctx.fail(ok.error());
        // The alert rules are evaluated during headless runs too, on their own thread.
        AlertMonitor alerts(store, nonInteractiveSecrets(ctx.storePath()));
        alerts.setRetentionProvider(
            riskBoardRetention(store, nonInteractiveSecrets(ctx.storePath())));
        alerts.start();
        MigrationRun run(store, project.id, source, target, &progress, cancel);
        run.setRunId(runId);
        run.setUntilCaughtUp(a.has(u"until-caught-up"_s));
        auto result = run.execute();
        outcome = run.outcome();
        if (result)
            outcome = *result;
        else
            error = result.error();
        signal = watcher.signal();
        // What the run left (a failure among them) is alerted before the process ends.
        alerts.stop(true);
    }
    progress.finish();

    ProjectRepository projects(store);
    auto tables = projects.tables(project.id);
    auto steps = projects.steps(project.id);
    if (ctx.json())
        ctx.printJson(outcomeJson(project, outcome, tables.value_or(QList<TableRecord>()),
                                  steps.value_or(QList<StepRecord>()), error));
    // A stream stopped by a signal after the finite steps ended stopped where it should.
    if (error && error->code == Error::Code::Cancelled && signal != 0
        && definition.hasStep(u"incremental"_s) && steps) {
        bool finiteDone = true;
        for (const StepRecord &s : *steps)
            finiteDone = finiteDone && (s.step == u"incremental" || isSettled(s.state));
        if (finiteDone) {
            if (!ctx.json())
                ctx.out() << Text::tr("Project %1: incremental synchronization stopped by %2 at a "
                                      "clean point; run it again to go on.")
                                 .arg(project.name(), SignalWatcher::name(signal))
                          << Qt::endl;
            return Ok;
        }
    }
    if (error) {
        printNotCarried(ctx, outcome.precheck.plan.notCarried);
        Error e = *error;
        if (signal != 0 && e.code == Error::Code::Cancelled)
            e.message = Text::tr("project '%1' stopped by %2 at a checkpoint")
                            .arg(project.name(), SignalWatcher::name(signal));
        ctx.err() << "ferry: " << e.text() << Qt::endl;
        // The file was good: whatever stopped the run is a failed step, or differences.
        return e.code == Error::Code::Mismatch ? Differences : Failed;
    }
    if (!ctx.json() && outcome.caughtUp) {
        ctx.out() << Text::tr("Project %1 caught up in %2; run it again to go on.")
                         .arg(project.name(), formatDuration(outcome.seconds))
                  << Qt::endl;
        return Ok;
    }
    printPartitioned(ctx, outcome.precheck.plan.tables);
    printNotCarried(ctx, outcome.precheck.plan.notCarried);
    if (!ctx.json()) {
        const QString took = formatDuration(outcome.seconds);
        if (outcome.full)
            ctx.out() << Text::tr("Project %1 completed in %2: %3 rows, %4 rows/s.")
                             .arg(project.name(), took)
                             .arg(outcome.full->rows)
                             .arg(formatCount(outcome.full->seconds > 0 ? double(outcome.full->rows)
                                                      / outcome.full->seconds
                                                                        : 0));
        else
            ctx.out() << Text::tr("Project %1 completed in %2.").arg(project.name(), took);
        ctx.out() << Qt::endl;
    }
    return Ok;
}

} // namespace ferry::cli

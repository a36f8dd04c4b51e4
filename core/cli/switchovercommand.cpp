#include "switchovercommand.h"

#include "arguments.h"
#include "common/language.h"
#include "context.h"
#include "project/projectservice.h"
#include "project/runheartbeat.h"
#include "project/switchover.h"
#include "signalwatcher.h"
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
    return Text::tr(R"(Usage: ferry [--store PATH] switchover FILE [--json]

Switches the project FILE describes over from its source to its target (OMS's forward
switchover), one step at a time:
  1. catch up: apply everything the source committed;
  2. check that the source had no writes to the project's tables for incremental.quietSeconds
     (default 5 s);
  3. verify the tables the incremental step changed (every row identical, or no switch);
  4. record the switchover positions on both sides (the target's capture is installed first);
  5. stop the forward stream for good and release its capture on the source.
Then `ferry run FILE` keeps the old source in step with the target (the reverse increment),
skipping the transactions Ferry applied itself, so the old database stays a live fallback.
A failure before step 4 switches nothing: fix what it names and switch over again.

Exit codes: 0 switched over, 1 a step failed (one line on stderr says which and why),
2 bad usage or project file, 3 the final verification found differences.
)");
}

} // namespace

int runSwitchoverCommand(Context &ctx, const QStringList &args)
{
    Arguments a({}, {u"help"_s});
    if (auto done = ctx.parse(a, args, helpText(), 1,
                              Text::tr("switchover needs exactly one project FILE")))
        return *done;
    auto locked = ctx.lockProjectFile(a.positionals().first(), u"switch over"_s);
    if (!locked)
        return ctx.fail(locked.error());
    const auto &[definition, store, source, target] = static_cast<const OpenedProject &>(*locked);
    const ProjectRecord &project = locked->project;

    TerminalProgress progress(false, true);
    CancelToken cancel;
    Result<SwitchoverOutcome> outcome = SwitchoverOutcome {};
    {
        SignalWatcher watcher(cancel, &progress);
        const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RunHeartbeat heartbeat(store, project.id, runId);
        if (auto ok = heartbeat.start(); !ok)
            return ctx.fail(ok.error());
        Switchover switchover(store, project.id, source, target, &progress, cancel);
        outcome = switchover.execute([&](int step, int steps, const QString &text) {
            if (!ctx.json())
                ctx.out() << '[' << step << '/' << steps << "] " << text << Qt::endl;
        });
    }
    if (ctx.json()) {
        QJsonObject o {{u"ok"_s, outcome.has_value()}, {u"project"_s, project.name()}};
        if (outcome) {
            o[u"forwardPosition"_s] = outcome->forwardPosition;
            o[u"reversePosition"_s] = outcome->reversePosition;
            o[u"verifiedTables"_s] = QJsonArray::fromStringList(outcome->verifiedTables);
            o[u"verifiedRows"_s] = outcome->verifiedRows;
            o[u"seconds"_s] = outcome->seconds;
        } else {
            o[u"error"_s] = QJsonObject {{u"code"_s, Error::codeName(outcome.error().code)},
                                         {u"message"_s, outcome.error().message},
                                         {u"fix"_s, outcome.error().fix}};
        }
        ctx.printJson(o);
    }
    if (!outcome) {
        ctx.err() << "ferry: " << outcome.error().text() << Qt::endl;
        return outcome.error().code == Error::Code::Mismatch ? Differences : Failed;
    }
    if (!ctx.json())
        ctx.out() << Text::tr("Project %1 switched over in %2: the source applied through %3; the "
                              "reverse increment starts at %4. Run the project again to keep %5 "
                              "in step.")
                         .arg(project.name(), formatDuration(outcome->seconds),
                              outcome->forwardPosition, outcome->reversePosition,
                              source.displayAddress())
                  << Qt::endl;
    return Ok;
}

} // namespace ferry::cli

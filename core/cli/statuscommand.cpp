#include "statuscommand.h"

#include "arguments.h"
#include "common/durationtext.h"
#include "common/language.h"
#include "context.h"
#include "monitor/componentrepository.h"
#include "monitor/metricshistory.h"
#include "pipeline/streamstate.h"
#include "project/projectservice.h"
#include "terminal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] status [NAME] [--json]
       ferry [--store PATH] status [NAME] --metrics 1h|24h|7d [--component NAME] [--csv|--json]

Where migration projects stand, as their runs last saved it, and the pipeline components
(readers, writers, change readers, appliers, verifiers, sinks) of the runs on this machine
with their current figures; a component whose process is gone shows as dead.

Without NAME: one line per project with its state, steps, and the state and lag of its
incremental ("forward") change stream.
With NAME: the project's state, each step's state and, for each change stream (forward,
reverse), its state, read and applied positions, the source commit time of the last applied
transaction, the lag, events per second, transactions, per-table inserts, updates and deletes,
and what it waits for or why it failed.

With --metrics: the metrics history (rows/s, bytes/s, events/s, queue depth, retries, errors,
lag by stage; the host's CPU, memory and disk without NAME) over the last hour, day or week,
averaged per 10 s, 1 min or 10 min, as CSV (time,project,component,metric,value) or JSON.

Options:
  --json     machine-readable output on stdout (docs/cli.md describes it)
  --metrics RANGE    the metrics history of the last 1h, 24h or 7d
  --component NAME   with --metrics: only this component ("" for the project's totals)
  --csv      with --metrics: CSV on stdout (the default)
Exit codes: 0 ok, 1 failed (the store could not be read, or the project NAME or one of its
streams has failed), 2 bad usage or no project of that name.
)");
}

const QString kNone = u"-"_s;

QString endpointText(const EndpointSpec &spec)
{
    return spec.text();
}

// "850 ms", "1.2 s", "3 min 5 s", "2 h 14 min"; "unknown" before the first measure.
QString lagText(qint64 ms)
{
    return ms < 0 ? u"unknown"_s : durationText(ms);
}

// The lag as the text output shows it: the exact figure, and the readable one past a second.
QString lagLine(qint64 ms)
{
    if (ms < 1000)
        return lagText(ms);
    return u"%1 ms (%2)"_s.arg(ms).arg(lagText(ms));
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC"_s : kNone;
}

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString rateText(double perSecond)
{
    return QString::number(perSecond, 'f', 1);
}

const StreamRecord *forwardStream(const QList<StreamRecord> &streams)
{
    for (const StreamRecord &s : streams)
        if (s.stream == u"forward")
            return &s;
    return nullptr;
}

bool streamFailed(const StreamRecord &s)
{
    return stateFromId<StreamState>(s.state) == StreamState::Failed;
}

// Saved as moving by a run that is gone: the state is where that run was, not where it is.
bool staleState(const ProjectRecord &project, const StreamRecord &s)
{
    const auto state = stateFromId<StreamState>(s.state);
    return project.state != ProjectState::Running && state && isMoving(*state);
}

QJsonObject streamJson(const StreamRecord &s)
{
    QJsonArray tables;
    for (auto it = s.tables.cbegin(); it != s.tables.cend(); ++it)
        tables.append(QJsonObject {{u"table"_s, it.key()},
                                   {u"inserts"_s, it->inserts},
                                   {u"updates"_s, it->updates},
                                   {u"deletes"_s, it->deletes}});
    return {{u"stream"_s, s.stream},
            {u"state"_s, s.state},
            {u"readPosition"_s, s.readPosition},
            {u"appliedPosition"_s, s.appliedPosition},
            {u"lastCommitAt"_s, timeJson(s.lastCommitAt)},
            {u"appliedAt"_s, timeJson(s.appliedAt)},
            {u"lagMs"_s, s.lagMs < 0 ? QJsonValue() : QJsonValue(s.lagMs)},
            {u"lag"_s, lagText(s.lagMs)},
            {u"eventsPerSecond"_s, s.eventsPerSecond},
            {u"transactions"_s, s.transactions},
            {u"events"_s, s.events},
            {u"tables"_s, tables},
            {u"detail"_s, s.detail},
            {u"updatedAt"_s, timeJson(s.updatedAt)}};
}

QString shortTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(u"HH:mm:ss"_s) : kNone;
}

QString lagsText(const ComponentSnapshot &c)
{
    if (c.lagReadMs < 0 && c.lagQueueMs < 0 && c.lagApplyMs < 0)
        return kNone;
    auto one = [](qint64 ms) {
        return ms < 0 ? kNone : QString::number(ms);
    };
    return one(c.lagReadMs) + u'/' + one(c.lagQueueMs) + u'/' + one(c.lagApplyMs);
}

// The components as a table: one line each; a dead one says since when.
void printComponents(QTextStream &o, const QList<ComponentSnapshot> &components, bool withProject)
{
    if (components.isEmpty())
        return;
    const QStringList header {
        Text::tr("PROJECT"), Text::tr("COMPONENT"), Text::tr("STATE"),  u"PID"_s,
        Text::tr("OBJECT"),  Text::tr("POSITION"),  Text::tr("ROWS/S"), Text::tr("EVENTS/S"),
        Text::tr("QUEUE"),   Text::tr("RETRIES"),   Text::tr("ERRORS"), Text::tr("LAG R/Q/A MS"),
        Text::tr("UPDATED")};
    QList<QStringList> rows;
    for (const ComponentSnapshot &c : components) {
        const bool dead = c.state == ComponentState::Dead;
        rows.append(
            {c.project, c.name,
             dead ? Text::tr("dead since %1").arg(shortTime(c.stoppedAt)) : stateId(c.state),
             QString::number(c.pid), c.object.isEmpty() ? kNone : c.object,
             c.position.isEmpty() ? kNone : c.position, rateText(c.rowsPerSecond),
             rateText(c.eventsPerSecond), QString::number(c.queueDepth), QString::number(c.retries),
             QString::number(c.errors), lagsText(c), shortTime(c.updatedAt)});
    }
    const int first = withProject ? 0 : 1;
    QList<int> widths(header.size(), 0);
    for (int i = first; i < header.size(); ++i) {
        widths[i] = terminal::displayWidth(header[i]);
        for (const QStringList &r : std::as_const(rows))
            widths[i] = std::max(widths[i], terminal::displayWidth(r[i]));
    }
    auto line = [&](const QStringList &cells) {
        QString text = u"  "_s;
        for (int i = first; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? terminal::padded(cells[i], widths[i] + 2) : cells[i];
        o << text << '\n';
    };
    o << Text::tr("Components") << ":\n";
    line(header);
    for (const QStringList &r : std::as_const(rows))
        line(r);
}

QJsonArray componentsJson(const QList<ComponentSnapshot> &components)
{
    QJsonArray out;
    for (const ComponentSnapshot &c : components)
        out.append(c.toJson());
    return out;
}

int metricsHistory(Context &ctx, const Arguments &a)
{
    const QString range = a.value(u"metrics"_s);
    const qint64 seconds = range == u"1h" ? 3600
        : range == u"24h"                 ? 86400
        : range == u"7d"                  ? 604800
                                          : 0;
    if (seconds == 0)
        return ctx.usage(Text::tr("--metrics takes 1h, 24h or 7d, not '%1'").arg(range),
                         helpText());
    if (a.has(u"csv"_s) && ctx.json())
        return ctx.usage(Text::tr("--csv and --json: choose one"), helpText());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    qint64 projectId = -1;
    if (!a.positionals().isEmpty()) {
        auto service = ctx.projects();
        if (!service)
            return ctx.fail(service.error());
        auto found = (*service)->find(a.positionals().first());
        if (!found) {
            Error e = found.error();
            if (e.code == Error::Code::NotFound)
                e.fix = Text::tr("See the projects with 'ferry status'.");
            return ctx.fail(e);
        }
        projectId = found->id;
    }
    const QDateTime to = QDateTime::currentDateTimeUtc();
    auto points = MetricsHistory(*store).query(
        to.addSecs(-seconds), to, MetricsHistory::bucketFor(seconds), projectId,
        a.has(u"component"_s) ? a.value(u"component"_s) : u"*"_s);
    if (!points)
        return ctx.fail(points.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const MetricPoint &p : std::as_const(*points))
            list.append(QJsonObject {{u"time"_s, p.at.toString(Qt::ISODate)},
                                     {u"project"_s, p.project},
                                     {u"component"_s, p.component},
                                     {u"metric"_s, p.metric},
                                     {u"value"_s, p.value}});
        ctx.printJson({{u"ok"_s, true},
                       {u"range"_s, range},
                       {u"bucketSeconds"_s, MetricsHistory::bucketFor(seconds)},
                       {u"points"_s, list}});
        return Ok;
    }
    ctx.out() << MetricsHistory::toCsv(*points);
    ctx.out().flush();
    return Ok;
}

int list(Context &ctx, ProjectService &service)
{
    auto all = service.list();
    if (!all)
        return ctx.fail(all.error());
    struct Line
    {
        ProjectRecord project;
        std::optional<StreamRecord> forward;
    };
    auto forward = service.forwardStreams();
    if (!forward)
        return ctx.fail(forward.error());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto listed = ComponentRepository(*store).list();
    if (!listed)
        return ctx.fail(listed.error());
    const QList<ComponentSnapshot> components = *listed;
    QList<Line> lines;
    for (const ProjectRecord &p : std::as_const(*all)) {
        const auto stream = forward->constFind(p.id);
        lines.append({p, stream != forward->cend() ? std::optional(*stream) : std::nullopt});
    }
    if (ctx.json()) {
        QJsonArray projects;
        for (const Line &l : std::as_const(lines))
            projects.append(QJsonObject {
                {u"name"_s, l.project.name()},
                {u"state"_s, projectStateId(l.project.state)},
                {u"steps"_s, QJsonArray::fromStringList(l.project.definition.steps)},
                {u"stream"_s, l.forward ? QJsonValue(l.forward->state) : QJsonValue()},
                {u"lagMs"_s,
                 l.forward && l.forward->lagMs >= 0 ? QJsonValue(l.forward->lagMs) : QJsonValue()},
                {u"lag"_s, l.forward ? QJsonValue(lagText(l.forward->lagMs)) : QJsonValue()}});
        ctx.printJson({{u"ok"_s, true},
                       {u"projects"_s, projects},
                       {u"components"_s, componentsJson(components)}});
        return Ok;
    }
    if (lines.isEmpty()) {
        ctx.out() << Text::tr("No projects. Run one with: ferry run project.json") << '\n';
        ctx.out().flush();
        return Ok;
    }
    int nameWidth = terminal::displayWidth(Text::tr("NAME"));
    int stepsWidth = terminal::displayWidth(Text::tr("STEPS"));
    for (const Line &l : std::as_const(lines)) {
        nameWidth = std::max(nameWidth, terminal::displayWidth(l.project.name()));
        stepsWidth = std::max(stepsWidth, int(l.project.definition.steps.join(u", "_s).size()));
    }
    QTextStream &o = ctx.out();
    o << terminal::padded(Text::tr("NAME"), nameWidth) << "  "
      << terminal::padded(Text::tr("STATE"), 11) << "  "
      << terminal::padded(Text::tr("STEPS"), stepsWidth) << "  "
      << terminal::padded(Text::tr("STREAM"), 11) << "  " << Text::tr("LAG") << '\n';
    for (const Line &l : std::as_const(lines))
        o << terminal::padded(l.project.name(), nameWidth) << "  "
          << terminal::padded(projectStateName(l.project.state), 11) << "  "
          << l.project.definition.steps.join(u", "_s).leftJustified(stepsWidth) << "  "
          << (l.forward ? l.forward->state : kNone).leftJustified(11) << "  "
          << (l.forward ? lagText(l.forward->lagMs) : kNone) << '\n';
    if (!components.isEmpty())
        o << '\n';
    printComponents(o, components, true);
    o.flush();
    return Ok;
}

void printStream(QTextStream &o, const ProjectRecord &project, const StreamRecord &s)
{
    o << (staleState(project, s)
              ? Text::tr("Stream %1: %2 (as its last run saved it; the project is not running)")
              : Text::tr("Stream %1: %2"))
             .arg(s.stream, s.state)
      << '\n';
    auto field = [&o](const QString &label, const QString &value) {
        o << "  " << terminal::label(label, 20) << value << '\n';
    };
    field(Text::tr("Read position"), s.readPosition.isEmpty() ? kNone : s.readPosition);
    field(Text::tr("Applied position"), s.appliedPosition.isEmpty() ? kNone : s.appliedPosition);
    field(Text::tr("Last source commit"), timeText(s.lastCommitAt));
    field(Text::tr("Applied at"), timeText(s.appliedAt));
    field(Text::tr("Lag"), lagLine(s.lagMs));
    field(Text::tr("Events/s"), rateText(s.eventsPerSecond));
    field(Text::tr("Transactions"), QString::number(s.transactions));
    field(Text::tr("Events"), QString::number(s.events));
    field(Text::tr("Saved at"), timeText(s.updatedAt));
    if (!s.detail.isEmpty())
        field(Text::tr("Detail"), s.detail);
    if (s.tables.isEmpty()) {
        field(Text::tr("Tables"), Text::tr("no changes yet"));
        return;
    }
    int width = terminal::displayWidth(Text::tr("TABLE"));
    for (auto it = s.tables.cbegin(); it != s.tables.cend(); ++it)
        width = std::max(width, terminal::displayWidth(it.key()));
    auto right = [](const QString &text, int columns) -> QString {
        return QString(std::max(0, columns - terminal::displayWidth(text)), u' ') + text;
    };
    o << "  " << terminal::padded(Text::tr("TABLE"), width) << right(Text::tr("INSERTS"), 10)
      << right(Text::tr("UPDATES"), 10) << right(Text::tr("DELETES"), 10) << '\n';
    for (auto it = s.tables.cbegin(); it != s.tables.cend(); ++it)
        o << "  " << terminal::padded(it.key(), width)
          << QString::number(it->inserts).rightJustified(10)
          << QString::number(it->updates).rightJustified(10)
          << QString::number(it->deletes).rightJustified(10) << '\n';
}

int show(Context &ctx, ProjectService &service, const QString &name)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto found = service.find(name);
    if (!found) {
        Error e = found.error();
        if (e.code == Error::Code::NotFound)
            e.fix = Text::tr("See the projects with 'ferry status' (or 'ferry project list').");
        return ctx.fail(e);
    }
    auto o = service.overview(found->id, 0, 0, false);
    if (!o)
        return ctx.fail(o.error());
    const ProjectRecord &p = o->project;
    auto listed = ComponentRepository(*store).list(p.id);
    if (!listed)
        return ctx.fail(listed.error());
    const QList<ComponentSnapshot> components = *listed;
    const bool incremental = p.definition.hasStep(u"incremental"_s);
    const StreamRecord *failedStream = nullptr;
    for (const StreamRecord &s : std::as_const(o->streams))
        if (!failedStream && streamFailed(s))
            failedStream = &s;

    if (ctx.json()) {
        QJsonArray steps, streams;
        for (const StepRecord &s : std::as_const(o->steps))
            steps.append(QJsonObject {{u"step"_s, s.step},
                                      {u"state"_s, stateId(s.state)},
                                      {u"startedAt"_s, timeJson(s.startedAt)},
                                      {u"finishedAt"_s, timeJson(s.finishedAt)},
                                      {u"error"_s, s.error}});
        for (const StreamRecord &s : std::as_const(o->streams))
            streams.append(streamJson(s));
        ctx.printJson({{u"ok"_s, true},
                       {u"project"_s,
                        QJsonObject {{u"name"_s, p.name()},
                                     {u"state"_s, projectStateId(p.state)},
                                     {u"source"_s, endpointText(p.definition.source)},
                                     {u"target"_s, endpointText(p.definition.target)},
                                     {u"lastError"_s, p.lastError},
                                     {u"steps"_s, steps},
                                     {u"streams"_s, streams}}},
                       {u"components"_s, componentsJson(components)}});
    } else {
        QTextStream &out = ctx.out();
        out << terminal::label(Text::tr("Project"), 10) << p.name() << '\n'
            << terminal::label(Text::tr("State"), 10) << projectStateName(p.state) << '\n';
        if (p.state == ProjectState::Interrupted)
            out << "          "
                << Text::tr("its run ended without stopping (killed, or the machine went "
                            "down); run it again to resume where it was")
                << '\n';
        out << terminal::label(Text::tr("Source"), 10) << endpointText(p.definition.source) << '\n'
            << terminal::label(Text::tr("Target"), 10) << endpointText(p.definition.target) << '\n';
        if (!p.lastError.isEmpty())
            out << terminal::label(Text::tr("Error"), 10) << p.lastError << '\n';
        out << Text::tr("Steps") << ":\n";
        int width = 0;
        for (const StepRecord &s : std::as_const(o->steps))
            width = std::max(width, int(s.step.size()));
        for (const StepRecord &s : std::as_const(o->steps))
            out << "  " << s.step.leftJustified(width + 2) << stateId(s.state)
                << (s.error.isEmpty() ? QString() : u"  "_s + s.error) << '\n';
        for (const StreamRecord &s : std::as_const(o->streams))
            printStream(out, p, s);
        if (incremental && !forwardStream(o->streams))
            out << Text::tr("Stream forward: not started (the incremental step reports here "
                            "once it runs)")
                << '\n';
        printComponents(out, components, false);
        out.flush();
    }
    // A failed project is the command's outcome, as differences are `ferry verify`'s.
    if (p.state == ProjectState::Failed || failedStream) {
        ctx.err() << "ferry: "
                  << Text::tr("project '%1' has failed: %2")
                         .arg(p.name(),
                              failedStream ? Text::tr("stream %1: %2")
                                                 .arg(failedStream->stream,
                                                      failedStream->detail.isEmpty()
                                                          ? Text::tr("no detail saved")
                                                          : failedStream->detail)
                                           : (p.lastError.isEmpty() ? Text::tr("no error saved")
                                                                    : p.lastError))
                  << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace

int runStatusCommand(Context &ctx, const QStringList &args)
{
    Arguments a({u"metrics"_s, u"component"_s}, {u"help"_s, u"csv"_s});
    if (auto ok = a.parse(args); !ok)
        return ctx.usage(ok.error().text(), helpText());
    if (a.has(u"help"_s)) {
        ctx.out() << helpText();
        return Ok;
    }
    if (a.positionals().size() > 1)
        return ctx.usage(Text::tr("status takes at most one project NAME, not %1 arguments")
                             .arg(a.positionals().size()),
                         helpText());
    if (a.has(u"metrics"_s))
        return metricsHistory(ctx, a);
    if (a.has(u"csv"_s) || a.has(u"component"_s))
        return ctx.usage(Text::tr("--csv and --component go with --metrics"), helpText());
    auto service = ctx.projects();
    if (!service)
        return ctx.fail(service.error());
    if (a.positionals().isEmpty())
        return list(ctx, **service);
    return show(ctx, **service, a.positionals().first());
}

} // namespace ferry::cli

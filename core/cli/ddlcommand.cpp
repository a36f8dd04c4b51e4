#include "ddlcommand.h"

#include "arguments.h"
#include "common/logging.h"
#include "context.h"
#include "project/projectrepository.h"
#include "project/projectservice.h"

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

const QString kHelp = uR"(Usage: ferry [--store PATH] ddl FILE [--skip | --apply | --sql STATEMENT]

A change stream pauses at a schema change it does not apply by itself and shows the statement
(ferry status, the project's log). This command shows it, or records what to do with it; the
next `ferry run FILE` carries the decision out and goes on from there, nothing lost:
  --apply           run the statement on the target as the source logged it
  --sql STATEMENT   run STATEMENT on the target instead (the change in the target's dialect)
  --skip            leave the target as it is and go on

Exit codes: 0 shown or recorded, 1 the project is not paused at a schema change, 2 bad usage.
)"_s;

} // namespace

int runDdlCommand(Context &ctx, const QStringList &args)
{
    Arguments a({u"sql"_s}, {u"help"_s, u"skip"_s, u"apply"_s});
    if (auto ok = a.parse(args); !ok)
        return ctx.usage(ok.error().text(), kHelp);
    if (a.has(u"help"_s)) {
        ctx.out() << kHelp;
        return Ok;
    }
    if (a.positionals().size() != 1)
        return ctx.usage(u"ddl needs exactly one project FILE"_s, kHelp);
    const int choices = int(a.has(u"skip"_s)) + int(a.has(u"apply"_s)) + int(a.has(u"sql"_s));
    if (choices > 1)
        return ctx.usage(u"choose one of --skip, --apply and --sql"_s, kHelp);
    auto opened = ctx.openProjectFile(a.positionals().first());
    if (!opened)
        return ctx.fail(opened.error());
    const auto &[definition, store, source, target] = *opened;
    ProjectRepository projects(store);
    auto project = projects.findByName(definition.name);
    if (!project)
        return ctx.fail(project.error());
    auto streams = projects.streams(project->id);
    if (!streams)
        return ctx.fail(streams.error());
    for (StreamRecord s : *streams) {
        if (s.state != u"paused-ddl" || s.heldPosition.isEmpty())
            continue;
        if (choices == 0) {
            ctx.out() << "Stream " << s.stream << " of " << project->name()
                      << " is paused at source position " << s.heldPosition << ":\n  " << s.detail
                      << Qt::endl;
            if (!s.ddlDecision.isEmpty())
                ctx.out() << "Decided: " << s.ddlDecision << Qt::endl;
            return Ok;
        }
        if (a.has(u"sql"_s) && a.value(u"sql"_s).trimmed().isEmpty())
            return ctx.usage(u"--sql needs the statement to run on the target"_s, kHelp);
        s.ddlDecision = a.has(u"skip"_s) ? u"skip"_s
            : a.has(u"apply"_s)          ? u"apply"_s
                                         : u"sql:"_s + a.value(u"sql"_s);
        if (auto ok = projects.saveStream(project->id, s); !ok)
            return ctx.fail(ok.error());
        logIfFailed(lcProject(),
                    projects.log(project->id, u"info"_s,
                                 u"schema change at %1 (%2): decided %3"_s.arg(
                                     s.heldPosition, s.detail, s.ddlDecision)),
                    "the project log misses this line");
        ctx.out() << "Recorded: " << s.ddlDecision << ". Run the project again to go on."
                  << Qt::endl;
        return Ok;
    }
    return ctx.fail(
        makeError(Error::Code::InvalidInput,
                  u"project '%1' is not paused at a schema change"_s.arg(project->name()),
                  u"ferry status shows where its streams stand."_s));
}

} // namespace ferry::cli

#include "ddlcommand.h"

#include "arguments.h"
#include "common/language.h"
#include "context.h"
#include "project/projectservice.h"

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(
        R"(Usage: ferry [--store PATH] ddl FILE [--apply | --sql STATEMENT | --skip | --stop]

A change stream pauses at a schema change it does not apply by itself and shows the statement
(ferry status, the project's log, the project page in the console). This command shows it, or
records what to do with it; the next `ferry run FILE` carries the decision out and goes on from
there, nothing lost:
  --apply           run the statement on the target as the source logged it
  --sql STATEMENT   run STATEMENT on the target instead (the change in the target's dialect)
  --skip            leave the target as it is and go on
  --stop            decide nothing (withdraw a decision not carried out yet): the project
                    stays paused at the statement until a decision

Exit codes: 0 shown or recorded, 2 bad usage or the project is not paused at a schema change,
1 anything else failed (the store; the project's lock, held while it runs).
)");
}

} // namespace

int runDdlCommand(Context &ctx, const QStringList &args)
{
    Arguments a({u"sql"_s}, {u"help"_s, u"skip"_s, u"apply"_s, u"stop"_s});
    if (auto done =
            ctx.parse(a, args, helpText(), 1, Text::tr("ddl needs exactly one project FILE")))
        return *done;
    const int choices = int(a.has(u"skip"_s)) + int(a.has(u"apply"_s)) + int(a.has(u"sql"_s))
        + int(a.has(u"stop"_s));
    if (choices > 1)
        return ctx.usage(Text::tr("choose one of --apply, --sql, --skip and --stop"), helpText());
    if (a.has(u"sql"_s) && a.value(u"sql"_s).trimmed().isEmpty())
        return ctx.usage(Text::tr("--sql needs the statement to run on the target"), helpText());
    auto opened = ctx.openProjectFile(a.positionals().first());
    if (!opened)
        return ctx.fail(opened.error());
    const auto &[definition, store, source, target] = *opened;
    auto service = ctx.projects();
    if (!service)
        return ctx.fail(service.error());
    auto project = (*service)->find(definition.name);
    if (!project)
        return ctx.fail(project.error());

    if (choices == 0) {
        auto paused = (*service)->pausedAtSchemaChange(project->id);
        if (!paused)
            return ctx.fail(paused.error());
        if (!*paused)
            return ctx.fail(makeError(
                Error::Code::InvalidInput,
                Text::tr("project '%1' is not paused at a schema change").arg(project->name()),
                Text::tr("ferry status shows where its streams stand.")));
        const StreamRecord &s = **paused;
        ctx.out() << Text::tr("Stream %1 of %2 is paused at source position %3:")
                         .arg(s.stream, project->name(), s.heldPosition)
                  << "\n  " << s.detail << Qt::endl;
        if (!s.ddlDecision.isEmpty())
            ctx.out() << Text::tr("Decided: %1").arg(s.ddlDecision) << Qt::endl;
        return Ok;
    }

    SchemaChangeDecision decision;
    if (a.has(u"skip"_s))
        decision.choice = SchemaChangeDecision::Choice::Skip;
    else if (a.has(u"stop"_s))
        decision.choice = SchemaChangeDecision::Choice::Stop;
    else if (a.has(u"sql"_s))
        decision = {SchemaChangeDecision::Choice::ApplyEdited, a.value(u"sql"_s)};
    auto decided = (*service)->decideSchemaChange(project->id, decision);
    if (!decided)
        return ctx.fail(decided.error());
    if (decision.choice == SchemaChangeDecision::Choice::Stop)
        ctx.out() << Text::tr("Nothing decided: %1 stays paused at the schema change. Decide with "
                              "--apply, --sql or --skip to go on.")
                         .arg(project->name())
                  << Qt::endl;
    else
        ctx.out()
            << Text::tr("Recorded: %1. Run the project again to go on.").arg(decided->ddlDecision)
            << Qt::endl;
    return Ok;
}

} // namespace ferry::cli

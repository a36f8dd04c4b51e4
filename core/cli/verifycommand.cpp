#include "verifycommand.h"
#include "common/language.h"
#include "common/logging.h"

#include "arguments.h"
#include "common/files.h"
#include "context.h"
#include "project/projectrepository.h"
#include "project/projectverification.h"
#include "signalwatcher.h"
#include "terminal.h"
#include "terminalprogress.h"

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] verify FILE [options]

Compares the source and target of the project FILE describes, through its mapping (renames,
column subsets, row filters, many-to-one targets), and reports every difference: rows missing
in the target, rows only in the target, rows whose values differ (with the columns), duplicated
rows in tables without a key. Reads only.

On a project whose incremental step is running (its change stream applies to the target
meanwhile), a row that differs may be a change still in flight: differing rows are read again
until they settle or a bound passes (the project's "verify": {"settleSeconds": N}; by default
the stream's lag + 10 s, at most 2 min), and only lasting differences are reported, with how
many rows settled on recheck.

Options:
  --json            the result as JSON on stdout
  --fix-sql FILE    write the correction SQL (target dialect, source as the truth)
  --report FILE     write an HTML report
  --csv FILE        write every difference as CSV
  --quiet           no progress

Ctrl-C (SIGINT) or SIGTERM stops the comparison; nothing is written then.

Exit codes: 0 consistent, 3 differences found, 1 error, 2 bad file or usage.
)");
}

Status writeFile(const QString &path, const QString &text)
{
    return writeFileAtomically(path, text.toUtf8());
}

} // namespace

int runVerifyCommand(Context &ctx, const QStringList &args)
{
    Arguments a({u"fix-sql"_s, u"report"_s, u"csv"_s}, {u"help"_s, u"quiet"_s});
    if (auto done =
            ctx.parse(a, args, helpText(), 1, Text::tr("verify needs exactly one project FILE")))
        return *done;
    auto opened = ctx.openProjectFile(a.positionals().first());
    if (!opened)
        return ctx.fail(opened.error());
    const auto &[definition, store, source, target] = *opened;

    // Beside the project's running change stream, rows in flight are rechecked until they
    // settle, and only lasting differences are reported.
    ProjectRepository projects(store);
    auto known = projects.findByName(definition.name);
    const std::optional<qint64> streamLag =
        known ? runningStreamLag(store, known->id) : std::nullopt;

    TerminalProgress progress(!ctx.json() && terminal::stdoutIsTerminal(),
                              ctx.json() || a.has(u"quiet"_s));
    CancelToken cancel;
    int signal = 0;
    Result<VerifyReport> report = fail(Error::Code::Internal, Text::tr("verification did not run"));
    {
        SignalWatcher watcher(cancel, &progress);
        report = verifyProject(definition, source, target, cancel, &progress, {},
                               known ? known->id : 0, streamLag);
        signal = watcher.signal();
    }
    progress.finish();
    if (!report) {
        Error e = report.error();
        if (signal != 0 && e.code == Error::Code::Cancelled) {
            e.message = u"verification of project '%1' stopped by %2; nothing was saved"_s.arg(
                definition.name, SignalWatcher::name(signal));
            e.fix.clear();
        }
        if (e.code == Error::Code::NotFound || e.code == Error::Code::InvalidInput)
            e.code = Error::Code::Internal; // a good file meeting a bad target: a failure
        return ctx.fail(e);
    }
    // Kept with the project when the store knows it.
    if (known)
        logIfFailed(lcCli(), VerificationRepository(store).save(known->id, *report),
                    "the report is printed but not kept with the project");

    if (a.has(u"fix-sql"_s))
        if (auto ok = writeFile(a.value(u"fix-sql"_s), correctionSql(*report, target.engine)); !ok)
            return ctx.fail(ok.error());
    if (a.has(u"report"_s))
        if (auto ok = writeFile(a.value(u"report"_s), report->toHtml()); !ok)
            return ctx.fail(ok.error());
    if (a.has(u"csv"_s))
        if (auto ok = writeFile(a.value(u"csv"_s), report->toCsv()); !ok)
            return ctx.fail(ok.error());

    if (ctx.json()) {
        ctx.printJson(report->toJson());
    } else {
        ctx.out() << report->summary() << '\n';
        for (const TableVerification &t : report->tables) {
            const QString outcome = t.isConsistent() ? Text::tr("consistent")
                : t.error.isEmpty() ? Text::tr("%1 missing, %2 extra, %3 different, %4 duplicated")
                                          .arg(t.missing)
                                          .arg(t.extra)
                                          .arg(t.different)
                                          .arg(t.duplicates)
                                    : Text::tr("not verified: %1").arg(t.error);
            ctx.out() << "  "
                      << Text::tr("%1 -> %2: %3 rows, %4 (%5)")
                             .arg(t.source, t.target)
                             .arg(t.rows)
                             .arg(outcome, t.method)
                      << '\n';
        }
        ctx.out().flush();
    }
    return report->consistent() ? Ok : Differences;
}

} // namespace ferry::cli

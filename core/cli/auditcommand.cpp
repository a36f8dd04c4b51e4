#include "auditcommand.h"

#include "admin/auditlog.h"
#include "arguments.h"
#include "common/language.h"
#include "context.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] [--user NAME] audit <action> [options]

The operation audit: who did what to which object, when, with what result (logins, data
source and project changes with before and after, runs started and paused, parameter and
user changes; never a password). Records are append-only and each carries the hash of the
one before, so a record edited, removed or moved outside Ferry is found by verify.

Actions:
  list [--limit N]   The newest N records (50), newest first.
  verify             Checks the chain: exit 0 when intact, 1 naming the first broken record.
  export FILE        Every record, oldest first: JSON when FILE ends in .json, else CSV.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok (the chain intact), 1 failed or the chain broken, 2 bad usage or input.
)");
}

} // namespace

int runAuditCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(Text::tr("audit needs an action"), helpText());
    if (args.first() == u"--help" || args.first() == u"help") {
        ctx.out() << helpText();
        return Ok;
    }
    const QString action = args.first();
    if (action != u"list" && action != u"verify" && action != u"export")
        return ctx.usage(Text::tr("unknown audit action '%1'").arg(action), helpText());
    Arguments a({u"limit"_s}, {u"help"_s});
    if (auto d =
            ctx.parse(a, args.mid(1), helpText(), action == u"export" ? 1 : 0,
                      action == u"export" ? Text::tr("audit export needs a FILE")
                                          : Text::tr("audit %1 takes no arguments").arg(action)))
        return *d;
    auto limit = a.intValue(u"limit"_s, 50);
    if (!limit)
        return ctx.usage(limit.error().text(), helpText());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    AuditLog audit(*store);

    if (action == u"list") {
        auto records = audit.list(*limit);
        if (!records)
            return ctx.fail(records.error());
        if (ctx.json()) {
            QJsonArray array;
            for (const AuditRecord &r : std::as_const(*records))
                array.append(r.toJson());
            ctx.printJson({{u"ok"_s, true}, {u"records"_s, array}});
            return Ok;
        }
        for (const AuditRecord &r : std::as_const(*records)) {
            ctx.out() << r.seq << "  " << r.at.toString(Qt::ISODateWithMs) << "  " << r.actor
                      << "  " << r.action << "  " << r.object << "  " << r.result;
            if (!r.detail.isEmpty())
                ctx.out() << "  (" << r.detail << ')';
            ctx.out() << '\n';
        }
        return Ok;
    }
    if (action == u"export") {
        const QString path = a.positionals().first();
        if (auto ok = audit.exportTo(path); !ok)
            return ctx.fail(ok.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}, {u"file"_s, path}});
        else
            ctx.out() << Text::tr("Audit written to %1.").arg(path) << Qt::endl;
        return Ok;
    }
    auto check = audit.verify();
    if (!check)
        return ctx.fail(check.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, check->intact},
                       {u"records"_s, check->records},
                       {u"intact"_s, check->intact},
                       {u"firstBroken"_s, check->firstBroken},
                       {u"reason"_s, check->reason}});
    if (!check->intact) {
        ctx.err() << "ferry: " << Text::tr("the audit chain is broken: %1").arg(check->reason)
                  << Qt::endl;
        return Failed;
    }
    if (!ctx.json())
        ctx.out() << Text::tr("Audit intact: %1 records.").arg(check->records) << Qt::endl;
    return Ok;
}

} // namespace ferry::cli

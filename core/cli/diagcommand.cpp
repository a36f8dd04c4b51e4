#include "diagcommand.h"

#include "alerts/risklagthresholds.h"
#include "arguments.h"
#include "common/language.h"
#include "common/paths.h"
#include "context.h"
#include "monitor/diagnosticbundle.h"
#include "monitor/riskboard.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] diag <action> [options]

Diagnosis for O&M engineers, also on an isolated network.

Actions:
  bundle OUT.tar.gz   Writes one gzip'd tar with Ferry's logs (rotated ones too), project
                      and data source definitions, server versions and settings (asked with
                      a short timeout; failures are recorded), the risk board, the store's
                      tables as JSON (metrics, stream state, heartbeats, components), host
                      figures and the versions of Ferry, Qt and the client libraries.
                      Passwords and other secrets are removed.
  risks               The risk board: log retention against catch-up, replication slots,
                      lag, failed steps, the store's disk; each with what to do.

Options:
  --sample-seconds N  how long to watch the streams for their rates (default 3)
  --timeout N         seconds to wait for each server (default 3)
  --json              machine-readable output on stdout
Exit codes: 0 ok (risks: none critical), 1 failed (risks: a critical one), 2 bad usage.
)");
}

} // namespace

int runDiagCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(Text::tr("diag needs an action: bundle OUT.tar.gz or risks"), helpText());
    if (args.first() == u"--help" || args.first() == u"help") {
        ctx.out() << helpText();
        return Ok;
    }
    const QString action = args.first();
    if (action != u"bundle" && action != u"risks")
        return ctx.usage(Text::tr("unknown diag action '%1'").arg(action), helpText());
    Arguments a({u"sample-seconds"_s, u"timeout"_s}, {u"help"_s});
    const bool bundle = action == u"bundle";
    if (auto d = ctx.parse(a, args.mid(1), helpText(), bundle ? 1 : 0,
                           bundle ? Text::tr("diag bundle needs the archive's path: OUT.tar.gz")
                                  : Text::tr("diag risks takes no arguments")))
        return *d;
    auto sample = a.intValue(u"sample-seconds"_s, 3);
    if (!sample || *sample < 0 || *sample > 600)
        return ctx.usage(Text::tr("--sample-seconds needs a number of seconds from 0 to 600"),
                         helpText());
    auto timeout = a.intValue(u"timeout"_s, 3);
    if (!timeout || *timeout < 1 || *timeout > 300)
        return ctx.usage(Text::tr("--timeout needs a number of seconds from 1 to 300"), helpText());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    const auto openSecrets = [&ctx]() {
        return ctx.secrets();
    };

    if (bundle) {
        BundleOptions options;
        options.store = *store;
        options.openSecrets = openSecrets;
        options.logFile = paths::logDirFor(ctx.storePath()) + u"/ferry.log"_s;
        options.probeTimeoutSeconds = *timeout;
        options.riskSampleMs = *sample * 1000;
        options.risks = withAlertLagThresholds(*store);
        auto written = writeDiagnosticBundle(a.positionals().first(), options);
        if (!written)
            return ctx.fail(written.error());
        if (ctx.json()) {
            ctx.printJson({{u"ok"_s, true},
                           {u"path"_s, written->path},
                           {u"bytes"_s, written->bytes},
                           {u"files"_s, QJsonArray::fromStringList(written->files)},
                           {u"notes"_s, QJsonArray::fromStringList(written->notes)}});
            return Ok;
        }
        ctx.out() << Text::tr("wrote %1 (%2 files, %3 bytes)")
                         .arg(written->path)
                         .arg(written->files.size())
                         .arg(written->bytes)
                  << '\n';
        for (const QString &n : std::as_const(written->notes))
            ctx.out() << "  " << Text::tr("note: %1").arg(n) << '\n';
        return Ok;
    }

    RiskOptions options = withAlertLagThresholds(*store);
    options.probeTimeoutSeconds = *timeout;
    RiskBoard board(*store, openSecrets, options);
    auto risks = board.assess(*sample * 1000);
    if (!risks)
        return ctx.fail(risks.error());
    bool critical = false;
    QJsonArray list;
    for (const Risk &r : std::as_const(*risks)) {
        critical = critical || r.severity == Risk::Severity::Critical;
        list.append(r.toJson());
    }
    if (ctx.json())
        ctx.printJson({{u"ok"_s, !critical}, {u"risks"_s, list}});
    else
        ctx.out() << diagnosisText(*risks);
    return critical ? Failed : Ok;
}

} // namespace ferry::cli

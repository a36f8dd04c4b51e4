#include "cli.h"

#include "alertcommand.h"
#include "auditcommand.h"
#include "common/language.h"
#include "common/logging.h"
#include "common/paths.h"
#include "configcommand.h"
#include "context.h"
#include "datasourcecommand.h"
#include "ddlcommand.h"
#include "diagcommand.h"
#include "projectcommand.h"
#include "runcommand.h"
#include "statuscommand.h"
#include "switchovercommand.h"
#include "usercommand.h"
#include "verifycommand.h"

#include <QHash>
#include <functional>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

using Handler = std::function<int(Context &, const QStringList &)>;

const QHash<QString, Handler> &commands()
{
    static const QHash<QString, Handler> table = {
        {u"datasource"_s, runDataSourceCommand},
        {u"run"_s, runRunCommand},
        {u"project"_s, runProjectCommand},
        {u"status"_s, runStatusCommand},
        {u"verify"_s, runVerifyCommand},
        {u"switchover"_s, runSwitchoverCommand},
        {u"ddl"_s, runDdlCommand},
        {u"user"_s, runUserCommand},
        {u"audit"_s, runAuditCommand},
        {u"config"_s, runConfigCommand},
        {u"alert"_s, runAlertCommand},
        {u"diag"_s, runDiagCommand},
    };
    return table;
}

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] [--json] <command> [options]
       ferry                      open the console

Ferry migrates and synchronizes databases: MySQL, MariaDB, OceanBase (MySQL mode),
PostgreSQL and SQLite.

Commands:
  datasource   add, list, show, edit, copy, remove and test data sources
  run FILE     run (or resume) the migration project a JSON file describes
  project      list, show, export, import and remove migration projects
  status       where projects stand; `status NAME`: steps and change streams (lag,
               positions, events/s, per-table changes)
  verify FILE  compare source and target, name every difference, write the fix SQL
  switchover FILE  cut over to the target and start the reverse increment
  ddl FILE     show or decide the schema change a change stream paused at
  user         add, list, change and remove users (administrator, operator, viewer)
  audit        list, verify and export the operation audit
  config       get, set and list system parameters
  alert        alert rules, channels (webhook, command, SMTP, tray), silences,
               overrides, incidents, test alerts, deliveries
  diag         `diag bundle OUT.tar.gz`: a diagnostic archive without secrets;
               `diag risks`: the risk board

Global options:
  --store PATH   metadata store file (or FERRY_STORE; default in the user data folder)
  --user NAME    who acts (needed once admin has a password); the password from
                 FERRY_USER_PASSWORD, a prompt on a terminal, or the first line of standard
                 input. After `datasource`, --user is the database user: put it first.
  --json         machine-readable output on stdout
  --verbose      debug detail in the log file (or FERRY_VERBOSE=1)
  --help         this text; `ferry <command> --help` for a command
  --version      print the version

Console options (without a command):
  --page P       open a module: overview, migration, synchronization, datasources,
                 monitoring, system
  --project NAME open a migration project's details, with --tab progress, incremental,
                 checkpoints, verification, log or definition

Passwords never go on the command line: --password-stdin reads them from standard input.
Without an OS keychain they are kept in an encrypted vault beside the store, unlocked by
FERRY_MASTER_PASSWORD (or a prompt on a terminal).

Exit codes: 0 ok, 1 failed (an action the user's role does not allow among them), 2 bad
usage or input, 3 differences found (verify).
)");
}

struct Global
{
    QString store;
    QString user;
    bool json = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList rest;
    QString error;
};

// Global options may stand before or after the command word.
Global parseGlobal(const QStringList &args)
{
    Global g;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--store") {
            if (i + 1 >= args.size()) {
                g.error = u"option --store needs a value"_s;
                return g;
            }
            g.store = args[++i];
        } else if (a.startsWith(u"--store=")) {
            g.store = a.mid(8);
        } else if (a == u"--user" && (g.command.isEmpty() || g.command != u"datasource")) {
            if (i + 1 >= args.size()) {
                g.error = u"option --user needs a value"_s;
                return g;
            }
            g.user = args[++i];
        } else if (a.startsWith(u"--user=")
                   && (g.command.isEmpty() || g.command != u"datasource")) {
            g.user = a.mid(7);
        } else if (a == u"--json") {
            g.json = true;
        } else if (a == u"--verbose") {
            g.verbose = true;
        } else if (g.command.isEmpty() && (a == u"--page" || a == u"--project" || a == u"--tab")
                   && i + 1 < args.size()) {
            ++i; // console options: `ferry --page datasources`, `ferry --project shop --tab log`
        } else if (g.command.isEmpty() && (a == u"--help" || a == u"-h")) {
            g.help = true;
        } else if (g.command.isEmpty() && a == u"--version") {
            g.version = true;
        } else if (g.command.isEmpty() && !a.startsWith(u'-')) {
            g.command = a;
        } else if (g.command.isEmpty()) {
            g.error = u"unknown option %1"_s.arg(a);
            return g;
        } else {
            g.rest.append(a);
        }
    }
    return g;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    const Global g = parseGlobal(arguments);
    return g.help || g.version || !g.command.isEmpty() || !g.error.isEmpty();
}

int run(const QStringList &arguments)
{
    const Global g = parseGlobal(arguments);
    const QString storePath = paths::resolveStorePath(g.store);
    Context ctx(storePath, g.json);
    ctx.setUser(g.user);
    if (!g.error.isEmpty())
        return ctx.usage(g.error, helpText());
    if (g.version) {
        ctx.out() << "ferry " << FERRY_VERSION << Qt::endl;
        return Ok;
    }
    if (g.help || g.command == u"help") {
        ctx.out() << helpText();
        return Ok;
    }
    const auto it = commands().constFind(g.command);
    if (it == commands().constEnd())
        return ctx.usage(Text::tr("unknown command '%1'").arg(g.command), helpText());
    installLogFile(paths::logDirFor(storePath) + u"/ferry.log"_s,
                   qEnvironmentVariableIsSet("FERRY_LOG_STDERR"));
    setVerboseLogging(g.verbose || verboseLoggingRequested({}));
    qCInfo(lcCli).noquote() << "ferry" << g.command << "(store" << storePath << ")";
    return (*it)(ctx, g.rest);
}

} // namespace ferry::cli

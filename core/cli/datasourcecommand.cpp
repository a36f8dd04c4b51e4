#include "datasourcecommand.h"

#include "arguments.h"
#include "common/language.h"
#include "context.h"
#include "datasource/datasourceservice.h"
#include "store/datasourcerepository.h"
#include "terminal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] datasource <action> [options]

Manage saved data sources (passwords go to the OS keychain or the encrypted vault).

Actions:
  list                         List data sources.
  show NAME                    Show one data source (never its password).
  add NAME --engine E ...      Add a data source.
  edit NAME [field options]    Change fields; only the given ones change.
  copy NAME [NEW]              Copy as NEW (default NAME-copy); the password is reused
                               unless --password-stdin or --no-password is given.
  remove NAME [--yes]          Delete (refused while a project uses it).
  test NAME                    Connect and probe what migrations need (a Kafka cluster:
                               list its brokers and topics).

Field options (add, edit):
  --engine E         mysql | mariadb | oceanbase-mysql | postgresql | sqlite | kafka
  --host H  --port P  --user U  --database D
  --schema S         PostgreSQL schema (default public)
  --path FILE        SQLite database file (instead of host/port/user)
  --tls MODE         disable | prefer | require | verify-ca | verify-full (default prefer)
  --ca-file FILE     CA certificate (PEM) for verify-ca / verify-full
  --remark TEXT

Kafka options (--engine kafka; --user and --ca-file as above, the SASL password as any):
  --bootstrap-servers LIST     host:port[,host:port...]
  --security-protocol P        plaintext | ssl | sasl_plaintext | sasl_ssl (default plaintext)
  --sasl-mechanism M           PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512
  --client-id ID               (default ferry)
  --name NEW         (edit) rename
  --password-stdin   read the password from the first line of standard input
  --no-password      (edit, copy) save no password

Global options:
  --store PATH       metadata store file (default: $FERRY_STORE or the user data folder)
  --json             machine-readable output on stdout

Exit codes: 0 ok, 1 failed, 2 bad usage or input.
Without --password-stdin, add asks for the password when standard input is a terminal.
)");
}

QString lastTestText(const DataSource &s)
{
    if (!s.lastTest.tested)
        return Text::tr("never tested");
    return (s.lastTest.ok ? terminal::padded(Text::tr("ok"), 3) : Text::tr("FAIL")) + u' '
        + s.lastTest.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) + u"  "_s
        + s.lastTest.summary;
}

// Applies the field options to `source`; an error names the bad field.
// The Kafka field options; database-only options are refused by name.
Status applyKafkaFields(const Arguments &a, DataSource &source)
{
    for (const QString &option :
         {u"host"_s, u"port"_s, u"database"_s, u"schema"_s, u"path"_s, u"tls"_s})
        if (a.has(option))
            return fail(Error::Code::InvalidInput,
                        Text::tr("--%1 is not an option of a Kafka data source").arg(option),
                        Text::tr("Give --bootstrap-servers host:port[,host:port...] instead."),
                        option);
    KafkaTarget &k = *source.kafka;
    if (a.has(u"bootstrap-servers"_s))
        k.bootstrapServers = a.value(u"bootstrap-servers"_s);
    if (a.has(u"security-protocol"_s))
        k.securityProtocol = a.value(u"security-protocol"_s).toLower();
    if (a.has(u"sasl-mechanism"_s))
        k.saslMechanism = a.value(u"sasl-mechanism"_s).toUpper();
    if (a.has(u"client-id"_s))
        k.clientId = a.value(u"client-id"_s);
    if (a.has(u"user"_s))
        k.user = a.value(u"user"_s);
    if (a.has(u"ca-file"_s))
        k.caFile = a.value(u"ca-file"_s);
    if (a.has(u"remark"_s))
        source.remark = a.value(u"remark"_s);
    return {};
}

Status applyFields(const Arguments &a, DataSource &source, bool adding)
{
    Endpoint &e = source.endpoint;
    if (a.value(u"engine"_s) == u"kafka" || (!a.has(u"engine"_s) && source.kafka)) {
        if (!source.kafka)
            source.kafka = KafkaTarget();
        return applyKafkaFields(a, source);
    }
    for (const QString &option :
         {u"bootstrap-servers"_s, u"security-protocol"_s, u"sasl-mechanism"_s, u"client-id"_s})
        if (a.has(option))
            return fail(Error::Code::InvalidInput,
                        Text::tr("--%1 is an option of a Kafka data source only").arg(option),
                        Text::tr("Add --engine kafka, or leave --%1 out.").arg(option), option);
    source.kafka.reset();
    if (a.has(u"engine"_s)) {
        auto engine = engines::parse(a.value(u"engine"_s));
        if (!engine)
            return std::unexpected(engine.error());
        e.engine = *engine;
    } else if (adding) {
        return fail(Error::Code::InvalidInput, Text::tr("--engine is required"),
                    Text::tr("Use one of: %1, kafka.").arg(engines::ids().join(u", "_s)));
    }
    if (a.has(u"host"_s))
        e.host = a.value(u"host"_s);
    if (a.has(u"port"_s)) {
        bool ok = false;
        const int port = a.value(u"port"_s).toInt(&ok);
        if (!ok)
            return fail(Error::Code::InvalidInput,
                        Text::tr("port '%1' is not a number").arg(a.value(u"port"_s)),
                        Text::tr("Use a port from 1 to 65535."), u"port"_s);
        e.port = port;
    } else if (adding) {
        e.port = engines::defaultPort(e.engine);
    }
    if (a.has(u"user"_s))
        e.user = a.value(u"user"_s);
    if (a.has(u"database"_s))
        e.database = a.value(u"database"_s);
    if (a.has(u"schema"_s))
        e.schema = a.value(u"schema"_s);
    if (a.has(u"path"_s))
        e.path = a.value(u"path"_s);
    if (a.has(u"tls"_s)) {
        auto mode = engines::parseTlsMode(a.value(u"tls"_s));
        if (!mode)
            return std::unexpected(mode.error());
        e.tlsMode = *mode;
    }
    if (a.has(u"ca-file"_s))
        e.caFile = a.value(u"ca-file"_s);
    if (a.has(u"remark"_s))
        source.remark = a.value(u"remark"_s);
    if (e.engine == Engine::Sqlite && (a.has(u"host"_s) || a.has(u"user"_s)))
        return fail(Error::Code::InvalidInput,
                    Text::tr("an SQLite data source has a file, not a host or user"),
                    Text::tr("Give --path FILE instead."));
    return {};
}

const QSet<QString> kFieldOptions = {u"engine"_s,
                                     u"host"_s,
                                     u"port"_s,
                                     u"user"_s,
                                     u"database"_s,
                                     u"schema"_s,
                                     u"path"_s,
                                     u"tls"_s,
                                     u"ca-file"_s,
                                     u"remark"_s,
                                     u"name"_s,
                                     u"bootstrap-servers"_s,
                                     u"security-protocol"_s,
                                     u"sasl-mechanism"_s,
                                     u"client-id"_s};

struct Services
{
    std::shared_ptr<DataSourceRepository> repository;
    std::shared_ptr<DataSourceService> service;
};

// The secret store is opened only when the operation touches a password, so list, show and
// password-less sources work without unlocking anything.
Result<Services> services(Context &ctx, bool withSecrets)
{
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    Services s;
    s.repository = std::make_shared<DataSourceRepository>(*store);
    std::shared_ptr<SecretStore> secrets;
    if (withSecrets) {
        auto opened = ctx.secrets();
        if (!opened)
            return std::unexpected(opened.error());
        secrets = *opened;
    }
    s.service = std::make_shared<DataSourceService>(s.repository, secrets);
    return s;
}

void printSource(Context &ctx, const DataSource &s)
{
    QTextStream &o = ctx.out();
    const Endpoint &e = s.endpoint;
    o << terminal::label(Text::tr("Name"), 11) << s.name << '\n';
    o << terminal::label(Text::tr("Engine"), 11) << s.engineName() << '\n';
    if (s.kafka) {
        const KafkaTarget &k = *s.kafka;
        o << terminal::label(Text::tr("Servers"), 11) << k.bootstrapServers << '\n';
        o << terminal::label(Text::tr("Security"), 11)
          << (k.securityProtocol.isEmpty() ? u"plaintext"_s : k.securityProtocol)
          << (k.saslMechanism.isEmpty() ? QString() : u" ("_s + k.saslMechanism + u')') << '\n';
        if (!k.user.isEmpty())
            o << terminal::label(Text::tr("User"), 11) << k.user << '\n';
        if (!k.caFile.isEmpty())
            o << terminal::label(Text::tr("CA file"), 11) << k.caFile << '\n';
        o << terminal::label(Text::tr("Client id"), 11) << k.clientId << '\n';
        o << terminal::label(Text::tr("Password"), 11)
          << (s.hasPassword ? Text::tr("saved") : Text::tr("none")) << '\n';
    } else if (e.engine == Engine::Sqlite) {
        o << terminal::label(Text::tr("File"), 11) << e.path << '\n';
    } else {
        o << terminal::label(Text::tr("Host"), 11) << e.host << ':' << e.port << '\n';
        o << terminal::label(Text::tr("User"), 11) << e.user << '\n';
        o << terminal::label(Text::tr("Database"), 11) << e.database << '\n';
        if (e.engine == Engine::PostgreSql)
            o << terminal::label(Text::tr("Schema"), 11) << e.effectiveSchema() << '\n';
        o << terminal::label(Text::tr("TLS"), 11) << engines::tlsModeId(e.tlsMode)
          << (e.caFile.isEmpty() ? QString() : u" (CA "_s + e.caFile + u')') << '\n';
        o << terminal::label(Text::tr("Password"), 11)
          << (s.hasPassword ? Text::tr("saved") : Text::tr("none")) << '\n';
    }
    if (!s.remark.isEmpty())
        o << terminal::label(Text::tr("Remark"), 11) << s.remark << '\n';
    o << terminal::label(Text::tr("Created"), 11) << s.createdAt.toLocalTime().toString(Qt::ISODate)
      << '\n';
    o << terminal::label(Text::tr("Last test"), 11) << lastTestText(s) << '\n';
    o.flush();
}

void printReport(Context &ctx, const ProbeReport &r)
{
    QTextStream &o = ctx.out();
    o << Text::tr("%1 %2 (connected in %3 ms)").arg(r.product, r.serverVersion).arg(r.connectMs)
      << '\n';
    for (const ProbeFinding &f : r.findings) {
        QString mark;
        switch (f.severity) {
        case ProbeFinding::Severity::Ok: mark = Text::tr("ok"); break;
        case ProbeFinding::Severity::Info: mark = Text::tr("info"); break;
        case ProbeFinding::Severity::Warning: mark = Text::tr("WARN"); break;
        case ProbeFinding::Severity::Blocker: mark = Text::tr("BLOCKS"); break;
        }
        o << "  " << terminal::padded(mark, 6) << ' ' << f.message;
        if (!f.blocks.isEmpty() && f.severity != ProbeFinding::Severity::Ok)
            o << "  [" << Text::tr("blocks: %1").arg(f.blocks.join(u", "_s)) << ']';
        o << '\n';
    }
    o.flush();
}

// The password for add/edit/copy: --password-stdin reads a line; on a terminal `add` asks.
Result<std::optional<QString>> readPassword(const Arguments &a, bool promptOnTerminal)
{
    if (a.has(u"password-stdin"_s) && a.has(u"no-password"_s))
        return fail(Error::Code::InvalidInput,
                    Text::tr("--password-stdin and --no-password contradict each other"));
    if (a.has(u"password-stdin"_s))
        return std::optional<QString>(terminal::readLine());
    if (promptOnTerminal && terminal::stdinIsTerminal())
        return std::optional<QString>(
            terminal::readSecret(Text::tr("Password (empty for none): ")));
    return std::optional<QString>();
}

int list(Context &ctx, const Arguments &)
{
    auto s = services(ctx, false);
    if (!s)
        return ctx.fail(s.error());
    auto sources = s->repository->list();
    if (!sources)
        return ctx.fail(sources.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const DataSource &d : *sources)
            array.append(d.toJson());
        ctx.printJson({{u"ok"_s, true}, {u"datasources"_s, array}});
        return Ok;
    }
    if (sources->isEmpty()) {
        ctx.out() << Text::tr(
            "No data sources. Add one with: ferry datasource add NAME --engine E ...")
                  << '\n';
        return Ok;
    }
    int nameWidth = terminal::displayWidth(Text::tr("NAME"));
    int engineWidth = terminal::displayWidth(Text::tr("ENGINE"));
    int endpointWidth = terminal::displayWidth(Text::tr("ENDPOINT"));
    for (const DataSource &d : *sources) {
        nameWidth = std::max(nameWidth, terminal::displayWidth(d.name));
        engineWidth = std::max(engineWidth, terminal::displayWidth(d.engineId()));
        endpointWidth = std::max(endpointWidth, terminal::displayWidth(d.displayAddress()));
    }
    QTextStream &o = ctx.out();
    o << terminal::padded(Text::tr("NAME"), nameWidth) << "  "
      << terminal::padded(Text::tr("ENGINE"), engineWidth) << "  "
      << terminal::padded(Text::tr("ENDPOINT"), endpointWidth) << "  " << Text::tr("LAST TEST")
      << '\n';
    for (const DataSource &d : *sources)
        o << terminal::padded(d.name, nameWidth) << "  "
          << terminal::padded(d.engineId(), engineWidth) << "  "
          << terminal::padded(d.displayAddress(), endpointWidth) << "  " << lastTestText(d) << '\n';
    o.flush();
    return Ok;
}

int show(Context &ctx, const Arguments &a)
{
    if (a.positionals().size() != 1)
        return ctx.usage(Text::tr("datasource show needs exactly one NAME"), helpText());
    auto s = services(ctx, false);
    if (!s)
        return ctx.fail(s.error());
    auto source = s->repository->findByName(a.positionals().first());
    if (!source)
        return ctx.fail(source.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"datasource"_s, source->toJson()}});
    else
        printSource(ctx, *source);
    return Ok;
}

int add(Context &ctx, const Arguments &a)
{
    if (a.positionals().size() != 1)
        return ctx.usage(Text::tr("datasource add needs exactly one NAME"), helpText());
    DataSource source;
    source.name = a.positionals().first();
    if (auto ok = applyFields(a, source, true); !ok)
        return ctx.fail(ok.error());
    // Validate before asking for anything, so a bad name fails fast and stores nothing.
    if (auto ok = datasources::validate(source); !ok)
        return ctx.fail(ok.error());
    const bool takesPassword = source.kafka ? source.kafka->securityProtocol.startsWith(u"sasl_"_s)
                                            : source.endpoint.engine != Engine::Sqlite;
    auto password = readPassword(a, takesPassword);
    if (!password)
        return ctx.fail(password.error());
    auto s = services(ctx, takesPassword && password->has_value() && !(*password)->isEmpty());
    if (!s)
        return ctx.fail(s.error());
    auto added = s->service->add(source, *password);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"datasource"_s, added->toJson()}});
    else
        ctx.out() << Text::tr("Added data source %1 (%2, %3).")
                         .arg(added->name, added->engineName(), added->displayAddress())
                  << Qt::endl;
    return Ok;
}

int edit(Context &ctx, const Arguments &a)
{
    if (a.positionals().size() != 1)
        return ctx.usage(Text::tr("datasource edit needs exactly one NAME"), helpText());
    auto s = services(ctx, true);
    if (!s)
        return ctx.fail(s.error());
    auto source = s->repository->findByName(a.positionals().first());
    if (!source)
        return ctx.fail(source.error());
    DataSource changed = *source;
    if (auto ok = applyFields(a, changed, false); !ok)
        return ctx.fail(ok.error());
    if (a.has(u"name"_s))
        changed.name = a.value(u"name"_s);
    auto password = readPassword(a, false);
    if (!password)
        return ctx.fail(password.error());
    PasswordChange change = PasswordChange::keep();
    if (a.has(u"no-password"_s))
        change = PasswordChange::clear();
    else if (password->has_value())
        change = PasswordChange::set(**password);
    auto updated = s->service->update(changed, change);
    if (!updated)
        return ctx.fail(updated.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"datasource"_s, updated->toJson()}});
    else
        ctx.out() << Text::tr("Saved data source %1.").arg(updated->name) << Qt::endl;
    return Ok;
}

int copy(Context &ctx, const Arguments &a)
{
    if (a.positionals().isEmpty() || a.positionals().size() > 2)
        return ctx.usage(Text::tr("datasource copy needs NAME and optionally NEW"), helpText());
    auto s = services(ctx, true);
    if (!s)
        return ctx.fail(s.error());
    auto password = readPassword(a, false);
    if (!password)
        return ctx.fail(password.error());
    PasswordChange change = PasswordChange::keep();
    if (a.has(u"no-password"_s))
        change = PasswordChange::clear();
    else if (password->has_value())
        change = PasswordChange::set(**password);
    auto copied = s->service->copy(a.positionals().first(), a.positionals().value(1), change);
    if (!copied)
        return ctx.fail(copied.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"datasource"_s, copied->toJson()}});
    else
        ctx.out() << Text::tr("Copied %1 as %2.").arg(a.positionals().first(), copied->name)
                  << Qt::endl;
    return Ok;
}

int remove(Context &ctx, const Arguments &a)
{
    if (a.positionals().size() != 1)
        return ctx.usage(Text::tr("datasource remove needs exactly one NAME"), helpText());
    const QString name = a.positionals().first();
    auto s = services(ctx, false);
    if (!s)
        return ctx.fail(s.error());
    auto source = s->repository->findByName(name);
    if (!source)
        return ctx.fail(source.error());
    // Refuse before asking, so nobody confirms a delete that cannot happen.
    if (auto users = s->repository->usedBy(source->id); users && !users->isEmpty())
        return ctx.fail(s->repository->remove(source->id).error());
    if (!a.has(u"yes"_s)) {
        if (!terminal::stdinIsTerminal())
            return ctx.fail(
                makeError(Error::Code::InvalidInput,
                          Text::tr("removing data source '%1' needs confirmation").arg(name),
                          Text::tr("Add --yes to confirm without a terminal.")));
        if (!terminal::confirm(Text::tr("Delete data source '%1'?").arg(name)))
            return ctx.fail(makeError(Error::Code::Cancelled, Text::tr("nothing was deleted")));
    }
    auto withSecrets = services(ctx, source->hasPassword);
    if (!withSecrets)
        return ctx.fail(withSecrets.error());
    Status removed = withSecrets->service->remove(name);
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"removed"_s, name}});
    else
        ctx.out() << Text::tr("Removed data source %1.").arg(name) << Qt::endl;
    return Ok;
}

int test(Context &ctx, const Arguments &a)
{
    if (a.positionals().size() != 1)
        return ctx.usage(Text::tr("datasource test needs exactly one NAME"), helpText());
    const QString name = a.positionals().first();
    auto s = services(ctx, false);
    if (!s)
        return ctx.fail(s.error());
    auto source = s->repository->findByName(name);
    if (!source)
        return ctx.fail(source.error());
    auto full = services(ctx, source->hasPassword);
    if (!full)
        return ctx.fail(full.error());
    auto report = full->service->test(name);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        QJsonObject o = report->toJson();
        o[u"ok"_s] = true;
        o[u"datasource"_s] = name;
        ctx.printJson(o);
    } else {
        printReport(ctx, *report);
    }
    return Ok;
}

} // namespace

int runDataSourceCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.first() == u"help") {
        ctx.out() << helpText();
        ctx.out().flush();
        return args.isEmpty() ? BadInput : Ok;
    }
    const QString action = args.first();
    Arguments a(kFieldOptions, {u"password-stdin"_s, u"no-password"_s, u"yes"_s, u"help"_s});
    if (auto ok = a.parse(args.mid(1)); !ok)
        return ctx.usage(ok.error().text(), helpText());
    if (a.has(u"help"_s)) {
        ctx.out() << helpText();
        return Ok;
    }
    if (action == u"list")
        return list(ctx, a);
    if (action == u"show")
        return show(ctx, a);
    if (action == u"add")
        return add(ctx, a);
    if (action == u"edit")
        return edit(ctx, a);
    if (action == u"copy")
        return copy(ctx, a);
    if (action == u"remove" || action == u"rm" || action == u"delete")
        return remove(ctx, a);
    if (action == u"test")
        return test(ctx, a);
    return ctx.usage(Text::tr("unknown datasource action '%1'").arg(action), helpText());
}

} // namespace ferry::cli

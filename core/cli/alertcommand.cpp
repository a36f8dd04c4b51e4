#include "alertcommand.h"

#include "admin/alertchannels.h"
#include "admin/guard.h"
#include "alerts/alertevaluator.h"
#include "alerts/alertmonitor.h"
#include "alerts/alertrules.h"
#include "arguments.h"
#include "common/language.h"
#include "context.h"
#include "terminal.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

// The command's --help, in the user's language (built when asked: translators are installed
// after static initialisation).
QString helpText()
{
    return Text::tr(R"(Usage: ferry [--store PATH] [--user NAME] alert <action> [options]

Alert rules, where alerts go (channels that work without the internet), silence windows,
per-project overrides, the incidents the rules raised and every delivery attempt.

Channels:
  channel list
  channel add NAME --webhook URL        A JSON POST to URL (http or https, on the local network).
  channel add NAME --command "CMD ARGS" A local command: the alert as JSON on its standard
                                        input and in FERRY_ALERT_LEVEL, _TITLE, _TEXT, _PROJECT.
  channel add NAME --smtp HOST[:PORT] --from ADDR --to ADDR[,ADDR...]
                   [--tls starttls|optional|none|smtps] [--ca-file PEM]
                   [--smtp-user USER --password-stdin]
                                        Mail through a relay on the local network. --tls:
                                        starttls (default) requires STARTTLS, optional uses it
                                        when offered, none never, smtps is TLS from the start
                                        (port 465). The password goes to the secret store.
  channel add NAME --tray               A desktop notification in the console's system tray.
  channel remove NAME
  test CHANNEL                          Send a test alert now (exit 0 delivered, 1 not).
  deliveries [--limit N]                The newest delivery attempts (50), newest first.

Rules (project-failed, paused-ddl, lag, verify-differences, log-retention, disk-full,
component-dead):
  rule list
  rule set RULE [--level info|warning|critical] [--enable|--disable] [--threshold N]
                [--duration SECONDS] [--channels NAME[,NAME...]|none]
                                        --threshold: lag in s (lag), % used (disk-full),
                                        hours of source log left (log-retention);
                                        --duration: how long the lag stays above it.
  override list
  override set RULE PROJECT [--enable|--disable] [--level L] [--threshold N] [--duration S]
  override remove RULE PROJECT
  silence list
  silence add (--daily HH:MM-HH:MM | --until TIME) [--rule RULE] [--project NAME]
              [--reason TEXT]           No alert is sent while a silence covers it: daily in
                                        local time (may pass midnight), or until TIME
                                        (ISO 8601, local unless it ends in Z; or +30m, +2h, +1d).
  silence remove ID
  incidents [--open] [--limit N]        Conditions that held: opened, resolved, notified.
  evaluate                              Evaluate the rules once now (as the console and every
                                        ferry run do on their timer) and print what happened.

Changing channels, rules, overrides and silences takes the administrator role (audited); a
test or an evaluation, the operator role.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok, 1 failed or not allowed, 2 bad usage or input.
)");
}

Result<QDateTime> parseUntil(const QString &text)
{
    static const QRegularExpression relative(u"^\\+(\\d+)([mhd])$"_s);
    if (const auto m = relative.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"m" ? 60 : m.captured(2) == u"h" ? 3600 : 86400;
        return QDateTime::currentDateTimeUtc().addSecs(n * unit);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return fail(Error::Code::InvalidInput, Text::tr("'%1' is not a time for --until").arg(text),
                    Text::tr("Give an ISO 8601 time such as 2026-11-28T08:00 (local) or "
                             "2026-11-28T07:00Z, or +30m, +2h, +1d."));
    return t.toUTC();
}

Result<std::pair<QTime, QTime>> parseDaily(const QString &text)
{
    const QStringList parts = text.split(u'-');
    const QTime from =
        parts.size() == 2 ? QTime::fromString(parts[0].trimmed(), u"H:mm"_s) : QTime();
    const QTime to = parts.size() == 2 ? QTime::fromString(parts[1].trimmed(), u"H:mm"_s) : QTime();
    if (!from.isValid() || !to.isValid())
        return fail(Error::Code::InvalidInput,
                    Text::tr("'%1' is not a daily window for --daily").arg(text),
                    Text::tr("Give two local times, HH:MM-HH:MM, such as 22:00-06:00."));
    return std::pair {from, to};
}

Result<AlertRuleKind> parseRule(const QString &id)
{
    if (auto kind = alertrules::fromId(id))
        return *kind;
    QStringList ids;
    for (AlertRuleKind k : alertrules::all())
        ids << alertrules::id(k);
    return fail(Error::Code::InvalidInput, Text::tr("there is no alert rule '%1'").arg(id),
                Text::tr("The rules are: %1.").arg(ids.join(u", "_s)), id);
}

Result<std::optional<AlertLevel>> parseLevel(const Arguments &a)
{
    if (!a.has(u"level"_s))
        return std::optional<AlertLevel>();
    if (auto level = alertrules::levelFromId(a.value(u"level"_s)))
        return std::optional<AlertLevel>(*level);
    return fail(Error::Code::InvalidInput,
                Text::tr("'%1' is not an alert level").arg(a.value(u"level"_s)),
                Text::tr("Give info, warning or critical."));
}

Result<std::optional<qint64>> parseNumber(const Arguments &a, const QString &name)
{
    if (!a.has(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = a.value(name).toLongLong(&ok);
    if (!ok)
        return fail(Error::Code::InvalidInput,
                    Text::tr("--%1 takes a whole number, not '%2'").arg(name, a.value(name)));
    return std::optional<qint64>(v);
}

std::optional<bool> enabledOption(const Arguments &a)
{
    if (a.has(u"enable"_s))
        return true;
    if (a.has(u"disable"_s))
        return false;
    return std::nullopt;
}

QString optionalText(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : u"-"_s;
}

int channelAdd(Context &ctx, const Arguments &a, AlertChannels &channels, const QString &name)
{
    const int kinds = int(a.has(u"webhook"_s)) + int(a.has(u"command"_s)) + int(a.has(u"smtp"_s))
        + int(a.has(u"tray"_s));
    if (kinds != 1)
        return ctx.usage(
            Text::tr("alert channel add needs one of --webhook URL, --command CMD, --smtp "
                     "HOST[:PORT] or --tray"),
            helpText());
    AlertChannel c;
    c.name = name;
    std::optional<QString> password;
    if (a.has(u"webhook"_s)) {
        c.kind = AlertChannel::Kind::Webhook;
        c.target = a.value(u"webhook"_s);
    } else if (a.has(u"command"_s)) {
        c.kind = AlertChannel::Kind::Command;
        c.target = a.value(u"command"_s);
    } else if (a.has(u"tray"_s)) {
        c.kind = AlertChannel::Kind::Tray;
    } else {
        c.kind = AlertChannel::Kind::Smtp;
        const QString server = a.value(u"smtp"_s);
        const qsizetype colon = server.lastIndexOf(u':');
        c.smtp.host = colon > 0 ? server.left(colon) : server;
        c.smtp.port = 25;
        const QString tls = a.value(u"tls"_s, u"starttls"_s);
        const auto security = smtpsecurity::fromId(tls);
        if (!security)
            return ctx.fail(makeError(Error::Code::InvalidInput,
                                      Text::tr("'%1' is not a TLS mode for --tls").arg(tls),
                                      Text::tr("Give starttls, optional, none or smtps."), name));
        c.smtp.security = *security;
        if (c.smtp.security == SmtpSecurity::Smtps)
            c.smtp.port = 465;
        if (colon > 0) {
            bool ok = false;
            c.smtp.port = server.mid(colon + 1).toInt(&ok);
            if (!ok)
                c.smtp.port = 0;
        }
        c.smtp.from = a.value(u"from"_s);
        for (const QString &to : a.value(u"to"_s).split(u',', Qt::SkipEmptyParts))
            c.smtp.to << to.trimmed();
        c.smtp.caFile = a.value(u"ca-file"_s);
        c.smtp.user = a.value(u"smtp-user"_s);
        if (a.has(u"password-stdin"_s)) {
            // The acting user's password, when asked, came first on standard input.
            password = terminal::readLine();
        } else if (!c.smtp.user.isEmpty() && terminal::stdinIsTerminal()) {
            password =
                terminal::readSecret(Text::tr("Password of SMTP user %1: ").arg(c.smtp.user));
        }
    }
    auto added = channels.add(c, password);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json())
        ctx.printJson({{u"ok"_s, true}, {u"channel"_s, added->toJson()}});
    else
        ctx.out() << Text::tr("Alert channel %1 added.").arg(name) << Qt::endl;
    return Ok;
}

// A list's answer: with --json {"ok": true, KEY: [json(item)...]}, otherwise `empty` (when
// given, marked with QT_TRANSLATE_NOOP("ferry", ...); shown translated) for no item and one
// line per item.
template<typename T, typename Json, typename Line>
int printList(Context &ctx, const QList<T> &items, const QString &key, const char *empty, Json json,
              Line line)
{
    if (ctx.json()) {
        QJsonArray array;
        for (const T &item : items)
            array.append(json(item));
        ctx.printJson({{u"ok"_s, true}, {key, array}});
        return Ok;
    }
    if (items.isEmpty() && empty)
        ctx.out() << Text::tr(empty) << '\n';
    for (const T &item : items) {
        line(ctx.out(), item);
        ctx.out() << '\n';
    }
    return Ok;
}

const auto toJson = [](const auto &item) {
    return item.toJson();
};

int ruleList(Context &ctx, AlertRules &rules)
{
    auto all = rules.list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const AlertRule &r : std::as_const(*all))
            array.append(r.toJson());
        ctx.printJson({{u"ok"_s, true}, {u"rules"_s, array}});
        return Ok;
    }
    QList<QStringList> rows {{Text::tr("RULE"), Text::tr("LEVEL"), Text::tr("ENABLED"),
                              Text::tr("THRESHOLD"), Text::tr("DURATION"), Text::tr("CHANNELS")}};
    for (const AlertRule &r : std::as_const(*all)) {
        const QString unit = alertrules::thresholdUnit(r.kind);
        rows.append({alertrules::id(r.kind), alertrules::levelId(r.level),
                     r.enabled ? Text::tr("yes") : Text::tr("no"),
                     unit.isEmpty() ? u"-"_s : u"%1 %2"_s.arg(r.threshold).arg(unit),
                     alertrules::hasDuration(r.kind) ? u"%1 s"_s.arg(r.durationSeconds) : u"-"_s,
                     r.channels.isEmpty() ? Text::tr("(recorded only)") : r.channels.join(u","_s)});
    }
    QList<qsizetype> width(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], qsizetype(terminal::displayWidth(row[i])));
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? terminal::padded(row[i], int(width[i]) + 2) : row[i];
        ctx.out() << line << '\n';
    }
    return Ok;
}

int printEvents(Context &ctx, const QList<AlertEvent> &events)
{
    return printList(
        ctx, events, u"events"_s, QT_TRANSLATE_NOOP("ferry", "Nothing started or ended."), toJson,
        [](QTextStream &out, const AlertEvent &e) {
            out << e.kindId() << "  #" << e.incident << "  " << e.rule << "  " << e.title;
            if (!e.delivered.isEmpty())
                out << "  " << Text::tr("delivered: %1").arg(e.delivered.join(u", "_s));
            if (!e.failed.isEmpty())
                out << "  " << Text::tr("failed: %1").arg(e.failed.join(u"; "_s));
        });
}

} // namespace

int runAlertCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(Text::tr("alert needs an action"), helpText());
    if (args.first() == u"--help" || args.first() == u"help") {
        ctx.out() << helpText();
        return Ok;
    }
    QString action = args.first();
    QStringList rest = args.mid(1);
    static const QSet<QString> groups = {u"channel"_s, u"rule"_s, u"override"_s, u"silence"_s};
    if (groups.contains(action)) {
        if (rest.isEmpty() || rest.first().startsWith(u'-'))
            return ctx.usage(Text::tr("alert %1 needs an action").arg(action), helpText());
        action += u' ' + rest.takeFirst();
    }
    static const QHash<QString, qsizetype> positionals = {
        {u"channel list"_s, 0},   {u"channel add"_s, 1},
        {u"channel remove"_s, 1}, {u"test"_s, 1},
        {u"deliveries"_s, 0},     {u"rule list"_s, 0},
        {u"rule set"_s, 1},       {u"override list"_s, 0},
        {u"override set"_s, 2},   {u"override remove"_s, 2},
        {u"silence list"_s, 0},   {u"silence add"_s, 0},
        {u"silence remove"_s, 1}, {u"incidents"_s, 0},
        {u"evaluate"_s, 0}};
    if (!positionals.contains(action))
        return ctx.usage(Text::tr("unknown alert action '%1'").arg(action), helpText());
    Arguments a({u"webhook"_s, u"command"_s, u"smtp"_s, u"from"_s, u"to"_s, u"tls"_s, u"ca-file"_s,
                 u"smtp-user"_s, u"limit"_s, u"level"_s, u"threshold"_s, u"duration"_s,
                 u"channels"_s, u"daily"_s, u"until"_s, u"rule"_s, u"project"_s, u"reason"_s},
                {u"help"_s, u"tray"_s, u"password-stdin"_s, u"enable"_s, u"disable"_s, u"open"_s});
    const qsizetype count = positionals.value(action);
    if (auto d = ctx.parse(a, rest, helpText(), count,
                           count == 0 ? Text::tr("alert %1 takes no NAME").arg(action)
                               : count == 1
                               ? Text::tr("alert %1 needs a NAME").arg(action)
                               : Text::tr("alert %1 needs a RULE and a PROJECT").arg(action)))
        return *d;
    if (a.has(u"enable"_s) && a.has(u"disable"_s))
        return ctx.usage(Text::tr("--enable and --disable exclude each other"), helpText());
    auto limit = a.intValue(u"limit"_s, action == u"incidents" ? 100 : 50);
    if (!limit)
        return ctx.usage(limit.error().text(), helpText());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    AlertChannels channels(*store, [&ctx] { return ctx.secrets(); });
    AlertRules rules(*store);
    const QStringList pos = a.positionals();

    if (action == u"channel list") {
        auto all = channels.list();
        if (!all)
            return ctx.fail(all.error());
        return printList(
            ctx, *all, u"channels"_s,
            QT_TRANSLATE_NOOP(
                "ferry",
                "No alert channels. Add one with: ferry alert channel add NAME --webhook URL"),
            toJson, [](QTextStream &out, const AlertChannel &c) {
                out << c.name << "  " << c.kindId();
                if (c.kind == AlertChannel::Kind::Smtp)
                    out << "  " << c.smtp.server() << "  tls " << smtpsecurity::id(c.smtp.security)
                        << "  " << c.smtp.from << " -> " << c.smtp.to.join(u", "_s)
                        << (c.smtp.user.isEmpty() ? QString() : u"  user "_s + c.smtp.user);
                else if (!c.target.isEmpty())
                    out << "  " << c.target;
            });
    }
    if (action == u"deliveries") {
        auto all = channels.deliveries(*limit);
        if (!all)
            return ctx.fail(all.error());
        const auto json = [](const AlertDelivery &d) {
            QJsonObject o {{u"at"_s, d.at.toString(Qt::ISODateWithMs)},
                           {u"channel"_s, d.channel},
                           {u"level"_s, d.level},
                           {u"title"_s, d.title},
                           {u"status"_s, d.status},
                           {u"detail"_s, d.detail}};
            if (d.incident)
                o[u"incident"_s] = d.incident;
            return o;
        };
        return printList(ctx, *all, u"deliveries"_s, nullptr, json,
                         [](QTextStream &out, const AlertDelivery &d) {
                             out << d.at.toString(Qt::ISODateWithMs) << "  " << d.channel << "  "
                                 << d.status << "  " << d.title << "  " << d.detail;
                         });
    }
    if (action == u"channel add")
        return channelAdd(ctx, a, channels, pos.first());
    if (action == u"channel remove") {
        if (auto ok = channels.remove(pos.first()); !ok)
            return ctx.fail(ok.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}});
        else
            ctx.out() << Text::tr("Alert channel %1 removed.").arg(pos.first()) << Qt::endl;
        return Ok;
    }
    if (action == u"test") {
        const QString name = pos.first();
        if (auto ok = channels.sendTest(name); !ok) {
            // Delivery failed: the command failed (1), not the usage.
            ctx.fail(ok.error());
            return ok.error().code == Error::Code::NotFound
                    || ok.error().code == Error::Code::Permission
                ? Context::exitCodeFor(ok.error())
                : Failed;
        }
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}, {u"delivered"_s, name}});
        else
            ctx.out() << Text::tr("Test alert delivered to %1.").arg(name) << Qt::endl;
        return Ok;
    }
    if (action == u"rule list")
        return ruleList(ctx, rules);
    if (action == u"rule set") {
        auto kind = parseRule(pos.first());
        if (!kind)
            return ctx.fail(kind.error());
        AlertRules::Change change;
        auto level = parseLevel(a);
        auto threshold = parseNumber(a, u"threshold"_s);
        auto duration = parseNumber(a, u"duration"_s);
        if (!level || !threshold || !duration)
            return ctx.fail(!level           ? level.error()
                                : !threshold ? threshold.error()
                                             : duration.error());
        change.level = *level;
        change.threshold = *threshold;
        change.durationSeconds = *duration;
        change.enabled = enabledOption(a);
        if (a.has(u"channels"_s)) {
            QStringList names;
            if (a.value(u"channels"_s) != u"none")
                for (const QString &n : a.value(u"channels"_s).split(u',', Qt::SkipEmptyParts))
                    names << n.trimmed();
            change.channels = names;
        }
        auto set = rules.set(*kind, change);
        if (!set)
            return ctx.fail(set.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}, {u"rule"_s, set->toJson()}});
        else
            ctx.out() << Text::tr("Alert rule %1 changed.").arg(pos.first()) << Qt::endl;
        return Ok;
    }
    if (action == u"override list") {
        auto all = rules.overrides();
        if (!all)
            return ctx.fail(all.error());
        return printList(ctx, *all, u"overrides"_s,
                         QT_TRANSLATE_NOOP("ferry", "No per-project overrides."), toJson,
                         [](QTextStream &out, const AlertOverride &o) {
                             out << o.project << "  " << alertrules::id(o.kind) << "  enabled "
                                 << (o.enabled ? (*o.enabled ? u"yes"_s : u"no"_s) : u"-"_s)
                                 << "  level " << (o.level ? alertrules::levelId(*o.level) : u"-"_s)
                                 << "  threshold " << optionalText(o.threshold) << "  duration "
                                 << optionalText(o.durationSeconds);
                         });
    }
    if (action == u"override set") {
        auto kind = parseRule(pos.at(0));
        if (!kind)
            return ctx.fail(kind.error());
        auto level = parseLevel(a);
        auto threshold = parseNumber(a, u"threshold"_s);
        auto duration = parseNumber(a, u"duration"_s);
        if (!level || !threshold || !duration)
            return ctx.fail(!level           ? level.error()
                                : !threshold ? threshold.error()
                                             : duration.error());
        AlertOverride o;
        o.kind = *kind;
        o.project = pos.at(1);
        o.enabled = enabledOption(a);
        o.level = *level;
        o.threshold = *threshold;
        o.durationSeconds = *duration;
        auto set = rules.setOverride(o);
        if (!set)
            return ctx.fail(set.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}, {u"override"_s, set->toJson()}});
        else
            ctx.out()
                << Text::tr("Alert rule %1 overridden for project %2.").arg(pos.at(0), pos.at(1))
                << Qt::endl;
        return Ok;
    }
    if (action == u"override remove") {
        auto kind = parseRule(pos.at(0));
        if (!kind)
            return ctx.fail(kind.error());
        if (auto ok = rules.removeOverride(*kind, pos.at(1)); !ok)
            return ctx.fail(ok.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}});
        else
            ctx.out()
                << Text::tr("Override of %1 for project %2 removed.").arg(pos.at(0), pos.at(1))
                << Qt::endl;
        return Ok;
    }
    if (action == u"silence list") {
        auto all = rules.silences();
        if (!all)
            return ctx.fail(all.error());
        return printList(ctx, *all, u"silences"_s, QT_TRANSLATE_NOOP("ferry", "No silences."),
                         toJson, [](QTextStream &out, const AlertSilence &s) {
                             out << s.id << "  " << s.windowText() << "  rule "
                                 << (s.kind ? alertrules::id(*s.kind) : u"*"_s) << "  project "
                                 << (s.project.isEmpty() ? u"*"_s : s.project)
                                 << (s.reason.isEmpty() ? QString() : u"  "_s + s.reason);
                         });
    }
    if (action == u"silence add") {
        if (a.has(u"daily"_s) == a.has(u"until"_s))
            return ctx.usage(
                Text::tr("alert silence add needs either --daily HH:MM-HH:MM or --until "
                         "TIME"),
                helpText());
        AlertSilence s;
        if (a.has(u"rule"_s)) {
            auto kind = parseRule(a.value(u"rule"_s));
            if (!kind)
                return ctx.fail(kind.error());
            s.kind = *kind;
        }
        s.project = a.value(u"project"_s);
        s.reason = a.value(u"reason"_s);
        if (a.has(u"daily"_s)) {
            auto window = parseDaily(a.value(u"daily"_s));
            if (!window)
                return ctx.fail(window.error());
            s.dailyFrom = window->first;
            s.dailyTo = window->second;
        } else {
            auto until = parseUntil(a.value(u"until"_s));
            if (!until)
                return ctx.fail(until.error());
            s.until = *until;
        }
        auto added = rules.addSilence(s);
        if (!added)
            return ctx.fail(added.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}, {u"silence"_s, added->toJson()}});
        else
            ctx.out() << Text::tr("Silence %1 added (%2).").arg(added->id).arg(added->windowText())
                      << Qt::endl;
        return Ok;
    }
    if (action == u"silence remove") {
        bool ok = false;
        const qint64 id = pos.first().toLongLong(&ok);
        if (!ok)
            return ctx.usage(Text::tr("alert silence remove needs the silence's number"),
                             helpText());
        if (auto removed = rules.removeSilence(id); !removed)
            return ctx.fail(removed.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}});
        else
            ctx.out() << Text::tr("Silence %1 removed.").arg(id) << Qt::endl;
        return Ok;
    }
    if (action == u"incidents") {
        auto all = rules.incidents(a.has(u"open"_s), *limit);
        if (!all)
            return ctx.fail(all.error());
        return printList(
            ctx, *all, u"incidents"_s, QT_TRANSLATE_NOOP("ferry", "No incidents."), toJson,
            [](QTextStream &out, const AlertIncident &i) {
                out << '#' << i.id << "  " << (i.isOpen() ? "open" : "resolved") << "  " << i.level
                    << "  " << i.rule << "  " << i.title << "  "
                    << Text::tr("opened %1").arg(i.openedAt.toString(Qt::ISODate))
                    << (i.isOpen() ? QString()
                                   : u"  "_s
                                + Text::tr("resolved %1").arg(i.resolvedAt.toString(Qt::ISODate)))
                    << (i.notified ? QString() : u"  "_s + Text::tr("(not sent: silenced)"));
            });
    }
    // evaluate
    auto guard = Guard::of(*store);
    if (auto ok = guard->require(Permission::Run, u"evaluate the alert rules"_s,
                                 u"alert.evaluate"_s, u"alert-rule"_s, u"*"_s);
        !ok)
        return ctx.fail(ok.error());
    AlertEvaluator evaluator(*store, nonInteractiveSecrets(ctx.storePath()));
    auto events = evaluator.evaluate();
    if (!events)
        return ctx.fail(events.error());
    return printEvents(ctx, *events);
}

} // namespace ferry::cli

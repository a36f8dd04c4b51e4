#include "alertcommand.h"

#include "admin/alertchannels.h"
#include "arguments.h"
#include "context.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

const QString kHelp = uR"(Usage: ferry [--store PATH] [--user NAME] alert <action> [options]

Alert channels that work without the internet, and every delivery attempt with its status.

Actions:
  channel list                          The channels.
  channel add NAME --webhook URL        A JSON POST to URL (http or https, on the local network).
  channel add NAME --command "CMD ARGS" A local command: the alert as JSON on its standard
                                        input and in FERRY_ALERT_LEVEL, _TITLE, _TEXT, _PROJECT.
  channel remove NAME
  test CHANNEL                          Send a test alert now (exit 0 delivered, 1 not).
  deliveries [--limit N]                The newest delivery attempts (50), newest first.

Adding and removing channels takes the administrator role; a test, the operator role.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok, 1 failed or not allowed, 2 bad usage or input.
)"_s;

QJsonObject channelJson(const AlertChannel &c)
{
    return {{u"name"_s, c.name}, {u"kind"_s, c.kindId()}, {u"target"_s, c.target}};
}

} // namespace

int runAlertCommand(Context &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usage(u"alert needs an action"_s, kHelp);
    if (args.first() == u"--help" || args.first() == u"help") {
        ctx.out() << kHelp;
        return Ok;
    }
    QString action = args.first();
    QStringList rest = args.mid(1);
    if (action == u"channel") {
        if (rest.isEmpty())
            return ctx.usage(u"alert channel needs list, add or remove"_s, kHelp);
        action = u"channel "_s + rest.takeFirst();
    }
    static const QHash<QString, qsizetype> positionals = {{u"channel list"_s, 0},
                                                          {u"channel add"_s, 1},
                                                          {u"channel remove"_s, 1},
                                                          {u"test"_s, 1},
                                                          {u"deliveries"_s, 0}};
    if (!positionals.contains(action))
        return ctx.usage(u"unknown alert action '%1'"_s.arg(action), kHelp);
    Arguments a({u"webhook"_s, u"command"_s, u"limit"_s}, {u"help"_s});
    if (auto d =
            ctx.parse(a, rest, kHelp, positionals.value(action),
                      positionals.value(action) ? u"alert %1 needs a channel NAME"_s.arg(action)
                                                : u"alert %1 takes no NAME"_s.arg(action)))
        return *d;
    if (action == u"channel add" && a.has(u"webhook"_s) == a.has(u"command"_s))
        return ctx.usage(u"alert channel add needs either --webhook URL or --command CMD"_s, kHelp);
    auto limit = a.intValue(u"limit"_s, 50);
    if (!limit)
        return ctx.usage(limit.error().text(), kHelp);
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    AlertChannels channels(*store);

    if (action == u"channel list") {
        auto all = channels.list();
        if (!all)
            return ctx.fail(all.error());
        if (ctx.json()) {
            QJsonArray array;
            for (const AlertChannel &c : std::as_const(*all))
                array.append(channelJson(c));
            ctx.printJson({{u"ok"_s, true}, {u"channels"_s, array}});
            return Ok;
        }
        if (all->isEmpty())
            ctx.out() << "No alert channels. Add one with: ferry alert channel add NAME "
                         "--webhook URL\n";
        for (const AlertChannel &c : std::as_const(*all))
            ctx.out() << c.name << "  " << c.kindId() << "  " << c.target << '\n';
        return Ok;
    }
    if (action == u"deliveries") {
        auto all = channels.deliveries(*limit);
        if (!all)
            return ctx.fail(all.error());
        if (ctx.json()) {
            QJsonArray array;
            for (const AlertDelivery &d : std::as_const(*all))
                array.append(QJsonObject {{u"at"_s, d.at.toString(Qt::ISODateWithMs)},
                                          {u"channel"_s, d.channel},
                                          {u"level"_s, d.level},
                                          {u"title"_s, d.title},
                                          {u"status"_s, d.ok ? u"ok"_s : u"failed"_s},
                                          {u"detail"_s, d.detail}});
            ctx.printJson({{u"ok"_s, true}, {u"deliveries"_s, array}});
            return Ok;
        }
        for (const AlertDelivery &d : std::as_const(*all))
            ctx.out() << d.at.toString(Qt::ISODateWithMs) << "  " << d.channel << "  "
                      << (d.ok ? "ok" : "failed") << "  " << d.title << "  " << d.detail << '\n';
        return Ok;
    }
    const QString name = a.positionals().first();
    if (action == u"channel add") {
        const bool webhook = a.has(u"webhook"_s);
        auto added =
            channels.add(name, webhook ? AlertChannel::Kind::Webhook : AlertChannel::Kind::Command,
                         a.value(webhook ? u"webhook"_s : u"command"_s));
        if (!added)
            return ctx.fail(added.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}, {u"channel"_s, channelJson(*added)}});
        else
            ctx.out() << "Alert channel " << name << " added." << Qt::endl;
        return Ok;
    }
    if (action == u"channel remove") {
        if (auto ok = channels.remove(name); !ok)
            return ctx.fail(ok.error());
        if (ctx.json())
            ctx.printJson({{u"ok"_s, true}});
        else
            ctx.out() << "Alert channel " << name << " removed." << Qt::endl;
        return Ok;
    }
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
        ctx.out() << "Test alert delivered to " << name << '.' << Qt::endl;
    return Ok;
}

} // namespace ferry::cli

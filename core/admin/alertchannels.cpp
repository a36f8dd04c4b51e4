#include "alertchannels.h"

#include "common/logging.h"
#include "guard.h"
#include "store/metastore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr int kWebhookTimeoutMs = 10000;
constexpr int kCommandTimeoutMs = 30000;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

AlertChannel readChannel(const QSqlQuery &q)
{
    AlertChannel c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = q.value(2).toString() == u"command" ? AlertChannel::Kind::Command
                                                 : AlertChannel::Kind::Webhook;
    c.target = q.value(3).toString();
    return c;
}

// One POST, waited for in a local event loop on this (worker) thread, as QtKeychain jobs are.
Result<QString> postWebhook(const QString &url, const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kWebhookTimeoutMs);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = reply->errorString();
    const bool failed = reply->error() != QNetworkReply::NoError;
    reply->deleteLater();
    if (failed || status < 200 || status > 299)
        return fail(Error::Code::Connection,
                    status ? u"webhook %1 answered HTTP %2"_s.arg(url).arg(status)
                           : u"webhook %1 not reached: %2"_s.arg(url, error),
                    u"Check the URL and that the receiver runs and answers 2xx."_s, url);
    return u"HTTP %1"_s.arg(status);
}

Result<QString> runCommand(const QString &commandLine, const Alert &alert, const QByteArray &body)
{
    QStringList parts = QProcess::splitCommand(commandLine);
    if (parts.isEmpty())
        return fail(Error::Code::InvalidInput, u"the alert command is empty"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FERRY_ALERT_LEVEL"_s, alert.level);
    env.insert(u"FERRY_ALERT_TITLE"_s, alert.title);
    env.insert(u"FERRY_ALERT_TEXT"_s, alert.text);
    env.insert(u"FERRY_ALERT_PROJECT"_s, alert.project);
    p.setProcessEnvironment(env);
    const QString program = parts.takeFirst();
    p.start(program, parts);
    if (!p.waitForStarted())
        return fail(Error::Code::Io,
                    u"alert command %1 did not start: %2"_s.arg(program, p.errorString()),
                    u"Give the full path of an executable."_s, program);
    p.write(body);
    p.closeWriteChannel();
    if (!p.waitForFinished(kCommandTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        return fail(Error::Code::Io,
                    u"alert command %1 did not finish within %2 s"_s.arg(program).arg(
                        kCommandTimeoutMs / 1000),
                    {}, program);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(Error::Code::Io,
                    u"alert command %1 failed (exit %2): %3"_s.arg(program)
                        .arg(p.exitCode())
                        .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()),
                    {}, program);
    return u"exit 0"_s;
}

} // namespace

QJsonObject Alert::toJson() const
{
    return {{u"level"_s, level},
            {u"title"_s, title},
            {u"text"_s, text},
            {u"project"_s, project},
            {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
            {u"source"_s, u"ferry"_s}};
}

QString AlertChannel::kindId() const
{
    return kind == Kind::Command ? u"command"_s : u"webhook"_s;
}

AlertChannels::AlertChannels(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Result<QList<AlertChannel>> AlertChannels::list() const
{
    auto q = m_store->exec(u"SELECT id, name, kind, target FROM alert_channel ORDER BY name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<AlertChannel> out;
    while (q->next())
        out.append(readChannel(*q));
    return out;
}

Result<AlertChannel> AlertChannels::find(const QString &name) const
{
    auto q =
        m_store->exec(u"SELECT id, name, kind, target FROM alert_channel WHERE name = ?"_s, {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, u"there is no alert channel named '%1'"_s.arg(name),
                    u"ferry alert channel list shows them."_s, name);
    return readChannel(*q);
}

Result<AlertChannel> AlertChannels::add(const QString &name, AlertChannel::Kind kind,
                                        const QString &target)
{
    auto guard = Guard::of(m_store);
    if (auto ok = guard->require(Permission::Administer, u"add alert channel '%1'"_s.arg(name),
                                 u"alert.channel.add"_s, u"alert-channel"_s, name);
        !ok)
        return std::unexpected(ok.error());
    if (name.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, u"an alert channel needs a name"_s);
    if (kind == AlertChannel::Kind::Webhook) {
        const QUrl url(target);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty())
            return fail(Error::Code::InvalidInput,
                        u"'%1' is not a webhook URL for alert channel '%2'"_s.arg(target, name),
                        u"Give an http:// or https:// URL, such as "
                        "http://10.0.0.7:8080/alerts."_s,
                        name);
    } else if (QProcess::splitCommand(target).isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    u"alert channel '%1' needs a command to run"_s.arg(name), {}, name);
    }
    auto inserted = m_store->exec(
        u"INSERT INTO alert_channel (name, kind, target, created_at) VALUES (?, ?, ?, ?)"_s,
        {name, kind == AlertChannel::Kind::Command ? u"command"_s : u"webhook"_s, target, now()});
    Status outcome;
    if (!inserted)
        outcome = std::unexpected(inserted.error().code == Error::Code::Conflict
                                      ? makeError(Error::Code::Conflict,
                                                  u"an alert channel named '%1' exists"_s.arg(name),
                                                  u"Choose another name."_s, name)
                                      : inserted.error());
    guard->record(u"alert.channel.add"_s, u"alert-channel"_s, name, outcome, {},
                  {{u"kind"_s, kind == AlertChannel::Kind::Command ? u"command"_s : u"webhook"_s},
                   {u"target"_s, target}});
    if (!outcome)
        return std::unexpected(outcome.error());
    return find(name);
}

Status AlertChannels::remove(const QString &name)
{
    auto channel = find(name);
    if (!channel)
        return std::unexpected(channel.error());
    auto guard = Guard::of(m_store);
    if (auto ok = guard->require(Permission::Administer, u"remove alert channel '%1'"_s.arg(name),
                                 u"alert.channel.remove"_s, u"alert-channel"_s, name);
        !ok)
        return ok;
    auto removed = m_store->exec(u"DELETE FROM alert_channel WHERE id = ?"_s, {channel->id});
    const Status outcome = removed ? Status() : Status(std::unexpected(removed.error()));
    guard->record(u"alert.channel.remove"_s, u"alert-channel"_s, name, outcome,
                  {{u"kind"_s, channel->kindId()}, {u"target"_s, channel->target}});
    return outcome;
}

Status AlertChannels::deliver(const AlertChannel &channel, const Alert &alert)
{
    const QByteArray body = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact);
    const Result<QString> sent = channel.kind == AlertChannel::Kind::Webhook
        ? postWebhook(channel.target, body)
        : runCommand(channel.target, alert, body);
    const QString detail = sent ? *sent : sent.error().message;
    auto recorded = m_store->exec(
        u"INSERT INTO alert_delivery (at, channel, level, title, status, detail) VALUES "
        "(?, ?, ?, ?, ?, ?)"_s,
        {now(), channel.name, alert.level, alert.title, sent ? u"ok"_s : u"failed"_s, detail});
    if (!recorded)
        qCWarning(lcAdmin).noquote()
            << "alert delivery to" << channel.name << "not recorded:" << recorded.error().text();
    if (!sent)
        return std::unexpected(sent.error());
    return {};
}

Status AlertChannels::sendTest(const QString &name)
{
    auto channel = find(name);
    if (!channel)
        return std::unexpected(channel.error());
    auto guard = Guard::of(m_store);
    if (auto ok = guard->require(Permission::Run, u"send a test alert to '%1'"_s.arg(name),
                                 u"alert.test"_s, u"alert-channel"_s, name);
        !ok)
        return ok;
    Alert alert;
    alert.level = u"info"_s;
    alert.title = u"Ferry test alert"_s;
    alert.text = u"A test alert to channel '%1': if you read this, the channel works."_s.arg(name);
    alert.at = QDateTime::currentDateTimeUtc();
    const Status sent = deliver(*channel, alert);
    guard->record(u"alert.test"_s, u"alert-channel"_s, name, sent);
    return sent;
}

Result<QList<AlertDelivery>> AlertChannels::deliveries(int limit) const
{
    auto q = m_store->exec(u"SELECT at, channel, level, title, status, detail FROM "
                           "alert_delivery ORDER BY id DESC LIMIT ?"_s,
                           {limit});
    if (!q)
        return std::unexpected(q.error());
    QList<AlertDelivery> out;
    while (q->next())
        out.append({QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs),
                    q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString() == u"ok", q->value(5).toString()});
    return out;
}

} // namespace ferry

#include "alertchannels.h"

#include "common/language.h"
#include "common/logging.h"
#include "guard.h"
#include "secrets/secretstore.h"
#include "store/metastore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
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

const QString kChannelColumns = u"id, name, kind, target, settings"_s;

AlertChannel readChannel(const QSqlQuery &q)
{
    AlertChannel c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = AlertChannel::kindFromId(q.value(2).toString()).value_or(AlertChannel::Kind::Webhook);
    c.target = q.value(3).toString();
    if (c.kind == AlertChannel::Kind::Smtp) {
        const QJsonObject settings =
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        c.smtp = SmtpSettings::fromJson(settings);
        c.hasPassword = !c.smtp.user.isEmpty();
    }
    return c;
}

QString levelWord(const QString &level)
{
    return level.isEmpty() ? u"info"_s : level;
}

Status queryStatus(const Result<QSqlQuery> &q)
{
    return q ? Status() : Status(std::unexpected(q.error()));
}

std::atomic_bool g_desktopPresent {false};

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
                    status ? Text::tr("webhook %1 answered HTTP %2").arg(url).arg(status)
                           : Text::tr("webhook %1 not reached: %2").arg(url, error),
                    Text::tr("Check the URL and that the receiver runs and answers 2xx."), url);
    return u"HTTP %1"_s.arg(status);
}

Result<QString> runCommand(const QString &commandLine, const Alert &alert, const QByteArray &body)
{
    QStringList parts = QProcess::splitCommand(commandLine);
    if (parts.isEmpty())
        return fail(Error::Code::InvalidInput, Text::tr("the alert command is empty"));
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
                    Text::tr("alert command %1 did not start: %2").arg(program, p.errorString()),
                    Text::tr("Give the full path of an executable."), program);
    p.write(body);
    p.closeWriteChannel();
    if (!p.waitForFinished(kCommandTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        return fail(Error::Code::Io,
                    Text::tr("alert command %1 did not finish within %2 s")
                        .arg(program)
                        .arg(kCommandTimeoutMs / 1000),
                    {}, program);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(Error::Code::Io,
                    Text::tr("alert command %1 failed (exit %2): %3")
                        .arg(program)
                        .arg(p.exitCode())
                        .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()),
                    {}, program);
    return u"exit 0"_s;
}

} // namespace

QJsonObject Alert::toJson() const
{
    QJsonObject o {{u"level"_s, level},
                   {u"title"_s, title},
                   {u"text"_s, text},
                   {u"project"_s, project},
                   {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
                   {u"source"_s, u"ferry"_s},
                   {u"state"_s, state}};
    if (!rule.isEmpty())
        o[u"rule"_s] = rule;
    if (incident)
        o[u"incident"_s] = incident;
    return o;
}

QString AlertChannel::kindId() const
{
    switch (kind) {
    case Kind::Webhook: return u"webhook"_s;
    case Kind::Command: return u"command"_s;
    case Kind::Smtp: return u"smtp"_s;
    case Kind::Tray: return u"tray"_s;
    }
    return {};
}

std::optional<AlertChannel::Kind> AlertChannel::kindFromId(const QString &id)
{
    for (Kind k : {Kind::Webhook, Kind::Command, Kind::Smtp, Kind::Tray}) {
        AlertChannel c;
        c.kind = k;
        if (c.kindId() == id)
            return k;
    }
    return std::nullopt;
}

QString AlertChannel::secretKey(const QString &name)
{
    return u"alert-channel/"_s + name.toLower();
}

QJsonObject AlertChannel::toJson() const
{
    QJsonObject o {{u"name"_s, name}, {u"kind"_s, kindId()}, {u"target"_s, target}};
    if (kind == Kind::Smtp) {
        o[u"smtp"_s] = smtp.toJson();
        o[u"password"_s] = hasPassword ? u"in the secret store"_s : u"none"_s;
    }
    return o;
}

AlertChannels::AlertChannels(std::shared_ptr<MetaStore> store, SecretsProvider secrets)
    : m_store(std::move(store))
    , m_secrets(std::move(secrets))
{ }

Result<QList<AlertChannel>> AlertChannels::list() const
{
    auto q = m_store->exec(u"SELECT "_s + kChannelColumns + u" FROM alert_channel ORDER BY name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<AlertChannel> out;
    while (q->next())
        out.append(readChannel(*q));
    return out;
}

Result<AlertChannel> AlertChannels::find(const QString &name) const
{
    auto q = m_store->exec(u"SELECT "_s + kChannelColumns + u" FROM alert_channel WHERE name = ?"_s,
                           {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    Text::tr("there is no alert channel named '%1'").arg(name),
                    Text::tr("ferry alert channel list shows them."), name);
    return readChannel(*q);
}

Status AlertChannels::validate(const AlertChannel &channel,
                               const std::optional<QString> &password) const
{
    const QString &name = channel.name;
    if (name.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Text::tr("an alert channel needs a name"));
    switch (channel.kind) {
    case AlertChannel::Kind::Webhook: {
        const QUrl url(channel.target);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty())
            return fail(Error::Code::InvalidInput,
                        Text::tr("'%1' is not a webhook URL for alert channel '%2'")
                            .arg(channel.target, name),
                        Text::tr("Give an http:// or https:// URL, such as "
                                 "http://10.0.0.7:8080/alerts."),
                        name);
        break;
    }
    case AlertChannel::Kind::Command:
        if (QProcess::splitCommand(channel.target).isEmpty())
            return fail(Error::Code::InvalidInput,
                        Text::tr("alert channel '%1' needs a command to run").arg(name), {}, name);
        break;
    case AlertChannel::Kind::Smtp:
        if (auto ok = channel.smtp.validate(name); !ok)
            return ok;
        if (password && channel.smtp.user.isEmpty())
            return fail(Error::Code::InvalidInput,
                        Text::tr("alert channel '%1' has a password but no SMTP user").arg(name),
                        Text::tr("Give the user the relay knows with --smtp-user."), name);
        break;
    case AlertChannel::Kind::Tray: break;
    }
    return {};
}

Result<AlertChannel> AlertChannels::add(const QString &name, AlertChannel::Kind kind,
                                        const QString &target)
{
    AlertChannel c;
    c.name = name;
    c.kind = kind;
    c.target = target;
    return add(c);
}

Result<AlertChannel> AlertChannels::add(const AlertChannel &input,
                                        const std::optional<QString> &password)
{
    AlertChannel channel = input;
    const QString name = channel.name;
    auto guard = Guard::of(m_store);
    if (auto ok = guard->require(Permission::Administer, u"add alert channel '%1'"_s.arg(name),
                                 u"alert.channel.add"_s, u"alert-channel"_s, name);
        !ok)
        return std::unexpected(ok.error());
    if (channel.kind == AlertChannel::Kind::Smtp)
        channel.target = channel.smtp.server();
    else if (channel.kind == AlertChannel::Kind::Tray)
        channel.target = QString();
    if (auto ok = validate(channel, password); !ok)
        return std::unexpected(ok.error());
    if (channel.kind == AlertChannel::Kind::Smtp && !channel.smtp.user.isEmpty() && !password)
        return fail(Error::Code::InvalidInput,
                    Text::tr("alert channel '%1' names SMTP user '%2' but no password")
                        .arg(name, channel.smtp.user),
                    Text::tr("Give the password with --password-stdin."), name);
    const QString settings = channel.kind == AlertChannel::Kind::Smtp
        ? QString::fromUtf8(QJsonDocument(channel.smtp.toJson()).toJson(QJsonDocument::Compact))
        : u"{}"_s;
    auto inserted =
        m_store->exec(u"INSERT INTO alert_channel (name, kind, target, settings, created_at) "
                      "VALUES (?, ?, ?, ?, ?)"_s,
                      {name, channel.kindId(), channel.target, settings, now()});
    Status outcome;
    if (!inserted)
        outcome = std::unexpected(
            inserted.error().code == Error::Code::Conflict ? makeError(
                Error::Code::Conflict, Text::tr("an alert channel named '%1' exists").arg(name),
                Text::tr("Choose another name."), name)
                                                           : inserted.error());
    if (outcome && password) {
        // The password goes to the secret store; without it the channel is not kept.
        Status saved;
        if (!m_secrets)
            saved = fail(Error::Code::Locked,
                         Text::tr("no secret store to keep the SMTP password of alert channel '%1' "
                                  "in")
                             .arg(name));
        if (saved) {
            auto secrets = m_secrets();
            saved = secrets ? (*secrets)->write(AlertChannel::secretKey(name), *password)
                            : Status(std::unexpected(secrets.error()));
        }
        if (!saved) {
            logIfFailed(
                lcAdmin(),
                queryStatus(m_store->exec(u"DELETE FROM alert_channel WHERE name = ?"_s, {name})),
                "alert channel kept without its password");
            outcome = saved;
        }
    }
    guard->record(u"alert.channel.add"_s, u"alert-channel"_s, name, outcome, {}, channel.toJson());
    if (!outcome)
        return std::unexpected(outcome.error());
    return find(name);
}

Result<AlertChannel> AlertChannels::update(const QString &name, const AlertChannel &input,
                                           const std::optional<QString> &password)
{
    auto before = find(name);
    if (!before)
        return std::unexpected(before.error());
    AlertChannel channel = input;
    channel.name = before->name;
    auto guard = Guard::of(m_store);
    if (auto ok = guard->require(Permission::Administer, u"change alert channel '%1'"_s.arg(name),
                                 u"alert.channel.edit"_s, u"alert-channel"_s, name);
        !ok)
        return std::unexpected(ok.error());
    if (channel.kind == AlertChannel::Kind::Smtp)
        channel.target = channel.smtp.server();
    else if (channel.kind == AlertChannel::Kind::Tray)
        channel.target = QString();
    if (auto ok = validate(channel, password); !ok)
        return std::unexpected(ok.error());
    const bool needsPassword =
        channel.kind == AlertChannel::Kind::Smtp && !channel.smtp.user.isEmpty();
    if (needsPassword && !password && !before->hasPassword)
        return fail(Error::Code::InvalidInput,
                    Text::tr("alert channel '%1' names SMTP user '%2' but no password")
                        .arg(name, channel.smtp.user),
                    Text::tr("Give the password."), name);
    Status outcome;
    if (password || (before->hasPassword && !needsPassword)) {
        if (!m_secrets)
            outcome =
                fail(Error::Code::Locked,
                     Text::tr("no secret store to keep the SMTP password of alert channel '%1' "
                              "in")
                         .arg(name));
        else if (auto secrets = m_secrets(); !secrets)
            outcome = std::unexpected(secrets.error());
        else
            outcome = password ? (*secrets)->write(AlertChannel::secretKey(name), *password)
                               : (*secrets)->remove(AlertChannel::secretKey(name));
    }
    if (outcome) {
        const QString settings = channel.kind == AlertChannel::Kind::Smtp
            ? QString::fromUtf8(QJsonDocument(channel.smtp.toJson()).toJson(QJsonDocument::Compact))
            : u"{}"_s;
        auto updated = m_store->exec(
            u"UPDATE alert_channel SET kind = ?, target = ?, settings = ? WHERE id = ?"_s,
            {channel.kindId(), channel.target, settings, before->id});
        if (!updated)
            outcome = std::unexpected(updated.error());
    }
    guard->record(u"alert.channel.edit"_s, u"alert-channel"_s, name, outcome, before->toJson(),
                  channel.toJson());
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
    if (outcome && channel->hasPassword) {
        // The channel is gone either way; a password left behind is only logged.
        auto secrets = m_secrets ? m_secrets()
                                 : Result<std::shared_ptr<SecretStore>>(
                                     fail(Error::Code::Locked, Text::tr("no secret store")));
        logIfFailed(lcAdmin(),
                    secrets ? (*secrets)->remove(AlertChannel::secretKey(channel->name))
                            : Status(std::unexpected(secrets.error())),
                    "the removed alert channel's SMTP password stays in the secret store");
    }
    guard->record(u"alert.channel.remove"_s, u"alert-channel"_s, name, outcome, channel->toJson());
    return outcome;
}

Result<QString> AlertChannels::deliverSmtp(const AlertChannel &channel, const Alert &alert)
{
    QString password;
    if (!channel.smtp.user.isEmpty()) {
        if (!m_secrets)
            return fail(
                Error::Code::Locked,
                Text::tr("the SMTP password of alert channel '%1' is in the secret store, which "
                         "this process cannot open")
                    .arg(channel.name),
                {}, channel.name);
        auto secrets = m_secrets();
        if (!secrets)
            return std::unexpected(secrets.error());
        auto secret = (*secrets)->read(AlertChannel::secretKey(channel.name));
        if (!secret)
            return std::unexpected(secret.error());
        if (!*secret)
            return fail(Error::Code::NotFound,
                        Text::tr("the secret store holds no SMTP password for alert channel '%1'")
                            .arg(channel.name),
                        Text::tr("Add the channel again with --password-stdin."), channel.name);
        password = **secret;
    }
    SmtpMessage message;
    const QString level = levelWord(alert.level);
    message.subject = alert.state == u"resolved" ? u"[Ferry resolved] %1"_s.arg(alert.title)
                                                 : u"[Ferry %1] %2"_s.arg(level, alert.title);
    message.date = alert.at.isValid() ? alert.at : QDateTime::currentDateTimeUtc();
    QString body = alert.text + u"\n\n"_s;
    body += u"Level: %1\n"_s.arg(level);
    if (!alert.rule.isEmpty())
        body += u"Rule: %1\n"_s.arg(alert.rule);
    if (!alert.project.isEmpty())
        body += u"Project: %1\n"_s.arg(alert.project);
    body += u"State: %1\n"_s.arg(alert.state);
    body += u"At: %1\n"_s.arg(message.date.toUTC().toString(Qt::ISODate));
    if (alert.incident)
        body += u"Incident: %1\n"_s.arg(alert.incident);
    body += u"\n-- \nFerry on %1\n"_s.arg(QSysInfo::machineHostName());
    message.body = body;
    message.extraHeaders.append({"X-Ferry-Level", level});
    if (!alert.rule.isEmpty())
        message.extraHeaders.append({"X-Ferry-Rule", alert.rule});
    if (!alert.project.isEmpty())
        message.extraHeaders.append({"X-Ferry-Project", alert.project});
    auto sent = SmtpClient(channel.smtp, password).send(message);
    if (!sent)
        return std::unexpected(sent.error());
    return u"SMTP %1"_s.arg(*sent);
}

Result<QString> AlertChannels::deliverTray(const AlertChannel &channel, const Alert &alert,
                                           bool *shown)
{
    const bool desktop = desktopPresent();
    const QString detail = desktop
        ? QString()
        : u"not shown: this process shows no desktop notifications (a headless ferry, or no "
          "system tray); a console open on this store shows it"_s;
    auto q =
        m_store->exec(u"INSERT INTO alert_notification (at, channel, level, title, text, "
                      "state, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                      {now(), channel.name, levelWord(alert.level),
                       alert.state == u"resolved" ? u"Resolved: "_s + alert.title : alert.title,
                       alert.text, desktop ? u"pending"_s : u"not-shown"_s, detail});
    if (!q)
        return std::unexpected(q.error());
    *shown = desktop;
    return desktop ? u"handed to the console's system tray"_s : detail;
}

Status AlertChannels::deliver(const AlertChannel &channel, const Alert &alert)
{
    const QByteArray body = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact);
    bool shown = true;
    Result<QString> sent;
    switch (channel.kind) {
    case AlertChannel::Kind::Webhook: sent = postWebhook(channel.target, body); break;
    case AlertChannel::Kind::Command: sent = runCommand(channel.target, alert, body); break;
    case AlertChannel::Kind::Smtp: sent = deliverSmtp(channel, alert); break;
    case AlertChannel::Kind::Tray: sent = deliverTray(channel, alert, &shown); break;
    }
    const QString detail = sent ? *sent : sent.error().message;
    const QString status = !sent ? u"failed"_s : shown ? u"ok"_s : u"not-shown"_s;
    const QString title = alert.state == u"resolved" ? u"Resolved: "_s + alert.title : alert.title;
    auto recorded = m_store->exec(
        u"INSERT INTO alert_delivery (at, channel, level, title, status, detail, incident) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {now(), channel.name, levelWord(alert.level), title, status, detail,
         alert.incident ? QVariant(alert.incident) : QVariant()});
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
    auto q = m_store->exec(u"SELECT at, channel, level, title, status, detail, incident FROM "
                           "alert_delivery ORDER BY id DESC LIMIT ?"_s,
                           {limit});
    if (!q)
        return std::unexpected(q.error());
    QList<AlertDelivery> out;
    while (q->next()) {
        AlertDelivery d;
        d.at = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs);
        d.channel = q->value(1).toString();
        d.level = q->value(2).toString();
        d.title = q->value(3).toString();
        d.status = q->value(4).toString();
        d.ok = d.status == u"ok";
        d.detail = q->value(5).toString();
        d.incident = q->value(6).toLongLong();
        out.append(d);
    }
    return out;
}

void AlertChannels::setDesktopPresent(bool present)
{
    g_desktopPresent = present;
}

bool AlertChannels::desktopPresent()
{
    return g_desktopPresent;
}

static Result<QList<AlertNotification>> readNotifications(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<AlertNotification> out;
    while (q->next())
        out.append({q->value(0).toLongLong(),
                    QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
                    q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                    q->value(5).toString(), q->value(6).toString(), q->value(7).toString()});
    return out;
}

Result<QList<AlertNotification>> AlertChannels::notificationsToShow(const QDateTime &since) const
{
    return readNotifications(m_store->exec(
        u"SELECT id, at, channel, level, title, text, state, detail FROM alert_notification "
        "WHERE state = 'pending' OR (state = 'not-shown' AND at >= ?) ORDER BY id"_s,
        {since.toUTC().toString(Qt::ISODateWithMs)}));
}

Result<QList<AlertNotification>> AlertChannels::notifications(int limit) const
{
    return readNotifications(m_store->exec(
        u"SELECT id, at, channel, level, title, text, state, detail FROM alert_notification "
        "ORDER BY id DESC LIMIT ?"_s,
        {limit}));
}

Result<bool> AlertChannels::claimShown(qint64 id, const QString &state, const QString &detail)
{
    auto q = m_store->exec(u"UPDATE alert_notification SET state = ?, detail = ?, shown_at = ? "
                           "WHERE id = ? AND state != 'shown'"_s,
                           {state, detail, now(), id});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() == 1;
}

} // namespace ferry

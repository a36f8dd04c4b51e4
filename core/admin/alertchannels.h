#pragma once

#include "common/error.h"
#include "smtpclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ferry {

class MetaStore;
class SecretStore;

// One alert as a channel delivers it.
struct Alert
{
    QString level; // "info", "warning", "critical"
    QString title;
    QString text;
    QString project; // may be empty
    QDateTime at; // UTC
    QString rule; // "project-failed", ...; empty for a test alert
    QString state = QStringLiteral("firing"); // "firing" or "resolved"
    qint64 incident = 0; // 0 for a test alert

    QJsonObject toJson() const;
};

// Where alerts go without the internet: a webhook on the local network (JSON POST), a local
// command (the alert as JSON on its standard input and in FERRY_ALERT_* variables), an SMTP
// relay on the local network, or the console's system tray.
struct AlertChannel
{
    enum class Kind { Webhook, Command, Smtp, Tray };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Webhook;
    QString target; // the URL, the command line, the relay "host:port"; "" for the tray
    SmtpSettings smtp; // Smtp only
    bool hasPassword = false; // Smtp with a user: its password is in the secret store

    QString kindId() const; // "webhook", "command", "smtp", "tray"
    static std::optional<Kind> kindFromId(const QString &id);
    // The secret store's key of an SMTP channel's password.
    static QString secretKey(const QString &name);
    QJsonObject toJson() const; // never a password
};

// One delivery attempt, as recorded.
struct AlertDelivery
{
    QDateTime at;
    QString channel;
    QString level;
    QString title;
    bool ok = false;
    QString detail; // "HTTP 200", "exit 0", or the error
    QString status; // "ok", "failed", "not-shown" (a desktop notification no desktop showed)
    qint64 incident = 0;
};

// A desktop notification recorded for the console's system tray.
struct AlertNotification
{
    qint64 id = 0;
    QDateTime at;
    QString channel;
    QString level;
    QString title;
    QString text;
    QString state; // "pending", "shown", "not-shown"
    QString detail;
};

// Alert channels in the store and their deliveries: every attempt is recorded with its status.
// Changes need the administrator role and are audited. Blocking (a delivery waits up to 10 s
// for a webhook, 30 s for a command, 15 s per SMTP step): call it from a worker thread.
class AlertChannels
{
public:
    // Where an SMTP channel's password is kept; without one, a channel with a user can be
    // neither added nor used.
    using SecretsProvider = std::function<Result<std::shared_ptr<SecretStore>>()>;

    explicit AlertChannels(std::shared_ptr<MetaStore> store, SecretsProvider secrets = {});

    Result<QList<AlertChannel>> list() const;
    Result<AlertChannel> find(const QString &name) const;
    Result<AlertChannel> add(const QString &name, AlertChannel::Kind kind, const QString &target);
    // Any kind; `password` for an SMTP channel with a user (kept in the secret store).
    Result<AlertChannel> add(const AlertChannel &channel,
                             const std::optional<QString> &password = std::nullopt);
    // Changes the channel named `name` (its kind and settings; not its name). `password`
    // std::nullopt keeps the saved one.
    Result<AlertChannel> update(const QString &name, const AlertChannel &changed,
                                const std::optional<QString> &password = std::nullopt);
    Status remove(const QString &name);

    // Delivers `alert` to the channel and records the attempt; the error says why it failed.
    Status deliver(const AlertChannel &channel, const Alert &alert);
    // `ferry alert test CHANNEL` and the console's "send test alert".
    Status sendTest(const QString &name);

    Result<QList<AlertDelivery>> deliveries(int limit = 50) const;

    // Whether this process shows desktop notifications (the console sets it): without one a
    // tray channel's notification is recorded as not shown, with why.
    static void setDesktopPresent(bool present);
    static bool desktopPresent();
    // Notifications a console should show: pending ones, and those a headless process could
    // not show since `since`. claimShown() marks one shown, false when another took it.
    Result<QList<AlertNotification>> notificationsToShow(const QDateTime &since) const;
    Result<bool> claimShown(qint64 id, const QString &state, const QString &detail = {});
    Result<QList<AlertNotification>> notifications(int limit = 50) const;

private:
    Result<QString> deliverSmtp(const AlertChannel &channel, const Alert &alert);
    Result<QString> deliverTray(const AlertChannel &channel, const Alert &alert, bool *shown);
    Status validate(const AlertChannel &channel, const std::optional<QString> &password) const;

    std::shared_ptr<MetaStore> m_store;
    SecretsProvider m_secrets;
};

} // namespace ferry

#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ferry {

class MetaStore;

// One alert as a channel delivers it.
struct Alert
{
    QString level; // "info", "warning", "critical"
    QString title;
    QString text;
    QString project; // may be empty
    QDateTime at; // UTC

    QJsonObject toJson() const;
};

// Where alerts go without the internet: a webhook on the local network (JSON POST) or a local
// command (the alert as JSON on its standard input and in FERRY_ALERT_* variables).
struct AlertChannel
{
    enum class Kind { Webhook, Command };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Webhook;
    QString target; // the URL or the command line

    QString kindId() const; // "webhook", "command"
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
};

// Alert channels in the store and their deliveries: every attempt is recorded with its status.
// Changes need the administrator role and are audited. Blocking (a delivery waits up to 10 s
// for a webhook, 30 s for a command): call it from a worker thread.
class AlertChannels
{
public:
    explicit AlertChannels(std::shared_ptr<MetaStore> store);

    Result<QList<AlertChannel>> list() const;
    Result<AlertChannel> find(const QString &name) const;
    Result<AlertChannel> add(const QString &name, AlertChannel::Kind kind, const QString &target);
    Status remove(const QString &name);

    // Delivers `alert` to the channel and records the attempt; the error says why it failed.
    Status deliver(const AlertChannel &channel, const Alert &alert);
    // `ferry alert test CHANNEL` and the console's "send test alert".
    Status sendTest(const QString &name);

    Result<QList<AlertDelivery>> deliveries(int limit = 50) const;

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

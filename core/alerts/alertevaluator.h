#pragma once

#include "admin/alertchannels.h"
#include "alertfacts.h"
#include "alertrules.h"
#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ferry {

class MetaStore;

// What one evaluation did, in order.
struct AlertEvent
{
    enum class Kind {
        Opened, // a condition started: incident opened and its alert sent
        OpenedSilenced, // opened inside a silence: nothing sent yet
        Notified, // a silenced incident's alert sent once its silence ended
        Resolved, // the condition ended: "resolved" sent (when the alert had gone out)
    };
    Kind kind = Kind::Opened;
    qint64 incident = 0;
    QString rule;
    QString subject;
    QString title;
    QStringList delivered; // channels that took it
    QStringList failed; // "channel: why"

    QString kindId() const; // "opened", "opened-silenced", "notified", "resolved"
    QJsonObject toJson() const;
};

// Evaluates the alert rules once against the store's facts: opens an incident when a
// condition starts (once: the incident's unique open key decides between processes evaluating
// at the same moment), sends it to the rule's channels unless a silence covers it, and resolves
// it, sending "resolved", when the condition ends. Every delivery is recorded. Blocking (store,
// channels): a worker thread.
class AlertEvaluator
{
public:
    AlertEvaluator(std::shared_ptr<MetaStore> store, AlertChannels::SecretsProvider secrets = {});

    // Source log retention facts (the O&M risk board). Without one the rule log-retention
    // neither opens nor resolves incidents.
    void setRetentionProvider(RetentionProvider provider);
    // The disk of the store by default.
    void setDiskProvider(DiskProvider provider);

    Result<QList<AlertEvent>> evaluate(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    struct Condition
    {
        AlertRuleKind kind;
        QString subject;
        QString project;
        AlertLevel level;
        QString title;
        QString text;
    };

    std::shared_ptr<MetaStore> m_store;
    AlertChannels m_channels;
    RetentionProvider m_retention;
    DiskProvider m_disk;
};

} // namespace ferry

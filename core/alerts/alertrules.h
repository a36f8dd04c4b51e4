#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

namespace ferry {

class MetaStore;

// What an alert rule watches. The ids ("project-failed", ...) are the store's and the command
// line's words.
enum class AlertRuleKind {
    ProjectFailed, // a project's run failed
    PausedDdl, // a change stream waits for a decision on a schema change
    Lag, // replication lag above `threshold` seconds for `duration` seconds
    VerifyDifferences, // the newest verification of a project found differences
    LogRetention, // the source may purge log a stream still needs (`threshold`: hours left)
    DiskFull, // the disk of the store's directory `threshold` percent used or more
    ComponentDead, // a run whose heartbeat is stale (killed, host lost)
};

inline size_t qHash(AlertRuleKind kind, size_t seed = 0)
{
    return ::qHash(int(kind), seed);
}

// "info", "warning", "critical"
enum class AlertLevel { Info, Warning, Critical };

namespace alertrules {
QString id(AlertRuleKind kind);
std::optional<AlertRuleKind> fromId(const QString &id);
QList<AlertRuleKind> all();
// "Project failed", ...: the rule as a person reads it.
QString name(AlertRuleKind kind);
// What the threshold means ("lag in s", "% used", "hours left"), empty when it has none.
QString thresholdUnit(AlertRuleKind kind);
bool hasDuration(AlertRuleKind kind);
QString levelId(AlertLevel level);
// The level as a person reads it, in the user's language.
QString levelTitle(AlertLevel level);
std::optional<AlertLevel> levelFromId(const QString &id);
} // namespace alertrules

struct AlertRule
{
    AlertRuleKind kind = AlertRuleKind::ProjectFailed;
    AlertLevel level = AlertLevel::Warning;
    bool enabled = true;
    qint64 threshold = 0;
    qint64 durationSeconds = 0;
    QStringList channels; // names, sorted
    QDateTime updatedAt;
    QString updatedBy;

    QJsonObject toJson() const;
};

// One project's exception to a rule: std::nullopt keeps the rule's value.
struct AlertOverride
{
    AlertRuleKind kind = AlertRuleKind::ProjectFailed;
    QString project;
    std::optional<bool> enabled;
    std::optional<AlertLevel> level;
    std::optional<qint64> threshold;
    std::optional<qint64> durationSeconds;

    QJsonObject toJson() const;
};

// When alerts are not sent: daily between two local times (which may pass midnight) or once
// until a moment; for one rule and/or one project, or for all.
struct AlertSilence
{
    qint64 id = 0;
    std::optional<AlertRuleKind> kind; // std::nullopt: every rule
    QString project; // empty: every project
    QTime dailyFrom; // valid with dailyTo for a daily window
    QTime dailyTo;
    QDateTime until; // valid for a one-off silence
    QString reason;
    QDateTime createdAt;
    QString createdBy;

    bool isDaily() const { return dailyFrom.isValid(); }
    // Whether it silences an alert of `kind` about `project` at `now` (local time for a daily
    // window).
    bool covers(AlertRuleKind kind, const QString &project, const QDateTime &now) const;
    // "daily 22:00-06:00" or "until 2026-11-28 08:00 (local)"
    QString windowText() const;
    QJsonObject toJson() const;
};

// A condition that held: opened once, resolved once.
struct AlertIncident
{
    qint64 id = 0;
    QString rule;
    QString subject; // the project, or the directory of the store for the disk
    QString project;
    QString level;
    QString title;
    QString text;
    QDateTime openedAt;
    QDateTime resolvedAt; // invalid while open
    bool notified = false;

    bool isOpen() const { return !resolvedAt.isValid(); }
    QJsonObject toJson() const;
};

// The alert rules of a store, their per-project overrides and silence windows, and the
// incidents they raised. Reads take any role; changes the administrator role, each audited.
// Any thread (blocking store calls: not the UI thread).
class AlertRules
{
public:
    explicit AlertRules(std::shared_ptr<MetaStore> store);

    Result<QList<AlertRule>> list() const;
    Result<AlertRule> rule(AlertRuleKind kind) const;
    // Changes what is given; `channels` (names that must exist) replaces the list.
    struct Change
    {
        std::optional<AlertLevel> level;
        std::optional<bool> enabled;
        std::optional<qint64> threshold;
        std::optional<qint64> durationSeconds;
        std::optional<QStringList> channels;
    };
    Result<AlertRule> set(AlertRuleKind kind, const Change &change);

    Result<QList<AlertOverride>> overrides() const;
    // Adds or replaces the override of `kind` for `project`.
    Result<AlertOverride> setOverride(const AlertOverride &override);
    Status removeOverride(AlertRuleKind kind, const QString &project);

    Result<QList<AlertSilence>> silences() const;
    Result<AlertSilence> addSilence(const AlertSilence &silence);
    Status removeSilence(qint64 id);

    // Newest first; `openOnly` leaves resolved ones out.
    Result<QList<AlertIncident>> incidents(bool openOnly = false, int limit = 100) const;

    // The range a threshold of `kind` takes, and a check naming the rule and the fix.
    static Status checkThreshold(AlertRuleKind kind, qint64 threshold);
    static Status checkDuration(qint64 seconds);

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

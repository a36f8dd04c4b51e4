#include "alertevaluator.h"

#include "common/durationtext.h"
#include "common/language.h"
#include "common/logging.h"
#include "store/metastore.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

struct Effective
{
    bool enabled = true;
    AlertLevel level = AlertLevel::Warning;
    qint64 threshold = 0;
    qint64 duration = 0;
};

Effective effective(const AlertRule &rule, const QList<AlertOverride> &overrides,
                    const QString &project)
{
    Effective e {rule.enabled, rule.level, rule.threshold, rule.durationSeconds};
    for (const AlertOverride &o : overrides) {
        if (o.kind != rule.kind || o.project.compare(project, Qt::CaseInsensitive) != 0)
            continue;
        e.enabled = o.enabled.value_or(e.enabled);
        e.level = o.level.value_or(e.level);
        e.threshold = o.threshold.value_or(e.threshold);
        e.duration = o.durationSeconds.value_or(e.duration);
    }
    return e;
}

// A rule missing from the store (a newer Ferry's) is off.
AlertRule missingRule(AlertRuleKind kind)
{
    AlertRule r;
    r.kind = kind;
    r.enabled = false;
    return r;
}

QString key(AlertRuleKind kind, const QString &subject)
{
    return alertrules::id(kind) + u'|' + subject;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Status queryStatus(const Result<QSqlQuery> &q)
{
    return q ? Status() : Status(std::unexpected(q.error()));
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString AlertEvent::kindId() const
{
    switch (kind) {
    case Kind::Opened: return u"opened"_s;
    case Kind::OpenedSilenced: return u"opened-silenced"_s;
    case Kind::Notified: return u"notified"_s;
    case Kind::Resolved: return u"resolved"_s;
    }
    return {};
}

QJsonObject AlertEvent::toJson() const
{
    return {{u"event"_s, kindId()},
            {u"incident"_s, incident},
            {u"rule"_s, rule},
            {u"subject"_s, subject},
            {u"title"_s, title},
            {u"delivered"_s, QJsonArray::fromStringList(delivered)},
            {u"failed"_s, QJsonArray::fromStringList(failed)}};
}

AlertEvaluator::AlertEvaluator(std::shared_ptr<MetaStore> store,
                               AlertChannels::SecretsProvider secrets)
    : m_store(store)
    , m_channels(store, std::move(secrets))
{
    const QString path = m_store->path();
    m_disk = [path] {
        return storeDisk(path);
    };
}

void AlertEvaluator::setRetentionProvider(RetentionProvider provider)
{
    m_retention = std::move(provider);
}

void AlertEvaluator::setDiskProvider(DiskProvider provider)
{
    m_disk = std::move(provider);
}

Result<QList<AlertEvent>> AlertEvaluator::evaluate(const QDateTime &now)
{
    AlertRules rules(m_store);
    auto ruleList = rules.list();
    if (!ruleList)
        return std::unexpected(ruleList.error());
    auto overrides = rules.overrides();
    if (!overrides)
        return std::unexpected(overrides.error());
    auto silences = rules.silences();
    if (!silences)
        return std::unexpected(silences.error());
    auto channelList = m_channels.list();
    if (!channelList)
        return std::unexpected(channelList.error());
    auto projects = readProjectFacts(m_store);
    if (!projects)
        return std::unexpected(projects.error());
    const std::optional<DiskFact> disk = m_disk ? m_disk() : std::nullopt;
    const std::optional<QList<RetentionFact>> retention =
        m_retention ? m_retention() : std::nullopt;

    // Which rules could be judged now: only their open incidents may resolve.
    QSet<AlertRuleKind> judged = {AlertRuleKind::ProjectFailed, AlertRuleKind::PausedDdl,
                                  AlertRuleKind::Lag, AlertRuleKind::VerifyDifferences,
                                  AlertRuleKind::ComponentDead};
    if (disk)
        judged.insert(AlertRuleKind::DiskFull);
    if (retention)
        judged.insert(AlertRuleKind::LogRetention);

    QHash<AlertRuleKind, AlertRule> ruleOf;
    for (const AlertRule &r : std::as_const(*ruleList))
        ruleOf.insert(r.kind, r);
    QHash<QString, AlertChannel> channelOf;
    for (const AlertChannel &c : std::as_const(*channelList))
        channelOf.insert(c.name, c);

    // The pending conditions of rules with a duration (lag): since when they hold.
    QHash<QString, QDateTime> pendingSince;
    {
        auto q = m_store->exec(u"SELECT key, since FROM alert_pending"_s);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            QDateTime since = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
            pendingSince.insert(q->value(0).toString(), since);
        }
    }
    QSet<QString> pendingSeen;

    QList<Condition> conditions;
    const auto add = [&](AlertRuleKind kind, const QString &subject, const QString &project,
                         AlertLevel level, const QString &title, const QString &text) {
        conditions.append({kind, subject, project, level, title, text});
    };
    for (const ProjectFact &p : std::as_const(*projects)) {
        const auto rule = [&](AlertRuleKind k) {
            return effective(ruleOf.value(k, missingRule(k)), *overrides, p.name);
        };
        if (const Effective e = rule(AlertRuleKind::ProjectFailed);
            e.enabled && p.state == ProjectState::Failed)
            add(AlertRuleKind::ProjectFailed, p.name, p.name, e.level,
                Text::tr("Project %1 failed").arg(p.name),
                p.lastError.isEmpty() ? Text::tr("Project %1 failed.").arg(p.name)
                                      : Text::tr("Project %1 failed: %2").arg(p.name, p.lastError));
        if (const Effective e = rule(AlertRuleKind::PausedDdl);
            e.enabled && !p.pausedDdl.isEmpty()) {
            QStringList what;
            for (const PausedStream &s : p.pausedDdl)
                what << Text::tr("the %1 stream waits on: %2").arg(s.stream, s.detail);
            add(AlertRuleKind::PausedDdl, p.name, p.name, e.level,
                Text::tr("Project %1 paused at a schema change").arg(p.name),
                Text::tr(
                    "Project %1 is paused for a schema-change decision: %2. Decide in the console "
                    "or with ferry ddl.")
                    .arg(p.name, what.join(u"; "_s)));
        }
        if (const Effective e = rule(AlertRuleKind::Lag); e.enabled) {
            const QString k = key(AlertRuleKind::Lag, p.name);
            if (p.lagMs && *p.lagMs > e.threshold * 1000) {
                pendingSeen.insert(k);
                QDateTime since = pendingSince.value(k);
                if (!since.isValid()) {
                    since = now;
                    auto q = m_store->exec(
                        u"INSERT OR IGNORE INTO alert_pending (key, since) VALUES (?, ?)"_s,
                        {k, iso(now)});
                    if (!q)
                        return std::unexpected(q.error());
                }
                if (since.msecsTo(now) >= e.duration * 1000)
                    add(AlertRuleKind::Lag, p.name, p.name, e.level,
                        Text::tr("Project %1 lags %2 behind its source")
                            .arg(p.name, durationText(*p.lagMs)),
                        Text::tr(
                            "The replication lag of project %1 is %2, above %3 since %4 (the rule "
                            "waits %5).")
                            .arg(p.name, durationText(*p.lagMs), durationText(e.threshold * 1000),
                                 iso(since), durationText(e.duration * 1000)));
            }
        }
        if (const Effective e = rule(AlertRuleKind::VerifyDifferences);
            e.enabled && p.verified && !p.verifyConsistent)
            add(AlertRuleKind::VerifyDifferences, p.name, p.name, e.level,
                Text::tr("Verification of project %1 found differences").arg(p.name),
                Text::tr("The newest verification of project %1 found differences: %2")
                    .arg(p.name, p.verifySummary));
        if (const Effective e = rule(AlertRuleKind::ComponentDead);
            e.enabled && p.state == ProjectState::Interrupted)
            add(AlertRuleKind::ComponentDead, p.name, p.name, e.level,
                Text::tr("The run of project %1 is dead").arg(p.name),
                p.heartbeatAt.isValid()
                    ? Text::tr(
                          "The run of project %1 (pid %2 on %3) last beat at %4 and has stopped "
                          "beating: it was killed or its host went down. Start the project again "
                          "to resume it.")
                          .arg(p.name)
                          .arg(p.pid)
                          .arg(p.host, iso(p.heartbeatAt))
                    : Text::tr(
                          "Project %1 is marked running but no run beats for it: it was killed or "
                          "its host went down. Start the project again to resume it.")
                          .arg(p.name));
    }
    if (retention) {
        for (const RetentionFact &r : *retention) {
            const Effective e = effective(
                ruleOf.value(AlertRuleKind::LogRetention, missingRule(AlertRuleKind::LogRetention)),
                *overrides, r.project);
            const bool soon = r.secondsLeft >= 0 && r.secondsLeft <= e.threshold * 3600;
            if (!e.enabled || !(r.atRisk || soon))
                continue;
            add(AlertRuleKind::LogRetention, r.project, r.project, e.level,
                Text::tr("Source log retention at risk for project %1").arg(r.project),
                (r.secondsLeft >= 0
                     ? Text::tr("The source may purge log that project %1 still needs within %2.")
                           .arg(r.project, durationText(r.secondsLeft * 1000))
                     : Text::tr("The source may purge log that project %1 still needs.")
                           .arg(r.project))
                    + (r.detail.isEmpty() ? QString() : u" "_s + r.detail));
        }
    }
    if (disk) {
        const Effective e =
            effective(ruleOf.value(AlertRuleKind::DiskFull, missingRule(AlertRuleKind::DiskFull)),
                      *overrides, QString());
        if (e.enabled && disk->percentUsed() >= e.threshold)
            add(AlertRuleKind::DiskFull, disk->path, QString(), e.level,
                Text::tr("Disk nearly full: %1 is %2% used")
                    .arg(disk->path)
                    .arg(disk->percentUsed()),
                Text::tr(
                    "The disk holding the Ferry store %1 has %2 free of %3 (%4% used, the rule "
                    "alerts from %5%). Free space or move the store before runs stop.")
                    .arg(disk->path, bytesText(disk->bytesAvailable), bytesText(disk->bytesTotal))
                    .arg(disk->percentUsed())
                    .arg(e.threshold));
    }
    // Conditions that no longer hold forget when they began.
    for (auto it = pendingSince.cbegin(); it != pendingSince.cend(); ++it)
        if (!pendingSeen.contains(it.key()))
            logIfFailed(lcAdmin(),
                        queryStatus(m_store->exec(u"DELETE FROM alert_pending WHERE key = ?"_s,
                                                  {it.key()})),
                        "a lag that fell under its threshold still counts as pending");

    const auto silenced = [&](AlertRuleKind kind, const QString &project) {
        for (const AlertSilence &s : std::as_const(*silences))
            if (s.covers(kind, project, now))
                return true;
        return false;
    };
    QList<AlertEvent> events;
    const auto send = [&](AlertEvent &event, AlertRuleKind kind, Alert alert) {
        alert.at = now;
        alert.rule = alertrules::id(kind);
        alert.incident = event.incident;
        for (const QString &name : ruleOf.value(kind).channels) {
            const auto channel = channelOf.constFind(name);
            if (channel == channelOf.constEnd())
                continue;
            if (auto ok = m_channels.deliver(*channel, alert); ok)
                event.delivered << name;
            else
                event.failed << name + u": "_s + ok.error().message;
        }
    };

    // Open incidents, by key.
    struct Open
    {
        qint64 id;
        AlertRuleKind kind;
        QString subject, project, level, title, text;
        bool notified;
    };
    QHash<QString, Open> open;
    {
        auto q = m_store->exec(u"SELECT id, rule, subject, project, level, title, text, notified "
                               "FROM alert_incident WHERE resolved_at IS NULL ORDER BY id"_s);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const auto kind = alertrules::fromId(q->value(1).toString());
            if (!kind)
                continue;
            open.insert(key(*kind, q->value(2).toString()),
                        {q->value(0).toLongLong(), *kind, q->value(2).toString(),
                         q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                         q->value(6).toString(), q->value(7).toBool()});
        }
    }

    QSet<QString> holding;
    for (const Condition &c : std::as_const(conditions)) {
        const QString k = key(c.kind, c.subject);
        holding.insert(k);
        const bool quiet = silenced(c.kind, c.project);
        AlertEvent event;
        event.rule = alertrules::id(c.kind);
        event.subject = c.subject;
        if (const auto it = open.constFind(k); it != open.constEnd()) {
            if (it->notified || quiet)
                continue;
            event.incident = it->id;
            event.title = it->title;
            event.kind = AlertEvent::Kind::Notified;
        } else {
            auto inserted = m_store->exec(
                u"INSERT INTO alert_incident (rule, subject, project, level, title, text, "
                "opened_at, open_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {event.rule, c.subject, c.project, alertrules::levelId(c.level), c.title, c.text,
                 iso(now), k});
            if (!inserted) {
                // Another process opened it at the same moment: it sends the alert.
                if (inserted.error().code == Error::Code::Conflict)
                    continue;
                return std::unexpected(inserted.error());
            }
            event.incident = inserted->lastInsertId().toLongLong();
            event.title = c.title;
            if (quiet) {
                event.kind = AlertEvent::Kind::OpenedSilenced;
                events.append(event);
                continue;
            }
            event.kind = AlertEvent::Kind::Opened;
        }
        // Whoever marks it notified sends it: never two processes.
        auto claimed =
            m_store->exec(u"UPDATE alert_incident SET notified = 1 WHERE id = ? AND notified = 0"_s,
                          {event.incident});
        if (!claimed)
            return std::unexpected(claimed.error());
        if (claimed->numRowsAffected() != 1)
            continue;
        const Open *known = open.contains(k) ? &open[k] : nullptr;
        Alert alert;
        alert.level = known ? known->level : alertrules::levelId(c.level);
        alert.title = known ? known->title : c.title;
        alert.text = known ? known->text : c.text;
        alert.project = c.project;
        send(event, c.kind, alert);
        events.append(event);
    }

    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (holding.contains(it.key()) || !judged.contains(it->kind))
            continue;
        auto resolved = m_store->exec(u"UPDATE alert_incident SET resolved_at = ?, open_key = "
                                      "NULL WHERE id = ? AND resolved_at IS NULL"_s,
                                      {iso(now), it->id});
        if (!resolved)
            return std::unexpected(resolved.error());
        if (resolved->numRowsAffected() != 1)
            continue; // another process resolved it
        AlertEvent event;
        event.kind = AlertEvent::Kind::Resolved;
        event.incident = it->id;
        event.rule = alertrules::id(it->kind);
        event.subject = it->subject;
        event.title = it->title;
        // Who was told it started is told it ended, silence or not; nobody else.
        if (it->notified) {
            Alert alert;
            alert.level = it->level;
            alert.title = it->title;
            alert.text = Text::tr("Resolved: %1 (it started as: %2)").arg(it->title, it->text);
            alert.project = it->project;
            alert.state = u"resolved"_s;
            send(event, it->kind, alert);
        }
        events.append(event);
    }
    for (const AlertEvent &e : std::as_const(events))
        qCInfo(lcAdmin).noquote() << "alert" << e.kindId() << e.rule << e.subject << "incident"
                                  << e.incident << "delivered to" << e.delivered.join(u", "_s)
                                  << (e.failed.isEmpty() ? QString()
                                                         : u"failed: "_s + e.failed.join(u"; "_s));
    return events;
}

} // namespace ferry

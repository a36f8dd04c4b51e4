#include "alertrules.h"

#include "admin/guard.h"
#include "common/language.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestamp(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t;
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

Status requireAdmin(const std::shared_ptr<MetaStore> &store, const QString &what,
                    const QString &action, const QString &object)
{
    return Guard::of(store)->require(Permission::Administer, what, action, u"alert-rule"_s, object);
}

} // namespace

QString alertrules::id(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::ProjectFailed: return u"project-failed"_s;
    case AlertRuleKind::PausedDdl: return u"paused-ddl"_s;
    case AlertRuleKind::Lag: return u"lag"_s;
    case AlertRuleKind::VerifyDifferences: return u"verify-differences"_s;
    case AlertRuleKind::LogRetention: return u"log-retention"_s;
    case AlertRuleKind::DiskFull: return u"disk-full"_s;
    case AlertRuleKind::ComponentDead: return u"component-dead"_s;
    }
    return {};
}

QList<AlertRuleKind> alertrules::all()
{
    return {AlertRuleKind::ProjectFailed,     AlertRuleKind::PausedDdl,    AlertRuleKind::Lag,
            AlertRuleKind::VerifyDifferences, AlertRuleKind::LogRetention, AlertRuleKind::DiskFull,
            AlertRuleKind::ComponentDead};
}

std::optional<AlertRuleKind> alertrules::fromId(const QString &id)
{
    for (AlertRuleKind k : all())
        if (alertrules::id(k) == id)
            return k;
    return std::nullopt;
}

QString alertrules::name(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::ProjectFailed: return Text::tr("Project failed");
    case AlertRuleKind::PausedDdl: return Text::tr("Paused at a schema change");
    case AlertRuleKind::Lag: return Text::tr("Lag above a threshold");
    case AlertRuleKind::VerifyDifferences: return Text::tr("Verification found differences");
    case AlertRuleKind::LogRetention: return Text::tr("Source log retention at risk");
    case AlertRuleKind::DiskFull: return Text::tr("Disk nearly full");
    case AlertRuleKind::ComponentDead: return Text::tr("Run dead (stale heartbeat)");
    }
    return {};
}

QString alertrules::thresholdUnit(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::Lag: return Text::tr("s of lag");
    case AlertRuleKind::LogRetention: return Text::tr("hours of log left");
    case AlertRuleKind::DiskFull: return Text::tr("% used");
    default: return {};
    }
}

bool alertrules::hasDuration(AlertRuleKind kind)
{
    return kind == AlertRuleKind::Lag;
}

QString alertrules::levelId(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Info: return u"info"_s;
    case AlertLevel::Warning: return u"warning"_s;
    case AlertLevel::Critical: return u"critical"_s;
    }
    return {};
}

QString alertrules::levelTitle(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Info: return Text::tr("info");
    case AlertLevel::Warning: return Text::tr("warning");
    case AlertLevel::Critical: return Text::tr("critical");
    }
    return {};
}

std::optional<AlertLevel> alertrules::levelFromId(const QString &id)
{
    for (AlertLevel l : {AlertLevel::Info, AlertLevel::Warning, AlertLevel::Critical})
        if (levelId(l) == id)
            return l;
    return std::nullopt;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o {{u"rule"_s, alertrules::id(kind)},
                   {u"level"_s, alertrules::levelId(level)},
                   {u"enabled"_s, enabled},
                   {u"channels"_s, QJsonArray::fromStringList(channels)}};
    if (!alertrules::thresholdUnit(kind).isEmpty())
        o[u"threshold"_s] = threshold;
    if (alertrules::hasDuration(kind))
        o[u"durationSeconds"_s] = durationSeconds;
    return o;
}

QJsonObject AlertOverride::toJson() const
{
    QJsonObject o {{u"rule"_s, alertrules::id(kind)}, {u"project"_s, project}};
    if (enabled)
        o[u"enabled"_s] = *enabled;
    if (level)
        o[u"level"_s] = alertrules::levelId(*level);
    if (threshold)
        o[u"threshold"_s] = *threshold;
    if (durationSeconds)
        o[u"durationSeconds"_s] = *durationSeconds;
    return o;
}

bool AlertSilence::covers(AlertRuleKind k, const QString &p, const QDateTime &now) const
{
    if (kind && *kind != k)
        return false;
    if (!project.isEmpty() && project.compare(p, Qt::CaseInsensitive) != 0)
        return false;
    if (!isDaily())
        return until.isValid() && now < until;
    const QTime t = now.toLocalTime().time();
    if (dailyFrom == dailyTo)
        return true; // the whole day
    if (dailyFrom < dailyTo)
        return t >= dailyFrom && t < dailyTo;
    return t >= dailyFrom || t < dailyTo; // across midnight
}

QString AlertSilence::windowText() const
{
    if (isDaily())
        return u"daily %1-%2"_s.arg(dailyFrom.toString(u"HH:mm"_s), dailyTo.toString(u"HH:mm"_s));
    return u"until %1"_s.arg(until.toUTC().toString(Qt::ISODate));
}

QJsonObject AlertSilence::toJson() const
{
    QJsonObject o {{u"id"_s, id},
                   {u"rule"_s, kind ? alertrules::id(*kind) : u"*"_s},
                   {u"project"_s, project.isEmpty() ? u"*"_s : project},
                   {u"reason"_s, reason},
                   {u"window"_s, windowText()}};
    if (isDaily()) {
        o[u"dailyFrom"_s] = dailyFrom.toString(u"HH:mm"_s);
        o[u"dailyTo"_s] = dailyTo.toString(u"HH:mm"_s);
    } else {
        o[u"until"_s] = until.toUTC().toString(Qt::ISODateWithMs);
    }
    return o;
}

QJsonObject AlertIncident::toJson() const
{
    return {{u"id"_s, id},
            {u"rule"_s, rule},
            {u"subject"_s, subject},
            {u"project"_s, project},
            {u"level"_s, level},
            {u"title"_s, title},
            {u"text"_s, text},
            {u"openedAt"_s, openedAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"resolvedAt"_s,
             resolvedAt.isValid() ? QJsonValue(resolvedAt.toUTC().toString(Qt::ISODateWithMs))
                                  : QJsonValue()},
            {u"notified"_s, notified}};
}

AlertRules::AlertRules(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Status AlertRules::checkThreshold(AlertRuleKind kind, qint64 threshold)
{
    qint64 min = 0, max = 0;
    switch (kind) {
    case AlertRuleKind::Lag: min = 1, max = 7 * 86400; break;
    case AlertRuleKind::LogRetention: min = 1, max = 24 * 365; break;
    case AlertRuleKind::DiskFull: min = 1, max = 100; break;
    default:
        return fail(Error::Code::InvalidInput,
                    Text::tr("rule %1 takes no threshold").arg(alertrules::id(kind)),
                    Text::tr("Leave --threshold out."), alertrules::id(kind));
    }
    if (threshold < min || threshold > max)
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1 is not a threshold of rule %2: it takes %3 to %4 (%5)")
                        .arg(threshold)
                        .arg(alertrules::id(kind))
                        .arg(min)
                        .arg(max)
                        .arg(alertrules::thresholdUnit(kind)),
                    Text::tr("Give a number in that range."), alertrules::id(kind));
    return {};
}

Status AlertRules::checkDuration(qint64 seconds)
{
    if (seconds < 0 || seconds > 7 * 86400)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("%1 s is not a duration of rule lag: it takes 0 to 604800 s").arg(seconds),
            Text::tr("Give the seconds the lag must stay above its threshold."), u"lag"_s);
    return {};
}

Result<QList<AlertRule>> AlertRules::list() const
{
    auto q = m_store->exec(
        u"SELECT rule, level, enabled, threshold, duration_s, updated_at, updated_by FROM "
        "alert_rule"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, AlertRule> byId;
    while (q->next()) {
        AlertRule r;
        auto kind = alertrules::fromId(q->value(0).toString());
        if (!kind)
            continue;
        r.kind = *kind;
        r.level = alertrules::levelFromId(q->value(1).toString()).value_or(AlertLevel::Warning);
        r.enabled = q->value(2).toBool();
        r.threshold = q->value(3).toLongLong();
        r.durationSeconds = q->value(4).toLongLong();
        r.updatedAt = timestamp(q->value(5));
        r.updatedBy = q->value(6).toString();
        byId.insert(q->value(0).toString(), r);
    }
    auto c = m_store->exec(u"SELECT rc.rule, c.name FROM alert_rule_channel rc JOIN alert_channel "
                           "c ON c.id = rc.channel_id ORDER BY c.name"_s);
    if (!c)
        return std::unexpected(c.error());
    while (c->next())
        if (auto it = byId.find(c->value(0).toString()); it != byId.end())
            it->channels << c->value(1).toString();
    QList<AlertRule> out;
    for (AlertRuleKind k : alertrules::all())
        if (byId.contains(alertrules::id(k)))
            out.append(byId.value(alertrules::id(k)));
    return out;
}

Result<AlertRule> AlertRules::rule(AlertRuleKind kind) const
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const AlertRule &r : std::as_const(*all))
        if (r.kind == kind)
            return r;
    return fail(Error::Code::NotFound,
                Text::tr("the store has no alert rule %1").arg(alertrules::id(kind)));
}

Result<AlertRule> AlertRules::set(AlertRuleKind kind, const Change &change)
{
    const QString id = alertrules::id(kind);
    auto guard = Guard::of(m_store);
    if (auto ok = requireAdmin(m_store, u"change alert rule %1"_s.arg(id), u"alert.rule.set"_s, id);
        !ok)
        return std::unexpected(ok.error());
    if (change.threshold)
        if (auto ok = checkThreshold(kind, *change.threshold); !ok)
            return std::unexpected(ok.error());
    if (change.durationSeconds) {
        if (!alertrules::hasDuration(kind))
            return fail(Error::Code::InvalidInput, Text::tr("rule %1 takes no duration").arg(id),
                        Text::tr("Leave --duration out."), id);
        if (auto ok = checkDuration(*change.durationSeconds); !ok)
            return std::unexpected(ok.error());
    }
    auto before = rule(kind);
    if (!before)
        return std::unexpected(before.error());
    QList<qint64> channelIds;
    if (change.channels) {
        for (const QString &name : *change.channels) {
            auto q = m_store->exec(u"SELECT id FROM alert_channel WHERE name = ?"_s, {name});
            if (!q)
                return std::unexpected(q.error());
            if (!q->next())
                return fail(
                    Error::Code::NotFound,
                    Text::tr("rule %1 cannot send to '%2': there is no alert channel of that "
                             "name")
                        .arg(id, name),
                    Text::tr("ferry alert channel list shows them."), name);
            channelIds << q->value(0).toLongLong();
        }
    }
    auto actor = guard->actor();
    const QString who = actor ? actor->name : QString();
    const Status outcome = m_store->transaction([&]() -> Status {
        auto q = m_store->exec(
            u"UPDATE alert_rule SET level = COALESCE(?, level), enabled = COALESCE(?, enabled), "
            "threshold = COALESCE(?, threshold), duration_s = COALESCE(?, duration_s), "
            "updated_at = ?, updated_by = ? WHERE rule = ?"_s,
            {change.level ? QVariant(alertrules::levelId(*change.level)) : QVariant(),
             change.enabled ? QVariant(int(*change.enabled)) : QVariant(),
             optionalValue(change.threshold), optionalValue(change.durationSeconds), now(), who,
             id});
        if (!q)
            return std::unexpected(q.error());
        if (change.channels) {
            if (auto d = m_store->exec(u"DELETE FROM alert_rule_channel WHERE rule = ?"_s, {id});
                !d)
                return std::unexpected(d.error());
            for (qint64 c : std::as_const(channelIds))
                if (auto i = m_store->exec(u"INSERT OR IGNORE INTO alert_rule_channel (rule, "
                                           "channel_id) VALUES (?, ?)"_s,
                                           {id, c});
                    !i)
                    return std::unexpected(i.error());
        }
        return {};
    });
    auto after = outcome ? rule(kind) : Result<AlertRule>(std::unexpected(outcome.error()));
    guard->record(u"alert.rule.set"_s, u"alert-rule"_s, id, outcome, before->toJson(),
                  after ? after->toJson() : QJsonObject());
    return after;
}

Result<QList<AlertOverride>> AlertRules::overrides() const
{
    auto q = m_store->exec(u"SELECT rule, project, enabled, level, threshold, duration_s FROM "
                           "alert_override ORDER BY project, rule"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<AlertOverride> out;
    while (q->next()) {
        auto kind = alertrules::fromId(q->value(0).toString());
        if (!kind)
            continue;
        AlertOverride o;
        o.kind = *kind;
        o.project = q->value(1).toString();
        if (!q->value(2).isNull())
            o.enabled = q->value(2).toBool();
        if (!q->value(3).isNull())
            o.level = alertrules::levelFromId(q->value(3).toString());
        if (!q->value(4).isNull())
            o.threshold = q->value(4).toLongLong();
        if (!q->value(5).isNull())
            o.durationSeconds = q->value(5).toLongLong();
        out.append(o);
    }
    return out;
}

Result<AlertOverride> AlertRules::setOverride(const AlertOverride &o)
{
    const QString id = alertrules::id(o.kind);
    const QString object = id + u'/' + o.project;
    if (auto ok =
            requireAdmin(m_store, u"override alert rule %1 for project '%2'"_s.arg(id, o.project),
                         u"alert.override.set"_s, object);
        !ok)
        return std::unexpected(ok.error());
    if (o.project.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("an override of rule %1 needs a project").arg(id));
    if (!o.enabled && !o.level && !o.threshold && !o.durationSeconds)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("the override of rule %1 for project '%2' changes nothing").arg(id, o.project),
            Text::tr("Give --disable, --enable, --level, --threshold or --duration."), object);
    if (o.threshold)
        if (auto ok = checkThreshold(o.kind, *o.threshold); !ok)
            return std::unexpected(ok.error());
    if (o.durationSeconds) {
        if (!alertrules::hasDuration(o.kind))
            return fail(Error::Code::InvalidInput, Text::tr("rule %1 takes no duration").arg(id),
                        {}, id);
        if (auto ok = checkDuration(*o.durationSeconds); !ok)
            return std::unexpected(ok.error());
    }
    auto known = m_store->exec(u"SELECT 1 FROM project WHERE name = ?"_s, {o.project});
    if (!known)
        return std::unexpected(known.error());
    if (!known->next())
        return fail(
            Error::Code::NotFound,
            Text::tr("rule %1 cannot be overridden for project '%2': there is no project of that "
                     "name")
                .arg(id, o.project),
            Text::tr("ferry project list shows them."), o.project);
    auto q = m_store->exec(
        u"INSERT INTO alert_override (rule, project, enabled, level, threshold, duration_s) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (rule, project) DO UPDATE SET enabled = "
        "excluded.enabled, level = excluded.level, threshold = excluded.threshold, duration_s = "
        "excluded.duration_s"_s,
        {id, o.project, o.enabled ? QVariant(int(*o.enabled)) : QVariant(),
         o.level ? QVariant(alertrules::levelId(*o.level)) : QVariant(), optionalValue(o.threshold),
         optionalValue(o.durationSeconds)});
    const Status outcome = q ? Status() : Status(std::unexpected(q.error()));
    Guard::of(m_store)->record(u"alert.override.set"_s, u"alert-rule"_s, object, outcome, {},
                               o.toJson());
    if (!outcome)
        return std::unexpected(outcome.error());
    return o;
}

Status AlertRules::removeOverride(AlertRuleKind kind, const QString &project)
{
    const QString id = alertrules::id(kind);
    const QString object = id + u'/' + project;
    if (auto ok = requireAdmin(m_store,
                               u"remove the override of alert rule %1 for '%2'"_s.arg(id, project),
                               u"alert.override.remove"_s, object);
        !ok)
        return ok;
    auto q = m_store->exec(u"DELETE FROM alert_override WHERE rule = ? AND project = ?"_s,
                           {id, project});
    Status outcome = q ? Status() : Status(std::unexpected(q.error()));
    if (outcome && q->numRowsAffected() == 0)
        outcome = fail(Error::Code::NotFound,
                       Text::tr("rule %1 has no override for project '%2'").arg(id, project),
                       Text::tr("ferry alert override list shows them."), object);
    Guard::of(m_store)->record(u"alert.override.remove"_s, u"alert-rule"_s, object, outcome);
    return outcome;
}

Result<QList<AlertSilence>> AlertRules::silences() const
{
    auto q = m_store->exec(u"SELECT id, rule, project, daily_from, daily_to, until, reason, "
                           "created_at, created_by FROM alert_silence ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<AlertSilence> out;
    while (q->next()) {
        AlertSilence s;
        s.id = q->value(0).toLongLong();
        if (!q->value(1).toString().isEmpty())
            s.kind = alertrules::fromId(q->value(1).toString());
        s.project = q->value(2).toString();
        s.dailyFrom = QTime::fromString(q->value(3).toString(), u"HH:mm"_s);
        s.dailyTo = QTime::fromString(q->value(4).toString(), u"HH:mm"_s);
        s.until = timestamp(q->value(5));
        s.reason = q->value(6).toString();
        s.createdAt = timestamp(q->value(7));
        s.createdBy = q->value(8).toString();
        out.append(s);
    }
    return out;
}

Result<AlertSilence> AlertRules::addSilence(const AlertSilence &input)
{
    AlertSilence s = input;
    const QString object = (s.kind ? alertrules::id(*s.kind) : u"*"_s) + u'/'
        + (s.project.isEmpty() ? u"*"_s : s.project);
    auto guard = Guard::of(m_store);
    if (auto ok = requireAdmin(m_store, u"add an alert silence"_s, u"alert.silence.add"_s, object);
        !ok)
        return std::unexpected(ok.error());
    if (s.isDaily() != s.dailyTo.isValid() || (!s.isDaily() && !s.until.isValid()))
        return fail(Error::Code::InvalidInput,
                    Text::tr("a silence needs a daily window (HH:MM-HH:MM) or an end (until)"),
                    Text::tr("Give --daily 22:00-06:00 or --until 2026-11-28T08:00 (or +2h)."));
    if (!s.isDaily() && s.until <= QDateTime::currentDateTimeUtc())
        return fail(Error::Code::InvalidInput,
                    Text::tr("the silence would end at %1, which has passed")
                        .arg(s.until.toUTC().toString(Qt::ISODate)),
                    Text::tr("Give a time in the future."));
    auto actor = guard->actor();
    s.createdBy = actor ? actor->name : QString();
    s.createdAt = QDateTime::currentDateTimeUtc();
    auto q = m_store->exec(
        u"INSERT INTO alert_silence (rule, project, daily_from, daily_to, until, reason, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {s.kind ? alertrules::id(*s.kind) : QString(), s.project,
         s.isDaily() ? QVariant(s.dailyFrom.toString(u"HH:mm"_s)) : QVariant(),
         s.isDaily() ? QVariant(s.dailyTo.toString(u"HH:mm"_s)) : QVariant(),
         s.isDaily() ? QVariant() : QVariant(s.until.toUTC().toString(Qt::ISODateWithMs)), s.reason,
         s.createdAt.toString(Qt::ISODateWithMs), s.createdBy});
    Status outcome = q ? Status() : Status(std::unexpected(q.error()));
    if (outcome)
        s.id = q->lastInsertId().toLongLong();
    guard->record(u"alert.silence.add"_s, u"alert-silence"_s, object, outcome, {}, s.toJson());
    if (!outcome)
        return std::unexpected(outcome.error());
    return s;
}

Status AlertRules::removeSilence(qint64 id)
{
    const QString object = QString::number(id);
    if (auto ok = requireAdmin(m_store, u"remove alert silence %1"_s.arg(id),
                               u"alert.silence.remove"_s, object);
        !ok)
        return ok;
    auto q = m_store->exec(u"DELETE FROM alert_silence WHERE id = ?"_s, {id});
    Status outcome = q ? Status() : Status(std::unexpected(q.error()));
    if (outcome && q->numRowsAffected() == 0)
        outcome = fail(Error::Code::NotFound, Text::tr("there is no alert silence %1").arg(id),
                       Text::tr("ferry alert silence list shows them."), object);
    Guard::of(m_store)->record(u"alert.silence.remove"_s, u"alert-silence"_s, object, outcome);
    return outcome;
}

Result<QList<AlertIncident>> AlertRules::incidents(bool openOnly, int limit) const
{
    auto q = m_store->exec(u"SELECT id, rule, subject, project, level, title, text, opened_at, "
                           "resolved_at, notified FROM alert_incident "_s
                               + (openOnly ? u"WHERE resolved_at IS NULL "_s : QString())
                               + u"ORDER BY id DESC LIMIT ?"_s,
                           {limit});
    if (!q)
        return std::unexpected(q.error());
    QList<AlertIncident> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                    q->value(6).toString(), timestamp(q->value(7)), timestamp(q->value(8)),
                    q->value(9).toBool()});
    return out;
}

} // namespace ferry

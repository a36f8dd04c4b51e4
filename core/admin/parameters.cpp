#include "parameters.h"

#include "common/language.h"
#include "common/logging.h"
#include "guard.h"
#include "store/metastore.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

ParameterSpec integerSpec(const QString &name, qint64 def, qint64 min, qint64 max,
                          const QString &unit, ParameterSpec::Applies applies,
                          const QString &description)
{
    return {name, ParameterSpec::Type::Integer, def, min, max, unit, applies, description};
}

// A text of the catalog, in English; shown through Text::tr (unitText, descriptionText).
QString noop(const char *source)
{
    return QString::fromUtf8(source);
}

Result<ParameterSpec> findSpec(const QString &name)
{
    if (const ParameterSpec *s = Parameters::spec(name))
        return *s;
    return fail(Error::Code::NotFound, Text::tr("there is no system parameter '%1'").arg(name),
                Text::tr("ferry config list names every parameter."), name);
}

} // namespace

QString ParameterSpec::typeName() const
{
    switch (type) {
    case Type::Integer: return u"integer"_s;
    case Type::Boolean: return u"boolean"_s;
    case Type::Text: return u"text"_s;
    }
    return {};
}

QString ParameterSpec::unitText() const
{
    return unit.isEmpty() ? unit : QCoreApplication::translate("ferry", unit.toUtf8().constData());
}

QString ParameterSpec::descriptionText() const
{
    return QCoreApplication::translate("ferry", description.toUtf8().constData());
}

QString ParameterSpec::appliesName() const
{
    return applies == Applies::Live ? u"live"_s : u"next run"_s;
}

QString ParameterSpec::rangeText() const
{
    switch (type) {
    case Type::Integer: return u"%1..%2"_s.arg(min).arg(max);
    case Type::Boolean: return u"true|false"_s;
    case Type::Text: return u"HOST:PORT"_s;
    }
    return {};
}

QString ParameterSpec::format(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

Result<QVariant> ParameterSpec::parse(const QString &text) const
{
    const QString t = text.trimmed();
    switch (type) {
    case Type::Integer: {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok || v < min || v > max)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("'%1' is not a valid value of %2: it takes a whole number from %3 to %4")
                    .arg(text, name)
                    .arg(min)
                    .arg(max),
                Text::tr("Give a number in that range, or 'default' (%1).")
                    .arg(format(defaultValue)),
                name);
        return QVariant(v);
    }
    case Type::Boolean:
        if (t == u"true" || t == u"on" || t == u"1")
            return QVariant(true);
        if (t == u"false" || t == u"off" || t == u"0")
            return QVariant(false);
        return fail(
            Error::Code::InvalidInput,
            Text::tr("'%1' is not a valid value of %2: it takes true or false").arg(text, name), {},
            name);
    case Type::Text: {
        // The one text parameter is a bind address.
        const qsizetype colon = t.lastIndexOf(u':');
        bool portOk = false;
        const int port = colon > 0 ? t.mid(colon + 1).toInt(&portOk) : 0;
        const QString host = colon > 0 ? t.left(colon) : QString();
        if (!portOk || port < 1 || port > 65535
            || (host != u"localhost" && QHostAddress(host).isNull()))
            return fail(
                Error::Code::InvalidInput,
                Text::tr("'%1' is not a valid value of %2: it takes an address and a port, "
                         "HOST:PORT")
                    .arg(text, name),
                Text::tr("For example 127.0.0.1:9464, or 0.0.0.0:9464 for every interface."), name);
        return QVariant(t);
    }
    }
    return QVariant();
}

const QList<ParameterSpec> &Parameters::catalog()
{
    using A = ParameterSpec::Applies;
    static const QList<ParameterSpec> list = {
        integerSpec(u"project.concurrency"_s, 4, 1, 64, noop(QT_TRANSLATE_NOOP("ferry", "workers")),
                    A::NextRun,
                    noop(QT_TRANSLATE_NOOP(
                        "ferry", "Worker threads a new project copies and verifies with."))),
        integerSpec(
            u"project.chunk_rows"_s, 50000, 1000, 10000000,
            noop(QT_TRANSLATE_NOOP("ferry", "rows")), A::NextRun,
            noop(QT_TRANSLATE_NOOP(
                "ferry",
                "Rows per chunk of a new project's full copy (a chunk is the unit of resume)."))),
        integerSpec(
            u"project.rows_per_second"_s, 0, 0, 1000000000,
            noop(QT_TRANSLATE_NOOP("ferry", "rows/s")), A::NextRun,
            noop(QT_TRANSLATE_NOOP(
                "ferry", "Throttle of a new project's full copy in rows per second (0: none)."))),
        integerSpec(
            u"project.bytes_per_second"_s, 0, 0, qint64(1) << 40,
            noop(QT_TRANSLATE_NOOP("ferry", "bytes/s")), A::NextRun,
            noop(QT_TRANSLATE_NOOP(
                "ferry", "Throttle of a new project's full copy in bytes per second (0: none)."))),
        integerSpec(u"verify.slice_rows"_s, 50000, 1000, 10000000,
                    noop(QT_TRANSLATE_NOOP("ferry", "rows")), A::NextRun,
                    noop(QT_TRANSLATE_NOOP("ferry", "Rows per checksum slice of a verification."))),
        integerSpec(
            u"verify.recheck_rounds"_s, 2, 0, 10, noop(QT_TRANSLATE_NOOP("ferry", "rounds")),
            A::NextRun,
            noop(QT_TRANSLATE_NOOP(
                "ferry",
                "How often a verification reads differing rows again before reporting them."))),
        integerSpec(u"run.heartbeat_seconds"_s, 5, 1, 300, noop(QT_TRANSLATE_NOOP("ferry", "s")),
                    A::NextRun,
                    noop(QT_TRANSLATE_NOOP(
                        "ferry",
                        "How often a running project writes its heartbeat; three missed beats mark "
                        "it interrupted."))),
        integerSpec(u"retention.metrics_days"_s, 30, 1, 3650,
                    noop(QT_TRANSLATE_NOOP("ferry", "days")), A::Live,
                    noop(QT_TRANSLATE_NOOP("ferry", "How long metric samples are kept."))),
        integerSpec(u"retention.log_days"_s, 90, 1, 3650, noop(QT_TRANSLATE_NOOP("ferry", "days")),
                    A::Live,
                    noop(QT_TRANSLATE_NOOP("ferry", "How long project log lines are kept."))),
        integerSpec(u"alerts.evaluation_seconds"_s, 30, 5, 3600,
                    noop(QT_TRANSLATE_NOOP("ferry", "s")), A::Live,
                    noop(QT_TRANSLATE_NOOP("ferry", "How often alert rules are evaluated."))),
        ParameterSpec {
            u"metrics.bind_address"_s,
            ParameterSpec::Type::Text,
            u"127.0.0.1:9464"_s,
            0,
            0,
            {},
            A::NextRun,
            noop(QT_TRANSLATE_NOOP("ferry", "Where the /metrics endpoint listens (HOST:PORT)."))},
        integerSpec(u"security.password_min_length"_s, 8, 1, 128,
                    noop(QT_TRANSLATE_NOOP("ferry", "characters")), A::Live,
                    noop(QT_TRANSLATE_NOOP("ferry", "The shortest password a user may choose."))),
    };
    return list;
}

const ParameterSpec *Parameters::spec(const QString &name)
{
    for (const ParameterSpec &s : catalog())
        if (s.name == name)
            return &s;
    return nullptr;
}

Parameters::Parameters(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Result<QList<ParameterValue>> Parameters::list() const
{
    auto q = m_store->exec(u"SELECT name, value, updated_at, updated_by FROM system_parameter"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, ParameterValue> set;
    while (q->next()) {
        const ParameterSpec *s = spec(q->value(0).toString());
        if (!s)
            continue; // a parameter a newer Ferry knows
        auto value = s->parse(q->value(1).toString());
        if (!value) {
            qCWarning(lcAdmin).noquote()
                << "stored value of" << s->name << "ignored:" << value.error().text();
            continue;
        }
        set.insert(s->name,
                   {*s, *value, false,
                    QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs),
                    q->value(3).toString()});
    }
    QList<ParameterValue> out;
    for (const ParameterSpec &s : catalog())
        out.append(set.value(s.name, ParameterValue {s, s.defaultValue, true, {}, {}}));
    return out;
}

Result<ParameterValue> Parameters::get(const QString &name) const
{
    auto s = findSpec(name);
    if (!s)
        return std::unexpected(s.error());
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const ParameterValue &v : std::as_const(*all))
        if (v.spec.name == name)
            return v;
    return ParameterValue {*s, s->defaultValue, true, {}, {}};
}

qint64 Parameters::integer(const QString &name) const
{
    auto v = get(name);
    if (!v) {
        qCWarning(lcAdmin).noquote()
            << "parameter" << name << "read as its default:" << v.error().text();
        const ParameterSpec *s = spec(name);
        return s ? s->defaultValue.toLongLong() : 0;
    }
    return v->value.toLongLong();
}

ProjectDefaults Parameters::projectDefaults() const
{
    ProjectDefaults d;
    d.concurrency = int(integer(u"project.concurrency"_s));
    d.chunkRows = integer(u"project.chunk_rows"_s);
    d.rowsPerSecond = integer(u"project.rows_per_second"_s);
    d.bytesPerSecond = integer(u"project.bytes_per_second"_s);
    d.verifySliceRows = integer(u"verify.slice_rows"_s);
    d.verifyRecheckRounds = int(integer(u"verify.recheck_rounds"_s));
    return d;
}

void Parameters::installProjectDefaults() const
{
    projectdefaults::install(projectDefaults());
}

Result<ParameterValue> Parameters::set(const QString &name, const QString &text)
{
    auto s = findSpec(name);
    if (!s)
        return std::unexpected(s.error());
    auto guard = Guard::of(m_store);
    if (auto ok = guard->require(Permission::Administer, u"change system parameter %1"_s.arg(name),
                                 u"parameter.set"_s, u"parameter"_s, name);
        !ok)
        return std::unexpected(ok.error());
    auto before = get(name);
    if (!before)
        return before;
    const bool toDefault = text.trimmed() == u"default";
    auto value = toDefault ? Result<QVariant>(s->defaultValue) : s->parse(text);
    if (!value)
        return std::unexpected(value.error());
    auto actor = guard->actor();
    const QString by = actor ? actor->name : QString();
    auto written = toDefault
        ? m_store->exec(u"DELETE FROM system_parameter WHERE name = ?"_s, {name})
        : m_store->exec(u"INSERT INTO system_parameter (name, value, updated_at, "
                        "updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                        "SET value = excluded.value, updated_at = excluded.updated_at, "
                        "updated_by = excluded.updated_by"_s,
                        {name, ParameterSpec::format(*value),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), by});
    const Status outcome = written ? Status() : Status(std::unexpected(written.error()));
    guard->record(u"parameter.set"_s, u"parameter"_s, name, outcome,
                  {{u"value"_s, ParameterSpec::format(before->value)}},
                  {{u"value"_s, ParameterSpec::format(*value)}});
    if (!outcome)
        return std::unexpected(outcome.error());
    if (name.startsWith(u"project."_s) || name.startsWith(u"verify."_s))
        installProjectDefaults();
    return get(name);
}

} // namespace ferry

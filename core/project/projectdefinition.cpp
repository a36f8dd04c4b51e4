#include "projectdefinition.h"

#include "common/language.h"
#include "datasource/datasource.h"
#include "projectdefaults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

Error bad(const QString &message, const QString &fix = {})
{
    return makeError(Error::Code::InvalidInput, message, fix);
}

// A table rule's "split": {"column": "customer_id", "by": "mod", "shards": 4} or
// {"column": "id", "by": "range", "bounds": [1000, 5000]}.
Result<SplitRule> parseSplit(const QJsonValue &value, const QString &where)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject())
        return fail(bad(Text::tr("%1 must be an object").arg(where),
                        Text::tr("Write e.g. {\"column\": \"customer_id\", \"by\": \"mod\", "
                                 "\"shards\": 4}.")));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!QStringList {u"column"_s, u"by"_s, u"shards"_s, u"bounds"_s}.contains(it.key()))
            return fail(bad(Text::tr("unknown key '%1' in %2").arg(it.key(), where),
                            Text::tr("Known keys: column, by, shards, bounds.")));
    SplitRule split;
    split.column = o.value(u"column"_s).toString();
    if (split.column.isEmpty())
        return fail(bad(Text::tr("%1 has no \"column\"").arg(where),
                        Text::tr("Name the integer column that routes each row.")));
    const auto by = SplitRule::byFromName(o.value(u"by"_s).toString(u"mod"_s));
    if (!by)
        return fail(bad(Text::tr("%1.by must be \"mod\" or \"range\"").arg(where)));
    split.by = *by;
    if (split.by == SplitRule::By::Mod) {
        const QJsonValue shards = o.value(u"shards"_s);
        if (!shards.isDouble() || shards.toDouble() != double(shards.toInt()) || shards.toInt() < 2
            || shards.toInt() > 1024)
            return fail(
                bad(Text::tr("%1.shards must be a whole number from 2 to 1024").arg(where)));
        if (o.contains(u"bounds"_s))
            return fail(bad(Text::tr("%1.bounds is for \"by\": \"range\"").arg(where)));
        split.shards = shards.toInt();
        return split;
    }
    if (o.contains(u"shards"_s))
        return fail(bad(
            Text::tr("%1.shards is for \"by\": \"mod\"; ranges count their bounds").arg(where)));
    const QJsonArray bounds = o.value(u"bounds"_s).toArray();
    if (bounds.isEmpty() || bounds.size() > 1023)
        return fail(bad(Text::tr("%1.bounds must list 1 to 1023 integers").arg(where),
                        Text::tr("Write e.g. \"bounds\": [1000, 5000] for three shards.")));
    for (const QJsonValue &b : bounds) {
        const double v = b.toDouble();
        if (!b.isDouble() || v != double(qint64(v)))
            return fail(bad(Text::tr("%1.bounds must list integers").arg(where)));
        if (!split.bounds.isEmpty() && qint64(v) <= split.bounds.last())
            return fail(bad(
                Text::tr("%1.bounds must ascend: %2 follows %3")
                    .arg(where, QString::number(qint64(v)), QString::number(split.bounds.last()))));
        split.bounds << qint64(v);
    }
    return split;
}

Status onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(bad(Text::tr("unknown key '%1' in %2").arg(it.key(), where),
                            Text::tr("Known keys: %1.").arg(known.join(u", "_s))));
    return {};
}

Result<QStringList> stringList(const QJsonValue &v, const QString &where)
{
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (v.isString())
        return QStringList {v.toString()};
    if (!v.isArray())
        return fail(bad(Text::tr("%1 must be a list of strings").arg(where)));
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return fail(bad(Text::tr("%1 must be a list of strings").arg(where)));
        out << item.toString();
    }
    return out;
}

Result<QMap<QString, QString>> stringMap(const QJsonValue &v, const QString &where)
{
    QMap<QString, QString> out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isObject())
        return fail(bad(Text::tr("%1 must be an object of strings").arg(where)));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return fail(bad(Text::tr("%1.%2 must be a string").arg(where, it.key())));
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

Result<qint64> wholeNumber(const QJsonObject &o, const QString &key, qint64 fallback, qint64 min,
                           qint64 max, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
        return fail(bad(Text::tr("%1.%2 must be a whole number from %3 to %4")
                            .arg(where, key)
                            .arg(min)
                            .arg(max)));
    return qint64(d);
}

Result<EndpointSpec> parseEndpoint(const QJsonValue &v, const QString &role,
                                   ProjectDefinition::Parse mode)
{
    EndpointSpec spec;
    if (v.isString()) {
        spec.dataSource = v.toString();
        if (spec.dataSource.isEmpty())
            return fail(bad(Text::tr("\"%1\" is an empty data source name").arg(role)));
        return spec;
    }
    if (!v.isObject())
        return fail(
            bad(Text::tr("\"%1\" must be a data source name or an endpoint object").arg(role),
                Text::tr("Example: \"%1\": {\"engine\": \"mariadb\", \"host\": \"127.0.0.1\", "
                         "\"port\": 3306, \"user\": \"root\", \"database\": \"shop\"}")
                    .arg(role)));
    const QJsonObject o = v.toObject();
    if (auto ok = onlyKnownKeys(o,
                                {u"engine"_s, u"host"_s, u"port"_s, u"user"_s, u"password"_s,
                                 u"passwordEnv"_s, u"database"_s, u"schema"_s, u"path"_s, u"tls"_s,
                                 u"caFile"_s, u"connectTimeout"_s},
                                role);
        !ok)
        return std::unexpected(ok.error());
    auto engine = engines::parse(o.value(u"engine"_s).toString());
    if (!engine) {
        Error e = engine.error();
        e.message = u"%1.engine: %2"_s.arg(role, e.message);
        return fail(e);
    }
    Endpoint &e = spec.endpoint;
    e.engine = *engine;
    e.host = o.value(u"host"_s).toString();
    auto port = wholeNumber(o, u"port"_s, engines::defaultPort(e.engine), 0, 99999, role);
    if (!port)
        return std::unexpected(port.error());
    e.port = int(*port);
    e.user = o.value(u"user"_s).toString();
    e.database = o.value(u"database"_s).toString();
    e.schema = o.value(u"schema"_s).toString();
    e.path = o.value(u"path"_s).toString();
    if (o.contains(u"tls"_s)) {
        auto tls = engines::parseTlsMode(o.value(u"tls"_s).toString());
        if (!tls)
            return std::unexpected(tls.error());
        e.tlsMode = *tls;
    }
    e.caFile = o.value(u"caFile"_s).toString();
    auto timeout = wholeNumber(o, u"connectTimeout"_s, 10, 1, 3600, role);
    if (!timeout)
        return std::unexpected(timeout.error());
    e.connectTimeoutSeconds = int(*timeout);
    if (o.contains(u"password"_s)) {
        e.password = o.value(u"password"_s).toString();
        spec.passwordGiven = true;
    }
    spec.passwordEnv = o.value(u"passwordEnv"_s).toString();
    if (mode == ProjectDefinition::Parse::Stored)
        return spec;
    if (!spec.passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(spec.passwordEnv.toLocal8Bit().constData()))
            return fail(bad(
                Text::tr("%1.passwordEnv names %2, which is not set").arg(role, spec.passwordEnv),
                Text::tr("Export %1 with the password before running.").arg(spec.passwordEnv)));
        e.password = qEnvironmentVariable(spec.passwordEnv.toLocal8Bit().constData());
        spec.passwordGiven = true;
    }
    if (auto ok = datasources::validateEndpoint(e, role); !ok)
        return fail(ok.error());
    return spec;
}

Result<EndpointSpec> parseKafka(const QJsonObject &o, ProjectDefinition::Parse mode)
{
    if (auto ok = onlyKnownKeys(o,
                                {u"engine"_s, u"bootstrapServers"_s, u"clientId"_s,
                                 u"securityProtocol"_s, u"saslMechanism"_s, u"user"_s,
                                 u"password"_s, u"passwordEnv"_s, u"caFile"_s, u"properties"_s},
                                u"target"_s);
        !ok)
        return std::unexpected(ok.error());
    EndpointSpec spec;
    KafkaTarget k;
    k.bootstrapServers = o.value(u"bootstrapServers"_s).toString().trimmed();
    if (k.bootstrapServers.isEmpty())
        return fail(
            bad(Text::tr("target.bootstrapServers is missing"),
                Text::tr("Name one or more brokers: \"bootstrapServers\": \"127.0.0.1:9092\".")));
    for (const QString &server : k.bootstrapServers.split(u',')) {
        const QString s = server.trimmed();
        const qsizetype colon = s.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? s.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            return fail(bad(Text::tr("target.bootstrapServers: '%1' is not host:port").arg(s),
                            Text::tr("Write brokers as host:port, separated by commas.")));
    }
    k.clientId = o.value(u"clientId"_s).toString(u"ferry"_s);
    k.securityProtocol = o.value(u"securityProtocol"_s).toString().toLower();
    const QStringList protocols = {u"plaintext"_s, u"ssl"_s, u"sasl_plaintext"_s, u"sasl_ssl"_s};
    if (!k.securityProtocol.isEmpty() && !protocols.contains(k.securityProtocol))
        return fail(bad(Text::tr("target.securityProtocol '%1' is not one of: %2")
                            .arg(k.securityProtocol, protocols.join(u", "_s))));
    k.saslMechanism = o.value(u"saslMechanism"_s).toString().toUpper();
    const QStringList mechanisms = {u"PLAIN"_s, u"SCRAM-SHA-256"_s, u"SCRAM-SHA-512"_s};
    if (!k.saslMechanism.isEmpty() && !mechanisms.contains(k.saslMechanism))
        return fail(bad(Text::tr("target.saslMechanism '%1' is not one of: %2")
                            .arg(k.saslMechanism, mechanisms.join(u", "_s))));
    k.user = o.value(u"user"_s).toString();
    k.password = o.value(u"password"_s).toString();
    k.passwordEnv = o.value(u"passwordEnv"_s).toString();
    k.caFile = o.value(u"caFile"_s).toString();
    auto properties = stringMap(o.value(u"properties"_s), u"target.properties"_s);
    if (!properties)
        return std::unexpected(properties.error());
    k.properties = *properties;
    spec.passwordEnv = k.passwordEnv;
    spec.passwordGiven = o.contains(u"password"_s);
    if (mode == ProjectDefinition::Parse::Strict && !k.passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(k.passwordEnv.toLocal8Bit().constData()))
            return fail(bad(u"target.passwordEnv names %1, which is not set"_s.arg(k.passwordEnv),
                            u"Export %1 with the password before running."_s.arg(k.passwordEnv)));
        k.password = qEnvironmentVariable(k.passwordEnv.toLocal8Bit().constData());
        spec.passwordGiven = true;
    }
    spec.kafka = k;
    return spec;
}

QJsonObject kafkaJson(const KafkaTarget &k)
{
    QJsonObject o {{u"engine"_s, u"kafka"_s}, {u"bootstrapServers"_s, k.bootstrapServers}};
    if (k.clientId != u"ferry")
        o[u"clientId"_s] = k.clientId;
    if (!k.securityProtocol.isEmpty())
        o[u"securityProtocol"_s] = k.securityProtocol;
    if (!k.saslMechanism.isEmpty())
        o[u"saslMechanism"_s] = k.saslMechanism;
    if (!k.user.isEmpty())
        o[u"user"_s] = k.user;
    if (!k.passwordEnv.isEmpty())
        o[u"passwordEnv"_s] = k.passwordEnv;
    if (!k.caFile.isEmpty())
        o[u"caFile"_s] = k.caFile;
    if (!k.properties.isEmpty()) {
        QJsonObject m;
        for (auto it = k.properties.begin(); it != k.properties.end(); ++it)
            m[it.key()] = it.value();
        o[u"properties"_s] = m;
    }
    return o;
}

QJsonValue endpointJson(const EndpointSpec &spec)
{
    if (spec.isDataSource())
        return spec.dataSource;
    if (spec.kafka)
        return kafkaJson(*spec.kafka);
    const Endpoint &e = spec.endpoint;
    QJsonObject o;
    o[u"engine"_s] = engines::id(e.engine);
    if (e.engine == Engine::Sqlite) {
        o[u"path"_s] = e.path;
        return o;
    }
    o[u"host"_s] = e.host;
    o[u"port"_s] = e.port;
    o[u"user"_s] = e.user;
    if (!spec.passwordEnv.isEmpty())
        o[u"passwordEnv"_s] = spec.passwordEnv;
    o[u"database"_s] = e.database;
    if (e.engine == Engine::PostgreSql)
        o[u"schema"_s] = e.effectiveSchema();
    o[u"tls"_s] = engines::tlsModeId(e.tlsMode);
    if (!e.caFile.isEmpty())
        o[u"caFile"_s] = e.caFile;
    return o;
}

template<typename E>
Result<E> enumValue(const QJsonObject &o, const QString &key, E fallback,
                    const QList<QPair<QString, E>> &names)
{
    if (!o.contains(key))
        return fallback;
    const QString v = o.value(key).toString();
    QStringList known;
    for (const auto &n : names) {
        if (n.first == v)
            return n.second;
        known << n.first;
    }
    return fail(
        bad(Text::tr("options.%1 '%2' is not one of: %3").arg(key, v, known.join(u", "_s))));
}

const QList<QPair<QString, NonEmptyPolicy>> kNonEmpty = {{u"stop"_s, NonEmptyPolicy::Stop},
                                                         {u"ignore"_s, NonEmptyPolicy::Ignore},
                                                         {u"truncate"_s, NonEmptyPolicy::Truncate}};
const QList<QPair<QString, IndexTiming>> kIndexes = {{u"withSchema"_s, IndexTiming::WithSchema},
                                                     {u"afterFull"_s, IndexTiming::AfterFull},
                                                     {u"skip"_s, IndexTiming::Skip}};
const QList<QPair<QString, ZeroDatePolicy>> kZeroDates = {{u"reject"_s, ZeroDatePolicy::Reject},
                                                          {u"null"_s, ZeroDatePolicy::Null},
                                                          {u"keep"_s, ZeroDatePolicy::Keep}};

const QList<QPair<QString, bool>> kSqliteDecimals = {{u"text"_s, false}, {u"real"_s, true}};

// options.typeDecisions: {"shop.orders": {"flag": {"type": "smallint", "reason": "holds 2 →
// smallint"}}}.
Result<QHash<QString, QHash<QString, TypeDecision>>> parseDecisions(const QJsonValue &v)
{
    QHash<QString, QHash<QString, TypeDecision>> out;
    if (v.isUndefined() || v.isNull())
        return out;
    const QString example = Text::tr("Example: \"typeDecisions\": {\"shop.orders\": {\"flag\": "
                                     "{\"type\": \"smallint\", \"reason\": \"holds 2\"}}}");
    if (!v.isObject())
        return fail(bad(Text::tr("options.typeDecisions must be an object"), example));
    const QJsonObject tables = v.toObject();
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        if (!t.value().isObject())
            return fail(
                bad(Text::tr("options.typeDecisions.%1 must be an object of columns").arg(t.key()),
                    example));
        const QJsonObject columns = t.value().toObject();
        for (auto c = columns.begin(); c != columns.end(); ++c) {
            const QJsonObject d = c.value().toObject();
            const QString type = d.value(u"type"_s).toString();
            if (type.isEmpty())
                return fail(bad(
                    Text::tr("options.typeDecisions.%1.%2 has no \"type\"").arg(t.key(), c.key()),
                    example));
            out[t.key()].insert(c.key(), {type, d.value(u"reason"_s).toString()});
        }
    }
    return out;
}

const QStringList kDml = {u"insert"_s, u"update"_s, u"delete"_s};

Result<IncrementalOptions> parseIncremental(const QJsonValue &v)
{
    IncrementalOptions out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isObject())
        return fail(bad(Text::tr("\"incremental\" must be an object"),
                        Text::tr("Example: \"incremental\": {\"dml\": [\"insert\", \"update\"], "
                                 "\"batchEvents\": 20000}")));
    const QJsonObject o = v.toObject();
    if (auto ok = onlyKnownKeys(
            o, {u"dml"_s, u"startPosition"_s, u"batchEvents"_s, u"quietSeconds"_s, u"reverse"_s},
            u"incremental"_s);
        !ok)
        return std::unexpected(ok.error());
    if (o.contains(u"dml"_s)) {
        const QString oneOf = Text::tr("List one or more of: %1.").arg(kDml.join(u", "_s));
        auto dml = stringList(o.value(u"dml"_s), u"incremental.dml"_s);
        if (!dml) {
            Error e = dml.error();
            e.fix = oneOf;
            return fail(e);
        }
        if (dml->isEmpty())
            return fail(bad(Text::tr("incremental.dml is empty: no change would reach the target"),
                            oneOf + Text::tr(" Leave \"dml\" out to apply all three.")));
        for (const QString &kind : std::as_const(*dml))
            if (!kDml.contains(kind))
                return fail(bad(Text::tr("incremental.dml '%1' is not one of: %2")
                                    .arg(kind, kDml.join(u", "_s)),
                                oneOf));
        out.applyInserts = dml->contains(u"insert"_s);
        out.applyUpdates = dml->contains(u"update"_s);
        out.applyDeletes = dml->contains(u"delete"_s);
    }
    if (o.contains(u"startPosition"_s)) {
        const QJsonValue start = o.value(u"startPosition"_s);
        if (!start.isString() && !start.isNull())
            return fail(
                bad(Text::tr("incremental.startPosition must be a string"),
                    Text::tr("Write the position in the source's form: \"mysql-bin.000003:1234\" "
                             "(MySQL family), \"0/16B3748\" (PostgreSQL).")));
        out.startPosition = start.toString().trimmed();
    }
    auto batch = wholeNumber(o, u"batchEvents"_s, out.batchEvents, 1, 1000000, u"incremental"_s);
    if (!batch)
        return std::unexpected(batch.error());
    out.batchEvents = int(*batch);
    auto quiet = wholeNumber(o, u"quietSeconds"_s, out.quietSeconds, 0, 3600, u"incremental"_s);
    if (!quiet)
        return std::unexpected(quiet.error());
    out.quietSeconds = int(*quiet);
    if (o.contains(u"reverse"_s)) {
        if (!o.value(u"reverse"_s).isBool())
            return fail(bad(Text::tr("incremental.reverse must be true or false"),
                            Text::tr("Write \"reverse\": true (the default) to start the reverse "
                                     "increment after the switchover, false not to.")));
        out.reverse = o.value(u"reverse"_s).toBool();
    }
    return out;
}

bool isDefault(const IncrementalOptions &o)
{
    const IncrementalOptions d;
    return o.applyInserts == d.applyInserts && o.applyUpdates == d.applyUpdates
        && o.applyDeletes == d.applyDeletes && o.startPosition == d.startPosition
        && o.batchEvents == d.batchEvents && o.quietSeconds == d.quietSeconds
        && o.reverse == d.reverse;
}

QJsonObject incrementalJson(const IncrementalOptions &options)
{
    QStringList dml;
    if (options.applyInserts)
        dml << u"insert"_s;
    if (options.applyUpdates)
        dml << u"update"_s;
    if (options.applyDeletes)
        dml << u"delete"_s;
    QJsonObject o {{u"dml"_s, QJsonArray::fromStringList(dml)},
                   {u"batchEvents"_s, options.batchEvents},
                   {u"quietSeconds"_s, options.quietSeconds},
                   {u"reverse"_s, options.reverse}};
    if (!options.startPosition.isEmpty())
        o[u"startPosition"_s] = options.startPosition;
    return o;
}

template<typename E>
QString nameOf(E value, const QList<QPair<QString, E>> &names)
{
    for (const auto &n : names)
        if (n.second == value)
            return n.first;
    return {};
}

} // namespace

QString EndpointSpec::text() const
{
    if (isDataSource())
        return dataSource;
    if (kafka)
        return u"kafka:"_s + kafka->bootstrapServers;
    return engines::id(endpoint.engine) + u':' + endpoint.displayAddress();
}

QString nonEmptyPolicyName(NonEmptyPolicy policy)
{
    return nameOf(policy, kNonEmpty);
}

QString indexTimingName(IndexTiming timing)
{
    return nameOf(timing, kIndexes);
}

QStringList ProjectDefinition::knownSteps()
{
    return {u"schema"_s, u"full"_s, u"incremental"_s, u"verify"_s};
}

Result<ProjectDefinition> ProjectDefinition::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            bad(Text::tr("cannot read the project file %1: %2").arg(path, file.errorString()),
                Text::tr("Check the path.")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line number a person can find.
        file.seek(0);
        const QByteArray head = file.read(error.offset);
        const int line = int(head.count('\n')) + 1;
        return fail(bad(Text::tr("%1 line %2 is not valid JSON: %3")
                            .arg(path)
                            .arg(line)
                            .arg(error.errorString()),
                        Text::tr("Fix the JSON syntax (see docs/project-file.md).")));
    }
    if (!doc.isObject())
        return fail(bad(Text::tr("%1 must hold one JSON object").arg(path)));
    auto definition = fromJson(doc.object());
    if (!definition) {
        Error e = definition.error();
        e.message = path + u": "_s + e.message;
        return fail(e);
    }
    return definition;
}

Result<ProjectDefinition> ProjectDefinition::fromJson(const QJsonObject &o, Parse mode)
{
    if (auto ok = onlyKnownKeys(o,
                                {u"name"_s, u"type"_s, u"tags"_s, u"source"_s, u"target"_s,
                                 u"steps"_s, u"objects"_s, u"options"_s, u"incremental"_s,
                                 u"verify"_s, u"format"_s, u"sync"_s},
                                Text::tr("the project"));
        !ok)
        return std::unexpected(ok.error());
    ProjectDefinition p;
    p.name = o.value(u"name"_s).toString();
    if (p.name.trimmed().isEmpty())
        return fail(bad(Text::tr("the project has no \"name\""),
                        Text::tr("Give it a name of 1 to 64 characters without spaces.")));
    if (p.name.size() > 64 || p.name.contains(u' '))
        return fail(bad(
            Text::tr("project name '%1' must have 1 to 64 characters and no spaces").arg(p.name)));
    p.type = o.value(u"type"_s).toString(u"migration"_s);
    if (p.type != u"migration" && p.type != u"sync")
        return fail(bad(Text::tr("project type '%1' is not supported here").arg(p.type),
                        Text::tr("Use \"type\": \"migration\" (database to database) or \"sync\" "
                                 "(changes to Kafka).")));
    auto tags = stringList(o.value(u"tags"_s), u"tags"_s);
    if (!tags)
        return std::unexpected(tags.error());
    p.tags = *tags;

    if (!o.contains(u"source"_s) || !o.contains(u"target"_s))
        return fail(bad(Text::tr("the project needs both \"source\" and \"target\"")));
    auto source = parseEndpoint(o.value(u"source"_s), u"source"_s, mode);
    if (!source)
        return std::unexpected(source.error());
    p.source = *source;
    const QJsonValue targetValue = o.value(u"target"_s);
    const bool kafka = targetValue.toObject().value(u"engine"_s).toString() == u"kafka";
    // A saved data source by name may be a Kafka cluster (sync) or a database (migration):
    // resolveEndpoints() checks which once the store is at hand.
    if (!targetValue.isString() && kafka != p.isSync())
        return fail(
            bad(kafka ? Text::tr("a Kafka target needs \"type\": \"sync\"")
                      : Text::tr("a sync project's target must be Kafka"),
                kafka ? Text::tr("Write \"type\": \"sync\" to stream changes to Kafka.")
                      : Text::tr("Write \"target\": {\"engine\": \"kafka\", \"bootstrapServers\": "
                                 "\"127.0.0.1:9092\"}, or \"type\": \"migration\".")));
    auto target = kafka ? parseKafka(targetValue.toObject(), mode)
                        : parseEndpoint(targetValue, u"target"_s, mode);
    if (!target)
        return std::unexpected(target.error());
    p.target = *target;

    auto steps = stringList(o.value(u"steps"_s), u"steps"_s);
    if (!steps)
        return std::unexpected(steps.error());
    p.steps = steps->isEmpty() ? p.isSync() ? QStringList {u"full"_s, u"incremental"_s}
                                            : QStringList {u"schema"_s, u"full"_s}
                               : *steps;
    if (p.isSync())
        for (const QString &step : std::as_const(p.steps))
            if (step != u"full" && step != u"incremental")
                return fail(bad(Text::tr("step '%1' is not a step of a sync project").arg(step),
                                Text::tr("A sync project's steps are \"full\" (a snapshot of the "
                                         "tables, optional) and \"incremental\" (the changes).")));
    int last = -1;
    for (const QString &step : std::as_const(p.steps)) {
        const int at = int(knownSteps().indexOf(step));
        if (at < 0)
            return fail(bad(
                Text::tr("unknown step '%1'").arg(step),
                Text::tr("Steps are an ordered subset of: %1.").arg(knownSteps().join(u", "_s))));
        if (at <= last)
            return fail(bad(Text::tr("step '%1' is out of order or repeated").arg(step),
                            Text::tr("Keep the order %1.").arg(knownSteps().join(u", "_s))));
        last = at;
    }

    const QJsonObject objects = o.value(u"objects"_s).toObject();
    if (auto ok = onlyKnownKeys(objects, {u"include"_s, u"exclude"_s, u"tables"_s}, u"objects"_s);
        !ok)
        return std::unexpected(ok.error());
    auto include = stringList(objects.value(u"include"_s), u"objects.include"_s);
    auto exclude = stringList(objects.value(u"exclude"_s), u"objects.exclude"_s);
    if (!include)
        return std::unexpected(include.error());
    if (!exclude)
        return std::unexpected(exclude.error());
    p.include =
        include->isEmpty() && !objects.contains(u"tables"_s) ? QStringList {u"*"_s} : *include;
    p.exclude = *exclude;
    const QJsonArray rules = objects.value(u"tables"_s).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QString where = u"objects.tables[%1]"_s.arg(i);
        const QJsonObject r = rules[i].toObject();
        if (auto ok =
                onlyKnownKeys(r,
                              {u"source"_s, u"target"_s, u"columns"_s, u"rename"_s, u"filter"_s,
                               u"types"_s, u"originColumn"_s, u"originInKey"_s, u"split"_s},
                              where);
            !ok)
            return std::unexpected(ok.error());
        TableRule rule;
        rule.source = r.value(u"source"_s).toString();
        if (rule.source.isEmpty())
            return fail(bad(Text::tr("%1 has no \"source\" table").arg(where)));
        rule.target = r.value(u"target"_s).toString();
        auto columns = stringList(r.value(u"columns"_s), where + u".columns"_s);
        auto renames = stringMap(r.value(u"rename"_s), where + u".rename"_s);
        auto types = stringMap(r.value(u"types"_s), where + u".types"_s);
        if (!columns)
            return std::unexpected(columns.error());
        if (!renames)
            return std::unexpected(renames.error());
        if (!types)
            return std::unexpected(types.error());
        rule.columns = *columns;
        rule.renames = *renames;
        rule.types = *types;
        rule.filter = r.value(u"filter"_s).toString();
        const QJsonValue origin = r.value(u"originColumn"_s);
        if (!origin.isUndefined() && (!origin.isString() || origin.toString().trimmed().isEmpty()))
            return fail(bad(Text::tr("%1.originColumn must be a column name").arg(where),
                            Text::tr("Write e.g. \"originColumn\": \"src_table\".")));
        rule.originColumn = origin.toString();
        const QJsonValue inKey = r.value(u"originInKey"_s);
        if (!inKey.isUndefined() && !inKey.isBool())
            return fail(bad(Text::tr("%1.originInKey must be true or false").arg(where)));
        rule.originInKey = inKey.toBool(false);
        if (rule.originInKey && rule.originColumn.isEmpty())
            return fail(bad(Text::tr("%1.originInKey needs an \"originColumn\"").arg(where),
                            Text::tr("Name the column that records the source table, e.g. "
                                     "\"originColumn\": \"src_table\".")));
        if (r.contains(u"split"_s)) {
            auto split = parseSplit(r.value(u"split"_s), where + u".split"_s);
            if (!split)
                return std::unexpected(split.error());
            rule.split = *split;
        }
        p.tables.append(rule);
    }

    const QJsonObject options = o.value(u"options"_s).toObject();
    if (auto ok = onlyKnownKeys(options,
                                {u"concurrency"_s, u"rowsPerSecond"_s, u"bytesPerSecond"_s,
                                 u"nonEmptyTarget"_s, u"indexes"_s, u"zeroDates"_s, u"chunkRows"_s,
                                 u"typeOverrides"_s, u"sqliteDecimals"_s, u"typeDecisions"_s,
                                 u"lowerCaseNames"_s},
                                u"options"_s);
        !ok)
        return std::unexpected(ok.error());
    // Absent keys take the system parameters project.* (ferry config).
    const ProjectDefaults defaults = projectdefaults::current();
    auto concurrency =
        wholeNumber(options, u"concurrency"_s, defaults.concurrency, 1, 64, u"options"_s);
    auto rps = wholeNumber(options, u"rowsPerSecond"_s, defaults.rowsPerSecond, 0, qint64(1) << 40,
                           u"options"_s);
    auto bps = wholeNumber(options, u"bytesPerSecond"_s, defaults.bytesPerSecond, 0,
                           qint64(1) << 50, u"options"_s);
    auto chunkRows =
        wholeNumber(options, u"chunkRows"_s, defaults.chunkRows, 100, 10000000, u"options"_s);
    auto nonEmpty = enumValue(options, u"nonEmptyTarget"_s, NonEmptyPolicy::Stop, kNonEmpty);
    auto indexes = enumValue(options, u"indexes"_s, IndexTiming::AfterFull, kIndexes);
    auto zeroDates = enumValue(options, u"zeroDates"_s, ZeroDatePolicy::Reject, kZeroDates);
    auto sqliteDecimals = enumValue(options, u"sqliteDecimals"_s, false, kSqliteDecimals);
    if (!sqliteDecimals)
        return std::unexpected(sqliteDecimals.error());
    auto decisions = parseDecisions(options.value(u"typeDecisions"_s));
    if (!decisions)
        return std::unexpected(decisions.error());
    p.mapping.sqliteDecimalsAsReal = *sqliteDecimals;
    const QJsonValue lowerCase = options.value(u"lowerCaseNames"_s);
    if (!lowerCase.isUndefined() && !lowerCase.isBool())
        return fail(bad(Text::tr("options.lowerCaseNames must be true or false")));
    p.mapping.lowerCaseNames = lowerCase.toBool(false);
    p.mapping.decisions = *decisions;
    for (const auto *r : {&concurrency, &rps, &bps, &chunkRows})
        if (!*r)
            return std::unexpected(r->error());
    if (!nonEmpty)
        return std::unexpected(nonEmpty.error());
    if (!indexes)
        return std::unexpected(indexes.error());
    if (!zeroDates)
        return std::unexpected(zeroDates.error());
    p.options.concurrency = int(*concurrency);
    p.options.rowsPerSecond = *rps;
    p.options.bytesPerSecond = *bps;
    p.options.chunkRows = *chunkRows;
    p.options.nonEmptyTarget = *nonEmpty;
    p.options.indexes = *indexes;
    p.options.zeroDates = *zeroDates;
    // options.typeOverrides {"table.column": "declaration"} join the table rules' "types".
    auto overrides = stringMap(options.value(u"typeOverrides"_s), u"options.typeOverrides"_s);
    if (!overrides)
        return std::unexpected(overrides.error());
    for (auto it = overrides->begin(); it != overrides->end(); ++it) {
        const qsizetype dot = it.key().lastIndexOf(u'.');
        if (dot <= 0)
            return fail(
                bad(Text::tr("options.typeOverrides key '%1' must be table.column").arg(it.key())));
        TableRule rule;
        rule.source = it.key().left(dot);
        rule.types.insert(it.key().mid(dot + 1), it.value());
        rule.selects = false;
        p.tables.append(rule);
    }
    auto incremental = parseIncremental(o.value(u"incremental"_s));
    if (!incremental)
        return std::unexpected(incremental.error());
    p.incremental = *incremental;
    p.verifyOptions = o.value(u"verify"_s).toObject();
    if (o.contains(u"sync"_s) && !p.isSync())
        return fail(bad(Text::tr("\"sync\" is for sync projects"),
                        Text::tr("Write \"type\": \"sync\", or leave \"sync\" out.")));
    auto sync = SyncOptions::fromJson(o.value(u"sync"_s));
    if (!sync)
        return std::unexpected(sync.error());
    p.sync = *sync;
    return p;
}

QJsonObject ProjectDefinition::toJson() const
{
    QJsonObject o;
    o[u"name"_s] = name;
    o[u"type"_s] = type;
    if (!tags.isEmpty())
        o[u"tags"_s] = QJsonArray::fromStringList(tags);
    o[u"source"_s] = endpointJson(source);
    o[u"target"_s] = endpointJson(target);
    o[u"steps"_s] = QJsonArray::fromStringList(steps);
    QJsonObject objects;
    objects[u"include"_s] = QJsonArray::fromStringList(include);
    objects[u"exclude"_s] = QJsonArray::fromStringList(exclude);
    QJsonArray rules;
    QJsonObject typeOverrides;
    for (const TableRule &r : tables) {
        if (!r.selects) {
            for (auto it = r.types.begin(); it != r.types.end(); ++it)
                typeOverrides[r.source + u'.' + it.key()] = it.value();
            continue;
        }
        QJsonObject rule;
        rule[u"source"_s] = r.source;
        if (!r.target.isEmpty())
            rule[u"target"_s] = r.target;
        if (!r.columns.isEmpty())
            rule[u"columns"_s] = QJsonArray::fromStringList(r.columns);
        if (!r.renames.isEmpty()) {
            QJsonObject m;
            for (auto it = r.renames.begin(); it != r.renames.end(); ++it)
                m[it.key()] = it.value();
            rule[u"rename"_s] = m;
        }
        if (!r.filter.isEmpty())
            rule[u"filter"_s] = r.filter;
        if (!r.originColumn.isEmpty())
            rule[u"originColumn"_s] = r.originColumn;
        if (r.originInKey)
            rule[u"originInKey"_s] = true;
        if (r.split) {
            QJsonObject split {{u"column"_s, r.split->column},
                               {u"by"_s, SplitRule::byName(r.split->by)}};
            if (r.split->by == SplitRule::By::Mod)
                split[u"shards"_s] = r.split->shards;
            QJsonArray bounds;
            for (qint64 b : r.split->bounds)
                bounds.append(double(b));
            if (r.split->by == SplitRule::By::Range)
                split[u"bounds"_s] = bounds;
            rule[u"split"_s] = split;
        }
        if (!r.types.isEmpty()) {
            QJsonObject m;
            for (auto it = r.types.begin(); it != r.types.end(); ++it)
                m[it.key()] = it.value();
            rule[u"types"_s] = m;
        }
        rules.append(rule);
    }
    if (!rules.isEmpty())
        objects[u"tables"_s] = rules;
    o[u"objects"_s] = objects;
    QJsonObject opt;
    opt[u"concurrency"_s] = options.concurrency;
    opt[u"rowsPerSecond"_s] = double(options.rowsPerSecond);
    opt[u"bytesPerSecond"_s] = double(options.bytesPerSecond);
    opt[u"nonEmptyTarget"_s] = nonEmptyPolicyName(options.nonEmptyTarget);
    opt[u"indexes"_s] = indexTimingName(options.indexes);
    opt[u"zeroDates"_s] = nameOf(options.zeroDates, kZeroDates);
    opt[u"chunkRows"_s] = double(options.chunkRows);
    if (!typeOverrides.isEmpty())
        opt[u"typeOverrides"_s] = typeOverrides;
    if (mapping.sqliteDecimalsAsReal)
        opt[u"sqliteDecimals"_s] = u"real"_s;
    if (mapping.lowerCaseNames)
        opt[u"lowerCaseNames"_s] = true;
    if (!mapping.decisions.isEmpty()) {
        QJsonObject tables;
        for (auto t = mapping.decisions.begin(); t != mapping.decisions.end(); ++t) {
            QJsonObject columns;
            for (auto c = t.value().begin(); c != t.value().end(); ++c)
                columns[c.key()] = QJsonObject {{u"type"_s, c.value().declaration},
                                                {u"reason"_s, c.value().reason}};
            tables[t.key()] = columns;
        }
        opt[u"typeDecisions"_s] = tables;
    }
    o[u"options"_s] = opt;
    // Written for projects that follow the source, or that say how they would.
    if (hasStep(u"incremental"_s) || !isDefault(incremental))
        o[u"incremental"_s] = incrementalJson(incremental);
    if (!verifyOptions.isEmpty())
        o[u"verify"_s] = verifyOptions;
    if (isSync())
        o[u"sync"_s] = sync.toJson();
    return o;
}

bool ProjectDefinition::sameScope(const ProjectDefinition &other) const
{
    QJsonObject a = toJson();
    QJsonObject b = other.toJson();
    for (QJsonObject *o : {&a, &b}) {
        o->remove(u"options"_s);
        o->remove(u"incremental"_s);
        o->remove(u"tags"_s);
        o->remove(u"verify"_s);
        o->remove(u"steps"_s);
        o->remove(u"sync"_s);
    }
    // Lower-case names change what the target tables are called: part of the scope.
    return a == b && mapping.lowerCaseNames == other.mapping.lowerCaseNames;
}

} // namespace ferry

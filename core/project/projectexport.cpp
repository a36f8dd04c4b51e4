#include "projectexport.h"

#include "common/language.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry {

namespace exportformats {

QString id(ExportFormat format)
{
    switch (format) {
    case ExportFormat::FlinkCdc: return u"flink-cdc"_s;
    case ExportFormat::KafkaConnect: return u"kafka-connect"_s;
    }
    return {};
}

QStringList ids()
{
    return {id(ExportFormat::FlinkCdc), id(ExportFormat::KafkaConnect)};
}

Result<ExportFormat> fromId(const QString &text)
{
    for (ExportFormat f : {ExportFormat::FlinkCdc, ExportFormat::KafkaConnect})
        if (id(f) == text)
            return f;
    return fail(Error::Code::InvalidInput, Text::tr("unknown export format '%1'").arg(text),
                Text::tr("Use --as %1.").arg(ids().join(u" or --as "_s)), text);
}

} // namespace exportformats

namespace {

enum class RegexFlavor { Java, Flink };

// One part of a project pattern (a glob: * ? [...]) as a regular expression. Java: `.` is the
// any-character; Flink: `\.` is, and an unescaped `.` would split the table id.
QString globPartToRegex(const QString &glob, RegexFlavor flavor)
{
    const QString any = flavor == RegexFlavor::Java ? u"."_s : u"\\."_s;
    QString out;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == u'*') {
            out += any + u'*';
        } else if (c == u'?') {
            out += any;
        } else if (c == u'[') {
            const qsizetype end = glob.indexOf(u']', i + 2);
            if (end < 0) {
                out += u"\\["_s;
                continue;
            }
            QString set = glob.mid(i + 1, end - i - 1);
            if (set.startsWith(u'!'))
                set[0] = u'^';
            out += u'[' + set + u']';
            i = end;
        } else if (c.isLetterOrNumber() || c == u'_') {
            out += c;
        } else if (c == u'.' && flavor == RegexFlavor::Flink) {
            out += u"\\."_s; // a literal dot cannot be said; the nearest is any character
        } else {
            out += u'\\';
            out += c;
        }
    }
    return out;
}

// "shop.orders" -> {"shop", "orders"}; "orders" -> {qualifier, "orders"}.
std::pair<QString, QString> splitPattern(const QString &pattern, const QString &qualifier)
{
    const qsizetype dot = pattern.indexOf(u'.');
    if (dot > 0)
        return {pattern.left(dot), pattern.mid(dot + 1)};
    return {qualifier, pattern};
}

bool hasWildcard(const QString &pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'[');
}

// Letters, digits and '_' only: a connector name, slot name or topic prefix made from a
// project's name.
QString identifierOf(const QString &name)
{
    QString out;
    for (QChar c : name)
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c.toLower() : u'_';
    return out;
}

// A stable replication client id for the project: 5400 + 0..99999, never Ferry's own range.
int serverIdOf(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    const quint32 n = (quint8(hash[0]) << 16) | (quint8(hash[1]) << 8) | quint8(hash[2]);
    return 5400 + int(n % 100000);
}

QString passwordVariable(const QString &which)
{
    return u"FERRY_%1_PASSWORD"_s.arg(which.toUpper());
}

// ---------------------------------------------------------------------------------------------
// YAML, block style: keys in the order written, every string scalar double-quoted (JSON's
// escapes are YAML's), numbers and booleans plain.

class YamlWriter
{
public:
    void comment(const QString &text)
    {
        for (const QString &line : text.split(u'\n'))
            m_out += indent() + u"# "_s + line + u'\n';
    }
    void blank() { m_out += u'\n'; }
    void beginMap(const QString &key)
    {
        m_out += indent() + keyText(key) + u":\n"_s;
        ++m_depth;
    }
    void beginList(const QString &key)
    {
        m_out += indent() + keyText(key) + u":\n"_s;
        ++m_depth;
    }
    // A list item that is a map: the first key on the "- " line.
    void beginItem() { m_itemPending = true; }
    void end() { --m_depth; }
    void endItem()
    {
        m_itemPending = false;
        if (m_inItem)
            --m_depth;
        m_inItem = false;
    }
    void value(const QString &key, const QString &text) { line(key, quoted(text)); }
    void value(const QString &key, int number) { line(key, QString::number(number)); }
    void value(const QString &key, bool flag) { line(key, flag ? u"true"_s : u"false"_s); }
    QByteArray text() const { return m_out.toUtf8(); }

private:
    static QString quoted(const QString &text)
    {
        const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    static QString keyText(const QString &key)
    {
        static const QRegularExpression plain(u"^[A-Za-z0-9_.-]+$"_s);
        return plain.match(key).hasMatch() ? key : quoted(key);
    }
    QString indent() const { return QString(m_depth * 2, u' '); }
    void line(const QString &key, const QString &rendered)
    {
        if (m_itemPending) {
            m_out += indent() + u"- "_s + keyText(key) + u": "_s + rendered + u'\n';
            m_itemPending = false;
            m_inItem = true;
            ++m_depth;
            return;
        }
        m_out += indent() + keyText(key) + u": "_s + rendered + u'\n';
    }

    QString m_out;
    int m_depth = 0;
    bool m_itemPending = false;
    bool m_inItem = false;
};

// ---------------------------------------------------------------------------------------------

// What both exports read from a project: its selection as qualified patterns, and its rules.
struct Scope
{
    const ExportInput &in;
    QString qualifier; // the database (MySQL family) or schema (PostgreSQL) of bare patterns
    QString database; // PostgreSQL: the database, which Flink's table ids carry first

    explicit Scope(const ExportInput &input)
        : in(input)
    {
        if (input.source.family() == EngineFamily::PostgreSql) {
            qualifier = input.source.effectiveSchema();
            database = input.source.database;
        } else {
            qualifier = input.source.database;
        }
    }
    const ProjectDefinition &project() const { return in.project; }
    // Include patterns and selecting rules: what the project moves.
    QStringList includes() const
    {
        QStringList out = project().include;
        for (const TableRule &r : project().tables)
            if (r.selects && !out.contains(r.source))
                out << r.source;
        return out;
    }
    QString qualified(const QString &pattern) const
    {
        auto [schema, table] = splitPattern(pattern, qualifier);
        return schema + u'.' + table;
    }
};

void noteCommon(const Scope &scope, ProjectExport &out, const QString &engine)
{
    const ProjectDefinition &p = scope.project();
    if (p.hasStep(u"schema"_s))
        out.notExpressed << Text::tr(
                                "The schema step: %1 creates each table from its first change with "
                                "its own types, without secondary indexes, foreign keys or Ferry's "
                                "value-aware mapping; create the tables with Ferry first (a run "
                                "with \"steps\": [\"schema\"]).")
                                .arg(engine);
    if (p.hasStep(u"verify"_s))
        out.notExpressed
            << Text::tr("The verify step: %1 does not compare source and target; run `ferry "
                        "verify` against the two databases when it has caught up.")
                   .arg(engine);
    for (const TableRule &r : p.tables) {
        if (!r.originColumn.isEmpty())
            out.notExpressed << Text::tr(
                                    "originColumn %1 on %2: %3 does not add a column holding the "
                                    "source table; the merged rows keep their own key only%4.")
                                    .arg(r.originColumn, r.source, engine,
                                         r.originInKey
                                             ? Text::tr(", so rows of shards that share a key "
                                                        "overwrite each other")
                                             : QString());
        if (r.split)
            out.notExpressed << Text::tr(
                                    "split of %1 (%2): %3 cannot route one table's rows to "
                                    "several tables by a column's value; every row goes to one "
                                    "table.")
                                    .arg(r.source, r.split->describe(), engine);
    }
    for (const TableRule &r : p.tables)
        for (auto it = r.types.cbegin(); it != r.types.cend(); ++it)
            out.notExpressed
                << Text::tr("Type override %1.%2 -> %3: %4 picks its own target types; create the "
                            "table first (Ferry's schema step) so the column has this type.")
                       .arg(r.source, it.key(), it.value(), engine);
}

// ---------------------------------------------------------------------------------------------
// Flink CDC

// A sync project's topic template as a Flink route's sink table ("cdc.<>"), or empty when
// Flink's own table id already is the topic ("shop.orders" for {database}.{table}).
QString flinkTopicRoute(const Scope &scope)
{
    const QString topic = scope.project().sync.topic;
    if (!topic.contains(u'{'))
        return {};
    if (topic == u"{database}.{table}"_s && scope.in.source.family() == EngineFamily::MySql)
        return {};
    QString sink = topic;
    sink.replace(u"{database}"_s, scope.in.source.database);
    sink.replace(u"{schema}"_s, scope.qualifier);
    sink.replace(u"{table}"_s, u"<>"_s);
    return sink;
}

// The table id Flink's sink sees for a table the project names ("orders", "shop.orders").
QString flinkRoutedId(const Scope &scope, const QString &table)
{
    auto [schema, name] = splitPattern(table, scope.qualifier);
    if (scope.in.source.family() == EngineFamily::PostgreSql && schema == scope.database)
        schema = scope.qualifier; // "db.table" keys name the database
    const QString route = flinkTopicRoute(scope);
    if (!route.isEmpty())
        return QString(route).replace(u"<>"_s, name);
    if (scope.database.isEmpty())
        return schema + u'.' + name;
    return scope.database + u'.' + schema + u'.' + name;
}

Status flinkSource(const Scope &scope, YamlWriter &y, ProjectExport &out)
{
    const Endpoint &s = scope.in.source;
    const ProjectDefinition &p = scope.project();
    y.beginMap(u"source"_s);
    switch (s.engine) {
    case Engine::MySql:
    case Engine::MariaDb:
    case Engine::OceanBaseMySql: y.value(u"type"_s, u"mysql"_s); break;
    case Engine::PostgreSql: y.value(u"type"_s, u"postgres"_s); break;
    case Engine::Sqlite:
        return fail(
            Error::Code::InvalidInput,
            Text::tr("project %1 reads SQLite, which Flink CDC cannot capture").arg(p.name),
            Text::tr("Keep the project in Ferry: SQLite is a single file, and Ferry's capture "
                     "triggers are the only change stream it has."),
            p.name);
    }
    if (s.engine == Engine::MariaDb)
        out.notExpressed << Text::tr(
            "MariaDB source: Flink CDC's MySQL connector reads MariaDB's binlog "
            "but MariaDB GTIDs are not MySQL's; start from a file and position, "
            "not a GTID.");
    if (s.engine == Engine::OceanBaseMySql)
        out.notExpressed << Text::tr(
            "OceanBase source: Flink CDC reads it through the MySQL connector "
            "only when OceanBase's binlog service is enabled for the tenant.");
    y.value(u"name"_s, u"%1 (%2)"_s.arg(engines::displayName(s.engine), s.displayAddress()));
    y.value(u"hostname"_s, s.host);
    y.value(u"port"_s, s.port);
    y.value(u"username"_s, s.user);
    y.value(u"password"_s, u"${%1}"_s.arg(passwordVariable(u"source"_s)));
    out.beforeRunning << Text::tr(
                             "Put the source password in place of ${%1} (Flink CDC does not expand "
                             "variables: `envsubst < FILE`).")
                             .arg(passwordVariable(u"source"_s));
    QStringList tables, excluded;
    for (const QString &pattern : scope.includes())
        tables << patternToFlinkTables(pattern, scope.database, scope.qualifier);
    for (const QString &pattern : p.exclude)
        excluded << patternToFlinkTables(pattern, scope.database, scope.qualifier);
    y.value(u"tables"_s, tables.join(u", "_s));
    if (!excluded.isEmpty())
        y.value(u"tables.exclude"_s, excluded.join(u", "_s));
    if (s.family() == EngineFamily::MySql) {
        const int id = serverIdOf(p.name);
        y.value(u"server-id"_s, u"%1-%2"_s.arg(id).arg(id + 3));
        // Ferry keeps TINYINT(1) an integer unless its values are all 0/1 (data-aware).
        y.value(u"treat-tinyint1-as-boolean.enabled"_s, false);
    } else {
        y.value(u"slot.name"_s, u"flink_"_s + identifierOf(p.name));
        y.value(u"decoding.plugin.name"_s, u"pgoutput"_s);
    }
    const bool full = p.hasStep(u"full"_s);
    const bool incremental = p.hasStep(u"incremental"_s);
    if (!incremental)
        y.value(u"scan.startup.mode"_s, u"snapshot"_s);
    else if (!full && !p.incremental.startPosition.isEmpty() && s.family() == EngineFamily::MySql) {
        const QString position = p.incremental.startPosition;
        const qsizetype colon = position.lastIndexOf(u':');
        y.value(u"scan.startup.mode"_s, u"specific-offset"_s);
        y.value(u"scan.startup.specific-offset.file"_s, position.left(colon));
        y.value(u"scan.startup.specific-offset.pos"_s, position.mid(colon + 1).toInt());
    } else {
        y.value(u"scan.startup.mode"_s, full ? u"initial"_s : u"latest-offset"_s);
        if (!full && !p.incremental.startPosition.isEmpty())
            out.notExpressed << Text::tr(
                                    "incremental.startPosition %1: Flink CDC's PostgreSQL source "
                                    "starts at its slot's position, not at a chosen LSN.")
                                    .arg(p.incremental.startPosition);
    }
    if (!p.incremental.applyInserts || !p.incremental.applyUpdates || !p.incremental.applyDeletes)
        out.notExpressed << Text::tr(
            "incremental.dml (applying only some of insert, update, delete): "
            "Flink CDC sends every row change.");
    y.end();
    return {};
}

Status flinkKafkaSink(const Scope &scope, YamlWriter &y, ProjectExport &out)
{
    const ProjectDefinition &p = scope.project();
    const KafkaTarget &k = *p.target.kafka;
    const SyncOptions &sync = p.sync;
    y.beginMap(u"sink"_s);
    y.value(u"type"_s, u"kafka"_s);
    y.value(u"name"_s, u"Kafka (%1)"_s.arg(k.bootstrapServers));
    y.value(u"properties.bootstrap.servers"_s, k.bootstrapServers);
    if (!k.securityProtocol.isEmpty())
        y.value(u"properties.security.protocol"_s, k.securityProtocol.toUpper());
    if (!k.saslMechanism.isEmpty()) {
        const QString module = k.saslMechanism.startsWith(u"SCRAM"_s, Qt::CaseInsensitive)
            ? u"org.apache.kafka.common.security.scram.ScramLoginModule"_s
            : u"org.apache.kafka.common.security.plain.PlainLoginModule"_s;
        y.value(u"properties.sasl.mechanism"_s, k.saslMechanism.toUpper());
        y.value(u"properties.sasl.jaas.config"_s,
                u"%1 required username=\"%2\" password=\"${%3}\";"_s.arg(
                    module, k.user, passwordVariable(u"kafka"_s)));
        out.beforeRunning << Text::tr("Put the Kafka password in place of ${%1}.")
                                 .arg(passwordVariable(u"kafka"_s));
    }
    if (!k.caFile.isEmpty()) {
        y.value(u"properties.ssl.truststore.type"_s, u"PEM"_s);
        y.value(u"properties.ssl.truststore.location"_s, k.caFile);
    }
    switch (sync.format) {
    case MessageFormat::DebeziumJson:
        y.value(u"value.format"_s, u"debezium-json"_s);
        if (sync.schema)
            y.value(u"sink.debezium-json.include-schema.enabled"_s, true);
        break;
    case MessageFormat::CanalJson: y.value(u"value.format"_s, u"canal-json"_s); break;
    case MessageFormat::FerryJson:
    case MessageFormat::MaxwellJson:
    case MessageFormat::FlatJson:
        y.value(u"value.format"_s, u"debezium-json"_s);
        out.notExpressed << Text::tr(
                                "sync.format %1: Flink CDC writes debezium-json or canal-json; the "
                                "pipeline writes debezium-json, so consumers must change.")
                                .arg(messageformats::id(sync.format));
        break;
    }
    if (sync.effectiveDecimals() != DecimalHandling::Precise
        && sync.format == MessageFormat::DebeziumJson)
        out.notExpressed << Text::tr(
                                "sync.decimals %1: Flink CDC writes decimals as Debezium's bytes.")
                                .arg(decimalhandling::id(sync.effectiveDecimals()));
    switch (sync.partitionBy) {
    case PartitionBy::Key: y.value(u"partition.strategy"_s, u"hash-by-key"_s); break;
    case PartitionBy::Single:
        y.value(u"partition.strategy"_s, u"all-to-zero"_s);
        if (sync.partition != 0)
            out.notExpressed
                << Text::tr("sync.partition %1: Flink CDC's one-partition strategy writes to "
                            "partition 0.")
                       .arg(sync.partition);
        break;
    case PartitionBy::Table:
    case PartitionBy::Columns:
        y.value(u"partition.strategy"_s, u"hash-by-key"_s);
        out.notExpressed
            << Text::tr("sync.partitionBy %1: Flink CDC partitions by primary key or all to "
                        "partition 0; the pipeline hashes the key, so one table's changes "
                        "are in order per row, not per table.")
                   .arg(partitionby::id(sync.partitionBy));
        break;
    }
    // Topics: Flink CDC names a topic by the table id ("shop.orders"); a template becomes a
    // route (below); explicit topics are the sink's mapping.
    const QString topic = sync.topic;
    if (!topic.contains(u'{'))
        y.value(u"topic"_s, topic);
    if (!sync.topics.isEmpty()) {
        // The sink sees a table by its id after the routes (flinkRoutes) renamed it.
        QStringList mapping;
        for (auto it = sync.topics.cbegin(); it != sync.topics.cend(); ++it)
            mapping << flinkRoutedId(scope, it.key()) + u':' + it.value();
        y.value(u"sink.tableId-to-topic.mapping"_s, mapping.join(u';'));
    }
    if (sync.createTopics && (sync.partitions != 1 || sync.replicationFactor != 1))
        out.notExpressed << Text::tr(
                                "sync.partitions %1 / replicationFactor %2: Flink CDC creates "
                                "missing topics with the broker's defaults; create them first.")
                                .arg(sync.partitions)
                                .arg(sync.replicationFactor);
    if (!sync.createTopics)
        out.notExpressed << Text::tr("sync.createTopics false: Flink CDC creates a missing topic.");
    out.notExpressed << Text::tr("Ferry's ferry.seq header (the per-source sequence consumers drop "
                                 "duplicates by) is not written by Flink CDC.");
    y.end();
    return {};
}

Status flinkDatabaseSink(const Scope &scope, YamlWriter &y, ProjectExport &out)
{
    const Endpoint &t = scope.in.target;
    const ProjectDefinition &p = scope.project();
    if (t.engine != Engine::OceanBaseMySql)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("project %1 writes to %2, for which Flink CDC has no pipeline sink")
                .arg(p.name, engines::displayName(t.engine)),
            Text::tr("Export it with --as kafka-connect (Debezium and its JDBC sink write to "
                     "MySQL, MariaDB and PostgreSQL), or keep it in Ferry."),
            p.name);
    y.beginMap(u"sink"_s);
    y.value(u"type"_s, u"oceanbase"_s);
    y.value(u"name"_s, u"OceanBase (%1)"_s.arg(t.displayAddress()));
    y.value(u"url"_s, u"jdbc:mysql://%1:%2/%3"_s.arg(t.host).arg(t.port).arg(t.database));
    y.value(u"username"_s, t.user);
    y.value(u"password"_s, u"${%1}"_s.arg(passwordVariable(u"target"_s)));
    out.beforeRunning << Text::tr("Put the target password in place of ${%1}.")
                             .arg(passwordVariable(u"target"_s));
    y.end();
    return {};
}

void flinkRoutes(const Scope &scope, YamlWriter &y, ProjectExport &out)
{
    const ProjectDefinition &p = scope.project();
    struct Route
    {
        QString source, sink, symbol, description;
    };
    QList<Route> routes;
    const QString targetDb = p.isSync()
        ? QString()
        : (scope.in.target.database.isEmpty() ? scope.qualifier : scope.in.target.database);
    for (const TableRule &r : p.tables) {
        if (!r.selects || r.target.isEmpty())
            continue;
        auto [schema, table] = splitPattern(r.source, scope.qualifier);
        const QString sinkDb = p.isSync() ? schema : targetDb;
        routes << Route {patternToFlinkTables(r.source, scope.database, scope.qualifier),
                         sinkDb + u'.' + r.target,
                         {},
                         hasWildcard(r.source)
                             ? u"tables %1 merged into %2"_s.arg(r.source, r.target)
                             : u"table %1 renamed %2"_s.arg(r.source, r.target)};
    }
    // A sync project's topic template: the routed table id is the topic's name.
    if (const QString sink = flinkTopicRoute(scope); p.isSync() && !sink.isEmpty()) {
        const bool perTable = sink.contains(u"<>"_s);
        for (const QString &pattern : scope.includes())
            routes << Route {patternToFlinkTables(pattern, scope.database, scope.qualifier), sink,
                             perTable ? u"<>"_s : QString(), u"topic %1"_s.arg(p.sync.topic)};
        if (sink.count(u'.') != 1)
            out.notExpressed
                << Text::tr("sync.topic %1: Flink CDC's topic is the routed table id; check "
                            "the topic names it makes (an id has one dot, database.table).")
                       .arg(p.sync.topic);
    }
    if (routes.isEmpty())
        return;
    y.beginList(u"route"_s);
    for (const Route &r : routes) {
        y.beginItem();
        y.value(u"source-table"_s, r.source);
        y.value(u"sink-table"_s, r.sink);
        if (!r.symbol.isEmpty())
            y.value(u"replace-symbol"_s, r.symbol);
        y.value(u"description"_s, r.description);
        y.endItem();
    }
    y.end();
    y.blank();
}

void flinkTransforms(const Scope &scope, YamlWriter &y)
{
    const ProjectDefinition &p = scope.project();
    QList<const TableRule *> rules;
    for (const TableRule &r : p.tables)
        if (r.selects && (!r.columns.isEmpty() || !r.renames.isEmpty() || !r.filter.isEmpty()))
            rules << &r;
    if (rules.isEmpty())
        return;
    y.beginList(u"transform"_s);
    for (const TableRule *r : rules) {
        y.beginItem();
        y.value(u"source-table"_s,
                patternToFlinkTables(r->source, scope.database, scope.qualifier));
        if (!r->columns.isEmpty() || !r->renames.isEmpty()) {
            QStringList projection;
            if (r->columns.isEmpty())
                projection << u"*"_s;
            for (const QString &c : r->columns)
                projection << (r->renames.contains(c) ? u"`%1` AS `%2`"_s.arg(c, r->renames[c])
                                                      : u"`%1`"_s.arg(c));
            if (r->columns.isEmpty())
                for (auto it = r->renames.cbegin(); it != r->renames.cend(); ++it)
                    projection << u"`%1` AS `%2`"_s.arg(it.key(), it.value());
            y.value(u"projection"_s, projection.join(u", "_s));
        }
        if (!r->filter.isEmpty())
            y.value(u"filter"_s, r->filter);
        y.value(u"description"_s, u"rule for %1"_s.arg(r->source));
        y.endItem();
    }
    y.end();
    y.blank();
}

Result<ProjectExport> flinkCdc(const ExportInput &in)
{
    const Scope scope(in);
    const ProjectDefinition &p = in.project;
    ProjectExport out;
    YamlWriter body;
    if (auto ok = flinkSource(scope, body, out); !ok)
        return std::unexpected(ok.error());
    body.blank();
    if (auto ok =
            p.isSync() ? flinkKafkaSink(scope, body, out) : flinkDatabaseSink(scope, body, out);
        !ok)
        return std::unexpected(ok.error());
    body.blank();
    flinkRoutes(scope, body, out);
    flinkTransforms(scope, body);
    body.beginMap(u"pipeline"_s);
    body.value(u"name"_s, u"%1 (from Ferry)"_s.arg(p.name));
    body.value(u"parallelism"_s, 1);
    // Ferry follows added, dropped and renamed columns and widened types and pauses on the
    // rest; lenient applies what the sink can and never drops a column.
    body.value(u"schema.change.behavior"_s, u"lenient"_s);
    body.end();
    noteCommon(scope, out, u"Flink CDC"_s);
    for (const TableRule &r : p.tables)
        if (!r.filter.isEmpty())
            out.notExpressed << Text::tr(
                                    "Filter on %1 is Flink SQL in the pipeline: check that its "
                                    "identifiers and literals mean the same there.")
                                    .arg(r.source);

    YamlWriter head;
    head.comment(u"Flink CDC pipeline for Ferry project \"%1\" (%2 -> %3).\n"
                 "Submit with: flink-cdc.sh %4.flink-cdc.yaml"_s.arg(
                     p.name, p.source.text(), p.target.text(), identifierOf(p.name)));
    if (!out.beforeRunning.isEmpty()) {
        head.comment(u"Before running:"_s);
        for (const QString &s : out.beforeRunning)
            head.comment(u"  - "_s + s);
    }
    if (!out.notExpressed.isEmpty()) {
        head.comment(u"Not expressed here (Ferry does it; this pipeline does not):"_s);
        for (const QString &s : out.notExpressed)
            head.comment(u"  - "_s + s);
    }
    head.blank();
    out.files << ExportedFile {identifierOf(p.name) + u".flink-cdc.yaml"_s,
                               head.text() + body.text()};
    return out;
}

// ---------------------------------------------------------------------------------------------
// Kafka Connect: a Debezium source connector, and for a migration a Debezium JDBC sink.

QString jdbcUrl(const Endpoint &e)
{
    switch (e.family()) {
    case EngineFamily::PostgreSql:
        return u"jdbc:postgresql://%1:%2/%3"_s.arg(e.host).arg(e.port).arg(e.database);
    case EngineFamily::MySql:
        return u"jdbc:mysql://%1:%2/%3"_s.arg(e.host).arg(e.port).arg(e.database);
    case EngineFamily::Sqlite: return {};
    }
    return {};
}

// Column subsets as Debezium's column.include.list: the chosen columns of the tables that
// have a subset, and every column of the others.
QString columnIncludeList(const Scope &scope)
{
    QStringList parts, tablesWithSubsets;
    for (const TableRule &r : scope.project().tables) {
        if (!r.selects || r.columns.isEmpty())
            continue;
        const QString table = patternToJavaRegex(r.source, scope.qualifier);
        tablesWithSubsets << table;
        QStringList columns;
        for (const QString &c : r.columns)
            columns << QRegularExpression::escape(c);
        parts << table + u"\\.(?:"_s + columns.join(u'|') + u')';
    }
    if (parts.isEmpty())
        return {};
    parts << u"(?!(?:"_s + tablesWithSubsets.join(u'|') + u")\\.[^.]+$).+"_s;
    return parts.join(u',');
}

QJsonObject debeziumSource(const Scope &scope, const QString &prefix, ProjectExport &out)
{
    const ExportInput &in = scope.in;
    const Endpoint &s = in.source;
    const ProjectDefinition &p = in.project;
    QJsonObject c;
    const QString bootstrap = p.isSync() ? p.target.kafka->bootstrapServers
        : in.bootstrapServers.isEmpty()  ? u"${env:KAFKA_BOOTSTRAP_SERVERS}"_s
                                         : in.bootstrapServers;
    switch (s.engine) {
    case Engine::MariaDb:
        c[u"connector.class"_s] = u"io.debezium.connector.mariadb.MariaDbConnector"_s;
        break;
    case Engine::OceanBaseMySql:
        out.notExpressed << Text::tr(
            "OceanBase source: Debezium's MySQL connector reads it only when "
            "OceanBase's binlog service is enabled for the tenant.");
        [[fallthrough]];
    case Engine::MySql:
        c[u"connector.class"_s] = u"io.debezium.connector.mysql.MySqlConnector"_s;
        break;
    case Engine::PostgreSql:
        c[u"connector.class"_s] = u"io.debezium.connector.postgresql.PostgresConnector"_s;
        break;
    case Engine::Sqlite: break;
    }
    c[u"tasks.max"_s] = u"1"_s;
    c[u"database.hostname"_s] = s.host;
    c[u"database.port"_s] = QString::number(s.port);
    c[u"database.user"_s] = s.user;
    c[u"database.password"_s] = u"${env:%1}"_s.arg(passwordVariable(u"source"_s));
    c[u"topic.prefix"_s] = prefix;
    QStringList tables, excluded;
    for (const QString &pattern : scope.includes())
        tables << patternToJavaRegex(pattern, scope.qualifier);
    for (const QString &pattern : p.exclude)
        excluded << patternToJavaRegex(pattern, scope.qualifier);
    c[u"table.include.list"_s] = tables.join(u',');
    if (!excluded.isEmpty())
        c[u"table.exclude.list"_s] = excluded.join(u',');
    if (const QString columns = columnIncludeList(scope); !columns.isEmpty())
        c[u"column.include.list"_s] = columns;
    if (s.family() == EngineFamily::MySql) {
        c[u"database.server.id"_s] = QString::number(serverIdOf(p.name));
        c[u"database.include.list"_s] = QRegularExpression::escape(s.database);
        c[u"schema.history.internal.kafka.bootstrap.servers"_s] = bootstrap;
        c[u"schema.history.internal.kafka.topic"_s] = QString(prefix + u".schema-history"_s);
    } else {
        c[u"database.dbname"_s] = s.database;
        c[u"plugin.name"_s] = u"pgoutput"_s;
        c[u"slot.name"_s] = QString(u"debezium_"_s + identifierOf(p.name));
        c[u"publication.name"_s] = QString(u"dbz_"_s + identifierOf(p.name));
        c[u"publication.autocreate.mode"_s] = u"filtered"_s;
    }
    const bool full = p.hasStep(u"full"_s);
    c[u"snapshot.mode"_s] =
        p.hasStep(u"incremental"_s) ? (full ? u"initial"_s : u"no_data"_s) : u"initial_only"_s;
    if (!full && !p.incremental.startPosition.isEmpty())
        out.notExpressed << Text::tr(
                                "incremental.startPosition %1: Debezium starts where its offsets "
                                "say (or now); set its offset by hand to start there.")
                                .arg(p.incremental.startPosition);
    QStringList skipped {u"t"_s};
    if (!p.incremental.applyInserts)
        skipped << u"c"_s;
    if (!p.incremental.applyUpdates)
        skipped << u"u"_s;
    if (!p.incremental.applyDeletes)
        skipped << u"d"_s;
    c[u"skipped.operations"_s] = skipped.join(u',');
    const DecimalHandling decimals =
        p.isSync() ? p.sync.effectiveDecimals() : DecimalHandling::Precise;
    c[u"decimal.handling.mode"_s] = decimalhandling::id(decimals);
    const bool schemas = p.isSync() ? p.sync.schema : true;
    c[u"key.converter"_s] = u"org.apache.kafka.connect.json.JsonConverter"_s;
    c[u"key.converter.schemas.enable"_s] = schemas ? u"true"_s : u"false"_s;
    c[u"value.converter"_s] = u"org.apache.kafka.connect.json.JsonConverter"_s;
    c[u"value.converter.schemas.enable"_s] = schemas ? u"true"_s : u"false"_s;
    for (const TableRule &r : p.tables)
        if (!r.filter.isEmpty())
            out.notExpressed << Text::tr(
                                    "Filter on %1 (%2): Debezium has no SQL row filter; the rows "
                                    "it excludes would be sent. Add io.debezium.transforms.Filter "
                                    "with the condition in Groovy by hand.")
                                    .arg(r.source, r.filter);
    return c;
}

// Kafka Connect transforms, in order, as "transforms" and its "transforms.NAME.*" keys.
class Transforms
{
public:
    void add(const QString &name, const QMap<QString, QString> &settings)
    {
        m_names << name;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            m_config[u"transforms.%1.%2"_s.arg(name, it.key())] = it.value();
    }
    void predicate(const QString &name, const QString &pattern)
    {
        m_predicates << name;
        m_config[u"predicates.%1.type"_s.arg(name)] =
            u"org.apache.kafka.connect.transforms.predicates.TopicNameMatches"_s;
        m_config[u"predicates.%1.pattern"_s.arg(name)] = pattern;
    }
    void writeTo(QJsonObject &config) const
    {
        if (m_names.isEmpty())
            return;
        config[u"transforms"_s] = m_names.join(u',');
        if (!m_predicates.isEmpty())
            config[u"predicates"_s] = m_predicates.join(u',');
        for (auto it = m_config.cbegin(); it != m_config.cend(); ++it)
            config[it.key()] = it.value();
    }

private:
    QStringList m_names, m_predicates;
    QMap<QString, QString> m_config;
};

const QString kRegexRouter = u"org.apache.kafka.connect.transforms.RegexRouter"_s;

// A sync project's topics: Debezium names them PREFIX.db.table (PREFIX.schema.table for
// PostgreSQL); routers rename them as the project's explicit topics and template say.
void syncTopicRoutes(const Scope &scope, const QString &prefix, Transforms &t, ProjectExport &out)
{
    const SyncOptions &sync = scope.project().sync;
    const QString p = QRegularExpression::escape(prefix);
    const QString database = scope.in.source.database;
    int n = 0;
    for (auto it = sync.topics.cbegin(); it != sync.topics.cend(); ++it) {
        auto [schema, table] = splitPattern(it.key(), scope.qualifier);
        if (scope.in.source.family() == EngineFamily::PostgreSql && schema == database)
            schema = scope.qualifier; // "db.table" keys name the database
        t.add(u"topic%1"_s.arg(++n),
              {{u"type"_s, kRegexRouter},
               {u"regex"_s,
                p + u"\\."_s + QRegularExpression::escape(schema) + u"\\."_s
                    + QRegularExpression::escape(table)},
               {u"replacement"_s, it.value()}});
    }
    QString replacement = sync.topic;
    replacement.replace(u"\\"_s, u"\\\\"_s).replace(u"$"_s, u"\\$"_s);
    replacement.replace(u"{database}"_s, database);
    replacement.replace(u"{schema}"_s, u"$1"_s);
    replacement.replace(u"{table}"_s, u"$2"_s);
    t.add(u"topics"_s,
          {{u"type"_s, kRegexRouter},
           {u"regex"_s, p + u"\\.([^.]+)\\.([^.]+)"_s},
           {u"replacement"_s, replacement}});
    if (sync.format != MessageFormat::DebeziumJson)
        out.notExpressed << Text::tr(
                                "sync.format %1: Debezium writes its own envelope (debezium-json); "
                                "consumers must change.")
                                .arg(messageformats::id(sync.format));
    if (sync.partitionBy != PartitionBy::Key)
        out.notExpressed << Text::tr(
                                "sync.partitionBy %1: Kafka Connect partitions by the message key, "
                                "the primary key; one row's changes stay in order.")
                                .arg(partitionby::id(sync.partitionBy));
    out.notExpressed << Text::tr("Ferry's ferry.seq header (the per-source sequence consumers drop "
                                 "duplicates by) is not written by Debezium.");
}

QJsonObject jdbcSink(const Scope &scope, const QString &prefix, ProjectExport &out)
{
    const Endpoint &t = scope.in.target;
    const ProjectDefinition &p = scope.project();
    QJsonObject c;
    c[u"connector.class"_s] = u"io.debezium.connector.jdbc.JdbcSinkConnector"_s;
    c[u"tasks.max"_s] = u"1"_s;
    c[u"topics.regex"_s] = QString(QRegularExpression::escape(prefix) + u"\\..+"_s);
    c[u"connection.url"_s] = jdbcUrl(t);
    c[u"connection.username"_s] = t.user;
    c[u"connection.password"_s] = u"${env:%1}"_s.arg(passwordVariable(u"target"_s));
    c[u"insert.mode"_s] = u"upsert"_s;
    c[u"delete.enabled"_s] = u"true"_s;
    c[u"primary.key.mode"_s] = u"record_key"_s;
    c[u"schema.evolution"_s] = p.hasStep(u"schema"_s) ? u"basic"_s : u"none"_s;
    c[u"table.name.format"_s] = u"${topic}"_s;
    c[u"key.converter"_s] = u"org.apache.kafka.connect.json.JsonConverter"_s;
    c[u"key.converter.schemas.enable"_s] = u"true"_s;
    c[u"value.converter"_s] = u"org.apache.kafka.connect.json.JsonConverter"_s;
    c[u"value.converter.schemas.enable"_s] = u"true"_s;

    // The sink names a table by its record's topic: routers turn PREFIX.db.table into the
    // target table's name, renamed where the project renames it; column renames apply to the
    // flattened row of the tables that have them.
    Transforms transforms;
    transforms.add(u"unwrap"_s,
                   {{u"type"_s, u"io.debezium.transforms.ExtractNewRecordState"_s},
                    {u"delete.tombstone.handling.mode"_s, u"tombstone"_s}});
    const QString escapedPrefix = QRegularExpression::escape(prefix);
    int n = 0;
    for (const TableRule &r : p.tables) {
        if (!r.selects)
            continue;
        const QString topic =
            escapedPrefix + u"\\."_s + patternToJavaRegex(r.source, scope.qualifier);
        if (!r.renames.isEmpty()) {
            const QString predicate = u"is%1"_s.arg(++n);
            transforms.predicate(predicate, topic);
            QStringList renames;
            for (auto it = r.renames.cbegin(); it != r.renames.cend(); ++it)
                renames << it.key() + u':' + it.value();
            transforms.add(
                u"columns%1"_s.arg(n),
                {{u"type"_s, u"org.apache.kafka.connect.transforms.ReplaceField$Value"_s},
                 {u"renames"_s, renames.join(u',')},
                 {u"predicate"_s, predicate}});
        }
        if (!r.target.isEmpty())
            transforms.add(
                u"table%1"_s.arg(++n),
                {{u"type"_s, kRegexRouter}, {u"regex"_s, topic}, {u"replacement"_s, r.target}});
    }
    transforms.add(u"tables"_s,
                   {{u"type"_s, kRegexRouter},
                    {u"regex"_s, escapedPrefix + u"\\.[^.]+\\.([^.]+)"_s},
                    {u"replacement"_s, u"$1"_s}});
    transforms.writeTo(c);
    if (t.family() == EngineFamily::Sqlite)
        out.notExpressed << Text::tr(
            "SQLite target: the JDBC sink needs a JDBC driver for SQLite on the "
            "Connect worker (org.xerial sqlite-jdbc), which Debezium does not "
            "ship.");
    if (t.family() == EngineFamily::PostgreSql && !t.schema.isEmpty() && t.schema != u"public"_s)
        c[u"connection.url"_s] = QString(jdbcUrl(t) + u"?currentSchema="_s + t.schema);
    return c;
}

Result<ProjectExport> kafkaConnect(const ExportInput &in)
{
    const Scope scope(in);
    const ProjectDefinition &p = in.project;
    if (in.source.engine == Engine::Sqlite)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("project %1 reads SQLite, for which Debezium has no connector").arg(p.name),
            Text::tr("Keep the project in Ferry: its capture triggers are the only change "
                     "stream SQLite has."),
            p.name);
    ProjectExport out;
    const QString name = identifierOf(p.name);
    const QString prefix = u"ferry_"_s + name;
    QJsonObject source = debeziumSource(scope, prefix, out);
    if (p.isSync()) {
        Transforms t;
        syncTopicRoutes(scope, prefix, t, out);
        t.writeTo(source);
        const KafkaTarget &k = *p.target.kafka;
        if (p.sync.createTopics) {
            source[u"topic.creation.default.partitions"_s] = QString::number(p.sync.partitions);
            source[u"topic.creation.default.replication.factor"_s] =
                QString::number(p.sync.replicationFactor);
        }
        if (!k.securityProtocol.isEmpty() || !k.saslMechanism.isEmpty()) {
            const QString protocol =
                k.securityProtocol.isEmpty() ? u"PLAINTEXT"_s : k.securityProtocol.toUpper();
            out.beforeRunning
                << (k.saslMechanism.isEmpty()
                        ? Text::tr("The Connect worker's own Kafka settings must reach %1 with "
                                   "security.protocol %2 (the connector config cannot carry "
                                   "them).")
                              .arg(k.bootstrapServers, protocol)
                        : Text::tr("The Connect worker's own Kafka settings must reach %1 with "
                                   "security.protocol %2 and SASL %3 (the connector config "
                                   "cannot carry them).")
                              .arg(k.bootstrapServers, protocol, k.saslMechanism));
        }
    } else if (in.bootstrapServers.isEmpty()) {
        out.beforeRunning << Text::tr(
            "Set KAFKA_BOOTSTRAP_SERVERS (the cluster the connectors use) in "
            "the worker's environment, or export again with "
            "--bootstrap-servers.");
    }
    noteCommon(scope, out, u"Kafka Connect"_s);
    out.beforeRunning
        << Text::tr("Set %1 in the Connect worker's environment and enable the env config provider "
                    "(config.providers=env, config.providers.env.class="
                    "org.apache.kafka.common.config.provider.EnvVarConfigProvider).")
               .arg(p.isSync()
                        ? passwordVariable(u"source"_s)
                        : Text::tr("%1 and %2")
                              .arg(passwordVariable(u"source"_s), passwordVariable(u"target"_s)));
    const auto document = [](const QString &connector, const QJsonObject &config) {
        return QJsonDocument(QJsonObject {{u"name"_s, connector}, {u"config"_s, config}})
            .toJson(QJsonDocument::Indented);
    };
    out.files << ExportedFile {name + u".source.json"_s, document(prefix + u"-source"_s, source)};
    if (!p.isSync())
        out.files << ExportedFile {name + u".sink.json"_s,
                                   document(prefix + u"-sink"_s, jdbcSink(scope, prefix, out))};
    return out;
}

} // namespace

QString patternToJavaRegex(const QString &pattern, const QString &qualifier)
{
    auto [schema, table] = splitPattern(pattern, qualifier);
    return globPartToRegex(schema, RegexFlavor::Java) + u"\\."_s
        + globPartToRegex(table, RegexFlavor::Java);
}

QString patternToFlinkTables(const QString &pattern, const QString &database,
                             const QString &qualifier)
{
    auto [schema, table] = splitPattern(pattern, qualifier);
    QString out = globPartToRegex(schema, RegexFlavor::Flink) + u'.'
        + globPartToRegex(table, RegexFlavor::Flink);
    if (!database.isEmpty())
        out.prepend(globPartToRegex(database, RegexFlavor::Flink) + u'.');
    return out;
}

Result<ProjectExport> exportProject(const ExportInput &input, ExportFormat format)
{
    if (input.project.isSync() && !input.project.target.isKafka())
        return fail(Error::Code::InvalidInput,
                    Text::tr("sync project %1 has no Kafka target").arg(input.project.name),
                    Text::tr("Give it \"target\": {\"engine\": \"kafka\", ...}."),
                    input.project.name);
    switch (format) {
    case ExportFormat::FlinkCdc: return flinkCdc(input);
    case ExportFormat::KafkaConnect: return kafkaConnect(input);
    }
    return fail(Error::Code::InvalidInput, Text::tr("unknown export format"), {}, {});
}

} // namespace ferry

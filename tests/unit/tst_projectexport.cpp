// `ferry project export NAME --as flink-cdc|kafka-connect`: the generated files read back
// (YAML and JSON), their keys and values exact, and their rules replayed: the table patterns
// select what Ferry's own matcher selects, and the topic and table routers name what Ferry's
// TopicRouter and table rules name.

#include "project/projectexport.h"
#include "schema/schemaplan.h"
#include "sink/topicrouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ferry;

namespace {

// Reads the YAML the export writes (block maps, lists of maps, double-quoted or plain
// scalars, comments) into JSON values, and fails on anything else: a structural check.
class YamlReader
{
public:
    explicit YamlReader(const QString &text)
    {
        for (const QString &raw : text.split(u'\n')) {
            const QString trimmed = raw.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            int indent = 0;
            while (raw[indent] == u' ')
                ++indent;
            m_lines.append({indent, trimmed});
        }
    }
    QJsonObject document(QString *error)
    {
        int i = 0;
        QJsonObject o = map(i, 0, error);
        if (i != m_lines.size() && error->isEmpty())
            *error = u"unexpected indentation at: "_s + m_lines[i].text;
        return o;
    }

private:
    struct Line
    {
        int indent;
        QString text;
    };

    static QJsonValue scalar(const QString &text, QString *error)
    {
        if (text.startsWith(u'"')) {
            const QJsonDocument d =
                QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
            if (!d.isArray() || d.array().size() != 1)
                *error = u"bad quoted scalar: "_s + text;
            return d.array().at(0);
        }
        if (text == u"true" || text == u"false")
            return text == u"true";
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok)
            *error = u"unquoted string scalar: "_s + text;
        return n;
    }
    // key: value | key:\n nested
    QJsonObject map(int &i, int indent, QString *error)
    {
        QJsonObject o;
        while (i < m_lines.size() && m_lines[i].indent == indent && error->isEmpty()) {
            const QString text = m_lines[i].text;
            if (text.startsWith(u"- "_s))
                break;
            const qsizetype colon = text.indexOf(u": "_s);
            if (text.endsWith(u':')) {
                const QString key = text.chopped(1);
                ++i;
                if (i < m_lines.size() && m_lines[i].text.startsWith(u"- "_s))
                    o[key] = list(i, m_lines[i].indent, error);
                else if (i < m_lines.size() && m_lines[i].indent > indent)
                    o[key] = map(i, m_lines[i].indent, error);
                else
                    *error = u"empty block: "_s + key;
            } else if (colon > 0) {
                o[text.left(colon)] = scalar(text.mid(colon + 2), error);
                ++i;
            } else {
                *error = u"not a key: "_s + text;
            }
        }
        return o;
    }
    QJsonArray list(int &i, int indent, QString *error)
    {
        QJsonArray a;
        while (i < m_lines.size() && m_lines[i].indent == indent
               && m_lines[i].text.startsWith(u"- "_s) && error->isEmpty()) {
            // "- key: value" opens a map whose keys sit two columns further in.
            m_lines[i].text = m_lines[i].text.mid(2);
            m_lines[i].indent += 2;
            a.append(map(i, indent + 2, error));
        }
        return a;
    }

    QList<Line> m_lines;
};

QJsonObject readYaml(const QByteArray &bytes)
{
    QString error;
    YamlReader reader(QString::fromUtf8(bytes));
    const QJsonObject o = reader.document(&error);
    if (!error.isEmpty())
        qWarning().noquote() << "YAML:" << error;
    return error.isEmpty() ? o : QJsonObject();
}

QJsonObject readConnector(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &error);
    return d.object();
}

ProjectDefinition definition(const QByteArray &json)
{
    auto d = ProjectDefinition::fromJson(QJsonDocument::fromJson(json).object(),
                                         ProjectDefinition::Parse::Stored);
    if (!d)
        qFatal("%s", qPrintable(d.error().text()));
    return *d;
}

const QByteArray kSync = R"({"name": "shop-to-kafka", "type": "sync",
 "source": {"engine": "mariadb", "host": "10.1.1.7", "port": 3307, "user": "cdc",
            "passwordEnv": "SRC_PW", "database": "shop"},
 "target": {"engine": "kafka", "bootstrapServers": "k1:9092,k2:9092",
            "securityProtocol": "sasl_ssl", "saslMechanism": "SCRAM-SHA-512", "user": "ferry",
            "passwordEnv": "KAFKA_PW", "caFile": "/etc/ferry/ca.pem"},
 "steps": ["full", "incremental"],
 "objects": {"include": ["*"], "exclude": ["audit_*"]},
 "sync": {"format": "debezium-json", "schema": true, "topic": "cdc.{table}",
          "partitionBy": "key", "topics": {"orders": "orders-v2"}, "partitions": 6,
          "replicationFactor": 3}})";

const QByteArray kMigration = R"({"name": "shop-to-pg",
 "source": {"engine": "mariadb", "host": "127.0.0.1", "port": 3306, "user": "root",
            "passwordEnv": "SRC_PW", "database": "shop"},
 "target": {"engine": "postgresql", "host": "10.0.0.5", "port": 5432, "user": "app",
            "passwordEnv": "TGT_PW", "database": "shop", "schema": "sales"},
 "steps": ["schema", "full", "incremental", "verify"],
 "incremental": {"dml": ["insert", "update"]},
 "objects": {"include": ["orders", "customers"], "exclude": [],
   "tables": [{"source": "orders", "target": "sales_orders", "columns": ["id", "amount", "note"],
               "rename": {"amount": "total"}, "filter": "amount > 0"},
              {"source": "order_item_*", "target": "order_items"}]}})";

// Java's Matcher.replaceAll over a whole topic, as Kafka Connect's RegexRouter applies it.
QString regexRoute(const QString &topic, const QString &regex, const QString &replacement)
{
    const QRegularExpression re(u"\\A(?:"_s + regex + u")\\z"_s);
    const auto m = re.match(topic);
    if (!m.hasMatch())
        return topic;
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        if (replacement[i] == u'\\' && i + 1 < replacement.size()) {
            out += replacement[++i];
        } else if (replacement[i] == u'$' && i + 1 < replacement.size()) {
            out += m.captured(replacement[++i].digitValue());
        } else {
            out += replacement[i];
        }
    }
    return out;
}

// A record's topic after the connector's RegexRouter transforms, in their order (predicates
// and other transforms left aside).
QString routeTopic(const QJsonObject &config, QString topic)
{
    for (const QString &name : config.value(u"transforms"_s).toString().split(u',')) {
        const QString prefix = u"transforms."_s + name + u'.';
        if (config.value(prefix + u"type"_s).toString()
            != u"org.apache.kafka.connect.transforms.RegexRouter"_s)
            continue;
        topic = regexRoute(topic, config.value(prefix + u"regex"_s).toString(),
                           config.value(prefix + u"replacement"_s).toString());
    }
    return topic;
}

// Flink CDC's reading of "tables": comma-separated, each split at unescaped dots, `\.` the
// regular expression's any-character, each part matched whole.
bool flinkSelects(const QString &tables, const QStringList &tableId)
{
    for (const QString &entry : tables.split(u","_s)) {
        QStringList parts {QString()};
        const QString e = entry.trimmed();
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (e[i] == u'\\' && i + 1 < e.size() && e[i + 1] == u'.') {
                parts.last() += u'.';
                ++i;
            } else if (e[i] == u'.') {
                parts << QString();
            } else {
                parts.last() += e[i];
            }
        }
        if (parts.size() != tableId.size())
            continue;
        bool all = true;
        for (int i = 0; i < parts.size(); ++i)
            all = all
                && QRegularExpression(u"\\A(?:"_s + parts[i] + u")\\z"_s)
                       .match(tableId[i])
                       .hasMatch();
        if (all)
            return true;
    }
    return false;
}

const QStringList kNames = {
    u"orders"_s,    u"orders_2023"_s, u"orders_20x"_s, u"order_item_1"_s, u"order_item_22"_s,
    u"customers"_s, u"audit_log"_s,   u"a.b"_s,        u"ordersX"_s,      u"Orders"_s};

} // namespace

class TestProjectExport : public QObject
{
    Q_OBJECT

private slots:
    void patternsSelectWhatFerrySelects_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const char *p : {"orders", "orders_20*", "order_item_?", "order_item_[0-9]*",
                              "shop.orders", "other.orders", "*", "s?op.cust*", "[!o]*"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void patternsSelectWhatFerrySelects()
    {
        QFETCH(QString, pattern);
        const QString java = patternToJavaRegex(pattern, u"shop"_s);
        const QRegularExpression javaRe(u"\\A(?:"_s + java + u")\\z"_s);
        QVERIFY2(javaRe.isValid(), qPrintable(java));
        const QString flinkMySql = patternToFlinkTables(pattern, {}, u"shop"_s);
        const QString flinkPostgres = patternToFlinkTables(pattern, u"app"_s, u"shop"_s);
        for (const QString &schema : {u"shop"_s, u"other"_s}) {
            for (const QString &name : kNames) {
                if (name.contains(u'.'))
                    continue; // a dot in a table name cannot be said in Flink's syntax
                const bool ferry = schemaplan::matches(pattern, TableRef {schema, name});
                const QString id = schema + u'.' + name;
                // A bare pattern means the project's database; Ferry's matcher leaves that to
                // the source connection, the export says it.
                const bool qualified = pattern.contains(u'.') || schema == u"shop"_s;
                QVERIFY2(javaRe.match(id).hasMatch() == (ferry && qualified),
                         qPrintable(u"%1 on %2 (%3)"_s.arg(pattern, id, java)));
                QVERIFY2(flinkSelects(flinkMySql, {schema, name}) == (ferry && qualified),
                         qPrintable(u"%1 on %2 (%3)"_s.arg(pattern, id, flinkMySql)));
                QVERIFY2(flinkSelects(flinkPostgres, {u"app"_s, schema, name})
                             == (ferry && qualified),
                         qPrintable(u"%1 on app.%2 (%3)"_s.arg(pattern, id, flinkPostgres)));
            }
        }
    }

    void flinkCdcSyncPipeline()
    {
        ExportInput in;
        in.project = definition(kSync);
        in.source = in.project.source.endpoint;
        in.source.password = u"canary-source-secret"_s;
        in.project.target.kafka->password = u"canary-kafka-secret"_s;
        auto exported = exportProject(in, ExportFormat::FlinkCdc);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().text()));
        QCOMPARE(exported->files.size(), 1);
        QCOMPARE(exported->files[0].fileName, u"shop_to_kafka.flink-cdc.yaml"_s);
        const QByteArray &text = exported->files[0].content;
        QVERIFY(!text.contains("canary"));
        const QJsonObject y = readYaml(text);
        QVERIFY(!y.isEmpty());
        QCOMPARE(y.keys(), (QStringList {u"pipeline"_s, u"route"_s, u"sink"_s, u"source"_s}));

        const QJsonObject source = y[u"source"_s].toObject();
        QCOMPARE(source[u"type"_s].toString(), u"mysql"_s);
        QCOMPARE(source[u"hostname"_s].toString(), u"10.1.1.7"_s);
        QCOMPARE(source[u"port"_s].toInt(), 3307);
        QCOMPARE(source[u"username"_s].toString(), u"cdc"_s);
        QCOMPARE(source[u"password"_s].toString(), u"${FERRY_SOURCE_PASSWORD}"_s);
        QCOMPARE(source[u"tables"_s].toString(), u"shop.\\.*"_s);
        QCOMPARE(source[u"tables.exclude"_s].toString(), u"shop.audit_\\.*"_s);
        QCOMPARE(source[u"scan.startup.mode"_s].toString(), u"initial"_s);
        QCOMPARE(source[u"treat-tinyint1-as-boolean.enabled"_s].toBool(), false);
        QVERIFY(QRegularExpression(u"^\\d+-\\d+$"_s)
                    .match(source[u"server-id"_s].toString())
                    .hasMatch());

        const QJsonObject sink = y[u"sink"_s].toObject();
        QCOMPARE(sink[u"type"_s].toString(), u"kafka"_s);
        QCOMPARE(sink[u"properties.bootstrap.servers"_s].toString(), u"k1:9092,k2:9092"_s);
        QCOMPARE(sink[u"properties.security.protocol"_s].toString(), u"SASL_SSL"_s);
        QCOMPARE(sink[u"properties.sasl.mechanism"_s].toString(), u"SCRAM-SHA-512"_s);
        QCOMPARE(sink[u"properties.sasl.jaas.config"_s].toString(),
                 u"org.apache.kafka.common.security.scram.ScramLoginModule required "
                 "username=\"ferry\" password=\"${FERRY_KAFKA_PASSWORD}\";"_s);
        QCOMPARE(sink[u"properties.ssl.truststore.location"_s].toString(), u"/etc/ferry/ca.pem"_s);
        QCOMPARE(sink[u"value.format"_s].toString(), u"debezium-json"_s);
        QCOMPARE(sink[u"sink.debezium-json.include-schema.enabled"_s].toBool(), true);
        QCOMPARE(sink[u"partition.strategy"_s].toString(), u"hash-by-key"_s);
        // The sink sees routed ids: orders is "cdc.orders" by then.
        QCOMPARE(sink[u"sink.tableId-to-topic.mapping"_s].toString(), u"cdc.orders:orders-v2"_s);

        // The route is the topic template: every selected table's id becomes cdc.<table>.
        const QJsonArray routes = y[u"route"_s].toArray();
        QCOMPARE(routes.size(), 1);
        const QJsonObject route = routes[0].toObject();
        QCOMPARE(route[u"source-table"_s].toString(), u"shop.\\.*"_s);
        QCOMPARE(route[u"sink-table"_s].toString(), u"cdc.<>"_s);
        QCOMPARE(route[u"replace-symbol"_s].toString(), u"<>"_s);
        // Replayed against Ferry's router: the same topic for every table but the explicit one.
        const TopicRouter router(in.project.sync, in.source);
        for (const QString &name : {u"customers"_s, u"order_item_1"_s}) {
            QVERIFY(flinkSelects(route[u"source-table"_s].toString(), {u"shop"_s, name}));
            QCOMPARE(route[u"sink-table"_s].toString().replace(u"<>"_s, name),
                     *router.topicFor(TableRef {u"shop"_s, name}));
        }
        QCOMPARE(*router.topicFor(TableRef {u"shop"_s, u"orders"_s}), u"orders-v2"_s);

        QCOMPARE(y[u"pipeline"_s].toObject()[u"schema.change.behavior"_s].toString(), u"lenient"_s);
        QCOMPARE(exported->notExpressed,
                 (QStringList {
                     u"MariaDB source: Flink CDC's MySQL connector reads MariaDB's binlog but "
                     "MariaDB GTIDs are not MySQL's; start from a file and position, not a "
                     "GTID."_s,
                     u"sync.partitions 6 / replicationFactor 3: Flink CDC creates missing topics "
                     "with the broker's defaults; create them first."_s,
                     u"Ferry's ferry.seq header (the per-source sequence consumers drop "
                     "duplicates by) is not written by Flink CDC."_s}));
        QCOMPARE(exported->beforeRunning.size(), 2);
    }

    void kafkaConnectSyncConnector()
    {
        ExportInput in;
        in.project = definition(kSync);
        in.source = in.project.source.endpoint;
        auto exported = exportProject(in, ExportFormat::KafkaConnect);
        QVERIFY(exported);
        QCOMPARE(exported->files.size(), 1);
        QCOMPARE(exported->files[0].fileName, u"shop_to_kafka.source.json"_s);
        const QJsonObject doc = readConnector(exported->files[0].content);
        QCOMPARE(doc[u"name"_s].toString(), u"ferry_shop_to_kafka-source"_s);
        const QJsonObject c = doc[u"config"_s].toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key())); // Connect takes strings
        QCOMPARE(c[u"connector.class"_s].toString(),
                 u"io.debezium.connector.mariadb.MariaDbConnector"_s);
        QCOMPARE(c[u"database.hostname"_s].toString(), u"10.1.1.7"_s);
        QCOMPARE(c[u"database.port"_s].toString(), u"3307"_s);
        QCOMPARE(c[u"database.password"_s].toString(), u"${env:FERRY_SOURCE_PASSWORD}"_s);
        QCOMPARE(c[u"table.include.list"_s].toString(), u"shop\\..*"_s);
        QCOMPARE(c[u"table.exclude.list"_s].toString(), u"shop\\.audit_.*"_s);
        QCOMPARE(c[u"snapshot.mode"_s].toString(), u"initial"_s);
        QCOMPARE(c[u"decimal.handling.mode"_s].toString(), u"precise"_s);
        QCOMPARE(c[u"value.converter.schemas.enable"_s].toString(), u"true"_s);
        QCOMPARE(c[u"topic.creation.default.partitions"_s].toString(), u"6"_s);
        QCOMPARE(c[u"topic.creation.default.replication.factor"_s].toString(), u"3"_s);
        QCOMPARE(c[u"schema.history.internal.kafka.bootstrap.servers"_s].toString(),
                 u"k1:9092,k2:9092"_s);
        // Debezium's topic PREFIX.db.table, routed, is the topic Ferry's router names.
        const TopicRouter router(in.project.sync, in.source);
        for (const QString &name : {u"orders"_s, u"customers"_s, u"order_item_22"_s})
            QCOMPARE(routeTopic(c, u"ferry_shop_to_kafka.shop."_s + name),
                     *router.topicFor(TableRef {u"shop"_s, name}));
    }

    void kafkaConnectMigrationConnectors()
    {
        ExportInput in;
        in.project = definition(kMigration);
        in.source = in.project.source.endpoint;
        in.target = in.project.target.endpoint;
        in.target.password = u"canary-target-secret"_s;
        in.bootstrapServers = u"kafka.internal:9092"_s;
        auto exported = exportProject(in, ExportFormat::KafkaConnect);
        QVERIFY(exported);
        QCOMPARE(exported->files.size(), 2);
        QVERIFY(!exported->files[1].content.contains("canary"));
        const QJsonObject source =
            readConnector(exported->files[0].content)[u"config"_s].toObject();
        const QJsonObject sink = readConnector(exported->files[1].content)[u"config"_s].toObject();
        QCOMPARE(source[u"table.include.list"_s].toString(),
                 u"shop\\.orders,shop\\.customers,shop\\.order_item_.*"_s);
        QCOMPARE(source[u"skipped.operations"_s].toString(), u"t,d"_s);
        QCOMPARE(source[u"schema.history.internal.kafka.bootstrap.servers"_s].toString(),
                 u"kafka.internal:9092"_s);
        // Column subsets: orders' three columns, every column of the other tables.
        const QRegularExpression columns(
            u"\\A(?:"_s
            + source[u"column.include.list"_s].toString().split(u',').join(u")\\z|\\A(?:"_s)
            + u")\\z"_s);
        QVERIFY(columns.isValid());
        for (const auto &[column, kept] :
             QList<std::pair<QString, bool>> {{u"shop.orders.id"_s, true},
                                              {u"shop.orders.amount"_s, true},
                                              {u"shop.orders.secret_flag"_s, false},
                                              {u"shop.customers.secret_flag"_s, true},
                                              {u"shop.order_item_1.qty"_s, true}})
            QVERIFY2(columns.match(column).hasMatch() == kept, qPrintable(column));

        QCOMPARE(sink[u"connector.class"_s].toString(),
                 u"io.debezium.connector.jdbc.JdbcSinkConnector"_s);
        QCOMPARE(sink[u"connection.url"_s].toString(),
                 u"jdbc:postgresql://10.0.0.5:5432/shop?currentSchema=sales"_s);
        QCOMPARE(sink[u"connection.password"_s].toString(), u"${env:FERRY_TARGET_PASSWORD}"_s);
        QCOMPARE(sink[u"insert.mode"_s].toString(), u"upsert"_s);
        QCOMPARE(sink[u"primary.key.mode"_s].toString(), u"record_key"_s);
        QCOMPARE(sink[u"transforms"_s].toString(), u"unwrap,columns1,table2,table3,tables"_s);
        QCOMPARE(sink[u"transforms.columns1.renames"_s].toString(), u"amount:total"_s);
        QCOMPARE(sink[u"predicates.is1.pattern"_s].toString(),
                 u"ferry_shop_to_pg\\.shop\\.orders"_s);
        // The table each topic lands in, as the project's rules name it.
        QCOMPARE(routeTopic(sink, u"ferry_shop_to_pg.shop.orders"_s), u"sales_orders"_s);
        QCOMPARE(routeTopic(sink, u"ferry_shop_to_pg.shop.order_item_7"_s), u"order_items"_s);
        QCOMPARE(routeTopic(sink, u"ferry_shop_to_pg.shop.customers"_s), u"customers"_s);
        QVERIFY(QRegularExpression(u"\\A(?:"_s + sink[u"topics.regex"_s].toString() + u")\\z"_s)
                    .match(u"ferry_shop_to_pg.shop.customers"_s)
                    .hasMatch());
        QCOMPARE(exported->notExpressed.size(), 3);
        QVERIFY(exported->notExpressed[0].startsWith(u"Filter on orders (amount > 0)"_s));
        QVERIFY(exported->notExpressed[1].startsWith(u"The schema step: Kafka Connect"_s));
        QVERIFY(exported->notExpressed[2].startsWith(u"The verify step"_s));
    }

    void flinkCdcMigrationTransforms()
    {
        ExportInput in;
        in.project = definition(kMigration);
        in.project.target.endpoint.engine = Engine::OceanBaseMySql;
        in.project.target.endpoint.schema.clear();
        in.source = in.project.source.endpoint;
        in.target = in.project.target.endpoint;
        auto exported = exportProject(in, ExportFormat::FlinkCdc);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().text()));
        const QJsonObject y = readYaml(exported->files[0].content);
        QCOMPARE(y[u"sink"_s].toObject()[u"type"_s].toString(), u"oceanbase"_s);
        QCOMPARE(y[u"sink"_s].toObject()[u"url"_s].toString(),
                 u"jdbc:mysql://10.0.0.5:5432/shop"_s);
        QCOMPARE(y[u"source"_s].toObject()[u"tables"_s].toString(),
                 u"shop.orders, shop.customers, shop.order_item_\\.*"_s);
        const QJsonArray routes = y[u"route"_s].toArray();
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes[0].toObject()[u"sink-table"_s].toString(), u"shop.sales_orders"_s);
        QCOMPARE(routes[1].toObject()[u"source-table"_s].toString(), u"shop.order_item_\\.*"_s);
        QCOMPARE(routes[1].toObject()[u"sink-table"_s].toString(), u"shop.order_items"_s);
        const QJsonArray transforms = y[u"transform"_s].toArray();
        QCOMPARE(transforms.size(), 1);
        QCOMPARE(transforms[0].toObject()[u"projection"_s].toString(),
                 u"`id`, `amount` AS `total`, `note`"_s);
        QCOMPARE(transforms[0].toObject()[u"filter"_s].toString(), u"amount > 0"_s);
    }

    // Shards of origin and splits have no counterpart in either engine: both are noted.
    void shardRulesAreNoted()
    {
        ExportInput in;
        in.project = definition(kMigration);
        TableRule origin;
        origin.source = u"orders_*"_s;
        origin.target = u"orders"_s;
        origin.originColumn = u"src_table"_s;
        origin.originInKey = true;
        TableRule split;
        split.source = u"carts"_s;
        split.split = SplitRule {u"customer_id"_s, SplitRule::By::Mod, 4, {}};
        in.project.tables = {origin, split};
        in.source = in.project.source.endpoint;
        for (const ExportFormat format : {ExportFormat::FlinkCdc, ExportFormat::KafkaConnect}) {
            // Flink CDC has no PostgreSQL sink: a MySQL-family target there.
            in.project.target.endpoint.engine =
                format == ExportFormat::FlinkCdc ? Engine::OceanBaseMySql : Engine::PostgreSql;
            in.target = in.project.target.endpoint;
            auto exported = exportProject(in, format);
            QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().text()));
            const QString engine =
                format == ExportFormat::FlinkCdc ? u"Flink CDC"_s : u"Kafka Connect"_s;
            QVERIFY(exported->notExpressed.contains(
                u"originColumn src_table on orders_*: %1 does not add a column holding the "
                "source table; the merged rows keep their own key only, so rows of shards that "
                "share a key overwrite each other."_s.arg(engine)));
            QVERIFY(exported->notExpressed.contains(
                u"split of carts (mod 4 on customer_id): %1 cannot route one table's rows to "
                "several tables by a column's value; every row goes to one table."_s.arg(engine)));
        }
    }

    void refusesWhatTheEngineCannotRun()
    {
        ExportInput in;
        in.project = definition(kMigration);
        in.source = in.project.source.endpoint;
        in.target = in.project.target.endpoint;
        auto flink = exportProject(in, ExportFormat::FlinkCdc);
        QVERIFY(!flink);
        QCOMPARE(flink.error().text(),
                 u"project shop-to-pg writes to PostgreSQL, for which Flink CDC has no pipeline "
                 "sink. Export it with --as kafka-connect (Debezium and its JDBC sink write to "
                 "MySQL, MariaDB and PostgreSQL), or keep it in Ferry."_s);
        in.source.engine = Engine::Sqlite;
        auto sqlite = exportProject(in, ExportFormat::KafkaConnect);
        QVERIFY(!sqlite);
        QCOMPARE(sqlite.error().message,
                 u"project shop-to-pg reads SQLite, for which Debezium has no connector"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectExport)
#include "tst_projectexport.moc"

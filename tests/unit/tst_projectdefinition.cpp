// Project files as docs/project-file.md describes them: a file with every key parses into
// exactly those values, and each mistake a user can make is refused with the message they see,
// naming the key and what to write instead.
#include "project/projectdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

const char *const kPasswordEnv = "FERRY_TEST_PROJECT_PASSWORD";

// A valid minimal project with `patch` (a JSON object text) merged over it at the top level;
// a key whose value is null in the patch is removed.
QJsonObject project(const QByteArray &patch = "{}")
{
    QJsonObject o = QJsonDocument::fromJson(
                        "{\n        \"name\": \"shop\",\n        \"source\": {\"engine\": "
                        "\"mariadb\", \"host\": \"127.0.0.1\", \"user\": \"root\", \"database\": "
                        "\"shop\"},\n        \"target\": \"reporting-pg\"\n    }")
                        .object();
    QJsonParseError error;
    const QJsonObject p = QJsonDocument::fromJson(patch, &error).object();
    Q_ASSERT(error.error == QJsonParseError::NoError);
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return o;
}

} // namespace

class TestProjectDefinition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv(kPasswordEnv, "s3cret");
    }

    void fileWithEveryKey()
    {
        const QString ca = m_dir.filePath(u"ca.pem"_s);
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.close();
        const QString path = m_dir.filePath(u"every-key.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString json = u"{\n"
                             "  \"name\": \"shop-to-pg\",\n"
                             "  \"type\": \"migration\",\n"
                             "  \"tags\": [\"q4-cutover\", \"shop\"],\n"
                             "  \"format\": 1,\n"
                             "  \"source\": {\"engine\": \"mariadb\", \"host\": \"10.0.0.5\", "
                             "\"port\": 3307, \"user\": \"migrator\",\n"
                             "             \"passwordEnv\": \"%1\", \"database\": \"shop\", "
                             "\"tls\": \"verify-full\",\n"
                             "             \"caFile\": \"%2\", \"connectTimeout\": 30},\n"
                             "  \"target\": {\"engine\": \"postgresql\", \"host\": \"pg.local\", "
                             "\"user\": \"loader\", \"password\": \"pw\",\n"
                             "             \"database\": \"reporting\", \"schema\": \"sales\", "
                             "\"tls\": \"require\"},\n"
                             "  \"steps\": [\"schema\", \"full\", \"incremental\", "
                             "\"verify\"],\n"
                             "  \"objects\": {\n"
                             "    \"include\": [\"*\"],\n"
                             "    \"exclude\": [\"tmp_*\", \"shop.audit_2019*\"],\n"
                             "    \"tables\": [\n"
                             "      {\"source\": \"orders\", \"target\": \"orders_copy\", "
                             "\"rename\": {\"total\": \"amount\"},\n"
                             "       \"types\": {\"amount\": \"numeric(14,2)\"}, \"filter\": "
                             "\"created_at >= '2020-01-01'\"},\n"
                             "      {\"source\": \"customers\", \"columns\": [\"id\", \"name\"]}\n"
                             "    ]\n"
                             "  },\n"
                             "  \"options\": {\n"
                             "    \"concurrency\": 8, \"chunkRows\": 1000, \"rowsPerSecond\": 500, "
                             "\"bytesPerSecond\": 20000000,\n"
                             "    \"nonEmptyTarget\": \"truncate\", \"indexes\": \"withSchema\", "
                             "\"zeroDates\": \"null\",\n"
                             "    \"typeOverrides\": {\"customers.created_at\": \"timestamp(3)\"}\n"
                             "  },\n"
                             "  \"incremental\": {\"dml\": [\"insert\", \"update\"], "
                             "\"startPosition\": \"mysql-bin.000003:1234\",\n"
                             "                  \"batchEvents\": 500, \"quietSeconds\": 0, "
                             "\"reverse\": false},\n"
                             "  \"verify\": {\"mode\": \"checksum\"}\n"
                             "}\n"_s;
        file.write(json.arg(QString::fromLatin1(kPasswordEnv), ca).toUtf8());
        file.close();

        const auto parsed = ProjectDefinition::fromFile(path);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().text()));
        const ProjectDefinition &p = *parsed;
        QCOMPARE(p.name, u"shop-to-pg"_s);
        QCOMPARE(p.type, u"migration"_s);
        QCOMPARE(p.tags, (QStringList {u"q4-cutover"_s, u"shop"_s}));

        QVERIFY(!p.source.isDataSource());
        const Endpoint &s = p.source.endpoint;
        QCOMPARE(s.engine, Engine::MariaDb);
        QCOMPARE(s.host, u"10.0.0.5"_s);
        QCOMPARE(s.port, 3307);
        QCOMPARE(s.user, u"migrator"_s);
        QCOMPARE(s.database, u"shop"_s);
        QCOMPARE(s.tlsMode, TlsMode::VerifyFull);
        QCOMPARE(s.caFile, ca);
        QCOMPARE(s.connectTimeoutSeconds, 30);
        QCOMPARE(p.source.passwordEnv, QString::fromLatin1(kPasswordEnv));
        QCOMPARE(s.password, u"s3cret"_s);
        QVERIFY(p.source.passwordGiven);

        const Endpoint &t = p.target.endpoint;
        QCOMPARE(t.engine, Engine::PostgreSql);
        QCOMPARE(t.host, u"pg.local"_s);
        QCOMPARE(t.port, 5432); // the engine's default
        QCOMPARE(t.user, u"loader"_s);
        QCOMPARE(t.password, u"pw"_s);
        QVERIFY(p.target.passwordGiven);
        QCOMPARE(t.database, u"reporting"_s);
        QCOMPARE(t.schema, u"sales"_s);
        QCOMPARE(t.tlsMode, TlsMode::Require);
        QCOMPARE(t.connectTimeoutSeconds, 10);

        QCOMPARE(p.steps, (QStringList {u"schema"_s, u"full"_s, u"incremental"_s, u"verify"_s}));
        QCOMPARE(p.include, QStringList {u"*"_s});
        QCOMPARE(p.exclude, (QStringList {u"tmp_*"_s, u"shop.audit_2019*"_s}));
        QCOMPARE(p.tables.size(), 3);
        const TableRule &orders = p.tables[0];
        QCOMPARE(orders.source, u"orders"_s);
        QCOMPARE(orders.target, u"orders_copy"_s);
        QCOMPARE(orders.columns, QStringList());
        QCOMPARE(orders.renames, (QMap<QString, QString> {{u"total"_s, u"amount"_s}}));
        QCOMPARE(orders.types, (QMap<QString, QString> {{u"amount"_s, u"numeric(14,2)"_s}}));
        QCOMPARE(orders.filter, u"created_at >= '2020-01-01'"_s);
        QVERIFY(orders.selects);
        const TableRule &customers = p.tables[1];
        QCOMPARE(customers.source, u"customers"_s);
        QCOMPARE(customers.target, QString());
        QCOMPARE(customers.columns, (QStringList {u"id"_s, u"name"_s}));
        QVERIFY(customers.selects);
        const TableRule &override = p.tables[2];
        QCOMPARE(override.source, u"customers"_s);
        QCOMPARE(override.types, (QMap<QString, QString> {{u"created_at"_s, u"timestamp(3)"_s}}));
        QVERIFY(!override.selects);

        QCOMPARE(p.options.concurrency, 8);
        QCOMPARE(p.options.chunkRows, 1000);
        QCOMPARE(p.options.rowsPerSecond, 500);
        QCOMPARE(p.options.bytesPerSecond, 20000000);
        QCOMPARE(p.options.nonEmptyTarget, NonEmptyPolicy::Truncate);
        QCOMPARE(p.options.indexes, IndexTiming::WithSchema);
        QCOMPARE(p.options.zeroDates, ZeroDatePolicy::Null);
        QCOMPARE(p.verifyOptions, (QJsonObject {{u"mode"_s, u"checksum"_s}}));
        QVERIFY(p.incremental.applyInserts);
        QVERIFY(p.incremental.applyUpdates);
        QVERIFY(!p.incremental.applyDeletes);
        QCOMPARE(p.incremental.startPosition, u"mysql-bin.000003:1234"_s);
        QCOMPARE(p.incremental.batchEvents, 500);
        QCOMPARE(p.incremental.quietSeconds, 0);
        QVERIFY(!p.incremental.reverse);

        // Written back, the file never holds a password and parses to the same scope.
        const QJsonObject written = p.toJson();
        QVERIFY(!QJsonDocument(written).toJson().contains("s3cret"));
        QVERIFY(!QJsonDocument(written).toJson().contains("\"pw\""));
        const auto again = ProjectDefinition::fromJson(written, ProjectDefinition::Parse::Stored);
        QVERIFY(again);
        QVERIFY(again->sameScope(p));
        QCOMPARE(again->toJson(), written);
        QCOMPARE(written[u"incremental"_s].toObject(),
                 (QJsonObject {{u"dml"_s, QJsonArray {u"insert"_s, u"update"_s}},
                               {u"startPosition"_s, u"mysql-bin.000003:1234"_s},
                               {u"batchEvents"_s, 500},
                               {u"quietSeconds"_s, 0},
                               {u"reverse"_s, false}}));
        // The incremental options may change between runs, like the other options.
        ProjectDefinition changed = *again;
        changed.incremental.batchEvents = 20;
        QVERIFY(changed.sameScope(p));
    }

    void defaults()
    {
        const auto parsed = ProjectDefinition::fromJson(project());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().text()));
        QCOMPARE(parsed->type, u"migration"_s);
        QCOMPARE(parsed->target.dataSource, u"reporting-pg"_s);
        QCOMPARE(parsed->source.endpoint.port, 3306);
        QCOMPARE(parsed->source.endpoint.tlsMode, TlsMode::Prefer);
        QVERIFY(!parsed->source.passwordGiven);
        QCOMPARE(parsed->steps, (QStringList {u"schema"_s, u"full"_s}));
        QCOMPARE(parsed->include, QStringList {u"*"_s});
        QCOMPARE(parsed->options.concurrency, 4);
        QCOMPARE(parsed->options.chunkRows, 50000);
        QCOMPARE(parsed->options.rowsPerSecond, 0);
        QCOMPARE(parsed->options.bytesPerSecond, 0);
        QCOMPARE(parsed->options.nonEmptyTarget, NonEmptyPolicy::Stop);
        QCOMPARE(parsed->options.indexes, IndexTiming::AfterFull);
        QCOMPARE(parsed->options.zeroDates, ZeroDatePolicy::Reject);
        QVERIFY(parsed->incremental.applyInserts);
        QVERIFY(parsed->incremental.applyUpdates);
        QVERIFY(parsed->incremental.applyDeletes);
        QCOMPARE(parsed->incremental.startPosition, QString());
        QCOMPARE(parsed->incremental.batchEvents, 20000);
        QCOMPARE(parsed->incremental.quietSeconds, 5);
        QVERIFY(parsed->incremental.reverse);
        // A project without the step and with the defaults does not spell them out; one with
        // the step does.
        QVERIFY(!parsed->toJson().contains(u"incremental"_s));
        const auto withStep =
            ProjectDefinition::fromJson(project("{\"steps\": [\"full\", \"incremental\"]}"));
        QVERIFY(withStep);
        QCOMPARE(withStep->toJson()[u"incremental"_s].toObject(),
                 (QJsonObject {{u"dml"_s, QJsonArray {u"insert"_s, u"update"_s, u"delete"_s}},
                               {u"batchEvents"_s, 20000},
                               {u"quietSeconds"_s, 5},
                               {u"reverse"_s, true}}));
        // An empty "incremental" object means the defaults; one kind of change alone is fine.
        const auto deletesOnly = ProjectDefinition::fromJson(
            project("{\"incremental\": {\"dml\": \"delete\", \"startPosition\": "
                    "\" 0/16B3748 \"}}"));
        QVERIFY(deletesOnly);
        QVERIFY(!deletesOnly->incremental.applyInserts);
        QVERIFY(!deletesOnly->incremental.applyUpdates);
        QVERIFY(deletesOnly->incremental.applyDeletes);
        QCOMPARE(deletesOnly->incremental.startPosition, u"0/16B3748"_s);
        QCOMPARE(deletesOnly->toJson()[u"incremental"_s].toObject(),
                 (QJsonObject {{u"dml"_s, QJsonArray {u"delete"_s}},
                               {u"startPosition"_s, u"0/16B3748"_s},
                               {u"batchEvents"_s, 20000},
                               {u"quietSeconds"_s, 5},
                               {u"reverse"_s, true}}));

        // Table rules without "include" select only their tables.
        const auto rulesOnly = ProjectDefinition::fromJson(
            project("{\"objects\": {\"tables\": [{\"source\": \"a\"}]}}"));
        QVERIFY(rulesOnly);
        QCOMPARE(rulesOnly->include, QStringList());
        // A single string stands for a list of one.
        const auto single = ProjectDefinition::fromJson(project("{\"steps\": \"full\"}"));
        QVERIFY(single);
        QCOMPARE(single->steps, QStringList {u"full"_s});
    }

    // A saved data source by name may be a sync project's target (a Kafka data source: the
    // store tells which, see checkEndpointKinds); the inline form stays as the issue fixed it.
    void syncTargetMayNameADataSource()
    {
        const auto named = ProjectDefinition::fromJson(
            project("{\"type\": \"sync\", \"target\": \"kafka-prod\"}"));
        QVERIFY2(named, qPrintable(named ? QString() : named.error().text()));
        QVERIFY(named->isSync());
        QCOMPARE(named->target.dataSource, u"kafka-prod"_s);
        QVERIFY(!named->target.kafka);
        QCOMPARE(named->toJson()[u"target"_s].toString(), u"kafka-prod"_s);
        const auto inline_ = ProjectDefinition::fromJson(project(
            "{\"type\": \"sync\", \"target\": {\"engine\": \"kafka\", \"bootstrapServers\": "
            "\"127.0.0.1:9092\"}}"));
        QVERIFY(inline_);
        QCOMPARE(inline_->target.kafka->bootstrapServers, u"127.0.0.1:9092"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const char *patch, const QString &error) {
            QTest::newRow(name) << QByteArray(patch) << error;
        };
        row("unknown top-level key", "{\"nmae\": \"x\"}",
            u"unknown key 'nmae' in the project. Known keys: name, type, tags, source, target, "
            "steps, objects, options, incremental, verify, format, sync."_s);
        row("no name", "{\"name\": null}",
            u"the project has no \"name\". Give it a name of 1 to 64 characters without spaces."_s);
        row("blank name", "{\"name\": \"  \"}",
            u"the project has no \"name\". Give it a name of 1 to 64 characters without spaces."_s);
        row("name with a space", "{\"name\": \"my shop\"}",
            u"project name 'my shop' must have 1 to 64 characters and no spaces"_s);
        row("name too long",
            "{\"name\": \"a1234567890123456789012345678901234567890123456789012345678901234\"}",
            u"project name 'a1234567890123456789012345678901234567890123456789012345678901234' "
            "must have 1 to 64 characters and no spaces"_s);
        row("other type", "{\"type\": \"replication\"}",
            u"project type 'replication' is not supported here. Use \"type\": \"migration\" "
            "(database to database) or \"sync\" (changes to Kafka)."_s);
        row("sync to a database",
            "{\"type\": \"sync\", \"target\": {\"engine\": \"postgresql\", \"host\": \"h\", "
            "\"user\": \"u\", \"database\": \"d\"}}",
            u"a sync project's target must be Kafka. Write \"target\": {\"engine\": \"kafka\", "
            "\"bootstrapServers\": \"127.0.0.1:9092\"}, or \"type\": \"migration\"."_s);
        row("migration to Kafka",
            "{\"target\": {\"engine\": \"kafka\", \"bootstrapServers\": \"k:9092\"}}",
            u"a Kafka target needs \"type\": \"sync\". Write \"type\": \"sync\" to stream "
            "changes to Kafka."_s);
        row("Kafka without brokers", "{\"type\": \"sync\", \"target\": {\"engine\": \"kafka\"}}",
            u"target.bootstrapServers is missing. Name one or more brokers: "
            "\"bootstrapServers\": \"127.0.0.1:9092\"."_s);
        row("Kafka broker without port",
            "{\"type\": \"sync\", \"target\": {\"engine\": \"kafka\", "
            "\"bootstrapServers\": \"k1:9092,k2\"}}",
            u"target.bootstrapServers: 'k2' is not host:port. Write brokers as host:port, "
            "separated by commas."_s);
        row("schema step in a sync project",
            "{\"type\": \"sync\", \"target\": {\"engine\": \"kafka\", "
            "\"bootstrapServers\": \"k:9092\"}, \"steps\": [\"schema\", \"incremental\"]}",
            u"step 'schema' is not a step of a sync project. A sync project's steps are "
            "\"full\" (a snapshot of the tables, optional) and \"incremental\" (the changes)."_s);
        row("sync options in a migration", "{\"sync\": {}}",
            u"\"sync\" is for sync projects. Write \"type\": \"sync\", or leave \"sync\" out."_s);
        const char *kafka = "\"type\": \"sync\", \"target\": {\"engine\": \"kafka\", "
                            "\"bootstrapServers\": \"k:9092\"}, ";
        const auto syncRow = [&](const char *name, const QByteArray &sync, const QString &error) {
            QTest::newRow(name) << (QByteArray("{") + kafka + "\"sync\": " + sync + "}") << error;
        };
        syncRow("unknown format", "{\"format\": \"avro\"}",
                u"sync.format 'avro' is not one of: ferry-json, canal-json, debezium-json, "
                "maxwell-json, flat-json. Write one of: ferry-json, canal-json, debezium-json, "
                "maxwell-json, flat-json."_s);
        syncRow("schema with canal", "{\"format\": \"canal-json\", \"schema\": true}",
                u"sync.schema is for debezium-json only, not canal-json. Leave \"schema\" out, "
                "or choose \"format\": \"debezium-json\"."_s);
        syncRow("bad topic template", "{\"topic\": \"{database}/{table}\"}",
                u"sync.topic '{database}/{table}' is not a topic name template. Use letters, "
                "digits, '.', '_', '-' and the placeholders {database}, {schema} and {table}: "
                "\"{database}.{table}\" (one topic per table), \"{database}\" (one per "
                "database), \"changes\" (one for all)."_s);
        syncRow("columns without columns", "{\"partitionBy\": \"columns\"}",
                u"sync.partitionBy is \"columns\" but sync.partitionColumns is empty. List the "
                "columns whose values choose the partition: \"partitionColumns\": "
                "[\"customer_id\"]."_s);
        syncRow("partition without single", "{\"partition\": 2}",
                u"sync.partition is set but sync.partitionBy is \"key\". Write \"partitionBy\": "
                "\"single\" to send everything to one partition."_s);
        syncRow("unknown partitioning", "{\"partitionBy\": \"random\"}",
                u"sync.partitionBy 'random' is not one of: key, table, single, columns. Write one "
                "of: key, table, single, columns."_s);
        syncRow("replication factor 0", "{\"replicationFactor\": 0}",
                u"sync.replicationFactor must be -1 (the broker's default) or from 1"_s);
        row("tags not strings", "{\"tags\": [1]}", u"tags must be a list of strings"_s);
        row("no target", "{\"target\": null}",
            u"the project needs both \"source\" and \"target\""_s);
        row("empty data source name", "{\"target\": \"\"}",
            u"\"target\" is an empty data source name"_s);
        row("endpoint of the wrong shape", "{\"source\": 5}",
            u"\"source\" must be a data source name or an endpoint object. Example: \"source\": "
            "{\"engine\": \"mariadb\", \"host\": \"127.0.0.1\", \"port\": 3306, \"user\": "
            "\"root\", \"database\": \"shop\"}"_s);
        row("unknown endpoint key", "{\"source\": {\"engine\": \"mariadb\", \"hots\": \"h\"}}",
            u"unknown key 'hots' in source. Known keys: engine, host, port, user, password, "
            "passwordEnv, database, schema, path, tls, caFile, connectTimeout."_s);
        row("unknown engine", "{\"source\": {\"engine\": \"oracle\"}}",
            u"source.engine: unknown engine 'oracle'. Use one of: mysql, mariadb, "
            "oceanbase-mysql, postgresql, sqlite."_s);
        row("port not a number", "{\"source\": {\"engine\": \"mariadb\", \"port\": \"3306\"}}",
            u"source.port must be a whole number from 0 to 99999"_s);
        row("port a fraction", "{\"source\": {\"engine\": \"mariadb\", \"port\": 3306.5}}",
            u"source.port must be a whole number from 0 to 99999"_s);
        row("port out of range",
            "{\"source\": {\"engine\": \"mariadb\", \"host\": \"h\", \"user\": \"u\", \"port\": "
            "70000}}",
            u"source: port 70000 is out of range. Use a port from 1 to 65535 (3306 is the "
            "default for MariaDB)."_s);
        row("unknown TLS mode",
            "{\"source\": {\"engine\": \"mariadb\", \"host\": \"h\", \"user\": \"u\", \"tls\": "
            "\"on\"}}",
            u"unknown TLS mode 'on'. Use one of: disable, prefer, require, verify-ca, "
            "verify-full."_s);
        row("connect timeout zero",
            "{\"source\": {\"engine\": \"mariadb\", \"host\": \"h\", \"user\": \"u\", "
            "\"connectTimeout\": 0}}",
            u"source.connectTimeout must be a whole number from 1 to 3600"_s);
        row("password variable not set",
            "{\"source\": {\"engine\": \"mariadb\", \"host\": \"h\", \"user\": \"u\",\n            "
            "    "
            "           \"passwordEnv\": \"FERRY_TEST_UNSET_VARIABLE\"}}",
            u"source.passwordEnv names FERRY_TEST_UNSET_VARIABLE, which is not set. Export "
            "FERRY_TEST_UNSET_VARIABLE with the password before running."_s);
        row("no host", "{\"source\": {\"engine\": \"mariadb\", \"user\": \"u\"}}",
            u"source: the host is empty. Give the server's host name or IP address (--host)."_s);
        row("no user",
            "{\"target\": {\"engine\": \"postgresql\", \"host\": \"h\", \"database\": \"d\"}}",
            u"target: the user is empty. Give the database user name (--user)."_s);
        row("PostgreSQL without a database",
            "{\"target\": {\"engine\": \"postgresql\", \"host\": \"h\", \"user\": \"u\"}}",
            u"target: the database is empty. PostgreSQL connects to one database: give its name "
            "(--database)."_s);
        row("SQLite without a path", "{\"target\": {\"engine\": \"sqlite\"}}",
            u"target: the SQLite file path is empty. Give the path of the database file (--path "
            "FILE)."_s);
        row("CA file missing",
            "{\"source\": {\"engine\": \"mariadb\", \"host\": \"h\", \"user\": \"u\", \"tls\": "
            "\"verify-ca\",\n                           \"caFile\": \"/nonexistent/ca.pem\"}}",
            u"source: the CA file /nonexistent/ca.pem does not exist. Give the path of the PEM "
            "file of the certificate authority."_s);
        row("unknown step", "{\"steps\": [\"schema\", \"copy\"]}",
            u"unknown step 'copy'. Steps are an ordered subset of: schema, full, incremental, "
            "verify."_s);
        row("steps out of order", "{\"steps\": [\"full\", \"schema\"]}",
            u"step 'schema' is out of order or repeated. Keep the order schema, full, "
            "incremental, verify."_s);
        row("step repeated", "{\"steps\": [\"full\", \"full\"]}",
            u"step 'full' is out of order or repeated. Keep the order schema, full, "
            "incremental, verify."_s);
        row("steps not strings", "{\"steps\": {\"a\": 1}}", u"steps must be a list of strings"_s);
        row("unknown objects key", "{\"objects\": {\"includes\": [\"*\"]}}",
            u"unknown key 'includes' in objects. Known keys: include, exclude, tables."_s);
        row("include not strings", "{\"objects\": {\"include\": [true]}}",
            u"objects.include must be a list of strings"_s);
        row("exclude not strings", "{\"objects\": {\"exclude\": [null]}}",
            u"objects.exclude must be a list of strings"_s);
        row("unknown table rule key",
            "{\"objects\": {\"tables\": [{\"source\": \"a\", \"where\": \"x\"}]}}",
            u"unknown key 'where' in objects.tables[0]. Known keys: source, target, columns, "
            "rename, filter, types, originColumn, originInKey, split."_s);
        row("table rule without source",
            "{\"objects\": {\"tables\": [{\"source\": \"a\"}, {\"target\": \"b\"}]}}",
            u"objects.tables[1] has no \"source\" table"_s);
        row("columns not strings",
            "{\"objects\": {\"tables\": [{\"source\": \"a\", \"columns\": [1]}]}}",
            u"objects.tables[0].columns must be a list of strings"_s);
        row("rename not an object",
            "{\"objects\": {\"tables\": [{\"source\": \"a\", \"rename\": [\"x\"]}]}}",
            u"objects.tables[0].rename must be an object of strings"_s);
        row("type not a string",
            "{\"objects\": {\"tables\": [{\"source\": \"a\", \"types\": {\"c\": 5}}]}}",
            u"objects.tables[0].types.c must be a string"_s);
        row("unknown option", "{\"options\": {\"threads\": 2}}",
            u"unknown key 'threads' in options. Known keys: concurrency, rowsPerSecond, "
            "bytesPerSecond, nonEmptyTarget, indexes, zeroDates, chunkRows, typeOverrides, "
            "sqliteDecimals, typeDecisions, lowerCaseNames."_s);
        row("unknown SQLite decimals", "{\"options\": {\"sqliteDecimals\": \"double\"}}",
            u"options.sqliteDecimals 'double' is not one of: text, real"_s);
        row("lower-case names as text", "{\"options\": {\"lowerCaseNames\": \"yes\"}}",
            u"options.lowerCaseNames must be true or false"_s);
        row("type decision without a type",
            "{\"options\": {\"typeDecisions\": {\"shop.t\": {\"b\": {\"reason\": \"x\"}}}}}",
            u"options.typeDecisions.shop.t.b has no \"type\". Example: \"typeDecisions\": "
            "{\"shop.orders\": {\"flag\": {\"type\": \"smallint\", \"reason\": \"holds "
            "2\"}}}"_s);
        row("concurrency zero", "{\"options\": {\"concurrency\": 0}}",
            u"options.concurrency must be a whole number from 1 to 64"_s);
        row("concurrency as text", "{\"options\": {\"concurrency\": \"4\"}}",
            u"options.concurrency must be a whole number from 1 to 64"_s);
        row("negative rate", "{\"options\": {\"rowsPerSecond\": -1}}",
            u"options.rowsPerSecond must be a whole number from 0 to 1099511627776"_s);
        row("byte rate too high", "{\"options\": {\"bytesPerSecond\": 1e20}}",
            u"options.bytesPerSecond must be a whole number from 0 to 1125899906842624"_s);
        row("chunk too small", "{\"options\": {\"chunkRows\": 10}}",
            u"options.chunkRows must be a whole number from 100 to 10000000"_s);
        row("unknown non-empty policy", "{\"options\": {\"nonEmptyTarget\": \"append\"}}",
            u"options.nonEmptyTarget 'append' is not one of: stop, ignore, truncate"_s);
        row("unknown index timing", "{\"options\": {\"indexes\": \"later\"}}",
            u"options.indexes 'later' is not one of: withSchema, afterFull, skip"_s);
        row("unknown zero date policy", "{\"options\": {\"zeroDates\": \"zero\"}}",
            u"options.zeroDates 'zero' is not one of: reject, null, keep"_s);
        row("type override without a table",
            "{\"options\": {\"typeOverrides\": {\"col\": \"int\"}}}",
            u"options.typeOverrides key 'col' must be table.column"_s);
        row("type override not a string",
            "{\"options\": {\"typeOverrides\": {\"t.col\": [\"int\"]}}}",
            u"options.typeOverrides.t.col must be a string"_s);
        row("incremental not an object", "{\"incremental\": [\"insert\"]}",
            u"\"incremental\" must be an object. Example: \"incremental\": {\"dml\": "
            "[\"insert\", \"update\"], \"batchEvents\": 20000}"_s);
        row("unknown incremental key", "{\"incremental\": {\"batch\": 10}}",
            u"unknown key 'batch' in incremental. Known keys: dml, startPosition, batchEvents, "
            "quietSeconds, reverse."_s);
        row("dml empty", "{\"incremental\": {\"dml\": []}}",
            u"incremental.dml is empty: no change would reach the target. List one or more of: "
            "insert, update, delete. Leave \"dml\" out to apply all three."_s);
        row("dml unknown kind", "{\"incremental\": {\"dml\": [\"insert\", \"upsert\"]}}",
            u"incremental.dml 'upsert' is not one of: insert, update, delete. List one or more "
            "of: insert, update, delete."_s);
        row("dml upper case", "{\"incremental\": {\"dml\": [\"INSERT\"]}}",
            u"incremental.dml 'INSERT' is not one of: insert, update, delete. List one or more "
            "of: insert, update, delete."_s);
        row("dml not strings", "{\"incremental\": {\"dml\": [1]}}",
            u"incremental.dml must be a list of strings. List one or more of: insert, update, "
            "delete."_s);
        row("start position not a string", "{\"incremental\": {\"startPosition\": 1234}}",
            u"incremental.startPosition must be a string. Write the position in the source's "
            "form: \"mysql-bin.000003:1234\" (MySQL family), \"0/16B3748\" (PostgreSQL)."_s);
        row("batch zero", "{\"incremental\": {\"batchEvents\": 0}}",
            u"incremental.batchEvents must be a whole number from 1 to 1000000"_s);
        row("batch too big", "{\"incremental\": {\"batchEvents\": 1000001}}",
            u"incremental.batchEvents must be a whole number from 1 to 1000000"_s);
        row("batch a fraction", "{\"incremental\": {\"batchEvents\": 10.5}}",
            u"incremental.batchEvents must be a whole number from 1 to 1000000"_s);
        row("quiet negative", "{\"incremental\": {\"quietSeconds\": -1}}",
            u"incremental.quietSeconds must be a whole number from 0 to 3600"_s);
        row("quiet too long", "{\"incremental\": {\"quietSeconds\": 3601}}",
            u"incremental.quietSeconds must be a whole number from 0 to 3600"_s);
        row("reverse not a boolean", "{\"incremental\": {\"reverse\": \"yes\"}}",
            u"incremental.reverse must be true or false. Write \"reverse\": true (the default) "
            "to start the reverse increment after the switchover, false not to."_s);
    }

    void badInput()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, error);
        const auto parsed = ProjectDefinition::fromJson(project(patch));
        QVERIFY2(!parsed, "the definition was accepted");
        QCOMPARE(parsed.error().text(), error);
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    }

    // options.sqliteDecimals, lowerCaseNames and typeDecisions read and write back; lower-case
    // names are part of the scope (they rename the target tables), decisions are not.
    void mappingOptions()
    {
        const auto p = ProjectDefinition::fromJson(
            project("{\"options\": {\"sqliteDecimals\": \"real\", \"lowerCaseNames\": true, "
                    "\"typeDecisions\": {\"shop.t\": {\"b\": {\"type\": \"smallint\", \"reason\": "
                    "\"holds 2 → smallint\"}}}}}"));
        QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
        QVERIFY(p->mapping.sqliteDecimalsAsReal);
        QVERIFY(p->mapping.lowerCaseNames);
        QCOMPARE(p->mapping.decisions.value(u"shop.t"_s).value(u"b"_s),
                 (TypeDecision {u"smallint"_s, u"holds 2 → smallint"_s}));
        const auto again =
            ProjectDefinition::fromJson(p->toJson(), ProjectDefinition::Parse::Stored);
        QVERIFY(again);
        QCOMPARE(again->mapping, p->mapping);
        ProjectDefinition other = *p;
        other.mapping.decisions.clear();
        QVERIFY(other.sameScope(*p));
        other.mapping.lowerCaseNames = false;
        QVERIFY(!other.sameScope(*p));
        const auto defaults = ProjectDefinition::fromJson(project("{}"));
        QVERIFY(defaults);
        QCOMPARE(defaults->mapping, MappingOptions());
        QVERIFY(!defaults->toJson().value(u"options"_s).toObject().contains(u"typeDecisions"_s));
    }

    // The issue's sync project, as it is written there, and its round trip through the store.
    void syncProject()
    {
        const QByteArray text = R"({"name": "shop-to-kafka", "type": "sync",
         "source": {"engine": "mariadb", "host": "127.0.0.1", "port": 3306, "user": "root",
                    "password": "", "database": "shop"},
         "target": {"engine": "kafka", "bootstrapServers": "127.0.0.1:9092"},
         "steps": ["full", "incremental"],
         "objects": {"include": ["*"], "exclude": []},
         "sync": {"format": "debezium-json", "topic": "{database}.{table}", "partitionBy": "key"}})";
        auto parsed = ProjectDefinition::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().text()));
        QVERIFY(parsed->isSync());
        QVERIFY(parsed->target.isKafka());
        QCOMPARE(parsed->target.kafka->bootstrapServers, u"127.0.0.1:9092"_s);
        QCOMPARE(parsed->target.text(), u"kafka:127.0.0.1:9092"_s);
        QCOMPARE(parsed->steps, (QStringList {u"full"_s, u"incremental"_s}));
        QCOMPARE(parsed->sync.format, MessageFormat::DebeziumJson);
        QCOMPARE(parsed->sync.effectiveDecimals(), DecimalHandling::Precise);
        QCOMPARE(parsed->sync.topic, u"{database}.{table}"_s);
        QCOMPARE(parsed->sync.partitionBy, PartitionBy::Key);
        const QJsonObject stored = parsed->toJson();
        QCOMPARE(stored.value(u"target"_s).toObject(),
                 (QJsonObject {{u"engine"_s, u"kafka"_s},
                               {u"bootstrapServers"_s, u"127.0.0.1:9092"_s}}));
        QCOMPARE(stored.value(u"sync"_s).toObject(),
                 (QJsonObject {{u"format"_s, u"debezium-json"_s},
                               {u"topic"_s, u"{database}.{table}"_s},
                               {u"partitionBy"_s, u"key"_s},
                               {u"createTopics"_s, true},
                               {u"partitions"_s, 1},
                               {u"replicationFactor"_s, 1}}));
        auto again = ProjectDefinition::fromJson(stored, ProjectDefinition::Parse::Stored);
        QVERIFY(again);
        QCOMPARE(again->toJson(), stored);
        QVERIFY(again->sameScope(*parsed));
    }

    // A stored definition is read as it is: a missing password variable is not an error there.
    void storedDefinitionDoesNotResolvePasswords()
    {
        const QJsonObject o = project("{\"source\": {\"engine\": \"mariadb\", \"passwordEnv\": "
                                      "\"FERRY_TEST_UNSET_VARIABLE\"}}");
        QVERIFY(!ProjectDefinition::fromJson(o));
        const auto stored = ProjectDefinition::fromJson(o, ProjectDefinition::Parse::Stored);
        QVERIFY(stored);
        QCOMPARE(stored->source.passwordEnv, u"FERRY_TEST_UNSET_VARIABLE"_s);
        QVERIFY(!stored->source.passwordGiven);
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error"); // %1: the file's path
        QTest::newRow("syntax error on line 3")
            << QByteArray("{\n  \"name\": \"x\",\n  \"target\" \"y\"\n}\n")
            << u"%1 line 3 is not valid JSON: missing name separator. Fix the JSON syntax (see "
               "docs/project-file.md)."_s;
        QTest::newRow("an array") << QByteArray("[1, 2]") << u"%1 must hold one JSON object"_s;
        QTest::newRow("a valid file with a bad key")
            << QByteArray(
                   "{\"name\": \"x\", \"source\": \"a\", \"target\": \"b\", \"steps\": [\"copy\"]}")
            << u"%1: unknown step 'copy'. Steps are an ordered subset of: schema, full, "
               "incremental, verify."_s;
    }

    void badFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const auto parsed = ProjectDefinition::fromFile(path);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().text(), error.arg(path));
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(u"missing.json"_s);
        const auto parsed = ProjectDefinition::fromFile(path);
        QVERIFY(!parsed);
        QCOMPARE(
            parsed.error().text(),
            u"cannot read the project file %1: No such file or directory. Check the path."_s.arg(
                path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProjectDefinition)
#include "tst_projectdefinition.moc"

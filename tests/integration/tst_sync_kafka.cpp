// Sync projects into Kafka as `ferry run` does them: a real MariaDB source, librdkafka's mock
// cluster as the broker (tests/support/kafkatest.h), and a real consumer that reads every
// message back. Checks the exact message of each format for insert, update and delete (whole
// messages; only clocks and binlog coordinates are masked), the snapshot, completeness and
// order per key, a missing topic refused with its name, a broker that goes away and comes
// back, and de-duplication after `kill -9` of a streaming run.
#include "common/logging.h"
#include "kafkatest.h"
#include "migrationfixture.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Clocks, binlog coordinates and transaction ids differ from run to run: each becomes a fixed
// token after the check that it is there and has its form. Everything else stays as sent.
QString masked(const QByteArray &message)
{
    QString s = QString::fromUtf8(message);
    static const QList<QPair<QRegularExpression, QString>> rules = {
        {QRegularExpression(u"\"(ts_ms|ts|es|__ts_ms)\":\\d{10,13}"_s), u"\"\\1\":0"_s},
        {QRegularExpression(
             u"\"commitTime\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\""_s),
         u"\"commitTime\":\"T\""_s},
        {QRegularExpression(u"\"position\":\"mysql-bin\\.\\d+:\\d+(;gtid=[0-9,-]+)?\""_s),
         u"\"position\":\"P\""_s},
        {QRegularExpression(u"\"(transactionId|gtid)\":\"\\d+-\\d+-\\d+\""_s), u"\"\\1\":\"G\""_s},
        {QRegularExpression(u"\"file\":\"mysql-bin\\.\\d+\",\"pos\":\\d+"_s),
         u"\"file\":\"F\",\"pos\":0"_s},
    };
    for (const auto &[pattern, replacement] : rules)
        s.replace(pattern, replacement);
    return s;
}

} // namespace

class TestSyncKafka : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    KafkaMock m_kafka;
    QStringList m_databases;

    QString store() const { return m_dir.filePath(u"store.db"_s); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_TEST_SOURCE_PW"_s, mariadb().password);
        env.insert(u"FERRY_TEST_PG_PW"_s, postgres().password);
        return env;
    }

    Run ferry(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store()} + args);
        p.waitForFinished(240000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A fresh MariaDB database, dropped at the end.
    Endpoint database(const QString &name)
    {
        if (!execute(mariadb(),
                     {u"DROP DATABASE IF EXISTS "_s + name, u"CREATE DATABASE "_s + name}))
            return {};
        m_databases << name;
        return mariadb(name);
    }

    // The project file of a sync project from `source`; `sync` is its "sync" object.
    QString projectFile(const QString &name, const Endpoint &source, const QJsonObject &sync,
                        const QStringList &steps)
    {
        const QJsonObject project {
            {u"name"_s, name},
            {u"type"_s, u"sync"_s},
            {u"source"_s,
             QJsonObject {{u"engine"_s, engines::id(source.engine)},
                          {u"host"_s, source.host},
                          {u"port"_s, source.port},
                          {u"user"_s, source.user},
                          {u"passwordEnv"_s,
                           source.engine == Engine::PostgreSql ? u"FERRY_TEST_PG_PW"_s
                                                               : u"FERRY_TEST_SOURCE_PW"_s},
                          {u"database"_s, source.database}}},
            {u"target"_s,
             QJsonObject {{u"engine"_s, u"kafka"_s}, {u"bootstrapServers"_s, m_kafka.bootstrap()}}},
            {u"steps"_s, QJsonArray::fromStringList(steps)},
            {u"objects"_s,
             QJsonObject {{u"include"_s, QJsonArray {u"*"_s}}, {u"exclude"_s, QJsonArray {}}}},
            {u"sync"_s, sync}};
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(project).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_kafka.start(), qPrintable(m_kafka.error()));
        qInfo() << "mock Kafka cluster at" << m_kafka.bootstrap();
    }

    void cleanupTestCase()
    {
        // The slot of the PostgreSQL project keeps its database from being dropped.
        Endpoint admin = postgres();
        admin.schema = u"public"_s;
        logIfFailed(lcProject(),
                    execute(admin,
                            {u"SELECT pg_drop_replication_slot(slot_name) FROM "
                             "pg_replication_slots WHERE database = 'ferry_sync_pg'"_s,
                             u"DROP DATABASE IF EXISTS ferry_sync_pg"_s}),
                    "the PostgreSQL test database stays behind");
        for (const QString &name : std::as_const(m_databases))
            logIfFailed(lcProject(), execute(mariadb(), {u"DROP DATABASE IF EXISTS "_s + name}),
                        "a test database stays behind");
    }

    // The exact key and value of an insert, an update and a delete in each format.
    void formats_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QJsonObject>("sync");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");

        const QString key = u"{\"id\":1}"_s;
        QTest::newRow("ferry-json")
            << u"ferry"_s << QJsonObject {{u"format"_s, u"ferry-json"_s}}
            << QStringList {key, key, key}
            << QStringList {
                   u"{\"seq\":1,\"op\":\"insert\",\"snapshot\":false,\"database\":\"%DB%\",\"table\":\"items\",\"key\":{\"id\":1},\"before\":null,\"after\":{\"id\":1,\"name\":\"apple\",\"price\":\"12.50\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"},\"source\":{\"engine\":\"mariadb\",\"project\":\"fmt-ferry\",\"position\":\"P\",\"transactionId\":\"G\",\"commitTime\":\"T\",\"row\":0}}"_s,
                   u"{\"seq\":2,\"op\":\"update\",\"snapshot\":false,\"database\":\"%DB%\",\"table\":\"items\",\"key\":{\"id\":1},\"before\":{\"id\":1,\"name\":\"apple\",\"price\":\"12.50\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"},\"after\":{\"id\":1,\"name\":\"apple \\\"red\\\"\",\"price\":\"13.75\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"},\"source\":{\"engine\":\"mariadb\",\"project\":\"fmt-ferry\",\"position\":\"P\",\"transactionId\":\"G\",\"commitTime\":\"T\",\"row\":0}}"_s,
                   u"{\"seq\":3,\"op\":\"delete\",\"snapshot\":false,\"database\":\"%DB%\",\"table\":\"items\",\"key\":{\"id\":1},\"before\":{\"id\":1,\"name\":\"apple \\\"red\\\"\",\"price\":\"13.75\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"},\"after\":null,\"source\":{\"engine\":\"mariadb\",\"project\":\"fmt-ferry\",\"position\":\"P\",\"transactionId\":\"G\",\"commitTime\":\"T\",\"row\":0}}"_s};

        const QString types =
            u"\"mysqlType\":{\"id\":\"int(11)\",\"name\":\"varchar(20)\",\"price\":\"decimal(10,2)\",\"data\":\"varbinary(8)\",\"at\":\"datetime(6)\",\"day\":\"date\"},\"old\":%OLD%,\"pkNames\":[\"id\"],\"sql\":\"\",\"sqlType\":{\"id\":4,\"name\":12,\"price\":3,\"data\":-3,\"at\":93,\"day\":91}"_s;
        QString canalOld = types;
        QTest::newRow("canal-json")
            << u"canal"_s << QJsonObject {{u"format"_s, u"canal-json"_s}}
            << QStringList {key, key, key}
            << QStringList {
                   u"{\"data\":[{\"id\":\"1\",\"name\":\"apple\",\"price\":\"12.50\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"}],\"database\":\"%DB%\",\"es\":0,\"id\":1,\"isDdl\":false,"_s
                       + QString(types).replace(u"%OLD%"_s, u"null"_s)
                       + u",\"table\":\"items\",\"ts\":0,\"type\":\"INSERT\"}"_s,
                   u"{\"data\":[{\"id\":\"1\",\"name\":\"apple \\\"red\\\"\",\"price\":\"13.75\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"}],\"database\":\"%DB%\",\"es\":0,\"id\":2,\"isDdl\":false,"_s
                       + canalOld.replace(u"%OLD%"_s,
                                          u"[{\"name\":\"apple\",\"price\":\"12.50\"}]"_s)
                       + u",\"table\":\"items\",\"ts\":0,\"type\":\"UPDATE\"}"_s,
                   u"{\"data\":[{\"id\":\"1\",\"name\":\"apple \\\"red\\\"\",\"price\":\"13.75\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"}],\"database\":\"%DB%\",\"es\":0,\"id\":3,\"isDdl\":false,"_s
                       + QString(types).replace(u"%OLD%"_s, u"null"_s)
                       + u",\"table\":\"items\",\"ts\":0,\"type\":\"DELETE\"}"_s};

        // Debezium: DECIMAL(10,2) 12.50 is the unscaled 1250 = 0x04E2 ("BOI="), 13.75 is 1375
        // = 0x055F ("BV8="); DATETIME(6) as microseconds since the epoch, DATE as days.
        const QString before1 =
            u"{\"id\":1,\"name\":\"apple\",\"price\":\"BOI=\",\"data\":\"AP8=\",\"at\":1767323045123456,\"day\":20455}"_s;
        const QString after2 =
            u"{\"id\":1,\"name\":\"apple \\\"red\\\"\",\"price\":\"BV8=\",\"data\":\"AP8=\",\"at\":1767323045123456,\"day\":20455}"_s;
        const auto source = [](int seq, const QString &project) {
            return u"{\"version\":\"ferry-%1\",\"connector\":\"mysql\",\"name\":\"%2\",\"ts_ms\":0,\"snapshot\":\"false\",\"db\":\"%DB%\",\"sequence\":\"%3\",\"table\":\"items\",\"server_id\":0,\"gtid\":\"G\",\"file\":\"F\",\"pos\":0,\"row\":0}"_s
                .arg(QStringLiteral(FERRY_VERSION), project)
                .arg(seq);
        };
        const auto envelope = [&](const QString &before, const QString &after, int seq,
                                  const QString &op, const QString &project) {
            return u"{\"before\":%1,\"after\":%2,\"source\":%3,\"op\":\"%4\",\"ts_ms\":0}"_s.arg(
                before, after, source(seq, project), op);
        };
        QTest::newRow("debezium-json")
            << u"debezium"_s << QJsonObject {{u"format"_s, u"debezium-json"_s}}
            << QStringList {key, key, key}
            << QStringList {envelope(u"null"_s, before1, 1, u"c"_s, u"fmt-debezium"_s),
                            envelope(before1, after2, 2, u"u"_s, u"fmt-debezium"_s),
                            envelope(after2, u"null"_s, 3, u"d"_s, u"fmt-debezium"_s)};

        const QString fields =
            u"[{\"type\":\"int32\",\"optional\":false,\"field\":\"id\"},{\"type\":\"string\",\"optional\":true,\"field\":\"name\"},{\"type\":\"bytes\",\"optional\":true,\"name\":\"org.apache.kafka.connect.data.Decimal\",\"version\":1,\"parameters\":{\"scale\":\"2\",\"connect.decimal.precision\":\"10\"},\"field\":\"price\"},{\"type\":\"bytes\",\"optional\":true,\"field\":\"data\"},{\"type\":\"int64\",\"optional\":true,\"name\":\"io.debezium.time.MicroTimestamp\",\"version\":1,\"field\":\"at\"},{\"type\":\"int32\",\"optional\":true,\"name\":\"io.debezium.time.Date\",\"version\":1,\"field\":\"day\"}]"_s;
        const QString value =
            u"{\"type\":\"struct\",\"fields\":%1,\"optional\":true,\"name\":\"fmt-schema.%DB%.items.Value\",\"field\":\"%2\"}"_s;
        const QString sourceSchema =
            u"{\"type\":\"struct\",\"fields\":[{\"type\":\"string\",\"optional\":false,\"field\":\"version\"},{\"type\":\"string\",\"optional\":false,\"field\":\"connector\"},{\"type\":\"string\",\"optional\":false,\"field\":\"name\"},{\"type\":\"int64\",\"optional\":false,\"field\":\"ts_ms\"},{\"type\":\"string\",\"optional\":true,\"field\":\"snapshot\"},{\"type\":\"string\",\"optional\":false,\"field\":\"db\"},{\"type\":\"string\",\"optional\":true,\"field\":\"sequence\"},{\"type\":\"string\",\"optional\":true,\"field\":\"table\"},{\"type\":\"int64\",\"optional\":false,\"field\":\"server_id\"},{\"type\":\"string\",\"optional\":true,\"field\":\"gtid\"},{\"type\":\"string\",\"optional\":false,\"field\":\"file\"},{\"type\":\"int64\",\"optional\":false,\"field\":\"pos\"},{\"type\":\"int32\",\"optional\":false,\"field\":\"row\"}],\"optional\":false,\"name\":\"io.debezium.connector.mysql.Source\",\"field\":\"source\"}"_s;
        const QString schema = u"{\"type\":\"struct\",\"fields\":["_s
            + value.arg(fields, u"before"_s) + u',' + value.arg(fields, u"after"_s) + u','
            + sourceSchema
            + u",{\"type\":\"string\",\"optional\":false,\"field\":\"op\"},{\"type\":\"int64\",\"optional\":true,\"field\":\"ts_ms\"}],\"optional\":false,\"name\":\"fmt-schema.%DB%.items.Envelope\",\"version\":1}"_s;
        const QString schemaKey =
            u"{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int32\",\"optional\":false,\"field\":\"id\"}],\"optional\":false,\"name\":\"fmt-schema.%DB%.items.Key\"},\"payload\":{\"id\":1}}"_s;
        const auto withSchema = [&](const QString &payload) -> QString {
            return u"{\"schema\":"_s + schema + u",\"payload\":"_s + payload + u'}';
        };
        QTest::newRow("debezium-json with schema")
            << u"schema"_s << QJsonObject {{u"format"_s, u"debezium-json"_s}, {u"schema"_s, true}}
            << QStringList {schemaKey, schemaKey, schemaKey}
            << QStringList {withSchema(envelope(u"null"_s, before1, 1, u"c"_s, u"fmt-schema"_s)),
                            withSchema(envelope(before1, after2, 2, u"u"_s, u"fmt-schema"_s)),
                            withSchema(envelope(after2, u"null"_s, 3, u"d"_s, u"fmt-schema"_s))};

        const QString row1 =
            u"{\"id\":1,\"name\":\"apple\",\"price\":\"12.50\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"}"_s;
        const QString row2 =
            u"{\"id\":1,\"name\":\"apple \\\"red\\\"\",\"price\":\"13.75\",\"data\":\"AP8=\",\"at\":\"2026-01-02 03:04:05.123456\",\"day\":\"2026-01-02\"}"_s;
        QTest::newRow("maxwell-json")
            << u"maxwell"_s << QJsonObject {{u"format"_s, u"maxwell-json"_s}}
            << QStringList {key, key, key}
            << QStringList {
                   u"{\"database\":\"%DB%\",\"table\":\"items\",\"type\":\"insert\",\"ts\":0,\"commit\":true,\"position\":\"P\",\"gtid\":\"G\",\"data\":"_s
                       + row1 + u'}',
                   u"{\"database\":\"%DB%\",\"table\":\"items\",\"type\":\"update\",\"ts\":0,\"commit\":true,\"position\":\"P\",\"gtid\":\"G\",\"data\":"_s
                       + row2 + u",\"old\":{\"name\":\"apple\",\"price\":\"12.50\"}}"_s,
                   u"{\"database\":\"%DB%\",\"table\":\"items\",\"type\":\"delete\",\"ts\":0,\"commit\":true,\"position\":\"P\",\"gtid\":\"G\",\"data\":"_s
                       + row2 + u'}'};

        const auto flat = [](QString row, const QString &op, bool deleted, int seq) -> QString {
            row.chop(1);
            return row
                + u",\"__op\":\"%1\",\"__db\":\"%DB%\",\"__table\":\"items\",\"__deleted\":%2,\"__seq\":%3,\"__ts_ms\":0}"_s
                      .arg(op, deleted ? u"true"_s : u"false"_s)
                      .arg(seq);
        };
        QTest::newRow("flat-json")
            << u"flat"_s << QJsonObject {{u"format"_s, u"flat-json"_s}}
            << QStringList {key, key, key}
            << QStringList {flat(row1, u"c"_s, false, 1), flat(row2, u"u"_s, false, 2),
                            flat(row2, u"d"_s, true, 3)};
    }

    void formats()
    {
        QFETCH(QString, tag);
        QFETCH(QJsonObject, sync);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        const QString db = u"ferry_sync_fmt_"_s + tag;
        const Endpoint source = database(db);
        QVERIFY(!source.database.isEmpty());
        QVERIFY(execute(source,
                        {u"CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20), "
                         "price DECIMAL(10,2), data VARBINARY(8), at DATETIME(6), "
                         "day DATE)"_s}));
        const QString file = projectFile(u"fmt-"_s + tag, source, sync, {u"incremental"_s});
        // The first run takes the start position and is caught up at once.
        Run first = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(execute(source,
                        {u"INSERT INTO items VALUES (1, 'apple', 12.50, X'00FF', "
                         "'2026-01-02 03:04:05.123456', '2026-01-02')"_s,
                         u"UPDATE items SET price = 13.75, name = 'apple \"red\"' "
                         "WHERE id = 1"_s,
                         u"DELETE FROM items WHERE id = 1"_s}));
        Run second = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));

        QString error;
        const QList<KafkaMessage> messages =
            readTopic(m_kafka.bootstrap(), db + u".items"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const KafkaMessage &m = messages[i];
            QJsonParseError parse;
            QJsonDocument::fromJson(m.value, &parse);
            QVERIFY2(parse.error == QJsonParseError::NoError, m.value.constData());
            QCOMPARE(m.sequence(), qint64(i + 1));
            QCOMPARE(m.headers.value(u"ferry.snapshot"_s), QByteArray("false"));
            QCOMPARE(QString::fromUtf8(m.key), QString(keys[i]).replace(u"%DB%"_s, db));
            QCOMPARE(masked(m.value), QString(values[i]).replace(u"%DB%"_s, db));
        }
    }

    // A snapshot of the rows there, then the changes: every row and change arrives, in the
    // order of each key's changes, and the stream's sequence has no gap.
    void snapshotThenStream()
    {
        const QString db = u"ferry_sync_order"_s;
        const Endpoint source = database(db);
        QVERIFY(!source.database.isEmpty());
        QStringList setup {u"CREATE TABLE counters (id INT PRIMARY KEY, v INT NOT NULL)"_s};
        constexpr int kKeys = 20;
        for (int k = 0; k < kKeys; ++k)
            setup << u"INSERT INTO counters VALUES (%1, 0)"_s.arg(k);
        QVERIFY(execute(source, setup));
        const QString file =
            projectFile(u"order"_s, source, {{u"format"_s, u"ferry-json"_s}, {u"partitions"_s, 3}},
                        {u"full"_s, u"incremental"_s});
        Run first = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));

        // 600 changes: updates that count up, a delete and a re-insert of some keys.
        QStringList work;
        QMap<int, QStringList> expected; // per key, the "after" v (or "deleted") in order
        for (int i = 1; i <= 600; ++i) {
            const int k = (i * 7) % kKeys;
            if (i % 97 == 0) {
                work << u"DELETE FROM counters WHERE id = %1"_s.arg(k)
                     << u"INSERT INTO counters VALUES (%1, %2)"_s.arg(k).arg(i);
                expected[k] << u"deleted"_s << QString::number(i);
            } else {
                work << u"UPDATE counters SET v = %1 WHERE id = %2"_s.arg(i).arg(k);
                expected[k] << QString::number(i);
            }
        }
        QVERIFY(execute(source, work));
        Run second = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));

        QString error;
        const QList<KafkaMessage> messages =
            readTopic(m_kafka.bootstrap(), db + u".counters"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QMap<int, QStringList> snapshot, stream;
        QList<qint64> sequences;
        QSet<int> partitionsOfKey[kKeys];
        for (const KafkaMessage &m : messages) {
            const QJsonObject o = QJsonDocument::fromJson(m.value).object();
            const int k = o.value(u"key"_s).toObject().value(u"id"_s).toInt();
            partitionsOfKey[k].insert(m.partition);
            QCOMPARE(QString::fromUtf8(m.key), u"{\"id\":%1}"_s.arg(k));
            if (o.value(u"snapshot"_s).toBool()) {
                QCOMPARE(m.headers.value(u"ferry.snapshot"_s), QByteArray("true"));
                QCOMPARE(o.value(u"seq"_s).toInt(), 0);
                snapshot[k] << QString::number(
                    o.value(u"after"_s).toObject().value(u"v"_s).toInt());
                continue;
            }
            sequences << m.sequence();
            const QString op = o.value(u"op"_s).toString();
            stream[k] << (op == u"delete"
                              ? u"deleted"_s
                              : QString::number(
                                  o.value(u"after"_s).toObject().value(u"v"_s).toInt()));
        }
        for (int k = 0; k < kKeys; ++k) {
            QCOMPARE(snapshot.value(k), QStringList {u"0"_s});
            QCOMPARE(stream.value(k), expected.value(k));
            QCOMPARE(partitionsOfKey[k].size(), 1); // one key, one partition: its order holds
        }
        std::sort(sequences.begin(), sequences.end());
        QCOMPARE(sequences.size(), 606);
        for (int i = 0; i < sequences.size(); ++i)
            QCOMPARE(sequences[i], qint64(i + 1));

        // ferry status shows the stream where it stopped.
        Run status = ferry({u"status"_s, u"order"_s, u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject project =
            QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"project"_s).toObject();
        QCOMPARE(project.value(u"target"_s).toString(), u"kafka:"_s + m_kafka.bootstrap());
        const QJsonObject forward = project.value(u"streams"_s).toArray().at(0).toObject();
        QCOMPARE(forward.value(u"events"_s).toInteger(), 606);
    }

    // PostgreSQL through pgoutput: Debezium's postgresql source block, numeric, bytea and
    // timestamptz, and the old image of a table with the default replica identity (its key
    // only: the other columns are left out, not sent as NULL).
    void postgresql()
    {
        Endpoint admin = postgres();
        admin.schema = u"public"_s;
        QVERIFY(execute(admin,
                        {u"SELECT pg_drop_replication_slot(slot_name) FROM "
                         "pg_replication_slots WHERE database = 'ferry_sync_pg'"_s,
                         u"DROP DATABASE IF EXISTS ferry_sync_pg"_s,
                         u"CREATE DATABASE ferry_sync_pg"_s}));
        Endpoint source = postgres(u"ferry_sync_pg"_s);
        source.schema = u"public"_s;
        QVERIFY(execute(source,
                        {u"CREATE TABLE items (id int PRIMARY KEY, name varchar(20), "
                         "price numeric(10,2), data bytea, placed timestamptz(3))"_s,
                         u"INSERT INTO items VALUES (2, 'pear', 0.99, NULL, NULL)"_s}));
        const QString file = projectFile(u"pg"_s, source, {{u"format"_s, u"debezium-json"_s}},
                                         {u"full"_s, u"incremental"_s});
        Run first = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(execute(source,
                        {u"INSERT INTO items VALUES (1, 'apple', -12.50, '\\x00ff', "
                         "'2026-01-02 03:04:05.25+00')"_s,
                         u"UPDATE items SET price = 13.75 WHERE id = 1"_s,
                         u"DELETE FROM items WHERE id = 1"_s}));
        Run second = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));

        QString error;
        QList<KafkaMessage> messages =
            readTopic(m_kafka.bootstrap(), u"ferry_sync_pg.items"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::sort(messages.begin(), messages.end(),
                  [](const KafkaMessage &a, const KafkaMessage &b) {
                      return a.sequence() < b.sequence();
                  });
        QStringList actual;
        for (const KafkaMessage &m : messages)
            actual << QString::fromUtf8(m.key) + u' '
                    + masked(m.value).replace(QRegularExpression(u"\"txId\":\\d+,\"lsn\":\\d+"_s),
                                              u"\"txId\":0,\"lsn\":0"_s);
        // -12.50 is the unscaled -1250 = 0xFB1E ("+x4="), 13.75 is 1375 = 0x055F ("BV8=").
        const QString source_ =
            u"\"source\":{\"version\":\"ferry-%1\",\"connector\":\"postgresql\",\"name\":\"pg\",\"ts_ms\":0,\"snapshot\":\"%2\",\"db\":\"ferry_sync_pg\",\"sequence\":%3,\"schema\":\"public\",\"table\":\"items\",\"txId\":%4,\"lsn\":%4}"_s;
        const auto src = [&](const QString &snapshot, const QString &sequence, const QString &ids) {
            return source_.arg(QStringLiteral(FERRY_VERSION), snapshot, sequence, ids);
        };
        const QString row1 =
            u"{\"id\":1,\"name\":\"apple\",\"price\":\"+x4=\",\"data\":\"AP8=\",\"placed\":\"2026-01-02T03:04:05.250Z\"}"_s;
        const QString row1b =
            u"{\"id\":1,\"name\":\"apple\",\"price\":\"BV8=\",\"data\":\"AP8=\",\"placed\":\"2026-01-02T03:04:05.250Z\"}"_s;
        const QStringList expected = {
            u"{\"id\":2} {\"before\":null,\"after\":{\"id\":2,\"name\":\"pear\",\"price\":\"Yw==\",\"data\":null,\"placed\":null},"_s
                + src(u"true"_s, u"null"_s, u"null"_s) + u",\"op\":\"r\",\"ts_ms\":0}"_s,
            u"{\"id\":1} {\"before\":null,\"after\":"_s + row1 + u','
                + src(u"false"_s, u"\"1\""_s, u"0"_s) + u",\"op\":\"c\",\"ts_ms\":0}"_s,
            u"{\"id\":1} {\"before\":{\"id\":1},\"after\":"_s + row1b + u','
                + src(u"false"_s, u"\"2\""_s, u"0"_s) + u",\"op\":\"u\",\"ts_ms\":0}"_s,
            u"{\"id\":1} {\"before\":{\"id\":1},\"after\":null,"_s
                + src(u"false"_s, u"\"3\""_s, u"0"_s) + u",\"op\":\"d\",\"ts_ms\":0}"_s};
        QCOMPARE(actual, expected);
    }

    // Topics that must exist and do not: the run stops before anything is read, naming them.
    // A saved Kafka data source (ferry datasource add --engine kafka) as a sync project's
    // target: its test lists the cluster, a run writes through it; a database data source
    // where Kafka belongs, and Kafka where a database belongs, are refused by name.
    void kafkaDataSourceAsTarget()
    {
        const QString db = u"ferry_sync_ds"_s;
        const Endpoint source = database(db);
        QVERIFY(!source.database.isEmpty());
        QVERIFY(execute(source,
                        {u"CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20))"_s,
                         u"INSERT INTO items VALUES (1, 'apple'), (2, 'pear')"_s}));
        Run added =
            ferry({u"datasource"_s, u"add"_s, u"kafka-ds"_s, u"--engine"_s, u"kafka"_s,
                   u"--bootstrap-servers"_s, m_kafka.bootstrap(), u"--client-id"_s, u"ferry-ds"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.out,
                 u"Added data source kafka-ds (Kafka, %1)."_s.arg(m_kafka.bootstrap()) + u'\n');
        Run shown = ferry({u"--json"_s, u"datasource"_s, u"show"_s, u"kafka-ds"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject ds =
            QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"datasource"_s).toObject();
        QCOMPARE(ds.value(u"engine"_s).toString(), u"kafka"_s);
        QCOMPARE(ds.value(u"bootstrapServers"_s).toString(), m_kafka.bootstrap());
        QCOMPARE(ds.value(u"securityProtocol"_s).toString(), u"plaintext"_s);
        QCOMPARE(ds.value(u"clientId"_s).toString(), u"ferry-ds"_s);
        QCOMPARE(ds.value(u"passwordSaved"_s).toBool(), false);

        Run tested = ferry({u"datasource"_s, u"test"_s, u"kafka-ds"_s});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY2(
            tested.out.contains(u"  ok     broker 1 answers at %1\n"_s.arg(m_kafka.bootstrap())),
            qPrintable(tested.out));

        Run wrongOption = ferry({u"datasource"_s, u"add"_s, u"kafka-bad"_s, u"--engine"_s,
                                 u"kafka"_s, u"--host"_s, u"h"_s});
        QCOMPARE(wrongOption.exitCode, 2);
        QVERIFY2(wrongOption.err.contains(
                     u"--host is not an option of a Kafka data source. Give --bootstrap-servers "
                     "host:port[,host:port...] instead."_s),
                 qPrintable(wrongOption.err));

        // The project names the data source; the snapshot arrives through it.
        QString file =
            projectFile(u"ds-target"_s, source, {{u"format"_s, u"flat-json"_s}}, {u"full"_s});
        QVERIFY(!file.isEmpty());
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            o[u"target"_s] = u"kafka-ds"_s;
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(o).toJson());
        }
        Run run = ferry({u"run"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QString error;
        const QList<KafkaMessage> messages =
            readTopic(m_kafka.bootstrap(), db + u".items"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList values;
        for (const KafkaMessage &m : messages)
            values << QString::fromUtf8(m.value).remove(QRegularExpression(u",\"__ts_ms\":\\d+"_s));
        values.sort();
        QCOMPARE(
            values,
            (QStringList {
                u"{\"id\":1,\"name\":\"apple\",\"__op\":\"r\",\"__db\":\"%1\",\"__table\":\"items\",\"__deleted\":false,\"__seq\":0}"_s
                    .arg(db),
                u"{\"id\":2,\"name\":\"pear\",\"__op\":\"r\",\"__db\":\"%1\",\"__table\":\"items\",\"__deleted\":false,\"__seq\":0}"_s
                    .arg(db)}));

        // A database where the Kafka cluster belongs, and the other way round.
        Run maria = ferry({u"datasource"_s, u"add"_s, u"maria-ds"_s, u"--engine"_s, u"mariadb"_s,
                           u"--host"_s, source.host, u"--port"_s, QString::number(source.port),
                           u"--user"_s, source.user, u"--database"_s, db, u"--no-password"_s});
        QVERIFY2(maria.exitCode == 0, qPrintable(maria.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o[u"name"_s] = u"ds-wrong"_s;
        o[u"target"_s] = u"maria-ds"_s;
        const QString wrong = m_dir.filePath(u"ds-wrong.json"_s);
        QFile w(wrong);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QJsonDocument(o).toJson());
        w.close();
        Run refused = ferry({u"run"_s, wrong});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"project ds-wrong: the target of a sync project must be a "
                                      "Kafka cluster, and data source 'maria-ds' is a MariaDB "
                                      "database"_s),
                 qPrintable(refused.err));
    }

    void missingTopic()
    {
        const Endpoint source = database(u"ferry_sync_missing"_s);
        QVERIFY(!source.database.isEmpty());
        QVERIFY(execute(source, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const QString file = projectFile(
            u"missing"_s, source, {{u"topic"_s, u"nowhere.{table}"_s}, {u"createTopics"_s, false}},
            {u"incremental"_s});
        Run run = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Kafka at %1 has no topic nowhere.t"_s.arg(m_kafka.bootstrap())),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"createTopics"_s), qPrintable(run.err));
        QVERIFY(!listTopics(m_kafka.bootstrap()).contains(u"nowhere.t"_s));
    }

    // kill -9 of a streaming run, then a run that catches up: every change is there once the
    // consumer drops what it has seen (a message whose ferry.seq is not above the highest of
    // its partition), and what it drops is exactly the tail the first run had sent.
    void killDuringStreaming()
    {
        const QString db = u"ferry_sync_kill"_s;
        const Endpoint source = database(db);
        QVERIFY(!source.database.isEmpty());
        constexpr int kKeys = 50;
        QStringList setup {u"CREATE TABLE counters (id INT PRIMARY KEY, v INT NOT NULL)"_s};
        for (int k = 0; k < kKeys; ++k)
            setup << u"INSERT INTO counters VALUES (%1, 0)"_s.arg(k);
        QVERIFY(execute(source, setup));
        const QString file =
            projectFile(u"kill"_s, source, {{u"partitions"_s, 4}}, {u"incremental"_s});
        Run anchor = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(anchor.exitCode == 0, qPrintable(anchor.err));

        QProcess streaming;
        streaming.setProcessEnvironment(environment());
        streaming.start(QStringLiteral(FERRY_BINARY), {u"--store"_s, store(), u"run"_s, file});
        QVERIFY(streaming.waitForStarted());
        // Updates in batches until told to stop: v = i on row i % kKeys, i = 1, 2, 3, ...
        std::atomic<bool> stop {false};
        std::atomic<int> written {0};
        Status writes;
        std::thread writer([&] {
            int i = 0;
            while (writes && (!stop || i < 3000)) {
                QStringList work;
                for (int n = 0; n < 200; ++n, ++i)
                    work << u"UPDATE counters SET v = %1 WHERE id = %2"_s.arg(i + 1).arg((i + 1)
                                                                                         % kKeys);
                writes = execute(source, work);
                written = i;
            }
        });
        // Kill it while it is publishing: the topic holds some of the changes and more are
        // being written.
        const QString topic = db + u".counters"_s;
        for (int i = 0; i < 1200 && readTopic(m_kafka.bootstrap(), topic).size() < 1500; ++i)
            QTest::qWait(100);
        ::kill(pid_t(streaming.processId()), SIGKILL);
        streaming.waitForFinished(30000);
        stop = true;
        writer.join();
        QVERIFY2(writes, qPrintable(writes ? QString() : writes.error().text()));
        const int kChanges = written;
        qInfo() << "changes written:" << kChanges;

        Run resumed = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));

        const QList<KafkaMessage> messages = readTopic(m_kafka.bootstrap(), topic);
        QMap<int, QList<KafkaMessage>> byPartition;
        for (const KafkaMessage &m : messages)
            byPartition[m.partition] << m;
        QMap<qint64, int> kept; // sequence -> the change's v
        int dropped = 0;
        for (auto it = byPartition.cbegin(); it != byPartition.cend(); ++it) {
            const QList<KafkaMessage> &list = *it;
            // The second run's messages begin where the sequence falls back (if it does).
            int restart = int(list.size());
            for (int i = 1; i < list.size(); ++i)
                if (list[i].sequence() <= list[i - 1].sequence()) {
                    restart = i;
                    break;
                }
            // The re-sent messages: the first run's last `tail` messages of this partition,
            // again, the same bytes under the same sequence numbers.
            int tail = 0;
            while (restart + tail < list.size()
                   && list[restart + tail].sequence() <= list[restart - 1].sequence())
                ++tail;
            for (int j = 0; j < tail; ++j) {
                const KafkaMessage &again = list[restart + j];
                const KafkaMessage &first = list[restart - tail + j];
                QCOMPARE(again.sequence(), first.sequence());
                QCOMPARE(again.key, first.key);
                QCOMPARE(again.value, first.value);
            }
            dropped += tail;
            // What a consumer keeps: strictly increasing sequences, once each.
            qint64 highest = 0;
            int keptHere = 0;
            for (const KafkaMessage &m : list) {
                if (m.sequence() <= highest)
                    continue;
                highest = m.sequence();
                ++keptHere;
                const QJsonObject o = QJsonDocument::fromJson(m.value).object();
                QVERIFY(!kept.contains(highest));
                kept.insert(highest, o.value(u"after"_s).toObject().value(u"v"_s).toInt());
            }
            // Only the tail is dropped: no other message falls back.
            QCOMPARE(keptHere, int(list.size()) - tail);
        }
        qInfo() << "messages:" << messages.size() << "duplicates dropped:" << dropped;
        // Every change, once, in source order.
        QCOMPARE(kept.size(), kChanges);
        qint64 expectedSeq = 1;
        for (auto it = kept.cbegin(); it != kept.cend(); ++it, ++expectedSeq) {
            QCOMPARE(it.key(), expectedSeq);
            QCOMPARE(it.value(), int(expectedSeq));
        }
    }

    // A broker that goes away: the stream says so and keeps its messages; back, they arrive.
    void brokerDown()
    {
        const QString db = u"ferry_sync_down"_s;
        const Endpoint source = database(db);
        QVERIFY(!source.database.isEmpty());
        QVERIFY(execute(source, {u"CREATE TABLE t (id INT PRIMARY KEY, v INT)"_s}));
        const QString file = projectFile(u"down"_s, source, {}, {u"incremental"_s});
        Run anchor = ferry({u"run"_s, file, u"--until-caught-up"_s});
        QVERIFY2(anchor.exitCode == 0, qPrintable(anchor.err));

        QProcess streaming;
        streaming.setProcessEnvironment(environment());
        streaming.start(QStringLiteral(FERRY_BINARY), {u"--store"_s, store(), u"run"_s, file});
        QVERIFY(streaming.waitForStarted());
        const auto streamOf = [&] {
            Run status = ferry({u"status"_s, u"down"_s, u"--json"_s});
            return QJsonDocument::fromJson(status.out.toUtf8())
                .object()
                .value(u"project"_s)
                .toObject()
                .value(u"streams"_s)
                .toArray()
                .at(0)
                .toObject();
        };
        for (int i = 0; i < 600 && streamOf().value(u"state"_s).toString() != u"streaming"; ++i)
            QTest::qWait(100);
        QCOMPARE(streamOf().value(u"state"_s).toString(), u"streaming"_s);
        m_kafka.down();
        QVERIFY(
            execute(source, {u"INSERT INTO t VALUES (1, 1)"_s, u"INSERT INTO t VALUES (2, 2)"_s}));
        QString detail;
        for (int i = 0; i < 1200 && !detail.contains(u"waiting for Kafka"_s); ++i) {
            QTest::qWait(100);
            const QJsonObject stream = streamOf();
            if (stream.value(u"state"_s).toString() == u"retrying")
                detail = stream.value(u"detail"_s).toString();
        }
        qInfo() << "while the broker was down:" << detail;
        QVERIFY2(detail.contains(u"waiting for Kafka: Kafka at %1"_s.arg(m_kafka.bootstrap())),
                 qPrintable(detail));
        m_kafka.up();
        const QString topic = db + u".t"_s;
        for (int i = 0; i < 1200 && readTopic(m_kafka.bootstrap(), topic).size() < 2; ++i)
            QTest::qWait(100);
        streaming.terminate();
        QVERIFY(streaming.waitForFinished(60000));
        QCOMPARE(streaming.exitCode(), 0);
        const QList<KafkaMessage> messages = readTopic(m_kafka.bootstrap(), topic);
        QStringList keys;
        for (const KafkaMessage &m : messages)
            keys << QString::fromUtf8(m.key);
        keys.sort();
        QCOMPARE(keys, (QStringList {u"{\"id\":1}"_s, u"{\"id\":2}"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSyncKafka)
#include "tst_sync_kafka.moc"

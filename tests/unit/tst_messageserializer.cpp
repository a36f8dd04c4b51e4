// The sync formats' value encodings, exactly: decimals as text or Kafka Connect's Decimal bytes
// (two's complement, minimal length, as Java's BigInteger writes them), binary as base64,
// Debezium's dates, times and timestamps, JSON escaping, NULLs and cells the source did not send.
#include "sink/messageserializer.h"
#include "sink/topicrouter.h"

#include <QJsonDocument>
#include <QtTest>

Q_DECLARE_METATYPE(ferry::Column)

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

Column column(const QString &name, TypeKind kind, int precision = 0, int scale = 0,
              int fraction = 0)
{
    Column c;
    c.name = name;
    c.type.kind = kind;
    c.type.precision = precision;
    c.type.scale = scale;
    c.type.fraction = fraction;
    c.type.byteWidth = kind == TypeKind::Integer ? 4 : 0;
    c.nullable = name != u"id";
    return c;
}

SinkTable table(const MessageSerializer &serializer, const QList<Column> &columns)
{
    SinkTable t;
    t.ref = {u"shop"_s, u"t"_s};
    t.database = u"shop"_s;
    t.sourceKey = u"shop.t"_s;
    t.columns = columns;
    t.keyCells = {0};
    t.routeCells = {0};
    t.topic = u"shop.t"_s;
    serializer.prepare(t);
    return t;
}

RowImage row(std::vector<std::optional<std::string>> values, std::vector<bool> present = {})
{
    RowImage r;
    r.values = std::move(values);
    r.present = std::move(present);
    return r;
}

} // namespace

class TestMessageSerializer : public QObject
{
    Q_OBJECT

private slots:
    void debeziumValues_data()
    {
        QTest::addColumn<Column>("type");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("json");
        const auto dec = column(u"v"_s, TypeKind::Decimal, 65, 2);
        QTest::newRow("decimal -12.34") << dec << QByteArray("-12.34") << u"\"+y4=\""_s;
        QTest::newRow("decimal 0.00") << dec << QByteArray("0.00") << u"\"AA==\""_s;
        QTest::newRow("decimal 1.28") << dec << QByteArray("1.28") << u"\"AIA=\""_s;
        QTest::newRow("decimal -1.28") << dec << QByteArray("-1.28") << u"\"gA==\""_s;
        QTest::newRow("decimal 99999999.99")
            << dec << QByteArray("99999999.99") << u"\"AlQL4/8=\""_s;
        QTest::newRow("decimal 65 digits")
            << column(u"v"_s, TypeKind::Decimal, 65, 30)
            << QByteArray("12345678901234567890123456789012345.123456789012345678901234567890")
            << u"\"HgK8HpeFi9xsuVBY80JNfTp/7HsD4maOPwrS\""_s;
        QTest::newRow("numeric without precision stays text")
            << column(u"v"_s, TypeKind::Decimal) << QByteArray("-0.5") << u"\"-0.5\""_s;
        QTest::newRow("numeric NaN") << dec << QByteArray("NaN") << u"\"NaN\""_s;
        QTest::newRow("date") << column(u"v"_s, TypeKind::Date) << QByteArray("1000-01-01")
                              << u"-354285"_s;
        QTest::newRow("zero date")
            << column(u"v"_s, TypeKind::Date) << QByteArray("0000-00-00") << u"null"_s;
        QTest::newRow("negative time")
            << column(u"v"_s, TypeKind::Time) << QByteArray("-12:30:00.5") << u"-45000500000"_s;
        QTest::newRow("time past a day") << column(u"v"_s, TypeKind::Time)
                                         << QByteArray("838:59:59.000000") << u"3020399000000"_s;
        QTest::newRow("datetime(0) in ms")
            << column(u"v"_s, TypeKind::DateTime) << QByteArray("2024-02-29 23:59:59")
            << u"1709251199000"_s;
        QTest::newRow("datetime(6) in us")
            << column(u"v"_s, TypeKind::DateTime, 0, 0, 6)
            << QByteArray("2024-02-29 23:59:59.999999") << u"1709251199999999"_s;
        QTest::newRow("timestamptz")
            << column(u"v"_s, TypeKind::TimestampTz, 0, 0, 6)
            << QByteArray("2024-06-01 06:30:00.123456") << u"\"2024-06-01T06:30:00.123456Z\""_s;
        QTest::newRow("timestamptz(3) as PostgreSQL trims it")
            << column(u"v"_s, TypeKind::TimestampTz, 0, 0, 3)
            << QByteArray("2026-01-02 03:04:05.25") << u"\"2026-01-02T03:04:05.250Z\""_s;
        QTest::newRow("timestamptz(3) without fraction")
            << column(u"v"_s, TypeKind::TimestampTz, 0, 0, 3) << QByteArray("2026-01-02 03:04:05")
            << u"\"2026-01-02T03:04:05.000Z\""_s;
        QTest::newRow("timestamptz(0) keeps digits it would lose")
            << column(u"v"_s, TypeKind::TimestampTz, 0, 0, 0) << QByteArray("2026-01-02 03:04:05.5")
            << u"\"2026-01-02T03:04:05.5Z\""_s;
        QTest::newRow("blob") << column(u"v"_s, TypeKind::Blob) << QByteArray("\x00\xFF\x0A\x5C", 4)
                              << u"\"AP8KXA==\""_s;
        QTest::newRow("double NaN")
            << column(u"v"_s, TypeKind::Double) << QByteArray("NaN") << u"\"NaN\""_s;
        QTest::newRow("double") << column(u"v"_s, TypeKind::Double)
                                << QByteArray("0.30000000000000004") << u"0.30000000000000004"_s;
        QTest::newRow("boolean") << column(u"v"_s, TypeKind::Boolean) << QByteArray("1")
                                 << u"true"_s;
        QTest::newRow("text with controls and bad UTF-8")
            << column(u"v"_s, TypeKind::Text) << QByteArray("a\"b\\c\n\x01\xC3\xBC\xFF")
            << u"\"a\\\"b\\\\c\\n\\u0001\u00FC\uFFFD\""_s;
    }

    void debeziumValues()
    {
        QFETCH(Column, type);
        QFETCH(QByteArray, value);
        QFETCH(QString, json);
        SyncOptions options;
        options.format = MessageFormat::DebeziumJson;
        const MessageSerializer s(options, {u"p"_s, Engine::MariaDb});
        const SinkTable t = table(s, {column(u"id"_s, TypeKind::Integer), type});
        const RowImage r = row({"7", std::string(value.constData(), size_t(value.size()))});
        ChangeTransaction ct;
        ct.position = u"mysql-bin.000003:1234;gtid=0-1-42"_s;
        ct.transactionId = u"0-1-42"_s;
        ct.commitTime = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const SinkTransaction tx = s.transaction(ct);
        SinkChange c;
        c.op = SinkChange::Op::Insert;
        c.after = &r;
        c.transaction = &tx;
        c.sequence = 9;
        std::string out;
        s.value(t, c, out);
        QVERIFY(!QJsonDocument::fromJson(QByteArray::fromStdString(out)).isNull());
        const QString text = QString::fromStdString(out);
        const QString expected =
            u"{\"before\":null,\"after\":{\"id\":7,\"v\":%1},\"source\":{\"version\":\"ferry-%2\","
            "\"connector\":\"mysql\",\"name\":\"p\",\"ts_ms\":1700000000000,\"snapshot\":\"false\","
            "\"db\":\"shop\",\"sequence\":\"9\",\"table\":\"t\",\"server_id\":0,\"gtid\":\"0-1-"
            "42\","
            "\"file\":\"mysql-bin.000003\",\"pos\":1234,\"row\":0},\"op\":\"c\",\"ts_ms\":"_s.arg(
                json, QStringLiteral(FERRY_VERSION));
        QVERIFY2(text.startsWith(expected), qPrintable(text));
    }

    // Typed formats keep decimals as text; a cell the source did not send is left out.
    void ferryJsonPartialImage()
    {
        SyncOptions options;
        const MessageSerializer s(options, {u"p"_s, Engine::PostgreSql});
        const SinkTable t = table(s,
                                  {column(u"id"_s, TypeKind::Integer),
                                   column(u"amount"_s, TypeKind::Decimal, 10, 2),
                                   column(u"doc"_s, TypeKind::Text)});
        const RowImage before = row({"1", "5.00", std::nullopt}, {true, true, false});
        const RowImage after = row({"1", "-5.50", std::nullopt}, {true, true, false});
        ChangeTransaction ct;
        ct.position = u"0/16B3748"_s;
        ct.transactionId = u"731"_s;
        ct.commitTime = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        const SinkTransaction tx = s.transaction(ct);
        QCOMPARE(tx.lsn, qint64(0x16B3748));
        QCOMPARE(tx.txId, qint64(731));
        SinkChange c;
        c.op = SinkChange::Op::Update;
        c.before = &before;
        c.after = &after;
        c.transaction = &tx;
        c.sequence = 42;
        c.row = 3;
        std::string key, value;
        s.key(t, c, key);
        s.value(t, c, value);
        QCOMPARE(QString::fromStdString(key), u"{\"id\":1}"_s);
        QCOMPARE(QString::fromStdString(value),
                 u"{\"seq\":42,\"op\":\"update\",\"snapshot\":false,\"database\":\"shop\","
                 "\"table\":\"t\",\"key\":{\"id\":1},\"before\":{\"id\":1,\"amount\":\"5.00\"},"
                 "\"after\":{\"id\":1,\"amount\":\"-5.50\"},\"source\":{\"engine\":\"postgresql\","
                 "\"project\":\"p\",\"position\":\"0/16B3748\",\"transactionId\":\"731\","
                 "\"commitTime\":\"2023-11-14T22:13:20.123Z\",\"row\":3}}"_s);
    }

    // Shards of a logical table (a table rule's target): one topic named by the logical
    // table, Ferry JSON's "table" the logical one and "shard" the physical one; an explicit
    // topic for a shard still wins; the other formats keep the physical table.
    void logicalTableOfShards()
    {
        SyncOptions options;
        options.topic = u"{database}.{table}"_s;
        options.topics.insert(u"orders_99"_s, u"orders-archive"_s);
        Endpoint source;
        source.engine = Engine::MariaDb;
        source.database = u"shop"_s;
        const TopicRouter router(options, source);
        Table shard;
        shard.ref = {u"shop"_s, u"orders_07"_s};
        shard.columns = {column(u"id"_s, TypeKind::Integer), column(u"v"_s, TypeKind::Text)};
        auto routed = router.route(shard, {shard.columns.first()}, u"orders"_s);
        QVERIFY(routed);
        QCOMPARE(routed->topic, u"shop.orders"_s);
        QCOMPARE(routed->logical, u"orders"_s);
        QCOMPARE(*router.topicFor({u"shop"_s, u"orders_99"_s}, u"orders"_s), u"orders-archive"_s);
        QCOMPARE(*router.topicFor({u"shop"_s, u"orders_07"_s}), u"shop.orders_07"_s);

        const MessageSerializer s(options, {u"p"_s, Engine::MariaDb});
        SinkTable t = *routed;
        s.prepare(t);
        const RowImage after = row({"42", "x"});
        ChangeTransaction ct;
        ct.position = u"mysql-bin.000003:1234"_s;
        ct.commitTime = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const SinkTransaction tx = s.transaction(ct);
        SinkChange c;
        c.op = SinkChange::Op::Insert;
        c.after = &after;
        c.transaction = &tx;
        c.sequence = 7;
        std::string value;
        s.value(t, c, value);
        QVERIFY2(QString::fromStdString(value).startsWith(
                     u"{\"seq\":7,\"op\":\"insert\",\"snapshot\":false,\"database\":\"shop\","
                     "\"table\":\"orders\",\"shard\":\"orders_07\",\"key\":{\"id\":42},"
                     "\"before\":null,\"after\":{\"id\":42,\"v\":\"x\"},"_s),
                 value.c_str());

        // A source table split into shards: the source table is the logical one, the shard
        // its row went to the physical one.
        auto split = router.route(shard, {shard.columns.first()}, u"orders_07_1"_s);
        QVERIFY(split);
        SinkTable st = *split;
        st.split = SplitRule {u"id"_s, SplitRule::By::Mod, 2, {}};
        st.shard = 1;
        s.prepare(st);
        value.clear();
        s.value(st, c, value);
        QVERIFY2(QString::fromStdString(value).startsWith(
                     u"{\"seq\":7,\"op\":\"insert\",\"snapshot\":false,\"database\":\"shop\","
                     "\"table\":\"orders_07\",\"shard\":\"orders_07_1\",\"key\":{\"id\":42},"_s),
                 value.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMessageSerializer)
#include "tst_messageserializer.moc"

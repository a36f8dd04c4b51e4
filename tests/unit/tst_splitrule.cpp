// A table rule's split (shards by modulo or ranges) and origin column: each value's shard, the
// SQL condition every engine reads alike, and the project file's round trip.
#include "project/projectdefinition.h"
#include "schema/splitrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestSplitRule : public QObject
{
    Q_OBJECT

private slots:
    void shardOf_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("value"); // "NULL" for SQL NULL
        QTest::addColumn<int>("shard");
        QTest::newRow("mod 0") << u"mod"_s << u"12"_s << 0;
        QTest::newRow("mod 1") << u"mod"_s << u"10"_s << 1;
        QTest::newRow("mod negative") << u"mod"_s << u"-1"_s << 2;
        QTest::newRow("mod NULL") << u"mod"_s << u"NULL"_s << 0;
        QTest::newRow("mod unsigned max") << u"mod"_s << u"18446744073709551615"_s << 0;
        QTest::newRow("mod not a number") << u"mod"_s << u"1.5"_s << -1;
        QTest::newRow("range below") << u"range"_s << u"-5"_s << 0;
        QTest::newRow("range at first bound") << u"range"_s << u"3"_s << 1;
        QTest::newRow("range below second") << u"range"_s << u"5"_s << 1;
        QTest::newRow("range at last bound") << u"range"_s << u"6"_s << 2;
        QTest::newRow("range NULL") << u"range"_s << u"NULL"_s << 0;
        QTest::newRow("range unsigned max") << u"range"_s << u"18446744073709551615"_s << 2;
    }
    void shardOf()
    {
        QFETCH(QString, by);
        QFETCH(QString, value);
        QFETCH(int, shard);
        SplitRule rule;
        rule.column = u"c"_s;
        rule.by = *SplitRule::byFromName(by);
        rule.shards = 3;
        rule.bounds = {3, 6};
        QCOMPARE(rule.count(), 3);
        const std::string v = value.toStdString();
        QCOMPARE(
            rule.shardOf(value == u"NULL"_s ? std::nullopt : std::optional<std::string_view>(v)),
            shard);
    }

    void conditions()
    {
        SplitRule mod;
        mod.column = u"c"_s;
        mod.shards = 4;
        QCOMPARE(mod.condition(u"`c`"_s, 0), u"(`c` IS NULL OR ((`c` % 4) + 4) % 4 = 0)"_s);
        QCOMPARE(mod.condition(u"`c`"_s, 3), u"((`c` % 4) + 4) % 4 = 3"_s);
        QCOMPARE(mod.describe(), u"mod 4 on c"_s);
        SplitRule range;
        range.column = u"id"_s;
        range.by = SplitRule::By::Range;
        range.bounds = {1000, 5000};
        QCOMPARE(range.condition(u"\"id\""_s, 0), u"(\"id\" IS NULL OR \"id\" < 1000)"_s);
        QCOMPARE(range.condition(u"\"id\""_s, 1), u"\"id\" >= 1000 AND \"id\" < 5000"_s);
        QCOMPARE(range.condition(u"\"id\""_s, 2), u"\"id\" >= 5000"_s);
        QCOMPARE(range.describe(), u"ranges split at 1000, 5000 on id"_s);
    }

    // The rules as the file spells them come back as written.
    void projectFileRoundTrip()
    {
        const QJsonObject file = QJsonDocument::fromJson(R"({
              "name": "shards", "source": {"engine": "sqlite", "path": "/tmp/a.db"},
              "target": {"engine": "sqlite", "path": "/tmp/b.db"},
              "objects": {"include": [], "tables": [
                {"source": "orders_*", "target": "orders", "originColumn": "src_table",
                 "originInKey": true},
                {"source": "events", "target": "events_{shard}",
                 "split": {"column": "id", "by": "range", "bounds": [1000, 5000]}},
                {"source": "carts", "split": {"column": "customer_id", "by": "mod", "shards": 4}}
              ]}})")
                                     .object();
        auto p = ProjectDefinition::fromJson(file);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
        QCOMPARE(p->tables.size(), 3);
        QCOMPARE(p->tables[0].originColumn, u"src_table"_s);
        QVERIFY(p->tables[0].originInKey);
        QCOMPARE(p->tables[1].split->bounds, (QList<qint64> {1000, 5000}));
        QCOMPARE(p->tables[2].split->shards, 4);
        const QJsonArray rules = p->toJson()[u"objects"_s][u"tables"_s].toArray();
        QCOMPARE(rules, file[u"objects"_s][u"tables"_s].toArray());
    }
};

QTEST_GUILESS_MAIN(TestSplitRule)
#include "tst_splitrule.moc"

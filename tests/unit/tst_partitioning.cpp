// Partition bounds as both engines print them, parsed into neutral values and ordered; the
// PARTITION BY clauses each dialect writes for a partitioned target table.
#include "engines/driver.h"
#include "schema/partitioning.h"
#include "schema/targettable.h"

#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

using K = PartitionValue::Kind;

TargetTable sales(Partitioning::Method method)
{
    TargetTable t;
    t.ref = {u"shop"_s, u"sales"_s};
    TargetColumn id;
    id.name = u"id"_s;
    id.type.declaration = u"integer"_s;
    id.nullable = false;
    TargetColumn day = id;
    day.name = u"day"_s;
    day.type.declaration = u"date"_s;
    t.columns = {id, day};
    t.primaryKey = {u"id"_s, u"day"_s};
    t.partitioning.method = method;
    t.partitioning.columns = {u"day"_s};
    return t;
}

} // namespace

class TestPartitioning : public QObject
{
    Q_OBJECT

private slots:
    void parseValues()
    {
        QList<PartitionValue> v;
        QVERIFY(partitioning::parseValues(u"'2022-01-01', -5, MAXVALUE, minvalue, NULL"_s, v));
        QCOMPARE(v,
                 (QList<PartitionValue> {{K::Text, u"2022-01-01"_s},
                                         {K::Number, u"-5"_s},
                                         {K::MaxValue, {}},
                                         {K::MinValue, {}},
                                         {K::Null, {}}}));
        QVERIFY(partitioning::parseValues(u"'it''s, (odd)'"_s, v));
        QCOMPARE(v, (QList<PartitionValue> {{K::Text, u"it's, (odd)"_s}}));
        QVERIFY(!partitioning::parseValues(u"year(x)"_s, v));
        QVERIFY(!partitioning::parseValues(u"'open"_s, v));
    }

    void parseTuples()
    {
        QList<QList<PartitionValue>> t;
        QVERIFY(partitioning::parseTuples(u"1,2,3"_s, 1, t));
        QCOMPARE(t.size(), 3);
        QCOMPARE(t[2], (QList<PartitionValue> {{K::Number, u"3"_s}}));
        QVERIFY(partitioning::parseTuples(u"('a',1),('b',2)"_s, 2, t));
        QCOMPARE(t,
                 (QList<QList<PartitionValue>> {{{K::Text, u"a"_s}, {K::Number, u"1"_s}},
                                                {{K::Text, u"b"_s}, {K::Number, u"2"_s}}}));
        QVERIFY(!partitioning::parseTuples(u"('a',1)"_s, 1, t));
    }

    void compare()
    {
        const QList<PartitionValue> nine {{K::Number, u"9"_s}};
        const QList<PartitionValue> ten {{K::Number, u"10"_s}};
        const QList<PartitionValue> max {{K::MaxValue, {}}};
        QCOMPARE(partitioning::compare(nine, ten), -1); // by value, not by text
        QCOMPARE(partitioning::compare(max, ten), 1);
        QCOMPARE(partitioning::compare(ten, ten), 0);
        QCOMPARE(partitioning::compare({{K::Text, u"2022-02-01"_s}}, {{K::Text, u"2022-10-01"_s}}),
                 -1);
    }

    void postgresqlClause()
    {
        TargetTable t = sales(Partitioning::Method::Range);
        Partition first;
        first.name = u"sales_p1"_s;
        first.from = {{K::MinValue, {}}};
        first.to = {{K::Text, u"2023-01-01"_s}};
        Partition rest;
        rest.name = u"sales_rest"_s;
        rest.isDefault = true;
        t.partitioning.partitions = {first, rest};
        const QStringList sql =
            Driver::forEngine(Engine::PostgreSql).dialect().createTable(t, false);
        QCOMPARE(sql.size(), 3);
        QVERIFY2(sql[0].endsWith(u") PARTITION BY RANGE (\"day\")"_s), qPrintable(sql[0]));
        QCOMPARE(sql[1],
                 u"CREATE TABLE \"shop\".\"sales_p1\" PARTITION OF \"shop\".\"sales\" FOR "
                 "VALUES FROM (MINVALUE) TO ('2023-01-01')"_s);
        QCOMPARE(sql[2],
                 u"CREATE TABLE \"shop\".\"sales_rest\" PARTITION OF \"shop\".\"sales\" DEFAULT"_s);
    }

    void mysqlClause()
    {
        TargetTable t = sales(Partitioning::Method::List);
        t.columns[1].type.declaration = u"DATE"_s;
        Partition a;
        a.name = u"a"_s;
        a.values = {{{K::Text, u"2022-01-01"_s}}, {{K::Text, u"it's"_s}}};
        Partition rest;
        rest.name = u"rest"_s;
        rest.isDefault = true;
        t.partitioning.partitions = {a, rest};
        const Dialect &d = Driver::forEngine(Engine::MariaDb).dialect();
        QVERIFY2(d.createTable(t, false).first().endsWith(
                     u"\nPARTITION BY LIST COLUMNS (`day`) (\n  PARTITION `a` VALUES IN "
                     "('2022-01-01', 'it\\'s'),\n  PARTITION `rest` DEFAULT\n)"_s),
                 qPrintable(d.createTable(t, false).first()));
        t.partitioning.method = Partitioning::Method::Key;
        QVERIFY(
            d.createTable(t, false).first().endsWith(u"\nPARTITION BY KEY (`day`) PARTITIONS 2"_s));
    }
};

QTEST_GUILESS_MAIN(TestPartitioning)
#include "tst_partitioning.moc"

// Partition bounds as both engines print them, parsed into neutral values and ordered; the
// PARTITION BY clauses each dialect writes for a partitioned target table.
#include "engines/driver.h"
#include "schema/partitioning.h"
#include "schema/schemaplan.h"
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

// A PostgreSQL table partitioned by RANGE (day) with two partitions and the key (id, day).
Table pgRange()
{
    Table t;
    t.ref = {u"src"_s, u"visit"_s};
    Column id;
    id.name = u"id"_s;
    id.type.kind = TypeKind::Integer;
    id.type.byteWidth = 4;
    id.type.native = u"integer"_s;
    id.nullable = false;
    Column day = id;
    day.name = u"day"_s;
    day.type = {};
    day.type.kind = TypeKind::Date;
    day.type.native = u"date"_s;
    Column note = id;
    note.name = u"note"_s;
    note.type = {};
    note.type.kind = TypeKind::Text;
    note.type.native = u"text"_s;
    t.columns = {id, day, note};
    t.primaryKey = Index {u"visit_pkey"_s, {u"id"_s, u"day"_s}, true, true};
    Partitioning &p = t.partitioning;
    p.method = Partitioning::Method::Range;
    p.columns = {u"day"_s};
    p.definition = u"RANGE (day)"_s;
    Partition jan;
    jan.name = u"visit_jan"_s;
    jan.from = {{K::Text, u"2024-01-01"_s}};
    jan.to = {{K::Text, u"2024-02-01"_s}};
    Partition feb = jan;
    feb.name = u"visit_feb"_s;
    feb.from = jan.to;
    feb.to = {{K::Text, u"2024-03-01"_s}};
    p.partitions = {feb, jan};
    return t;
}

// The reason the plan gives for not partitioning `table` into `target`, or "" when it does.
QString reasonFor(const Table &table, Engine target)
{
    auto plan = schemaplan::plan(TableSelection(), {table}, Engine::PostgreSql,
                                 Driver::forEngine(target).dialect(), u"dst"_s);
    if (!plan)
        return u"error: "_s + plan.error().message;
    for (const NotCarried &n : plan->notCarried)
        if (n.kind == u"partitioning")
            return n.reason.section(u": the table is created"_s, 0, 0);
    return plan->tables.first().target.partitioning.isEmpty() ? u"not partitioned"_s : QString();
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

    // The plan partitions alike, or names why not.
    void plan()
    {
        const Table plain = pgRange();
        QCOMPARE(reasonFor(plain, Engine::MariaDb), QString());
        QCOMPARE(reasonFor(plain, Engine::PostgreSql), QString());
        QCOMPARE(reasonFor(plain, Engine::Sqlite), u"SQLite has no partitioned tables"_s);

        auto mysqlPlan = schemaplan::plan(TableSelection(), {plain}, Engine::PostgreSql,
                                          Driver::forEngine(Engine::MariaDb).dialect(), u"dst"_s);
        QVERIFY(mysqlPlan);
        const Partitioning &p = mysqlPlan->tables.first().target.partitioning;
        QCOMPARE(p.partitions.size(), 2);
        QCOMPARE(p.partitions[0].name, u"visit_jan"_s); // ascending upper bounds
        QCOMPARE(p.partitions[0].from, QList<PartitionValue>());
        QCOMPARE(p.partitions[1].to, (QList<PartitionValue> {{K::Text, u"2024-03-01"_s}}));
        QCOMPARE(mysqlPlan->tables.first().notes,
                 (QStringList {u"partitioned as on the source (RANGE on day, 2 partitions)"_s,
                               u"partitioning of src.visit: MySQL ranges have upper bounds only, "
                               "so rows the source would put in a gap between ranges, below the "
                               "first or in its DEFAULT partition go to the next range (or to "
                               "visit_feb, the last one)"_s}));

        Table unique = pgRange();
        unique.indexes << Index {u"visit_note"_s, {u"id"_s}, true, false};
        QCOMPARE(reasonFor(unique, Engine::PostgreSql),
                 u"the unique key (id) does not hold the partition column day, which PostgreSQL "
                 "requires"_s);

        Table text = pgRange();
        text.partitioning.columns = {u"note"_s};
        text.primaryKey->columns << u"note"_s;
        QVERIFY2(reasonFor(text, Engine::MariaDb).startsWith(u"its partition column note is "_s),
                 qPrintable(reasonFor(text, Engine::MariaDb)));
        QCOMPARE(reasonFor(text, Engine::PostgreSql), QString());
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

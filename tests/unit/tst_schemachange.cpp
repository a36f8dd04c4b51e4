// What a captured schema statement changes, as the incremental step reads it (SchemaChange),
// and which type changes are widenings (columntypes::holds).
#include "cdc/schemachange.h"

#include <QtTest>

Q_DECLARE_METATYPE(ferry::ColumnType)

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

ColumnType type(TypeKind kind, int length = 0, int precision = 0, int scale = 0)
{
    ColumnType t;
    t.kind = kind;
    t.length = length;
    t.precision = precision;
    t.scale = scale;
    return t;
}

ColumnType integer(int width, bool isUnsigned = false)
{
    ColumnType t;
    t.kind = TypeKind::Integer;
    t.byteWidth = width;
    t.isUnsigned = isUnsigned;
    return t;
}

} // namespace

class TestSchemaChange : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("table"); // empty: not followed
        QTest::addColumn<QString>("summary"); // kind|adds|drops|renames|modifies, or `other`
        QTest::newRow("add") << u"ALTER TABLE items ADD COLUMN flag INT NOT NULL DEFAULT 7"_s
                             << u"items"_s << u"alter|flag|||"_s;
        QTest::newRow("add, bare, quoted")
            << u"alter table `shop`.`items` add `the col` varchar(3) after id"_s << u"shop.items"_s
            << u"alter|the col|||"_s;
        QTest::newRow("drop") << u"ALTER TABLE items DROP COLUMN note"_s << u"items"_s
                              << u"alter||note||"_s;
        QTest::newRow("rename") << u"ALTER TABLE items RENAME COLUMN qty TO amount"_s << u"items"_s
                                << u"alter|||qty>amount|"_s;
        QTest::newRow("change") << u"ALTER TABLE items CHANGE qty amount BIGINT"_s << u"items"_s
                                << u"alter|||qty>amount|amount"_s;
        QTest::newRow("modify, algorithm")
            << u"ALTER TABLE items MODIFY name VARCHAR(50), ALGORITHM=INPLACE"_s << u"items"_s
            << u"alter||||name"_s;
        QTest::newRow("postgresql, several")
            << u"ALTER TABLE \"s\".\"t\" RENAME COLUMN \"a\" TO \"b\"; ALTER TABLE \"s\".\"t\" "
               "DROP COLUMN \"x\", ADD COLUMN \"y\" integer, ALTER COLUMN \"n\" TYPE bigint"_s
            << u"s.t"_s << u"alter|y|x|a>b|n"_s;
        QTest::newRow("create") << u"CREATE TABLE IF NOT EXISTS new_t (id INT PRIMARY KEY)"_s
                                << u"new_t"_s << u"create||||"_s;
        QTest::newRow("create like")
            << u"CREATE TABLE new_t LIKE items"_s << u"new_t"_s << u"create||||"_s;
        QTest::newRow("create select")
            << u"CREATE TABLE new_t (id INT) SELECT id FROM items"_s << QString()
            << u"CREATE TABLE new_t (id INT) SELECT id FROM items"_s;
        QTest::newRow("add index") << u"ALTER TABLE t ADD COLUMN w INT, ADD INDEX ix (w)"_s
                                   << QString() << u"ADD INDEX ix (w)"_s;
        QTest::newRow("set default") << u"ALTER TABLE t ALTER COLUMN w SET DEFAULT 1"_s << QString()
                                     << u"ALTER COLUMN w SET DEFAULT 1"_s;
        QTest::newRow("using") << u"ALTER TABLE t ALTER COLUMN w TYPE int USING w::int"_s
                               << QString() << u"ALTER COLUMN w TYPE int USING w::int"_s;
        QTest::newRow("rename table")
            << u"ALTER TABLE t RENAME TO u"_s << QString() << u"RENAME TO u"_s;
        QTest::newRow("truncate") << u"TRUNCATE \"s\".\"t\""_s << QString()
                                  << u"TRUNCATE \"s\".\"t\""_s;
        QTest::newRow("engine") << u"ALTER TABLE t ENGINE=InnoDB"_s << QString()
                                << u"ENGINE=InnoDB"_s;
    }

    void parse()
    {
        QFETCH(QString, statement);
        QFETCH(QString, table);
        QFETCH(QString, summary);
        const SchemaChange c = SchemaChange::parse(statement);
        if (table.isEmpty()) {
            QVERIFY(!c.followable());
            QCOMPARE(c.other, summary);
            return;
        }
        QVERIFY2(c.followable(), qPrintable(c.other));
        QCOMPARE(c.table.display(), table);
        QStringList renames;
        for (auto it = c.renames.begin(); it != c.renames.end(); ++it)
            renames << it.key() + u'>' + it.value();
        const QString kind = c.kind == SchemaChange::Kind::CreateTable ? u"create"_s : u"alter"_s;
        QCOMPARE(QStringList({kind, c.adds.join(u','), c.drops.join(u','), renames.join(u','),
                              c.modifies.join(u',')})
                     .join(u'|'),
                 summary);
    }

    void holds_data()
    {
        QTest::addColumn<ColumnType>("to");
        QTest::addColumn<ColumnType>("from");
        QTest::addColumn<bool>("widening");
        QTest::newRow("varchar 10 -> 50")
            << type(TypeKind::VarChar, 50) << type(TypeKind::VarChar, 10) << true;
        QTest::newRow("varchar 50 -> 10")
            << type(TypeKind::VarChar, 10) << type(TypeKind::VarChar, 50) << false;
        QTest::newRow("char -> varchar")
            << type(TypeKind::VarChar, 10) << type(TypeKind::Char, 10) << true;
        QTest::newRow("varchar -> text")
            << type(TypeKind::Text) << type(TypeKind::VarChar, 10) << true;
        QTest::newRow("int -> bigint") << integer(8) << integer(4) << true;
        QTest::newRow("bigint -> int") << integer(4) << integer(8) << false;
        QTest::newRow("int unsigned -> bigint") << integer(8) << integer(4, true) << true;
        QTest::newRow("int unsigned -> int") << integer(4) << integer(4, true) << false;
        QTest::newRow("decimal 10,2 -> 14,2")
            << type(TypeKind::Decimal, 0, 14, 2) << type(TypeKind::Decimal, 0, 10, 2) << true;
        QTest::newRow("decimal 10,2 -> 10,4")
            << type(TypeKind::Decimal, 0, 10, 4) << type(TypeKind::Decimal, 0, 10, 2) << false;
        QTest::newRow("int -> varchar") << type(TypeKind::VarChar, 20) << integer(4) << false;
        QTest::newRow("float -> double") << type(TypeKind::Double) << type(TypeKind::Float) << true;
    }

    void holds()
    {
        QFETCH(ColumnType, to);
        QFETCH(ColumnType, from);
        QFETCH(bool, widening);
        QCOMPARE(columntypes::holds(to, from), widening);
    }
};

QTEST_GUILESS_MAIN(TestSchemaChange)
#include "tst_schemachange.moc"

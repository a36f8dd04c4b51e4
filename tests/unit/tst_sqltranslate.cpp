// schema/sqltranslate: CHECK, generation and view SQL carried across engine families where it
// means the same, refused with the reason where it does not.
#include "engines/driver.h"
#include "schema/sqltranslate.h"

#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestSqlTranslate : public QObject
{
    Q_OBJECT

private slots:
    void expression_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // the translation, or "!" + the reason
        const int my = int(Engine::MariaDb), pg = int(Engine::PostgreSql),
                  lite = int(Engine::Sqlite);
        QTest::newRow("mariadb backquotes to pg")
            << my << pg << u"`qty` >= 1 and `qty` <= 100"_s << u"\"qty\" >= 1 AND \"qty\" <= 100"_s;
        QTest::newRow("mariadb in list to sqlite")
            << my << lite << u"`code` in ('A','it''s')"_s << u"\"code\" IN ('A', 'it''s')"_s;
        QTest::newRow("mysql introducer")
            << my << pg << u"(`code` <> _utf8mb4'x')"_s << u"(\"code\" <> 'x')"_s;
        QTest::newRow("pg any array to mysql")
            << pg << my
            << u"((code)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"_s
            << u"((`code`) IN ('a', 'b'))"_s;
        QTest::newRow("pg casts to sqlite")
            << pg << lite << u"(price > (0)::numeric)"_s << u"(\"price\" > (0))"_s;
        QTest::newRow("pg length to mysql")
            << pg << my << u"(char_length((code)::text) > 0)"_s << u"(char_length((`code`)) > 0)"_s;
        QTest::newRow("mysql length is bytes")
            << my << lite << u"length(`code`) > 0"_s
            << u"!length() has no equivalent known to Ferry in SQLite"_s;
        QTest::newRow("regexp is mysql syntax") << my << pg << u"`code` regexp '^[A-Z]+$'"_s
                                                << u"!it uses REGEXP, which is MySQL syntax"_s;
        QTest::newRow("pg pattern operator")
            << pg << my << u"((code)::text ~ '^[A-Z]+$'::text)"_s
            << u"!it uses the operator ~, which means something else or nothing in MySQL"_s;
        QTest::newRow("unknown name") << lite << pg << u"qty > other"_s
                                      << u"!it names other, which is not a column of the table"_s;
        QTest::newRow("same family keeps casts")
            << pg << pg << u"((code)::text ~ '^[A-Z]+$'::text)"_s
            << u"((code)::text ~ '^[A-Z]+$'::text)"_s;
    }

    void expression()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QSet<QString> columns {u"qty"_s, u"code"_s, u"price"_s};
        const auto t =
            sqltranslate::expression(sql, engines::family(Engine(from)),
                                     Driver::forEngine(Engine(to)).dialect(), columns, {});
        QCOMPARE(t.ok() ? t.sql : u'!' + t.why, expected);
    }

    void query()
    {
        const auto t = sqltranslate::query(
            u"select `src`.`i`.`id` AS `id`,`p`.`name` AS `name` from (`src`.`item` `i` join "
            "`src`.`parent` `p` on(`p`.`id` = `i`.`parent_id`)) where `i`.`qty` > 1"_s,
            EngineFamily::MySql, u"src"_s, Driver::forEngine(Engine::PostgreSql).dialect(),
            [](const QString &n) { return n == u"item" ? u"items"_s : n; });
        QVERIFY2(t.ok(), qPrintable(t.why));
        QCOMPARE(t.sql,
                 u"SELECT \"i\".\"id\" AS \"id\", \"p\".\"name\" AS \"name\" FROM (\"items\" "
                 "\"i\" JOIN \"parent\" \"p\" ON (\"p\".\"id\" = \"i\".\"parent_id\")) WHERE "
                 "\"i\".\"qty\" > 1"_s);
        QCOMPARE(sqltranslate::selectOfCreateView(u"CREATE VIEW \"a s\" (x) AS SELECT x FROM t"_s),
                 u"SELECT x FROM t"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlTranslate)
#include "tst_sqltranslate.moc"

// RowFilter: a table rule's WHERE condition applied to captured row images with SQL's
// three-valued logic, values compared by their column's type (exact decimals, time order,
// bytes), and every expression outside the grammar refused with the part named.
#include "cdc/rowfilter.h"

#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

Column column(const QString &name, TypeKind kind, int length = 0)
{
    Column c;
    c.name = name;
    c.type.kind = kind;
    c.type.length = length;
    if (kind == TypeKind::Integer)
        c.type.byteWidth = 8;
    if (kind == TypeKind::Decimal) {
        c.type.precision = 10;
        c.type.scale = 2;
    }
    if (kind == TypeKind::Enum)
        c.type.labels = {u"open"_s, u"closed"_s};
    return c;
}

// The captured table, in RowImage cell order.
const QList<Column> &columns()
{
    static const QList<Column> c = {
        column(u"id"_s, TypeKind::Integer),     column(u"price"_s, TypeKind::Decimal),
        column(u"qty"_s, TypeKind::Integer),    column(u"ratio"_s, TypeKind::Double),
        column(u"f"_s, TypeKind::Float),        column(u"name"_s, TypeKind::VarChar, 40),
        column(u"code"_s, TypeKind::Char, 4),   column(u"status"_s, TypeKind::Enum),
        column(u"created"_s, TypeKind::Date),   column(u"at"_s, TypeKind::DateTime),
        column(u"ts"_s, TypeKind::TimestampTz), column(u"t"_s, TypeKind::Time),
        column(u"flag"_s, TypeKind::Boolean),   column(u"data"_s, TypeKind::Blob),
        column(u"u"_s, TypeKind::Uuid),         column(u"j"_s, TypeKind::Json),
        column(u"Mixed"_s, TypeKind::Integer),
    };
    return c;
}

// "id=5|name=x" -> a row image; \N is NULL, \? a cell the source did not send, and every
// column not named is NULL.
RowImage row(const QString &spec)
{
    RowImage r;
    r.values.resize(size_t(columns().size()));
    r.present.assign(size_t(columns().size()), true);
    const QStringList cells = spec.split(u'|', Qt::SkipEmptyParts);
    for (const QString &cell : cells) {
        const qsizetype eq = cell.indexOf(u'=');
        const QString name = cell.left(eq);
        const QString value = cell.mid(eq + 1);
        int index = -1;
        for (int i = 0; i < columns().size(); ++i)
            if (columns()[i].name == name)
                index = i;
        Q_ASSERT(index >= 0);
        if (value == u"\\?")
            r.present[size_t(index)] = false;
        else if (value != u"\\N")
            r.values[size_t(index)] = value.toStdString();
    }
    return r;
}

} // namespace

class TestRowFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("expected");
        const auto add = [](const char *name, const QString &condition, const QString &row,
                            bool expected) {
            QTest::newRow(name) << condition << row << expected;
        };
        // Exact decimals: scale does not matter, nothing goes through a double.
        add("10.5 = 10.50", u"price = 10.5"_s, u"price=10.50"_s, true);
        add("10.50 = 10.5", u"price = 10.50"_s, u"price=10.5"_s, true);
        add("10.50 > 10.5 is false", u"price > 10.5"_s, u"price=10.50"_s, false);
        add("10.50 >= 10.5", u"price >= 10.5"_s, u"price=10.50"_s, true);
        add("0.10 = 0.1", u"price = 0.1"_s, u"price=0.10"_s, true);
        add("0.30 = 0.3", u"price = .3"_s, u"price=0.30"_s, true);
        add("-1.5 < -1", u"price < -1"_s, u"price=-1.5"_s, true);
        add("-10 > -2 is false", u"price > -2"_s, u"price=-10.00"_s, false);
        add("-0 = 0", u"price = 0"_s, u"price=-0.00"_s, true);
        add("a spaced minus", u"id = - 5"_s, u"id=-5"_s, true);
        add("a plus sign", u"id > -3 AND id < +3"_s, u"id=0"_s, true);
        add("integer = 5", u"id = 5"_s, u"id=5"_s, true);
        add("integer = '5'", u"id = '5'"_s, u"id=5"_s, true);
        add("integer = 5.0", u"id = 5.0"_s, u"id=5"_s, true);
        add("integer = 0.5e1", u"id = 0.5e1"_s, u"id=5"_s, true);
        add("integer = 5.01 is false", u"id = 5.01"_s, u"id=5"_s, false);
        add("beyond a double's precision", u"id > 18446744073709551614"_s,
            u"id=18446744073709551615"_s, true);
        add("beyond a double's precision, equal", u"id = 18446744073709551614"_s,
            u"id=18446744073709551615"_s, false);
        add("literal on the left", u"5 < id"_s, u"id=6"_s, true);
        add("literal on the left, false", u"5 >= id"_s, u"id=6"_s, false);
        add("-5 = id", u"-5 = id"_s, u"id=-5"_s, true);
        add("NaN = NaN", u"price = 'NaN'"_s, u"price=NaN"_s, true);
        add("NaN above all", u"price > 1e100"_s, u"price=NaN"_s, true);
        add("decimal column vs integer column", u"price > qty"_s, u"price=10.50|qty=10"_s, true);
        add("!= is <>", u"qty != 3"_s, u"qty=4"_s, true);

        // Floating point compares as the servers do: as doubles.
        add("double 0.1 > 0.1 is false", u"ratio > 0.1"_s, u"ratio=0.1"_s, false);
        add("double next after 0.1", u"ratio > 0.1"_s, u"ratio=0.10000000000000002"_s, true);
        add("double 1e+300", u"ratio < 'Infinity'"_s, u"ratio=1e+300"_s, true);
        add("float 0.5", u"f = 0.5"_s, u"f=0.5"_s, true);
        add("double vs integer column", u"ratio > qty"_s, u"ratio=2.5|qty=2"_s, true);

        // SQL's NULL: unknown, and only true matches.
        add("= NULL never matches", u"id = NULL"_s, u"id=\\N"_s, false);
        add("<> with NULL", u"id <> 5"_s, u"id=\\N"_s, false);
        add("NOT unknown", u"NOT (id <> 5)"_s, u"id=\\N"_s, false);
        add("IS NULL", u"id IS NULL"_s, u"id=\\N"_s, true);
        add("IS NULL of a value", u"id IS NULL"_s, u"id=1"_s, false);
        add("IS NOT NULL", u"id IS NOT NULL"_s, u"id=5"_s, true);
        add("unknown OR true", u"id > 3 OR name = 'x'"_s, u"id=\\N|name=x"_s, true);
        add("unknown OR false", u"id > 3 OR name = 'x'"_s, u"id=\\N|name=y"_s, false);
        add("unknown AND false", u"NOT (id > 3 AND name = 'x')"_s, u"id=\\N|name=y"_s, true);
        add("unknown AND true", u"NOT (id > 3 AND name = 'x')"_s, u"id=\\N|name=x"_s, false);
        add("NULL alone", u"NULL"_s, QString(), false);
        add("NOT NULL alone", u"NOT NULL"_s, QString(), false);
        add("FALSE OR NULL", u"FALSE OR NULL"_s, QString(), false);
        add("TRUE OR NULL", u"TRUE OR NULL"_s, QString(), true);

        // A cell the source did not send is unknown, even for IS NULL.
        add("absent =", u"name = 'x'"_s, u"name=\\?"_s, false);
        add("absent NOT =", u"NOT name = 'x'"_s, u"name=\\?"_s, false);
        add("absent IS NULL", u"id IS NULL"_s, u"id=\\?"_s, false);
        add("absent IS NOT NULL", u"id IS NOT NULL"_s, u"id=\\?"_s, false);
        add("absent OR true", u"id = 1 OR qty = 2"_s, u"id=\\?|qty=2"_s, true);

        // IN and BETWEEN as SQL defines them.
        add("IN", u"id IN (1, 2, 3)"_s, u"id=2"_s, true);
        add("IN, no match", u"id IN (1, 2, 3)"_s, u"id=4"_s, false);
        add("IN with NULL, match", u"id IN (1, NULL)"_s, u"id=1"_s, true);
        add("IN with NULL, no match", u"id IN (1, NULL)"_s, u"id=2"_s, false);
        add("NOT IN with NULL", u"id NOT IN (1, NULL)"_s, u"id=2"_s, false);
        add("NOT IN", u"id NOT IN (1, 3)"_s, u"id=2"_s, true);
        add("NOT IN of NULL", u"id NOT IN (1, 3)"_s, u"id=\\N"_s, false);
        add("IN of strings", u"name IN ('a', 'b')"_s, u"name=b"_s, true);
        add("BETWEEN, upper bound", u"id BETWEEN 1 AND 5"_s, u"id=5"_s, true);
        add("BETWEEN, above", u"id BETWEEN 1 AND 5"_s, u"id=6"_s, false);
        add("NOT BETWEEN", u"id NOT BETWEEN 1 AND 5"_s, u"id=6"_s, true);
        add("NOT BETWEEN of NULL", u"id NOT BETWEEN 1 AND 5"_s, u"id=\\N"_s, false);
        add("BETWEEN then AND", u"price BETWEEN 10 AND 10.5 AND qty = 1"_s, u"price=10.50|qty=1"_s,
            true);
        add("BETWEEN then AND, false", u"price BETWEEN 10 AND 10.5 AND qty = 1"_s,
            u"price=10.50|qty=2"_s, false);
        add("precedence: AND before OR", u"id = 1 OR id = 2 AND qty = 3"_s, u"id=1|qty=4"_s, true);
        add("parentheses", u"(id = 1 OR id = 2) AND NOT name IS NULL"_s, u"id=2|name=x"_s, true);
        add("parenthesised value", u"(id) = 1"_s, u"id=1"_s, true);

        // LIKE: % any run, _ one character, a backslash escapes them.
        add("LIKE prefix", u"name LIKE 'ab%'"_s, u"name=abc"_s, true);
        add("LIKE prefix, no match", u"name LIKE 'ab%'"_s, u"name=xab"_s, false);
        add("LIKE _", u"name LIKE '_b_'"_s, u"name=abc"_s, true);
        add("LIKE _, too long", u"name LIKE '_b_'"_s, u"name=abcd"_s, false);
        add("LIKE %, empty value", u"name LIKE '%'"_s, u"name="_s, true);
        add("LIKE middle", u"name LIKE '%b%d'"_s, u"name=abcbcd"_s, true);
        add("LIKE middle, no match", u"name LIKE '%b%d'"_s, u"name=abcbc"_s, false);
        add("LIKE escaped %", u"name LIKE 'a\\%b'"_s, u"name=a%b"_s, true);
        add("LIKE escaped %, no match", u"name LIKE 'a\\%b'"_s, u"name=axb"_s, false);
        add("LIKE escaped _", u"name LIKE 'a\\_b'"_s, u"name=a_b"_s, true);
        add("LIKE escaped _, no match", u"name LIKE 'a\\_b'"_s, u"name=axb"_s, false);
        add("LIKE _ is one character", u"name LIKE '_'"_s, u"name=é"_s, true);
        add("LIKE __ is two characters", u"name LIKE '__'"_s, u"name=é"_s, false);
        add("LIKE non-ASCII", u"name LIKE 'é_'"_s, u"name=éa"_s, true);
        add("LIKE is case-sensitive", u"name LIKE 'A%'"_s, u"name=abc"_s, false);
        add("NOT LIKE of NULL", u"name NOT LIKE 'a%'"_s, u"name=\\N"_s, false);
        add("NOT LIKE", u"name NOT LIKE 'a%'"_s, u"name=bcd"_s, true);
        add("LIKE on binary bytes", u"data LIKE 'a_c'"_s, u"data=abc"_s, true);
        add("LIKE on char without padding", u"code LIKE '%b'"_s, u"code=ab  "_s, true);

        // Text: bytes, quotes doubled, CHAR padding ignored.
        add("quote doubled", u"name = 'O''Brien'"_s, u"name=O'Brien"_s, true);
        add("text is bytewise", u"name = 'abc'"_s, u"name=ABC"_s, false);
        add("text order", u"name < 'b'"_s, u"name=a"_s, true);
        add("upper case sorts first", u"name < 'b'"_s, u"name=B"_s, true);
        add("char padding", u"code = 'ab'"_s, u"code=ab  "_s, true);
        add("char padding in the literal", u"code = 'ab '"_s, u"code=ab"_s, true);
        add("varchar keeps spaces", u"name = 'ab'"_s, u"name=ab "_s, false);
        add("backquoted name", u"`name` = 'x'"_s, u"name=x"_s, true);
        add("double-quoted name", u"\"name\" = 'x'"_s, u"name=x"_s, true);
        add("name in another case", u"NAME = 'x'"_s, u"name=x"_s, true);
        add("name with its case", u"mixed = 3"_s, u"Mixed=3"_s, true);
        add("enum equality", u"status = 'open'"_s, u"status=open"_s, true);
        add("enum inequality", u"status <> 'open'"_s, u"status=closed"_s, true);
        add("uuid in capitals", u"u = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'"_s,
            u"u=a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"_s, true);
        add("binary", u"data = 'ab'"_s, u"data=ab"_s, true);

        // Dates and times in time order.
        add("date >=", u"created >= '2020-01-01'"_s, u"created=2020-01-01"_s, true);
        add("date >=, before", u"created >= '2020-01-01'"_s, u"created=2019-12-31"_s, false);
        add("date without leading zeros", u"created = '2020-1-5'"_s, u"created=2020-01-05"_s, true);
        add("zero date first", u"created < '2020-01-01'"_s, u"created=0000-00-00"_s, true);
        add("datetime vs a date", u"at >= '2020-01-01'"_s, u"at=2020-01-01 00:00:00"_s, true);
        add("datetime just before", u"at >= '2020-01-01'"_s, u"at=2019-12-31 23:59:59.999999"_s,
            false);
        add("datetime fraction zeros", u"at = '2020-01-01 10:00:00'"_s,
            u"at=2020-01-01 10:00:00.000000"_s, true);
        add("datetime with T and fraction", u"at < '2020-01-01T10:00:00.5'"_s,
            u"at=2020-01-01 10:00:00.400000"_s, true);
        add("datetime fraction order", u"at > '2020-01-01 10:00:00.45'"_s,
            u"at=2020-01-01 10:00:00.5"_s, true);
        add("timestamptz offset", u"ts = '2020-01-01 12:00:00+02'"_s, u"ts=2020-01-01 10:00:00"_s,
            true);
        add("timestamptz negative offset", u"ts > '2020-01-01 00:30:00-01:00'"_s,
            u"ts=2020-01-01 01:00:00"_s, false);
        add("timestamptz negative offset, after", u"ts > '2020-01-01 00:30:00-01:00'"_s,
            u"ts=2020-01-01 01:31:00"_s, true);
        add("timestamptz offset across a year", u"ts = '2020-01-01 01:00:00+02:00'"_s,
            u"ts=2019-12-31 23:00:00"_s, true);
        add("timestamptz without offset is UTC", u"ts = '2020-02-29 23:00:00'"_s,
            u"ts=2020-02-29 23:00:00.000000"_s, true);
        add("timestamptz Z", u"ts = '2020-02-29T23:00:00Z'"_s, u"ts=2020-02-29 23:00:00"_s, true);
        add("negative time", u"t > '-01:00:00'"_s, u"t=-00:30:00"_s, true);
        add("negative time, further", u"t > '-01:00:00'"_s, u"t=-02:00:00"_s, false);
        add("long time", u"t < '100:00:00'"_s, u"t=838:59:59.000000"_s, false);
        add("unreadable value is unknown", u"created > '2020-01-01'"_s, u"created=garbage"_s,
            false);
        add("unreadable value is unknown, NOT", u"NOT created > '2020-01-01'"_s,
            u"created=garbage"_s, false);

        // Truth values.
        add("boolean column", u"flag"_s, u"flag=1"_s, true);
        add("boolean column false", u"flag"_s, u"flag=0"_s, false);
        add("boolean column NULL", u"flag"_s, u"flag=\\N"_s, false);
        add("NOT boolean column", u"NOT flag"_s, u"flag=0"_s, true);
        add("boolean = TRUE", u"flag = TRUE"_s, u"flag=1"_s, true);
        add("boolean = FALSE", u"flag = false"_s, u"flag=1"_s, false);
        add("constant comparison", u"1 = 1"_s, QString(), true);
        add("constant strings", u"'a' < 'b'"_s, QString(), true);
        add("TRUE", u"true"_s, QString(), true);
        add("keywords in any case", u"id between 1 and 5 and not id in (2) or id is null"_s,
            u"id=3"_s, true);
    }

    void matches()
    {
        QFETCH(QString, condition);
        QFETCH(QString, row);
        QFETCH(bool, expected);
        const auto filter = RowFilter::parse(condition, columns(), u"shop.orders"_s);
        QVERIFY2(filter, qPrintable(filter ? QString() : filter.error().text()));
        QVERIFY(!filter->isEmpty());
        QCOMPARE(filter->matches(::row(row)), expected);
    }

    void emptyFilterMatchesEverything()
    {
        for (const QString &condition : {QString(), u"   "_s}) {
            const auto filter = RowFilter::parse(condition, columns(), u"shop.orders"_s);
            QVERIFY(filter);
            QVERIFY(filter->isEmpty());
            QVERIFY(filter->matches(row(u"id=\\N"_s)));
            QVERIFY(filter->matches(RowImage()));
            QCOMPARE(filter->textColumns(), QStringList());
        }
        QVERIFY(RowFilter().isEmpty());
        QVERIFY(RowFilter().matches(RowImage()));
    }

    // A copy shares the parsed condition and evaluates alike.
    void copies()
    {
        auto parsed = RowFilter::parse(u"id > 2"_s, columns(), u"shop.orders"_s);
        QVERIFY(parsed);
        RowFilter copy;
        copy = *parsed;
        const RowFilter another(copy);
        QVERIFY(another.matches(row(u"id=3"_s)));
        QVERIFY(!another.matches(row(u"id=2"_s)));
    }

    void textColumns_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << u"id > 1 AND price < 2 AND created > '2020-01-01'"_s
                              << QStringList();
        QTest::newRow("IS NULL does not compare") << u"name IS NULL AND id = 1"_s << QStringList();
        QTest::newRow("comparison and LIKE, each once")
            << u"code = 'a' OR name LIKE 'x%' OR code IN ('b', 'c') OR status = 'open'"_s
            << QStringList {u"code"_s, u"name"_s, u"status"_s};
        QTest::newRow("binary and uuid are not text")
            << u"data = 'x' AND u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"_s << QStringList();
    }

    void textColumns()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, expected);
        const auto filter = RowFilter::parse(condition, columns(), u"shop.orders"_s);
        QVERIFY2(filter, qPrintable(filter ? QString() : filter.error().text()));
        QCOMPARE(filter->textColumns(), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("reason"); // what follows "captured changes: "
        const auto add = [](const char *name, const QString &condition, const QString &reason) {
            QTest::newRow(name) << condition << reason;
        };
        add("function", u"lower(name) = 'x'"_s,
            u"the function lower(...) is not understood (at \"lower(name) = 'x'\")"_s);
        add("cast function", u"CAST(id AS text) = '1'"_s,
            u"the function CAST(...) is not understood (at \"CAST(id AS text) = '1'\")"_s);
        add("arithmetic", u"id + 1 > 2"_s,
            u"arithmetic ('+') is not understood (at \"+ 1 > 2\")"_s);
        add("a minus before a column", u"-id > 2"_s,
            u"arithmetic ('-') is not understood (at \"-id > 2\")"_s);
        add("unfinished", u"id = 1 AND"_s,
            u"an unfinished condition is not understood (at the end)"_s);
        add("unknown column", u"nosuch = 1"_s,
            u"nosuch (not a column of the table) is not understood (at \"nosuch = 1\")"_s);
        add("MySQL double-quoted string", u"status = \"open\""_s,
            u"\"open\" (not a column of the table; MySQL reads a double-quoted word as a string: "
            "write 'open') is not understood (at \"\"open\"\")"_s);
        add("backslash escape", u"name = 'it\\'s'"_s,
            u"a backslash in a string, which MySQL reads as an escape and PostgreSQL does not, "
            "is not understood (at \"\\'s'\")"_s);
        add("string not closed", u"name = 'abc"_s,
            u"the string is not closed is not understood (at \"'abc\")"_s);
        add("LIKE ESCAPE", u"name LIKE 'a%' ESCAPE '!'"_s,
            u"LIKE ... ESCAPE is not understood (at \"ESCAPE '!'\")"_s);
        add("ILIKE", u"name ILIKE 'a%'"_s, u"'ILIKE' is not understood (at \"ILIKE 'a%'\")"_s);
        add("subquery", u"id IN (SELECT id FROM x)"_s,
            u"a subquery is not understood (at \"SELECT id FROM x)\")"_s);
        add("EXISTS", u"EXISTS (SELECT 1)"_s,
            u"a subquery is not understood (at \"EXISTS (SELECT 1)\")"_s);
        add("number for text", u"name = 5"_s,
            u"5 compared with the varchar(40) column name (it needs a quoted value) is not "
            "understood (at \"5\")"_s);
        add("text for a number", u"id = 'abc'"_s,
            u"'abc' compared with the integer (8 bytes) column id (not a value of its type) is "
            "not understood (at \"'abc'\")"_s);
        add("bad date", u"created = '2020-13-01'"_s,
            u"'2020-13-01' compared with the date column created (not a value of its type) is "
            "not understood (at \"'2020-13-01'\")"_s);
        add("offset for a datetime", u"at = '2020-01-01 10:00:00+02'"_s,
            u"'2020-01-01 10:00:00+02' compared with the datetime column at (not a value of its "
            "type) is not understood (at \"'2020-01-01 10:00:00+02'\")"_s);
        add("number for a date", u"created > 20200101"_s,
            u"20200101 compared with the date column created (it needs a quoted value) is not "
            "understood (at \"20200101\")"_s);
        add("enum order", u"status < 'b'"_s,
            u"'<' on the enum(open,closed) column status (enum order differs between engines) "
            "is not understood (at \"status < 'b'\")"_s);
        add("json", u"j = '{}'"_s,
            u"a comparison of the json column j is not understood (at \"j = '{}'\")"_s);
        add("LIKE on a date", u"created LIKE '2020%'"_s,
            u"LIKE on the date column created is not understood (at \"created LIKE '2020%'\")"_s);
        add("LIKE with a column pattern", u"name LIKE code"_s,
            u"LIKE with a pattern that is not a quoted string is not understood (at \"code\")"_s);
        add("IS TRUE", u"flag IS TRUE"_s, u"IS TRUE is not understood (at \"TRUE\")"_s);
        add("chained comparison", u"id = qty = 1"_s,
            u"a chained comparison ('=' after '=') is not understood (at \"= 1\")"_s);
        add("text vs double columns", u"name = ratio"_s,
            u"a comparison of the varchar(40) column name with the double column ratio is not "
            "understood (at \"name = ratio\")"_s);
        add("PostgreSQL cast", u"id::text = '1'"_s,
            u"':' is not understood (at \"::text = '1'\")"_s);
        add("typed literal", u"name = N'x'"_s,
            u"the typed literal N '...' is not understood (at \"N'x'\")"_s);
        add("qualified name", u"o.id = 1"_s,
            u"the qualified name o.id is not understood (at \"o.id = 1\")"_s);
        add("BETWEEN without AND", u"id BETWEEN 1"_s,
            u"BETWEEN without AND is not understood (at the end)"_s);
        add("string as a condition", u"'yes'"_s,
            u"the string 'yes' as a condition is not understood (at \"'yes'\")"_s);
        add("text column as a condition", u"name AND id = 1"_s,
            u"the varchar(40) column name as a condition is not understood (at \"name AND id = "
            "1\")"_s);
        add("comparing conditions", u"(id = 1) = TRUE"_s,
            u"a comparison of a condition ('=') is not understood (at \"id = 1) = TRUE\")"_s);
        add("hex number", u"id = 0x1F"_s, u"the number 0x is not understood (at \"0x1F\")"_s);
        add("row value", u"(id, qty) IN ((1, 2))"_s,
            u"a row value (a, b, ...) is not understood (at \"(id, qty) IN ((1, 2))\")"_s);
        add("MySQL ||", u"id = 1 || id = 2"_s, u"'|' is not understood (at \"|| id = 2\")"_s);
        add("long remainder cut", u"id = 1 AND lower(name) = 'a very long value indeed and more'"_s,
            u"the function lower(...) is not understood (at \"lower(name) = 'a very long value "
            "inde...\")"_s);
        add("two columns differ in case only", u"MIXED = 1"_s,
            u"the name MIXED (it matches columns Mixed and mixed alike) is not understood (at "
            "\"MIXED = 1\")"_s);
    }

    void refused()
    {
        QFETCH(QString, condition);
        QFETCH(QString, reason);
        QList<Column> table = columns();
        if (condition.startsWith(u"MIXED"_s))
            table.append(column(u"mixed"_s, TypeKind::Integer));
        const auto filter = RowFilter::parse(condition, table, u"shop.orders"_s);
        QVERIFY2(!filter, "the filter was accepted");
        QCOMPARE(filter.error().code, Error::Code::Unsupported);
        QCOMPARE(filter.error().object, u"shop.orders"_s);
        QCOMPARE(
            filter.error().message,
            u"the row filter of shop.orders (%1) cannot be applied to captured changes: %2"_s.arg(
                condition, reason));
        QCOMPARE(filter.error().fix,
                 u"Simplify the filter to comparisons, IN, BETWEEN, LIKE and IS NULL on columns "
                 "and literals (see docs/project-file.md), or take shop.orders out of the "
                 "incremental step (exclude it, or move it to a project without "
                 "\"incremental\")."_s);
    }
};

QTEST_GUILESS_MAIN(TestRowFilter)
#include "tst_rowfilter.moc"

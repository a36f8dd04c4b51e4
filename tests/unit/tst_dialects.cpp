// The dialects' SQL spelling, no server needed: identifiers, literal() for hard values and
// declare() for every type kind, per engine. What a server makes of these literals and
// declarations is asserted by the engine integration tests (tst_*_engine).
#include "engines/driver.h"
#include "engines/keypredicate.h"
#include "engines/sqlite/sqlitedialect.h"

#include <QtTest>

Q_DECLARE_METATYPE(ferry::ColumnType)

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

const Dialect &mysql()
{
    return Driver::forEngine(Engine::MariaDb).dialect();
}

const Dialect &postgresql()
{
    return Driver::forEngine(Engine::PostgreSql).dialect();
}

const Dialect &sqlite()
{
    return Driver::forEngine(Engine::Sqlite).dialect();
}

const Dialect &dialectOf(Engine engine)
{
    return Driver::forEngine(engine).dialect();
}

ColumnType typeOf(TypeKind kind)
{
    ColumnType t;
    t.kind = kind;
    return t;
}

// A representative column of `kind`, with the sizes a catalog would report.
ColumnType sample(TypeKind kind)
{
    ColumnType t = typeOf(kind);
    switch (kind) {
    case TypeKind::Integer: t.byteWidth = 4; break;
    case TypeKind::Decimal:
        t.precision = 12;
        t.scale = 3;
        break;
    case TypeKind::Char: t.length = 2; break;
    case TypeKind::VarChar: t.length = 100; break;
    case TypeKind::Binary: t.length = 16; break;
    case TypeKind::VarBinary: t.length = 255; break;
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::TimestampTz: t.fraction = 3; break;
    case TypeKind::Enum:
    case TypeKind::Set: t.labels = {u"a"_s, u"it's"_s}; break;
    case TypeKind::Bit: t.length = 12; break;
    case TypeKind::Spatial: t.native = u"geometry"_s; break;
    case TypeKind::Other: t.native = u"tsvector"_s; break;
    default: break;
    }
    return t;
}

} // namespace

class TestDialects : public QObject
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------------------ MySQL family

    void mysqlSpelling()
    {
        const Dialect &d = mysql();
        QCOMPARE(d.family(), EngineFamily::MySql);
        QCOMPARE(d.quote(u"we`ird name"_s), u"`we``ird name`"_s);
        QCOMPARE(d.qualify({u"shop"_s, u"Order Items"_s}), u"`shop`.`Order Items`"_s);
        QCOMPARE(d.qualify({{}, u"t"_s}), u"`t`"_s);
        QCOMPARE(d.maxIdentifierLength(), 64);
        QCOMPARE(d.createSchema(u"shop"_s),
                 QStringList {u"CREATE DATABASE IF NOT EXISTS `shop` CHARACTER SET utf8mb4"_s});
        QCOMPARE(d.dropTable({u"shop"_s, u"t"_s}), u"DROP TABLE IF EXISTS `shop`.`t`"_s);
        QCOMPARE(d.deleteAll({u"shop"_s, u"t"_s}), u"DELETE FROM `shop`.`t`"_s);
    }

    void mysqlLiteral_data()
    {
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("literal");
        const auto row = [](const char *name, QByteArray v, TypeKind k, const QString &lit) {
            QTest::newRow(name) << v << int(k) << lit;
        };
        row("integer", "-128", TypeKind::Integer, u"-128"_s);
        row("unsigned max", "18446744073709551615", TypeKind::Integer, u"18446744073709551615"_s);
        row("integer not a number", "1; DROP TABLE t", TypeKind::Integer, u"'1; DROP TABLE t'"_s);
        row("boolean", "1", TypeKind::Boolean, u"1"_s);
        row("bit", "1023", TypeKind::Bit, u"1023"_s);
        row("bit negative", "-1", TypeKind::Bit, u"'-1'"_s);
        row("decimal", "-12.3400", TypeKind::Decimal, u"-12.3400"_s);
        row("decimal NaN", "NaN", TypeKind::Decimal, u"'NaN'"_s);
        row("double", "0.30000000000000004", TypeKind::Double, u"0.30000000000000004e0"_s);
        row("double exponent", "1e+300", TypeKind::Double, u"1e+300"_s);
        row("float widened", "1.2345678", TypeKind::Float, u"1.2345677614212036e0"_s);
        row("double infinity", "Infinity", TypeKind::Double, u"'Infinity'"_s);
        row("year", "2155", TypeKind::Year, u"2155"_s);
        row("text", "it's a \\ test\n", TypeKind::VarChar, u"'it\\'s a \\\\ test\\n'"_s);
        row("text nul", QByteArray("a\0b", 3), TypeKind::Text, u"'a\\0b'"_s);
        row("text emoji", "😀 ü 中", TypeKind::Char, u"'😀 ü 中'"_s);
        row("binary",
            QByteArray("\x00\xff"
                       "A",
                       3),
            TypeKind::Blob, u"X'00ff41'"_s);
        row("binary empty", "", TypeKind::VarBinary, u"X''"_s);
        row("invalid utf-8 text", "\xff\xfe", TypeKind::Text, u"X'fffe'"_s);
        row("datetime", "2024-02-29 23:59:59.999999", TypeKind::DateTime,
            u"'2024-02-29 23:59:59.999999'"_s);
        row("time", "-838:59:59.000000", TypeKind::Time, u"'-838:59:59.000000'"_s);
        row("set", "a,c", TypeKind::Set, u"'a,c'"_s);
    }

    void mysqlLiteral()
    {
        QFETCH(QByteArray, canonical);
        QFETCH(int, kind);
        QFETCH(QString, literal);
        ColumnType t;
        t.kind = TypeKind(kind);
        QCOMPARE(
            mysql().literal(std::string_view(canonical.constData(), size_t(canonical.size())), t),
            literal);
    }

    void mysqlDeclare_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("declaration");
        QTest::addColumn<QString>("fidelity");
        const auto t = [](TypeKind k, int length = 0, QString native = {}) {
            ColumnType c;
            c.kind = k;
            c.length = length;
            c.native = native;
            return c;
        };
        const auto integer = [](int width, bool isUnsigned = false, QString native = {}) {
            ColumnType c;
            c.kind = TypeKind::Integer;
            c.byteWidth = width;
            c.isUnsigned = isUnsigned;
            c.native = native;
            return c;
        };
        const auto decimal = [](int p, int s) {
            ColumnType c;
            c.kind = TypeKind::Decimal;
            c.precision = p;
            c.scale = s;
            return c;
        };
        const auto temporal = [](TypeKind k, int fraction) {
            ColumnType c;
            c.kind = k;
            c.fraction = fraction;
            return c;
        };
        const int pg = int(Engine::PostgreSql), lite = int(Engine::Sqlite),
                  maria = int(Engine::MariaDb), mysql = int(Engine::MySql);
        const QString bin = u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s;

        QTest::newRow("pg boolean") << pg << t(TypeKind::Boolean) << u"TINYINT(1)"_s << u"exact"_s;
        QTest::newRow("pg smallint") << pg << integer(2) << u"SMALLINT"_s << u"exact"_s;
        QTest::newRow("pg integer") << pg << integer(4) << u"INT"_s << u"exact"_s;
        QTest::newRow("pg bigint") << pg << integer(8) << u"BIGINT"_s << u"exact"_s;
        QTest::newRow("pg numeric(10,2)")
            << pg << decimal(10, 2) << u"DECIMAL(10,2)"_s << u"exact"_s;
        QTest::newRow("pg numeric(65,30)")
            << pg << decimal(65, 30) << u"DECIMAL(65,30)"_s << u"exact"_s;
        QTest::newRow("pg numeric") << pg << decimal(0, 0) << u"DECIMAL(65,30)"_s << u"lossy"_s;
        QTest::newRow("pg numeric(70,5)")
            << pg << decimal(70, 5) << u"DECIMAL(65,5)"_s << u"lossy"_s;
        QTest::newRow("pg numeric(3,5)") << pg << decimal(3, 5) << u"DECIMAL(5,5)"_s << u"exact"_s;
        QTest::newRow("pg real") << pg << t(TypeKind::Float) << u"FLOAT"_s << u"lossy"_s;
        QTest::newRow("pg double") << pg << t(TypeKind::Double) << u"DOUBLE"_s << u"lossy"_s;
        QTest::newRow("pg char(3)")
            << pg << t(TypeKind::Char, 3) << u"CHAR(3)"_s + bin << u"exact"_s;
        QTest::newRow("pg char(300)")
            << pg << t(TypeKind::Char, 300) << u"VARCHAR(300)"_s + bin << u"exact"_s;
        QTest::newRow("pg varchar(40)")
            << pg << t(TypeKind::VarChar, 40) << u"VARCHAR(40)"_s + bin << u"exact"_s;
        QTest::newRow("pg varchar")
            << pg << t(TypeKind::VarChar) << u"LONGTEXT"_s + bin << u"exact"_s;
        QTest::newRow("pg varchar(10000)")
            << pg << t(TypeKind::VarChar, 10000) << u"LONGTEXT"_s + bin << u"widened"_s;
        QTest::newRow("pg text") << pg << t(TypeKind::Text) << u"LONGTEXT"_s + bin << u"exact"_s;
        QTest::newRow("pg bytea") << pg << t(TypeKind::Blob) << u"LONGBLOB"_s << u"exact"_s;
        QTest::newRow("pg date") << pg << t(TypeKind::Date) << u"DATE"_s << u"exact"_s;
        QTest::newRow("pg time(3)")
            << pg << temporal(TypeKind::Time, 3) << u"TIME(3)"_s << u"exact"_s;
        QTest::newRow("pg time(0)") << pg << temporal(TypeKind::Time, 0) << u"TIME"_s << u"exact"_s;
        QTest::newRow("pg timestamp")
            << pg << temporal(TypeKind::DateTime, 6) << u"DATETIME(6)"_s << u"exact"_s;
        QTest::newRow("pg timestamptz")
            << pg << temporal(TypeKind::TimestampTz, 6) << u"DATETIME(6)"_s << u"exact"_s;
        QTest::newRow("pg interval")
            << pg << t(TypeKind::Interval) << u"VARCHAR(64)"_s << u"lossy"_s;
        QTest::newRow("pg uuid") << pg << t(TypeKind::Uuid) << u"CHAR(36)"_s << u"exact"_s;
        QTest::newRow("pg jsonb") << pg << t(TypeKind::Json) << u"JSON"_s << u"exact"_s;
        QTest::newRow("pg bit(5)") << pg << t(TypeKind::Bit, 5) << u"BIT(5)"_s << u"exact"_s;
        ColumnType pgEnum = t(TypeKind::Enum);
        pgEnum.labels = {u"a"_s, u"B"_s, u"it's"_s};
        QTest::newRow("pg enum") << pg << pgEnum << u"ENUM('a','B','it\\'s')"_s + bin << u"exact"_s;
        QTest::newRow("pg int[]") << pg << t(TypeKind::Other, 0, u"integer[]"_s)
                                  << u"LONGTEXT"_s + bin << u"lossy"_s;
        QTest::newRow("pg geometry")
            << pg << t(TypeKind::Spatial, 0, u"geometry"_s) << u"GEOMETRY"_s << u"exact"_s;
        QTest::newRow("sqlite integer") << lite << integer(8) << u"BIGINT"_s << u"exact"_s;
        QTest::newRow("sqlite real") << lite << t(TypeKind::Double) << u"DOUBLE"_s << u"lossy"_s;
        QTest::newRow("sqlite text")
            << lite << t(TypeKind::Text) << u"LONGTEXT"_s + bin << u"exact"_s;
        QTest::newRow("sqlite blob") << lite << t(TypeKind::Blob) << u"LONGBLOB"_s << u"exact"_s;

        QTest::newRow("mariadb int unsigned") << maria << integer(4, true, u"int(10) unsigned"_s)
                                              << u"int(10) unsigned"_s << u"exact"_s;
        ColumnType varchar = t(TypeKind::VarChar, 20, u"varchar(20)"_s);
        varchar.charset = u"latin1"_s;
        varchar.collation = u"latin1_swedish_ci"_s;
        QTest::newRow("mariadb varchar latin1")
            << maria << varchar << u"varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci"_s
            << u"exact"_s;
        ColumnType myEnum = t(TypeKind::Enum, 0, u"enum('a,b','it''s')"_s);
        myEnum.labels = {u"a,b"_s, u"it's"_s};
        myEnum.charset = u"utf8mb4"_s;
        myEnum.collation = u"utf8mb4_general_ci"_s;
        QTest::newRow("mariadb enum")
            << maria << myEnum
            << u"enum('a,b','it''s') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"_s
            << u"exact"_s;
        QTest::newRow("mariadb json")
            << maria << t(TypeKind::Json, 0, u"longtext"_s) << u"JSON"_s << u"exact"_s;
        QTest::newRow("mysql bit(10)")
            << mysql << t(TypeKind::Bit, 10, u"bit(10)"_s) << u"bit(10)"_s << u"exact"_s;
        QTest::newRow("mysql year")
            << mysql << t(TypeKind::Year, 0, u"year"_s) << u"year"_s << u"exact"_s;
        QTest::newRow("mysql float(10,3)")
            << mysql << t(TypeKind::Float, 0, u"float(10,3)"_s) << u"float(10,3)"_s << u"exact"_s;
        QTest::newRow("mysql timestamp(6)")
            << mysql << t(TypeKind::TimestampTz, 0, u"timestamp(6)"_s) << u"timestamp(6)"_s
            << u"exact"_s;
        QTest::newRow("mysql point")
            << mysql << t(TypeKind::Spatial, 0, u"point"_s) << u"point"_s << u"exact"_s;
    }

    void mysqlDeclare()
    {
        QFETCH(int, source);
        QFETCH(ColumnType, type);
        QFETCH(QString, declaration);
        QFETCH(QString, fidelity);
        const TypeChoice choice = mysql().declare(type, Engine(source));
        QCOMPARE(choice.declaration, declaration);
        QCOMPARE(fidelityName(choice.fidelity), fidelity);
        if (choice.fidelity != Fidelity::Exact)
            QVERIFY2(!choice.note.isEmpty(), "a non-exact mapping says why");
    }

    void mysqlDeclareNotes()
    {
        ColumnType tz;
        tz.kind = TypeKind::TimestampTz;
        tz.fraction = 3;
        QCOMPARE(mysql().declare(tz, Engine::PostgreSql).note,
                 u"stored as UTC; MySQL TIMESTAMP's 1970–2038 range is too narrow"_s);
        ColumnType real;
        real.kind = TypeKind::Float;
        QCOMPARE(mysql().declare(real, Engine::PostgreSql).note,
                 u"Infinity, -Infinity and NaN are refused (MySQL FLOAT has none)"_s);
        ColumnType other;
        other.kind = TypeKind::Other;
        other.native = u"int4range"_s;
        QCOMPARE(mysql().declare(other, Engine::PostgreSql).note,
                 u"int4range has no MySQL type: kept as its text form"_s);
    }

    // ------------------------------------------------------------------------ PostgreSQL

    void postgresqlQuoting()
    {
        QCOMPARE(postgresql().quote(u"Order \"Items\""_s), u"\"Order \"\"Items\"\"\""_s);
        QCOMPARE(postgresql().qualify({u"shop"_s, u"select"_s}), u"\"shop\".\"select\""_s);
        QCOMPARE(postgresql().qualify({QString(), u"t"_s}), u"\"t\""_s);
        QCOMPARE(postgresql().maxIdentifierLength(), 63);
        QCOMPARE(postgresql().family(), EngineFamily::PostgreSql);
    }

    void postgresqlLiteral_data()
    {
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, QByteArray v, TypeKind k, int length,
                            const QString &expected) {
            QTest::newRow(name) << v << int(k) << length << expected;
        };
        row("true", "1", TypeKind::Boolean, 0, u"TRUE"_s);
        row("false", "0", TypeKind::Boolean, 0, u"FALSE"_s);
        row("integer", "-42", TypeKind::Integer, 0, u"-42"_s);
        row("big unsigned", "18446744073709551615", TypeKind::Integer, 0,
            u"18446744073709551615"_s);
        row("not a number", "1; DROP TABLE x", TypeKind::Integer, 0, u"'1; DROP TABLE x'"_s);
        row("decimal", "-12.340", TypeKind::Decimal, 0, u"-12.340"_s);
        row("decimal NaN", "NaN", TypeKind::Decimal, 0, u"'NaN'"_s);
        row("real", "1.2345678", TypeKind::Float, 0, u"'1.2345678'"_s);
        row("double infinity", "-Infinity", TypeKind::Double, 0, u"'-Infinity'"_s);
        row("text", "it's a \\ back", TypeKind::Text, 0, u"'it''s a \\ back'"_s);
        row("emoji", "😀", TypeKind::VarChar, 0, u"'😀'"_s);
        row("bytes", QByteArray("\x00\xff\x10", 3), TypeKind::Blob, 0, u"'\\x00ff10'::bytea"_s);
        row("bit with width", "5", TypeKind::Bit, 4, u"B'0101'"_s);
        row("bit without width", "5", TypeKind::Bit, 0, u"5"_s);
        row("timestamptz", "2024-01-01 10:00:00.5", TypeKind::TimestampTz, 0,
            u"'2024-01-01 10:00:00.5+00'"_s);
        row("timestamptz BC", "0044-03-15 10:00:00 BC", TypeKind::TimestampTz, 0,
            u"'0044-03-15 10:00:00+00 BC'"_s);
        row("timestamptz infinity", "infinity", TypeKind::TimestampTz, 0, u"'infinity'"_s);
        row("datetime", "2024-02-29 23:59:59.999999", TypeKind::DateTime, 0,
            u"'2024-02-29 23:59:59.999999'"_s);
        row("date", "2024-01-31", TypeKind::Date, 0, u"'2024-01-31'"_s);
        row("year", "2024", TypeKind::Year, 0, u"2024"_s);
    }

    void postgresqlLiteral()
    {
        QFETCH(QByteArray, canonical);
        QFETCH(int, kind);
        QFETCH(int, length);
        QFETCH(QString, expected);
        ColumnType t;
        t.kind = TypeKind(kind);
        t.length = length;
        QCOMPARE(postgresql().literal(
                     std::string_view(canonical.constData(), size_t(canonical.size())), t),
                 expected);
    }

    void postgresqlDeclare_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("declaration");
        QTest::addColumn<QString>("fidelity");
        const auto row = [](const char *name, Engine engine, const ColumnType &type,
                            const QString &declaration, Fidelity fidelity) {
            QTest::newRow(name) << int(engine) << type << declaration << fidelityName(fidelity);
        };
        const auto integer = [](int width, bool isUnsigned = false) {
            ColumnType t = typeOf(TypeKind::Integer);
            t.byteWidth = width;
            t.isUnsigned = isUnsigned;
            return t;
        };
        const auto sized = [](TypeKind kind, int length) {
            ColumnType t = typeOf(kind);
            t.length = length;
            return t;
        };
        const auto decimal = [](int precision, int scale) {
            ColumnType t = typeOf(TypeKind::Decimal);
            t.precision = precision;
            t.scale = scale;
            return t;
        };
        const auto timed = [](TypeKind kind, int fraction) {
            ColumnType t = typeOf(kind);
            t.fraction = fraction;
            return t;
        };
        const auto labelled = [](TypeKind kind, const QStringList &labels) {
            ColumnType t = typeOf(kind);
            t.labels = labels;
            return t;
        };
        const auto native = [](ColumnType t, const QString &declaration) {
            t.native = declaration;
            return t;
        };
        using F = Fidelity;
        const Engine my = Engine::MySql, lite = Engine::Sqlite, pg = Engine::PostgreSql;
        row("mysql bool", my, native(typeOf(TypeKind::Boolean), u"tinyint(1)"_s), u"boolean"_s,
            F::Lossy);
        row("tinyint", my, integer(1), u"smallint"_s, F::Widened);
        row("tinyint unsigned", my, integer(1, true), u"smallint"_s, F::Widened);
        row("smallint", my, integer(2), u"smallint"_s, F::Exact);
        row("smallint unsigned", my, integer(2, true), u"integer"_s, F::Widened);
        row("mediumint", my, integer(3), u"integer"_s, F::Widened);
        row("mediumint unsigned", my, integer(3, true), u"integer"_s, F::Widened);
        row("int", my, integer(4), u"integer"_s, F::Exact);
        row("int unsigned", my, integer(4, true), u"bigint"_s, F::Widened);
        row("bigint", my, integer(8), u"bigint"_s, F::Exact);
        row("bigint unsigned", my, integer(8, true), u"numeric(20,0)"_s, F::Widened);
        row("decimal", my, decimal(65, 30), u"numeric(65,30)"_s, F::Exact);
        row("float", my, typeOf(TypeKind::Float), u"real"_s, F::Exact);
        row("double", my, typeOf(TypeKind::Double), u"double precision"_s, F::Exact);
        row("char", my, sized(TypeKind::Char, 5), u"character(5)"_s, F::Exact);
        row("varchar", my, sized(TypeKind::VarChar, 20), u"character varying(20)"_s, F::Exact);
        row("text", my, sized(TypeKind::Text, 65535), u"text"_s, F::Exact);
        row("binary", my, sized(TypeKind::Binary, 16), u"bytea"_s, F::Exact);
        row("varbinary", my, sized(TypeKind::VarBinary, 255), u"bytea"_s, F::Exact);
        row("blob", my, typeOf(TypeKind::Blob), u"bytea"_s, F::Exact);
        row("date", my, typeOf(TypeKind::Date), u"date"_s, F::Lossy);
        row("time", my, timed(TypeKind::Time, 3), u"time(3)"_s, F::Lossy);
        row("datetime", my, timed(TypeKind::DateTime, 6), u"timestamp(6)"_s, F::Lossy);
        row("timestamp", my, timed(TypeKind::TimestampTz, 0), u"timestamp(0) with time zone"_s,
            F::Lossy);
        row("year", my, typeOf(TypeKind::Year), u"smallint"_s, F::Exact);
        row("json", my, typeOf(TypeKind::Json), u"json"_s, F::Exact);
        row("enum", my, labelled(TypeKind::Enum, {u"a"_s, u"bb"_s, u"ü中😀x"_s}),
            u"character varying(4)"_s, F::Exact);
        row("set", my, labelled(TypeKind::Set, {u"a"_s, u"bb"_s, u"ccc"_s}),
            u"character varying(8)"_s, F::Exact);
        row("bit", my, sized(TypeKind::Bit, 10), u"bit(10)"_s, F::Exact);
        row("uuid", Engine::MariaDb, typeOf(TypeKind::Uuid), u"uuid"_s, F::Exact);
        row("geometry", my, native(typeOf(TypeKind::Spatial), u"geometry"_s), u"geometry"_s,
            F::Exact);
        row("point", my, native(typeOf(TypeKind::Spatial), u"point"_s), u"geometry(Point)"_s,
            F::Exact);
        row("geometrycollection", my, native(typeOf(TypeKind::Spatial), u"geomcollection"_s),
            u"geometry(GeometryCollection)"_s, F::Exact);
        row("other", my, native(typeOf(TypeKind::Other), u"vector(3)"_s), u"text"_s, F::Lossy);
        row("sqlite integer", lite, native(integer(8), u"INTEGER"_s), u"bigint"_s, F::Exact);
        row("sqlite real", lite, native(typeOf(TypeKind::Double), u"REAL"_s), u"double precision"_s,
            F::Exact);
        row("sqlite numeric", lite, native(decimal(0, 0), u"NUMERIC"_s), u"numeric"_s, F::Exact);
        row("sqlite varchar", lite, native(sized(TypeKind::VarChar, 40), u"VARCHAR(40)"_s),
            u"character varying(40)"_s, F::Lossy);
        row("sqlite datetime", lite, native(typeOf(TypeKind::DateTime), u"DATETIME"_s),
            u"timestamp"_s, F::Lossy);
        row("sqlite boolean", lite, native(typeOf(TypeKind::Boolean), u"BOOLEAN"_s), u"boolean"_s,
            F::Lossy);
        row("sqlite blob", lite, native(typeOf(TypeKind::Blob), u"BLOB"_s), u"bytea"_s, F::Exact);
        row("pg numeric", pg, native(decimal(10, 2), u"numeric(10,2)"_s), u"numeric(10,2)"_s,
            F::Exact);
        row("pg array", pg, native(typeOf(TypeKind::Other), u"integer[]"_s), u"integer[]"_s,
            F::Exact);
        row("pg timestamptz", pg,
            native(timed(TypeKind::TimestampTz, 3), u"timestamp(3) with time zone"_s),
            u"timestamp(3) with time zone"_s, F::Exact);
        row("pg enum", pg, native(labelled(TypeKind::Enum, {u"sad"_s, u"happy"_s}), u"src.mood"_s),
            u"character varying(5)"_s, F::Exact);
        row("pg point", pg, native(typeOf(TypeKind::Spatial), u"point"_s), u"point"_s, F::Exact);
    }

    void postgresqlDeclare()
    {
        QFETCH(int, engine);
        QFETCH(ColumnType, type);
        QFETCH(QString, declaration);
        QFETCH(QString, fidelity);
        const TypeChoice c = postgresql().declare(type, Engine(engine));
        QCOMPARE(c.declaration, declaration);
        QCOMPARE(fidelityName(c.fidelity), fidelity);
        if (c.fidelity != Fidelity::Exact)
            QVERIFY(!c.note.isEmpty());
    }

    void postgresqlDeclareNotes()
    {
        ColumnType b = typeOf(TypeKind::Boolean);
        QCOMPARE(postgresql().declare(b, Engine::MySql).note,
                 u"values other than 0 and 1 are refused; override to smallint to keep them"_s);
        ColumnType time = typeOf(TypeKind::Time);
        QCOMPARE(postgresql().declare(time, Engine::MySql).note,
                 u"MySQL TIME outside 00:00:00–24:00:00, e.g. negative durations, is refused; "
                 "override to interval to keep them"_s);
        ColumnType json = typeOf(TypeKind::Json);
        QCOMPARE(postgresql().declare(json, Engine::MySql).note,
                 u"json keeps the text exactly; jsonb would reorder keys"_s);
    }

    // ------------------------------------------------------------------------ SQLite

    void sqliteDeclaresLosslessTypes()
    {
        const Dialect &d = sqlite();
        ColumnType u64;
        u64.kind = TypeKind::Integer;
        u64.byteWidth = 8;
        u64.isUnsigned = true;
        QCOMPARE(d.declare(u64, Engine::MariaDb).declaration, u"VARCHAR(20)"_s);
        QCOMPARE(d.declare(u64, Engine::MariaDb).fidelity, Fidelity::Widened);
        ColumnType dec;
        dec.kind = TypeKind::Decimal;
        dec.precision = 65;
        dec.scale = 30;
        QCOMPARE(d.declare(dec, Engine::MariaDb).declaration, u"DECIMAL_TEXT(65,30)"_s);
        dec.precision = 10;
        dec.scale = 2;
        // TEXT affinity: SQLite keeps the digits as written, never a binary double.
        QCOMPARE(d.declare(dec, Engine::PostgreSql).declaration, u"DECIMAL_TEXT(10,2)"_s);
        QCOMPARE(d.declare(dec, Engine::PostgreSql).fidelity, Fidelity::Exact);
        QCOMPARE(SqliteDialect::affinityOf(u"DECIMAL_TEXT(10,2)"_s), SqliteDialect::Affinity::Text);
        dec.precision = 0;
        dec.scale = 0;
        QCOMPARE(d.declare(dec, Engine::PostgreSql).declaration, u"DECIMAL_TEXT"_s);
        ColumnType geo;
        geo.kind = TypeKind::Spatial;
        QCOMPARE(d.declare(geo, Engine::PostgreSql).declaration, u"GEOMETRY_SRID_WKB"_s);
        QCOMPARE(d.declare(geo, Engine::PostgreSql).fidelity, Fidelity::Exact);
        QCOMPARE(d.quote(u"a\"b"_s), u"\"a\"\"b\""_s);
        ColumnType bytes;
        bytes.kind = TypeKind::Blob;
        QCOMPARE(d.literal(std::string_view("\0\xff", 2), bytes), u"X'00ff'"_s);
        ColumnType text;
        text.kind = TypeKind::Text;
        QCOMPARE(d.literal("it's", text), u"'it''s'"_s);
    }

    // Hard values through every dialect: quotes, backslashes, control and NUL bytes, invalid
    // UTF-8, huge and negative-zero numbers, non-finite floats, zero and BC dates, negative
    // times. A row with a known bug expects the right literal and says what is wrong today.
    void hardLiterals_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("knownBug");
        const auto row = [](Engine engine, const char *name, const QByteArray &canonical,
                            TypeKind kind, int length, const QString &literal,
                            const QString &knownBug) {
            QTest::addRow("%s %s", qPrintable(engines::id(engine)), name)
                << int(engine) << canonical << int(kind) << length << literal << knownBug;
        };
        row(Engine::MariaDb, "integer zero", QByteArray("0", 1), TypeKind::Integer, 0, u"0"_s,
            QString());
        row(Engine::MariaDb, "integer min", QByteArray("-9223372036854775808", 20),
            TypeKind::Integer, 0, u"-9223372036854775808"_s, QString());
        row(Engine::MariaDb, "integer unsigned max", QByteArray("18446744073709551615", 20),
            TypeKind::Integer, 0, u"18446744073709551615"_s, QString());
        row(Engine::MariaDb, "integer negative zero", QByteArray("-0", 2), TypeKind::Integer, 0,
            u"-0"_s, QString());
        row(Engine::MariaDb, "integer injection", QByteArray("1 OR 1=1", 8), TypeKind::Integer, 0,
            u"'1 OR 1=1'"_s, QString());
        row(Engine::MariaDb, "boolean true", QByteArray("1", 1), TypeKind::Boolean, 0, u"1"_s,
            QString());
        row(Engine::MariaDb, "boolean false", QByteArray("0", 1), TypeKind::Boolean, 0, u"0"_s,
            QString());
        row(Engine::MariaDb, "decimal negative zero", QByteArray("-0.00", 5), TypeKind::Decimal, 0,
            u"-0.00"_s, QString());
        row(Engine::MariaDb, "decimal huge",
            QByteArray("-123456789012345678901234567890123456789012345678901234567890."
                       "123456789012345678901234567890",
                       92),
            TypeKind::Decimal, 0,
            u"-123456789012345678901234567890123456789012345678901234567890.123456789012345678901234567890"_s,
            QString());
        row(Engine::MariaDb, "decimal exponent", QByteArray("1E+5", 4), TypeKind::Decimal, 0,
            u"'1E+5'"_s, QString());
        row(Engine::MariaDb, "decimal NaN", QByteArray("NaN", 3), TypeKind::Decimal, 0, u"'NaN'"_s,
            QString());
        row(Engine::MariaDb, "double negative zero", QByteArray("-0", 2), TypeKind::Double, 0,
            u"-0e0"_s, QString());
        row(Engine::MariaDb, "double max", QByteArray("1.7976931348623157e+308", 23),
            TypeKind::Double, 0, u"1.7976931348623157e+308"_s, QString());
        row(Engine::MariaDb, "double denormal", QByteArray("5e-324", 6), TypeKind::Double, 0,
            u"5e-324"_s, QString());
        row(Engine::MariaDb, "double NaN", QByteArray("NaN", 3), TypeKind::Double, 0, u"'NaN'"_s,
            QString());
        row(Engine::MariaDb, "double -Infinity", QByteArray("-Infinity", 9), TypeKind::Double, 0,
            u"'-Infinity'"_s, QString());
        row(Engine::MariaDb, "float negative zero", QByteArray("-0", 2), TypeKind::Float, 0,
            u"-0e0"_s, QString());
        row(Engine::MariaDb, "float max", QByteArray("3.4028235e+38", 13), TypeKind::Float, 0,
            u"3.4028234663852886e+38"_s, QString());
        row(Engine::MariaDb, "text empty", QByteArray("", 0), TypeKind::Text, 0, u"''"_s,
            QString());
        row(Engine::MariaDb, "text quote", QByteArray("'", 1), TypeKind::Text, 0, u"'\\''"_s,
            QString());
        row(Engine::MariaDb, "text quotes and backslashes", QByteArray("it's \\' \"x\" \\\\", 14),
            TypeKind::VarChar, 0, u"'it\\'s \\\\\\' \"x\" \\\\\\\\'"_s, QString());
        row(Engine::MariaDb, "text controls",
            QByteArray("a\x0a"
                       "b\x09"
                       "c\x0d"
                       "d\x1a"
                       "",
                       8),
            TypeKind::Text, 0,
            u"'a\\nb\x09"
            "c\\rd\\Z'"_s,
            QString());
        row(Engine::MariaDb, "text NUL",
            QByteArray("a\x00"
                       "b",
                       3),
            TypeKind::Text, 0, u"'a\\0b'"_s, QString());
        row(Engine::MariaDb, "text unicode",
            QByteArray("\xf0"
                       "\x9f"
                       "\x98"
                       "\x80"
                       " \xc3"
                       "\xbc"
                       " \xe4"
                       "\xb8"
                       "\xad"
                       "",
                       11),
            TypeKind::Char, 0, u"'😀 ü 中'"_s, QString());
        row(Engine::MariaDb, "text invalid UTF-8",
            QByteArray("\xc3"
                       "(",
                       2),
            TypeKind::Text, 0, u"X'c328'"_s, QString());
        row(Engine::MariaDb, "binary NUL",
            QByteArray("\x00"
                       "",
                       1),
            TypeKind::Binary, 0, u"X'00'"_s, QString());
        row(Engine::MariaDb, "binary empty", QByteArray("", 0), TypeKind::VarBinary, 0, u"X''"_s,
            QString());
        row(Engine::MariaDb, "binary quote backslash",
            QByteArray("\x00"
                       "'\\\xff"
                       "",
                       4),
            TypeKind::Blob, 0, u"X'00275cff'"_s, QString());
        row(Engine::MariaDb, "date", QByteArray("2024-02-29", 10), TypeKind::Date, 0,
            u"'2024-02-29'"_s, QString());
        row(Engine::MariaDb, "date zero", QByteArray("0000-00-00", 10), TypeKind::Date, 0,
            u"'0000-00-00'"_s, QString());
        row(Engine::MariaDb, "date BC", QByteArray("0044-03-15 BC", 13), TypeKind::Date, 0,
            u"'0044-03-15 BC'"_s, QString());
        row(Engine::MariaDb, "time negative", QByteArray("-838:59:59", 10), TypeKind::Time, 0,
            u"'-838:59:59'"_s, QString());
        row(Engine::MariaDb, "time fraction", QByteArray("23:59:59.999999", 15), TypeKind::Time, 0,
            u"'23:59:59.999999'"_s, QString());
        row(Engine::MariaDb, "datetime", QByteArray("2024-02-29 23:59:59.999999", 26),
            TypeKind::DateTime, 0, u"'2024-02-29 23:59:59.999999'"_s, QString());
        row(Engine::MariaDb, "timestamptz", QByteArray("2024-01-01 10:00:00.5", 21),
            TypeKind::TimestampTz, 0, u"'2024-01-01 10:00:00.5'"_s, QString());
        row(Engine::MariaDb, "timestamptz infinity", QByteArray("infinity", 8),
            TypeKind::TimestampTz, 0, u"'infinity'"_s, QString());
        row(Engine::MariaDb, "year", QByteArray("2155", 4), TypeKind::Year, 0, u"2155"_s,
            QString());
        row(Engine::MariaDb, "bit with width", QByteArray("5", 1), TypeKind::Bit, 4, u"5"_s,
            QString());
        row(Engine::MariaDb, "bit 64", QByteArray("18446744073709551615", 20), TypeKind::Bit, 64,
            u"18446744073709551615"_s, QString());
        row(Engine::MariaDb, "json", QByteArray("{\"a\": \"it's\"}", 13), TypeKind::Json, 0,
            u"'{\"a\": \"it\\'s\"}'"_s, QString());
        row(Engine::MariaDb, "enum", QByteArray("it's", 4), TypeKind::Enum, 0, u"'it\\'s'"_s,
            QString());
        row(Engine::MariaDb, "set", QByteArray("a,b", 3), TypeKind::Set, 0, u"'a,b'"_s, QString());
        row(Engine::MariaDb, "uuid", QByteArray("123e4567-e89b-12d3-a456-426614174000", 36),
            TypeKind::Uuid, 0, u"'123e4567-e89b-12d3-a456-426614174000'"_s, QString());
        row(Engine::MariaDb, "interval", QByteArray("1 day 02:00:00", 14), TypeKind::Interval, 0,
            u"'1 day 02:00:00'"_s, QString());
        row(Engine::PostgreSql, "integer zero", QByteArray("0", 1), TypeKind::Integer, 0, u"0"_s,
            QString());
        row(Engine::PostgreSql, "integer min", QByteArray("-9223372036854775808", 20),
            TypeKind::Integer, 0, u"-9223372036854775808"_s, QString());
        row(Engine::PostgreSql, "integer unsigned max", QByteArray("18446744073709551615", 20),
            TypeKind::Integer, 0, u"18446744073709551615"_s, QString());
        row(Engine::PostgreSql, "integer negative zero", QByteArray("-0", 2), TypeKind::Integer, 0,
            u"-0"_s, QString());
        row(Engine::PostgreSql, "integer injection", QByteArray("1 OR 1=1", 8), TypeKind::Integer,
            0, u"'1 OR 1=1'"_s, QString());
        row(Engine::PostgreSql, "boolean true", QByteArray("1", 1), TypeKind::Boolean, 0, u"TRUE"_s,
            QString());
        row(Engine::PostgreSql, "boolean false", QByteArray("0", 1), TypeKind::Boolean, 0,
            u"FALSE"_s, QString());
        row(Engine::PostgreSql, "decimal negative zero", QByteArray("-0.00", 5), TypeKind::Decimal,
            0, u"-0.00"_s, QString());
        row(Engine::PostgreSql, "decimal huge",
            QByteArray("-123456789012345678901234567890123456789012345678901234567890."
                       "123456789012345678901234567890",
                       92),
            TypeKind::Decimal, 0,
            u"-123456789012345678901234567890123456789012345678901234567890.123456789012345678901234567890"_s,
            QString());
        row(Engine::PostgreSql, "decimal exponent", QByteArray("1E+5", 4), TypeKind::Decimal, 0,
            u"'1E+5'"_s, QString());
        row(Engine::PostgreSql, "decimal NaN", QByteArray("NaN", 3), TypeKind::Decimal, 0,
            u"'NaN'"_s, QString());
        row(Engine::PostgreSql, "double negative zero", QByteArray("-0", 2), TypeKind::Double, 0,
            u"'-0'"_s, QString());
        row(Engine::PostgreSql, "double max", QByteArray("1.7976931348623157e+308", 23),
            TypeKind::Double, 0, u"'1.7976931348623157e+308'"_s, QString());
        row(Engine::PostgreSql, "double denormal", QByteArray("5e-324", 6), TypeKind::Double, 0,
            u"'5e-324'"_s, QString());
        row(Engine::PostgreSql, "double NaN", QByteArray("NaN", 3), TypeKind::Double, 0, u"'NaN'"_s,
            QString());
        row(Engine::PostgreSql, "double -Infinity", QByteArray("-Infinity", 9), TypeKind::Double, 0,
            u"'-Infinity'"_s, QString());
        row(Engine::PostgreSql, "float negative zero", QByteArray("-0", 2), TypeKind::Float, 0,
            u"'-0'"_s, QString());
        row(Engine::PostgreSql, "float max", QByteArray("3.4028235e+38", 13), TypeKind::Float, 0,
            u"'3.4028235e+38'"_s, QString());
        row(Engine::PostgreSql, "text empty", QByteArray("", 0), TypeKind::Text, 0, u"''"_s,
            QString());
        row(Engine::PostgreSql, "text quote", QByteArray("'", 1), TypeKind::Text, 0, u"''''"_s,
            QString());
        row(Engine::PostgreSql, "text quotes and backslashes",
            QByteArray("it's \\' \"x\" \\\\", 14), TypeKind::VarChar, 0,
            u"'it''s \\'' \"x\" \\\\'"_s, QString());
        row(Engine::PostgreSql, "text controls",
            QByteArray("a\x0a"
                       "b\x09"
                       "c\x0d"
                       "d\x1a"
                       "",
                       8),
            TypeKind::Text, 0,
            u"'a\x0a"
            "b\x09"
            "c\x0d"
            "d\x1a"
            "'"_s,
            QString());
        row(Engine::PostgreSql, "text unicode",
            QByteArray("\xf0"
                       "\x9f"
                       "\x98"
                       "\x80"
                       " \xc3"
                       "\xbc"
                       " \xe4"
                       "\xb8"
                       "\xad"
                       "",
                       11),
            TypeKind::Char, 0, u"'😀 ü 中'"_s, QString());
        row(Engine::PostgreSql, "binary NUL",
            QByteArray("\x00"
                       "",
                       1),
            TypeKind::Binary, 0, u"'\\x00'::bytea"_s, QString());
        row(Engine::PostgreSql, "binary empty", QByteArray("", 0), TypeKind::VarBinary, 0,
            u"'\\x'::bytea"_s, QString());
        row(Engine::PostgreSql, "binary quote backslash",
            QByteArray("\x00"
                       "'\\\xff"
                       "",
                       4),
            TypeKind::Blob, 0, u"'\\x00275cff'::bytea"_s, QString());
        row(Engine::PostgreSql, "date", QByteArray("2024-02-29", 10), TypeKind::Date, 0,
            u"'2024-02-29'"_s, QString());
        row(Engine::PostgreSql, "date zero", QByteArray("0000-00-00", 10), TypeKind::Date, 0,
            u"'0000-00-00'"_s, QString());
        row(Engine::PostgreSql, "date BC", QByteArray("0044-03-15 BC", 13), TypeKind::Date, 0,
            u"'0044-03-15 BC'"_s, QString());
        row(Engine::PostgreSql, "time negative", QByteArray("-838:59:59", 10), TypeKind::Time, 0,
            u"'-838:59:59'"_s, QString());
        row(Engine::PostgreSql, "time fraction", QByteArray("23:59:59.999999", 15), TypeKind::Time,
            0, u"'23:59:59.999999'"_s, QString());
        row(Engine::PostgreSql, "datetime", QByteArray("2024-02-29 23:59:59.999999", 26),
            TypeKind::DateTime, 0, u"'2024-02-29 23:59:59.999999'"_s, QString());
        row(Engine::PostgreSql, "timestamptz", QByteArray("2024-01-01 10:00:00.5", 21),
            TypeKind::TimestampTz, 0, u"'2024-01-01 10:00:00.5+00'"_s, QString());
        row(Engine::PostgreSql, "timestamptz infinity", QByteArray("infinity", 8),
            TypeKind::TimestampTz, 0, u"'infinity'"_s, QString());
        row(Engine::PostgreSql, "year", QByteArray("2155", 4), TypeKind::Year, 0, u"2155"_s,
            QString());
        row(Engine::PostgreSql, "bit with width", QByteArray("5", 1), TypeKind::Bit, 4,
            u"B'0101'"_s, QString());
        row(Engine::PostgreSql, "bit 64", QByteArray("18446744073709551615", 20), TypeKind::Bit, 64,
            u"B'1111111111111111111111111111111111111111111111111111111111111111'"_s, QString());
        row(Engine::PostgreSql, "json", QByteArray("{\"a\": \"it's\"}", 13), TypeKind::Json, 0,
            u"'{\"a\": \"it''s\"}'"_s, QString());
        row(Engine::PostgreSql, "enum", QByteArray("it's", 4), TypeKind::Enum, 0, u"'it''s'"_s,
            QString());
        row(Engine::PostgreSql, "set", QByteArray("a,b", 3), TypeKind::Set, 0, u"'a,b'"_s,
            QString());
        row(Engine::PostgreSql, "uuid", QByteArray("123e4567-e89b-12d3-a456-426614174000", 36),
            TypeKind::Uuid, 0, u"'123e4567-e89b-12d3-a456-426614174000'"_s, QString());
        row(Engine::PostgreSql, "interval", QByteArray("1 day 02:00:00", 14), TypeKind::Interval, 0,
            u"'1 day 02:00:00'"_s, QString());
        row(Engine::Sqlite, "integer zero", QByteArray("0", 1), TypeKind::Integer, 0, u"0"_s,
            QString());
        row(Engine::Sqlite, "integer min", QByteArray("-9223372036854775808", 20),
            TypeKind::Integer, 0, u"-9223372036854775808"_s, QString());
        row(Engine::Sqlite, "integer unsigned max", QByteArray("18446744073709551615", 20),
            TypeKind::Integer, 0, u"'18446744073709551615'"_s, QString());
        row(Engine::Sqlite, "integer negative zero", QByteArray("-0", 2), TypeKind::Integer, 0,
            u"-0"_s, QString());
        row(Engine::Sqlite, "integer injection", QByteArray("1 OR 1=1", 8), TypeKind::Integer, 0,
            u"'1 OR 1=1'"_s, QString());
        row(Engine::Sqlite, "boolean true", QByteArray("1", 1), TypeKind::Boolean, 0, u"1"_s,
            QString());
        row(Engine::Sqlite, "boolean false", QByteArray("0", 1), TypeKind::Boolean, 0, u"0"_s,
            QString());
        row(Engine::Sqlite, "decimal negative zero", QByteArray("-0.00", 5), TypeKind::Decimal, 0,
            u"'-0.00'"_s, QString());
        row(Engine::Sqlite, "decimal huge",
            QByteArray("-123456789012345678901234567890123456789012345678901234567890."
                       "123456789012345678901234567890",
                       92),
            TypeKind::Decimal, 0,
            u"'-123456789012345678901234567890123456789012345678901234567890.123456789012345678901234567890'"_s,
            QString());
        row(Engine::Sqlite, "decimal exponent", QByteArray("1E+5", 4), TypeKind::Decimal, 0,
            u"'1E+5'"_s, QString());
        row(Engine::Sqlite, "decimal NaN", QByteArray("NaN", 3), TypeKind::Decimal, 0, u"'NaN'"_s,
            QString());
        row(Engine::Sqlite, "double negative zero", QByteArray("-0", 2), TypeKind::Double, 0,
            u"-0"_s, QString());
        row(Engine::Sqlite, "double max", QByteArray("1.7976931348623157e+308", 23),
            TypeKind::Double, 0, u"1.7976931348623157e+308"_s, QString());
        row(Engine::Sqlite, "double denormal", QByteArray("5e-324", 6), TypeKind::Double, 0,
            u"5e-324"_s, QString());
        row(Engine::Sqlite, "double NaN", QByteArray("NaN", 3), TypeKind::Double, 0, u"'NaN'"_s,
            u"a bare NaN is read as a column name"_s);
        row(Engine::Sqlite, "double -Infinity", QByteArray("-Infinity", 9), TypeKind::Double, 0,
            u"'-Infinity'"_s, QString());
        row(Engine::Sqlite, "float negative zero", QByteArray("-0", 2), TypeKind::Float, 0, u"-0"_s,
            QString());
        row(Engine::Sqlite, "float max", QByteArray("3.4028235e+38", 13), TypeKind::Float, 0,
            u"3.4028235e+38"_s, QString());
        row(Engine::Sqlite, "text empty", QByteArray("", 0), TypeKind::Text, 0, u"''"_s, QString());
        row(Engine::Sqlite, "text quote", QByteArray("'", 1), TypeKind::Text, 0, u"''''"_s,
            QString());
        row(Engine::Sqlite, "text quotes and backslashes", QByteArray("it's \\' \"x\" \\\\", 14),
            TypeKind::VarChar, 0, u"'it''s \\'' \"x\" \\\\'"_s, QString());
        row(Engine::Sqlite, "text controls",
            QByteArray("a\x0a"
                       "b\x09"
                       "c\x0d"
                       "d\x1a"
                       "",
                       8),
            TypeKind::Text, 0,
            u"'a\x0a"
            "b\x09"
            "c\x0d"
            "d\x1a"
            "'"_s,
            QString());
        row(Engine::Sqlite, "text NUL",
            QByteArray("a\x00"
                       "b",
                       3),
            TypeKind::Text, 0, u"CAST(X'610062' AS TEXT)"_s,
            u"a NUL byte goes into the SQL text, which ends the statement there"_s);
        row(Engine::Sqlite, "text unicode",
            QByteArray("\xf0"
                       "\x9f"
                       "\x98"
                       "\x80"
                       " \xc3"
                       "\xbc"
                       " \xe4"
                       "\xb8"
                       "\xad"
                       "",
                       11),
            TypeKind::Char, 0, u"'😀 ü 中'"_s, QString());
        row(Engine::Sqlite, "text invalid UTF-8",
            QByteArray("\xc3"
                       "(",
                       2),
            TypeKind::Text, 0, u"CAST(X'c328' AS TEXT)"_s,
            u"invalid UTF-8 is replaced by U+FFFD: the bound no longer matches the key"_s);
        row(Engine::Sqlite, "binary NUL",
            QByteArray("\x00"
                       "",
                       1),
            TypeKind::Binary, 0, u"X'00'"_s, QString());
        row(Engine::Sqlite, "binary empty", QByteArray("", 0), TypeKind::VarBinary, 0, u"X''"_s,
            QString());
        row(Engine::Sqlite, "binary quote backslash",
            QByteArray("\x00"
                       "'\\\xff"
                       "",
                       4),
            TypeKind::Blob, 0, u"X'00275cff'"_s, QString());
        row(Engine::Sqlite, "date", QByteArray("2024-02-29", 10), TypeKind::Date, 0,
            u"'2024-02-29'"_s, QString());
        row(Engine::Sqlite, "date zero", QByteArray("0000-00-00", 10), TypeKind::Date, 0,
            u"'0000-00-00'"_s, QString());
        row(Engine::Sqlite, "date BC", QByteArray("0044-03-15 BC", 13), TypeKind::Date, 0,
            u"'0044-03-15 BC'"_s, QString());
        row(Engine::Sqlite, "time negative", QByteArray("-838:59:59", 10), TypeKind::Time, 0,
            u"'-838:59:59'"_s, QString());
        row(Engine::Sqlite, "time fraction", QByteArray("23:59:59.999999", 15), TypeKind::Time, 0,
            u"'23:59:59.999999'"_s, QString());
        row(Engine::Sqlite, "datetime", QByteArray("2024-02-29 23:59:59.999999", 26),
            TypeKind::DateTime, 0, u"'2024-02-29 23:59:59.999999'"_s, QString());
        row(Engine::Sqlite, "timestamptz", QByteArray("2024-01-01 10:00:00.5", 21),
            TypeKind::TimestampTz, 0, u"'2024-01-01 10:00:00.5'"_s, QString());
        row(Engine::Sqlite, "timestamptz infinity", QByteArray("infinity", 8),
            TypeKind::TimestampTz, 0, u"'infinity'"_s, QString());
        row(Engine::Sqlite, "year", QByteArray("2155", 4), TypeKind::Year, 0, u"2155"_s, QString());
        row(Engine::Sqlite, "bit with width", QByteArray("5", 1), TypeKind::Bit, 4, u"5"_s,
            QString());
        row(Engine::Sqlite, "bit 64", QByteArray("18446744073709551615", 20), TypeKind::Bit, 64,
            u"'18446744073709551615'"_s, QString());
        row(Engine::Sqlite, "json", QByteArray("{\"a\": \"it's\"}", 13), TypeKind::Json, 0,
            u"'{\"a\": \"it''s\"}'"_s, QString());
        row(Engine::Sqlite, "enum", QByteArray("it's", 4), TypeKind::Enum, 0, u"'it''s'"_s,
            QString());
        row(Engine::Sqlite, "set", QByteArray("a,b", 3), TypeKind::Set, 0, u"'a,b'"_s, QString());
        row(Engine::Sqlite, "uuid", QByteArray("123e4567-e89b-12d3-a456-426614174000", 36),
            TypeKind::Uuid, 0, u"'123e4567-e89b-12d3-a456-426614174000'"_s, QString());
        row(Engine::Sqlite, "interval", QByteArray("1 day 02:00:00", 14), TypeKind::Interval, 0,
            u"'1 day 02:00:00'"_s, QString());
    }

    void hardLiterals()
    {
        QFETCH(int, engine);
        QFETCH(QByteArray, canonical);
        QFETCH(int, kind);
        QFETCH(int, length);
        QFETCH(QString, literal);
        QFETCH(QString, knownBug);
        ColumnType t;
        t.kind = TypeKind(kind);
        t.length = length;
        if (!knownBug.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownBug), Abort);
        QCOMPARE(dialectOf(Engine(engine))
                     .literal(std::string_view(canonical.constData(), size_t(canonical.size())), t),
                 literal);
    }

    // Every type kind declared by every target dialect, from another engine's source: the
    // declaration, its fidelity and the note the type-mapping preview shows.
    void everyKind_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("source");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("declaration");
        QTest::addColumn<QString>("fidelity");
        QTest::addColumn<QString>("note");
        const auto row = [](Engine target, Engine source, TypeKind kind, const QString &declaration,
                            Fidelity fidelity, const QString &note) {
            QTest::addRow("%s from %s: %s", qPrintable(engines::id(target)),
                          qPrintable(engines::id(source)), qPrintable(ColumnType::kindName(kind)))
                << int(target) << int(source) << sample(kind) << declaration
                << fidelityName(fidelity) << note;
        };
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Boolean, u"TINYINT(1)"_s,
            Fidelity::Exact, u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Integer, u"INT"_s, Fidelity::Exact,
            u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Decimal, u"DECIMAL(12,3)"_s,
            Fidelity::Exact,
            u"PostgreSQL 'NaN' and infinities are refused (MySQL DECIMAL has none)"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Float, u"FLOAT"_s, Fidelity::Lossy,
            u"Infinity, -Infinity and NaN are refused (MySQL FLOAT has none)"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Double, u"DOUBLE"_s, Fidelity::Lossy,
            u"Infinity, -Infinity and NaN are refused (MySQL DOUBLE has none)"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Char,
            u"CHAR(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s, Fidelity::Exact,
            u"byte-wise, case-sensitive like PostgreSQL; MySQL returns CHAR without its trailing spaces"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::VarChar,
            u"VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s, Fidelity::Exact,
            u"byte-wise, case-sensitive like PostgreSQL (utf8mb4_bin ignores trailing spaces in comparisons)"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Text,
            u"LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s, Fidelity::Exact, u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Binary, u"BINARY(16)"_s, Fidelity::Exact,
            u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::VarBinary, u"VARBINARY(255)"_s,
            Fidelity::Exact, u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Blob, u"LONGBLOB"_s, Fidelity::Exact,
            u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Date, u"DATE"_s, Fidelity::Exact,
            u"years 0001-9999 only: BC dates and 'infinity' are refused"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Time, u"TIME(3)"_s, Fidelity::Exact,
            u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::DateTime, u"DATETIME(3)"_s,
            Fidelity::Exact, u"years 0001-9999 only: BC dates and 'infinity' are refused"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::TimestampTz, u"DATETIME(3)"_s,
            Fidelity::Exact, u"stored as UTC; MySQL TIMESTAMP's 1970–2038 range is too narrow"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Year, u"YEAR"_s, Fidelity::Exact, u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Json, u"JSON"_s, Fidelity::Exact,
            u"MariaDB keeps the JSON text as written; MySQL 8 normalises it (key order, spacing)"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Enum,
            u"ENUM('a','it\\'s') CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s, Fidelity::Exact,
            u"labels compared case-sensitively (utf8mb4_bin)"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Set,
            u"SET('a','it\\'s') CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s, Fidelity::Exact,
            u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Bit, u"BIT(12)"_s, Fidelity::Exact,
            u""_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Uuid, u"CHAR(36)"_s, Fidelity::Exact,
            u"kept as text"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Interval, u"VARCHAR(64)"_s,
            Fidelity::Lossy,
            u"kept as its text form ('1 day 02:00:00'): MySQL has no interval type"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Spatial, u"GEOMETRY"_s, Fidelity::Exact,
            u"SRID and WKB kept per value"_s);
        row(Engine::MariaDb, Engine::PostgreSql, TypeKind::Other,
            u"LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s, Fidelity::Lossy,
            u"tsvector has no MySQL type: kept as its text form"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Boolean, u"boolean"_s, Fidelity::Lossy,
            u"values other than 0 and 1 are refused; override to smallint to keep them"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Integer, u"integer"_s, Fidelity::Exact,
            u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Decimal, u"numeric(12,3)"_s,
            Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Float, u"real"_s, Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Double, u"double precision"_s,
            Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Char, u"character(2)"_s, Fidelity::Exact,
            u"PostgreSQL pads character(n) with spaces when read; trailing spaces do not count in comparisons"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::VarChar, u"character varying(100)"_s,
            Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Text, u"text"_s, Fidelity::Exact,
            u"text with NUL bytes is refused; override to bytea to keep it"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Binary, u"bytea"_s, Fidelity::Exact,
            u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::VarBinary, u"bytea"_s, Fidelity::Exact,
            u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Blob, u"bytea"_s, Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Date, u"date"_s, Fidelity::Lossy,
            u"zero dates (0000-00-00) follow the zero-date policy"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Time, u"time(3)"_s, Fidelity::Lossy,
            u"MySQL TIME outside 00:00:00–24:00:00, e.g. negative durations, is refused; override to interval to keep them"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::DateTime, u"timestamp(3)"_s,
            Fidelity::Lossy, u"zero dates (0000-00-00 00:00:00) follow the zero-date policy"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::TimestampTz,
            u"timestamp(3) with time zone"_s, Fidelity::Lossy,
            u"zero dates (0000-00-00 00:00:00) follow the zero-date policy"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Year, u"smallint"_s, Fidelity::Exact,
            u"the year as a number (0 for the zero year)"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Json, u"json"_s, Fidelity::Exact,
            u"json keeps the text exactly; jsonb would reorder keys"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Enum, u"character varying(4)"_s,
            Fidelity::Exact, u"text with a CHECK constraint listing the labels"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Set, u"character varying(6)"_s,
            Fidelity::Exact, u"the labels joined by commas, as text"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Bit, u"bit(12)"_s, Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Uuid, u"uuid"_s, Fidelity::Exact, u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Interval, u"interval"_s, Fidelity::Exact,
            u""_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Spatial, u"geometry"_s, Fidelity::Exact,
            u"PostGIS geometry: SRID and WKB kept per value (needs the postgis extension in the "
            "target database, else bytea)"_s);
        row(Engine::PostgreSql, Engine::MySql, TypeKind::Other, u"text"_s, Fidelity::Lossy,
            u"kept as its text form: the type tsvector is not kept"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Boolean, u"BOOLEAN"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Integer, u"INTEGER"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Decimal, u"DECIMAL_TEXT(12,3)"_s,
            Fidelity::Exact,
            u"kept as text, every digit and the scale's trailing zeros as written"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Float, u"REAL"_s, Fidelity::Lossy,
            u"NaN cannot be stored (SQLite turns it into NULL)"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Double, u"REAL"_s, Fidelity::Lossy,
            u"NaN cannot be stored (SQLite turns it into NULL)"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Char, u"CHAR(2)"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::VarChar, u"VARCHAR(100)"_s,
            Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Text, u"TEXT"_s, Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Binary, u"BLOB"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::VarBinary, u"BLOB"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Blob, u"BLOB"_s, Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Date, u"DATE"_s, Fidelity::Exact,
            u"ISO text"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Time, u"TIME"_s, Fidelity::Exact,
            u"ISO text"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::DateTime, u"DATETIME"_s, Fidelity::Exact,
            u"ISO text"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::TimestampTz, u"TIMESTAMP"_s,
            Fidelity::Exact, u"ISO text in UTC"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Year, u"INTEGER"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Json, u"TEXT"_s, Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Enum, u"TEXT"_s, Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Set, u"TEXT"_s, Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Bit, u"INTEGER"_s, Fidelity::Exact,
            u"the bits as an unsigned integer"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Uuid, u"TEXT"_s, Fidelity::Exact, u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Interval, u"TEXT"_s, Fidelity::Exact,
            u""_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Spatial, u"GEOMETRY_SRID_WKB"_s,
            Fidelity::Exact,
            u"a BLOB: the SRID as 4 bytes little-endian, then the WKB (substr(col, 5) is the "
            "WKB)"_s);
        row(Engine::Sqlite, Engine::PostgreSql, TypeKind::Other, u"TEXT"_s, Fidelity::Lossy,
            u"tsvector has no SQLite equivalent: kept as its text form"_s);
    }

    void everyKind()
    {
        QFETCH(int, target);
        QFETCH(int, source);
        QFETCH(ColumnType, type);
        QFETCH(QString, declaration);
        QFETCH(QString, fidelity);
        QFETCH(QString, note);
        const TypeChoice choice = dialectOf(Engine(target)).declare(type, Engine(source));
        QCOMPARE(choice.declaration, declaration);
        QCOMPARE(fidelityName(choice.fidelity), fidelity);
        QCOMPARE(choice.note, note);
    }

    // The key-range condition every reader and deleteRange use, spelled by each dialect:
    // expanded (not a row comparison) so the key's index serves it; literals per key type.
    void keyRangePredicate_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<bool>("composite");
        QTest::addColumn<bool>("hasLower");
        QTest::addColumn<bool>("hasUpper");
        QTest::addColumn<QString>("predicate");
        const int my = int(Engine::MariaDb), pg = int(Engine::PostgreSql),
                  lite = int(Engine::Sqlite);
        QTest::newRow("unbounded") << my << true << false << false << QString();
        QTest::newRow("mysql single lower") << my << false << true << false << u"`id` > -5"_s;
        QTest::newRow("mysql single both")
            << my << false << true << true << u"`id` > -5 AND `id` <= 9"_s;
        QTest::newRow("mysql composite both")
            << my << true << true << true
            << u"(`id` > -5 OR (`id` = -5 AND `name` > 'it\\'s')) AND (`id` < 9 OR (`id` = 9 "
               "AND `name` <= '\\\\z'))"_s;
        QTest::newRow("postgresql composite upper")
            << pg << true << false << true
            << u"(\"id\" < 9 OR (\"id\" = 9 AND \"name\" <= '\\z'))"_s;
        QTest::newRow("sqlite composite lower")
            << lite << true << true << false
            << u"(\"id\" > -5 OR (\"id\" = -5 AND \"name\" > 'it''s'))"_s;
    }

    void keyRangePredicate()
    {
        QFETCH(int, engine);
        QFETCH(bool, composite);
        QFETCH(bool, hasLower);
        QFETCH(bool, hasUpper);
        QFETCH(QString, predicate);
        Column id;
        id.name = u"id"_s;
        id.type = sample(TypeKind::Integer);
        Column name;
        name.name = u"name"_s;
        name.type = sample(TypeKind::VarChar);
        const QList<Column> keys = composite ? QList<Column> {id, name} : QList<Column> {id};
        KeyRange range;
        if (hasLower)
            range.lower = composite ? KeyValues {"-5", "it's"} : KeyValues {"-5"};
        if (hasUpper)
            range.upper = composite ? KeyValues {"9", "\\z"} : KeyValues {"9"};
        QCOMPARE(ferry::keyRangePredicate(dialectOf(Engine(engine)), keys, range), predicate);
    }

    // A value that reads like a placeholder ("%3") stays as it is in the statement.
    void deleteSomeKeepsPlaceholderLikeValues()
    {
        const TableRef t {u"s"_s, u"t"_s};
        const QString where = u"note = '50%1 off, %3'"_s;
        QCOMPARE(dialectOf(Engine::MariaDb).deleteSome(t, where, 2),
                 u"DELETE FROM `s`.`t` WHERE note = '50%1 off, %3' LIMIT 2"_s);
        QCOMPARE(dialectOf(Engine::PostgreSql).deleteSome(t, where, 2),
                 u"DELETE FROM \"s\".\"t\" WHERE ctid IN (SELECT ctid FROM \"s\".\"t\" WHERE "
                 "note = '50%1 off, %3' LIMIT 2)"_s);
    }
};

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"

// The canonical forms of spatial values and PostgreSQL arrays in other engines: SRID + WKB <->
// PostGIS EWKB byte for byte, array text -> JSON array, and verification's view of both.
#include "values/pgarray.h"
#include "values/spatial.h"
#include "verify/valuecompare.h"

#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

std::string bytes(const char *hex)
{
    return QByteArray::fromHex(hex).toStdString();
}

QByteArray hexOf(const std::string &s)
{
    return QByteArray::fromStdString(s).toHex();
}

} // namespace

class TestTypeValues : public QObject
{
    Q_OBJECT

private slots:
    void spatialRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<QByteArray>("ewkb");
        // POINT(1 2) SRID 4326, little-endian: the SRID moves into the header.
        QTest::newRow("point 4326")
            << QByteArray("e6100000"
                          "0101000000000000000000f03f0000000000000040")
            << QByteArray("0101000020e6100000000000000000f03f0000000000000040");
        // SRID 0 stays plain WKB.
        QTest::newRow("point srid 0") << QByteArray("00000000"
                                                    "0101000000000000000000f03f0000000000000040")
                                      << QByteArray("0101000000000000000000f03f0000000000000040");
        // Big-endian WKB keeps its byte order; the SRID follows it inside the EWKB.
        QTest::newRow("big-endian 3857") << QByteArray("110f0000"
                                                       "00000000013ff00000000000004000000000000000")
                                         << QByteArray("002000000100000f11"
                                                       "3ff00000000000004000000000000000");
    }

    void spatialRoundTrip()
    {
        QFETCH(QByteArray, canonical);
        QFETCH(QByteArray, ewkb);
        const auto to = spatial::toEwkb(bytes(canonical.constData()));
        QVERIFY(to);
        QCOMPARE(hexOf(*to), ewkb);
        const auto back = spatial::fromEwkb(*to);
        QVERIFY(back);
        QCOMPARE(hexOf(*back), canonical);
    }

    void spatialRefusesGarbage()
    {
        QVERIFY(!spatial::toEwkb(bytes("e6100000")));
        QVERIFY(!spatial::fromEwkb(bytes("0201000000")));
        QVERIFY(!spatial::fromEwkb(bytes("01010000")));
    }

    void arrayToJson_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<int>("element");
        QTest::addColumn<QString>("json");
        const int text = int(TypeKind::Text), integer = int(TypeKind::Integer),
                  decimal = int(TypeKind::Decimal), boolean = int(TypeKind::Boolean),
                  dbl = int(TypeKind::Double);
        QTest::newRow("text") << u"{Trailers,\"Deleted Scenes\"}"_s << text
                              << u"[\"Trailers\", \"Deleted Scenes\"]"_s;
        QTest::newRow("empty") << u"{}"_s << text << u"[]"_s;
        QTest::newRow("ints with NULL") << u"{1,-2,NULL}"_s << integer << u"[1, -2, null]"_s;
        QTest::newRow("numeric keeps digits")
            << u"{1.50,0.01,NaN}"_s << decimal << u"[1.50, 0.01, \"NaN\"]"_s;
        QTest::newRow("doubles") << u"{0.1,1e+300,-0,-Infinity}"_s << dbl
                                 << u"[0.1, 1e+300, -0, \"-Infinity\"]"_s;
        QTest::newRow("nested") << u"{{1,2},{3,4}}"_s << integer << u"[[1, 2], [3, 4]]"_s;
        QTest::newRow("booleans") << u"{t,f,NULL}"_s << boolean << u"[true, false, null]"_s;
        QTest::newRow("quoted NULL is text")
            << u"{\"NULL\",NULL,\"\",\" a \"}"_s << text << u"[\"NULL\", null, \"\", \" a \"]"_s;
        QTest::newRow("escapes") << u"{\"say \\\"hi\\\"\",\"back\\\\slash\",\"tab\tx\"}"_s << text
                                 << u"[\"say \\\"hi\\\"\", \"back\\\\slash\", \"tab\\tx\"]"_s;
        QTest::newRow("numbers in a text array stay strings")
            << u"{1,2}"_s << text << u"[\"1\", \"2\"]"_s;
        QTest::newRow("unicode") << u"{ü中😀}"_s << text << u"[\"ü中😀\"]"_s;
    }

    void arrayToJson()
    {
        QFETCH(QString, array);
        QFETCH(int, element);
        QFETCH(QString, json);
        const QByteArray in = array.toUtf8();
        const auto out =
            pgarray::toJson(std::string_view(in.constData(), size_t(in.size())), TypeKind(element));
        QVERIFY(out);
        QCOMPARE(QString::fromStdString(*out), json);
    }

    void arrayWithoutJsonForm()
    {
        QVERIFY(!pgarray::toJson("[0:1]={1,2}", TypeKind::Integer));
        QVERIFY(!pgarray::toJson("{1,2", TypeKind::Integer));
        QVERIFY(!pgarray::toJson("not an array", TypeKind::Text));
    }

    // Verification: an array and its JSON are the same value when the elements are.
    void verificationComparesArraysByMeaning()
    {
        ColumnType source;
        source.kind = TypeKind::Other;
        source.array = true;
        source.elementKind = TypeKind::Integer;
        ColumnType target;
        target.kind = TypeKind::Json;
        const auto form = valuecompare::formFor(source, target);
        QCOMPARE(form, valuecompare::Form::ArrayOfNumbers);
        QVERIFY(valuecompare::same(form, "{1,NULL,3}", "[1, null, 3]"));
        QVERIFY(!valuecompare::same(form, "{1,NULL,3}", "[1, null, 4]"));
        QVERIFY(!valuecompare::same(form, "{1,2}", "{1,2} as text"));
    }
};

QTEST_GUILESS_MAIN(TestTypeValues)
#include "tst_typevalues.moc"

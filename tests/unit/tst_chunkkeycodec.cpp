// The chunk ledger's key codec: every key a planner can produce is stored as text in the
// metadata store and read back byte for byte, readable where JSON allows and base64 where not.
#include "transfer/chunkledger.h"

#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(KeyValues)

namespace {

std::string bytes(const char *data, size_t size)
{
    return std::string(data, size);
}

} // namespace

class TestChunkKeyCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<KeyValues>("key");
        QTest::addColumn<QString>("encoded");

        QTest::newRow("integer") << KeyValues {"42"} << u"[\"42\"]"_s;
        QTest::newRow("negative bigint")
            << KeyValues {"-9223372036854775808"} << u"[\"-9223372036854775808\"]"_s;
        QTest::newRow("unsigned max")
            << KeyValues {"18446744073709551615"} << u"[\"18446744073709551615\"]"_s;
        QTest::newRow("negative decimal") << KeyValues {"-0.000100"} << u"[\"-0.000100\"]"_s;
        QTest::newRow("negative zero") << KeyValues {"-0"} << u"[\"-0\"]"_s;
        QTest::newRow("huge decimal")
            << KeyValues {"-12345678901234567890123456789012345.123456789012345678901234567890"}
            << u"[\"-12345678901234567890123456789012345.123456789012345678901234567890\"]"_s;
        QTest::newRow("empty text") << KeyValues {""} << u"[\"\"]"_s;
        QTest::newRow("quotes") << KeyValues {"it's \"quoted\""} << u"[\"it's \\\"quoted\\\"\"]"_s;
        QTest::newRow("backslashes and controls")
            << KeyValues {"a\\b\n\t\r\x1f"} << u"[\"a\\\\b\\n\\t\\r\\u001f\"]"_s;
        QTest::newRow("unicode") << KeyValues {"😀 ü 中"} << u"[\"😀 ü 中\"]"_s;
        QTest::newRow("text with NUL") << KeyValues {bytes("a\0b", 3)} << u"[{\"b64\":\"YQBi\"}]"_s;
        QTest::newRow("invalid UTF-8")
            << KeyValues {bytes("\xff\xfe", 2)} << u"[{\"b64\":\"//4=\"}]"_s;
        QTest::newRow("binary uuid") << KeyValues {bytes(
            "\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff", 16)}
                                     << u"[{\"b64\":\"ABEiM0RVZneImaq7zN3u/w==\"}]"_s;
        QTest::newRow("text that looks like the binary form")
            << KeyValues {"{\"b64\":\"YQ==\"}"} << u"[\"{\\\"b64\\\":\\\"YQ==\\\"}\"]"_s;
        QTest::newRow("date and time") << KeyValues {"2024-02-29", "23:59:59.999999"}
                                       << u"[\"2024-02-29\",\"23:59:59.999999\"]"_s;
        QTest::newRow("composite of every kind")
            << KeyValues {"-7", "it's", bytes("\0\xff", 2), "", "2024-01-01 00:00:00+00"}
            << u"[\"-7\",\"it's\",{\"b64\":\"AP8=\"},\"\",\"2024-01-01 00:00:00+00\"]"_s;
        QTest::newRow("no columns") << KeyValues {} << u"[]"_s;
    }

    void roundTrip()
    {
        QFETCH(KeyValues, key);
        QFETCH(QString, encoded);
        QCOMPARE(ChunkLedger::encodeKey(key), encoded);
        const std::optional<KeyValues> decoded = ChunkLedger::decodeKey(encoded);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), key.size());
        for (size_t i = 0; i < key.size(); ++i)
            QCOMPARE(QByteArray::fromStdString((*decoded)[i]), QByteArray::fromStdString(key[i]));
    }

    // Every byte value, alone and inside text, survives.
    void everyByte()
    {
        for (int b = 0; b < 256; ++b) {
            // Not "x" + std::string(...): GCC 12 at -O3 (Release) warns of a false overlap there.
            const KeyValues key {std::string(1, char(b)), std::string("x") + char(b) + 'y'};
            const std::optional<KeyValues> decoded =
                ChunkLedger::decodeKey(ChunkLedger::encodeKey(key));
            QVERIFY2(decoded && *decoded == key, qPrintable(QString::number(b)));
        }
    }

    // An open end of a range is no key at all, which differs from a key of empty text.
    void openBoundIsNotEmptyText()
    {
        QCOMPARE(ChunkLedger::encodeKey(std::nullopt), QString());
        QVERIFY(ChunkLedger::encodeKey(std::nullopt).isNull());
        QCOMPARE(ChunkLedger::decodeKey(QString()), std::optional<KeyValues>());
        QCOMPARE(ChunkLedger::decodeKey(u"[\"\"]"_s), std::optional<KeyValues>(KeyValues {""}));
    }
};

QTEST_GUILESS_MAIN(TestChunkKeyCodec)
#include "tst_chunkkeycodec.moc"

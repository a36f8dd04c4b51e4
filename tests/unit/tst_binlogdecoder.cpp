// The binlog decoder on hand-built event bytes, no server: every column type's wire format, the
// NULL and columns-present bitmaps, optional table-map metadata, transaction grouping and
// positions, and malformed input. The same values against a real MariaDB are asserted by
// tst_mysql_changereader.
#include "engines/mysql/binlogdecoder.h"

#include <QTimeZone>
#include <QtTest>

#include <bit>
#include <cstring>

using namespace ferry;
using namespace ferry::binlog;
using namespace Qt::StringLiterals;

namespace {

using Cell = std::optional<std::string>;

// Little helpers that append wire fields.
struct Bytes
{
    std::string s;
    Bytes &le(uint64_t v, int n)
    {
        for (int i = 0; i < n; ++i)
            s += char((v >> (8 * i)) & 0xff);
        return *this;
    }
    Bytes &be(uint64_t v, int n)
    {
        for (int i = n - 1; i >= 0; --i)
            s += char((v >> (8 * i)) & 0xff);
        return *this;
    }
    Bytes &raw(std::string_view b)
    {
        s += b;
        return *this;
    }
    Bytes &packed(uint64_t v)
    {
        if (v < 251)
            return le(v, 1);
        s += char(0xfc);
        return le(v, 2);
    }
    Bytes &lenString(std::string_view b)
    {
        packed(b.size());
        return raw(b);
    }
};

constexpr uint32_t when = 1700000000; // 2023-11-14 22:13:20 UTC

std::string binlogEvent(uint8_t type, const std::string &body, uint32_t logPos,
                        uint32_t serverId = 1, uint16_t flags = 0, bool checksum = true)
{
    Bytes b;
    b.le(when, 4).le(type, 1).le(serverId, 4);
    b.le(19 + body.size() + (checksum ? 4 : 0), 4).le(logPos, 4).le(flags, 2);
    b.raw(body);
    if (checksum)
        b.le(0xdeadbeef, 4); // the decoder strips it; Connector/C may verify it
    return b.s;
}

// MariaDB's heartbeats carry no time (0), so the reader's clock stands in.
std::string heartbeat(const std::string &file, uint32_t logPos)
{
    std::string e = binlogEvent(HeartbeatEvent, file, logPos, 1, EventHeader::artificialFlag);
    std::memset(e.data(), 0, 4);
    return e;
}

std::string formatDescription(bool checksum = true, const std::string &server = "10.11.19-MariaDB")
{
    const bool aware = server != "5.5.62-log";
    Bytes b;
    b.le(4, 2);
    std::string version = server;
    version.resize(50, '\0');
    b.raw(version).le(0, 4).le(19, 1);
    std::string lengths(164, '\0');
    lengths[QueryEvent - 1] = 13;
    lengths[RotateEvent - 1] = 8;
    lengths[TableMapEvent - 1] = 8;
    lengths[WriteRowsV1 - 1] = lengths[UpdateRowsV1 - 1] = lengths[DeleteRowsV1 - 1] = 8;
    lengths[WriteRowsV2 - 1] = lengths[UpdateRowsV2 - 1] = lengths[DeleteRowsV2 - 1] = 10;
    lengths[MariaDbGtidEvent - 1] = 19;
    b.raw(lengths);
    if (aware)
        b.le(checksum ? 1 : 0, 1);
    // A checksum-aware format description carries its own checksum field whatever the
    // algorithm; an older one ends after the lengths.
    const std::string tail = aware ? std::string(4, '\0') : std::string();
    Bytes h;
    h.le(when, 4).le(FormatDescriptionEvent, 1).le(1, 4);
    h.le(19 + b.s.size() + tail.size(), 4).le(256, 4).le(0, 2);
    return h.s + b.s + tail;
}

std::string rotate(const std::string &file, uint64_t position, uint32_t logPos = 0,
                   uint16_t flags = EventHeader::artificialFlag)
{
    return binlogEvent(RotateEvent, Bytes().le(position, 8).raw(file).s, logPos, 1, flags);
}

std::string gtid(uint64_t seq, uint32_t domain, bool standalone, uint32_t logPos)
{
    return binlogEvent(MariaDbGtidEvent,
                       Bytes().le(seq, 8).le(domain, 4).le(standalone ? 1 : 0, 1).s, logPos);
}

std::string query(const std::string &db, const std::string &sql, uint32_t logPos)
{
    Bytes b;
    b.le(7, 4).le(0, 4).le(db.size(), 1).le(0, 2).le(0, 2); // no status variables
    b.raw(db).le(0, 1).raw(sql);
    return binlogEvent(QueryEvent, b.s, logPos);
}

std::string xid(uint32_t logPos)
{
    return binlogEvent(XidEvent, Bytes().le(99, 8).s, logPos);
}

struct MapColumn
{
    uint8_t type;
    std::string meta;
    bool isUnsigned = false;
    std::string name;
};

// A TABLE_MAP with optional metadata: signedness and names when `names`, ENUM/SET labels.
std::string tableMap(uint64_t id, const std::string &db, const std::string &table,
                     const std::vector<MapColumn> &cols, bool names,
                     const std::vector<std::vector<std::string>> &enums = {},
                     const std::vector<std::vector<std::string>> &sets = {}, uint32_t logPos = 0)
{
    Bytes b;
    b.le(id, 6).le(1, 2).le(db.size(), 1).raw(db).le(0, 1).le(table.size(), 1).raw(table).le(0, 1);
    b.packed(cols.size());
    std::string meta;
    for (const auto &c : cols) {
        b.le(c.type, 1);
        meta += c.meta;
    }
    b.lenString(meta);
    b.raw(std::string((cols.size() + 7) / 8, char(0xff))); // every column nullable
    // SIGNEDNESS: one bit per numeric column, most significant first.
    std::string signedness;
    int k = 0;
    for (const auto &c : cols) {
        const bool numeric = c.type == TypeTiny || c.type == TypeShort || c.type == TypeInt24
            || c.type == TypeLong || c.type == TypeLongLong || c.type == TypeNewDecimal
            || c.type == TypeFloat || c.type == TypeDouble;
        if (!numeric)
            continue;
        if (k % 8 == 0)
            signedness += '\0';
        if (c.isUnsigned)
            signedness.back() = char(uint8_t(signedness.back()) | (0x80 >> (k % 8)));
        ++k;
    }
    if (!signedness.empty())
        b.le(1, 1).lenString(signedness);
    if (names) {
        Bytes n;
        for (const auto &c : cols)
            n.lenString(c.name);
        b.le(4, 1).lenString(n.s);
    }
    const auto labels = [&](int type, const std::vector<std::vector<std::string>> &all) {
        if (all.empty())
            return;
        Bytes v;
        for (const auto &l : all) {
            v.packed(l.size());
            for (const auto &s : l)
                v.lenString(s);
        }
        b.le(type, 1).lenString(v.s);
    };
    labels(5, sets);
    labels(6, enums);
    return binlogEvent(TableMapEvent, b.s, logPos);
}

std::string rows(uint8_t type, uint64_t id, size_t columns, const std::vector<bool> &present,
                 const std::string &data, const std::vector<bool> &presentAfter = {},
                 uint32_t logPos = 0, uint16_t flags = 1)
{
    Bytes b;
    b.le(id, 6).le(flags, 2);
    if (type >= WriteRowsV2)
        b.le(2, 2); // no extra data
    b.packed(columns);
    const auto bitmap = [&](const std::vector<bool> &bits) {
        std::string m((columns + 7) / 8, '\0');
        for (size_t i = 0; i < columns; ++i)
            if (bits[i])
                m[i / 8] = char(uint8_t(m[i / 8]) | (1 << (i % 8)));
        b.raw(m);
    };
    bitmap(present);
    if (type == UpdateRowsV1 || type == UpdateRowsV2)
        bitmap(presentAfter);
    b.raw(data);
    return binlogEvent(type, b.s, logPos);
}

Column column(const QString &name, TypeKind kind, const QString &charset = {}, int length = 0)
{
    Column c;
    c.name = name;
    c.type.kind = kind;
    c.type.charset = charset;
    c.type.length = length;
    return c;
}

// The catalog's view of the type table below.
Table typesTable()
{
    Table t;
    t.ref = {u"shop"_s, u"types"_s};
    t.columns = {
        column(u"i8"_s, TypeKind::Integer),
        column(u"u8"_s, TypeKind::Integer),
        column(u"i16"_s, TypeKind::Integer),
        column(u"i24"_s, TypeKind::Integer),
        column(u"u24"_s, TypeKind::Integer),
        column(u"i32"_s, TypeKind::Integer),
        column(u"u64"_s, TypeKind::Integer),
        column(u"f"_s, TypeKind::Float),
        column(u"d"_s, TypeKind::Double),
        column(u"dec"_s, TypeKind::Decimal),
        column(u"y0"_s, TypeKind::Year),
        column(u"y"_s, TypeKind::Year),
        column(u"dt"_s, TypeKind::Date),
        column(u"tm"_s, TypeKind::Time),
        column(u"dtm"_s, TypeKind::DateTime),
        column(u"ts"_s, TypeKind::TimestampTz),
        column(u"vc"_s, TypeKind::VarChar, u"utf8mb4"_s),
        column(u"ch"_s, TypeKind::Char, u"utf8mb4"_s),
        column(u"e"_s, TypeKind::Enum, u"utf8mb4"_s),
        column(u"s"_s, TypeKind::Set, u"utf8mb4"_s),
        column(u"bin"_s, TypeKind::Binary, {}, 4),
        column(u"bl"_s, TypeKind::Blob),
        column(u"bits"_s, TypeKind::Bit),
        column(u"l1"_s, TypeKind::VarChar, u"latin1"_s),
        column(u"tm3"_s, TypeKind::Time),
    };
    t.primaryKey = Index {u"PRIMARY"_s, {u"i32"_s}, true, true};
    return t;
}

std::vector<MapColumn> typesMap()
{
    const auto m2 = [](int a, int b) {
        return std::string {char(a), char(b)};
    };
    const auto m1 = [](int a) {
        return std::string(1, char(a));
    };
    return {
        {TypeTiny, {}, false, "i8"},
        {TypeTiny, {}, true, "u8"},
        {TypeShort, {}, false, "i16"},
        {TypeInt24, {}, false, "i24"},
        {TypeInt24, {}, true, "u24"},
        {TypeLong, {}, false, "i32"},
        {TypeLongLong, {}, true, "u64"},
        {TypeFloat, m1(4), false, "f"},
        {TypeDouble, m1(8), false, "d"},
        {TypeNewDecimal, m2(10, 2), false, "dec"},
        {TypeYear, {}, false, "y0"},
        {TypeYear, {}, false, "y"},
        {TypeDate, {}, false, "dt"},
        {TypeTime2, m1(0), false, "tm"},
        {TypeDateTime2, m1(6), false, "dtm"},
        {TypeTimestamp2, m1(3), false, "ts"},
        {TypeVarChar, m2(300 & 0xff, 300 >> 8), false, "vc"},
        {TypeString, m2(TypeString, 20), false, "ch"},
        {TypeString, m2(TypeEnum, 1), false, "e"},
        {TypeString, m2(TypeSet, 1), false, "s"},
        {TypeString, m2(TypeString, 4), false, "bin"},
        {TypeBlob, m1(2), false, "bl"},
        {TypeBit, m2(2, 1), false, "bits"},
        {TypeVarChar, m2(10, 0), false, "l1"},
        {TypeTime2, m1(3), false, "tm3"},
    };
}

// One row of every type above, and the canonical text MySqlTableReader gives for it.
std::string typesRow()
{
    Bytes b;
    b.raw(std::string(4, '\0')); // NULL bitmap: 25 columns, none NULL
    b.le(0x80, 1); // -128
    b.le(0xff, 1); // 255
    b.le(0x8000, 2); // -32768
    b.le(0xffffff, 3); // -1
    b.le(0xffffff, 3); // 16777215
    b.le(0x80000000, 4); // -2147483648
    b.le(~uint64_t(0), 8);
    b.le(std::bit_cast<uint32_t>(1.2345678f), 4);
    b.le(std::bit_cast<uint64_t>(0.30000000000000004), 8);
    b.be(0x7F439EB1A5, 5); // -12345678.90
    b.le(0, 1);
    b.le(255, 1);
    b.le((2024u << 9) | (2u << 5) | 29u, 3);
    b.be(0x800000 - ((12 << 12) | (30 << 6)), 3); // -12:30:00
    const uint64_t ymd = ((2024u * 13 + 2) << 5) | 29u;
    const uint64_t hms = (23u << 12) | (59u << 6) | 59u;
    b.be(((ymd << 17) | hms) + 0x8000000000ULL, 5).be(999999, 3);
    b.be(1, 4).be(5000, 2); // 00:00:01.500
    b.le(6, 2).raw("h\xc3\xa9llo"); // 2-byte length prefix: VARCHAR(300)
    b.le(4, 1).raw("ab  ");
    b.le(2, 1);
    b.le(5, 1);
    b.le(2, 1).raw("ab");
    b.le(2, 2).raw(std::string("\x00\xff", 2));
    b.be(0x2AA, 2);
    b.le(2, 1).raw("\xe9\x80");
    b.be(0x800000 - 1, 3).be(0x10000 - 5000, 2); // -00:00:00.500
    return b.s;
}

std::vector<Cell> typesExpected()
{
    return {
        "-128",
        "255",
        "-32768",
        "-1",
        "16777215",
        "-2147483648",
        "18446744073709551615",
        "1.2345678",
        "0.30000000000000004",
        "-12345678.90",
        "0",
        "2155",
        "2024-02-29",
        "-12:30:00",
        "2024-02-29 23:59:59.999999",
        "1970-01-01 00:00:01.500",
        "h\xc3\xa9llo",
        "ab",
        "b",
        "x,z",
        std::string("ab\0\0", 4),
        std::string("\x00\xff", 2),
        "682",
        "\xc3\xa9\xe2\x82\xac",
        "-00:00:00.500",
    };
}

QString show(const std::vector<Cell> &cells)
{
    QStringList out;
    for (const Cell &c : cells)
        out << (c ? QString::fromUtf8(c->data(), qsizetype(c->size())).toHtmlEscaped() : u"NULL"_s);
    return out.join(u" | "_s);
}

struct Collected
{
    std::vector<ChangeTransaction> transactions;
    StreamDecoder::Sink sink()
    {
        return [this](ChangeTransaction &&t) -> Status {
            transactions.push_back(std::move(t));
            return {};
        };
    }
};

} // namespace

class TestBinlogDecoder : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnType()
    {
        // Names in the map are absent: columns map by position, signedness from the map.
        const Table table = typesTable();
        StreamDecoder d({table}, "mysql-bin.000001", 4, {}, true);
        Collected c;
        const auto feed = [&](const std::string &e) {
            auto ok = d.feed(e, c.sink());
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
        };
        feed(rotate("mysql-bin.000001", 4));
        feed(formatDescription());
        feed(gtid(5, 0, false, 400));
        feed(tableMap(7, "shop", "types", typesMap(), false, {{"a", "b", "c"}}, {{"x", "y", "z"}},
                      500));
        const std::vector<bool> all(25, true);
        const std::string nullRow = std::string("\xff\xff\xff\x01", 4);
        feed(rows(WriteRowsV1, 7, 25, all, typesRow() + nullRow, {}, 900));
        QCOMPARE(c.transactions.size(), size_t(0));
        feed(xid(1000));
        QCOMPARE(c.transactions.size(), size_t(1));
        const ChangeTransaction &t = c.transactions[0];
        QCOMPARE(t.position, u"mysql-bin.000001:1000;gtid=0-1-5"_s);
        QCOMPARE(t.transactionId, u"0-1-5"_s);
        QCOMPARE(t.commitTime, QDateTime::fromSecsSinceEpoch(when, QTimeZone::utc()));
        QCOMPARE(t.events.size(), size_t(2));
        QCOMPARE(t.events[0].kind, ChangeEvent::Kind::Insert);
        QCOMPARE(t.events[0].table, table.ref);
        QVERIFY(t.events[0].before.empty());
        QVERIFY(t.events[0].after.present.empty());
        QCOMPARE(show(t.events[0].after.values), show(typesExpected()));
        QCOMPARE(t.events[0].after.values, typesExpected());
        QCOMPARE(t.events[1].after.values, std::vector<Cell>(25));
    }

    // With names in the map, columns are matched by name; a minimal image marks the columns
    // the source left out.
    void updateMinimalImageByName()
    {
        Table table;
        table.ref = {u"shop"_s, u"Order Items"_s};
        table.columns = {column(u"id"_s, TypeKind::Integer),
                         column(u"note"_s, TypeKind::VarChar, u"utf8mb4"_s, 20),
                         column(u"qty"_s, TypeKind::Integer)};
        StreamDecoder d({table}, "mysql-bin.000002", 4, u"0-1-9,1-2-3"_s, true);
        Collected c;
        QVERIFY(d.feed(formatDescription(), c.sink()));
        QVERIFY(d.feed(gtid(10, 0, false, 300), c.sink()));
        // The binlog lists the columns in another order than the catalog: names decide.
        const std::vector<MapColumn> map = {
            {TypeLong, {}, false, "id"},
            {TypeShort, {}, true, "qty"},
            {TypeVarChar, std::string {char(80), 0}, false, "note"}};
        QVERIFY(d.feed(tableMap(3, "shop", "Order Items", map, true), c.sink()));
        Bytes data;
        data.le(0, 1).le(42, 4); // before: id only
        data.le(0b10, 1).le(43, 4).le(2, 1).raw("hi"); // after: id, qty (NULL), note
        QVERIFY(
            d.feed(rows(UpdateRowsV2, 3, 3, {true, false, false}, data.s, {true, true, true}, 350),
                   c.sink()));
        Bytes del;
        del.le(0, 1).le(43, 4).le(7, 2).le(2, 1).raw("hi");
        QVERIFY(d.feed(rows(DeleteRowsV2, 3, 3, {true, true, true}, del.s, {}, 380), c.sink()));
        QVERIFY(d.feed(xid(400), c.sink()));
        QCOMPARE(c.transactions.size(), size_t(1));
        const auto &events = c.transactions[0].events;
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].kind, ChangeEvent::Kind::Update);
        QCOMPARE(events[0].before.values, (std::vector<Cell> {"42", {}, {}}));
        QCOMPARE(events[0].before.present, (std::vector<bool> {true, false, false}));
        QCOMPARE(events[0].after.values, (std::vector<Cell> {"43", "hi", {}}));
        QVERIFY(events[0].after.present.empty());
        QCOMPARE(events[1].kind, ChangeEvent::Kind::Delete);
        QCOMPARE(events[1].before.values, (std::vector<Cell> {"43", "hi", "7"}));
        QCOMPARE(c.transactions[0].position, u"mysql-bin.000002:400;gtid=0-1-10,1-2-3"_s);
    }

    void groupsAndPositions()
    {
        Table t;
        t.ref = {u"shop"_s, u"t"_s};
        t.columns = {column(u"id"_s, TypeKind::Integer)};
        StreamDecoder d({t}, "mysql-bin.000001", 1000, u"0-1-4"_s, true);
        d.setClock([] { return QDateTime::fromSecsSinceEpoch(when + 60, QTimeZone::utc()); });
        d.setQuietSeconds(3600);
        Collected c;
        const auto feed = [&](const std::string &e) {
            auto ok = d.feed(e, c.sink());
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
        };
        feed(rotate("mysql-bin.000001", 1000));
        feed(formatDescription()); // log_pos 256 is behind the start: it does not move it
        QCOMPARE(d.position(), u"mysql-bin.000001:1000;gtid=0-1-4"_s);
        // A heartbeat while idle: the position as it is.
        feed(heartbeat("mysql-bin.000001", 1000));
        QCOMPARE(c.transactions.size(), size_t(1));
        QVERIFY(c.transactions[0].events.empty());
        QCOMPARE(c.transactions[0].position, u"mysql-bin.000001:1000;gtid=0-1-4"_s);
        QCOMPARE(c.transactions[0].commitTime,
                 QDateTime::fromSecsSinceEpoch(when + 60, QTimeZone::utc()));
        // A standalone DDL in the scope's schema: its own transaction.
        feed(gtid(5, 0, true, 1100));
        feed(query("shop", "/* x */ ALTER TABLE `t` ADD COLUMN c INT", 1200));
        QCOMPARE(c.transactions.size(), size_t(2));
        QCOMPARE(c.transactions[1].events.size(), size_t(1));
        QCOMPARE(c.transactions[1].events[0].kind, ChangeEvent::Kind::Ddl);
        QCOMPARE(c.transactions[1].events[0].table, (TableRef {u"shop"_s, u"t"_s}));
        QCOMPARE(c.transactions[1].events[0].statement,
                 u"/* x */ ALTER TABLE `t` ADD COLUMN c INT"_s);
        QCOMPARE(c.transactions[1].position, u"mysql-bin.000001:1200;gtid=0-1-5"_s);
        // DDL elsewhere, and rows of a table outside the scope: nothing (quiet for an hour).
        feed(gtid(6, 0, true, 1300));
        feed(query("other", "CREATE TABLE x (a INT)", 1400));
        feed(gtid(7, 0, false, 1500));
        feed(tableMap(9, "shop", "not_captured", {{TypeLong, {}, false, "a"}}, true, {}, {}, 1550));
        feed(rows(WriteRowsV1, 9, 1, {true}, Bytes().le(0, 1).le(1, 4).s, {}, 1600));
        // A heartbeat inside a transaction is not a place to resume from.
        feed(heartbeat("mysql-bin.000001", 1600));
        feed(xid(1700));
        QCOMPARE(c.transactions.size(), size_t(2));
        // MySQL-style BEGIN ... COMMIT, then the file rotates.
        feed(query("shop", "BEGIN", 1800));
        feed(tableMap(2, "shop", "t", {{TypeLong, {}, false, "id"}}, false, {}, {}, 1850));
        feed(rows(WriteRowsV2, 2, 1, {true}, Bytes().le(0, 1).le(77, 4).s, {}, 1900));
        feed(query("shop", "COMMIT", 2000));
        QCOMPARE(c.transactions.size(), size_t(3));
        QCOMPARE(c.transactions[2].position, u"mysql-bin.000001:2000;gtid=0-1-7"_s);
        QCOMPARE(c.transactions[2].events[0].after.values, std::vector<Cell> {"77"});
        feed(rotate("mysql-bin.000002", 4, 2100, 0));
        QCOMPARE(d.position(), u"mysql-bin.000002:4;gtid=0-1-7"_s);
    }

    void tableChangedByDdl()
    {
        Table t;
        t.ref = {u"shop"_s, u"t"_s};
        t.columns = {column(u"id"_s, TypeKind::Integer)};
        StreamDecoder d({t}, "mysql-bin.000001", 4, {}, true);
        Collected c;
        QVERIFY(d.feed(formatDescription(), c.sink()));
        QVERIFY(d.feed(gtid(1, 0, false, 300), c.sink()));
        QVERIFY(
            d.feed(tableMap(2, "shop", "t",
                            {{TypeLong, {}, false, "id"}, {TypeLong, {}, false, "added"}}, false),
                   c.sink()));
        auto ok =
            d.feed(rows(WriteRowsV1, 2, 2, {true, true}, Bytes().le(0, 1).le(1, 8).s), c.sink());
        QVERIFY(!ok);
        QCOMPARE(ok.error().message,
                 u"shop.t changed since capture started: the binlog has 2 columns, the catalog "
                 "1; a DDL altered the table"_s);
        QCOMPARE(ok.error().object, u"shop.t"_s);
    }

    // Every group maps its tables again; the same TABLE_MAP bytes give the same TableMap and
    // decoder as before, other bytes for the same id a new one, and rows still need a map in
    // their own group.
    void tableMapsAcrossGroups()
    {
        Table t;
        t.ref = {u"shop"_s, u"t"_s};
        t.columns = {column(u"id"_s, TypeKind::Integer)};
        StreamDecoder d({t}, "mysql-bin.000001", 4, {}, true);
        Collected c;
        const auto feed = [&](const std::string &e) {
            auto ok = d.feed(e, c.sink());
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
        };
        const std::string map = tableMap(2, "shop", "t", {{TypeLong, {}, false, "id"}}, false);
        feed(formatDescription());
        for (uint32_t id : {77u, 78u}) {
            feed(gtid(id, 0, false, 300 + id));
            feed(map);
            feed(rows(WriteRowsV1, 2, 1, {true}, Bytes().le(0, 1).le(id, 4).s));
            feed(xid(400 + id));
        }
        QCOMPARE(c.transactions.size(), size_t(2));
        QCOMPARE(c.transactions[0].events[0].after.values, std::vector<Cell> {"77"});
        QCOMPARE(c.transactions[1].events[0].after.values, std::vector<Cell> {"78"});

        EventDecoder events;
        QVERIFY(events.decode(formatDescription()));
        auto first = events.decode(map);
        auto again = events.decode(map);
        QVERIFY(first && again);
        QCOMPARE(again->tableMap.get(), first->tableMap.get());

        // Rows without a map in their group.
        feed(gtid(79, 0, false, 600));
        auto unmapped =
            d.feed(rows(WriteRowsV1, 2, 1, {true}, Bytes().le(0, 1).le(79, 4).s), c.sink());
        QVERIFY(!unmapped);
        QVERIFY2(unmapped.error().message.contains(u"without its TABLE_MAP"_s),
                 qPrintable(unmapped.error().message));

        // The same id mapped with other columns (a DDL): decoded anew, and refused.
        StreamDecoder altered({t}, "mysql-bin.000001", 4, {}, true);
        QVERIFY(altered.feed(formatDescription(), c.sink()));
        QVERIFY(altered.feed(gtid(80, 0, false, 700), c.sink()));
        QVERIFY(altered.feed(map, c.sink()));
        QVERIFY(altered.feed(xid(710), c.sink()));
        QVERIFY(altered.feed(gtid(81, 0, false, 720), c.sink()));
        QVERIFY(altered.feed(tableMap(2, "shop", "t",
                                      {{TypeLong, {}, false, "id"}, {TypeLong, {}, false, "added"}},
                                      false),
                             c.sink()));
        auto changed = altered.feed(
            rows(WriteRowsV1, 2, 2, {true, true}, Bytes().le(0, 1).le(1, 8).s), c.sink());
        QVERIFY(!changed);
        QCOMPARE(changed.error().message,
                 u"shop.t changed since capture started: the binlog has 2 columns, the catalog "
                 "1; a DDL altered the table"_s);
    }

    void malformedInputIsAnError()
    {
        Table table = typesTable();
        const std::string good = rows(WriteRowsV1, 7, 25, std::vector<bool>(25, true), typesRow());
        // 19 header + 8 post-header + 1 column count + 4 bitmap + 4 checksum: no rows at all.
        const size_t noRows = 36;
        for (size_t cut = 0; cut < good.size(); cut += 3) {
            if (cut == noRows)
                continue;
            StreamDecoder d({table}, "mysql-bin.000001", 4, {}, true);
            Collected c;
            QVERIFY(d.feed(formatDescription(), c.sink()));
            QVERIFY(d.feed(gtid(5, 0, false, 400), c.sink()));
            QVERIFY(d.feed(tableMap(7, "shop", "types", typesMap(), false, {{"a", "b"}}, {{"x"}}),
                           c.sink()));
            // Cut the event short but keep its length field honest, so the body is what breaks.
            std::string e = good.substr(0, cut);
            if (e.size() >= 13) {
                const uint32_t n = uint32_t(e.size());
                std::memcpy(e.data() + 9, &n, 4);
            }
            QVERIFY(!d.feed(e, c.sink()));
        }
    }

    // Found by fuzz_binlog: a rows event whose bitmap names no column has rows of zero bytes,
    // which decoded forever (out of memory).
    void rowsWithoutColumns()
    {
        Table t;
        t.ref = {u"shop"_s, u"t"_s};
        t.columns = {column(u"id"_s, TypeKind::Integer)};
        StreamDecoder d({t}, "mysql-bin.000001", 4, {}, true);
        Collected c;
        QVERIFY(d.feed(formatDescription(), c.sink()));
        QVERIFY(d.feed(gtid(1, 0, false, 300), c.sink()));
        QVERIFY(d.feed(tableMap(2, "shop", "t", {{TypeLong, {}, false, "id"}}, false), c.sink()));
        auto ok = d.feed(rows(WriteRowsV1, 2, 1, {false}, "x"), c.sink());
        QVERIFY(!ok);
        QCOMPARE(ok.error().message,
                 u"malformed binlog event: shop.t: a rows event has rows without columns"_s);
    }

    // MySQL's binary JSON is refused by name, whether or not a row holds a value.
    void mysqlJsonIsRefused()
    {
        Table t;
        t.ref = {u"shop"_s, u"docs"_s};
        t.columns = {column(u"id"_s, TypeKind::Integer), column(u"doc"_s, TypeKind::Json)};
        t.columns[1].type.native = u"json"_s;
        StreamDecoder d({t}, "binlog.000001", 4, {}, true);
        Collected c;
        QVERIFY(d.feed(formatDescription(), c.sink()));
        QVERIFY(d.feed(query("shop", "BEGIN", 300), c.sink()));
        QVERIFY(d.feed(
            tableMap(2, "shop", "docs",
                     {{TypeLong, {}, false, "id"}, {TypeJson, std::string(1, '\4'), false, "doc"}},
                     true),
            c.sink()));
        auto ok =
            d.feed(rows(WriteRowsV2, 2, 2, {true, true}, Bytes().le(2, 1).le(1, 4).s), c.sink());
        QVERIFY(!ok);
        QCOMPARE(ok.error().code, Error::Code::Unsupported);
        QCOMPARE(ok.error().message,
                 u"shop.docs: column doc (json) is MySQL's binary JSON, which capture cannot "
                 "decode yet"_s);
    }

    // A MySQL 5.5 format description has no checksum algorithm: events carry no checksum.
    void checksumUnawareServer()
    {
        Table t;
        t.ref = {u"shop"_s, u"t"_s};
        t.columns = {column(u"id"_s, TypeKind::Integer)};
        StreamDecoder d({t}, "mysql-bin.000001", 4, {}, true);
        Collected c;
        QVERIFY(d.feed(formatDescription(false, "5.5.62-log"), c.sink()));
        const auto plain = [](uint8_t type, const std::string &body, uint32_t pos) {
            return binlogEvent(type, body, pos, 1, 0, false);
        };
        Bytes q;
        q.le(7, 4).le(0, 4).le(4, 1).le(0, 2).le(0, 2).raw("shop").le(0, 1).raw("BEGIN");
        QVERIFY(d.feed(plain(QueryEvent, q.s, 300), c.sink()));
        Bytes map;
        map.le(2, 6).le(1, 2).le(4, 1).raw("shop").le(0, 1).le(1, 1).raw("t").le(0, 1);
        map.packed(1).le(TypeLong, 1).packed(0).le(1, 1);
        QVERIFY(d.feed(plain(TableMapEvent, map.s, 350), c.sink()));
        Bytes row;
        row.le(2, 6).le(1, 2).packed(1).le(1, 1).le(0, 1).le(41, 4);
        QVERIFY(d.feed(plain(WriteRowsV1, row.s, 400), c.sink()));
        QVERIFY(d.feed(plain(XidEvent, Bytes().le(5, 8).s, 430), c.sink()));
        QCOMPARE(c.transactions.size(), size_t(1));
        QCOMPARE(c.transactions[0].events[0].after.values, std::vector<Cell> {"41"});
        QCOMPARE(c.transactions[0].position, u"mysql-bin.000001:430"_s);
    }

    void latin1()
    {
        QCOMPARE(latin1ToUtf8("caf\xe9 \x80 \x81 \xff"),
                 std::string("caf\xc3\xa9 \xe2\x82\xac \xc2\x81 \xc3\xbf"));
    }

    void parsePosition()
    {
        const auto p = StreamDecoder::parsePosition(u"mysql-bin.000003:1234;gtid=0-1-42,1-2-3"_s);
        QVERIFY(p);
        QCOMPARE(p->file, std::string("mysql-bin.000003"));
        QCOMPARE(p->offset, uint64_t(1234));
        QCOMPARE(p->gtids, u"0-1-42,1-2-3"_s);
        QVERIFY(StreamDecoder::parsePosition(u"mysql-bin.000003:4"_s));
        QVERIFY(!StreamDecoder::parsePosition(u"0/16B3748"_s));
        QVERIFY(!StreamDecoder::parsePosition(u"mysql-bin.000003:"_s));
        QVERIFY(!StreamDecoder::parsePosition(u"mysql-bin.000003:2"_s));
    }
};

QTEST_GUILESS_MAIN(TestBinlogDecoder)
#include "tst_binlogdecoder.moc"

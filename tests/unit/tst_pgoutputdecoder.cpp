// The pgoutput decoder on hand-built protocol bytes: no server.

#include "engines/postgresql/pgoutputdecoder.h"

#include <QtTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace ferry;
using namespace ferry::pgoutput;

namespace {

// Builds one protocol message, big-endian as PostgreSQL sends it.
struct Msg
{
    std::string s;
    Msg &u8(int v)
    {
        s.push_back(char(v));
        return *this;
    }
    Msg &u16(int v) { return u8(v >> 8).u8(v & 0xff); }
    Msg &u32(std::uint32_t v) { return u16(int(v >> 16)).u16(int(v & 0xffff)); }
    Msg &u64(std::uint64_t v) { return u32(std::uint32_t(v >> 32)).u32(std::uint32_t(v)); }
    Msg &str(std::string_view v)
    {
        s.append(v);
        s.push_back('\0');
        return *this;
    }
    Msg &text(std::string_view v)
    {
        u8('t').u32(std::uint32_t(v.size()));
        s.append(v);
        return *this;
    }
    operator std::string_view() const { return s; }
};

ColumnType type(TypeKind kind, const QString &native)
{
    ColumnType t;
    t.kind = kind;
    t.native = native;
    return t;
}

// public.items (id int4 PK, flag bool, data bytea, at timestamptz, note text, f float4)
Table items()
{
    Table t;
    t.ref = {u"public"_s, u"items"_s};
    const auto column = [](const QString &name, TypeKind kind, const QString &native) {
        Column c;
        c.name = name;
        c.type = type(kind, native);
        return c;
    };
    t.columns = {
        column(u"id"_s, TypeKind::Integer, u"integer"_s),
        column(u"flag"_s, TypeKind::Boolean, u"boolean"_s),
        column(u"data"_s, TypeKind::Blob, u"bytea"_s),
        column(u"at"_s, TypeKind::TimestampTz, u"timestamp with time zone"_s),
        column(u"note"_s, TypeKind::Text, u"text"_s),
        column(u"f"_s, TypeKind::Float, u"real"_s),
    };
    Index pk;
    pk.columns = {u"id"_s};
    pk.primary = true;
    t.primaryKey = pk;
    return t;
}

std::string begin(std::uint32_t xid)
{
    return Msg().u8('B').u64(0x1000).u64(0).u32(xid).s;
}

std::string commit(std::uint64_t end, std::int64_t time)
{
    return Msg().u8('C').u8(0).u64(end - 8).u64(end).u64(std::uint64_t(time)).s;
}

// The Relation message of items, columns in the server's order (the table's, but "f" first).
std::string relation(std::uint32_t oid, const char *schema = "public", const char *name = "items")
{
    Msg m;
    m.u8('R').u32(oid).str(schema).str(name).u8('d').u16(6);
    m.u8(0).str("f").u32(700).u32(0xffffffff);
    m.u8(1).str("id").u32(23).u32(0xffffffff);
    m.u8(0).str("flag").u32(16).u32(0xffffffff);
    m.u8(0).str("data").u32(17).u32(0xffffffff);
    m.u8(0).str("at").u32(1184).u32(0xffffffff);
    m.u8(0).str("note").u32(25).u32(0xffffffff);
    return m.s;
}

using Cells = std::vector<std::optional<std::string>>;

std::optional<std::string> v(const char *text)
{
    return std::string(text);
}

} // namespace

class TestPgOutputDecoder : public QObject
{
    Q_OBJECT

private slots:
    void lsn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("value");
        QTest::newRow("small") << u"0/16B3748"_s << true << quint64(0x16B3748);
        QTest::newRow("max") << u"FFFFFFFF/FFFFFFFF"_s << true << ~quint64(0);
        QTest::newRow("high") << u"1/0"_s << true << (quint64(1) << 32);
        QTest::newRow("lower case") << u"a/b"_s << true << ((quint64(10) << 32) | 11);
        QTest::newRow("no slash") << u"16B3748"_s << false << quint64(0);
        QTest::newRow("empty half") << u"/1"_s << false << quint64(0);
        QTest::newRow("too long") << u"123456789/0"_s << false << quint64(0);
        QTest::newRow("not hex") << u"0/xyz"_s << false << quint64(0);
        QTest::newRow("sign") << u"+1/0"_s << false << quint64(0);
        QTest::newRow("mysql") << u"mysql-bin.000003:1234"_s << false << quint64(0);
    }
    void lsn()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint64, value);
        const auto parsed = parseLsn(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, value);
            QCOMPARE(formatLsn(*parsed), text.toUpper());
        }
    }

    void pgTime()
    {
        QCOMPARE(fromPgTime(0), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(fromPgTime(1500), QDateTime(QDate(2000, 1, 1), QTime(0, 0, 0, 1), Qt::UTC));
        QCOMPARE(fromPgTime(-1000),
                 QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
        const QDateTime t(QDate(2024, 6, 1), QTime(12, 0, 0, 250), Qt::UTC);
        QCOMPARE(fromPgTime(toPgTime(t)), t);
    }

    void frames()
    {
        const std::string x = Msg().u8('w').u64(0x10).u64(0x20).u64(7).u8('B').s;
        auto w = parseFrame(x);
        QVERIFY(w);
        QCOMPARE(w->kind, Frame::Kind::XLogData);
        QCOMPARE(w->walStart, Lsn(0x10));
        QCOMPARE(w->walEnd, Lsn(0x20));
        QCOMPARE(w->serverTime, 7);
        QCOMPARE(w->payload, std::string_view("B"));

        const std::string k = Msg().u8('k').u64(0x1234).u64(99).u8(1).s;
        auto ka = parseFrame(k);
        QVERIFY(ka);
        QCOMPARE(ka->kind, Frame::Kind::Keepalive);
        QCOMPARE(ka->walEnd, Lsn(0x1234));
        QCOMPARE(ka->serverTime, 99);
        QCOMPARE(ka->replyRequested, true);

        QVERIFY(!parseFrame(k.substr(0, k.size() - 1)));
        QVERIFY(!parseFrame(x.substr(0, 24)));
        QVERIFY(!parseFrame(""));
        QVERIFY(!parseFrame("z"));
    }

    void statusUpdate()
    {
        const std::string m = standbyStatusUpdate(0x0102, 0x0A0B, 0x0C0D, 0x10, true);
        const std::string expected =
            Msg().u8('r').u64(0x0102).u64(0x0A0B).u64(0x0C0D).u64(0x10).u8(1).s;
        QCOMPARE(m, expected);
    }

    void transaction()
    {
        PgOutputDecoder d({items()});
        QVERIFY(d.decode(begin(731)));
        QVERIFY(d.inTransaction());
        QVERIFY(d.decode(relation(16384)));
        // Insert: f, id, flag, data, at, note (the server's column order)
        const std::string insert = Msg()
                                       .u8('I')
                                       .u32(16384)
                                       .u8('N')
                                       .u16(6)
                                       .text("100000000000000")
                                       .text("1")
                                       .text("t")
                                       .text("\\x00ff5c")
                                       .text("2024-06-01 06:30:00.123456+00")
                                       .u8('n')
                                       .s;
        auto r = d.decode(insert);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(!r->has_value());
        // Update of a non-key column with an unchanged TOAST note: no old tuple.
        const std::string update = Msg()
                                       .u8('U')
                                       .u32(16384)
                                       .u8('N')
                                       .u16(6)
                                       .text("NaN")
                                       .text("1")
                                       .text("f")
                                       .text("\\x")
                                       .text("infinity")
                                       .u8('u')
                                       .s;
        QVERIFY(d.decode(update));
        // Update of the key: the old key ('K') with the other columns NULL.
        const std::string keyChange = Msg()
                                          .u8('U')
                                          .u32(16384)
                                          .u8('K')
                                          .u16(6)
                                          .u8('n')
                                          .text("1")
                                          .u8('n')
                                          .u8('n')
                                          .u8('n')
                                          .u8('n')
                                          .u8('N')
                                          .u16(6)
                                          .text("-Infinity")
                                          .text("2")
                                          .text("f")
                                          .u8('n')
                                          .u8('n')
                                          .text("tab\there")
                                          .s;
        QVERIFY(d.decode(keyChange));
        const std::string del = Msg()
                                    .u8('D')
                                    .u32(16384)
                                    .u8('K')
                                    .u16(6)
                                    .u8('n')
                                    .text("2")
                                    .u8('n')
                                    .u8('n')
                                    .u8('n')
                                    .u8('n')
                                    .s;
        QVERIFY(d.decode(del));
        QVERIFY(d.decode(Msg().u8('T').u32(1).u8(2).u32(16384)));
        QVERIFY(d.decode(Msg().u8('O').u64(5).str("origin")));
        QVERIFY(d.decode(Msg().u8('Y').u32(99).str("public").str("mood")));
        QVERIFY(d.decode(Msg().u8('M').u8(1).u64(5).str("prefix").u32(3).u8('a').u8('b').u8(0)));

        const std::int64_t when = 770000000LL * 1000000 + 42; // 2024-05-27 ...
        auto done = d.decode(commit(0x1600A0, when));
        QVERIFY(done);
        QVERIFY(done->has_value());
        QVERIFY(!d.inTransaction());
        QCOMPARE(d.lastCommitEnd(), Lsn(0x1600A0));
        const ChangeTransaction &t = **done;
        QCOMPARE(t.position, u"0/1600A0"_s);
        QCOMPARE(t.transactionId, u"731"_s);
        QCOMPARE(t.commitTime, fromPgTime(when));
        QCOMPARE(t.events.size(), size_t(5));

        const ChangeEvent &ins = t.events[0];
        QCOMPARE(ins.kind, ChangeEvent::Kind::Insert);
        QCOMPARE(ins.table, (TableRef {u"public"_s, u"items"_s}));
        QCOMPARE(ins.after.values,
                 (Cells {v("1"), v("1"), std::string("\x00\xff\\", 3),
                         v("2024-06-01 06:30:00.123456"), std::nullopt, v("1e+14")}));
        QVERIFY(ins.after.present.empty());
        QVERIFY(ins.before.empty());

        const ChangeEvent &upd = t.events[1];
        QCOMPARE(upd.kind, ChangeEvent::Kind::Update);
        QCOMPARE(upd.after.values,
                 (Cells {v("1"), v("0"), v(""), v("infinity"), std::nullopt, v("NaN")}));
        QCOMPARE(upd.after.present, (std::vector<bool> {true, true, true, true, false, true}));
        QCOMPARE(upd.before.values, (Cells {v("1"), {}, {}, {}, {}, {}}));
        QCOMPARE(upd.before.present, (std::vector<bool> {true, false, false, false, false, false}));

        const ChangeEvent &key = t.events[2];
        QCOMPARE(key.before.values, (Cells {v("1"), {}, {}, {}, {}, {}}));
        QCOMPARE(key.before.present, (std::vector<bool> {true, false, false, false, false, false}));
        QCOMPARE(key.after.values,
                 (Cells {v("2"), v("0"), {}, {}, v("tab\there"), v("-Infinity")}));
        QVERIFY(key.after.present.empty());

        const ChangeEvent &gone = t.events[3];
        QCOMPARE(gone.kind, ChangeEvent::Kind::Delete);
        QCOMPARE(gone.before.values, (Cells {v("2"), {}, {}, {}, {}, {}}));
        QCOMPARE(gone.before.present,
                 (std::vector<bool> {true, false, false, false, false, false}));
        QVERIFY(gone.after.empty());

        const ChangeEvent &trunc = t.events[4];
        QCOMPARE(trunc.kind, ChangeEvent::Kind::Ddl);
        QCOMPARE(trunc.statement, u"TRUNCATE \"public\".\"items\" RESTART IDENTITY"_s);
    }

    void fullIdentity()
    {
        PgOutputDecoder d({items()});
        QVERIFY(d.decode(begin(9)));
        // REPLICA IDENTITY FULL flags every column as the identity; the old row is 'O'.
        Msg m;
        m.u8('R').u32(7).str("public").str("items").u8('f').u16(2);
        m.u8(1).str("id").u32(23).u32(0xffffffff);
        m.u8(1).str("note").u32(25).u32(0xffffffff);
        QVERIFY(d.decode(m));
        QVERIFY(d.decode(
            Msg().u8('U').u32(7).u8('O').u16(2).text("5").text("old").u8('N').u16(2).text("5").text(
                "new")));
        auto done = d.decode(commit(0x100, 0));
        QVERIFY(done && done->has_value());
        // A relation without some of the table's columns is told as a schema change first.
        QCOMPARE((*done)->events.size(), size_t(2));
        QCOMPARE((*done)->events.at(0).statement,
                 u"ALTER TABLE \"public\".\"items\" DROP COLUMN \"flag\", DROP COLUMN "
                 "\"data\", DROP COLUMN \"at\", DROP COLUMN \"f\""_s);
        const ChangeEvent &e = (*done)->events.at(1);
        // Columns the relation does not send (the table has more) are not present.
        QCOMPARE(e.before.values, (Cells {v("5"), {}, {}, {}, v("old"), {}}));
        QCOMPARE(e.before.present, (std::vector<bool> {true, false, false, false, true, false}));
        QCOMPARE(e.after.values, (Cells {v("5"), {}, {}, {}, v("new"), {}}));
    }

    void otherRelationsAreSkipped()
    {
        PgOutputDecoder d({items()});
        QVERIFY(d.decode(begin(1)));
        QVERIFY(d.decode(relation(1, "public", "elsewhere")));
        QVERIFY(d.decode(Msg().u8('I').u32(1).u8('N').u16(1).text("x")));
        QVERIFY(d.decode(Msg().u8('T').u32(1).u8(0).u32(1)));
        auto done = d.decode(commit(0x200, 0));
        QVERIFY(done && done->has_value());
        QCOMPARE((*done)->events.size(), size_t(0));
    }

    void schemaChanges_data()
    {
        QTest::addColumn<QByteArray>("relation");
        QTest::addColumn<QString>("statement");
        // items as the server sends it after a change: `columns` in place of the table's own.
        const auto sent = [](const std::vector<std::tuple<const char *, std::uint32_t, int>> &cs) {
            Msg m;
            m.u8('R').u32(1).str("public").str("items").u8('d').u16(std::uint16_t(cs.size()));
            for (const auto &[name, oid, typmod] : cs)
                m.u8(std::string_view(name) == "id" ? 1 : 0)
                    .str(name)
                    .u32(oid)
                    .u32(std::uint32_t(typmod));
            return QByteArray(m.s.data(), qsizetype(m.s.size()));
        };
        const std::vector<std::tuple<const char *, std::uint32_t, int>> same = {
            {"id", 23, -1},   {"flag", 16, -1}, {"data", 17, -1},
            {"at", 1184, -1}, {"note", 25, -1}, {"f", 700, -1}};
        auto added = same;
        added.push_back({"qty", 1700, (12 << 16 | 2) + 4});
        auto dropped = same;
        dropped.erase(dropped.begin() + 4);
        auto renamed = same;
        std::get<0>(renamed[4]) = "remark";
        auto widened = same;
        widened[0] = {"id", 20, -1};
        QTest::newRow("added") << sent(added)
                               << u"ALTER TABLE \"public\".\"items\" ADD COLUMN \"qty\" "
                                  "numeric(12,2)"_s;
        QTest::newRow("dropped") << sent(dropped)
                                 << u"ALTER TABLE \"public\".\"items\" DROP COLUMN \"note\""_s;
        QTest::newRow("renamed") << sent(renamed)
                                 << u"ALTER TABLE \"public\".\"items\" RENAME COLUMN \"note\" "
                                    "TO \"remark\""_s;
        QTest::newRow("widened") << sent(widened)
                                 << u"ALTER TABLE \"public\".\"items\" ALTER COLUMN \"id\" "
                                    "TYPE bigint"_s;
        QTest::newRow("unchanged") << sent(same) << QString();
    }

    // A Relation message that differs from the table is a schema change, told as the ALTER
    // TABLE that makes the table what the server sent, before the transaction's rows.
    void schemaChanges()
    {
        QFETCH(QByteArray, relation);
        QFETCH(QString, statement);
        Table t = items();
        t.columns[0].type.byteWidth = 4;
        PgOutputDecoder d({t});
        for (const std::string &m :
             {begin(7), std::string(relation.constData(), size_t(relation.size()))}) {
            auto r = d.decode(m);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        }
        auto done = d.decode(commit(0x20, 0));
        QVERIFY(done && done->has_value());
        const ChangeTransaction &tx = **done;
        if (statement.isEmpty()) {
            QCOMPARE(tx.events.size(), size_t(0));
            return;
        }
        QCOMPARE(tx.events.size(), size_t(1));
        QVERIFY(tx.events[0].kind == ChangeEvent::Kind::Ddl);
        QCOMPARE(tx.events[0].table.display(), u"public.items"_s);
        QCOMPARE(tx.events[0].statement, statement);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArrayList>("messages");
        QTest::addColumn<QString>("error");
        const auto list = [](std::initializer_list<std::string> ms) {
            QByteArrayList out;
            for (const std::string &m : ms)
                out << QByteArray(m.data(), qsizetype(m.size()));
            return out;
        };
        QTest::newRow("insert outside a transaction")
            << list({relation(1), Msg().u8('I').u32(1).u8('N').u16(0).s})
            << u"outside a transaction"_s;
        QTest::newRow("commit outside a transaction")
            << list({commit(0x10, 0)}) << u"Commit at 0/10 outside"_s;
        QTest::newRow("nested begin")
            << list({begin(1), begin(2)}) << u"Begin of transaction 2 inside another"_s;
        QTest::newRow("unknown relation") << list({begin(1), Msg().u8('I').u32(5).u8('N').u16(0).s})
                                          << u"relation 5 before its Relation message"_s;
        QTest::newRow("column count")
            << list({begin(1), relation(1), Msg().u8('I').u32(1).u8('N').u16(1).text("1").s})
            << u"has 1 columns where its Relation message announced 6"_s;
        QTest::newRow("bad boolean")
            << list({begin(1), relation(1),
                     Msg()
                         .u8('I')
                         .u32(1)
                         .u8('N')
                         .u16(6)
                         .u8('n')
                         .text("1")
                         .text("yes")
                         .u8('n')
                         .u8('n')
                         .u8('n')
                         .s})
            << u"the value 'yes' of public.items.flag is not what PostgreSQL prints"_s;
        QTest::newRow("truncated value") << list(
            {begin(1), relation(1), Msg().u8('I').u32(1).u8('N').u16(6).u8('t').u32(100).u8('x').s})
                                         << u"truncated value"_s;
        QTest::newRow("binary value")
            << list({begin(1), relation(1), Msg().u8('I').u32(1).u8('N').u16(6).u8('b').s})
            << u"unknown kind 0x62"_s;
        QTest::newRow("trailing bytes")
            << list({Msg().u8('B').u64(0).u64(0).u32(1).u8(0).s}) << u"truncated or malformed"_s;
        QTest::newRow("unknown message") << list({std::string("Z")}) << u"unknown type 0x5a"_s;
        QTest::newRow("empty") << list({std::string()}) << u"an empty message"_s;
    }
    void refusals()
    {
        QFETCH(QByteArrayList, messages);
        QFETCH(QString, error);
        PgOutputDecoder d({items()});
        for (qsizetype i = 0; i < messages.size(); ++i) {
            auto r =
                d.decode(std::string_view(messages[i].constData(), size_t(messages[i].size())));
            if (i + 1 < messages.size()) {
                QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
                continue;
            }
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestPgOutputDecoder)
#include "tst_pgoutputdecoder.moc"

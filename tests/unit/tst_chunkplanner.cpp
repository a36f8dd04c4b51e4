// Chunk planning without a server: an SQLite file as the source (the planner needs a session
// and a reader), so the arithmetic split of dense integer keys and the key walk of any other
// key are asserted with their exact boundaries.
#include "engines/driver.h"
#include "transfer/chunkledger.h"
#include "transfer/chunkplanner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

// "(lo, hi]" per chunk with "-" for an open end and "|" between key columns.
QString describe(const std::vector<Chunk> &chunks)
{
    const auto key = [](const std::optional<KeyValues> &k) {
        if (!k)
            return u"-"_s;
        QStringList parts;
        for (const std::string &v : *k)
            parts << QString::fromStdString(v);
        return parts.join(u'|');
    };
    QStringList out;
    for (const Chunk &c : chunks)
        out << u"(%1,%2]"_s.arg(key(c.range.lower), key(c.range.upper));
    return out.join(u' ');
}

} // namespace

class TestChunkPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_endpoint.engine = Engine::Sqlite;
        m_endpoint.path = m_dir.filePath(u"source.db"_s);
        auto session = Driver::forEngine(Engine::Sqlite).connectForWrite(m_endpoint);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().text()));
        m_session = std::move(*session);
        const QStringList setup = {
            u"CREATE TABLE keyless (v TEXT)"_s,
            u"INSERT INTO keyless VALUES ('a'), ('b'), ('c')"_s,
            u"CREATE TABLE empty (id INTEGER PRIMARY KEY)"_s,
            u"CREATE TABLE dense (id INTEGER PRIMARY KEY)"_s,
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
            "INSERT INTO dense SELECT i FROM n"_s,
            u"CREATE TABLE negative (id INTEGER PRIMARY KEY)"_s,
            u"WITH RECURSIVE n(i) AS (SELECT -50 UNION ALL SELECT i + 1 FROM n WHERE i < 49) "
            "INSERT INTO negative SELECT i FROM n"_s,
            u"CREATE TABLE gaps (id INTEGER PRIMARY KEY)"_s,
            u"INSERT INTO gaps VALUES (1), (2), (4), (8), (16), (32), (64), (128), (256), (512)"_s,
            u"CREATE TABLE extremes (id INTEGER PRIMARY KEY)"_s,
            u"INSERT INTO extremes VALUES (-9223372036854775808), (-1), (0), (1), "
            "(9223372036854775807)"_s,
            u"CREATE TABLE words (k TEXT PRIMARY KEY NOT NULL)"_s,
            u"INSERT INTO words VALUES (''), ('a'), ('b'), ('it''s'), ('z'), ('ü'), ('😀')"_s,
            u"CREATE TABLE pairs (a INTEGER NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b))"_s,
            u"INSERT INTO pairs VALUES (1, 'x'), (1, 'y'), (1, 'z'), (2, 'x'), (3, 'a'), "
            "(3, 'b'), (3, 'c')"_s,
        };
        for (const QString &sql : setup) {
            const Status ok = m_session->exec(sql);
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
        }
    }

    void plans_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rowsPerChunk");
        QTest::addColumn<QString>("chunks");
        QTest::newRow("keyless table: one chunk") << u"keyless"_s << QString() << 1 << u"(-,-]"_s;
        QTest::newRow("empty table: one chunk") << u"empty"_s << QString() << 10 << u"(-,-]"_s;
        QTest::newRow("small table: one chunk") << u"dense"_s << QString() << 100 << u"(-,-]"_s;
        QTest::newRow("dense integers, arithmetic")
            << u"dense"_s << QString() << 25 << u"(-,25] (25,50] (50,75] (75,-]"_s;
        QTest::newRow("dense integers, uneven last chunk")
            << u"dense"_s << QString() << 40 << u"(-,40] (40,80] (80,-]"_s;
        QTest::newRow("negative integers, arithmetic")
            << u"negative"_s << QString() << 30 << u"(-,-21] (-21,9] (9,39] (39,-]"_s;
        QTest::newRow("sparse integers, key walk")
            << u"gaps"_s << QString() << 3 << u"(-,4] (4,32] (32,256] (256,-]"_s;
        QTest::newRow("64-bit extremes, key walk")
            << u"extremes"_s << QString() << 2 << u"(-,-1] (-1,1] (1,-]"_s;
        QTest::newRow("text with empty, quote and unicode keys")
            << u"words"_s << QString() << 2 << u"(-,a] (a,it's] (it's,ü] (ü,-]"_s;
        QTest::newRow("composite key")
            << u"pairs"_s << QString() << 3 << u"(-,1|z] (1|z,3|b] (3|b,-]"_s;
        QTest::newRow("filtered, key walk over matching rows only")
            << u"dense"_s << u"id % 10 = 0"_s << 4 << u"(-,40] (40,80] (80,-]"_s;
        QTest::newRow("filtered, fewer rows than a chunk")
            << u"dense"_s << u"id > 95"_s << 10 << u"(-,-]"_s;
    }

    void plans()
    {
        QFETCH(QString, table);
        QFETCH(QString, filter);
        QFETCH(int, rowsPerChunk);
        QFETCH(QString, chunks);
        const Driver &driver = Driver::forEngine(Engine::Sqlite);
        auto tables = driver.readTables(*m_session, u"main"_s);
        QVERIFY(tables);
        TablePlan plan;
        for (const Table &t : *tables)
            if (t.ref.name == table)
                plan.source = t;
        QCOMPARE(plan.source.ref.name, table);
        for (const QString &k : plan.source.chunkKey())
            plan.keyColumns << *plan.source.column(k);
        plan.sourceKey = table;
        plan.filter = filter;
        auto reader = driver.makeReader(*m_session);
        CancelToken cancel;
        auto planned = planChunks(*m_session, *reader, plan, rowsPerChunk, cancel);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().text()));
        QCOMPARE(describe(*planned), chunks);
        for (size_t i = 0; i < planned->size(); ++i) {
            QCOMPARE((*planned)[i].ordinal, int(i));
            QCOMPARE(stateId((*planned)[i].state), u"pending"_s);
        }
    }

private:
    QTemporaryDir m_dir;
    Endpoint m_endpoint;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestChunkPlanner)
#include "tst_chunkplanner.moc"

// Schema and full migration between every directed pair of MariaDB, PostgreSQL and SQLite,
// on a fixture of hard values; then the values are proved identical, column by column.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "testservers.h"
#include "verify/valuecompare.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

Engine engineOf(const QString &name)
{
    return *engines::parse(name);
}

// Source rows against target rows, value by value, by meaning (docs/verification.md): the
// only liberties are a CHAR's trailing spaces, a fraction's trailing zeros, a decimal's
// trailing zeros and booleans as 1/0.
QString compareTables(const Table &sourceTable, const std::vector<RowData> &source,
                      const Table &targetTable, const std::vector<RowData> &target)
{
    if (source.size() != target.size())
        return u"%1 rows in the source, %2 in the target"_s.arg(source.size()).arg(target.size());
    for (size_t r = 0; r < source.size(); ++r) {
        for (int c = 0; c < sourceTable.columns.size(); ++c) {
            const Column &sc = sourceTable.columns[c];
            const Column *tc = targetTable.column(sc.name);
            if (!tc)
                return u"the target has no column %1"_s.arg(sc.name);
            const int tcIndex = targetTable.columnIndex(sc.name);
            const Cell &a = source[r][size_t(c)];
            const Cell &b = target[r][size_t(tcIndex)];
            if (a.has_value() != b.has_value())
                return u"row %1 column %2: %3 vs %4"_s.arg(r).arg(
                    sc.name, a ? u"value"_s : u"NULL"_s, b ? u"value"_s : u"NULL"_s);
            if (!a)
                continue;
            const auto form = valuecompare::formFor(sc.type, tc->type);
            if (!valuecompare::same(form, *a, *b))
                return u"row %1 column %2: source '%3' (%4), target '%5' (%6)"_s.arg(r).arg(
                    sc.name, QString::fromStdString(*a), sc.type.native, QString::fromStdString(*b),
                    tc->type.native);
        }
    }
    return {};
}

QString text(const Cell &c)
{
    return c ? QString::fromStdString(*c) : u"NULL"_s;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QMap<QString, Endpoint> m_sources;
    QTemporaryDir m_storeDir;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"mig"_s);
        for (const QString &engine : {u"mariadb"_s, u"postgresql"_s, u"sqlite"_s}) {
            const Endpoint e = m_scratch->make(engineOf(engine), u"src_"_s + engine.left(2));
            auto ok = createFixture(e);
            QVERIFY2(ok, qPrintable(engine + u": "_s + (ok ? QString() : ok.error().text())));
            m_sources.insert(engine, e);
        }
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void pairs_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QStringList all = {u"mariadb"_s, u"postgresql"_s, u"sqlite"_s};
        for (const QString &from : all)
            for (const QString &to : all)
                if (from != to)
                    QTest::addRow("%s to %s", qPrintable(from), qPrintable(to)) << from << to;
    }

    void pairs()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Endpoint source = m_sources.value(from);
        const Endpoint target =
            m_scratch->make(engineOf(to), u"t_"_s + from.left(2) + u'_' + to.left(2));
        QJsonObject project =
            projectJson(u"pair-%1-%2"_s.arg(from, to), source, target,
                        {u"schema"_s, u"full"_s, u"verify"_s}, {{u"concurrency"_s, 3}});
        const RunResult run =
            runProject(m_storeDir.filePath(u"store.db"_s), project, source, target);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        QCOMPARE(run.verification.value(u"consistent"_s).toBool(), true);

        for (const QString &table : {u"hard"_s, u"Order Items"_s, u"nokey"_s, u"big"_s}) {
            auto sourceTable = describe(source, table);
            auto targetTable = describe(target, table);
            QVERIFY2(sourceTable && targetTable, qPrintable(table));
            // Rows pair up by key. Engines order text by their collations, so rows are sorted
            // here by the keys' canonical bytes (or whole rows for the keyless table).
            auto sourceRows = readTable(source, table);
            auto targetRows = readTable(target, table);
            QVERIFY(sourceRows && targetRows);
            if (sourceTable->primaryKey) {
                auto byKey = [](const Table &t, std::vector<RowData> &rows) {
                    std::vector<int> key;
                    for (const QString &k : t.primaryKey->columns)
                        key.push_back(t.columnIndex(k));
                    std::sort(rows.begin(), rows.end(), [&](const RowData &a, const RowData &b) {
                        for (int k : key) {
                            const Cell &x = a[size_t(k)], &y = b[size_t(k)];
                            // Integers compare as numbers, everything else by bytes.
                            if (x && y && x->size() != y->size()
                                && x->find_first_not_of("-0123456789") == std::string::npos
                                && y->find_first_not_of("-0123456789") == std::string::npos)
                                return std::stoll(*x) < std::stoll(*y);
                            if (x != y)
                                return x < y;
                        }
                        return false;
                    });
                };
                byKey(*sourceTable, *sourceRows);
                byKey(*targetTable, *targetRows);
            }
            if (!sourceTable->primaryKey) {
                // Keyless: a multiset. Both sides sorted by value (NULL first).
                QCOMPARE(targetRows->size(), sourceRows->size());
            }
            const QString difference =
                compareTables(*sourceTable, *sourceRows, *targetTable, *targetRows);
            QVERIFY2(difference.isEmpty(), qPrintable(table + u": "_s + difference));
        }

        // The extreme values, literally, where the target holds them as the same text.
        auto hard = readTable(target, u"hard"_s, {u"id"_s});
        auto hardTable = describe(target, u"hard"_s);
        QVERIFY(hard && hardTable);
        auto value = [&](int row, const QString &column) {
            return text((*hard)[size_t(row)][size_t(hardTable->columnIndex(column))]);
        };
        if (from == u"mariadb") {
            QCOMPARE(value(0, u"u64"_s), u"18446744073709551615"_s);
            QCOMPARE(value(0, u"i64"_s), u"-9223372036854775808"_s);
            QCOMPARE(value(0, u"vc"_s), u"😀 ü 中 emoji"_s);
            QCOMPARE(value(0, u"t"_s), u"tab\there\nnew line back\\slash 'quote'"_s);
            QCOMPARE((*hard)[0][size_t(hardTable->columnIndex(u"bl"_s))],
                     Cell(std::string("\x00\xff\n\\\r\t", 6)));
            QCOMPARE(value(0, u"j"_s), u"{\"b\": [1, 2], \"a\": \"ü\"}"_s);
            QCOMPARE(value(1, u"t"_s), u""_s); // empty, not NULL
            QCOMPARE(value(2, u"t"_s), u"NULL"_s);
            QVERIFY(value(0, u"dtm"_s).startsWith(u"2024-02-29 23:59:59.999999"_s));
            QVERIFY(value(0, u"ts"_s).startsWith(u"2024-06-01 06:30:00.123456"_s));
            QVERIFY(value(1, u"dtm"_s).startsWith(u"1970-01-01 00:00:00.000001"_s));
        } else if (from == u"postgresql") {
            QCOMPARE(value(0, u"i64"_s), u"-9223372036854775808"_s);
            QCOMPARE(value(1, u"i64"_s), u"9223372036854775807"_s);
            // The +05:30 instant arrives as UTC.
            QVERIFY2(value(0, u"tstz"_s).startsWith(u"2024-06-01 06:30:00.123456"_s),
                     qPrintable(value(0, u"tstz"_s)));
            QCOMPARE(value(0, u"u"_s), u"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"_s);
            QCOMPARE((*hard)[0][size_t(hardTable->columnIndex(u"bl"_s))],
                     Cell(std::string("\x00\xff\n\\\r\t", 6)));
            QCOMPARE(value(0, u"j"_s), u"{\"b\": [1, 2],  \"a\": \"ü\"}"_s);
        } else {
            QCOMPARE(value(0, u"i"_s), u"9223372036854775807"_s);
            QCOMPARE(value(1, u"i"_s), u"-9223372036854775808"_s);
            QCOMPARE((*hard)[0][size_t(hardTable->columnIndex(u"bl"_s))],
                     Cell(std::string("\x00\xff\n\\\r\t", 6)));
        }

        // Keys and indexes came along.
        QCOMPARE(hardTable->primaryKey->columns, QStringList {u"id"_s});
        auto items = describe(target, u"Order Items"_s);
        QCOMPARE(items->primaryKey->columns, (QStringList {u"Order Id"_s, u"Line"_s}));
        QVERIFY(items->column(u"select"_s));
        bool vcIndex = false;
        for (const Index &i : hardTable->indexes)
            vcIndex = vcIndex || i.columns == QStringList {u"vc"_s};
        QVERIFY(vcIndex);
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"

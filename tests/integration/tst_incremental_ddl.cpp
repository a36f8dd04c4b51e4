// Schema changes during sync, followed by the incremental step by itself (docs/incremental.md):
// while a stream runs, the source gains a column (NOT NULL with a default), loses one, renames
// one, widens a varchar and an int, and (MariaDB) creates a table the project's objects select
// and one they do not. Rows written before and after each change arrive, and source and
// target hold the same values afterwards. A narrowing still pauses the stream with the
// statement shown. Also: a run stopped between the target's schema change and the next batch
// (FERRY_FAULT=after-schema-change) resumes with nothing lost; and a column the DBA added to the
// target by hand survives the source's changes (PostgreSQL sources tell a dropped column by the
// source columns the stream record keeps), while a column the source dropped while the stream
// was stopped is still dropped.
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/migrationrun.h"
#include "project/projectrepository.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

Engine engineOf(const QString &name)
{
    return *engines::parse(name);
}

// A project run on its own thread until cancelled (ferry run without --until-caught-up).
class LiveRun
{
public:
    LiveRun(QString storePath, QString project, Endpoint source, Endpoint target)
    {
        m_thread = std::thread([this, storePath, project, source, target] {
            auto store = MetaStore::open(storePath);
            if (!store) {
                m_error = store.error().text();
                m_done = true;
                return;
            }
            auto record = ProjectRepository(*store).findByName(project);
            if (!record) {
                m_error = record.error().text();
                m_done = true;
                return;
            }
            MigrationRun run(*store, record->id, source, target, nullptr, m_cancel);
            auto outcome = run.execute();
            if (!outcome)
                m_error = outcome.error().text();
            m_done = true;
        });
    }
    ~LiveRun() { stop(); }

    bool done() const { return m_done; }
    // The run's error, once done(); empty when it ended cleanly.
    QString error() const { return m_done ? m_error : QString(); }
    void stop()
    {
        m_cancel.cancel();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    CancelToken m_cancel;
    std::thread m_thread;
    std::atomic<bool> m_done {false};
    QString m_error;
};

// Whether `table` of `e` has a row whose first column is `id`.
bool hasRow(const Endpoint &e, const QString &table, int id)
{
    auto rows = readTable(e, table, {u"id"_s});
    if (!rows)
        return false;
    for (const RowData &r : *rows)
        if (!r.empty() && r[0] == std::to_string(id))
            return true;
    return false;
}

QString rowsText(const Result<std::vector<RowData>> &rows)
{
    if (!rows)
        return rows.error().text();
    QStringList out;
    for (const RowData &r : *rows) {
        QStringList cells;
        for (const Cell &c : r)
            cells << (c ? QString::fromStdString(*c) : u"NULL"_s);
        out << u"("_s + cells.join(u", "_s) + u')';
    }
    return out.join(u' ');
}

} // namespace

class TestIncrementalDdl : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"ddl"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void follows_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("mariadb to postgresql") << u"mariadb"_s << u"postgresql"_s;
        QTest::addRow("postgresql to mariadb") << u"postgresql"_s << u"mariadb"_s;
    }

    void follows()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const bool mysql = from == u"mariadb";
        const Endpoint source = m_scratch->make(engineOf(from), u"dsrc_"_s + from.left(2));
        const Endpoint target = m_scratch->make(engineOf(to), u"ddst_"_s + to.left(2));
        QVERIFY(execute(source,
                        {u"CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10), "
                         "qty INT, note VARCHAR(20))"_s,
                         u"INSERT INTO items VALUES (1, 'one', 10, 'n1'), "
                         "(2, 'two', 20, NULL)"_s}));
        const QString name = u"ddl-%1-%2"_s.arg(from, to);
        QJsonObject project =
            projectJson(name, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
        project[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray {u"*"_s}},
                                             {u"exclude"_s, QJsonArray {u"other_*"_s}}};
        const QString storePath = m_dir.filePath(u"store-%1-%2.db"_s.arg(from, to));
        RunResult first = runProject(storePath, project, source, target, true);
        QVERIFY2(first.ok, qPrintable(first.error.text()));

        LiveRun live(storePath, name, source, target);
        // Rows before it, the change, rows after it; the last row on the target means the
        // stream is past the change. Then every value compared.
        const auto change = [&](int id, const QStringList &statements) -> bool {
            if (!execute(source, statements)) {
                qWarning() << "source refused" << statements;
                return false;
            }
            QElapsedTimer t;
            t.start();
            while (!hasRow(target, u"items"_s, id) && !live.done() && t.elapsed() < 60000)
                QTest::qWait(100);
            auto expected = readTable(source, u"items"_s, {u"id"_s});
            auto applied = readTable(target, u"items"_s, {u"id"_s});
            if (!expected || !applied || *expected != *applied) {
                qWarning().noquote()
                    << "after" << statements.join(u"; "_s) << "\n source:" << rowsText(expected)
                    << "\n target:" << rowsText(applied) << "\n run:" << live.error();
                return false;
            }
            return true;
        };

        // Added: NOT NULL with a default (existing rows take it on both sides).
        QVERIFY(change(4,
                       {u"INSERT INTO items VALUES (3, 'three', 30, 'n3')"_s,
                        u"ALTER TABLE items ADD COLUMN flag INT NOT NULL DEFAULT 7"_s,
                        u"INSERT INTO items VALUES (4, 'four', 40, 'n4', 9)"_s}));
        // Dropped.
        QVERIFY(change(6,
                       {u"INSERT INTO items VALUES (5, 'five', 50, 'n5', 5)"_s,
                        u"ALTER TABLE items DROP COLUMN note"_s,
                        u"INSERT INTO items VALUES (6, 'six', 60, 6)"_s}));
        // Renamed: the values stay.
        QVERIFY(
            change(8,
                   {u"INSERT INTO items VALUES (7, 'seven', 70, 7)"_s,
                    u"ALTER TABLE items RENAME COLUMN qty TO amount"_s,
                    u"INSERT INTO items (id, name, amount, flag) VALUES (8, 'eight', 80, 8)"_s}));
        // Widened: varchar(10) -> varchar(50), then int -> bigint, with values only the wider
        // type holds.
        QVERIFY(change(10,
                       {u"INSERT INTO items VALUES (9, 'nine', 90, 9)"_s,
                        mysql ? u"ALTER TABLE items MODIFY name VARCHAR(50)"_s
                              : u"ALTER TABLE items ALTER COLUMN name TYPE varchar(50)"_s,
                        u"INSERT INTO items VALUES (10, 'a name of forty characters, more "
                        "or less', 100, 10)"_s}));
        QVERIFY(change(12,
                       {u"INSERT INTO items VALUES (11, 'eleven', 110, 11)"_s,
                        mysql ? u"ALTER TABLE items MODIFY amount BIGINT"_s
                              : u"ALTER TABLE items ALTER COLUMN amount TYPE bigint"_s,
                        u"INSERT INTO items VALUES (12, 'twelve', 5000000000, 12)"_s}));
        auto shape = describe(target, u"items"_s);
        QVERIFY(shape);
        QCOMPARE(shape->column(u"name"_s)->type.length, 50);
        QCOMPARE(shape->column(u"amount"_s)->type.byteWidth, 8);
        QVERIFY(!shape->column(u"note"_s) && !shape->column(u"qty"_s));

        if (mysql) {
            // A created table the patterns select is created on the target and streamed from
            // its first row; one they do not select is not.
            QVERIFY(execute(source,
                            {u"CREATE TABLE new_t (id INT PRIMARY KEY, v VARCHAR(10))"_s,
                             u"INSERT INTO new_t VALUES (1, 'a'), (2, 'b')"_s,
                             u"CREATE TABLE other_t (id INT PRIMARY KEY)"_s,
                             u"INSERT INTO other_t VALUES (1)"_s,
                             u"INSERT INTO items VALUES (13, 'thirteen', 130, 13)"_s}));
            QTRY_VERIFY_WITH_TIMEOUT(hasRow(target, u"items"_s, 13) || live.done(), 60000);
            auto rows = readTable(target, u"new_t"_s, {u"id"_s});
            QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().text()));
            QCOMPARE(*rows, (std::vector<RowData> {{"1", "a"}, {"2", "b"}}));
            QVERIFY(!describe(target, u"other_t"_s));
        }

        // A narrowing is not followed: the stream pauses before it, with the statement.
        const QString narrowing = mysql ? u"ALTER TABLE items MODIFY name VARCHAR(45)"_s
                                        : u"ALTER TABLE items ALTER COLUMN name TYPE varchar(45)"_s;
        QVERIFY(execute(source,
                        {u"INSERT INTO items VALUES (20, 'twenty', 200, 20)"_s, narrowing,
                         u"INSERT INTO items VALUES (21, 'twenty-one', 210, 21)"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(live.done(), 60000);
        QVERIFY2(live.error().contains(u"paused at a schema change"_s)
                     && live.error().contains(u"not a widening"_s),
                 qPrintable(live.error()));
        QVERIFY(hasRow(target, u"items"_s, 20));
        QVERIFY(!hasRow(target, u"items"_s, 21));
        auto store = MetaStore::open(storePath);
        QVERIFY(store);
        auto streams = ProjectRepository(*store).streams(first.projectId);
        QVERIFY(streams && !streams->isEmpty());
        QCOMPARE(streams->first().state, u"paused-ddl"_s);
        if (mysql)
            QCOMPARE(streams->first().detail, narrowing);
        else
            QCOMPARE(streams->first().detail,
                     u"ALTER TABLE \"%1\".\"items\" ALTER COLUMN \"name\" TYPE character "
                     "varying(45)"_s.arg(source.schema));
    }

    void resumesAfterCrash_data() { follows_data(); }

    // The run ends right after the target's schema change, before the change's rows and the
    // position: the next run finds the change made (the target's catalog says so), does not
    // make it again, and applies every row once.
    void resumesAfterCrash()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Endpoint source = m_scratch->make(engineOf(from), u"csrc_"_s + from.left(2));
        const Endpoint target = m_scratch->make(engineOf(to), u"cdst_"_s + to.left(2));
        QVERIFY(execute(source,
                        {u"CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10))"_s,
                         u"INSERT INTO items VALUES (1, 'one')"_s}));
        const QJsonObject project = projectJson(u"crash-%1-%2"_s.arg(from, to), source, target,
                                                {u"schema"_s, u"full"_s, u"incremental"_s});
        const QString storePath = m_dir.filePath(u"crash-%1-%2.db"_s.arg(from, to));
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        QVERIFY(execute(source,
                        {u"INSERT INTO items VALUES (2, 'two')"_s,
                         u"ALTER TABLE items ADD COLUMN c INT DEFAULT 5"_s,
                         u"INSERT INTO items VALUES (3, 'three', 6)"_s,
                         u"UPDATE items SET c = 7 WHERE id = 1"_s}));
        qputenv("FERRY_FAULT", "after-schema-change");
        run = runProject(storePath, project, source, target, true);
        qunsetenv("FERRY_FAULT");
        QVERIFY(!run.ok);
        QVERIFY2(run.error.message.contains(u"FERRY_FAULT"_s), qPrintable(run.error.text()));
        auto shape = describe(target, u"items"_s);
        QVERIFY(shape && shape->column(u"c"_s));
        QVERIFY(hasRow(target, u"items"_s, 2));
        QVERIFY(!hasRow(target, u"items"_s, 3));

        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        auto applied = readTable(target, u"items"_s, {u"id"_s});
        QVERIFY(applied);
        QCOMPARE(
            *applied,
            (std::vector<RowData> {{"1", "one", "7"}, {"2", "two", "5"}, {"3", "three", "6"}}));
        QCOMPARE(*applied, *readTable(source, u"items"_s, {u"id"_s}));
    }

    void keepsTargetOnlyColumns_data() { follows_data(); }

    // A column the DBA added to the target by hand (an audit column) is the target's own: a
    // source change followed on that table leaves it and its values alone.
    void keepsTargetOnlyColumns()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Endpoint source = m_scratch->make(engineOf(from), u"ksrc_"_s + from.left(2));
        const Endpoint target = m_scratch->make(engineOf(to), u"kdst_"_s + to.left(2));
        QVERIFY(execute(source,
                        {u"CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10))"_s,
                         u"INSERT INTO items VALUES (1, 'one')"_s}));
        const QJsonObject project = projectJson(u"keep-%1-%2"_s.arg(from, to), source, target,
                                                {u"schema"_s, u"full"_s, u"incremental"_s});
        const QString storePath = m_dir.filePath(u"keep-%1-%2.db"_s.arg(from, to));
        RunResult run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));

        QVERIFY(execute(target,
                        {u"ALTER TABLE items ADD COLUMN audit_by VARCHAR(10) DEFAULT "
                         "'dba'"_s}));
        QVERIFY(execute(source,
                        {u"INSERT INTO items VALUES (2, 'two')"_s,
                         u"ALTER TABLE items ADD COLUMN c INT DEFAULT 5"_s,
                         u"INSERT INTO items VALUES (3, 'three', 6)"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        auto applied = readTable(target, u"items"_s, {u"id"_s});
        QVERIFY(applied);
        QCOMPARE(rowsText(applied),
                 rowsText(std::vector<RowData> {{"1", "one", "dba", "5"},
                                                {"2", "two", "dba", "5"},
                                                {"3", "three", "dba", "6"}}));
        QVERIFY(execute(
            source,
            {u"ALTER TABLE items DROP COLUMN c"_s, u"INSERT INTO items VALUES (4, 'four')"_s}));
        run = runProject(storePath, project, source, target, true);
        QVERIFY2(run.ok, qPrintable(run.error.text()));
        applied = readTable(target, u"items"_s, {u"id"_s});
        QVERIFY(applied);
        QCOMPARE(rowsText(applied),
                 rowsText(std::vector<RowData> {{"1", "one", "dba"},
                                                {"2", "two", "dba"},
                                                {"3", "three", "dba"},
                                                {"4", "four", "dba"}}));
    }
};

QTEST_GUILESS_MAIN(TestIncrementalDdl)
#include "tst_incremental_ddl.moc"

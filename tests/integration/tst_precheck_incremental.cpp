// The precheck of a project with the incremental step, against the real servers of servers.sh:
// the source's capture settings (MariaDB binlog format and row image switched for the test and
// restored, accounts without replication privileges), tables without a usable key, PostgreSQL
// replica identities, row filters the incremental step cannot evaluate or compares as text, and
// start positions the source no longer holds (a purged binlog, an offset past its end, a
// PostgreSQL slot that does not exist). Each finding is asserted as the user reads it.
#include "common/logging.h"
#include "engines/driver.h"
#include "migrationfixture.h"
#include "project/precheck.h"
#include "testservers.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QThread>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto _result = (expr);                                                               \
        QVERIFY2(_result, qPrintable(_result ? QString() : _result.error().text()));               \
    } while (false)

// The checks the incremental step adds to the precheck.
const QStringList kIncrementalChecks = {u"incremental capture"_s, u"incremental key"_s,
                                        u"row filter"_s, u"replica identity"_s,
                                        u"start position"_s};

// "severity | check | object | message | fix", one line per item of those checks, in order.
QStringList incrementalItems(const PrecheckReport &r)
{
    QStringList out;
    for (const PrecheckItem &i : r.items)
        if (kIncrementalChecks.contains(i.check))
            out << u"%1 | %2 | %3 | %4 | %5"_s.arg(PrecheckItem::severityName(i.severity), i.check,
                                                   i.object, i.message, i.fix);
    return out;
}

QString one(const Endpoint &e, const QString &sql)
{
    auto session = Driver::forEngine(e.engine).connect(e);
    if (!session)
        return u"error: "_s + session.error().text();
    auto r = (*session)->query(sql);
    if (!r)
        return u"error: "_s + r.error().text();
    return r->size() ? r->text(0, 0) : QString();
}

QString okCapture(const Endpoint &source)
{
    return u"ok | incremental capture | %1 | %1 is set up for change capture | "_s.arg(
        source.displayAddress());
}

} // namespace

class TestPrecheckIncremental : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    Endpoint m_target; // an SQLite file the schema step would create: no server involved
    int m_projects = 0;

    QJsonObject project(const Endpoint &source, const QStringList &include,
                        const QStringList &steps = {u"schema"_s, u"full"_s, u"incremental"_s})
    {
        QJsonObject p =
            projectJson(u"inc%1_%2"_s.arg(++m_projects).arg(QCoreApplication::applicationPid()),
                        source, m_target, steps);
        p[u"objects"_s] = QJsonObject {{u"include"_s, QJsonArray::fromStringList(include)}};
        return p;
    }

    static Result<PrecheckReport> precheck(const QJsonObject &json, const Endpoint &source,
                                           const Endpoint &target,
                                           const QString &resumePosition = {})
    {
        auto definition = ProjectDefinition::fromJson(json);
        if (!definition)
            return std::unexpected(definition.error());
        return runPrecheck(*definition, source, target, CancelToken(), {}, resumePosition);
    }

    // The binlog's current FILE:OFFSET.
    static QString binlogPosition()
    {
        auto session = Driver::forEngine(Engine::MariaDb).connect(mariadb());
        if (!session)
            return {};
        auto r = (*session)->query(u"SHOW MASTER STATUS"_s);
        if (!r || r->size() != 1)
            return {};
        return r->text(0, 0) + u':' + r->text(0, 1);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_scratch = std::make_unique<Scratch>(u"preinc"_s);
        m_target = m_scratch->make(Engine::Sqlite, u"target"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    // A source set up for capture, tables with keys, a filter the step can evaluate: passes.
    void mariadbReady()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"ready"_s);
        CHECK_OK(execute(source,
                         {u"CREATE TABLE orders (id INT PRIMARY KEY, amount "
                          "DECIMAL(10,2), placed DATE)"_s,
                          u"CREATE TABLE codes (code VARCHAR(8) NOT NULL, v INT, "
                          "UNIQUE KEY (code))"_s}));
        QJsonObject p = project(source, {u"orders"_s, u"codes"_s});
        p[u"objects"_s] =
            QJsonObject {{u"include"_s, QJsonArray {u"orders"_s, u"codes"_s}},
                         {u"tables"_s,
                          QJsonArray {QJsonObject {
                              {u"source"_s, u"orders"_s},
                              {u"filter"_s, u"amount >= 10.5 AND placed > '2020-01-01'"_s}}}}};
        const auto r = precheck(p, source, m_target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        QVERIFY2(r->passed(), qPrintable(r->firstError()));
        QCOMPARE(incrementalItems(*r), QStringList {okCapture(source)});
    }

    // Without the incremental step none of its checks run, whatever the source.
    void withoutTheStep()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"nostep"_s);
        CHECK_OK(execute(source, {u"CREATE TABLE heap (a INT)"_s}));
        const auto r =
            precheck(project(source, {u"heap"_s}, {u"schema"_s, u"full"_s}), source, m_target);
        QVERIFY(r);
        QVERIFY2(r->passed(), qPrintable(r->firstError()));
        QCOMPARE(incrementalItems(*r), QStringList());
    }

    void binlogSettings_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("item");
        QTest::newRow("statement")
            << u"binlog_format"_s << u"STATEMENT"_s
            << u"error | incremental capture | binlog_format | binlog_format=STATEMENT: "
               "incremental sync needs ROW | SET GLOBAL binlog_format=ROW and restart the "
               "writers."_s;
        QTest::newRow("mixed")
            << u"binlog_format"_s << u"MIXED"_s
            << u"error | incremental capture | binlog_format | binlog_format=MIXED: incremental "
               "sync needs ROW | SET GLOBAL binlog_format=ROW and restart the writers."_s;
        QTest::newRow("minimal row image")
            << u"binlog_row_image"_s << u"MINIMAL"_s
            << u"error | incremental capture | binlog_row_image | binlog_row_image=MINIMAL: "
               "incremental sync needs FULL, so updates and deletes carry every column | SET "
               "GLOBAL binlog_row_image=FULL and restart the writers."_s;
    }

    // A MariaDB whose binlog is not ROW / FULL (server-wide settings, restored afterwards).
    void binlogSettings()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, item);
        const QString before = one(mariadb(), u"SELECT @@GLOBAL.%1"_s.arg(variable));
        QCOMPARE(before, variable == u"binlog_format" ? u"ROW"_s : u"FULL"_s);
        CHECK_OK(execute(mariadb(), {u"SET GLOBAL %1 = '%2'"_s.arg(variable, value)}));
        const auto restore = qScopeGuard([&] {
            logIfFailed(lcEngine(),
                        execute(mariadb(), {u"SET GLOBAL %1 = '%2'"_s.arg(variable, before)}),
                        "test: the binlog setting was not restored");
        });
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"fmt"_s + value.toLower());
        CHECK_OK(execute(source, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const auto r = precheck(project(source, {u"t"_s}), source, m_target);
        QVERIFY(r);
        QVERIFY(!r->passed());
        QCOMPARE(incrementalItems(*r), QStringList {item});
        QCOMPARE(r->firstError(),
                 item.section(u" | "_s, 3, 3) + u". "_s + item.section(u" | "_s, 4, 4));
    }

    // An account that may read the tables but not the binlog.
    void mariadbWithoutReplicationPrivileges()
    {
        Endpoint source = m_scratch->make(Engine::MariaDb, u"limited"_s);
        CHECK_OK(execute(source, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        source.user = u"ferry_limited"_s;
        const auto r = precheck(project(source, {u"t"_s}), source, m_target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(incrementalItems(*r),
                 QStringList {u"error | incremental capture | replication privileges | user "
                              "'ferry_limited' lacks REPLICATION SLAVE, REPLICATION CLIENT: "
                              "incremental sync cannot read the binlog | GRANT REPLICATION "
                              "SLAVE, REPLICATION CLIENT ON *.* TO the user."_s});
    }

    // Every table needs a primary key or a unique key over NOT NULL columns, and the project
    // must move its columns.
    void keys()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"keys"_s);
        CHECK_OK(execute(source,
                         {u"CREATE TABLE a_pk (id INT PRIMARY KEY, name VARCHAR(10))"_s,
                          u"CREATE TABLE b_unique (code VARCHAR(8) NOT NULL, UNIQUE KEY (code))"_s,
                          u"CREATE TABLE c_nullable (code VARCHAR(8), UNIQUE KEY (code))"_s,
                          u"CREATE TABLE d_heap (a INT, b INT)"_s,
                          u"CREATE TABLE e_subset (id INT PRIMARY KEY, name VARCHAR(10))"_s}));
        QJsonObject p = project(source, {});
        p[u"objects"_s] = QJsonObject {
            {u"include"_s, QJsonArray {u"a_pk"_s, u"b_unique"_s, u"c_nullable"_s, u"d_heap"_s}},
            {u"tables"_s,
             QJsonArray {QJsonObject {{u"source"_s, u"e_subset"_s},
                                      {u"columns"_s, QJsonArray {u"name"_s}}}}}};
        const auto r = precheck(p, source, m_target);
        QVERIFY(r);
        const QString db = source.database;
        QCOMPARE(incrementalItems(*r),
                 (QStringList {
                     okCapture(source),
                     u"error | incremental key | %1.c_nullable | table %1.c_nullable has no "
                     "primary key or unique key over NOT NULL columns: the incremental step "
                     "cannot tell which target row a change applies to | Add a primary key to "
                     "%1.c_nullable, or exclude it from the project (\"exclude\": "
                     "[\"c_nullable\"])."_s.arg(db),
                     u"error | incremental key | %1.d_heap | table %1.d_heap has no primary key "
                     "or unique key over NOT NULL columns: the incremental step cannot tell "
                     "which target row a change applies to | Add a primary key to %1.d_heap, or "
                     "exclude it from the project (\"exclude\": [\"d_heap\"])."_s.arg(db),
                     u"error | incremental key | %1.e_subset | the key of table %1.e_subset (id) "
                     "is not among the columns the project moves: the incremental step cannot "
                     "apply its changes by key | Add id to the table rule's \"columns\"."_s.arg(db),
                 }));
    }

    // A filter the step cannot evaluate is an error; one on text columns a warning.
    void rowFilters()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"filters"_s);
        CHECK_OK(execute(source,
                         {u"CREATE TABLE f_fn (id INT PRIMARY KEY, name VARCHAR(10))"_s,
                          u"CREATE TABLE f_text (id INT PRIMARY KEY, name VARCHAR(10), "
                          "code CHAR(2) COLLATE utf8mb4_bin)"_s,
                          u"CREATE TABLE f_num (id INT PRIMARY KEY, name VARCHAR(10))"_s}));
        QJsonObject p = project(source, {});
        p[u"objects"_s] = QJsonObject {
            {u"tables"_s,
             QJsonArray {
                 QJsonObject {{u"source"_s, u"f_fn"_s}, {u"filter"_s, u"lower(name) = 'x'"_s}},
                 QJsonObject {{u"source"_s, u"f_text"_s},
                              {u"filter"_s, u"name LIKE 'a%' OR code = 'x' OR id < 3"_s}},
                 QJsonObject {{u"source"_s, u"f_num"_s},
                              {u"filter"_s, u"id BETWEEN 1 AND 9 AND name IS NOT NULL"_s}}}}};
        const auto r = precheck(p, source, m_target);
        QVERIFY(r);
        const QString db = source.database;
        QCOMPARE(
            incrementalItems(*r),
            (QStringList {
                okCapture(source),
                u"error | row filter | %1.f_fn | the row filter of %1.f_fn (lower(name) = 'x') "
                "cannot be applied to captured changes: the function lower(...) is not "
                "understood (at \"lower(name) = 'x'\") | Simplify the filter to comparisons, IN, "
                "BETWEEN, LIKE and IS NULL on columns and literals (see docs/project-file.md), "
                "or take %1.f_fn out of the incremental step (exclude it, or move it to a "
                "project without \"incremental\")."_s.arg(db),
                u"warning | row filter | %1.f_text | the row filter of %1.f_text compares text "
                "column(s) name (utf8mb4_unicode_ci), code (utf8mb4_bin): the incremental step "
                "compares them byte by byte, the source under its collation, so a row that "
                "differs only in case, accents or trailing spaces may be kept by one step and "
                "left out by the other | Filter on columns that are not text, or make sure such "
                "variants do not occur."_s.arg(db),
            }));
        QCOMPARE(r->count(PrecheckItem::Severity::Error), 1);
    }

    // incremental.startPosition against SHOW BINARY LOGS: a file that is gone, an offset past
    // the file's end, a position that is no position; the current one passes. A purged binlog
    // is refused as well when it is where a started project would resume.
    void binlogStartPosition()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"start"_s);
        CHECK_OK(execute(source, {u"CREATE TABLE t (id INT PRIMARY KEY)"_s}));
        const QString address = source.displayAddress();
        const QString now = binlogPosition();
        QVERIFY(!now.isEmpty());
        const QString file = now.section(u':', 0, 0);
        const auto startingAt = [&](const QString &position, const QString &resume = {}) {
            QJsonObject p = project(source, {u"t"_s}, {u"incremental"_s});
            p[u"incremental"_s] = QJsonObject {{u"startPosition"_s, position}};
            const auto r = precheck(p, source, m_target, resume);
            return r ? incrementalItems(*r).mid(1) : QStringList {r.error().text()};
        };
        const QString redo = u"Redo the full step (add \"full\" to the steps; it records the "
                             "position capture starts from) and remove incremental.startPosition, "
                             "or give a position the server still has (SHOW BINARY LOGS)."_s;

        QCOMPARE(startingAt(now),
                 QStringList {u"ok | start position | %1 | binlog file %2 on %3 holds "
                              "incremental.startPosition %1 | "_s.arg(now, file, address)});
        QCOMPARE(startingAt(now + u";gtid=0-1-5"_s).size(), 1);
        QVERIFY(startingAt(now + u";gtid=0-1-5"_s).first().startsWith(u"ok | "_s));

        const QString past = file + u":999999999"_s;
        const QStringList pastItems = startingAt(past);
        QCOMPARE(pastItems.size(), 1);
        QVERIFY2(pastItems.first().startsWith(
                     u"error | start position | %1 | incremental.startPosition %1 is past the end "
                     "of binlog file %2 on %3 ("_s.arg(past, file, address)),
                 qPrintable(pastItems.first()));
        QVERIFY2(pastItems.first().endsWith(u" bytes) | "_s + redo), qPrintable(pastItems.first()));

        QCOMPARE(startingAt(file + u":12"_s),
                 QStringList {u"ok | start position | %1:12 | binlog file %1 on %2 holds "
                              "incremental.startPosition %1:12 | "_s.arg(file, address)});
        QCOMPARE(startingAt(u"latest"_s),
                 QStringList {u"error | start position | latest | incremental.startPosition "
                              "'latest' is not a binlog position | Write it as FILE:OFFSET, "
                              "e.g. \"mysql-bin.000003:1234\" (SHOW MASTER STATUS shows the "
                              "current one)."_s});
        QCOMPARE(startingAt(file + u":3"_s).first().section(u" | "_s, 3, 3),
                 u"incremental.startPosition '%1:3' is not a binlog position"_s.arg(file));

        // Rotate and purge: the file of `now` is gone.
        CHECK_OK(execute(mariadb(), {u"FLUSH BINARY LOGS"_s}));
        const QString next = binlogPosition().section(u':', 0, 0);
        QVERIFY(next != file);
        // MariaDB keeps a file until InnoDB's binlog checkpoint has passed it, which follows
        // the rotation asynchronously: purge until the file is gone.
        bool purged = false;
        for (int attempt = 0; attempt < 100 && !purged; ++attempt) {
            CHECK_OK(execute(mariadb(), {u"PURGE BINARY LOGS TO '%1'"_s.arg(next)}));
            purged = one(mariadb(), u"SHOW BINARY LOGS"_s) == next;
            if (!purged)
                QThread::msleep(100);
        }
        QVERIFY(purged);
        QCOMPARE(startingAt(now),
                 QStringList {u"error | start position | %1 | binlog file %2 of "
                              "incremental.startPosition %1 is no longer on %3 (purged; the "
                              "oldest is %4) | "_s.arg(now, file, address, next)
                              + redo});
        // A started project resumes from the position it applied; startPosition is history.
        QCOMPARE(startingAt(now, now),
                 QStringList {u"error | start position | %1 | binlog file %2 of the position "
                              "the incremental step resumes from, %1, is no longer on %3 "
                              "(purged; the oldest is %4) | Redo the full step for the "
                              "project's tables (it records a new position to capture from), "
                              "and keep binlogs longer (binlog_expire_logs_seconds) than capture "
                              "may stop."_s.arg(now, file, address, next)});
        const QString current = binlogPosition();
        QCOMPARE(startingAt(now, current),
                 QStringList {u"ok | start position | %1 | binlog file %2 on %3 holds the "
                              "position the incremental step resumes from, %1, | "_s.arg(
                                  current, next, address)});
    }

    // PostgreSQL: a ready source, the replica identity of each table, the role's privilege.
    void postgresqlReplicaIdentity()
    {
        const Endpoint source = m_scratch->make(Engine::PostgreSql, u"ident"_s);
        CHECK_OK(execute(source,
                         {u"CREATE TABLE a_pk (id integer PRIMARY KEY)"_s,
                          u"CREATE TABLE b_nothing (id integer PRIMARY KEY)"_s,
                          u"ALTER TABLE b_nothing REPLICA IDENTITY NOTHING"_s,
                          u"CREATE TABLE c_default (code text NOT NULL UNIQUE)"_s,
                          u"CREATE TABLE d_full (code text NOT NULL UNIQUE)"_s,
                          u"ALTER TABLE d_full REPLICA IDENTITY FULL"_s,
                          u"CREATE TABLE e_index (code text NOT NULL)"_s,
                          u"CREATE UNIQUE INDEX e_code ON e_index (code)"_s,
                          u"ALTER TABLE e_index REPLICA IDENTITY USING INDEX e_code"_s}));
        const auto r = precheck(project(source, {u"*"_s}), source, m_target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        const QString schema = source.schema;
        QCOMPARE(incrementalItems(*r),
                 (QStringList {
                     okCapture(source),
                     u"error | replica identity | %1.b_nothing | table %1.b_nothing has "
                     "REPLICA IDENTITY NOTHING: its updates and deletes do not say which row "
                     "they change | Run ALTER TABLE %1.b_nothing REPLICA IDENTITY FULL (or "
                     "DEFAULT, with a primary key)."_s.arg(schema),
                     u"error | replica identity | %1.c_default | table %1.c_default has "
                     "REPLICA IDENTITY DEFAULT and no primary key: its updates and deletes do "
                     "not say which row they change | Add a primary key to %1.c_default, or run "
                     "ALTER TABLE %1.c_default REPLICA IDENTITY FULL."_s.arg(schema),
                 }));
    }

    void postgresqlWithoutReplicationPrivilege()
    {
        Endpoint source = m_scratch->make(Engine::PostgreSql, u"pglimited"_s);
        CHECK_OK(execute(source,
                         {u"CREATE TABLE t (id integer PRIMARY KEY)"_s,
                          u"GRANT USAGE ON SCHEMA pglimited TO ferry_limited"_s,
                          u"GRANT SELECT ON t TO ferry_limited"_s}));
        source.user = u"ferry_limited"_s;
        const auto r = precheck(project(source, {u"t"_s}), source, m_target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(incrementalItems(*r),
                 QStringList {u"error | incremental capture | replication privilege | role "
                              "'ferry_limited' lacks REPLICATION: incremental sync cannot stream "
                              "changes | ALTER ROLE ferry_limited REPLICATION."_s});
    }

    // A slot starts where it is created: a start position needs the project's slot, and one
    // the slot has already passed is refused.
    void postgresqlStartPosition()
    {
        const Endpoint source = m_scratch->make(Engine::PostgreSql, u"pgstart"_s);
        CHECK_OK(execute(source, {u"CREATE TABLE t (id integer PRIMARY KEY)"_s}));
        QJsonObject p = project(source, {u"t"_s}, {u"incremental"_s});
        const QString name = p[u"name"_s].toString();
        const QString slot = u"ferry_"_s + name;
        const QString address = source.displayAddress();
        const auto startingAt = [&](const QString &position, const QString &resume = {}) {
            p[u"incremental"_s] = QJsonObject {{u"startPosition"_s, position}};
            const auto r = precheck(p, source, m_target, resume);
            return r ? incrementalItems(*r).mid(1) : QStringList {r.error().text()};
        };

        QCOMPARE(startingAt(u"0/16B3748"_s),
                 QStringList {u"error | start position | 0/16B3748 | incremental.startPosition "
                              "0/16B3748 cannot be used on %1: PostgreSQL capture reads through "
                              "replication slot %2, which starts where it is created, and %2 "
                              "does not exist | Remove incremental.startPosition (capture starts "
                              "when the step first runs), or add the full step (the slot is "
                              "created with the copy's snapshot)."_s.arg(address, slot)});
        QCOMPARE(startingAt(u"0/16B3748"_s, u"0/16B3748"_s),
                 QStringList {u"error | start position | 0/16B3748 | replication slot %2 no "
                              "longer exists on %1: the incremental step cannot resume from "
                              "0/16B3748 | Redo the full step for the project's tables (it "
                              "creates the slot again), and keep max_slot_wal_keep_size large "
                              "enough for the time capture may stop."_s.arg(address, slot)});

        const QString created =
            one(source,
                u"SELECT lsn::text FROM pg_create_logical_replication_slot('%1', "
                "'pgoutput')"_s.arg(slot));
        QVERIFY2(created.contains(u'/'), qPrintable(created));
        const auto drop = qScopeGuard([&] {
            logIfFailed(lcEngine(),
                        execute(source, {u"SELECT pg_drop_replication_slot('%1')"_s.arg(slot)}),
                        "test: the replication slot is left behind");
        });
        const QString confirmed = one(source,
                                      u"SELECT confirmed_flush_lsn::text FROM "
                                      "pg_replication_slots WHERE slot_name = '%1'"_s.arg(slot));
        QCOMPARE(startingAt(confirmed),
                 QStringList {u"ok | start position | %1 | replication slot %2 exists and holds "
                              "changes from %1 on | "_s.arg(confirmed, slot)});
        QCOMPARE(startingAt(u"0/1"_s),
                 QStringList {u"error | start position | 0/1 | incremental.startPosition 0/1 is "
                              "before the position replication slot %1 has confirmed (%2): the "
                              "slot no longer holds the changes in between | Redo the full step "
                              "(add \"full\" to the steps) and remove incremental.startPosition, "
                              "or start from %2 or later."_s.arg(slot, confirmed)});
        QCOMPARE(startingAt(u"mysql-bin.000001:4"_s),
                 QStringList {
                     u"error | start position | mysql-bin.000001:4 | "
                     "incremental.startPosition 'mysql-bin.000001:4' is not a PostgreSQL "
                     "WAL position | Write it as an LSN, e.g. \"0/16B3748\" "
                     "(pg_replication_slots shows slot %1's confirmed_flush_lsn)."_s.arg(slot)});
        QCOMPARE(startingAt(QString(), confirmed),
                 QStringList {
                     u"ok | start position | %1 | replication slot %2 holds the "
                     "changes the incremental step resumes from (%1) | "_s.arg(confirmed, slot)});
    }
};

QTEST_GUILESS_MAIN(TestPrecheckIncremental)
#include "tst_precheck_incremental.moc"

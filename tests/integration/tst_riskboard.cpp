// The risk board against real servers. MariaDB: a project's stream with a real binlog backlog
// and a real read rate (two saves of its read position, as the incremental step saves them),
// flagged when binlog_expire_logs_seconds (SET GLOBAL) is shorter than the projected catch-up
// and not when it is long enough. PostgreSQL: a real slot held for a paused project, and a
// ferry_* slot no project owns.
#include "engines/driver.h"
#include "engines/postgresql/postgresqlchangereader.h"
#include "engines/session.h"
#include "migrationfixture.h"
#include "monitor/riskboard.h"
#include "project/projectrepository.h"
#include "project/runheartbeat.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

struct Position
{
    QString file;
    qint64 offset = 0;
    QString text() const { return file + u':' + QString::number(offset); }
};

Result<std::unique_ptr<Session>> open(const Endpoint &e)
{
    return Driver::forEngine(e.engine).connectForWrite(e);
}

Position masterStatus(Session &s)
{
    auto q = s.query(u"SHOW MASTER STATUS"_s);
    if (!q || q->size() != 1)
        return {};
    return {q->text(0, 0), q->text(0, 1).toLongLong()};
}

// Bytes of binlog between two positions, from the server's own list.
qint64 binlogBytes(Session &s, const Position &from, const Position &to)
{
    auto q = s.query(u"SHOW BINARY LOGS"_s);
    if (!q)
        return -1;
    qint64 total = 0;
    bool counting = false;
    for (int r = 0; r < q->size(); ++r) {
        const QString name = q->text(r, 0);
        const qint64 size = q->text(r, 1).toLongLong();
        if (name == from.file) {
            counting = true;
            if (name == to.file)
                return to.offset - from.offset;
            total += size - from.offset;
        } else if (counting && name == to.file) {
            return total + to.offset;
        } else if (counting) {
            total += size;
        }
    }
    return -1;
}

// The test server's postgres database, schema public (execute() sets the search path).
Endpoint pg()
{
    Endpoint e = test::postgres();
    e.schema = u"public"_s;
    return e;
}

QList<Risk> risksOf(const QList<Risk> &all, const QString &project)
{
    QList<Risk> out;
    for (const Risk &r : all)
        if (r.project == project)
            out.append(r);
    return out;
}

} // namespace

class TestRiskBoard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<MetaStore> m_store;
    qint64 m_expireBefore = -1;

    qint64 create(const QJsonObject &source, const QString &name)
    {
        auto definition = ProjectDefinition::fromJson(
            {{u"name"_s, name},
             {u"source"_s, source},
             {u"target"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s},
                           {u"path"_s, m_dir.filePath(name + u".sqlite"_s)}}},
             {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s, u"incremental"_s}}});
        if (!definition) {
            qWarning() << definition.error().text();
            return 0;
        }
        auto created = ProjectRepository(m_store).create(*definition);
        return created ? created->id : 0;
    }

    // As the incremental step saves it, with the save time pinned.
    bool saveStream(qint64 id, const StreamRecord &stream, const QDateTime &savedAt)
    {
        if (!ProjectRepository(m_store).saveStream(id, stream))
            return false;
        return bool(m_store->exec(
            u"UPDATE stream_state SET updated_at = ? WHERE project_id = ? AND stream = ?"_s,
            {savedAt.toString(Qt::ISODateWithMs), id, stream.stream}));
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        auto store = MetaStore::open(m_dir.filePath(u"store.db"_s));
        QVERIFY(store);
        m_store = *store;
    }

    void cleanupTestCase()
    {
        if (m_expireBefore >= 0) {
            auto s = open(test::mariadb());
            if (s)
                (void)(*s)->exec(
                    u"SET GLOBAL binlog_expire_logs_seconds = %1"_s.arg(m_expireBefore));
        }
        (void)test::execute(test::mariadb(), {u"DROP DATABASE IF EXISTS ferry_risk"_s});
        (void)test::execute(pg(),
                            {u"SELECT pg_drop_replication_slot(slot_name) FROM "
                             "pg_replication_slots WHERE slot_name IN ('ferry_paused_pg', "
                             "'ferry_nobody_omb')"_s,
                             u"DROP TABLE IF EXISTS ferry_risk_wal"_s});
    }

    void binlogRetention()
    {
        const Endpoint server = test::mariadb();
        auto session = open(server);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().text()));
        Session &s = **session;
        auto expire = s.query(u"SELECT @@GLOBAL.binlog_expire_logs_seconds"_s);
        QVERIFY(expire && expire->size() == 1);
        m_expireBefore = expire->text(0, 0).toLongLong();
        QVERIFY(
            test::execute(server,
                          {u"DROP DATABASE IF EXISTS ferry_risk"_s, u"CREATE DATABASE ferry_risk"_s,
                           u"CREATE TABLE ferry_risk.t (id INT AUTO_INCREMENT PRIMARY KEY, "
                           "pad TEXT)"_s}));

        const qint64 id = create({{u"engine"_s, u"mariadb"_s},
                                  {u"host"_s, server.host},
                                  {u"port"_s, server.port},
                                  {u"user"_s, server.user},
                                  {u"passwordEnv"_s, u"FERRY_TEST_MARIADB_PASSWORD"_s},
                                  {u"database"_s, u"ferry_risk"_s}},
                                 u"risky"_s);
        QVERIFY(id > 0);
        ProjectRepository projects(m_store);
        QVERIFY(projects.setState(id, ProjectState::Running));
        RunHeartbeat heartbeat(m_store, id, u"risk-test"_s);
        QVERIFY(heartbeat.start());

        // What the stream read between two saves 100 s apart, and what it has still to read.
        const Position start = masterStatus(s);
        QVERIFY(!start.file.isEmpty());
        const QString insert = u"INSERT INTO ferry_risk.t (pad) SELECT REPEAT('r', 1000) "
                               "FROM mysql.seq_1_to_400"_s;
        QVERIFY(s.exec(insert));
        const Position read = masterStatus(s);
        QVERIFY(s.exec(insert));
        QVERIFY(s.exec(insert));
        const Position end = masterStatus(s);
        const qint64 readBytes = binlogBytes(s, start, read);
        const qint64 backlog = binlogBytes(s, read, end);
        QVERIFY(readBytes > 300000);
        QVERIFY(backlog > 2 * readBytes - 1000);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        StreamRecord stream;
        stream.stream = u"forward"_s;
        stream.state = u"catching-up"_s;
        stream.readPosition = start.text();
        stream.appliedPosition = start.text();
        stream.lastCommitAt = now;
        stream.lagMs = 0;
        QVERIFY(saveStream(id, stream, now.addSecs(-100)));

        RiskBoard board(m_store, nullptr);
        // The first look knows no rate: nothing judged yet.
        auto first = board.assess();
        QVERIFY(first);
        QCOMPARE(risksOf(*first, u"risky"_s).size(), 0);

        stream.readPosition = read.text();
        stream.appliedPosition = read.text();
        QVERIFY(saveStream(id, stream, now));
        QTest::qWait(300); // the server's binlog end looked at again, not at the same instant

        // Expiry 60 s: the catch-up (backlog / read rate, the source idle) takes longer.
        QVERIFY(s.exec(u"SET GLOBAL binlog_expire_logs_seconds = 60"_s));
        auto facts = board.retentionFacts();
        QVERIFY(facts);
        const RetentionFacts *f = nullptr;
        for (const RetentionFacts &x : std::as_const(*facts))
            if (x.project == u"risky")
                f = &x;
        QVERIFY(f);
        QCOMPARE(f->error, QString());
        QCOMPARE(f->stream, u"forward"_s);
        QCOMPARE(f->server, u"%1:%2"_s.arg(server.host).arg(server.port));
        QCOMPARE(f->readPosition, read.text());
        QCOMPARE(f->retentionSeconds, qint64(60));
        QCOMPARE(f->backlogBytes, backlog);
        QCOMPARE(f->readBytesPerSecond, double(readBytes) / 100);
        QCOMPARE(f->writeBytesPerSecond, 0.0);
        QVERIFY(f->catchUpKnown);
        const qint64 catchUp = qint64(std::ceil(double(backlog) / (double(readBytes) / 100)));
        QCOMPARE(f->catchUpSeconds, catchUp);
        QVERIFY(f->positionAgeSeconds >= 0 && f->positionAgeSeconds < 60);
        QCOMPARE(f->retentionLeftSeconds, 60 - f->positionAgeSeconds);

        QList<Risk> risks = RiskBoard::assessRetention(*f, board.options());
        QCOMPARE(risks.size(), 1);
        const Risk &r = risks.first();
        QCOMPARE(r.project, u"risky"_s);
        QCOMPARE(r.kind, Risk::Kind::BinlogRetention);
        QCOMPARE(r.severity, Risk::Severity::Critical);
        QCOMPARE(r.object, f->server);
        QCOMPARE(r.figures.value(u"backlogBytes"_s).toInteger(), backlog);
        QCOMPARE(r.figures.value(u"catchUpSeconds"_s).toInteger(), catchUp);
        QCOMPARE(r.action,
                 u"Raise binlog_expire_logs_seconds to at least 3600 s on %1 (SET GLOBAL "
                 "binlog_expire_logs_seconds = 3600, and in the server's configuration), or "
                 "make the stream faster."_s.arg(f->server));

        // The whole board says the same of this project.
        auto all = board.assess();
        QVERIFY(all);
        const QList<Risk> mine = risksOf(*all, u"risky"_s);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().kind, Risk::Kind::BinlogRetention);
        QCOMPARE(mine.first().action, r.action);

        // A week: the catch-up ends with most of it left.
        QVERIFY(s.exec(u"SET GLOBAL binlog_expire_logs_seconds = 604800"_s));
        auto relaxed = board.assess();
        QVERIFY(relaxed);
        QCOMPARE(risksOf(*relaxed, u"risky"_s).size(), 0);

        // Paused now: it does not move, so the board says when its position goes.
        heartbeat.stop();
        QVERIFY(projects.setState(id, ProjectState::Paused));
        auto paused = board.assess();
        QVERIFY(paused);
        const QList<Risk> pausedRisks = risksOf(*paused, u"risky"_s);
        QCOMPARE(pausedRisks.size(), 1);
        QCOMPARE(pausedRisks.first().kind, Risk::Kind::BinlogRetention);
        QCOMPARE(pausedRisks.first().severity, Risk::Severity::Warning);
        QVERIFY2(pausedRisks.first().action.startsWith(u"Resume project risky within "_s),
                 qPrintable(pausedRisks.first().action));
        QVERIFY(projects.remove(id));
    }

    void pausedAndOrphanSlots()
    {
        const Endpoint server = pg();
        const QString slot = PostgreSqlChangeReader::objectName(u"paused-pg"_s);
        QCOMPARE(slot, u"ferry_paused_pg"_s);
        QVERIFY(
            test::execute(server,
                          {u"SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                           "WHERE slot_name IN ('ferry_paused_pg', 'ferry_nobody_omb')"_s,
                           u"DROP TABLE IF EXISTS ferry_risk_wal"_s,
                           u"CREATE TABLE ferry_risk_wal (id serial PRIMARY KEY, pad text)"_s,
                           u"SELECT pg_create_logical_replication_slot('ferry_paused_pg', "
                           "'pgoutput')"_s,
                           u"SELECT pg_create_logical_replication_slot('ferry_nobody_omb', "
                           "'pgoutput')"_s}));
        const qint64 id = create({{u"engine"_s, u"postgresql"_s},
                                  {u"host"_s, server.host},
                                  {u"port"_s, server.port},
                                  {u"user"_s, server.user},
                                  {u"passwordEnv"_s, u"FERRY_TEST_PG_PASSWORD"_s},
                                  {u"database"_s, server.database}},
                                 u"paused-pg"_s);
        QVERIFY(id > 0);
        QVERIFY(ProjectRepository(m_store).setState(id, ProjectState::Paused));
        StreamRecord stream;
        stream.stream = u"forward"_s;
        stream.state = u"stopped"_s;
        stream.readPosition = u"0/0"_s;
        QVERIFY(saveStream(id, stream, QDateTime::currentDateTimeUtc()));
        // WAL the slot holds from now on.
        QVERIFY(test::execute(server,
                              {u"INSERT INTO ferry_risk_wal (pad) SELECT repeat('w', "
                               "1000) FROM generate_series(1, 500)"_s}));

        RiskBoard board(m_store, nullptr);
        auto risks = board.assess();
        QVERIFY(risks);
        const QList<Risk> mine = risksOf(*risks, u"paused-pg"_s);
        QCOMPARE(mine.size(), 1);
        const Risk &r = mine.first();
        const QString address = u"%1:%2"_s.arg(server.host).arg(server.port);
        QCOMPARE(r.kind, Risk::Kind::PausedSlot);
        QCOMPARE(r.severity, Risk::Severity::Warning);
        QCOMPARE(r.object, slot);
        QVERIFY(r.figures.value(u"retainedWalBytes"_s).toInteger() > 500000);
        QCOMPARE(r.figures.value(u"slotActive"_s).toBool(), false);
        QCOMPARE(r.figures.value(u"maxSlotWalKeepBytes"_s).toInteger(), qint64(-1));
        QCOMPARE(r.action,
                 u"Resume project paused-pg, or release it if it will not run again (that drops "
                 "slot ferry_paused_pg); until then %1 keeps its WAL without limit "
                 "(max_slot_wal_keep_size = -1)."_s.arg(address));

        bool orphan = false;
        for (const Risk &x : std::as_const(*risks)) {
            if (x.kind != Risk::Kind::OrphanSlot || x.object != u"ferry_nobody_omb")
                continue;
            orphan = true;
            QCOMPARE(x.project, QString());
            QCOMPARE(
                x.action,
                u"If nothing else uses it, drop it on %1/%2: SELECT "
                "pg_drop_replication_slot('ferry_nobody_omb');"_s.arg(address, server.database));
        }
        QVERIFY(orphan);
        // The paused project's own slot is not called an orphan.
        for (const Risk &x : std::as_const(*risks))
            QVERIFY(!(x.kind == Risk::Kind::OrphanSlot && x.object == slot));
    }

    void failedStep()
    {
        auto definition = ProjectDefinition::fromJson(
            {{u"name"_s, u"broken"_s},
             {u"source"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"a.sqlite"_s)}}},
             {u"target"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"b.sqlite"_s)}}},
             {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s}}});
        QVERIFY(definition);
        ProjectRepository projects(m_store);
        auto created = projects.create(*definition);
        QVERIFY(created);
        QVERIFY(projects.setStep(created->id, u"full"_s, StepState::Running));
        QVERIFY(projects.setStep(created->id, u"full"_s, StepState::Failed,
                                 u"table shop.orders has no primary key"_s));
        RiskBoard board(m_store, nullptr);
        auto risks = board.assess();
        QVERIFY(risks);
        const QList<Risk> mine = risksOf(*risks, u"broken"_s);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().kind, Risk::Kind::FailedStep);
        QCOMPARE(mine.first().severity, Risk::Severity::Critical);
        QCOMPARE(mine.first().object, u"full"_s);
        QCOMPARE(mine.first().summary,
                 u"step full of broken failed: table shop.orders has no primary key"_s);
        QCOMPARE(mine.first().action,
                 u"Fix what the error names, then start project broken "
                 "again: it resumes at the failed step."_s);
        const QString text = diagnosisText(mine);
        QCOMPARE(text,
                 u"[CRITICAL] failed-step (broken): step full of broken failed: table "
                 "shop.orders has no primary key\n    -> Fix what the error names, then "
                 "start project broken again: it resumes at the failed step.\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestRiskBoard)
#include "tst_riskboard.moc"

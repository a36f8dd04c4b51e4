// The incremental step under faults, as `ferry run` meets them: a source under a live workload
// (inserts, updates, deletes, key updates, multi-statement and rolled-back transactions), the
// run killed with SIGKILL at random moments during the full copy and during apply, the target
// server stopped and started again mid-stream, and the source's log gone while Ferry was
// stopped. After each, the target holds exactly the source's rows (compared value by value
// here, and by `ferry verify`), or the run says which position is lost and what to do.
//
// FERRY_FAULT_SEED=<n> replays the kill delays and the workload's choices of a failed run (the
// seed is printed at the start; the interleaving with the servers is not replayable).
#include "engines/driver.h"
#include "migrationfixture.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <random>
#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrders = 40000; // rows before the first run: a full copy of about 5 s
constexpr int kAccounts = 500;
constexpr int kKillsInFull = 3;
constexpr int kKillsInApply = 3;
const QString kNull = u"\x01NULL"_s; // no generated value contains \x01

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Column kinds, for the canonical text each engine is asked for.
enum class Kind { Text, Int, Decimal, DateTime, Bytes };
struct ColumnSpec
{
    const char *name;
    Kind kind;
};
const std::vector<ColumnSpec> kOrderColumns = {
    {"region", Kind::Text},    {"id", Kind::Int},          {"note", Kind::Text},
    {"amount", Kind::Decimal}, {"placed", Kind::DateTime}, {"data", Kind::Bytes}};
const std::vector<ColumnSpec> kAccountColumns = {{"id", Kind::Int},
                                                 {"owner", Kind::Text},
                                                 {"balance", Kind::Decimal},
                                                 {"updated", Kind::DateTime},
                                                 {"photo", Kind::Bytes}};

QString qualified(const Endpoint &e, const QString &table)
{
    if (e.engine == Engine::PostgreSql)
        return u"\"%1\".\"%2\""_s.arg(e.schema, table);
    return table;
}

// Every row of `table` as text that does not depend on the engine (decimals with 4 places,
// date-times with microseconds, bytes in upper-case hex), sorted: two engines holding the same
// values give the same list. Written here in SQL, not through Ferry's readers.
Result<QList<QStringList>> canonicalRows(const Endpoint &e, const QString &table,
                                         const std::vector<ColumnSpec> &columns)
{
    QStringList select;
    for (const ColumnSpec &c : columns) {
        const QString n = QString::fromLatin1(c.name);
        switch (e.engine) {
        case Engine::PostgreSql:
            switch (c.kind) {
            case Kind::Text: select << n; break;
            case Kind::Int: select << n + u"::text"_s; break;
            case Kind::Decimal: select << n + u"::numeric(20,4)::text"_s; break;
            case Kind::DateTime:
                select << u"to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')"_s.arg(n);
                break;
            case Kind::Bytes: select << u"upper(encode(%1, 'hex'))"_s.arg(n); break;
            }
            break;
        case Engine::Sqlite:
            switch (c.kind) {
            case Kind::Text: select << n; break;
            case Kind::Int: select << u"CAST(%1 AS TEXT)"_s.arg(n); break;
            case Kind::Decimal:
                select << u"CASE WHEN %1 IS NULL THEN NULL ELSE printf('%.4f', %1) END"_s.arg(n);
                break;
            case Kind::DateTime: select << n; break;
            case Kind::Bytes:
                select << u"CASE WHEN %1 IS NULL THEN NULL ELSE hex(%1) END"_s.arg(n);
                break;
            }
            break;
        default: // the MySQL family
            switch (c.kind) {
            case Kind::Text: select << n; break;
            case Kind::Int: select << u"CAST(%1 AS CHAR)"_s.arg(n); break;
            case Kind::Decimal:
                select << u"CAST(CAST(%1 AS DECIMAL(20,4)) AS CHAR)"_s.arg(n);
                break;
            case Kind::DateTime:
                select << u"DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')"_s.arg(n);
                break;
            case Kind::Bytes: select << u"HEX(%1)"_s.arg(n); break;
            }
            break;
        }
    }
    auto session = Driver::forEngine(e.engine).connect(e);
    if (!session)
        return std::unexpected(session.error());
    auto r =
        (*session)->query(u"SELECT %1 FROM %2"_s.arg(select.join(u", "_s), qualified(e, table)));
    if (!r)
        return std::unexpected(r.error());
    QList<QStringList> rows;
    rows.reserve(r->size());
    for (int i = 0; i < r->size(); ++i) {
        QStringList row;
        for (int c = 0; c < int(columns.size()); ++c)
            row << (r->isNull(i, c) ? kNull : r->text(i, c));
        rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString scalar(const Endpoint &e, const QString &sql)
{
    auto session = Driver::forEngine(e.engine).connect(e);
    if (!session)
        return u"error: "_s + session.error().text();
    auto r = (*session)->query(sql);
    if (!r)
        return u"error: "_s + r.error().text();
    return r->size() && !r->isNull(0, 0) ? r->text(0, 0) : QString();
}

// ---------------------------------------------------------------------------------------------
// The workload: one writer on the source, its choices drawn from a seeded generator.

const char *const kRegions[] = {"eu", "us", "apac", "süd"};
const char *const kNotes[] = {"plain",  "it's", "back\\slash", "tab\there", "new\nline",
                              "😀 ü 中", "",     "%1 %2 ?",     "\"quoted\""};

struct OrderKey
{
    int region = 0;
    qint64 id = 0;
};

struct WorkloadState
{
    std::vector<OrderKey> orders; // live keys
    std::vector<OrderKey> gone; // deleted keys (or moved away): inserted again now and then
    qint64 nextOrder = 1000000;
    std::vector<qint64> accounts;
    qint64 nextAccount = 100000;
};

struct WorkloadStats
{
    qint64 transactions = 0; // committed
    qint64 statements = 0; // in committed transactions
    qint64 rolledBack = 0; // transactions rolled back on purpose
    qint64 keyUpdates = 0;
    qint64 errors = 0;
    QString firstError;
};

class Workload
{
public:
    Workload(Endpoint source, quint32 seed, WorkloadState state)
        : m_source(std::move(source))
        , m_random(seed)
        , m_state(std::move(state))
    { }
    ~Workload() { stop(); }

    void start()
    {
        m_stop = false;
        m_thread = std::thread([this] { run(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    const WorkloadStats &stats() const { return m_stats; } // after stop()

private:
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    bool chance(int percent) { return pick(100) < percent; }

    QString text(const QString &v) const { return m_session->quoteLiteral(v); }
    QString region(int r) const { return text(QString::fromUtf8(kRegions[r])); }
    QString note()
    {
        if (chance(15))
            return u"NULL"_s;
        QString n = QString::fromUtf8(kNotes[pick(int(std::size(kNotes)))]);
        if (chance(5))
            n += QString(300, u'x');
        return text(n + u" #"_s + QString::number(pick(100000)));
    }
    QString amount()
    {
        if (chance(10))
            return u"NULL"_s;
        return QString::asprintf("%s%d.%04d", chance(20) ? "-" : "", pick(1000000), pick(10000));
    }
    QString dateTime()
    {
        if (chance(10))
            return u"NULL"_s;
        return u"'%1'"_s.arg(QString::asprintf("%04d-%02d-%02d %02d:%02d:%02d.%06d",
                                               2000 + pick(31), 1 + pick(12), 1 + pick(28),
                                               pick(24), pick(60), pick(60), pick(1000000)));
    }
    QString bytes(int maxLength)
    {
        if (chance(10))
            return u"NULL"_s;
        QByteArray b;
        const int n = pick(maxLength + 1);
        for (int i = 0; i < n; ++i)
            b.append(char(pick(4) == 0 ? (pick(2) ? 0x00 : 0xFF) : pick(256)));
        const QString hex = QString::fromLatin1(b.toHex());
        if (m_source.engine == Engine::PostgreSql)
            return u"'\\x%1'::bytea"_s.arg(hex);
        return u"X'%1'"_s.arg(hex);
    }
    QString orders() const { return qualified(m_source, u"orders"_s); }
    QString accounts() const { return qualified(m_source, u"accounts"_s); }
    QString where(const OrderKey &k) const
    {
        return u"region = %1 AND id = %2"_s.arg(region(k.region), QString::number(k.id));
    }

    QString insertOrder(const OrderKey &k)
    {
        return u"INSERT INTO %1 (region, id, note, amount, placed, data) VALUES "
               "(%2, %3, %4, %5, %6, %7)"_s.arg(orders(), region(k.region), QString::number(k.id),
                                                note(), amount(), dateTime(), bytes(24));
    }
    QString updateOrder(const OrderKey &k)
    {
        QStringList set;
        if (chance(60))
            set << u"note = "_s + note();
        if (chance(60))
            set << u"amount = "_s + amount();
        if (chance(40))
            set << u"placed = "_s + dateTime();
        if (set.isEmpty() || chance(30))
            set << u"data = "_s + bytes(24);
        return u"UPDATE %1 SET %2 WHERE %3"_s.arg(orders(), set.join(u", "_s), where(k));
    }

    // One statement of a transaction on `s`, recorded in `s` (the state if it commits).
    void step(WorkloadState &s, QStringList &sql)
    {
        const int what = pick(100);
        if (s.orders.size() < 100 || what < 25) { // insert
            OrderKey k {pick(4), s.nextOrder++};
            if (!s.gone.empty() && chance(30)) { // a key that existed before
                const size_t i = size_t(pick(int(s.gone.size())));
                k = s.gone[i];
                s.gone[i] = s.gone.back();
                s.gone.pop_back();
            }
            sql << insertOrder(k);
            s.orders.push_back(k);
        } else if (what < 50) { // update
            sql << updateOrder(s.orders[size_t(pick(int(s.orders.size())))]);
        } else if (what < 60) { // delete
            const size_t i = size_t(pick(int(s.orders.size())));
            sql << u"DELETE FROM %1 WHERE %2"_s.arg(orders(), where(s.orders[i]));
            s.gone.push_back(s.orders[i]);
            s.orders[i] = s.orders.back();
            s.orders.pop_back();
        } else if (what < 70) { // the key changes (region too, now and then)
            const size_t i = size_t(pick(int(s.orders.size())));
            const OrderKey old = s.orders[i];
            OrderKey moved {chance(30) ? pick(4) : old.region, s.nextOrder++};
            sql << u"UPDATE %1 SET id = %2, region = %3 WHERE %4"_s.arg(
                orders(), QString::number(moved.id), region(moved.region), where(old));
            s.orders[i] = moved;
            s.gone.push_back(old);
            ++m_pendingKeyUpdates;
        } else if (what < 75) { // a new row changed twice and deleted, in one transaction
            const OrderKey k {pick(4), s.nextOrder++};
            sql << insertOrder(k) << updateOrder(k) << updateOrder(k)
                << u"DELETE FROM %1 WHERE %2"_s.arg(orders(), where(k));
            s.gone.push_back(k);
        } else if (what < 80) { // many rows in one statement
            const qint64 from = 1 + pick(kOrders);
            sql << u"UPDATE %1 SET note = %2 WHERE id BETWEEN %3 AND %4"_s.arg(
                orders(), note(), QString::number(from), QString::number(from + 40));
        } else if (what < 95 || s.accounts.size() <= size_t(kAccounts)) { // accounts
            const qint64 id = s.accounts[size_t(pick(int(s.accounts.size())))];
            if (chance(10)) {
                const qint64 n = s.nextAccount++;
                sql << u"INSERT INTO %1 (id, owner, balance, updated, photo) VALUES "
                       "(%2, %3, %4, %5, %6)"_s.arg(
                           accounts(), QString::number(n), text(u"owner %1 ü"_s.arg(n)),
                           QString::asprintf("%d.%04d", pick(100000), pick(10000)), dateTime(),
                           bytes(40));
                s.accounts.push_back(n);
            } else {
                sql << u"UPDATE %1 SET balance = %2, updated = %3%4 WHERE id = %5"_s.arg(
                    accounts(), QString::asprintf("%d.%04d", pick(100000), pick(10000)), dateTime(),
                    chance(20) ? u", photo = "_s + bytes(40) : QString(), QString::number(id));
            }
        } else { // an account added by the workload goes away
            const size_t i = size_t(kAccounts + pick(int(s.accounts.size()) - kAccounts));
            sql << u"DELETE FROM %1 WHERE id = %2"_s.arg(accounts(),
                                                         QString::number(s.accounts[i]));
            s.accounts[i] = s.accounts.back();
            s.accounts.pop_back();
        }
    }

    void failed(const QString &why)
    {
        ++m_stats.errors;
        if (m_stats.firstError.isEmpty())
            m_stats.firstError = why;
    }

    void run()
    {
        auto session = Driver::forEngine(m_source.engine).connectForWrite(m_source);
        if (!session) {
            failed(session.error().text());
            return;
        }
        m_session = std::move(*session);
        while (!m_stop) {
            WorkloadState next = m_state;
            QStringList sql;
            const int kind = pick(100);
            const bool rollback = kind < 5;
            const bool many = kind < 30; // a multi-statement transaction
            m_pendingKeyUpdates = 0;
            const int statements = many ? 2 + pick(5) : 1;
            for (int i = 0; i < statements; ++i)
                step(next, sql);
            Status ok = many ? m_session->beginTransaction() : Status();
            for (const QString &statement : std::as_const(sql))
                if (ok)
                    ok = m_session->exec(statement);
            if (ok && many) {
                if (rollback)
                    m_session->rollbackTransaction();
                else
                    ok = m_session->commitTransaction();
            }
            if (!ok) {
                if (m_session->inTransaction())
                    m_session->rollbackTransaction();
                failed(ok.error().text());
            } else if (rollback) {
                ++m_stats.rolledBack;
            } else {
                m_state = std::move(next);
                ++m_stats.transactions;
                m_stats.statements += sql.size();
                m_stats.keyUpdates += m_pendingKeyUpdates;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(4));
        }
        m_session.reset();
    }

    Endpoint m_source;
    std::mt19937 m_random;
    WorkloadState m_state;
    WorkloadStats m_stats;
    std::unique_ptr<Session> m_session;
    qint64 m_pendingKeyUpdates = 0;
    std::atomic_bool m_stop {false};
    std::thread m_thread;
};

// The tables on each engine, and their rows before the first run.
QStringList createSource(Engine engine)
{
    switch (engine) {
    case Engine::PostgreSql:
        return {
            u"CREATE TABLE orders (region varchar(8) NOT NULL, id integer NOT NULL, note text, "
            "amount numeric(14,4), placed timestamp(6), data bytea, PRIMARY KEY (region, id))"_s,
            u"CREATE TABLE accounts (id integer PRIMARY KEY, owner varchar(40) NOT NULL, "
            "balance numeric(14,4) NOT NULL, updated timestamp(6), photo bytea)"_s,
            u"INSERT INTO orders SELECT (ARRAY['eu','us','apac','süd'])[1 + g % 4], g, "
            "CASE WHEN g % 7 = 0 THEN NULL ELSE 'note ' || g || ' it''s ü' END, "
            "CASE WHEN g % 11 = 0 THEN NULL ELSE (g * 37 % 1000000) / 100.0 END, "
            "CASE WHEN g % 13 = 0 THEN NULL ELSE timestamp '2020-01-01' "
            "+ g * interval '1.234567 second' END, "
            "CASE WHEN g % 5 = 0 THEN NULL ELSE decode(md5(g::text), 'hex') END "
            "FROM generate_series(1, %1) g"_s.arg(kOrders),
            u"INSERT INTO accounts SELECT g, 'owner ' || g, g * 3.25, "
            "timestamp '2021-06-01' + g * interval '1 minute', '\\x00ff'::bytea "
            "FROM generate_series(1, %1) g"_s.arg(kAccounts),
            u"ANALYZE"_s,
        };
    case Engine::Sqlite:
        return {
            u"PRAGMA journal_mode = WAL"_s,
            u"CREATE TABLE orders (region VARCHAR(8) NOT NULL, id INTEGER NOT NULL, note TEXT, "
            "amount DECIMAL(14,4), placed DATETIME, data BLOB, PRIMARY KEY (region, id))"_s,
            u"CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner VARCHAR(40) NOT NULL, "
            "balance DECIMAL(14,4) NOT NULL, updated DATETIME, photo BLOB)"_s,
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
            "INSERT INTO orders SELECT CASE x % 4 WHEN 0 THEN 'eu' WHEN 1 THEN 'us' "
            "WHEN 2 THEN 'apac' ELSE 'süd' END, x, "
            "CASE WHEN x % 7 = 0 THEN NULL ELSE 'note ' || x || ' it''s ü' END, "
            "CASE WHEN x % 11 = 0 THEN NULL ELSE (x * 37 % 1000000) / 100.0 END, "
            "CASE WHEN x % 13 = 0 THEN NULL ELSE datetime('2020-01-01', '+' || x || "
            "' seconds') || printf('.%06d', x * 7919 % 1000000) END, "
            "CASE WHEN x % 5 = 0 THEN NULL ELSE randomblob(16) END FROM c"_s.arg(kOrders),
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
            "INSERT INTO accounts SELECT x, 'owner ' || x, x * 3.25, "
            "datetime('2021-06-01', '+' || x || ' minutes') || '.000000', X'00FF' FROM c"_s.arg(
                kAccounts),
        };
    default:
        return {
            u"CREATE TABLE orders (region VARCHAR(8) NOT NULL, id INT NOT NULL, note TEXT, "
            "amount DECIMAL(14,4), placed DATETIME(6), data VARBINARY(64), "
            "PRIMARY KEY (region, id))"_s,
            u"CREATE TABLE accounts (id INT PRIMARY KEY, owner VARCHAR(40) NOT NULL, "
            "balance DECIMAL(14,4) NOT NULL, updated DATETIME(6), photo BLOB)"_s,
            u"INSERT INTO orders SELECT ELT(1 + seq % 4, 'eu', 'us', 'apac', 'süd'), seq, "
            "IF(seq % 7 = 0, NULL, CONCAT('note ', seq, ' it''s ü')), "
            "IF(seq % 11 = 0, NULL, (seq * 37 % 1000000) / 100), "
            "IF(seq % 13 = 0, NULL, TIMESTAMPADD(MICROSECOND, seq * 1234567, "
            "'2020-01-01 00:00:00')), IF(seq % 5 = 0, NULL, UNHEX(MD5(seq))) "
            "FROM seq_1_to_%1"_s.arg(kOrders),
            u"INSERT INTO accounts SELECT seq, CONCAT('owner ', seq), seq * 3.25, "
            "TIMESTAMPADD(MINUTE, seq, '2021-06-01 00:00:00'), X'00FF' "
            "FROM seq_1_to_%1"_s.arg(kAccounts),
        };
    }
}

WorkloadState initialState()
{
    WorkloadState s;
    for (int i = 1; i <= kOrders; ++i) {
        // The same region as the SQL above: ELT(1 + seq % 4, ...), ARRAY[...][1 + g % 4], CASE.
        s.orders.push_back({i % 4, i});
    }
    for (int i = 1; i <= kAccounts; ++i)
        s.accounts.push_back(i);
    return s;
}

} // namespace

class TestIncrementalFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_scratch;
    QTemporaryDir m_dir;
    quint32 m_seed = 0;

    QString store() const { return m_dir.filePath(u"store.db"_s); }

    QString writeProject(const QString &name, const QJsonObject &project)
    {
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(project).toJson());
        return path;
    }

    // A process that is killed (SIGKILL) when its pointer goes: a failed check leaves no run
    // behind.
    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, u"faults-test"_s);
        env.insert(u"FERRY_HEARTBEAT_SECONDS"_s, u"0.5"_s);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store()} + args);
        p->waitForStarted();
        return p;
    }

    Run finish(std::unique_ptr<QProcess> p, int timeoutMs = 180000)
    {
        if (!p->waitForFinished(timeoutMs)) {
            p->kill();
            p->waitForFinished();
        }
        Run r {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
               QString::fromUtf8(p->readAllStandardOutput()),
               QString::fromUtf8(p->readAllStandardError())};
        return r;
    }

    Run ferry(const QStringList &args) { return finish(start(args)); }

    // Why a run that should still be running is not: for the failure message.
    static QString ended(QProcess &p)
    {
        if (p.state() == QProcess::Running)
            return {};
        p.waitForFinished();
        return u"the run ended (%1): %2"_s.arg(p.exitStatus() == QProcess::CrashExit
                                                   ? u"crashed"_s
                                                   : u"exit code %1"_s.arg(p.exitCode()),
                                               QString::fromUtf8(p.readAllStandardError()));
    }

    QVariant storeValue(const QString &sql, const QVariantList &values)
    {
        auto s = MetaStore::open(store());
        if (!s)
            return {};
        auto q = (*s)->exec(sql, values);
        return q && q->next() ? q->value(0) : QVariant();
    }

    int chunks(const QString &project, const QString &state)
    {
        return storeValue(u"SELECT count(*) FROM chunk c JOIN project p ON p.id = c.project_id "
                          "WHERE p.name = ? AND c.state = ?"_s,
                          {project, state})
            .toInt();
    }

    QString stepState(const QString &project, const QString &step)
    {
        return storeValue(u"SELECT s.state FROM project_step s JOIN project p "
                          "ON p.id = s.project_id WHERE p.name = ? AND s.step = ?"_s,
                          {project, step})
            .toString();
    }

    QString streamState(const QString &project)
    {
        return storeValue(u"SELECT s.state FROM stream_state s JOIN project p "
                          "ON p.id = s.project_id WHERE p.name = ? AND s.stream = 'forward'"_s,
                          {project})
            .toString();
    }

    int logLines(const QString &project, const QString &like)
    {
        return storeValue(u"SELECT count(*) FROM project_log l JOIN project p "
                          "ON p.id = l.project_id WHERE p.name = ? AND l.message LIKE ?"_s,
                          {project, like})
            .toInt();
    }

    // The position the target committed for the project's stream; empty before the first.
    static QString position(const Endpoint &target, const QString &project)
    {
        const QString exists =
            scalar(target,
                   target.engine == Engine::PostgreSql
                       ? u"SELECT count(*) FROM pg_tables WHERE schemaname = '%1' AND "
                         "tablename = 'ferry_position'"_s.arg(target.schema)
                       : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                         "DATABASE() AND table_name = 'ferry_position'"_s);
        if (exists != u"1"_s)
            return {};
        const QString r =
            scalar(target,
                   u"SELECT position FROM %1 WHERE project = '%2' AND "
                   "stream = 'forward'"_s.arg(qualified(target, u"ferry_position"_s), project));
        return r.startsWith(u"error: "_s) ? QString() : r;
    }

    void servers(const QString &command, int downSeconds, QProcess &process)
    {
        process.start(QStringLiteral(FERRY_SERVERS_SCRIPT),
                      {command, env("FERRY_TEST_DIR"), QString::number(downSeconds)});
        process.waitForStarted();
    }

    // Both tables compared value by value; returns how many rows were compared.
    qint64 compareTables(const Endpoint &source, const Endpoint &target)
    {
        qint64 compared = 0;
        const std::pair<QString, const std::vector<ColumnSpec> *> tables[] = {
            {u"orders"_s, &kOrderColumns}, {u"accounts"_s, &kAccountColumns}};
        for (const auto &[table, columns] : tables) {
            auto from = canonicalRows(source, table, *columns);
            auto to = canonicalRows(target, table, *columns);
            if (!from || !to) {
                QTest::qFail(qPrintable((from ? to.error() : from.error()).text()), __FILE__,
                             __LINE__);
                return -1;
            }
            const qsizetype n = std::min(from->size(), to->size());
            for (qsizetype i = 0; i < n; ++i)
                if ((*from)[i] != (*to)[i]) {
                    QTest::qFail(
                        qPrintable(u"%1: row %2 differs:\n  source %3\n  target %4"_s.arg(table)
                                       .arg(i)
                                       .arg((*from)[i].join(u" | "_s), (*to)[i].join(u" | "_s))),
                        __FILE__, __LINE__);
                    return -1;
                }
            if (from->size() != to->size()) {
                QTest::qFail(qPrintable(u"%1: the source has %2 rows, the target %3"_s.arg(table)
                                            .arg(from->size())
                                            .arg(to->size())),
                             __FILE__, __LINE__);
                return -1;
            }
            compared += from->size();
        }
        return compared;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_seed = qEnvironmentVariableIsSet("FERRY_FAULT_SEED")
            ? quint32(qEnvironmentVariableIntValue("FERRY_FAULT_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (FERRY_FAULT_SEED=%u replays the kill delays and the workload's choices)",
              m_seed, m_seed);
        m_scratch = std::make_unique<Scratch>(u"faults"_s);
        QVERIFY(MetaStore::open(store()));
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void killsRestartsAndLostLogs_data()
    {
        QTest::addColumn<Engine>("sourceEngine");
        QTest::addColumn<Engine>("targetEngine");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("restart"); // servers.sh command that restarts the target
        QTest::newRow("mariadb->postgresql")
            << Engine::MariaDb << Engine::PostgreSql << u"faults_my2pg"_s << u"restart-pg"_s;
        QTest::newRow("postgresql->mariadb")
            << Engine::PostgreSql << Engine::MariaDb << u"faults_pg2my"_s << u"restart-mariadb"_s;
        QTest::newRow("sqlite->postgresql")
            << Engine::Sqlite << Engine::PostgreSql << u"faults_lite2pg"_s << QString();
    }

    void killsRestartsAndLostLogs()
    {
        QFETCH(Engine, sourceEngine);
        QFETCH(Engine, targetEngine);
        QFETCH(QString, project);
        QFETCH(QString, restart);
        QElapsedTimer clock;
        clock.start();
        // Per direction, and the same in every process (qHash is seeded per process).
        const quint32 seed = m_seed + qChecksum(project.toUtf8());
        QRandomGenerator delays(seed);

        const Endpoint source = m_scratch->make(sourceEngine, project + u"_src"_s);
        const Endpoint target = m_scratch->make(targetEngine, project + u"_dst"_s);
        const QString slot = u"ferry_"_s + project;
        const auto dropSlot = [&] {
            if (sourceEngine != Engine::PostgreSql)
                return;
            // A slot outlives its database's schema and holds WAL: never leave one behind.
            for (int i = 0; i < 50; ++i) {
                scalar(source,
                       u"SELECT pg_drop_replication_slot(slot_name) FROM "
                       "pg_replication_slots WHERE slot_name = '%1' AND NOT active"_s.arg(slot));
                if (scalar(source,
                           u"SELECT count(*) FROM pg_replication_slots WHERE "
                           "slot_name = '%1'"_s.arg(slot))
                    == u"0"_s)
                    return;
                QTest::qWait(100);
            }
        };
        dropSlot(); // one an aborted earlier run left
        auto cleanup = qScopeGuard(dropSlot);
        QVERIFY(execute(source, createSource(sourceEngine)));

        QJsonObject definition =
            projectJson(project, source, target, {u"schema"_s, u"full"_s, u"incremental"_s},
                        {{u"concurrency"_s, 2},
                         {u"chunkRows"_s, 2000},
                         // A full copy of at least 5 s: the kills meant for it land in it.
                         {u"rowsPerSecond"_s, 8000}});
        const QString file = writeProject(project, definition);

        Workload workload(source, seed, initialState());
        workload.start();

        // 1. SIGKILL during the full copy, then during apply, at seeded random delays.
        int killsInFull = 0, killsInApply = 0;
        for (int kill = 1; kill <= kKillsInFull + kKillsInApply; ++kill) {
            const bool meantForFull = kill <= kKillsInFull;
            const int doneBefore = chunks(project, u"done"_s);
            const QString positionBefore = position(target, project);
            std::unique_ptr<QProcess> p = start({u"run"_s, file, u"--quiet"_s});
            // From a moment this process is known to be in the phase: a chunk it committed,
            // or a batch it applied.
            QTRY_VERIFY_WITH_TIMEOUT(p->state() != QProcess::Running
                                         || (meantForFull
                                                 ? chunks(project, u"done"_s) > doneBefore
                                                 : position(target, project) != positionBefore),
                                     90000);
            QVERIFY2(p->state() == QProcess::Running,
                     qPrintable(u"kill %1: %2"_s.arg(QString::number(kill), ended(*p))));
            const int delay = int(delays.bounded(meantForFull ? 600 : 1500));
            QTest::qWait(delay);
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished();
            QCOMPARE(p->exitStatus(), QProcess::CrashExit);
            p.reset();
            const int open = chunks(project, u"pending"_s) + chunks(project, u"started"_s);
            const bool inFull = stepState(project, u"full"_s) != u"done"_s;
            (inFull ? killsInFull : killsInApply)++;
            qInfo("%s kill %d: SIGKILL %d ms after %s; %s (%d chunks done, %d open), "
                  "applied position %s",
                  QTest::currentDataTag(), kill, delay,
                  meantForFull ? "a chunk committed" : "a batch applied",
                  inFull ? "during the full copy" : "during apply", chunks(project, u"done"_s),
                  open, qPrintable(position(target, project)));
        }
        QCOMPARE(killsInFull, kKillsInFull); // the full copy outlasts three short runs
        QCOMPARE(killsInApply, kKillsInApply);
        const double killsSeconds = double(clock.elapsed()) / 1000.0;

        // 2. The target server stopped for 4 s and started again under a streaming run: it
        // retries with backoff, then goes on in the same process.
        if (!restart.isEmpty()) {
            std::unique_ptr<QProcess> p = start({u"run"_s, file, u"--quiet"_s});
            const QString positionBefore = position(target, project);
            QTRY_VERIFY_WITH_TIMEOUT(p->state() != QProcess::Running
                                         || position(target, project) != positionBefore,
                                     90000);
            QVERIFY2(p->state() == QProcess::Running, qPrintable(ended(*p)));
            QProcess restarting;
            // Whatever fails below, the server is up again before the next check.
            auto restarted = qScopeGuard([&] { restarting.waitForFinished(120000); });
            servers(restart, 4, restarting);
            QTRY_VERIFY_WITH_TIMEOUT(
                p->state() != QProcess::Running || streamState(project) == u"retrying"_s, 60000);
            QVERIFY2(p->state() == QProcess::Running, qPrintable(ended(*p)));
            QVERIFY(restarting.waitForFinished(120000));
            QCOMPARE(restarting.exitCode(), 0);
            const QString afterRestart = position(target, project);
            QVERIFY(!afterRestart.isEmpty());
            // Applied again by the same process: the position moves on, the state leaves
            // "retrying".
            QTRY_VERIFY_WITH_TIMEOUT(p->state() != QProcess::Running
                                         || (position(target, project) != afterRestart
                                             && streamState(project) != u"retrying"_s),
                                     120000);
            QVERIFY2(p->state() == QProcess::Running, qPrintable(ended(*p)));
            QVERIFY(logLines(project, u"incremental: %retrying in%"_s) > 0);
            p->terminate();
            const Run stopped = finish(std::move(p));
            QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
            qInfo("%s target restarted (down 4 s): retried, applied on to %s; the run said:\n%s",
                  QTest::currentDataTag(), qPrintable(position(target, project)),
                  qPrintable(stopped.err.trimmed()));
        }

        const double restartSeconds = double(clock.elapsed()) / 1000.0 - killsSeconds;
        workload.stop();
        const WorkloadStats stats = workload.stats();
        QVERIFY2(stats.errors == 0, qPrintable(stats.firstError));

        // Caught up after the workload: the target holds the source's rows, value for value.
        const Run caughtUp = ferry({u"run"_s, file, u"--until-caught-up"_s, u"--quiet"_s});
        QVERIFY2(caughtUp.exitCode == 0, qPrintable(caughtUp.err));
        const double catchUpSeconds =
            double(clock.elapsed()) / 1000.0 - killsSeconds - restartSeconds;
        const qint64 compared = compareTables(source, target);
        if (QTest::currentTestFailed())
            return;
        const Run verified = ferry({u"verify"_s, file, u"--json"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        const QJsonObject report = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QCOMPARE(report.value(u"consistent"_s).toBool(), true);
        QCOMPARE(report.value(u"tables"_s).toArray().size(), 2);
        QCOMPARE(report.value(u"rows"_s).toInteger(), compared);

        // 3. The source's log gone while Ferry was stopped: the run fails and names the lost
        // position and the remedy; nothing restarts from "now".
        const QString stored = position(target, project);
        QVERIFY(!stored.isEmpty());
        QStringList expected;
        switch (sourceEngine) {
        case Engine::MariaDb: {
            QVERIFY(execute(
                source,
                {u"INSERT INTO orders (region, id) VALUES ('eu', 1)"_s, u"FLUSH BINARY LOGS"_s}));
            const QString current = scalar(source, u"SHOW MASTER STATUS"_s);
            // MariaDB keeps a file until InnoDB's binlog checkpoint has passed it, which
            // follows the rotation asynchronously: purge until the file is gone.
            const auto purged = [&] {
                if (auto ok = execute(source, {u"PURGE BINARY LOGS TO '%1'"_s.arg(current)}); !ok)
                    qWarning().noquote() << ok.error().text();
                return scalar(source, u"SHOW BINARY LOGS"_s);
            };
            QTRY_COMPARE_WITH_TIMEOUT(purged(), current, 30000);
            expected = {stored, u"purged"_s, u"Redo the full step"_s};
            break;
        }
        case Engine::PostgreSql:
            // The last run's walsender may take a moment to end after its client did.
            QTRY_COMPARE_WITH_TIMEOUT(
                scalar(source,
                       u"SELECT active FROM pg_replication_slots WHERE slot_name = "
                       "'%1'"_s.arg(slot)),
                u"f"_s, 30000);
            QCOMPARE(scalar(source,
                            u"SELECT count(pg_drop_replication_slot(slot_name)) FROM "
                            "pg_replication_slots WHERE slot_name = '%1'"_s.arg(slot)),
                     u"1"_s);
            QVERIFY(execute(source, {u"INSERT INTO orders (region, id) VALUES ('eu', 1)"_s}));
            expected = {slot, stored, u"Redo the full step"_s};
            break;
        default: {
            const QString log = scalar(source,
                                       u"SELECT name FROM sqlite_schema WHERE type = "
                                       "'table' AND name LIKE 'ferry%log'"_s);
            QVERIFY(execute(source,
                            {u"DELETE FROM \"%1\""_s.arg(log),
                             u"INSERT INTO orders (region, id) VALUES ('eu', 1)"_s}));
            expected = {stored, log};
            break;
        }
        }
        const Run lost = ferry({u"run"_s, file, u"--until-caught-up"_s, u"--quiet"_s});
        QCOMPARE(lost.exitCode, 1);
        for (const QString &word : std::as_const(expected))
            QVERIFY2(lost.err.contains(word), qPrintable(u"'%1' not in: %2"_s.arg(word, lost.err)));
        QCOMPARE(position(target, project), stored);
        // Refused by the precheck (binlog, slot) or by the stream (SQLite): the run failed.
        QCOMPARE(storeValue(u"SELECT state FROM project WHERE name = ?"_s, {project}).toString(),
                 u"failed"_s);
        QVERIFY(streamState(project) != u"streaming"_s);
        QCOMPARE(scalar(target,
                        u"SELECT count(*) FROM %1 WHERE region = 'eu' AND id = 1"_s.arg(
                            qualified(target, u"orders"_s))),
                 u"0"_s);

        qInfo("%s: %d kills (%d during the full copy, %d during apply)%s; workload %lld "
              "transactions (%lld statements, %lld key updates, %lld rolled back); %lld rows "
              "compared value by value and verified; lost log refused: %s; %.1f s (kills %.1f, "
              "restart %.1f, catching up %.1f)",
              QTest::currentDataTag(), killsInFull + killsInApply, killsInFull, killsInApply,
              restart.isEmpty() ? "" : ", target restarted once", stats.transactions,
              stats.statements, stats.keyUpdates, stats.rolledBack, compared,
              qPrintable(lost.err.trimmed().section(u'\n', -1)), double(clock.elapsed()) / 1000.0,
              killsSeconds, restartSeconds, catchUpSeconds);
    }
};

QTEST_GUILESS_MAIN(TestIncrementalFaults)
#include "tst_incremental_faults.moc"

#include "sqlitechangereader.h"

#include "common/language.h"
#include "common/logging.h"
#include "sqlitesession.h"
#include "sqlitevalues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSet>

#include <sqlite3.h>

#include <cmath>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// The change log's op column. Marker: the newest row an acknowledge trimmed, kept so the
// sequence number stays taken. Dropped: a change of a table that left the scope.
enum Op : int { Marker = 0, Insert = 1, Update = 2, Delete = 3, Dropped = 4 };

// Fixed columns of the log, before the values: seq, at, tbl, op.
constexpr int fixedColumns = 4;
// SQLite's default SQLITE_MAX_COLUMN is 2000: the log holds two values per captured column.
constexpr int maxCapturedColumns = (2000 - fixedColumns) / 2;

const QString ops[] = {u"ins"_s, u"upd"_s, u"del"_s};

class Statement
{
public:
    ~Statement() { sqlite3_finalize(m_stmt); }
    sqlite3_stmt *m_stmt = nullptr;
};

std::optional<std::string> cell(sqlite3_stmt *stmt, int column)
{
    std::optional<std::string> out;
    sqlitevalues::canonicalCell(
        stmt, column, [&](const char *data, size_t size) { out.emplace(data, size); }, [] {});
    return out;
}

// julianday('now') as the trigger stored it, to UTC.
QDateTime fromJulianDay(double day)
{
    if (!std::isfinite(day))
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround((day - 2440587.5) * 86400000.0)),
                                          Qt::UTC);
}

} // namespace

SqliteChangeReader::SqliteChangeReader(const Endpoint &source, const CaptureScope &scope)
    : m_source(source)
    , m_scope(scope)
    , m_prefix(objectPrefix(scope.project))
{
    for (int i = 0; i < m_scope.tables.size(); ++i)
        m_tableIndex.insert(m_scope.tables.at(i).ref.name, i);
}

SqliteChangeReader::~SqliteChangeReader() = default;

QString SqliteChangeReader::objectPrefix(const QString &project)
{
    QString folded;
    for (const QChar c : project.toLower())
        folded += (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ? c : u'_';
    if (folded.size() > 40)
        folded.truncate(40);
    // SQLite names are case-insensitive and the folding merges names: keep distinct projects
    // apart with a hash of the name as written.
    if (folded != project)
        folded += u'_'
            + QString::fromLatin1(
                      QCryptographicHash::hash(project.toUtf8(), QCryptographicHash::Sha1)
                          .toHex()
                          .left(8));
    return u"ferry_"_s + folded;
}

QString SqliteChangeReader::logTable() const
{
    return m_prefix + u"_log"_s;
}

QString SqliteChangeReader::triggerName(const QString &op, const QString &table) const
{
    // Given the name and the table it is on (sqlite_schema.tbl_name), the project prefix is
    // determined: another project's triggers never match.
    return m_prefix + u'_' + op + u'_' + table;
}

int SqliteChangeReader::valueColumns() const
{
    qsizetype widest = 0;
    for (const Table &t : m_scope.tables)
        widest = std::max(widest, t.columns.size());
    return int(widest);
}

Error SqliteChangeReader::notPrepared() const
{
    return makeError(
        Error::Code::NotFound,
        Text::tr("the SQLite file %1 has no change log %2 for project %3: change capture is "
                 "not installed")
            .arg(QDir::toNativeSeparators(m_source.path), logTable(), m_scope.project),
        Text::tr("Prepare the project's incremental step again (it installs the capture "
                 "triggers and the log)."),
        logTable());
}

Status SqliteChangeReader::open()
{
    if (m_session)
        return {};
    auto session = SqliteSession::open(m_source, SqliteSession::OpenMode::ExistingOnly);
    if (!session)
        return fail(session.error());
    m_session = std::move(*session);
    return {};
}

Status SqliteChangeReader::checkScope() const
{
    for (const Table &t : m_scope.tables) {
        if (!t.ref.schema.isEmpty() && t.ref.schema != u"main")
            return fail(
                Error::Code::Unsupported,
                Text::tr("table %1 is in the attached database %2: Ferry captures changes of "
                         "the main database only")
                    .arg(t.ref.display(), t.ref.schema),
                Text::tr("Remove it from the project's incremental scope."), t.ref.display());
        if (t.chunkKey().isEmpty())
            return fail(
                Error::Code::Unsupported,
                Text::tr("table %1 has no primary key and no UNIQUE index on NOT NULL columns: "
                         "its captured changes could not be applied to one row of the target")
                    .arg(t.ref.name),
                Text::tr("Add a PRIMARY KEY (or a UNIQUE index on NOT NULL columns) to %1, or "
                         "remove it from the project's incremental scope. Its rowid is no key: "
                         "the full copy does not carry it to the target.")
                    .arg(t.ref.name),
                t.ref.display());
        if (t.columns.size() > maxCapturedColumns)
            return fail(
                Error::Code::Unsupported,
                Text::tr("table %1 has %2 columns: the SQLite change log holds at most %3 per "
                         "table")
                    .arg(t.ref.name)
                    .arg(t.columns.size())
                    .arg(maxCapturedColumns),
                Text::tr("Remove it from the project's incremental scope."), t.ref.display());
    }
    return {};
}

QString SqliteChangeReader::triggerSql(const Table &table, const QString &op) const
{
    const SqliteSession &s = *m_session;
    QStringList targets {u"at"_s, u"tbl"_s, u"op"_s};
    QStringList values {u"julianday('now')"_s, s.quoteLiteral(table.ref.name)};
    QString event;
    const bool old = op != u"ins";
    const bool fresh = op != u"del";
    if (op == u"ins") {
        event = u"INSERT"_s;
        values << QString::number(Op::Insert);
    } else if (op == u"upd") {
        event = u"UPDATE"_s;
        values << QString::number(Op::Update);
    } else {
        event = u"DELETE"_s;
        values << QString::number(Op::Delete);
    }
    for (int pass = 0; pass < 2; ++pass) {
        if ((pass == 0 && !old) || (pass == 1 && !fresh))
            continue;
        for (int c = 0; c < table.columns.size(); ++c) {
            targets << (pass == 0 ? u"o%1"_s : u"n%1"_s).arg(c + 1);
            values << (pass == 0 ? u"OLD."_s : u"NEW."_s)
                    + s.quoteIdentifier(table.columns.at(c).name);
        }
    }
    return u"CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN INSERT INTO %4 (%5) VALUES (%6); END"_s.arg(
        s.quoteIdentifier(triggerName(op, table.ref.name)), event,
        s.quoteIdentifier(table.ref.name), s.quoteIdentifier(logTable()), targets.join(u", "_s),
        values.join(u", "_s));
}

Result<QList<QPair<QString, QString>>> SqliteChangeReader::ourTriggers()
{
    auto all = m_session->query(
        u"SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"_s);
    if (!all)
        return std::unexpected(all.error());
    // By name (given the table it is on, the name determines the project), or by what it writes:
    // a table renamed after prepare keeps its trigger under the old name, and that trigger
    // must not outlive the log it writes to, or the application's writes would fail.
    const QString writes =
        u"BEGIN INSERT INTO %1 (at, tbl, op, "_s.arg(m_session->quoteIdentifier(logTable()));
    QList<QPair<QString, QString>> ours;
    for (int r = 0; r < all->size(); ++r) {
        const QString name = all->text(r, 0);
        bool mine = all->text(r, 2).contains(writes);
        for (const QString &op : ops)
            mine = mine || name == triggerName(op, all->text(r, 1));
        if (mine)
            ours.append({name, all->text(r, 2)});
    }
    return ours;
}

Result<bool> SqliteChangeReader::logExists()
{
    auto r = m_session->query(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                              "name = %1"_s.arg(m_session->quoteLiteral(logTable())));
    if (!r)
        return std::unexpected(r.error());
    return r->text(0, 0) != u"0";
}

Result<qint64> SqliteChangeReader::parsePosition(const QString &position) const
{
    bool ok = false;
    const qint64 seq = position.toLongLong(&ok);
    if (!ok || seq < 0)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("\"%1\" is not a position of the SQLite change log %2: it is a sequence "
                     "number")
                .arg(position, logTable()),
            Text::tr("Start from the position the project stored, or from the current one."),
            logTable());
    return seq;
}

Status SqliteChangeReader::prepare()
{
    if (auto ok = checkScope(); !ok)
        return ok;
    if (auto ok = open(); !ok)
        return ok;
    if (m_session->isReadOnly())
        return fail(
            Error::Code::Permission,
            Text::tr("the SQLite file %1 is read-only: change capture installs triggers and a "
                     "change log in it")
                .arg(QDir::toNativeSeparators(m_source.path)),
            Text::tr("Make the file and its folder writable for this user."), m_source.path);
    const int width = valueColumns();
    if (auto ok = m_session->beginTransaction(); !ok)
        return ok;
    auto body = [&]() -> Status {
        auto exists = logExists();
        if (!exists)
            return fail(exists.error());
        const QString log = m_session->quoteIdentifier(logTable());
        if (!*exists) {
            // No declared types: BLOB affinity keeps every value in the storage class and with
            // the bits it had in the captured table. INTEGER PRIMARY KEY is the rowid: appending
            // is one b-tree insert at the right edge.
            QStringList columns {u"seq INTEGER PRIMARY KEY"_s, u"at"_s, u"tbl"_s, u"op"_s};
            for (int c = 1; c <= width; ++c)
                columns << u"o%1"_s.arg(c);
            for (int c = 1; c <= width; ++c)
                columns << u"n%1"_s.arg(c);
            if (auto ok =
                    m_session->exec(u"CREATE TABLE %1 (%2)"_s.arg(log, columns.join(u", "_s)));
                !ok)
                return ok;
        } else {
            auto have = m_session->query(u"SELECT name FROM pragma_table_info(%1)"_s.arg(
                m_session->quoteLiteral(logTable())));
            if (!have)
                return fail(have.error());
            QSet<QString> names;
            for (int r = 0; r < have->size(); ++r)
                names.insert(have->text(r, 0));
            for (int c = 1; c <= width; ++c)
                for (const QString &name : {u"o%1"_s.arg(c), u"n%1"_s.arg(c)})
                    if (!names.contains(name))
                        if (auto ok =
                                m_session->exec(u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(log, name));
                            !ok)
                            return ok;
        }

        // Triggers: keep the ones already right, replace the others, drop the ones of tables
        // that left the scope. An unchanged prepare changes nothing in the file.
        auto existing = ourTriggers();
        if (!existing)
            return fail(existing.error());
        QHash<QString, QString> wanted;
        for (const Table &t : m_scope.tables)
            for (const QString &op : ops)
                wanted.insert(triggerName(op, t.ref.name), triggerSql(t, op));
        QSet<QString> kept;
        for (const auto &[name, sql] : std::as_const(*existing)) {
            if (wanted.value(name) == sql) {
                kept.insert(name);
                continue;
            }
            if (auto ok = m_session->exec(u"DROP TRIGGER "_s + m_session->quoteIdentifier(name));
                !ok)
                return ok;
        }
        for (const Table &t : m_scope.tables) {
            for (const QString &op : ops) {
                if (kept.contains(triggerName(op, t.ref.name)))
                    continue;
                if (auto ok = m_session->exec(wanted.value(triggerName(op, t.ref.name))); !ok) {
                    Error e = ok.error();
                    e.message = Text::tr("cannot install the capture trigger on table %1: %2")
                                    .arg(t.ref.name, e.message);
                    e.fix =
                        Text::tr("A view or virtual table cannot be captured: remove it from the "
                                 "project's incremental scope.");
                    e.object = t.ref.display();
                    return fail(e);
                }
            }
        }

        // Pending changes of tables that left the scope are not wanted any more; their
        // sequence numbers stay taken (op 4, values cleared) so the sequence has no gaps.
        QStringList names;
        for (const Table &t : m_scope.tables)
            names << m_session->quoteLiteral(t.ref.name);
        QStringList clear;
        for (int c = 1; c <= width; ++c)
            clear << u"o%1 = NULL"_s.arg(c) << u"n%1 = NULL"_s.arg(c);
        return m_session->exec(
            u"UPDATE %1 SET at = NULL, op = 4%2 WHERE op IN (1, 2, 3) AND tbl NOT IN (%3)"_s.arg(
                log, clear.isEmpty() ? QString() : u", "_s + clear.join(u", "_s),
                names.join(u", "_s)));
    };
    if (auto ok = body(); !ok) {
        m_session->rollbackTransaction();
        return ok;
    }
    if (auto ok = m_session->commitTransaction(); !ok)
        return ok;
    qCInfo(lcEngine).noquote() << Text::tr(
                                      "%1: change capture installed for project %2 (%3 table(s), "
                                      "log %4)")
                                      .arg(QDir::toNativeSeparators(m_source.path), m_scope.project)
                                      .arg(m_scope.tables.size())
                                      .arg(logTable());
    return {};
}

int SqliteChangeReader::comparePositions(const QString &a, const QString &b) const
{
    bool okA = false, okB = false;
    const qint64 ia = a.toLongLong(&okA), ib = b.toLongLong(&okB);
    if (!okA || !okB)
        return int(okA) - int(okB);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
}

Result<QString> SqliteChangeReader::currentPosition()
{
    if (auto ok = open(); !ok)
        return std::unexpected(ok.error());
    auto exists = logExists();
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return fail(notPrepared());
    auto r = m_session->query(u"SELECT coalesce(max(seq), 0) FROM "_s
                              + m_session->quoteIdentifier(logTable()));
    if (!r)
        return std::unexpected(r.error());
    return r->text(0, 0);
}

Status SqliteChangeReader::verifyInstalled()
{
    auto exists = logExists();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(notPrepared());
    auto triggers =
        m_session->query(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"_s);
    if (!triggers)
        return fail(triggers.error());
    QHash<QString, QString> sql;
    for (int r = 0; r < triggers->size(); ++r)
        sql.insert(triggers->text(r, 0), triggers->text(r, 1));
    for (const Table &t : m_scope.tables) {
        // SQLite schema changes are not captured: a column added, dropped or renamed since the
        // scope was read would shift or lose values.
        auto live = m_session->query(u"SELECT name FROM pragma_table_xinfo(%1) WHERE hidden <> 1 "
                                     "ORDER BY cid"_s.arg(m_session->quoteLiteral(t.ref.name)));
        if (!live)
            return fail(live.error());
        QStringList now;
        for (int r = 0; r < live->size(); ++r)
            now << live->text(r, 0);
        QStringList scoped;
        for (const Column &c : t.columns)
            scoped << c.name;
        if (now != scoped)
            return fail(
                Error::Code::Conflict,
                now.isEmpty()
                    ? Text::tr("captured table %1 no longer exists").arg(t.ref.name)
                    : Text::tr("captured table %1 changed: its columns are now (%2), the project "
                               "read (%3)")
                          .arg(t.ref.name, now.join(u", "_s), scoped.join(u", "_s)),
                Text::tr("Ferry does not follow SQLite schema changes: run the project's schema "
                         "and full steps again for %1.")
                    .arg(t.ref.name),
                t.ref.display());
        for (const QString &op : ops) {
            const QString name = triggerName(op, t.ref.name);
            if (sql.value(name) != triggerSql(t, op))
                return fail(Error::Code::Conflict,
                            sql.contains(name)
                                ? Text::tr("the capture trigger %1 on table %2 captures other "
                                           "columns: the table or the project's scope changed "
                                           "since capture was prepared, and changes would be "
                                           "read with the wrong columns")
                                      .arg(name, t.ref.name)
                                : Text::tr("the capture trigger %1 on table %2 is missing: the "
                                           "table or the project's scope changed since capture "
                                           "was prepared, and changes would be read with the "
                                           "wrong columns")
                                      .arg(name, t.ref.name),
                            Text::tr("Prepare the project's incremental step again (after a schema "
                                     "change, run the full step again for that table)."),
                            t.ref.display());
        }
    }
    return {};
}

Result<int> SqliteChangeReader::schemaVersion()
{
    auto r = m_session->query(u"PRAGMA schema_version"_s);
    if (!r)
        return std::unexpected(r.error());
    return r->text(0, 0).toInt();
}

Status SqliteChangeReader::stream(const QString &from,
                                  const std::function<Status(ChangeTransaction &&)> &sink,
                                  const CancelToken &cancel)
{
    auto start = parsePosition(from);
    if (!start)
        return fail(start.error());
    if (auto ok = open(); !ok)
        return ok;
    if (auto ok = verifyInstalled(); !ok)
        return ok;
    auto version = schemaVersion();
    if (!version)
        return fail(version.error());
    const QString log = m_session->quoteIdentifier(logTable());

    // Is `from` still in the log? Sequence numbers have no gaps (the next is max + 1 and the
    // newest row is never deleted), so the rows after `from` are all there when the oldest row
    // is at most from + 1 (or is the marker a trim left at `from` itself).
    auto bounds = m_session->query(u"SELECT (SELECT seq FROM %1 ORDER BY seq LIMIT 1), "
                                   "(SELECT op FROM %1 ORDER BY seq LIMIT 1), "
                                   "coalesce((SELECT max(seq) FROM %1), 0)"_s.arg(log));
    if (!bounds)
        return fail(bounds.error());
    const qint64 last = bounds->text(0, 2).toLongLong();
    if (*start > last)
        return fail(
            Error::Code::NotFound,
            Text::tr("position %1 is ahead of the SQLite change log %2, whose last change is %3: "
                     "the file was replaced, restored or captured again")
                .arg(from, logTable())
                .arg(last),
            Text::tr("Run the project's full step again to start over from the file as it is."),
            logTable());
    if (!bounds->isNull(0, 0)) {
        const qint64 oldest = bounds->text(0, 0).toLongLong();
        const qint64 earliest = bounds->text(0, 1) == u"0" ? oldest : oldest - 1;
        if (*start < earliest)
            return fail(
                Error::Code::NotFound,
                Text::tr("position %1 is no longer in the SQLite change log %2: changes up to %3 "
                         "were acknowledged and trimmed")
                    .arg(from, logTable())
                    .arg(earliest),
                Text::tr("Run the project's full step again: the changes since %1 are gone.")
                    .arg(from),
                logTable());
    }

    // Rows after the last one read, in sequence order. One statement is one read transaction:
    // it sees whole committed source transactions only, and it ends at sqlite3_reset().
    const int width = valueColumns();
    QStringList columns {u"seq"_s, u"at"_s, u"tbl"_s, u"op"_s};
    for (int c = 1; c <= width; ++c)
        columns << u"o%1"_s.arg(c);
    for (int c = 1; c <= width; ++c)
        columns << u"n%1"_s.arg(c);
    const QString sql =
        u"SELECT %1 FROM %2 WHERE seq > ?1 ORDER BY seq"_s.arg(columns.join(u", "_s), log);
    Statement stmt;
    const QByteArray bytes = sql.toUtf8();
    if (sqlite3_prepare_v2(m_session->handle(), bytes.constData(), int(bytes.size()), &stmt.m_stmt,
                           nullptr)
        != SQLITE_OK) {
        Error e = m_session->lastError(Text::tr("reading the change log %1").arg(logTable()));
        logFailedStatement(e, sql, SqlQuoting::Standard);
        return fail(e);
    }

    struct Wake
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool cancelled = false;
    } wake;
    sqlite3 *db = m_session->handle();
    ScopedInterrupt interrupt(cancel, [&wake, db] {
        {
            std::lock_guard lock(wake.mutex);
            wake.cancelled = true;
        }
        wake.changed.notify_all();
        sqlite3_interrupt(db);
    });
    auto stopped = [&] {
        return fail(Error::Code::Cancelled,
                    Text::tr("reading the SQLite change log %1 was stopped").arg(logTable()));
    };

    qint64 position = *start;
    auto lastSent = std::chrono::steady_clock::now();
    for (;;) {
        if (cancel.isCancelled())
            return stopped();

        // A schema change may have altered a captured table or its triggers.
        auto now = schemaVersion();
        if (!now)
            return cancel.isCancelled() ? stopped() : fail(now.error());
        if (*now != *version) {
            if (auto ok = verifyInstalled(); !ok)
                return ok;
            version = now;
        }

        ChangeTransaction tx;
        double lastAt = NAN;
        qint64 read = position;
        sqlite3_bind_int64(stmt.m_stmt, 1, position);
        int rc;
        while ((rc = sqlite3_step(stmt.m_stmt)) == SQLITE_ROW) {
            read = sqlite3_column_int64(stmt.m_stmt, 0);
            const int op = sqlite3_column_int(stmt.m_stmt, 3);
            if (op == Op::Marker || op == Op::Dropped)
                continue;
            const QString table =
                QString::fromUtf8(static_cast<const char *>(sqlite3_column_blob(stmt.m_stmt, 2)),
                                  sqlite3_column_bytes(stmt.m_stmt, 2));
            const auto index = m_tableIndex.constFind(table);
            if (index == m_tableIndex.constEnd() || op < Op::Insert || op > Op::Delete) {
                sqlite3_reset(stmt.m_stmt);
                return fail(
                    Error::Code::Conflict,
                    Text::tr("the SQLite change log %1 holds change %2 of table %3, which is not "
                             "in project %4's scope")
                        .arg(logTable())
                        .arg(read)
                        .arg(table, m_scope.project),
                    Text::tr("Prepare the project's incremental step again."), logTable());
            }
            const Table &t = m_scope.tables.at(*index);
            ChangeEvent event;
            event.kind = op == Op::Insert ? ChangeEvent::Kind::Insert
                : op == Op::Update        ? ChangeEvent::Kind::Update
                                          : ChangeEvent::Kind::Delete;
            event.table = t.ref;
            const int n = int(t.columns.size());
            if (op != Op::Insert) {
                event.before.values.reserve(size_t(n));
                for (int c = 0; c < n; ++c)
                    event.before.values.push_back(cell(stmt.m_stmt, fixedColumns + c));
            }
            if (op != Op::Delete) {
                event.after.values.reserve(size_t(n));
                for (int c = 0; c < n; ++c)
                    event.after.values.push_back(cell(stmt.m_stmt, fixedColumns + width + c));
            }
            tx.events.push_back(std::move(event));
            lastAt = sqlite3_column_double(stmt.m_stmt, 1);
        }
        sqlite3_reset(stmt.m_stmt);
        if (rc != SQLITE_DONE) {
            if (cancel.isCancelled())
                return stopped();
            Error e = m_session->lastError(Text::tr("reading the change log %1").arg(logTable()));
            logFailedStatement(e, sql, SqlQuoting::Standard);
            return fail(e);
        }
        if (cancel.isCancelled())
            return stopped();

        const auto clock = std::chrono::steady_clock::now();
        if (!tx.events.empty()) {
            // Everything one read saw is one transaction: it may join several source
            // transactions but never splits one (docs/capture-sqlite.md).
            if (qint64(tx.events.size()) > largeTransactionEvents)
                qCWarning(lcEngine).noquote()
                    << Text::tr(
                           "%1: %2 changes read as one transaction (SQLite marks no transaction "
                           "boundaries, a backlog arrives whole)")
                           .arg(logTable())
                           .arg(tx.events.size());
            tx.position = QString::number(read);
            tx.commitTime = fromJulianDay(lastAt);
            position = read;
            lastSent = clock;
            if (auto ok = sink(std::move(tx)); !ok)
                return ok;
            continue; // more may have committed meanwhile: read again at once
        }
        position = read; // markers only: nothing to send, but they are read
        if (clock - lastSent >= heartbeatInterval) {
            ChangeTransaction heartbeat;
            heartbeat.position = QString::number(position);
            heartbeat.commitTime = QDateTime::currentDateTimeUtc();
            lastSent = clock;
            if (auto ok = sink(std::move(heartbeat)); !ok)
                return ok;
        }
        std::unique_lock lock(wake.mutex);
        wake.changed.wait_for(lock, pollInterval, [&] { return wake.cancelled; });
    }
}

Status SqliteChangeReader::acknowledge(const QString &position)
{
    auto seq = parsePosition(position);
    if (!seq)
        return fail(seq.error());
    if (auto ok = open(); !ok)
        return ok;
    if (auto ok = m_session->beginTransaction(); !ok)
        return ok;
    auto body = [&]() -> Status {
        const QString log = m_session->quoteIdentifier(logTable());
        auto last = m_session->query(u"SELECT coalesce(max(seq), 0) FROM "_s + log);
        if (!last)
            return fail(last.error());
        const qint64 max = last->text(0, 0).toLongLong();
        if (*seq > max)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("position %1 is ahead of the SQLite change log %2, whose last change is "
                         "%3")
                    .arg(position, logTable())
                    .arg(max),
                Text::tr("Acknowledge a position the stream delivered."), logTable());
        if (auto ok = m_session->exec(u"DELETE FROM %1 WHERE seq <= %2"_s.arg(log).arg(*seq)); !ok)
            return ok;
        // The newest row is never deleted: the next sequence number is max + 1, so a marker
        // keeps it from running backwards (and keeps the trim visible to stream()).
        if (*seq == max && max > 0)
            return m_session->exec(u"INSERT INTO %1 (seq, op) VALUES (%2, 0)"_s.arg(log).arg(max));
        return {};
    };
    if (auto ok = body(); !ok) {
        m_session->rollbackTransaction();
        return ok;
    }
    return m_session->commitTransaction();
}

Status SqliteChangeReader::release()
{
    if (auto ok = open(); !ok)
        return ok;
    if (auto ok = m_session->beginTransaction(); !ok)
        return ok;
    auto body = [&]() -> Status {
        auto triggers = ourTriggers();
        if (!triggers)
            return fail(triggers.error());
        for (const auto &[name, sql] : std::as_const(*triggers))
            if (auto ok = m_session->exec(u"DROP TRIGGER "_s + m_session->quoteIdentifier(name));
                !ok)
                return ok;
        return m_session->exec(u"DROP TABLE IF EXISTS "_s + m_session->quoteIdentifier(logTable()));
    };
    if (auto ok = body(); !ok) {
        m_session->rollbackTransaction();
        return ok;
    }
    if (auto ok = m_session->commitTransaction(); !ok)
        return ok;
    qCInfo(lcEngine).noquote() << Text::tr("%1: change capture of project %2 removed")
                                      .arg(QDir::toNativeSeparators(m_source.path),
                                           m_scope.project);
    return {};
}

} // namespace ferry

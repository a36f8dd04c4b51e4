#include "sqlitetablereader.h"

#include "common/logging.h"
#include "engines/keypredicate.h"
#include "sqlitedialect.h"
#include "sqlitesession.h"
#include "sqlitevalues.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const SqliteDialect &dialect()
{
    static const SqliteDialect d;
    return d;
}

QString whereClause(const QList<Column> &keys, const KeyRange &range, const QString &filter)
{
    QStringList parts;
    const QString keyPart = keyRangePredicate(dialect(), keys, range);
    if (!keyPart.isEmpty())
        parts << keyPart;
    if (!filter.trimmed().isEmpty())
        parts << u'(' + filter + u')';
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

QString orderBy(const QList<Column> &keys)
{
    QStringList names;
    for (const Column &k : keys)
        names << dialect().quote(k.name);
    return names.isEmpty() ? QString() : u" ORDER BY "_s + names.join(u", "_s);
}

// Appends the cell at `column` of the current row in canonical form.
void appendCell(sqlite3_stmt *stmt, int column, RowBatch &batch)
{
    sqlitevalues::canonicalCell(
        stmt, column, [&](const char *data, size_t size) { batch.append(data, size); },
        [&] { batch.appendNull(); });
}

class Statement
{
public:
    ~Statement() { sqlite3_finalize(m_stmt); }
    sqlite3_stmt *m_stmt = nullptr;
};

// A statement SQLite refused while `doing` `table`: the error names the table, the statement
// is logged with its literals masked.
Error refused(const SqliteSession &session, const TableRef &table, const QString &sql,
              const QString &doing = QStringLiteral("reading"))
{
    Error e = session.lastError(doing + u' ' + table.display());
    e.object = table.display();
    logFailedStatement(e, sql, SqlQuoting::Standard);
    return e;
}

} // namespace

Status SqliteTableReader::read(const ReadRequest &request,
                               const std::function<Status(RowBatch &&)> &sink,
                               const CancelToken &cancel)
{
    QStringList names;
    for (const Column &c : request.columns)
        names << dialect().quote(c.name);
    const QString sql = u"SELECT "_s + names.join(u", "_s) + u" FROM "_s
        + dialect().qualify(request.table)
        + whereClause(request.keyColumns, request.range, request.filter)
        + orderBy(request.keyColumns);
    Statement stmt;
    const QByteArray bytes = sql.toUtf8();
    if (sqlite3_prepare_v2(m_session.handle(), bytes.constData(), int(bytes.size()), &stmt.m_stmt,
                           nullptr)
        != SQLITE_OK)
        return fail(refused(m_session, request.table, sql));
    ScopedInterrupt interrupt(cancel, [this] { m_session.interrupt(); });

    const int columns = int(request.columns.size());
    RowBatch batch(columns);
    batch.reserve(request.batchBytes + 65536, request.batchRows);
    int rc;
    while ((rc = sqlite3_step(stmt.m_stmt)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            appendCell(stmt.m_stmt, c, batch);
        batch.endRow();
        if (batch.rows() >= request.batchRows || batch.bytes() >= request.batchBytes) {
            if (cancel.isCancelled())
                return fail(Error::Code::Cancelled,
                            u"reading %1 was stopped"_s.arg(request.table.display()));
            RowBatch full(columns);
            full.reserve(request.batchBytes + 65536, request.batchRows);
            std::swap(full, batch);
            if (auto ok = sink(std::move(full)); !ok)
                return ok;
        }
    }
    if (rc != SQLITE_DONE) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled,
                        u"reading %1 was stopped"_s.arg(request.table.display()));
        return fail(refused(m_session, request.table, sql));
    }
    if (batch.rows() > 0)
        return sink(std::move(batch));
    return {};
}

Result<std::vector<KeyValues>> SqliteTableReader::chunkBoundaries(const TableRef &table,
                                                                  const QList<Column> &keyColumns,
                                                                  const QString &filter,
                                                                  qint64 rowsPerChunk,
                                                                  const CancelToken &cancel)
{
    QStringList names;
    for (const Column &k : keyColumns)
        names << dialect().quote(k.name);
    std::vector<KeyValues> boundaries;
    KeyRange after;
    for (;;) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, u"planning %1 was stopped"_s.arg(table.display()));
        const QString sql = u"SELECT "_s + names.join(u", "_s) + u" FROM "_s
            + dialect().qualify(table) + whereClause(keyColumns, after, filter)
            + orderBy(keyColumns) + u" LIMIT 1 OFFSET %1"_s.arg(rowsPerChunk - 1);
        Statement stmt;
        const QByteArray bytes = sql.toUtf8();
        if (sqlite3_prepare_v2(m_session.handle(), bytes.constData(), int(bytes.size()),
                               &stmt.m_stmt, nullptr)
            != SQLITE_OK)
            return fail(refused(m_session, table, sql, u"planning"_s));
        const int rc = sqlite3_step(stmt.m_stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return fail(refused(m_session, table, sql, u"planning"_s));
        RowBatch one(int(keyColumns.size()));
        for (int c = 0; c < keyColumns.size(); ++c)
            appendCell(stmt.m_stmt, c, one);
        one.endRow();
        KeyValues key;
        for (int c = 0; c < keyColumns.size(); ++c)
            key.emplace_back(one.cell(0, c));
        boundaries.push_back(key);
        after.lower = key;
    }
    return boundaries;
}

Result<qint64> SqliteTableReader::countRows(const TableRef &table, const QString &filter)
{
    auto r = m_session.query(u"SELECT count(*) FROM "_s + dialect().qualify(table)
                             + whereClause({}, {}, filter));
    if (!r)
        return std::unexpected(r.error());
    return r->text(0, 0).toLongLong();
}

} // namespace ferry

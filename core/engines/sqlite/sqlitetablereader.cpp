#include "sqlitetablereader.h"

#include "common/language.h"
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

// A statement SQLite refused while reading `table`: the error names the table, the statement
// is logged with its literals masked.
Error refused(const SqliteSession &session, const TableRef &table, const QString &sql)
{
    Error e = session.lastError(Text::tr("reading %1").arg(table.display()));
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
        + whereClause(dialect(), request.keyColumns, request.range, request.filter)
        + orderByKey(dialect(), request.keyColumns) + limitClause(request.limit, request.offset);
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
                            Text::tr("reading %1 was stopped").arg(request.table.display()));
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
                        Text::tr("reading %1 was stopped").arg(request.table.display()));
        return fail(refused(m_session, request.table, sql));
    }
    if (batch.rows() > 0)
        return sink(std::move(batch));
    return {};
}

Result<qint64> SqliteTableReader::countRows(const TableRef &table, const QString &filter)
{
    auto r = m_session.query(u"SELECT count(*) FROM "_s + dialect().qualify(table)
                             + whereClause(dialect(), {}, {}, filter));
    if (!r)
        return std::unexpected(r.error());
    return r->text(0, 0).toLongLong();
}

} // namespace ferry

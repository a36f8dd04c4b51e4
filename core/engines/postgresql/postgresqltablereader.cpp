#include "postgresqltablereader.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/keypredicate.h"
#include "postgresqlcopytext.h"
#include "postgresqldialect.h"
#include "postgresqlsession.h"
#include "values/canonical.h"

#include <libpq-fe.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const PostgreSqlDialect &dialect()
{
    static const PostgreSqlDialect d;
    return d;
}

QString columnList(const QList<Column> &columns)
{
    QStringList out;
    for (const Column &c : columns)
        out << dialect().quote(c.name);
    return out.join(u", "_s);
}

Error cancelled(const TableRef &table)
{
    return makeError(Error::Code::Cancelled,
                     Text::tr("reading %1 was cancelled").arg(table.display()), {},
                     table.display());
}

// One COPY text row (ending in '\n') into `batch`; false with `problem` set when it does not
// have the expected shape.
bool parseRow(const char *row, size_t size, const std::vector<pgcopy::Decode> &decodes,
              RowBatch &batch, QString &problem, int &badColumn)
{
    if (size == 0 || row[size - 1] != '\n') {
        problem = u"a row does not end with a newline"_s;
        return false;
    }
    const char *p = row;
    const char *end = row + size - 1;
    const size_t columns = decodes.size();
    for (size_t c = 0; c < columns; ++c) {
        const char *tab = static_cast<const char *>(std::memchr(p, '\t', size_t(end - p)));
        const char *fieldEnd = tab ? tab : end;
        if ((c + 1 < columns) != (tab != nullptr)) {
            problem = u"a row has %1 fields where %2 were selected"_s.arg(
                tab ? u"more"_s : u"fewer"_s, QString::number(columns));
            badColumn = -1;
            return false;
        }
        const size_t length = size_t(fieldEnd - p);
        if (length == 2 && p[0] == '\\' && p[1] == 'N') {
            batch.appendNull();
        } else {
            const size_t reserved = length + pgcopy::kDecodeSlack;
            char *cell = batch.reserveCell(reserved);
            size_t n = length;
            if (std::memchr(p, '\\', length))
                n = pgcopy::unescape(p, length, cell);
            else
                std::memcpy(cell, p, length);
            const size_t decoded = pgcopy::decode(decodes[c], cell, n);
            if (decoded == pgcopy::npos) {
                problem = u"the value %1 is not what PostgreSQL prints for the column's type"_s.arg(
                    canonical::preview(std::string_view(p, length), false));
                badColumn = int(c);
                batch.commitCell(0, reserved);
                return false;
            }
            batch.commitCell(decoded, reserved);
        }
        p = fieldEnd + 1;
    }
    batch.endRow();
    return true;
}

// Frees a PGresult when it goes out of scope.
struct ResultHolder
{
    PGresult *res;
    explicit ResultHolder(PGresult *r)
        : res(r)
    { }
    ~ResultHolder() { PQclear(res); }
    ResultHolder(const ResultHolder &) = delete;
    ResultHolder &operator=(const ResultHolder &) = delete;
};

} // namespace

PostgreSqlTableReader::PostgreSqlTableReader(PostgreSqlSession &session)
    : m_session(session)
{ }

Status PostgreSqlTableReader::read(const ReadRequest &request,
                                   const std::function<Status(RowBatch &&)> &sink,
                                   const CancelToken &cancel)
{
    const QString what = Text::tr("reading %1").arg(request.table.display());
    if (request.columns.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("reading %1: no columns were selected").arg(request.table.display()),
                    {}, request.table.display());
    const int columns = int(request.columns.size());
    std::vector<pgcopy::Decode> decodes;
    decodes.reserve(size_t(columns));
    for (const Column &c : request.columns)
        decodes.push_back(pgcopy::decodeFor(c.type));

    QString select =
        u"SELECT %1 FROM %2"_s.arg(columnList(request.columns), dialect().qualify(request.table));
    select += whereClause(dialect(), request.keyColumns, request.range, request.filter)
        + orderByKey(dialect(), request.keyColumns) + limitClause(request.limit, request.offset);
    const QString sql = u"COPY (%1) TO STDOUT"_s.arg(select);

    if (cancel.isCancelled())
        return fail(cancelled(request.table));
    PostgreSqlSession *session = &m_session;
    ScopedInterrupt interrupt(cancel, [session] { session->interrupt(); });

    PGconn *conn = m_session.handle();
    {
        ResultHolder start(PQexec(conn, sql.toUtf8().constData()));
        if (PQresultStatus(start.res) != PGRES_COPY_OUT) {
            Error e = m_session.resultError(start.res, what);
            e.object = request.table.display();
            if (e.code == Error::Code::Cancelled)
                return fail(cancelled(request.table));
            logFailedStatement(e, sql, SqlQuoting::Standard);
            return fail(e);
        }
    }

    const int batchRows = std::max(1, request.batchRows);
    const size_t batchBytes = std::max<size_t>(request.batchBytes, 1024);
    const auto freshBatch = [&] {
        RowBatch b(columns);
        b.reserve(std::min<size_t>(batchBytes + batchBytes / 8, 64u << 20), batchRows);
        return b;
    };
    RowBatch batch = freshBatch();
    std::optional<Error> failure;
    const auto stop = [&](Error e) {
        if (!failure) {
            failure = std::move(e);
            m_session.interrupt(); // the rest of the stream is drained and dropped
        }
    };

    for (;;) {
        char *row = nullptr;
        const int length = PQgetCopyData(conn, &row, 0);
        if (length == -1)
            break; // the end: the final result follows
        if (length < 0) {
            if (!failure)
                failure = m_session.resultError(nullptr, what);
            break;
        }
        if (!failure) {
            QString problem;
            int badColumn = -1;
            if (!parseRow(row, size_t(length), decodes, batch, problem, badColumn))
                stop(makeError(Error::Code::Internal,
                               u"%1: %2%3"_s.arg(what, problem,
                                                 badColumn >= 0 ? u" (column %1)"_s.arg(
                                                     request.columns[badColumn].name)
                                                                : QString()),
                               {}, request.table.display()));
        }
        PQfreemem(row);
        if (failure)
            continue;
        if (batch.rows() >= batchRows || batch.bytes() >= batchBytes) {
            if (cancel.isCancelled()) {
                stop(cancelled(request.table));
                continue;
            }
            Status delivered = sink(std::move(batch));
            batch = freshBatch();
            if (!delivered)
                stop(delivered.error());
        }
    }
    while (PGresult *res = PQgetResult(conn)) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && !failure) {
            Error e = m_session.resultError(res, what);
            e.object = request.table.display();
            failure = e.code == Error::Code::Cancelled ? cancelled(request.table) : e;
        }
        PQclear(res);
    }
    if (failure)
        return fail(*failure);
    if (cancel.isCancelled())
        return fail(cancelled(request.table));
    if (batch.rows() > 0)
        return sink(std::move(batch));
    return {};
}

Result<qint64> PostgreSqlTableReader::countRows(const TableRef &table, const QString &filter)
{
    auto result = m_session.query(u"SELECT count(*) FROM %1%2"_s.arg(
        dialect().qualify(table), whereClause(dialect(), {}, {}, filter)));
    if (!result) {
        Error e = result.error();
        e.object = table.display();
        return fail(e);
    }
    return result->text(0, 0).toLongLong();
}

} // namespace ferry

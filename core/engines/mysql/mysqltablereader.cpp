#include "mysqltablereader.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/keypredicate.h"
#include "mysqldialect.h"
#include "mysqlsession.h"

#include <mysql.h>
#include <mysqld_error.h>

#include <QRegularExpression>

#include <charconv>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const MySqlDialect &dialect()
{
    static const MySqlDialect d;
    return d;
}

// How a cell of the text protocol becomes canonical.
enum class Decode : uint8_t {
    Identity,
    Float, // selected as DOUBLE, narrowed back to the stored float
    Double, // re-printed shortest round-trip in the canonical spelling ("1e+300")
    Bit, // big-endian bytes -> unsigned decimal
    Year, // "0000" -> "0"
};

Decode decodeFor(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Float: return Decode::Float;
    case TypeKind::Double: return Decode::Double;
    case TypeKind::Bit: return Decode::Bit;
    case TypeKind::Year: return Decode::Year;
    default: return Decode::Identity;
    }
}

// The canonical bytes of one non-NULL cell: a view of the row buffer, or of `buffer`.
std::string_view decode(Decode how, const char *data, size_t size, char (&buffer)[64])
{
    switch (how) {
    case Decode::Identity: break;
    case Decode::Float:
    case Decode::Double: {
        double d = 0;
        const auto r = std::from_chars(data, data + size, d);
        if (r.ec != std::errc())
            break; // cannot happen for a DOUBLE; keep the server's text
        const auto w = how == Decode::Float
            ? std::to_chars(buffer, buffer + sizeof buffer, float(d))
            : std::to_chars(buffer, buffer + sizeof buffer, d);
        return {buffer, size_t(w.ptr - buffer)};
    }
    case Decode::Bit: {
        unsigned long long v = 0;
        for (size_t i = 0; i < size; ++i)
            v = (v << 8) | static_cast<unsigned char>(data[i]);
        const auto w = std::to_chars(buffer, buffer + sizeof buffer, v);
        return {buffer, size_t(w.ptr - buffer)};
    }
    case Decode::Year:
        if (size == 4 && std::string_view(data, 4) == "0000")
            return "0";
        break;
    }
    return {data, size};
}

// Whether the server has CAST(x AS DOUBLE): MariaDB 10.5+ and MySQL 8.0.17+ (older servers and
// OceanBase widen FLOAT with "+ 0e0", which gives the same double).
bool hasCastAsDouble(const QString &version)
{
    static const QRegularExpression re(u"^(\\d+)\\.(\\d+)\\.(\\d+)"_s);
    const auto m = re.match(version);
    if (!m.hasMatch() || version.contains(u"OceanBase"_s, Qt::CaseInsensitive))
        return false;
    const int major = m.captured(1).toInt(), minor = m.captured(2).toInt(),
              patch = m.captured(3).toInt();
    if (version.contains(u"MariaDB"_s, Qt::CaseInsensitive))
        return major > 10 || (major == 10 && minor >= 5);
    return major > 8 || (major == 8 && (minor > 0 || patch >= 17));
}

// The select-list expression of a column: FLOAT as DOUBLE (the text protocol prints FLOAT with
// 6 significant digits: 1.2345678 comes as 1.23457).
QString selectExpression(const Column &c, bool castAsDouble)
{
    const QString q = dialect().quote(c.name);
    if (c.type.kind != TypeKind::Float)
        return q;
    return castAsDouble ? u"CAST("_s + q + u" AS DOUBLE)"_s : u"("_s + q + u" + 0e0)"_s;
}

} // namespace

MySqlTableReader::MySqlTableReader(MySqlSession &session)
    : m_session(session)
    , m_castAsDouble(hasCastAsDouble(session.serverVersion()))
{ }

Status MySqlTableReader::read(const ReadRequest &request,
                              const std::function<Status(RowBatch &&)> &sink,
                              const CancelToken &cancel)
{
    if (request.columns.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: no columns to read").arg(request.table.display()));
    if (cancel.isCancelled())
        return fail(Error::Code::Cancelled,
                    Text::tr("reading %1 was cancelled").arg(request.table.display()));

    QStringList select;
    std::vector<Decode> decodes;
    for (const Column &c : request.columns) {
        select << selectExpression(c, m_castAsDouble);
        decodes.push_back(decodeFor(c.type.kind));
    }
    const QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s
        + dialect().qualify(request.table)
        + whereClause(dialect(), request.keyColumns, request.range, request.filter)
        + orderByKey(dialect(), request.keyColumns) + limitClause(request.limit, request.offset);

    // The sink may block on a slow writer while the server waits to send more rows: give the
    // server more than its default 60 s before it drops a stalled streaming read.
    if (auto ok = m_session.exec(u"SET SESSION net_write_timeout = 86400"_s); !ok)
        return ok;

    MYSQL *m = m_session.handle();
    ScopedInterrupt interrupt(cancel, [this] { m_session.interrupt(); });
    const QByteArray bytes = sql.toUtf8();
    const auto cancelled = [&] {
        return fail(Error::Code::Cancelled,
                    Text::tr("reading %1 was cancelled").arg(request.table.display()), {},
                    request.table.display());
    };
    // A refused read names the table and logs its statement (literals masked).
    const auto readError = [&] {
        Error e = m_session.lastError(Text::tr("reading %1").arg(request.table.display()));
        e.object = request.table.display();
        logFailedStatement(e, sql, SqlQuoting::MySql);
        return e;
    };
    if (mysql_real_query(m, bytes.constData(), (unsigned long)bytes.size()) != 0) {
        if (cancel.isCancelled())
            return cancelled();
        return fail(readError());
    }
    MYSQL_RES *res = mysql_use_result(m);
    if (!res) {
        if (cancel.isCancelled())
            return cancelled();
        return fail(readError());
    }

    const int columns = int(request.columns.size());
    const int batchRows = std::max(1, request.batchRows);
    const size_t batchBytes = std::max<size_t>(1, request.batchBytes);
    const auto fresh = [&] {
        RowBatch b(columns);
        b.reserve(std::min<size_t>(batchBytes + batchBytes / 8, 64u << 20), batchRows);
        return b;
    };
    RowBatch batch = fresh();
    char buffer[64];
    // Stops the statement and drops the rest of the result without reading it all.
    const auto abandon = [&] {
        m_session.interrupt();
        mysql_free_result(res);
    };

    while (MYSQL_ROW row = mysql_fetch_row(res)) {
        const unsigned long *lengths = mysql_fetch_lengths(res);
        for (int c = 0; c < columns; ++c) {
            if (!row[c])
                batch.appendNull();
            else
                batch.append(decode(decodes[size_t(c)], row[c], lengths[c], buffer));
        }
        batch.endRow();
        if (batch.rows() >= batchRows || batch.bytes() >= batchBytes) {
            if (cancel.isCancelled()) {
                abandon();
                return cancelled();
            }
            if (auto ok = sink(std::move(batch)); !ok) {
                abandon();
                return ok;
            }
            batch = fresh();
        }
    }
    const unsigned int error = mysql_errno(m);
    if (error != 0) {
        if (cancel.isCancelled() || error == ER_QUERY_INTERRUPTED) {
            mysql_free_result(res);
            return cancelled();
        }
        Error e = readError();
        mysql_free_result(res);
        return fail(e);
    }
    mysql_free_result(res);
    if (cancel.isCancelled())
        return cancelled();
    if (batch.rows() > 0)
        return sink(std::move(batch));
    return {};
}

Result<qint64> MySqlTableReader::countRows(const TableRef &table, const QString &filter)
{
    auto result = m_session.query(u"SELECT COUNT(*) FROM "_s + dialect().qualify(table)
                                  + whereClause(dialect(), {}, {}, filter));
    if (!result)
        return fail(result.error());
    return result->text(0, 0).toLongLong();
}

} // namespace ferry

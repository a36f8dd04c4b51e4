#include "sqlitebulkwriter.h"
#include "common/logging.h"

#include "common/language.h"
#include "engines/keypredicate.h"
#include "sqlitedialect.h"
#include "sqlitesession.h"
#include "values/canonical.h"

#include <sqlite3.h>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const SqliteDialect &dialect()
{
    static const SqliteDialect d;
    return d;
}

bool isBinaryKind(TypeKind k)
{
    return k == TypeKind::Binary || k == TypeKind::VarBinary || k == TypeKind::Blob;
}

bool isIntegerKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::Boolean || k == TypeKind::Year
        || k == TypeKind::Bit;
}

// Digits that matter in a decimal literal: SQLite keeps 15 of them when it makes a REAL.
int significantDigits(std::string_view v)
{
    int digits = 0;
    bool leading = true;
    int trailingZeros = 0;
    bool afterPoint = false;
    for (char c : v) {
        if (c == '.') {
            afterPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            continue;
        if (leading && c == '0')
            continue;
        leading = false;
        ++digits;
        trailingZeros = c == '0' ? trailingZeros + 1 : 0;
    }
    return afterPoint ? digits - trailingZeros : digits;
}

} // namespace

SqliteBulkWriter::~SqliteBulkWriter()
{
    if (m_open)
        rollback();
    finalize();
}

void SqliteBulkWriter::finalize()
{
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
}

Status SqliteBulkWriter::begin(const WriteRequest &request)
{
    m_request = request;
    m_stats = {};
    m_bindings.clear();
    for (int i = 0; i < request.columns.size(); ++i) {
        const TypeKind source = request.sourceTypes[i].kind;
        const auto affinity = SqliteDialect::affinityOf(request.targetTypes[i].native);
        Binding b = Binding::Text;
        if (isBinaryKind(source) || source == TypeKind::Spatial)
            b = Binding::Blob; // a spatial value: the SRID and the WKB (values/spatial.h)
        else if (affinity == SqliteDialect::Affinity::Text)
            b = Binding::Text;
        else if (isIntegerKind(source))
            b = Binding::Integer;
        else if (source == TypeKind::Float || source == TypeKind::Double)
            b = Binding::Real;
        else if (source == TypeKind::Decimal)
            b = affinity == SqliteDialect::Affinity::Real ? Binding::Real : Binding::Numeric;
        m_bindings.push_back(b);
    }
    finalize();
    QStringList names, marks;
    for (const QString &c : request.columns) {
        names << dialect().quote(c);
        marks << u"?"_s;
    }
    QString sql = u"INSERT %1INTO %2 (%3) VALUES (%4)"_s.arg(
        request.conflicts == ConflictPolicy::Ignore ? u"OR IGNORE "_s : QString(),
        dialect().qualify(request.table), names.join(u", "_s), marks.join(u", "_s));
    if (request.conflicts == ConflictPolicy::Replace) {
        // An upsert on the key: the row keeps its rowid, and no delete runs a foreign key's
        // ON DELETE action (which INSERT OR REPLACE would).
        if (request.conflictKey.isEmpty())
            return fail(
                Error::Code::Internal,
                u"replacing rows of %1 needs the key to replace by"_s.arg(request.table.display()));
        QStringList key, set;
        for (const QString &k : request.conflictKey)
            key << dialect().quote(k);
        for (const QString &c : request.columns)
            if (!request.conflictKey.contains(c))
                set << u"%1 = excluded.%1"_s.arg(dialect().quote(c));
        sql += u" ON CONFLICT (%1) DO %2"_s.arg(
            key.join(u", "_s), set.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + set.join(u", "_s));
    }
    const QByteArray bytes = sql.toUtf8();
    if (sqlite3_prepare_v2(m_session.handle(), bytes.constData(), int(bytes.size()), &m_insert,
                           nullptr)
        != SQLITE_OK)
        return fail(
            m_session.lastError(Text::tr("preparing the load of %1").arg(request.table.display())));
    // Inside the owner's transaction (Session::beginTransaction) the rows join it.
    m_joined = m_session.inTransaction();
    if (!m_joined)
        if (auto ok = m_session.exec(u"BEGIN IMMEDIATE"_s); !ok)
            return ok;
    m_open = true;
    return {};
}

Status SqliteBulkWriter::deleteRange(const QList<Column> &keyColumns, const KeyRange &range)
{
    const QString where = keyRangePredicate(dialect(), keyColumns, range);
    return m_session.exec(u"DELETE FROM "_s + dialect().qualify(m_request.table)
                          + (where.isEmpty() ? QString() : u" WHERE "_s + where));
}

Status SqliteBulkWriter::deleteAll()
{
    return m_session.exec(dialect().deleteAll(m_request.table));
}

Status SqliteBulkWriter::bindCell(const RowBatch &batch, int row, int cell)
{
    const int index = cell + 1;
    if (batch.isNull(row, cell)) {
        sqlite3_bind_null(m_insert, index);
        return {};
    }
    const std::string_view v = batch.cell(row, cell);
    const TypeKind kind = m_request.sourceTypes[cell].kind;
    if ((kind == TypeKind::Date || kind == TypeKind::DateTime || kind == TypeKind::TimestampTz)
        && m_request.zeroDates != ZeroDatePolicy::Keep && canonical::isZeroDate(v)) {
        if (m_request.zeroDates == ZeroDatePolicy::Reject)
            return fail(
                rejectedValue(m_request, batch, row, cell,
                              Text::tr("is a zero date, which the zero-date policy refuses"),
                              Text::tr("Correct the source row, or choose the zero-date policy "
                                       "'null' (write NULL) or 'keep' (store it as text).")));
        if (!m_request.targetNullable.value(cell, true))
            return fail(rejectedValue(
                m_request, batch, row, cell,
                Text::tr("is a zero date, and the zero-date policy 'null' cannot write NULL into "
                         "the NOT "
                         "NULL column %1")
                    .arg(m_request.columns.value(cell)),
                Text::tr(
                    "Make the target column nullable, or choose the zero-date policy 'keep'.")));
        sqlite3_bind_null(m_insert, index);
        return {};
    }
    switch (m_bindings[size_t(cell)]) {
    case Binding::Blob:
        sqlite3_bind_blob64(m_insert, index, v.data(), v.size(), SQLITE_STATIC);
        return {};
    case Binding::Integer: {
        qint64 n = 0;
        const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
        if (r.ec == std::errc() && r.ptr == v.data() + v.size()) {
            sqlite3_bind_int64(m_insert, index, n);
            return {};
        }
        if (r.ec == std::errc::result_out_of_range)
            return fail(
                rejectedValue(m_request, batch, row, cell,
                              Text::tr("does not fit SQLite's signed 64-bit integers"),
                              Text::tr("Declare the target column TEXT (the default mapping for "
                                       "BIGINT UNSIGNED does).")));
        break; // not an integer: let SQLite store the text as it is
    }
    case Binding::Real: {
        if (v == "NaN")
            return fail(rejectedValue(m_request, batch, row, cell,
                                      Text::tr("cannot be stored: SQLite turns NaN into NULL")));
        double d = 0;
        if (v == "Infinity")
            d = HUGE_VAL;
        else if (v == "-Infinity")
            d = -HUGE_VAL;
        else {
            const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
            if (r.ec != std::errc() || r.ptr != v.data() + v.size())
                break; // not a number: stored as text
        }
        sqlite3_bind_double(m_insert, index, d);
        return {};
    }
    case Binding::Numeric:
        if (significantDigits(v) > 15) {
            qint64 n = 0;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
            if (!(r.ec == std::errc() && r.ptr == v.data() + v.size()))
                return fail(rejectedValue(
                    m_request, batch, row, cell,
                    Text::tr("has more than 15 significant digits, which SQLite's NUMERIC rounds"),
                    Text::tr("Declare the target column TEXT to keep every digit.")));
        }
        break;
    case Binding::Text: break;
    }
    sqlite3_bind_text64(m_insert, index, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8);
    return {};
}

Status SqliteBulkWriter::write(const RowBatch &input)
{
    auto json = arraysAsJson(m_request, input);
    if (!json)
        return fail(json.error());
    const RowBatch &batch = *json ? **json : input;
    const int columns = batch.columns();
    for (int row = 0; row < batch.rows(); ++row) {
        for (int cell = 0; cell < columns; ++cell)
            if (auto ok = bindCell(batch, row, cell); !ok)
                return ok;
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE) {
            const int extended = sqlite3_extended_errcode(m_session.handle());
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_session.handle()));
            if (extended == SQLITE_CONSTRAINT_PRIMARYKEY || extended == SQLITE_CONSTRAINT_UNIQUE) {
                Error e;
                e.code = Error::Code::Conflict;
                e.object = m_request.sourceName;
                e.message = Text::tr("%1, row %2: the key already exists in %3 (%4)")
                                .arg(m_request.sourceName, describeRowKey(m_request, batch, row),
                                     m_request.table.display(), why);
                e.fix = Text::tr("Empty the target table first, or set the non-empty target policy "
                                 "to 'ignore' or 'truncate'.");
                return fail(e);
            }
            Error e = m_session.lastError(
                u"%1, row %2"_s.arg(m_request.sourceName, describeRowKey(m_request, batch, row)));
            if ((extended & 0xff) == SQLITE_CONSTRAINT)
                e.code = Error::Code::DataRejected;
            return fail(e);
        }
        if (sqlite3_changes(m_session.handle()) == 0)
            ++m_stats.skipped;
        else
            ++m_stats.written;
    }
    m_stats.bytes += qint64(batch.bytes());
    return {};
}

Result<WriteStats> SqliteBulkWriter::commit()
{
    if (!m_joined)
        if (auto ok = m_session.exec(u"COMMIT"_s); !ok)
            return std::unexpected(ok.error());
    m_open = false;
    return m_stats;
}

void SqliteBulkWriter::rollback()
{
    if (m_open && !m_joined) // a joined transaction is its owner's to end
        logIfFailed(lcEngine(), m_session.exec(u"ROLLBACK"_s),
                    "rolling back a failed write; SQLite ends it with the connection");
    m_open = false;
}

} // namespace ferry

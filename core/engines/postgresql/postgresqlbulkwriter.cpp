#include "postgresqlbulkwriter.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/keypredicate.h"
#include "postgresqlcopytext.h"
#include "postgresqldialect.h"
#include "postgresqlsession.h"
#include "values/canonical.h"
#include "values/spatial.h"

#include <QCryptographicHash>

#include <libpq-fe.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr size_t kSendBytes = 1u << 20; // PQputCopyData pieces of about 1 MB
constexpr qint64 kMaxRowsPerCopy = 1'000'000; // bounds the key record of one COPY
constexpr size_t kMaxKeyBytesPerCopy = 64u << 20;

const PostgreSqlDialect &dialect()
{
    static const PostgreSqlDialect d;
    return d;
}

bool isMySqlDateKind(TypeKind kind)
{
    return kind == TypeKind::Date || kind == TypeKind::DateTime || kind == TypeKind::TimestampTz;
}

// Where the COPY context "COPY t, line 5, column c: "value"" points.
struct CopyPosition
{
    qint64 line = 0; // 0: unknown
    QString column;
    QString value;
    bool hasValue = false;
};

CopyPosition parseContext(const QString &context, const QStringList &columns)
{
    CopyPosition pos;
    // The COPY line is the last line of the context (functions called from it come first).
    const QStringList lines = context.split(u'\n');
    QString line;
    for (const QString &l : lines)
        if (l.startsWith(u"COPY "_s))
            line = l;
    if (line.isEmpty())
        return pos;
    qsizetype at = line.indexOf(u", line "_s);
    while (at >= 0) {
        qsizetype i = at + 7;
        qsizetype digitsEnd = i;
        while (digitsEnd < line.size() && line[digitsEnd].isDigit())
            ++digitsEnd;
        if (digitsEnd > i) {
            pos.line = line.mid(i, digitsEnd - i).toLongLong();
            const QString rest = line.mid(digitsEnd);
            if (rest.startsWith(u", column "_s)) {
                const QString tail = rest.mid(9);
                // Column names may hold anything: match the longest known name.
                for (const QString &c : columns)
                    if (tail.startsWith(c + u": \""_s) && c.size() > pos.column.size())
                        pos.column = c;
                if (!pos.column.isEmpty()) {
                    QString value = tail.mid(pos.column.size() + 3);
                    if (value.endsWith(u'"'))
                        value.chop(1);
                    pos.value = value;
                    pos.hasValue = true;
                } else if (const qsizetype colon = tail.indexOf(u": \""_s); colon >= 0) {
                    pos.column = tail.left(colon);
                } else {
                    pos.column = tail;
                }
            }
            return pos;
        }
        at = line.indexOf(u", line "_s, at + 1);
    }
    return pos;
}

QString field(const pg_result *res, int code)
{
    const char *v = PQresultErrorField(res, code);
    return v ? QString::fromUtf8(v) : QString();
}

} // namespace

PostgreSqlBulkWriter::PostgreSqlBulkWriter(PostgreSqlSession &session)
    : m_session(session)
{ }

PostgreSqlBulkWriter::~PostgreSqlBulkWriter()
{
    if (m_inTransaction)
        rollback();
}

Status PostgreSqlBulkWriter::requireTransaction(const char *operation) const
{
    if (m_inTransaction && m_failed)
        return fail(Error::Code::Internal,
                    u"%1 into %2 after a refused row: roll back first"_s.arg(
                        QLatin1StringView(operation), m_request.table.display()));
    if (m_inTransaction)
        return {};
    return fail(Error::Code::Internal,
                u"%1 into %2 outside a transaction: call begin() first"_s.arg(
                    QLatin1StringView(operation), m_request.table.display()));
}

Status PostgreSqlBulkWriter::execute(const QString &sql, const QString &what, qint64 *rows)
{
    PGresult *res = PQexec(m_session.handle(), sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = m_session.resultError(res, what);
        e.object =
            m_request.sourceName.isEmpty() ? m_request.table.display() : m_request.sourceName;
        logFailedStatement(e, sql.left(400), SqlQuoting::Standard);
        PQclear(res);
        return fail(e);
    }
    if (rows)
        *rows = QByteArray(PQcmdTuples(res)).toLongLong();
    PQclear(res);
    return {};
}

Status PostgreSqlBulkWriter::begin(const WriteRequest &request)
{
    if (m_inTransaction)
        return fail(Error::Code::Internal,
                    u"begin() for %1 while a transaction into %2 is open"_s.arg(
                        request.table.display(), m_request.table.display()));
    const qsizetype n = request.columns.size();
    if (n == 0 || request.sourceTypes.size() != n || request.targetTypes.size() != n
        || request.targetNullable.size() != n)
        return fail(Error::Code::Internal,
                    u"writing %1: the request's columns, source types, target types and "
                    "nullability do not line up"_s.arg(request.table.display()));
    m_request = request;
    if (m_request.sourceName.isEmpty())
        m_request.sourceName = request.table.display();
    m_plan.assign(size_t(n), {});
    for (qsizetype i = 0; i < n; ++i) {
        ColumnPlan &p = m_plan[size_t(i)];
        const ColumnType &source = request.sourceTypes[i];
        const ColumnType &target = request.targetTypes[i];
        p.bytea = target.isBinary();
        p.geometry = source.kind == TypeKind::Spatial && target.kind == TypeKind::Spatial;
        if (source.kind == TypeKind::Bit && target.kind == TypeKind::Bit)
            p.bitWidth = std::max(1, target.length > 0 ? target.length : source.length);
        p.zeroDates = isMySqlDateKind(source.kind);
        p.nullable = request.targetNullable[i];
    }
    m_target = dialect().qualify(request.table);
    QStringList names;
    for (const QString &c : request.columns)
        names << dialect().quote(c);
    m_columnList = names.join(u", "_s);
    m_stats = {};
    m_failed = false;
    m_rowsBeforeCopy = 0;
    m_staged = 0;
    resetCopyState();
    if (m_buffer.size() < kSendBytes + kSendBytes / 4)
        m_buffer.resize(kSendBytes + kSendBytes / 4);
    m_used = 0;

    // Inside the owner's transaction (Session::beginTransaction) the rows join it.
    m_joined = m_session.inTransaction();
    if (!m_joined)
        if (Status s = execute(u"BEGIN"_s, Text::tr("starting a transaction on %1").arg(m_target));
            !s)
            return s;
    m_inTransaction = true;
    m_copyInto = m_target;
    if (request.conflicts == ConflictPolicy::Replace && request.conflictKey.isEmpty()) {
        rollback();
        return fail(Error::Code::Internal,
                    Text::tr("replacing rows of %1 needs the key to replace by").arg(m_target));
    }
    if (request.conflicts != ConflictPolicy::Fail) {
        if (Status s = prepareStaging(); !s) {
            rollback();
            return s;
        }
        m_copyInto = m_staging;
    }
    return {};
}

Status PostgreSqlBulkWriter::prepareStaging()
{
    // One staging table per target table and column list, kept for the session and emptied by
    // every commit (ON COMMIT DELETE ROWS): creating and dropping a temporary table for each
    // begin() wrote catalog rows and a file every time, most of the cost of a small incremental
    // batch (3-5 ms against 0.8 ms) and catalog bloat on a stream that runs for days. Its name
    // carries the target's oid, so a table dropped and created again gets a new one. A staging
    // table created in a transaction that was rolled back is gone: it is looked up every time.
    const QByteArray digest =
        QCryptographicHash::hash(m_columnList.toUtf8(), QCryptographicHash::Md5).toHex().left(12);
    QString target = m_target;
    target.replace(u'\'', u"''"_s);
    auto found = m_session.query(
        u"SELECT o, to_regclass(format('pg_temp.ferry_staging_%s_%1', o)) IS NOT NULL FROM "
        "(SELECT '%2'::regclass::oid AS o) t"_s.arg(QString::fromLatin1(digest), target));
    if (!found)
        return fail(found.error());
    m_staging =
        u"pg_temp.ferry_staging_%1_%2"_s.arg(found->text(0, 0), QString::fromLatin1(digest));
    if (found->text(0, 1) == u"t")
        return {};
    // It has the target's types, defaults, NOT NULL and CHECK constraints, so COPY names the
    // row of a bad value; its other columns are dropped so the COPY column list fits. Rows
    // reach the target through INSERT ... ON CONFLICT.
    if (Status s = execute(u"CREATE TEMP TABLE %1 (LIKE %2 INCLUDING DEFAULTS INCLUDING "
                           "CONSTRAINTS) ON COMMIT DELETE ROWS"_s.arg(m_staging, m_target),
                           Text::tr("creating the staging table for %1").arg(m_target));
        !s)
        return s;
    auto extra =
        m_session.query(u"SELECT attname FROM pg_attribute WHERE attrelid = "
                        "'%1'::regclass AND attnum > 0 AND NOT attisdropped"_s.arg(m_staging));
    if (!extra)
        return fail(extra.error());
    for (int r = 0; r < extra->size(); ++r) {
        const QString column = extra->text(r, 0);
        if (m_request.columns.contains(column))
            continue;
        if (Status d =
                execute(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(m_staging, dialect().quote(column)),
                        Text::tr("preparing the staging table for %1").arg(m_target));
            !d)
            return d;
    }
    return {};
}

void PostgreSqlBulkWriter::resetCopyState()
{
    m_keys.clear();
    m_keyRows.clear();
    m_copyRows = 0;
}

Status PostgreSqlBulkWriter::startCopy()
{
    const QString sql = u"COPY %1 (%2) FROM STDIN"_s.arg(m_copyInto, m_columnList);
    PGresult *res = PQexec(m_session.handle(), sql.toUtf8().constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        Error e = m_session.resultError(res, Text::tr("copying into %1").arg(m_target));
        e.object = m_request.sourceName;
        PQclear(res);
        return fail(e);
    }
    PQclear(res);
    m_copyOpen = true;
    resetCopyState();
    m_used = 0;
    return {};
}

char *PostgreSqlBulkWriter::reserve(size_t bytes)
{
    if (m_used + bytes > m_buffer.size())
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + bytes));
    return m_buffer.data() + m_used;
}

Status PostgreSqlBulkWriter::sendBuffer()
{
    if (m_used == 0)
        return {};
    PGconn *conn = m_session.handle();
    // PQputCopyData takes an int: a giant cell (a bytea near 1 GB is 2 GB of hex) goes in
    // pieces; COPY data messages need not end on a row boundary.
    for (size_t at = 0; at < m_used;) {
        const size_t piece = std::min(m_used - at, size_t(64) << 20);
        if (PQputCopyData(conn, m_buffer.data() + at, int(piece)) != 1) {
            // The server ended the COPY (an error it has already sent): collect it.
            m_copyOpen = false;
            m_used = 0;
            m_failed = true;
            std::optional<Error> failure;
            while (PGresult *res = PQgetResult(conn)) {
                if (!failure && PQresultStatus(res) != PGRES_COMMAND_OK)
                    failure = copyError(res);
                PQclear(res);
            }
            return fail(failure ? *failure
                                : m_session.resultError(nullptr,
                                                        Text::tr("copying into %1").arg(m_target)));
        }
        at += piece;
    }
    m_stats.bytes += qint64(m_used);
    m_used = 0;
    if (m_buffer.size() > 8 * kSendBytes) {
        m_buffer.resize(kSendBytes + kSendBytes / 4); // one giant cell is not a reason to keep it
        m_buffer.shrink_to_fit();
    }
    return {};
}

void PostgreSqlBulkWriter::recordKey(const RowBatch &batch, int row)
{
    if (m_request.keyCells.isEmpty())
        return;
    m_keyRows.push_back(m_keys.size());
    for (const int cell : m_request.keyCells) {
        const bool null = batch.isNull(row, cell);
        const std::string_view v = null ? std::string_view() : batch.cell(row, cell);
        const auto length = uint32_t(std::min<size_t>(v.size(), 256)); // enough to name a row
        const size_t at = m_keys.size();
        m_keys.resize(at + 5 + length);
        m_keys[at] = null ? 1 : 0;
        std::memcpy(m_keys.data() + at + 1, &length, 4);
        std::memcpy(m_keys.data() + at + 5, v.data(), length);
    }
}

QString PostgreSqlBulkWriter::describeLine(qint64 line) const
{
    if (line <= 0 || line > m_copyRows)
        return Text::tr("(row not identified)");
    if (m_request.keyCells.isEmpty())
        return Text::tr("%1 of this transaction (the table has no key)")
            .arg(m_rowsBeforeCopy + line);
    size_t at = m_keyRows[size_t(line - 1)];
    QStringList parts;
    for (qsizetype i = 0; i < m_request.keyCells.size(); ++i) {
        const bool null = m_keys[at] != 0;
        uint32_t length = 0;
        std::memcpy(&length, m_keys.data() + at + 1, 4);
        const std::string_view v(m_keys.data() + at + 5, length);
        at += 5 + length;
        const int cell = m_request.keyCells[i];
        parts << m_request.keyNames.value(i) + u'='
                + (null ? u"NULL"_s : previewValue(v, m_request.sourceTypes[cell], 40));
    }
    return parts.join(u", "_s);
}

Error PostgreSqlBulkWriter::copyError(const pg_result *res)
{
    const QString state = field(res, PG_DIAG_SQLSTATE);
    const QString primary = field(res, PG_DIAG_MESSAGE_PRIMARY);
    const QString detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    const CopyPosition pos = parseContext(field(res, PG_DIAG_CONTEXT), m_request.columns);
    const QString row = describeLine(pos.line);
    const QString reason = detail.isEmpty() ? primary : u"%1 (%2)"_s.arg(primary, detail);

    Error e;
    e.sqlState = state;
    e.object = m_request.sourceName;
    if (state == u"23505") {
        e.code = Error::Code::Conflict;
        e.message = Text::tr("%1, row %2: the key already exists in %3: %4")
                        .arg(m_request.sourceName, row, m_request.table.display(), reason);
        e.fix = Text::tr(
            "Set the conflict policy to ignore to keep the rows already there, or truncate "
            "the target table before copying.");
        return e;
    }
    if (state.startsWith(u"22") || state.startsWith(u"23")) {
        e.code = Error::Code::DataRejected;
        QString column = field(res, PG_DIAG_COLUMN_NAME);
        if (column.isEmpty())
            column = pos.column;
        const int cell = int(m_request.columns.indexOf(column));
        if (state == u"23502") {
            e.message =
                Text::tr("%1, row %2: column %3 value NULL is refused by %4: the column is NOT "
                         "NULL")
                    .arg(m_request.sourceName, row, column, m_request.table.display());
            e.fix = Text::tr("Make the target column nullable, or correct the source row.");
        } else if (!column.isEmpty()) {
            const QByteArray value = pos.value.toUtf8();
            const QString shown = pos.hasValue
                ? previewValue(std::string_view(value.constData(), size_t(value.size())),
                               cell >= 0 ? m_request.sourceTypes[cell] : ColumnType())
                : Text::tr("(see the reason)");
            e.message = Text::tr("%1, row %2: column %3 value %4 is refused by PostgreSQL: %5")
                            .arg(m_request.sourceName, row, column, shown, reason);
            const TypeKind target = cell >= 0 ? m_request.targetTypes[cell].kind : TypeKind::Other;
            if (target == TypeKind::Time)
                e.fix =
                    Text::tr("Override the column's target type to interval to keep times outside "
                             "00:00:00–24:00:00, or correct the source row.");
            else if (state == u"22003")
                e.fix = Text::tr(
                    "Override the column's target type to a wider one, or correct the source "
                    "row.");
            else
                e.fix = Text::tr("Correct the source row, or override the column's target type.");
        } else {
            e.message = Text::tr("%1, row %2: PostgreSQL refused the row: %3")
                            .arg(m_request.sourceName, row, reason);
            e.fix = Text::tr("Correct the source row, or adjust the target table's constraints.");
        }
        return e;
    }
    Error generic = m_session.resultError(res, Text::tr("copying into %1").arg(m_target));
    generic.object = m_request.sourceName;
    return generic;
}

Status PostgreSqlBulkWriter::write(const RowBatch &batch)
{
    if (Status s = requireTransaction("write"); !s)
        return s;
    Status s = encode(batch);
    if (!s)
        m_failed = true; // a partial row may sit in the buffer: only rollback() may follow
    return s;
}

Status PostgreSqlBulkWriter::encode(const RowBatch &batch)
{
    const int columns = int(m_plan.size());
    if (batch.columns() != columns)
        return fail(Error::Code::Internal,
                    u"writing %1: a batch of %2 columns for %3 target columns"_s
                        .arg(m_request.table.display())
                        .arg(batch.columns())
                        .arg(columns));
    if (batch.rows() == 0)
        return {};
    if (m_copyOpen && (m_copyRows >= kMaxRowsPerCopy || m_keys.size() >= kMaxKeyBytesPerCopy)) {
        if (Status s = finishCopy(); !s)
            return s;
    }
    if (!m_copyOpen) {
        if (Status s = startCopy(); !s)
            return s;
    }

    const int rows = batch.rows();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const ColumnPlan &p = m_plan[size_t(c)];
            const bool null = batch.isNull(r, c);
            const std::string_view v = null ? std::string_view() : batch.cell(r, c);
            // Worst cases: tab + escaped text (2 bytes a byte), tab + \\x + hex, tab + bits.
            char *const start = reserve(4 + 2 * v.size() + size_t(p.bitWidth));
            char *o = start;
            if (c)
                *o++ = '\t';
            if (null) {
                *o++ = '\\';
                *o++ = 'N';
            } else if (p.zeroDates && canonical::isZeroDate(v)) {
                // 'keep' cannot keep what PostgreSQL cannot hold: it refuses like 'reject'.
                if (m_request.zeroDates != ZeroDatePolicy::Null)
                    return fail(rejectedValue(
                        m_request, batch, r, c,
                        Text::tr("is a zero date, which PostgreSQL cannot store"),
                        Text::tr(
                            "Set the zero-date policy to NULL (nullable columns only), or correct "
                            "the source row.")));
                if (!p.nullable)
                    return fail(rejectedValue(
                        m_request, batch, r, c,
                        Text::tr(
                            "is a zero date and the column is NOT NULL, so it cannot become NULL"),
                        Text::tr("Make the target column nullable, or correct the source row.")));
                *o++ = '\\';
                *o++ = 'N';
            } else if (p.bytea) {
                o += pgcopy::encodeBytea(v, o);
            } else if (p.geometry) {
                // The EWKB is never longer than the canonical value: its hex fits.
                const auto ewkb = spatial::toEwkb(v);
                if (!ewkb)
                    return fail(rejectedValue(m_request, batch, r, c,
                                              Text::tr("is not a geometry (SRID and WKB)")));
                const std::string hex = canonical::toHex(*ewkb);
                std::memcpy(o, hex.data(), hex.size());
                o += hex.size();
            } else if (p.bitWidth > 0) {
                const auto bits = canonical::decimalToBitString(v, p.bitWidth);
                if (!bits)
                    return fail(rejectedValue(m_request, batch, r, c,
                                              Text::tr("does not fit bit(%1)").arg(p.bitWidth)));
                std::memcpy(o, bits->data(), bits->size());
                o += bits->size();
            } else {
                pgcopy::TextError error = pgcopy::TextError::None;
                o += pgcopy::encodeText(v, o, error);
                if (error == pgcopy::TextError::NulByte)
                    return fail(rejectedValue(
                        m_request, batch, r, c,
                        Text::tr("contains a NUL byte: PostgreSQL text cannot hold NUL bytes"),
                        Text::tr(
                            "Map the column to bytea (override its target type), or remove the NUL "
                            "bytes from the source.")));
                if (error == pgcopy::TextError::InvalidUtf8)
                    return fail(rejectedValue(
                        m_request, batch, r, c,
                        Text::tr("is not valid UTF-8: PostgreSQL text must be valid UTF-8"),
                        Text::tr("Map the column to bytea (override its target type), or fix the "
                                 "source column's character set.")));
            }
            m_used += size_t(o - start);
        }
        *reserve(1) = '\n';
        ++m_used;
        recordKey(batch, r);
        ++m_copyRows;
        if (m_used >= kSendBytes) {
            if (Status s = sendBuffer(); !s)
                return s;
        }
    }
    return {};
}

Status PostgreSqlBulkWriter::finishCopy()
{
    if (!m_copyOpen)
        return {};
    Status sent = sendBuffer();
    if (!sent)
        return sent; // the COPY is over: sendBuffer() collected the server's error
    PGconn *conn = m_session.handle();
    m_copyOpen = false;
    std::optional<Error> failure;
    qint64 copied = 0;
    if (PQputCopyEnd(conn, nullptr) != 1)
        failure = m_session.resultError(nullptr, u"ending the COPY into %1"_s.arg(m_target));
    while (PGresult *res = PQgetResult(conn)) {
        if (!failure) {
            if (PQresultStatus(res) == PGRES_COMMAND_OK)
                copied = QByteArray(PQcmdTuples(res)).toLongLong();
            else
                failure = copyError(res);
        }
        PQclear(res);
    }
    if (failure) {
        m_failed = true;
        return fail(*failure);
    }
    m_rowsBeforeCopy += m_copyRows;
    resetCopyState();
    if (m_request.conflicts != ConflictPolicy::Fail) {
        m_staged += copied;
        return mergeStaging();
    }
    m_stats.written += copied;
    return {};
}

Status PostgreSqlBulkWriter::mergeStaging()
{
    if (m_staged == 0)
        return {};
    qint64 inserted = 0;
    QString onConflict = u"ON CONFLICT DO NOTHING"_s;
    if (m_request.conflicts == ConflictPolicy::Replace) {
        // An upsert on the key (no delete, so no foreign key's ON DELETE action runs).
        QStringList key, set;
        for (const QString &k : m_request.conflictKey)
            key << dialect().quote(k);
        for (const QString &c : m_request.columns)
            if (!m_request.conflictKey.contains(c))
                set << u"%1 = EXCLUDED.%1"_s.arg(dialect().quote(c));
        onConflict = u"ON CONFLICT (%1) DO %2"_s.arg(
            key.join(u", "_s), set.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + set.join(u", "_s));
    }
    // The staging rows move in one statement, which leaves the table empty for the next COPY.
    if (Status s = execute(
            u"WITH moved AS (DELETE FROM %3 RETURNING %2) INSERT INTO %1 (%2) "
            "OVERRIDING SYSTEM VALUE SELECT %2 FROM moved "_s.arg(m_target, m_columnList, m_staging)
                + onConflict,
            Text::tr("merging the copied rows into %1").arg(m_target), &inserted);
        !s)
        return s;
    m_stats.written += inserted;
    m_stats.skipped += m_staged - inserted;
    m_staged = 0;
    return {};
}

Status PostgreSqlBulkWriter::deleteRange(const QList<Column> &keyColumns, const KeyRange &range)
{
    if (Status s = requireTransaction("deleteRange"); !s)
        return s;
    if (Status s = finishCopy(); !s)
        return s;
    const QString where = keyRangePredicate(dialect(), keyColumns, range);
    return execute(u"DELETE FROM "_s + m_target
                       + (where.isEmpty() ? QString() : u" WHERE "_s + where),
                   Text::tr("deleting a key range of %1").arg(m_target));
}

Status PostgreSqlBulkWriter::deleteAll()
{
    if (Status s = requireTransaction("deleteAll"); !s)
        return s;
    if (Status s = finishCopy(); !s)
        return s;
    return execute(dialect().deleteAll(m_request.table),
                   Text::tr("deleting the rows of %1").arg(m_target));
}

Result<WriteStats> PostgreSqlBulkWriter::commit()
{
    if (Status s = requireTransaction("commit"); !s)
        return std::unexpected(s.error());
    if (Status s = finishCopy(); !s)
        return std::unexpected(s.error());
    // Joined: the owner commits later, maybe after another writer into this session.
    if (!m_joined)
        if (Status s = execute(u"COMMIT"_s, Text::tr("committing the rows of %1").arg(m_target));
            !s)
            return std::unexpected(s.error());
    m_inTransaction = false;
    return m_stats;
}

void PostgreSqlBulkWriter::rollback()
{
    PGconn *conn = m_session.handle();
    if (m_copyOpen) {
        m_copyOpen = false;
        m_used = 0;
        PQputCopyEnd(conn, "rolled back by Ferry");
        while (PGresult *res = PQgetResult(conn))
            PQclear(res);
    }
    resetCopyState();
    m_failed = false;
    if (m_inTransaction && m_joined) {
        m_inTransaction = false; // a joined transaction is its owner's to end
    } else if (m_inTransaction) {
        m_inTransaction = false;
        PGresult *res = PQexec(conn, "ROLLBACK");
        if (PQresultStatus(res) != PGRES_COMMAND_OK)
            qCWarning(lcEngine).noquote() << u"rolling back %1 failed: %2"_s.arg(
                m_target, QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
        PQclear(res);
    }
}

} // namespace ferry

#include "mysqlbulkwriter.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/keypredicate.h"
#include "mysqldialect.h"
#include "mysqlsession.h"
#include "values/canonical.h"

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <QRegularExpression>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const MySqlDialect &dialect()
{
    static const MySqlDialect d;
    return d;
}

// Statements of the INSERT fallback are cut at about this size.
constexpr size_t kInsertBytes = 1u << 20;

// The LOAD DATA file, served from memory by the LOCAL INFILE callbacks.
struct InfileSource
{
    const char *data = nullptr;
    size_t size = 0;
    size_t position = 0;
};

int infileInit(void **state, const char *, void *userdata)
{
    *state = userdata;
    static_cast<InfileSource *>(userdata)->position = 0;
    return 0;
}

int infileRead(void *state, char *buffer, unsigned int length)
{
    auto *source = static_cast<InfileSource *>(state);
    const size_t n = std::min<size_t>(length, source->size - source->position);
    std::memcpy(buffer, source->data + source->position, n);
    source->position += n;
    return int(n);
}

void infileEnd(void *) { }

int infileError(void *, char *message, unsigned int length)
{
    std::strncpy(message, "Ferry's LOAD DATA buffer is unavailable", length);
    if (length > 0)
        message[length - 1] = '\0';
    return CR_UNKNOWN_ERROR;
}

// The byte that follows a backslash for the characters LOAD DATA needs escaped; 0: none.
constexpr std::array<char, 256> kEscapes = [] {
    std::array<char, 256> t {};
    t[size_t('\\')] = '\\';
    t[size_t('\t')] = 't';
    t[size_t('\n')] = 'n';
    t[size_t('\r')] = 'r';
    t[0] = '0';
    return t;
}();

void appendEscaped(std::string &out, std::string_view v)
{
    size_t start = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        const char e = kEscapes[static_cast<unsigned char>(v[i])];
        if (e == 0)
            continue;
        out.append(v.data() + start, i - start);
        out.push_back('\\');
        out.push_back(e);
        start = i + 1;
    }
    out.append(v.data() + start, v.size() - start);
}

// A value for a FLOAT column, spelled as the exact double of the float it names. MySQL parses
// the text as a double and refuses anything above FLT_MAX: the shortest spelling of the largest
// float, "3.4028235e+38", is above it, 3.4028234663852886e+38 is not. Values that are no float
// keep their text for the server to judge.
std::string_view encodeFloat(std::string_view v, char (&buffer)[64])
{
    float f = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), f);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size() || !std::isfinite(f))
        return v;
    const auto w = std::to_chars(buffer, buffer + sizeof buffer, double(f));
    return {buffer, size_t(w.ptr - buffer)};
}

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool refusesLocalInfile(unsigned int code, const char *message)
{
    if (code == 1148 || code == 3948 || code == ER_LOAD_INFILE_CAPABILITY_DISABLED || code == 2068)
        return true;
    return code == CR_UNKNOWN_ERROR && message
        && QByteArrayView(message).contains(QByteArrayView("infile"));
}

// Errors (in INSERT) and warnings (in LOAD DATA) about one value or row.
bool isDataCode(unsigned int code, const char *sqlState)
{
    switch (code) {
    case ER_BAD_NULL_ERROR: // 1048
    case ER_WARN_DATA_OUT_OF_RANGE: // 1264
    case 1265: // WARN_DATA_TRUNCATED
    case 1261: // row lacks data for all columns
    case 1262: // row has more data than columns
    case 1263: // NULL into NOT NULL
    case ER_TRUNCATED_WRONG_VALUE: // 1292
    case ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: // 1366
    case 1367: // illegal value during parsing
    case ER_DATA_TOO_LONG: // 1406
    case ER_WRONG_VALUE_FOR_TYPE: // 1411
    case 1690: // value out of range
    case 3140: // MySQL: invalid JSON text
    case 3819: // MySQL: check constraint violated
    case 4025: // MariaDB: CONSTRAINT failed (json_valid)
        return true;
    default: break;
    }
    return sqlState
        && (std::strncmp(sqlState, "22", 2) == 0 || std::strncmp(sqlState, "23", 2) == 0);
}

// Notes that say nothing about the data.
bool isHarmless(const QString &level, unsigned int code)
{
    return level.compare(u"Note"_s, Qt::CaseInsensitive) == 0
        && (code == 1592 /* unsafe for statement binlog */ || code == 1287 /* deprecated */
            || code == 1681 /* display width */);
}

// "... at row 3" -> 3; 0 when the message names no row.
int rowOf(const QString &message)
{
    static const QRegularExpression re(u"\\bat row (\\d+)\\s*$"_s);
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString withoutRow(const QString &message)
{
    static const QRegularExpression re(u"\\s*\\bat row \\d+\\s*$"_s);
    return QString(message).remove(re);
}

// The column a message names: "for column 'v'", "for column `db`.`t`.`v`",
// "NULL supplied to NOT NULL column 'v'".
QString columnOf(const QString &message)
{
    static const QRegularExpression re(
        u"column\\s+((?:`(?:[^`]|``)*`\\.){0,2})(?:`((?:[^`]|``)*)`|'([^']*)')"_s);
    QString name;
    auto it = re.globalMatch(message);
    while (it.hasNext()) {
        const auto m = it.next();
        name = m.captured(2).isNull() ? m.captured(3) : m.captured(2).replace(u"``"_s, u"`"_s);
    }
    return name;
}

struct Info
{
    qint64 records = -1;
    qint64 skipped = 0;
    qint64 warnings = 0;
};

// "Records: 5  Deleted: 0  Skipped: 1  Warnings: 3" (LOAD DATA) or
// "Records: 3  Duplicates: 1  Warnings: 1" (multi-row INSERT).
Info parseInfo(const char *info)
{
    Info out;
    if (!info)
        return out;
    const QByteArrayView text(info);
    const auto number = [&](QByteArrayView label) -> qint64 {
        const qsizetype at = text.indexOf(label);
        if (at < 0)
            return -1;
        qsizetype i = at + label.size();
        while (i < text.size() && text[i] == ' ')
            ++i;
        qint64 v = 0;
        bool any = false;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            v = v * 10 + (text[i] - '0');
            ++i;
            any = true;
        }
        return any ? v : -1;
    };
    out.records = number("Records:");
    out.skipped = std::max<qint64>(0, std::max(number("Skipped:"), number("Duplicates:")));
    out.warnings = std::max<qint64>(0, number("Warnings:"));
    return out;
}

} // namespace

MySqlBulkWriter::MySqlBulkWriter(MySqlSession &session)
    : m_session(session)
{ }

MySqlBulkWriter::~MySqlBulkWriter()
{
    if (m_inTransaction)
        rollback();
}

QString MySqlBulkWriter::target() const
{
    return m_request.table.display();
}

Error MySqlBulkWriter::statementError(const QString &what) const
{
    Error e = m_session.lastError(what);
    e.object = m_request.sourceName;
    return e;
}

Status MySqlBulkWriter::begin(const WriteRequest &request)
{
    if (m_inTransaction)
        return fail(
            Error::Code::Internal,
            u"loading %1: begin() while a transaction is open"_s.arg(request.table.display()));
    const qsizetype n = request.columns.size();
    if (n == 0 || request.sourceTypes.size() != n || request.targetTypes.size() != n)
        return fail(Error::Code::InvalidInput,
                    u"loading %1: %2 columns with %3 source and %4 target types"_s
                        .arg(request.table.display())
                        .arg(n)
                        .arg(request.sourceTypes.size())
                        .arg(request.targetTypes.size()));
    m_request = request;
    m_stats = {};
    m_codecs.assign(size_t(n), {});
    QStringList loadColumns, assignments, insertColumns;
    for (qsizetype i = 0; i < n; ++i) {
        const ColumnType &source = request.sourceTypes[i];
        const ColumnType &targetType = request.targetTypes[i];
        Codec &codec = m_codecs[size_t(i)];
        const QString column = dialect().quote(request.columns[i]);
        insertColumns << column;
        if (targetType.kind == TypeKind::Bit
            && (source.kind == TypeKind::Bit || source.kind == TypeKind::Integer
                || source.kind == TypeKind::Boolean)) {
            // LOAD DATA reads a field for a BIT column as bytes; the decimal goes through a
            // variable.
            codec.form = Form::Bit;
            loadColumns << u"@v%1"_s.arg(i);
            assignments << column + u" = CAST(@v%1 AS UNSIGNED)"_s.arg(i);
        } else {
            loadColumns << column;
            if (targetType.kind == TypeKind::Year)
                codec.form = Form::Year;
            else if (targetType.kind == TypeKind::Float)
                codec.form = Form::Float;
            else if (targetType.isBinary() || targetType.kind == TypeKind::Spatial)
                codec.form = Form::Binary; // a geometry takes its SRID + WKB as bytes
        }
        if (source.kind == TypeKind::Float || source.kind == TypeKind::Double)
            codec.check = Check::FloatSpecial;
        else if (source.kind == TypeKind::Date || source.kind == TypeKind::DateTime
                 || source.kind == TypeKind::TimestampTz)
            codec.check = Check::ZeroDate;
    }
    const QString table = dialect().qualify(request.table);
    const bool ignore = request.conflicts == ConflictPolicy::Ignore;
    const bool replace = request.conflicts == ConflictPolicy::Replace;
    // LOCAL implies IGNORE for duplicate keys anyway; the warnings tell the policies apart.
    // REPLACE deletes the row a new one collides with, then inserts it; foreign keys are off
    // in this session (below), so no cascade runs.
    QString load = u"LOAD DATA LOCAL INFILE 'ferry-batch.tsv' %1INTO TABLE %2 CHARACTER SET "
                   "utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY "
                   "'\\n' (%3)"_s.arg(ignore        ? u"IGNORE "_s
                                          : replace ? u"REPLACE "_s
                                                    : QString(),
                                      table, loadColumns.join(u", "_s));
    if (!assignments.isEmpty())
        load += u" SET "_s + assignments.join(u", "_s);
    m_loadSql = load.toUtf8();
    m_insertHead = (u"%1 INTO %2 (%3) VALUES "_s.arg(ignore        ? u"INSERT IGNORE"_s
                                                         : replace ? u"REPLACE"_s
                                                                   : u"INSERT"_s,
                                                     table, insertColumns.join(u", "_s)))
                       .toUtf8();

    // Foreign keys are checked once the whole load is in (the tables arrive in any order);
    // unique checks stay on so conflicts are seen. max_error_count: every warning of a batch.
    if (auto ok = m_session.exec(u"SET SESSION foreign_key_checks = 0, max_error_count = 65535"_s);
        !ok)
        return ok;
    // Inside the owner's transaction (Session::beginTransaction) the rows join it.
    m_joined = m_session.inTransaction();
    if (!m_joined)
        if (auto ok = m_session.exec(u"START TRANSACTION"_s); !ok)
            return ok;
    m_inTransaction = true;
    return {};
}

Status MySqlBulkWriter::deleteRange(const QList<Column> &keyColumns, const KeyRange &range)
{
    const QString predicate = keyRangePredicate(dialect(), keyColumns, range);
    QString sql = u"DELETE FROM "_s + dialect().qualify(m_request.table);
    if (!predicate.isEmpty())
        sql += u" WHERE "_s + predicate;
    return m_session.exec(sql);
}

Status MySqlBulkWriter::deleteAll()
{
    return m_session.exec(dialect().deleteAll(m_request.table));
}

Result<MySqlBulkWriter::CellAction> MySqlBulkWriter::checkCell(const RowBatch &batch, int row,
                                                               int cell) const
{
    const Codec &codec = m_codecs[size_t(cell)];
    if (codec.check == Check::None && codec.form != Form::Bit)
        return CellAction::Value;
    const std::string_view v = batch.cell(row, cell);
    if (codec.check == Check::FloatSpecial && (v == "Infinity" || v == "-Infinity" || v == "NaN"))
        return fail(rejectedValue(
            m_request, batch, row, cell,
            Text::tr("cannot be stored: MySQL FLOAT and DOUBLE have no Infinity or NaN"),
            Text::tr("Correct or filter out the source row, or override the column's target type "
                     "with a text type.")));
    if (codec.check == Check::ZeroDate && m_request.zeroDates != ZeroDatePolicy::Keep
        && canonical::isZeroDate(v)) {
        if (m_request.zeroDates == ZeroDatePolicy::Reject)
            return fail(rejectedValue(
                m_request, batch, row, cell,
                Text::tr("is a zero date, which the zero-date policy refuses"),
                Text::tr(
                    "Correct the source row, or choose the zero-date policy 'null' to write NULL "
                    "instead.")));
        if (!m_request.targetNullable.value(cell, true))
            return fail(rejectedValue(
                m_request, batch, row, cell,
                Text::tr("is a zero date, and the zero-date policy 'null' cannot write NULL into "
                         "the NOT "
                         "NULL column %1")
                    .arg(m_request.columns.value(cell)),
                Text::tr("Make the target column nullable, or correct the source row.")));
        return CellAction::Null;
    }
    if (codec.form == Form::Bit && !isDigits(v))
        return fail(rejectedValue(m_request, batch, row, cell,
                                  Text::tr("is not an unsigned integer, so it does not fit %1")
                                      .arg(m_request.targetTypes[cell].describe())));
    return CellAction::Value;
}

Status MySqlBulkWriter::write(const RowBatch &batch)
{
    if (!m_inTransaction)
        return fail(Error::Code::Internal,
                    u"loading %1: write() outside begin()/commit()"_s.arg(target()));
    if (batch.columns() != int(m_codecs.size()))
        return fail(Error::Code::Internal,
                    u"loading %1: a batch of %2 columns for %3 target columns"_s.arg(target())
                        .arg(batch.columns())
                        .arg(m_codecs.size()));
    if (batch.rows() == 0)
        return {};
    auto json = arraysAsJson(m_request, batch);
    if (!json)
        return fail(json.error());
    if (*json) {
        Status ok = m_insertOnly ? writeInsert(**json) : writeLoadData(**json);
        if (ok)
            m_stats.bytes += qint64(batch.bytes());
        return ok;
    }
    Status ok = m_insertOnly ? writeInsert(batch) : writeLoadData(batch);
    if (ok)
        m_stats.bytes += qint64(batch.bytes());
    return ok;
}

Status MySqlBulkWriter::writeLoadData(const RowBatch &batch)
{
    const int columns = batch.columns();
    char number[64];
    m_buffer.clear();
    m_buffer.reserve(batch.bytes() + batch.bytes() / 8
                     + size_t(batch.rows()) * size_t(columns) * 3);
    for (int r = 0; r < batch.rows(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                m_buffer.push_back('\t');
            if (batch.isNull(r, c)) {
                m_buffer.append("\\N", 2);
                continue;
            }
            auto action = checkCell(batch, r, c);
            if (!action)
                return fail(action.error());
            if (*action == CellAction::Null) {
                m_buffer.append("\\N", 2);
                continue;
            }
            const std::string_view v = batch.cell(r, c);
            const Form form = m_codecs[size_t(c)].form;
            if (form == Form::Year && v == "0")
                m_buffer.append("0000", 4);
            else if (form == Form::Float)
                appendEscaped(m_buffer, encodeFloat(v, number));
            else
                appendEscaped(m_buffer, v);
        }
        m_buffer.push_back('\n');
    }

    MYSQL *m = m_session.handle();
    InfileSource source {m_buffer.data(), m_buffer.size(), 0};
    mysql_set_local_infile_handler(m, infileInit, infileRead, infileEnd, infileError, &source);
    const int rc = mysql_real_query(m, m_loadSql.constData(), (unsigned long)m_loadSql.size());
    mysql_set_local_infile_default(m);
    if (rc != 0) {
        const unsigned int code = mysql_errno(m);
        if (refusesLocalInfile(code, mysql_error(m))) {
            qCInfo(lcEngine).noquote()
                << Text::tr("%1 refuses LOAD DATA LOCAL (%2): loading %3 with INSERT")
                       .arg(m_session.endpoint().displayAddress(),
                            QString::fromUtf8(mysql_error(m)), target());
            m_insertOnly = true;
            return writeInsert(batch);
        }
        return fail(statementError(Text::tr("loading %1 (LOAD DATA)").arg(target())));
    }
    const Info info = parseInfo(mysql_info(m));
    Outcome outcome;
    outcome.records = info.records >= 0 ? info.records : qint64(mysql_affected_rows(m));
    outcome.skipped = info.skipped;
    outcome.warnings = std::max<qint64>(info.warnings, mysql_warning_count(m));
    return afterStatement(batch, 0, batch.rows(), outcome);
}

Status MySqlBulkWriter::appendInsertRow(const RowBatch &batch, int row)
{
    MYSQL *m = m_session.handle();
    m_buffer.push_back('(');
    for (int c = 0; c < batch.columns(); ++c) {
        if (c > 0)
            m_buffer.push_back(',');
        if (batch.isNull(row, c)) {
            m_buffer.append("NULL", 4);
            continue;
        }
        auto action = checkCell(batch, row, c);
        if (!action)
            return fail(action.error());
        if (*action == CellAction::Null) {
            m_buffer.append("NULL", 4);
            continue;
        }
        std::string_view v = batch.cell(row, c);
        char number[64];
        switch (m_codecs[size_t(c)].form) {
        case Form::Bit: m_buffer.append(v); break; // digits, checked
        case Form::Binary: {
            static const char digits[] = "0123456789abcdef";
            m_buffer.append("X'", 2);
            const size_t at = m_buffer.size();
            m_buffer.resize(at + v.size() * 2);
            for (size_t i = 0; i < v.size(); ++i) {
                const auto b = static_cast<unsigned char>(v[i]);
                m_buffer[at + 2 * i] = digits[b >> 4];
                m_buffer[at + 2 * i + 1] = digits[b & 0xf];
            }
            m_buffer.push_back('\'');
            break;
        }
        case Form::Year:
            if (v == "0") {
                m_buffer.append("'0000'", 6);
                break;
            }
            [[fallthrough]];
        case Form::Float:
            if (m_codecs[size_t(c)].form == Form::Float)
                v = encodeFloat(v, number);
            [[fallthrough]];
        case Form::Text: {
            m_buffer.push_back('\'');
            const size_t at = m_buffer.size();
            m_buffer.resize(at + v.size() * 2 + 1);
            const unsigned long n = mysql_real_escape_string(m, m_buffer.data() + at, v.data(),
                                                             (unsigned long)v.size());
            m_buffer.resize(at + n);
            m_buffer.push_back('\'');
            break;
        }
        }
    }
    m_buffer.push_back(')');
    return {};
}

Status MySqlBulkWriter::writeInsert(const RowBatch &batch)
{
    int first = 0;
    m_buffer.clear();
    m_buffer.reserve(std::min(kInsertBytes + kInsertBytes / 4, batch.bytes() * 2 + 1024));
    m_buffer.append(m_insertHead.constData(), size_t(m_insertHead.size()));
    for (int r = 0; r < batch.rows(); ++r) {
        if (r > first)
            m_buffer.push_back(',');
        if (auto ok = appendInsertRow(batch, r); !ok)
            return ok;
        if (m_buffer.size() >= kInsertBytes || r == batch.rows() - 1) {
            if (auto ok = runInsert(batch, first, r - first + 1); !ok)
                return ok;
            first = r + 1;
            m_buffer.clear();
            m_buffer.append(m_insertHead.constData(), size_t(m_insertHead.size()));
        }
    }
    return {};
}

Status MySqlBulkWriter::runInsert(const RowBatch &batch, int first, int count)
{
    MYSQL *m = m_session.handle();
    if (mysql_real_query(m, m_buffer.data(), (unsigned long)m_buffer.size()) != 0) {
        const unsigned int code = mysql_errno(m);
        const QString message = QString::fromUtf8(mysql_error(m));
        if (code == ER_DUP_ENTRY)
            return fail(conflictError(message));
        if (isDataCode(code, mysql_sqlstate(m))) {
            const int row = rowOf(message);
            if (row >= 1 && row <= count)
                return fail(dataError(batch, first + row - 1, code, message));
            return locate(batch, first, count, message);
        }
        return fail(statementError(Text::tr("loading %1 (INSERT)").arg(target())));
    }
    const Info info = parseInfo(mysql_info(m));
    Outcome outcome;
    outcome.warnings = std::max<qint64>(info.warnings, mysql_warning_count(m));
    if (info.records >= 0) {
        outcome.records = info.records;
        outcome.skipped = info.skipped;
    } else { // one row: no info string
        const auto affected = qint64(mysql_affected_rows(m));
        outcome.records = count;
        outcome.skipped = std::max<qint64>(0, count - affected);
    }
    return afterStatement(batch, first, count, outcome);
}

Status MySqlBulkWriter::afterStatement(const RowBatch &batch, int first, int count,
                                       const Outcome &outcome)
{
    QString duplicate;
    if (outcome.warnings > 0) {
        auto warnings = m_session.query(u"SHOW WARNINGS"_s);
        if (!warnings)
            return fail(warnings.error());
        QString unlocated;
        for (int w = 0; w < warnings->size(); ++w) {
            const QString level = warnings->text(w, 0);
            const unsigned int code = warnings->text(w, 1).toUInt();
            const QString message = warnings->text(w, 2);
            if (code == ER_DUP_ENTRY) {
                if (duplicate.isEmpty())
                    duplicate = message;
                continue;
            }
            if (isHarmless(level, code))
                continue;
            const int row = rowOf(message);
            if (row >= 1 && row <= count)
                return fail(dataError(batch, first + row - 1, code, message));
            if (unlocated.isEmpty())
                unlocated = message;
        }
        if (!unlocated.isEmpty())
            return locate(batch, first, count, unlocated);
    }
    if (outcome.skipped > 0 && m_request.conflicts == ConflictPolicy::Fail)
        return fail(conflictError(duplicate));
    m_stats.skipped += outcome.skipped;
    m_stats.written += std::max<qint64>(0, count - outcome.skipped);
    return {};
}

Status MySqlBulkWriter::locate(const RowBatch &batch, int first, int count, const QString &message)
{
    if (auto ok = m_session.exec(u"SAVEPOINT ferry_locate"_s); !ok)
        return ok;
    MYSQL *m = m_session.handle();
    std::optional<Error> found;
    // A strict single-row INSERT (no IGNORE) turns what LOAD DATA only warned about into an
    // error, so the first row that fails is the one.
    QByteArray head = m_insertHead;
    head.replace("INSERT IGNORE INTO", "INSERT INTO");
    for (int r = first; r < first + count && !found; ++r) {
        m_buffer.assign(head.constData(), size_t(head.size()));
        if (auto ok = appendInsertRow(batch, r); !ok) {
            found = ok.error();
            break;
        }
        if (mysql_real_query(m, m_buffer.data(), (unsigned long)m_buffer.size()) != 0) {
            const unsigned int code = mysql_errno(m);
            if (code == ER_DUP_ENTRY)
                continue; // a row the batch already holds, or a duplicate skipped by policy
            found = dataError(batch, r, code, QString::fromUtf8(mysql_error(m)));
        } else if (mysql_warning_count(m) > 0) {
            auto warnings = m_session.query(u"SHOW WARNINGS"_s);
            if (warnings)
                for (int w = 0; w < warnings->size() && !found; ++w)
                    if (!isHarmless(warnings->text(w, 0), warnings->text(w, 1).toUInt()))
                        found = dataError(batch, r, warnings->text(w, 1).toUInt(),
                                          warnings->text(w, 2));
        }
    }
    logIfFailed(lcEngine(), m_session.exec(u"ROLLBACK TO SAVEPOINT ferry_locate"_s),
                "could not undo the probe that located a refused row");
    if (found)
        return fail(*found);
    return fail(Error::Code::DataRejected,
                Text::tr("%1: %2 refused a row of this batch: %3")
                    .arg(m_request.sourceName, target(), message),
                Text::tr("Correct the source rows, or override the column's target type."),
                m_request.sourceName);
}

Error MySqlBulkWriter::dataError(const RowBatch &batch, int row, unsigned int code,
                                 const QString &message) const
{
    const QString server = withoutRow(message);
    const int cell = int(m_request.columns.indexOf(columnOf(message)));
    QString fix;
    switch (code) {
    case ER_TRUNCATED_WRONG_VALUE_FOR_FIELD:
        fix =
            Text::tr("The value is not valid in the column's character set: override the column's "
                     "target type with a binary type, or correct the source row.");
        break;
    case ER_WARN_DATA_OUT_OF_RANGE:
    case 1265:
    case ER_DATA_TOO_LONG:
    case 1690:
        fix = Text::tr("Widen the target column (override its type), or correct the source row.");
        break;
    case ER_BAD_NULL_ERROR:
    case 1263: fix = Text::tr("Make the target column nullable, or correct the source row."); break;
    default: break;
    }
    if (cell < 0) {
        Error e;
        e.code = Error::Code::DataRejected;
        e.object = m_request.sourceName;
        e.message =
            Text::tr("%1, row %2: %3 refused the row: %4")
                .arg(m_request.sourceName, describeRowKey(m_request, batch, row), target(), server);
        e.fix = fix.isEmpty()
            ? Text::tr("Correct the source row, or override the column's target type.")
            : fix;
        return e;
    }
    const ColumnType &type = m_request.targetTypes[cell];
    const QString typeText = type.native.isEmpty() ? type.describe() : type.native;
    return rejectedValue(m_request, batch, row, cell,
                         Text::tr("does not fit %1 (%2)").arg(typeText, server), fix);
}

Error MySqlBulkWriter::conflictError(const QString &message) const
{
    Error e;
    e.code = Error::Code::Conflict;
    e.object = m_request.sourceName;
    e.message = message.isEmpty()
        ? Text::tr("%1: a row of %2 has a key that already exists in %1")
              .arg(target(), m_request.sourceName)
        : Text::tr("%1: a row of %2 has a key that already exists in %1 (%3)")
              .arg(target(), m_request.sourceName, message);
    e.fix =
        Text::tr("Choose the conflict policy 'ignore' to keep the existing rows, or 'truncate' to "
                 "empty %1 before loading.")
            .arg(target());
    return e;
}

void MySqlBulkWriter::endTransaction(const char *sql)
{
    if (!m_joined) // a joined transaction is its owner's to end
        logIfFailed(lcEngine(), m_session.exec(QString::fromLatin1(sql)),
                    "ending a failed write; the server ends it with the connection");
    logIfFailed(lcEngine(), m_session.exec(u"SET SESSION foreign_key_checks = 1"_s),
                "foreign key checks stay off on this connection");
    m_inTransaction = false;
}

Result<WriteStats> MySqlBulkWriter::commit()
{
    if (!m_inTransaction)
        return fail(Error::Code::Internal, u"loading %1: commit() without begin()"_s.arg(target()));
    if (!m_joined)
        if (auto ok = m_session.exec(u"COMMIT"_s); !ok) {
            endTransaction("ROLLBACK");
            return fail(ok.error());
        }
    logIfFailed(lcEngine(), m_session.exec(u"SET SESSION foreign_key_checks = 1"_s),
                "foreign key checks stay off on this connection");
    m_inTransaction = false;
    return m_stats;
}

void MySqlBulkWriter::rollback()
{
    if (m_inTransaction)
        endTransaction("ROLLBACK");
}

} // namespace ferry

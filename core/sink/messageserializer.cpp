#include "messageserializer.h"

#include "jsontext.h"
#include "values/canonical.h"

#include <QDateTime>

#include <charconv>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

using jsontext::appendInt;
using jsontext::appendString;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

std::string quoted(const QString &s)
{
    std::string out;
    appendString(out, s.toStdString());
    return out;
}

int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool digitsAt(std::string_view s, size_t at, size_t n, int &value)
{
    if (at + n > s.size())
        return false;
    return std::from_chars(s.data() + at, s.data() + at + n, value).ec == std::errc();
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

// "YYYY-MM-DD" -> days since the epoch; std::nullopt for a zero or partly zero date.
std::optional<int64_t> epochDays(std::string_view v)
{
    int y = 0, m = 0, d = 0;
    if (!digitsAt(v, 0, 4, y) || !digitsAt(v, 5, 2, m) || !digitsAt(v, 8, 2, d) || m == 0 || d == 0)
        return std::nullopt;
    return daysFromCivil(y, unsigned(m), unsigned(d));
}

// The ".ffffff" part of a time as microseconds (up to 6 digits), from `at` (the '.').
int64_t fractionMicros(std::string_view v, size_t at)
{
    if (at >= v.size() || v[at] != '.')
        return 0;
    int64_t us = 0;
    int digits = 0;
    for (size_t i = at + 1; i < v.size() && digits < 6 && v[i] >= '0' && v[i] <= '9'; ++i, ++digits)
        us = us * 10 + (v[i] - '0');
    for (; digits < 6; ++digits)
        us *= 10;
    return us;
}

// "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC or zone-less) -> microseconds since the epoch.
std::optional<int64_t> epochMicros(std::string_view v)
{
    auto days = epochDays(v);
    int h = 0, mi = 0, s = 0;
    if (!days || !digitsAt(v, 11, 2, h) || !digitsAt(v, 14, 2, mi) || !digitsAt(v, 17, 2, s))
        return std::nullopt;
    return (*days * 86400 + h * 3600 + mi * 60 + s) * 1000000 + fractionMicros(v, 19);
}

// "[-]H+:MM:SS[.ffffff]" -> microseconds (MySQL TIME is a duration).
std::optional<int64_t> timeMicros(std::string_view v)
{
    const bool negative = !v.empty() && v[0] == '-';
    const size_t start = negative ? 1 : 0;
    const size_t colon = v.find(':', start);
    int64_t h = 0;
    int mi = 0, s = 0;
    if (colon == std::string_view::npos
        || std::from_chars(v.data() + start, v.data() + colon, h).ec != std::errc()
        || !digitsAt(v, colon + 1, 2, mi) || !digitsAt(v, colon + 4, 2, s))
        return std::nullopt;
    const int64_t us = (h * 3600 + mi * 60 + s) * 1000000 + fractionMicros(v, colon + 6);
    return negative ? -us : us;
}

// A canonical decimal ("-12.3400") as Kafka Connect's Decimal bytes: the unscaled integer,
// big-endian two's complement, minimal length. std::nullopt for NaN or a bad digit.
std::optional<std::string> unscaledBytes(std::string_view v)
{
    const bool negative = !v.empty() && v[0] == '-';
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < v.size(); ++i) {
        if (v[i] == '.')
            continue;
        if (v[i] < '0' || v[i] > '9')
            return std::nullopt;
        digits.push_back(v[i]);
    }
    // Base 10 -> base 256 by repeated division (little-endian result).
    std::string bytes;
    while (!digits.empty() && !(digits.size() == 1 && digits[0] == '0')) {
        std::string quotient;
        int remainder = 0;
        for (char d : digits) {
            const int n = remainder * 10 + (d - '0');
            if (!quotient.empty() || n / 256 != 0)
                quotient.push_back(char('0' + n / 256));
            remainder = n % 256;
        }
        bytes.push_back(char(remainder));
        digits = quotient.empty() ? std::string() : quotient;
        while (digits.size() > 1 && digits[0] == '0')
            digits.erase(0, 1);
    }
    std::string be(bytes.rbegin(), bytes.rend());
    if (be.empty())
        be.push_back('\0');
    if (!negative) {
        if (uint8_t(be[0]) & 0x80)
            be.insert(be.begin(), '\0');
        return be;
    }
    bool carry = true;
    for (size_t i = be.size(); i-- > 0;) {
        unsigned b = uint8_t(~uint8_t(be[i]));
        if (carry) {
            ++b;
            carry = b > 0xFF;
        }
        be[i] = char(b & 0xFF);
    }
    if (!(uint8_t(be[0]) & 0x80))
        be.insert(be.begin(), char(0xFF));
    return be;
}

// A time, date-time or instant with exactly `fraction` digits after the seconds, as its column
// declares them: engines write "05.25" or "05.250000" for the same timestamp(3) value.
std::string_view withFraction(std::string_view v, int fraction, std::string &buffer)
{
    const size_t colon = v.rfind(':');
    if (colon == std::string_view::npos || colon + 3 > v.size())
        return v; // not a time: leave it as the engine wrote it
    const size_t secondsEnd = colon + 3;
    const size_t dot = secondsEnd < v.size() && v[secondsEnd] == '.' ? secondsEnd : v.npos;
    const size_t digits = dot == v.npos ? 0 : v.size() - dot - 1;
    if (size_t(fraction) == digits)
        return v;
    // More digits than declared: only zeros are cut, a value is never rounded.
    if (digits > size_t(fraction)
        && v.substr(dot + 1 + size_t(fraction)).find_first_not_of('0') != std::string_view::npos)
        return v;
    buffer.assign(v.substr(0, secondsEnd));
    if (fraction > 0) {
        buffer.push_back('.');
        const std::string_view have = dot == v.npos ? std::string_view() : v.substr(dot + 1);
        buffer.append(have.substr(0, size_t(fraction)));
        buffer.append(size_t(fraction) - std::min(have.size(), size_t(fraction)), '0');
    }
    return buffer;
}

bool isSpecialFloat(std::string_view v)
{
    return v == "NaN" || v == "Infinity" || v == "-Infinity";
}

// "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC -> "YYYY-MM-DDTHH:MM:SS[.ffffff]Z".
void appendIsoUtc(std::string &out, std::string_view v)
{
    out.push_back('"');
    if (v.size() >= 19 && v[10] == ' ') {
        out.append(v.substr(0, 10));
        out.push_back('T');
        out.append(v.substr(11));
        out.push_back('Z');
    } else {
        out.append(v);
    }
    out.push_back('"');
}

// java.sql.Types, as Canal's sqlType writes them.
int jdbcType(const ColumnType &t)
{
    switch (t.kind) {
    case TypeKind::Boolean: return 16;
    case TypeKind::Integer:
        return t.byteWidth == 1 ? -6 : t.byteWidth == 2 ? 5 : t.byteWidth == 8 ? -5 : 4;
    case TypeKind::Decimal: return 3;
    case TypeKind::Float: return 7;
    case TypeKind::Double: return 8;
    case TypeKind::Char: return 1;
    case TypeKind::VarChar:
    case TypeKind::Enum:
    case TypeKind::Set:
    case TypeKind::Uuid: return 12;
    case TypeKind::Text:
    case TypeKind::Json: return -1;
    case TypeKind::Binary: return -2;
    case TypeKind::VarBinary: return -3;
    case TypeKind::Blob: return 2004;
    case TypeKind::Date:
    case TypeKind::Year: return 91;
    case TypeKind::Time: return 92;
    case TypeKind::DateTime:
    case TypeKind::TimestampTz: return 93;
    case TypeKind::Bit: return -7;
    default: return 1111; // OTHER
    }
}

const char *opLetter(SinkChange::Op op)
{
    switch (op) {
    case SinkChange::Op::Insert: return "c";
    case SinkChange::Op::Update: return "u";
    case SinkChange::Op::Delete: return "d";
    case SinkChange::Op::Snapshot: return "r";
    }
    return "c";
}

const RowImage *rowOf(const SinkChange &c)
{
    return c.op == SinkChange::Op::Delete ? c.before : c.after;
}

} // namespace

MessageSerializer::MessageSerializer(SyncOptions options, Source source)
    : m_options(std::move(options))
    , m_decimals(m_options.effectiveDecimals())
    , m_source(std::move(source))
{
    m_project = quoted(m_source.project);
    m_engine = quoted(engines::id(m_source.engine));
    switch (engines::family(m_source.engine)) {
    case EngineFamily::MySql: m_connector = "\"mysql\""; break;
    case EngineFamily::PostgreSql: m_connector = "\"postgresql\""; break;
    case EngineFamily::Sqlite: m_connector = "\"sqlite\""; break;
    }
    m_version = quoted(u"ferry-"_s + QStringLiteral(FERRY_VERSION));
}

SinkTransaction MessageSerializer::transaction(const ChangeTransaction &t) const
{
    SinkTransaction s;
    s.position = utf8(t.position);
    s.transactionId = utf8(t.transactionId);
    const QDateTime commit =
        t.commitTime.isValid() ? t.commitTime : QDateTime::currentDateTimeUtc();
    s.commitMs = commit.toMSecsSinceEpoch();
    s.commitIso = utf8(commit.toUTC().toString(Qt::ISODateWithMs));
    const std::string_view p = s.position;
    switch (engines::family(m_source.engine)) {
    case EngineFamily::MySql: {
        // "mysql-bin.000003:1234;gtid=0-1-42"
        const size_t colon = p.find(':');
        const size_t semi = p.find(';');
        if (colon != std::string_view::npos) {
            s.binlogFile = std::string(p.substr(0, colon));
            const std::string_view pos =
                p.substr(colon + 1, semi == p.npos ? p.npos : semi - colon - 1);
            std::from_chars(pos.data(), pos.data() + pos.size(), s.binlogPos);
        }
        s.gtid = s.transactionId;
        break;
    }
    case EngineFamily::PostgreSql: {
        // "0/16B3748"
        const size_t slash = p.find('/');
        uint64_t hi = 0, lo = 0;
        if (slash != std::string_view::npos
            && std::from_chars(p.data(), p.data() + slash, hi, 16).ec == std::errc()
            && std::from_chars(p.data() + slash + 1, p.data() + p.size(), lo, 16).ec == std::errc())
            s.lsn = int64_t(hi << 32 | lo);
        std::from_chars(s.transactionId.data(), s.transactionId.data() + s.transactionId.size(),
                        s.txId);
        break;
    }
    case EngineFamily::Sqlite: break;
    }
    return s;
}

SinkTransaction MessageSerializer::snapshot(const QDateTime &readAt) const
{
    SinkTransaction s;
    s.commitMs = readAt.toMSecsSinceEpoch();
    s.commitIso = utf8(readAt.toUTC().toString(Qt::ISODateWithMs));
    return s;
}

void MessageSerializer::prepare(SinkTable &t) const
{
    t.names.clear();
    for (const Column &c : std::as_const(t.columns))
        t.names.push_back(quoted(c.name));
    t.databaseJson = quoted(t.database);
    t.tableJson = quoted(t.ref.name);
    t.logicalJson = t.logical.isEmpty() ? std::string() : quoted(t.logical);
    t.topicUtf8 = utf8(t.topic);
    t.routeText = utf8(t.database + u'.' + t.ref.name);

    // Canal: the columns' native types, JDBC types and key names, the same in every message.
    std::string &canal = t.canalTypes;
    canal = "\"mysqlType\":{";
    for (int i = 0; i < t.columns.size(); ++i) {
        if (i)
            canal.push_back(',');
        canal += t.names[size_t(i)] + ':' + quoted(t.columns[i].type.native);
    }
    canal += "},\"pkNames\":";
    if (t.keyCells.isEmpty()) {
        canal += "null";
    } else {
        canal.push_back('[');
        for (int k = 0; k < t.keyCells.size(); ++k)
            canal += (k ? "," : "") + t.names[size_t(t.keyCells[k])];
        canal.push_back(']');
    }
    canal += ",\"sql\":\"\",\"sqlType\":{";
    for (int i = 0; i < t.columns.size(); ++i) {
        if (i)
            canal.push_back(',');
        canal += t.names[size_t(i)] + ':';
        appendInt(canal, jdbcType(t.columns[i].type));
    }
    canal.push_back('}');

    if (m_options.format != MessageFormat::DebeziumJson || !m_options.schema)
        return;
    const std::string prefix =
        utf8(m_source.project) + '.' + utf8(t.database) + '.' + utf8(t.ref.name);
    std::string row = "{\"type\":\"struct\",\"fields\":[";
    for (int i = 0; i < t.columns.size(); ++i)
        row += (i ? "," : "") + debeziumFieldSchema(t.columns[i]);
    row += "],\"optional\":true,\"name\":";
    appendString(row, prefix + ".Value");
    std::string before = row + ",\"field\":\"before\"}";
    std::string after = row + ",\"field\":\"after\"}";
    t.valueSchema = "{\"type\":\"struct\",\"fields\":[" + before + ',' + after + ','
        + debeziumSourceSchema()
        + ",{\"type\":\"string\",\"optional\":false,\"field\":\"op\"},"
          "{\"type\":\"int64\",\"optional\":true,\"field\":\"ts_ms\"}],\"optional\":false,"
          "\"name\":";
    appendString(t.valueSchema, prefix + ".Envelope");
    t.valueSchema += ",\"version\":1}";
    t.keySchema = "{\"type\":\"struct\",\"fields\":[";
    for (int k = 0; k < t.routeCells.size(); ++k) {
        std::string field = debeziumFieldSchema(t.columns[t.routeCells[k]]);
        const std::string optional = "\"optional\":true";
        if (const size_t at = field.find(optional); at != std::string::npos)
            field.replace(at, optional.size(), "\"optional\":false");
        t.keySchema += (k ? "," : "") + field;
    }
    t.keySchema += "],\"optional\":false,\"name\":";
    appendString(t.keySchema, prefix + ".Key");
    t.keySchema += '}';
}

std::string MessageSerializer::debeziumFieldSchema(const Column &c) const
{
    const ColumnType &t = c.type;
    std::string type = "string", name, parameters;
    switch (t.kind) {
    case TypeKind::Boolean: type = "boolean"; break;
    case TypeKind::Integer:
        type = t.byteWidth <= 2 ? (t.byteWidth == 2 && t.isUnsigned ? "int32" : "int16")
            : t.byteWidth <= 4  ? (t.byteWidth == 4 && t.isUnsigned ? "int64" : "int32")
                                : "int64";
        break;
    case TypeKind::Decimal:
        if (m_decimals == DecimalHandling::Double) {
            type = "double";
        } else if (m_decimals == DecimalHandling::Precise && t.precision > 0) {
            type = "bytes";
            name = "org.apache.kafka.connect.data.Decimal";
            parameters = "{\"scale\":\"" + std::to_string(t.scale)
                + "\",\"connect.decimal.precision\":\"" + std::to_string(t.precision) + "\"}";
        }
        break;
    case TypeKind::Float: type = "float"; break;
    case TypeKind::Double: type = "double"; break;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: type = "bytes"; break;
    case TypeKind::Date:
        type = "int32";
        name = "io.debezium.time.Date";
        break;
    case TypeKind::Time:
        type = "int64";
        name = "io.debezium.time.MicroTime";
        break;
    case TypeKind::DateTime:
        type = "int64";
        name = t.fraction <= 3 ? "io.debezium.time.Timestamp" : "io.debezium.time.MicroTimestamp";
        break;
    case TypeKind::TimestampTz: name = "io.debezium.time.ZonedTimestamp"; break;
    case TypeKind::Year:
        type = "int32";
        name = "io.debezium.time.Year";
        break;
    case TypeKind::Json: name = "io.debezium.data.Json"; break;
    case TypeKind::Enum:
    case TypeKind::Set:
        name = t.kind == TypeKind::Enum ? "io.debezium.data.Enum" : "io.debezium.data.EnumSet";
        parameters = "{\"allowed\":" + quoted(t.labels.join(u","_s)) + '}';
        break;
    case TypeKind::Uuid: name = "io.debezium.data.Uuid"; break;
    case TypeKind::Bit: type = "int64"; break;
    default: break;
    }
    std::string out = "{\"type\":\"" + type + "\",\"optional\":" + (c.nullable ? "true" : "false");
    if (!name.empty())
        out += ",\"name\":\"" + name + "\",\"version\":1";
    if (!parameters.empty())
        out += ",\"parameters\":" + parameters;
    out += ",\"field\":" + quoted(c.name) + '}';
    return out;
}

std::string MessageSerializer::debeziumSourceSchema() const
{
    const auto field = [](const char *type, const char *name, bool optional) {
        return std::string("{\"type\":\"") + type
            + "\",\"optional\":" + (optional ? "true" : "false") + ",\"field\":\"" + name + "\"}";
    };
    std::string s = "{\"type\":\"struct\",\"fields\":[" + field("string", "version", false) + ','
        + field("string", "connector", false) + ',' + field("string", "name", false) + ','
        + field("int64", "ts_ms", false) + ',' + field("string", "snapshot", true) + ','
        + field("string", "db", false) + ',' + field("string", "sequence", true) + ',';
    switch (engines::family(m_source.engine)) {
    case EngineFamily::MySql:
        s += field("string", "table", true) + ',' + field("int64", "server_id", false) + ','
            + field("string", "gtid", true) + ',' + field("string", "file", false) + ','
            + field("int64", "pos", false) + ',' + field("int32", "row", false);
        s += "],\"optional\":false,\"name\":\"io.debezium.connector.mysql.Source\",\"field\":"
             "\"source\"}";
        break;
    case EngineFamily::PostgreSql:
        s += field("string", "schema", false) + ',' + field("string", "table", false) + ','
            + field("int64", "txId", true) + ',' + field("int64", "lsn", true);
        s += "],\"optional\":false,\"name\":\"io.debezium.connector.postgresql.Source\","
             "\"field\":\"source\"}";
        break;
    case EngineFamily::Sqlite:
        s += field("string", "table", true) + ',' + field("string", "pos", true);
        s += "],\"optional\":false,\"name\":\"ferry.sqlite.Source\",\"field\":\"source\"}";
        break;
    }
    return s;
}

void MessageSerializer::cell(std::string &out, const Column &column,
                             const std::optional<std::string> &value, Style style) const
{
    if (!value) {
        out.append("null");
        return;
    }
    std::string buffer;
    std::string_view v = *value;
    const TypeKind kind = column.type.kind;
    if ((kind == TypeKind::Time || kind == TypeKind::DateTime || kind == TypeKind::TimestampTz)
        && !canonical::isZeroDate(v))
        v = withFraction(v, column.type.fraction, buffer);
    if (style == Style::Strings) {
        if (column.type.isBinary())
            jsontext::appendBase64(out, v);
        else
            appendString(out, v);
        return;
    }
    switch (kind) {
    case TypeKind::Boolean: out.append(v == "1" ? "true" : "false"); return;
    case TypeKind::Integer:
    case TypeKind::Year:
    case TypeKind::Bit: out.append(v); return;
    case TypeKind::Float:
    case TypeKind::Double:
        if (isSpecialFloat(v))
            appendString(out, v);
        else
            out.append(v);
        return;
    case TypeKind::Decimal:
        if (v == "NaN" || m_decimals == DecimalHandling::String
            || (m_decimals == DecimalHandling::Precise && column.type.precision == 0))
            appendString(out, v);
        else if (m_decimals == DecimalHandling::Double)
            out.append(v);
        else if (auto bytes = unscaledBytes(v))
            jsontext::appendBase64(out, *bytes);
        else
            appendString(out, v);
        return;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: jsontext::appendBase64(out, v); return;
    case TypeKind::TimestampTz: appendIsoUtc(out, v); return;
    default: break;
    }
    if (style == Style::Debezium) {
        switch (kind) {
        case TypeKind::Date:
            if (auto days = epochDays(v))
                appendInt(out, *days);
            else
                out.append("null"); // a zero date, as Debezium writes it
            return;
        case TypeKind::Time:
            if (auto us = timeMicros(v))
                appendInt(out, *us);
            else
                out.append("null");
            return;
        case TypeKind::DateTime:
            if (auto us = epochMicros(v))
                appendInt(out, column.type.fraction <= 3 ? *us / 1000 : *us);
            else
                out.append("null");
            return;
        default: break;
        }
    }
    appendString(out, v);
}

void MessageSerializer::image(std::string &out, const SinkTable &t, const RowImage &row,
                              Style style, const QList<int> *cells) const
{
    out.push_back('{');
    bool first = true;
    const auto one = [&](int i) {
        if (!row.isPresent(size_t(i)))
            return;
        if (!first)
            out.push_back(',');
        first = false;
        out.append(t.names[size_t(i)]);
        out.push_back(':');
        cell(out, t.columns[i], row.values[size_t(i)], style);
    };
    if (cells) {
        for (int i : *cells)
            one(i);
    } else {
        for (int i = 0; i < int(row.values.size()) && i < t.columns.size(); ++i)
            one(i);
    }
    out.push_back('}');
}

void MessageSerializer::changed(std::string &out, const SinkTable &t, const RowImage &before,
                                const RowImage &after, Style style) const
{
    out.push_back('{');
    bool first = true;
    for (size_t i = 0; i < before.values.size() && i < after.values.size(); ++i) {
        if (!before.isPresent(i) || !after.isPresent(i) || before.values[i] == after.values[i])
            continue;
        if (!first)
            out.push_back(',');
        first = false;
        out.append(t.names[i]);
        out.push_back(':');
        cell(out, t.columns[int(i)], before.values[i], style);
    }
    out.push_back('}');
}

void MessageSerializer::key(const SinkTable &t, const SinkChange &c, std::string &out) const
{
    out.clear();
    if (t.partitionBy == PartitionBy::Table || t.partitionBy == PartitionBy::Single) {
        out = t.routeText;
        return;
    }
    const RowImage *row = rowOf(c);
    const bool debezium = m_options.format == MessageFormat::DebeziumJson;
    // Canal writes values as strings, but a key is the same JSON in every format but Debezium's.
    const Style style = debezium ? Style::Debezium : Style::Typed;
    if (debezium && m_options.schema) {
        out = "{\"schema\":" + t.keySchema + ",\"payload\":";
        image(out, t, *row, style, &t.routeCells);
        out.push_back('}');
        return;
    }
    image(out, t, *row, style, &t.routeCells);
}

void MessageSerializer::value(const SinkTable &t, const SinkChange &c, std::string &out) const
{
    out.clear();
    switch (m_options.format) {
    case MessageFormat::FerryJson: ferryJson(t, c, out); break;
    case MessageFormat::CanalJson: canalJson(t, c, out); break;
    case MessageFormat::DebeziumJson: debeziumJson(t, c, out); break;
    case MessageFormat::MaxwellJson: maxwellJson(t, c, out); break;
    case MessageFormat::FlatJson: flatJson(t, c, out); break;
    }
}

void MessageSerializer::ferryJson(const SinkTable &t, const SinkChange &c, std::string &out) const
{
    static const char *const ops[] = {"insert", "update", "delete", "insert"};
    const SinkTransaction &tx = *c.transaction;
    out.append("{\"seq\":");
    appendInt(out, c.sequence);
    out.append(",\"op\":\"");
    out.append(ops[int(c.op)]);
    out.append(c.op == SinkChange::Op::Snapshot ? "\",\"snapshot\":true" : "\",\"snapshot\":false");
    out.append(",\"database\":");
    out.append(t.databaseJson);
    // "table" names the logical table and "shard" the physical one: for shards merged by a
    // rule the rule's target and the source table, for a split source table the source table
    // and the shard its row goes to.
    out.append(",\"table\":");
    if (t.logicalJson.empty()) {
        out.append(t.tableJson);
    } else {
        out.append(t.split ? t.tableJson : t.logicalJson);
        out.append(",\"shard\":");
        out.append(t.split ? t.logicalJson : t.tableJson);
    }
    out.append(",\"key\":");
    if (t.keyCells.isEmpty())
        out.append("null");
    else
        image(out, t, *rowOf(c), Style::Typed, &t.keyCells);
    out.append(",\"before\":");
    if (c.before)
        image(out, t, *c.before, Style::Typed);
    else
        out.append("null");
    out.append(",\"after\":");
    if (c.after)
        image(out, t, *c.after, Style::Typed);
    else
        out.append("null");
    out.append(",\"source\":{\"engine\":");
    out.append(m_engine);
    out.append(",\"project\":");
    out.append(m_project);
    out.append(",\"position\":");
    if (tx.position.empty())
        out.append("null");
    else
        appendString(out, tx.position);
    out.append(",\"transactionId\":");
    if (tx.transactionId.empty())
        out.append("null");
    else
        appendString(out, tx.transactionId);
    out.append(",\"commitTime\":\"");
    out.append(tx.commitIso);
    out.append("\",\"row\":");
    appendInt(out, c.row);
    out.append("}}");
}

void MessageSerializer::canalJson(const SinkTable &t, const SinkChange &c, std::string &out) const
{
    static const char *const types[] = {"INSERT", "UPDATE", "DELETE", "INSERT"};
    out.append("{\"data\":[");
    image(out, t, *rowOf(c), Style::Strings);
    out.append("],\"database\":");
    out.append(t.databaseJson);
    out.append(",\"es\":");
    appendInt(out, c.transaction->commitMs);
    out.append(",\"id\":");
    appendInt(out, c.sequence);
    out.append(",\"isDdl\":false,");
    out.append(t.canalTypes.substr(0, t.canalTypes.find(",\"pkNames\"")));
    out.append(",\"old\":");
    if (c.op == SinkChange::Op::Update) {
        out.push_back('[');
        changed(out, t, *c.before, *c.after, Style::Strings);
        out.push_back(']');
    } else {
        out.append("null");
    }
    out.append(t.canalTypes.substr(t.canalTypes.find(",\"pkNames\"")));
    out.append(",\"table\":");
    out.append(t.tableJson);
    out.append(",\"ts\":");
    appendInt(out, nowMs());
    out.append(",\"type\":\"");
    out.append(types[int(c.op)]);
    out.append("\"}");
}

void MessageSerializer::debeziumSource(const SinkTable &t, const SinkChange &c,
                                       std::string &out) const
{
    const SinkTransaction &tx = *c.transaction;
    out.append("{\"version\":");
    out.append(m_version);
    out.append(",\"connector\":");
    out.append(m_connector);
    out.append(",\"name\":");
    out.append(m_project);
    out.append(",\"ts_ms\":");
    appendInt(out, tx.commitMs);
    out.append(c.op == SinkChange::Op::Snapshot ? ",\"snapshot\":\"true\""
                                                : ",\"snapshot\":\"false\"");
    out.append(",\"db\":");
    out.append(t.databaseJson);
    out.append(",\"sequence\":");
    if (c.op == SinkChange::Op::Snapshot) {
        out.append("null");
    } else {
        out.push_back('"');
        appendInt(out, c.sequence);
        out.push_back('"');
    }
    switch (engines::family(m_source.engine)) {
    case EngineFamily::MySql:
        out.append(",\"table\":");
        out.append(t.tableJson);
        out.append(",\"server_id\":0,\"gtid\":");
        if (tx.gtid.empty())
            out.append("null");
        else
            appendString(out, tx.gtid);
        out.append(",\"file\":");
        appendString(out, tx.binlogFile);
        out.append(",\"pos\":");
        appendInt(out, std::max<int64_t>(0, tx.binlogPos));
        out.append(",\"row\":");
        appendInt(out, c.row);
        break;
    case EngineFamily::PostgreSql:
        out.append(",\"schema\":");
        appendString(out, utf8(t.ref.schema));
        out.append(",\"table\":");
        out.append(t.tableJson);
        out.append(",\"txId\":");
        if (tx.txId < 0)
            out.append("null");
        else
            appendInt(out, tx.txId);
        out.append(",\"lsn\":");
        if (tx.lsn < 0)
            out.append("null");
        else
            appendInt(out, tx.lsn);
        break;
    case EngineFamily::Sqlite:
        out.append(",\"table\":");
        out.append(t.tableJson);
        out.append(",\"pos\":");
        if (tx.position.empty())
            out.append("null");
        else
            appendString(out, tx.position);
        break;
    }
    out.push_back('}');
}

void MessageSerializer::debeziumJson(const SinkTable &t, const SinkChange &c,
                                     std::string &out) const
{
    if (m_options.schema) {
        out.append("{\"schema\":");
        out.append(t.valueSchema);
        out.append(",\"payload\":");
    }
    out.append("{\"before\":");
    if (c.before)
        image(out, t, *c.before, Style::Debezium);
    else
        out.append("null");
    out.append(",\"after\":");
    if (c.after)
        image(out, t, *c.after, Style::Debezium);
    else
        out.append("null");
    out.append(",\"source\":");
    debeziumSource(t, c, out);
    out.append(",\"op\":\"");
    out.append(opLetter(c.op));
    out.append("\",\"ts_ms\":");
    appendInt(out, nowMs());
    out.push_back('}');
    if (m_options.schema)
        out.push_back('}');
}

void MessageSerializer::maxwellJson(const SinkTable &t, const SinkChange &c, std::string &out) const
{
    static const char *const types[] = {"insert", "update", "delete", "bootstrap-insert"};
    const SinkTransaction &tx = *c.transaction;
    out.append("{\"database\":");
    out.append(t.databaseJson);
    out.append(",\"table\":");
    out.append(t.tableJson);
    out.append(",\"type\":\"");
    out.append(types[int(c.op)]);
    out.append("\",\"ts\":");
    appendInt(out, tx.commitMs / 1000);
    if (c.op != SinkChange::Op::Snapshot) {
        if (tx.txId >= 0) {
            out.append(",\"xid\":");
            appendInt(out, tx.txId);
        }
        if (c.lastInTransaction) {
            out.append(",\"commit\":true");
        } else {
            out.append(",\"xoffset\":");
            appendInt(out, c.row);
        }
        out.append(",\"position\":");
        appendString(out, tx.position);
        if (!tx.gtid.empty()) {
            out.append(",\"gtid\":");
            appendString(out, tx.gtid);
        }
    }
    out.append(",\"data\":");
    image(out, t, *rowOf(c), Style::Typed);
    if (c.op == SinkChange::Op::Update) {
        out.append(",\"old\":");
        changed(out, t, *c.before, *c.after, Style::Typed);
    }
    out.push_back('}');
}

void MessageSerializer::flatJson(const SinkTable &t, const SinkChange &c, std::string &out) const
{
    image(out, t, *rowOf(c), Style::Typed);
    out.pop_back(); // the image's '}'
    if (out.size() > 1)
        out.push_back(',');
    out.append("\"__op\":\"");
    out.append(opLetter(c.op));
    out.append("\",\"__db\":");
    out.append(t.databaseJson);
    out.append(",\"__table\":");
    out.append(t.tableJson);
    out.append(c.op == SinkChange::Op::Delete ? ",\"__deleted\":true" : ",\"__deleted\":false");
    out.append(",\"__seq\":");
    appendInt(out, c.sequence);
    out.append(",\"__ts_ms\":");
    appendInt(out, c.transaction->commitMs);
    out.push_back('}');
}

} // namespace ferry

#include "binlogdecoder.h"

#include "common/language.h"
#include "common/logging.h"
#include "values/canonical.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <arpa/inet.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry::binlog {

namespace {

constexpr size_t headerSize = 19;
constexpr uint8_t standaloneFlag = 0x01; // MariaDB GTID: no terminating COMMIT
constexpr uint16_t stmtEndFlag = 0x01; // rows event: last of its statement

// Bounds-checked reading of little- and big-endian fields.
class Cursor
{
public:
    explicit Cursor(std::string_view data)
        : m_data(data)
    { }

    size_t left() const { return m_data.size() - m_pos; }
    bool need(size_t n) const { return left() >= n; }
    size_t pos() const { return m_pos; }
    std::string_view rest() const { return m_data.substr(m_pos); }

    bool skip(size_t n)
    {
        if (!need(n))
            return false;
        m_pos += n;
        return true;
    }
    std::optional<std::string_view> take(size_t n)
    {
        if (!need(n))
            return std::nullopt;
        const auto v = m_data.substr(m_pos, n);
        m_pos += n;
        return v;
    }
    std::optional<uint64_t> le(size_t n)
    {
        if (!need(n))
            return std::nullopt;
        uint64_t v = 0;
        for (size_t i = 0; i < n; ++i)
            v |= uint64_t(uint8_t(m_data[m_pos + i])) << (8 * i);
        m_pos += n;
        return v;
    }
    std::optional<uint64_t> be(size_t n)
    {
        if (!need(n))
            return std::nullopt;
        uint64_t v = 0;
        for (size_t i = 0; i < n; ++i)
            v = (v << 8) | uint8_t(m_data[m_pos + i]);
        m_pos += n;
        return v;
    }
    // A length-encoded integer (0xfb, NULL, is not valid here).
    std::optional<uint64_t> packed()
    {
        if (!need(1))
            return std::nullopt;
        const uint8_t first = uint8_t(m_data[m_pos]);
        if (first < 0xfb) {
            ++m_pos;
            return first;
        }
        const size_t width = first == 0xfc ? 2 : first == 0xfd ? 3 : first == 0xfe ? 8 : 0;
        if (width == 0 || !need(1 + width))
            return std::nullopt;
        ++m_pos;
        return le(width);
    }
    std::optional<std::string_view> packedString()
    {
        const auto n = packed();
        if (!n)
            return std::nullopt;
        return take(size_t(*n));
    }

private:
    std::string_view m_data;
    size_t m_pos = 0;
};

Error malformed(const QString &what)
{
    return makeError(Error::Code::Database, Text::tr("malformed binlog event: %1").arg(what),
                     Text::tr("Check that the source is a MySQL-protocol server whose binlog Ferry "
                              "supports; report the event if it is."));
}

std::unexpected<Error> bad(const QString &what)
{
    return std::unexpected(malformed(what));
}

bool bitSet(std::string_view bitmap, size_t i)
{
    return (uint8_t(bitmap[i / 8]) >> (i % 8)) & 1;
}

// Numeric columns get a signedness bit (sql/log_event_server.cc: is_numeric_type).
bool isNumericType(uint8_t type)
{
    switch (type) {
    case TypeTiny:
    case TypeShort:
    case TypeInt24:
    case TypeLong:
    case TypeLongLong:
    case TypeNewDecimal:
    case TypeFloat:
    case TypeDouble: return true;
    default: return false;
    }
}

bool isCharacterType(uint8_t realType, bool mariadb)
{
    switch (realType) {
    case TypeString:
    case TypeVarString:
    case TypeVarChar:
    case TypeBlob: return true;
    case TypeGeometry: return mariadb;
    default: return false;
    }
}

Status decodeOptionalMetadata(Cursor c, TableMap &map, bool mariadb)
{
    auto &cols = map.columns;
    while (c.left() > 0) {
        const auto type = c.le(1);
        const auto value = type ? c.packedString() : std::nullopt;
        if (!value)
            return bad(u"optional metadata of %1.%2"_s.arg(QString::fromStdString(map.schema),
                                                           QString::fromStdString(map.table)));
        Cursor v(*value);
        const auto columnsWhere = [&](auto predicate) {
            std::vector<size_t> out;
            for (size_t i = 0; i < cols.size(); ++i)
                if (predicate(cols[i]))
                    out.push_back(i);
            return out;
        };
        switch (*type) {
        case 1: { // SIGNEDNESS: one bit per numeric column, most significant bit first
            const auto numeric =
                columnsWhere([](const MappedColumn &m) { return isNumericType(m.type); });
            for (size_t k = 0; k < numeric.size() && k / 8 < value->size(); ++k)
                cols[numeric[k]].isUnsigned = ((uint8_t((*value)[k / 8]) << (k % 8)) & 0x80) != 0;
            break;
        }
        case 2: // DEFAULT_CHARSET: default collation, then (index, collation) exceptions
        case 3: { // COLUMN_CHARSET: one collation per character column
            const auto character = columnsWhere(
                [&](const MappedColumn &m) { return isCharacterType(m.realType(), mariadb); });
            if (*type == 2) {
                const auto def = v.packed();
                if (!def)
                    return bad(u"default charset of %1"_s.arg(QString::fromStdString(map.table)));
                for (size_t i : character)
                    cols[i].collation = int(*def);
                while (v.left() > 0) {
                    const auto index = v.packed();
                    const auto collation = index ? v.packed() : std::nullopt;
                    if (!collation)
                        return bad(u"charset of %1"_s.arg(QString::fromStdString(map.table)));
                    if (*index < character.size())
                        cols[character[*index]].collation = int(*collation);
                }
            } else {
                for (size_t i : character) {
                    const auto collation = v.packed();
                    if (!collation)
                        break;
                    cols[i].collation = int(*collation);
                }
            }
            break;
        }
        case 4: // COLUMN_NAME
            for (auto &col : cols) {
                const auto name = v.packedString();
                if (!name)
                    return bad(u"column names of %1"_s.arg(QString::fromStdString(map.table)));
                col.name = std::string(*name);
            }
            break;
        case 5: // SET_STR_VALUE
        case 6: { // ENUM_STR_VALUE
            const uint8_t wanted = *type == 5 ? TypeSet : TypeEnum;
            for (size_t i :
                 columnsWhere([&](const MappedColumn &m) { return m.realType() == wanted; })) {
                const auto count = v.packed();
                if (!count || *count > v.left())
                    return bad(u"ENUM/SET values of %1"_s.arg(QString::fromStdString(map.table)));
                std::vector<std::string> labels;
                for (uint64_t k = 0; k < *count; ++k) {
                    const auto label = v.packedString();
                    if (!label)
                        return bad(
                            u"ENUM/SET values of %1"_s.arg(QString::fromStdString(map.table)));
                    labels.emplace_back(*label);
                }
                cols[i].labels = std::move(labels);
            }
            break;
        }
        default: break; // geometry types, keys, visibility, enum/set charsets: not needed
        }
    }
    return {};
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civilFromDays(int64_t z, int &year, unsigned &month, unsigned &day)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = int(y + (month <= 2));
}

void appendDigits(std::string &out, uint64_t value, int width)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    const int n = int(r.ptr - buffer);
    for (int i = n; i < width; ++i)
        out += '0';
    out.append(buffer, size_t(n));
}

// ".ffffff" cut to `digits` digits, as the text protocol prints a column of that precision.
void appendFraction(std::string &out, uint64_t micros, int digits)
{
    if (digits <= 0)
        return;
    static constexpr uint64_t scale[] = {1000000, 100000, 10000, 1000, 100, 10, 1};
    out += '.';
    appendDigits(out, micros / scale[std::min(digits, 6)], std::min(digits, 6));
}

std::string dateTimeText(uint64_t year, uint64_t month, uint64_t day, uint64_t hour,
                         uint64_t minute, uint64_t second, uint64_t micros, int digits)
{
    std::string s;
    s.reserve(27);
    appendDigits(s, year, 4);
    s += '-';
    appendDigits(s, month, 2);
    s += '-';
    appendDigits(s, day, 2);
    s += ' ';
    appendDigits(s, hour, 2);
    s += ':';
    appendDigits(s, minute, 2);
    s += ':';
    appendDigits(s, second, 2);
    appendFraction(s, micros, digits);
    return s;
}

std::string epochText(uint64_t seconds, uint64_t micros, int digits)
{
    if (seconds == 0 && micros == 0)
        return dateTimeText(0, 0, 0, 0, 0, 0, 0, digits);
    int year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(int64_t(seconds / 86400), year, month, day);
    const uint64_t rem = seconds % 86400;
    return dateTimeText(uint64_t(year), month, day, rem / 3600, rem / 60 % 60, rem % 60, micros,
                        digits);
}

std::string timeText(bool negative, uint64_t hour, uint64_t minute, uint64_t second,
                     uint64_t micros, int digits)
{
    std::string s;
    if (negative)
        s += '-';
    appendDigits(s, hour, 2);
    s += ':';
    appendDigits(s, minute, 2);
    s += ':';
    appendDigits(s, second, 2);
    appendFraction(s, micros, digits);
    return s;
}

// Reads the fractional part of TIME2/DATETIME2/TIMESTAMP2 as microseconds.
std::optional<uint64_t> fraction(Cursor &c, int digits)
{
    switch (digits) {
    case 0: return 0;
    case 1:
    case 2: {
        const auto v = c.be(1);
        return v ? std::optional<uint64_t>(*v * 10000) : std::nullopt;
    }
    case 3:
    case 4: {
        const auto v = c.be(2);
        return v ? std::optional<uint64_t>(*v * 100) : std::nullopt;
    }
    default: return c.be(3);
    }
}

// NEWDECIMAL: packed base-10^9 groups (strings/decimal.c, decimal2bin).
std::optional<std::string> decimalText(Cursor &c, int precision, int scale)
{
    static constexpr int dig2bytes[10] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    if (precision < 1 || precision > 65 || scale < 0 || scale > precision)
        return std::nullopt;
    const int intg = precision - scale;
    const int intg0 = intg / 9, intg0x = intg % 9;
    const int frac0 = scale / 9, frac0x = scale % 9;
    const size_t size = size_t(intg0 * 4 + dig2bytes[intg0x] + frac0 * 4 + dig2bytes[frac0x]);
    const auto raw = c.take(size);
    if (!raw)
        return std::nullopt;
    std::string buf(*raw);
    const bool negative = (uint8_t(buf[0]) & 0x80) == 0;
    buf[0] = char(uint8_t(buf[0]) ^ 0x80);
    if (negative)
        for (char &b : buf)
            b = char(~uint8_t(b));
    Cursor d(buf);
    std::string integer, frac;
    const auto group = [&](int bytes, int digits, std::string &out) {
        const uint64_t v = *d.be(size_t(bytes));
        appendDigits(out, v, digits);
    };
    if (intg0x)
        group(dig2bytes[intg0x], intg0x, integer);
    for (int i = 0; i < intg0; ++i)
        group(4, 9, integer);
    for (int i = 0; i < frac0; ++i)
        group(4, 9, frac);
    if (frac0x)
        group(dig2bytes[frac0x], frac0x, frac);
    // A group holds at most its digits; more means corrupt bytes.
    if (integer.size() != size_t(intg) || frac.size() != size_t(scale))
        return std::nullopt;
    const size_t nz = integer.find_first_not_of('0');
    integer = nz == std::string::npos ? "0" : integer.substr(nz);
    const bool zero = integer == "0" && frac.find_first_not_of('0') == std::string::npos;
    std::string out;
    if (negative && !zero)
        out += '-';
    out += integer;
    if (scale > 0) {
        out += '.';
        out += frac;
    }
    return out;
}

std::string integerText(uint64_t raw, size_t bytes, bool isUnsigned)
{
    char buffer[24];
    std::to_chars_result r;
    if (isUnsigned) {
        r = std::to_chars(buffer, buffer + sizeof buffer, raw);
    } else {
        const unsigned shift = unsigned(64 - 8 * bytes);
        const int64_t v = int64_t(raw << shift) >> shift; // sign-extend
        r = std::to_chars(buffer, buffer + sizeof buffer, v);
    }
    return std::string(buffer, r.ptr);
}

// MySQL's latin1 is Windows-1252 with the five undefined bytes mapped to C1 controls.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// MariaDB's UUID, INET6 and INET4 as the server prints them.
std::string specialText(RowDecoder::Column::Special special, const std::string &raw)
{
    using Special = RowDecoder::Column::Special;
    char buffer[INET6_ADDRSTRLEN] = {};
    switch (special) {
    case Special::Uuid: {
        static const char digits[] = "0123456789abcdef";
        std::string s;
        for (size_t i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                s += '-';
            s += digits[uint8_t(raw[i]) >> 4];
            s += digits[uint8_t(raw[i]) & 15];
        }
        return s;
    }
    case Special::Inet6:
        // glibc's inet_ntop and MariaDB's Inet6::to_string share BIND's rules: the longest
        // run of two or more zero groups as "::", IPv4-mapped and -compatible as dotted quads.
        if (inet_ntop(AF_INET6, raw.data(), buffer, sizeof buffer))
            return buffer;
        break;
    case Special::Inet4:
        if (inet_ntop(AF_INET, raw.data(), buffer, sizeof buffer))
            return buffer;
        break;
    case Special::None: break;
    }
    return raw;
}

QString display(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

std::string latin1ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (char ch : bytes) {
        const uint8_t b = uint8_t(ch);
        const char32_t cp = b < 0x80 ? b : b < 0xA0 ? cp1252High[b - 0x80] : b;
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

uint8_t MappedColumn::realType() const
{
    if (type != TypeString)
        return type;
    const uint8_t b0 = meta[0];
    return (b0 & 0x30) != 0x30 ? uint8_t(b0 | 0x30) : b0;
}

int MappedColumn::stringLength() const
{
    const uint8_t b0 = meta[0], b1 = meta[1];
    if ((b0 & 0x30) != 0x30)
        return int(b1 | (((b0 & 0x30) ^ 0x30) << 4));
    return b1;
}

// ---------------------------------------------------------------------------------------------
// EventDecoder

Result<Event> EventDecoder::decode(std::string_view bytes)
{
    Cursor c(bytes);
    Event ev;
    if (!c.need(headerSize))
        return bad(u"an event of %1 bytes is shorter than its header"_s.arg(bytes.size()));
    ev.header.timestamp = uint32_t(*c.le(4));
    ev.header.type = uint8_t(*c.le(1));
    ev.header.serverId = uint32_t(*c.le(4));
    ev.header.eventLength = uint32_t(*c.le(4));
    ev.header.logPosition = uint32_t(*c.le(4));
    ev.header.flags = uint16_t(*c.le(2));
    if (ev.header.eventLength != bytes.size())
        return bad(u"event type %1 says it has %2 bytes but %3 arrived"_s.arg(ev.header.type)
                       .arg(ev.header.eventLength)
                       .arg(bytes.size()));
    std::string_view body = c.rest();
    if (ev.header.type == FormatDescriptionEvent) {
        // The format description tells itself whether it (and what follows) has a checksum.
        if (body.size() < 2 + 50 + 4 + 1 + 5)
            return bad(u"a FORMAT_DESCRIPTION event of %1 bytes"_s.arg(bytes.size()));
        Cursor f(body);
        const auto version = *f.le(2);
        if (version < 4)
            return fail(
                Error::Code::Unsupported,
                Text::tr("the source writes binlog format version %1; Ferry reads version 4 "
                         "(MySQL 5.0 and later, MariaDB)")
                    .arg(version));
        const auto server = *f.take(50);
        ev.serverVersion = std::string(server.substr(0, server.find('\0')));
        f.skip(4);
        const uint8_t headerLength = uint8_t(*f.le(1));
        if (headerLength != headerSize)
            return bad(u"an event header of %1 bytes"_s.arg(headerLength));
        m_mariadb = ev.serverVersion.find("MariaDB") != std::string::npos;
        // Servers before checksums (MySQL 5.6.1, MariaDB 5.3) end the event after the
        // post-header lengths; later ones add the algorithm and a checksum field.
        int major = 0, minor = 0, patch = 0;
        std::sscanf(ev.serverVersion.c_str(), "%d.%d.%d", &major, &minor, &patch);
        const bool checksumAware = major > 5
            || (major == 5 && (minor > 6 || (minor == 6 && patch >= 1)))
            || (major == 5 && minor >= 3 && m_mariadb);
        const std::string_view lengths = *f.take(f.left() - (checksumAware ? 5 : 0));
        const uint8_t algorithm = checksumAware ? uint8_t(*f.le(1)) : 0;
        if (algorithm != 0 && algorithm != 1 && algorithm != 0xff)
            return fail(
                Error::Code::Unsupported,
                Text::tr("the source's binlog checksum algorithm %1 is unknown").arg(algorithm),
                Text::tr("SET GLOBAL binlog_checksum to CRC32 or NONE."));
        m_checksum = algorithm == 1;
        m_maps.clear(); // the post-header lengths below decide how a TABLE_MAP reads
        m_postHeader.fill(0);
        for (size_t i = 0; i < lengths.size() && i + 1 < m_postHeader.size(); ++i)
            m_postHeader[i + 1] = uint8_t(lengths[i]);
        m_haveFormat = true;
        ev.kind = Event::Kind::FormatDescription;
        ev.checksum = m_checksum;
        return ev;
    }
    if (m_checksum) {
        if (body.size() < 4)
            return bad(u"event type %1 has no room for its checksum"_s.arg(ev.header.type));
        body.remove_suffix(4);
    }
    if (auto ok = decodeBody(ev, body); !ok)
        return std::unexpected(ok.error());
    return ev;
}

Result<Event> EventDecoder::decodeBody(Event &ev, std::string_view body)
{
    Cursor c(body);
    const uint8_t type = ev.header.type;
    const auto postHeader = [&](uint8_t t, uint8_t fallback) -> size_t {
        return m_haveFormat && m_postHeader[t] ? m_postHeader[t] : fallback;
    };
    switch (type) {
    case RotateEvent: {
        const auto position = c.le(8);
        if (!position)
            return bad(u"a ROTATE event without its position"_s);
        ev.kind = Event::Kind::Rotate;
        ev.position = *position;
        ev.file = std::string(c.rest());
        if (ev.file.empty())
            return bad(u"a ROTATE event without a file name"_s);
        return ev;
    }
    case MariaDbGtidEvent: {
        const auto seq = c.le(8);
        const auto domain = c.le(4);
        const auto flags = c.le(1);
        if (!flags)
            return bad(u"a GTID event of %1 bytes"_s.arg(body.size()));
        ev.kind = Event::Kind::Gtid;
        ev.gtidDomain = uint32_t(*domain);
        ev.standalone = (*flags & standaloneFlag) != 0;
        ev.gtid = std::to_string(*domain) + '-' + std::to_string(ev.header.serverId) + '-'
            + std::to_string(*seq);
        return ev;
    }
    case MySqlGtidEvent: {
        const auto flags = c.le(1);
        const auto sid = c.take(16);
        const auto gno = c.le(8);
        if (!flags || !sid || !gno)
            return bad(u"a GTID event of %1 bytes"_s.arg(body.size()));
        ev.kind = Event::Kind::Gtid;
        const std::string hex = [&] {
            static const char digits[] = "0123456789abcdef";
            std::string s;
            for (size_t i = 0; i < 16; ++i) {
                if (i == 4 || i == 6 || i == 8 || i == 10)
                    s += '-';
                s += digits[uint8_t((*sid)[i]) >> 4];
                s += digits[uint8_t((*sid)[i]) & 15];
            }
            return s;
        }();
        ev.gtid = hex + ':' + std::to_string(*gno);
        return ev;
    }
    case MySqlAnonymousGtidEvent:
        ev.kind = Event::Kind::Gtid; // starts a group like a GTID, without an identity
        return ev;
    case QueryEvent: {
        const size_t ph = postHeader(QueryEvent, 13);
        // Post-header: thread id (4), execution time (4), database length (1), error code (2),
        // status variables length (2).
        Cursor p(body);
        const auto dbLength = p.skip(8) ? p.le(1) : std::nullopt;
        const auto statusLength = dbLength && p.skip(2) ? p.le(2) : std::nullopt;
        if (!statusLength || ph < 13 || !c.skip(ph))
            return bad(u"a QUERY event of %1 bytes"_s.arg(body.size()));
        const auto db = c.skip(size_t(*statusLength)) ? c.take(size_t(*dbLength)) : std::nullopt;
        if (!db || !c.skip(1))
            return bad(u"a QUERY event of %1 bytes"_s.arg(body.size()));
        ev.kind = Event::Kind::Query;
        ev.schema = std::string(*db);
        ev.statement = std::string(c.rest());
        return ev;
    }
    case XidEvent:
        if (body.size() < 8)
            return bad(u"an XID event of %1 bytes"_s.arg(body.size()));
        ev.kind = Event::Kind::Xid;
        return ev;
    case HeartbeatEvent:
    case HeartbeatV2Event:
        ev.kind = Event::Kind::Heartbeat;
        ev.file = std::string(body);
        return ev;
    case TableMapEvent: {
        const size_t ph = postHeader(TableMapEvent, 8);
        const auto id = c.le(ph == 6 ? 4 : 6);
        if (!id || !c.skip(ph - (ph == 6 ? 4 : 6)))
            return bad(u"a TABLE_MAP event of %1 bytes"_s.arg(body.size()));
        KnownMap &known = m_maps[*id];
        if (known.map && known.body == body) {
            ev.kind = Event::Kind::TableMap;
            ev.tableMap = known.map;
            return ev;
        }
        auto map = std::make_shared<TableMap>();
        map->tableId = *id;
        const auto dbLength = c.le(1);
        const auto db = dbLength ? c.take(size_t(*dbLength)) : std::nullopt;
        const auto tableLength = db && c.skip(1) ? c.le(1) : std::nullopt;
        const auto table = tableLength ? c.take(size_t(*tableLength)) : std::nullopt;
        const auto count = table && c.skip(1) ? c.packed() : std::nullopt;
        if (!count || *count > c.left())
            return bad(u"a TABLE_MAP event of %1 bytes"_s.arg(body.size()));
        map->schema = std::string(*db);
        map->table = std::string(*table);
        const auto types = *c.take(size_t(*count));
        map->columns.resize(size_t(*count));
        for (size_t i = 0; i < map->columns.size(); ++i)
            map->columns[i].type = uint8_t(types[i]);
        const auto meta = c.packedString();
        if (!meta)
            return bad(u"the column metadata of %1"_s.arg(display(map->table)));
        Cursor m(*meta);
        for (auto &col : map->columns) {
            size_t n = 0;
            switch (col.type) {
            case TypeFloat:
            case TypeDouble:
            case TypeBlob:
            case TypeTinyBlob:
            case TypeMediumBlob:
            case TypeLongBlob:
            case TypeGeometry:
            case TypeJson:
            case TypeTime2:
            case TypeDateTime2:
            case TypeTimestamp2: n = 1; break;
            case TypeVarChar:
            case TypeVarString:
            case TypeBit:
            case TypeNewDecimal:
            case TypeString:
            case TypeEnum:
            case TypeSet: n = 2; break;
            default: n = 0; break;
            }
            const auto bytes = m.take(n);
            if (!bytes)
                return bad(u"the column metadata of %1"_s.arg(display(map->table)));
            for (size_t k = 0; k < n; ++k)
                col.meta[k] = uint8_t((*bytes)[k]);
        }
        const auto nulls = c.take((map->columns.size() + 7) / 8);
        if (!nulls)
            return bad(u"the NULL bitmap of %1"_s.arg(display(map->table)));
        for (size_t i = 0; i < map->columns.size(); ++i)
            map->columns[i].nullable = bitSet(*nulls, i);
        if (auto ok = decodeOptionalMetadata(Cursor(c.rest()), *map, m_mariadb); !ok)
            return std::unexpected(ok.error());
        if (m_maps.size() > 4096) // ids only grow: forget the old ones now and then
            m_maps.clear();
        m_maps[*id] = KnownMap {std::string(body), map};
        ev.kind = Event::Kind::TableMap;
        ev.tableMap = std::move(map);
        return ev;
    }
    case WriteRowsV1:
    case UpdateRowsV1:
    case DeleteRowsV1:
    case WriteRowsV2:
    case UpdateRowsV2:
    case DeleteRowsV2: {
        const bool v2 = type >= WriteRowsV2;
        const size_t ph = postHeader(type, v2 ? 10 : 8);
        RowsEvent &r = ev.rowsEvent;
        r.kind = type == WriteRowsV1 || type == WriteRowsV2 ? ChangeEvent::Kind::Insert
            : type == UpdateRowsV1 || type == UpdateRowsV2  ? ChangeEvent::Kind::Update
                                                            : ChangeEvent::Kind::Delete;
        const size_t idBytes = ph == 6 ? 4 : 6;
        const auto id = c.le(idBytes);
        const auto flags = c.le(2);
        if (!flags || ph < idBytes + 2)
            return bad(u"a rows event of %1 bytes"_s.arg(body.size()));
        r.tableId = *id;
        r.flags = uint16_t(*flags);
        if (!c.skip(ph - idBytes - 2 - (v2 ? 2 : 0)))
            return bad(u"a rows event of %1 bytes"_s.arg(body.size()));
        if (v2) {
            const auto extra = c.le(2);
            if (!extra || *extra < 2 || !c.skip(size_t(*extra - 2)))
                return bad(u"the extra data of a rows event"_s);
        }
        const auto count = c.packed();
        if (!count || *count > 4096)
            return bad(u"a rows event with %1 columns"_s.arg(count ? *count : 0));
        r.columnCount = uint32_t(*count);
        const size_t bitmapBytes = (r.columnCount + 7) / 8;
        const auto readBitmap = [&](std::vector<bool> &out) {
            const auto bits = c.take(bitmapBytes);
            if (!bits)
                return false;
            out.resize(r.columnCount);
            for (size_t i = 0; i < r.columnCount; ++i)
                out[i] = bitSet(*bits, i);
            return true;
        };
        if (!readBitmap(r.present)
            || (r.kind == ChangeEvent::Kind::Update && !readBitmap(r.presentAfter)))
            return bad(u"the column bitmap of a rows event"_s);
        r.rows = c.rest();
        ev.kind = Event::Kind::Rows;
        return ev;
    }
    case XaPrepareEvent: ev.kind = Event::Kind::XaPrepare; return ev;
    case PartialUpdateRowsEvent:
        return fail(Error::Code::Unsupported,
                    Text::tr("the source logs partial JSON updates (PARTIAL_UPDATE_ROWS_EVENT)"),
                    Text::tr("SET GLOBAL binlog_row_value_options = '' on the source."));
    case TransactionPayloadEvent:
        return fail(Error::Code::Unsupported,
                    Text::tr("the source compresses its binlog transactions"),
                    Text::tr("SET GLOBAL binlog_transaction_compression = OFF on the source."));
    case IncidentEvent:
        return fail(Error::Code::Database,
                    Text::tr("the source logged an incident in its binlog: changes may be missing "
                             "from it"),
                    Text::tr("Redo the full step for the captured tables, then restart capture."));
    default:
        if (type >= QueryCompressedEvent && type <= DeleteRowsCompressedV2)
            return fail(Error::Code::Unsupported,
                        Text::tr("the source compresses its binlog events (log_bin_compress=ON)"),
                        Text::tr("SET GLOBAL log_bin_compress = OFF on the source."));
        ev.kind = Event::Kind::Skipped;
        return ev;
    }
}

// ---------------------------------------------------------------------------------------------
// RowDecoder

Result<RowDecoder> RowDecoder::make(const TableMap &map, const Table &table)
{
    RowDecoder d;
    d.m_table = table.ref;
    d.m_targetCount = size_t(table.columns.size());
    const QString what = table.ref.display();
    // `message` is the whole sentence, already naming the table.
    const auto changed = [&](const QString &message) {
        return fail(Error::Code::Unsupported, message,
                    Text::tr("Redo the schema and full steps for %1, then restart capture from "
                             "there.")
                        .arg(what),
                    what);
    };
    // Fewer named columns than the catalog: rows logged before a column was added (the
    // catalog is read after it). They map by name; the columns they lack are not present.
    const bool named = !map.columns.empty()
        && std::all_of(map.columns.begin(), map.columns.end(),
                       [](const MappedColumn &m) { return m.name.has_value(); });
    if (map.columns.size() != size_t(table.columns.size())
        && !(named && map.columns.size() < size_t(table.columns.size())))
        return changed(Text::tr("%1 changed since capture started: the binlog has %2 columns, "
                                "the catalog %3; a DDL altered the table")
                           .arg(what)
                           .arg(map.columns.size())
                           .arg(table.columns.size()));
    for (size_t i = 0; i < map.columns.size(); ++i) {
        const MappedColumn &m = map.columns[i];
        Column c;
        c.type = m.type;
        c.realType = m.realType();
        c.target = int(i);
        if (m.name) {
            const QString name = display(*m.name);
            c.target = table.columnIndex(name);
            if (c.target < 0)
                return changed(
                    Text::tr("%1 changed since capture started: the binlog has a column %2 "
                             "the catalog does not; a DDL altered the table")
                        .arg(what, name));
        }
        const ::ferry::Column &col = table.columns[c.target];
        d.m_names << col.name;
        c.kind = col.type.kind;
        c.isUnsigned = m.isUnsigned.value_or(
            col.type.isUnsigned || col.type.native.contains(u" unsigned"_s, Qt::CaseInsensitive));
        if (c.kind == TypeKind::Binary)
            c.binaryLength = col.type.length;
        const QString charset = col.type.charset.toLower();
        if (charset.isEmpty() || charset == u"binary")
            c.charset = Column::Charset::Binary;
        else if (charset.startsWith(u"utf8"_s) || charset == u"ascii")
            c.charset = Column::Charset::Utf8;
        else if (charset == u"latin1")
            c.charset = Column::Charset::Latin1;
        else
            c.charset = Column::Charset::Binary; // checked below for textual columns
        // `message` is the whole sentence, naming the table, the column and its type.
        const auto unsupported = [&](const QString &message, const QString &fix) {
            return fail(Error::Code::Unsupported, message, fix, what);
        };
        switch (c.realType) {
        case TypeVarChar:
        case TypeVarString: c.length = m.meta[0] | (m.meta[1] << 8); break;
        case TypeString:
        case TypeEnum:
        case TypeSet: c.length = m.stringLength(); break;
        case TypeBlob:
        case TypeTinyBlob:
        case TypeMediumBlob:
        case TypeLongBlob:
        case TypeGeometry:
        case TypeJson:
            c.length = m.meta[0];
            if (c.length < 1 || c.length > 4)
                return changed(Text::tr("%1 changed since capture started: column %2 has %3 length "
                                        "bytes; a DDL altered the table")
                                   .arg(what, col.name)
                                   .arg(c.length));
            break;
        case TypeBit: c.length = m.meta[1] * 8 + m.meta[0]; break;
        case TypeNewDecimal:
            c.precision = m.meta[0];
            c.scale = m.meta[1];
            break;
        case TypeTime2:
        case TypeDateTime2:
        case TypeTimestamp2:
            c.scale = m.meta[0];
            if (c.scale > 6)
                return changed(
                    Text::tr("%1 changed since capture started: column %2 has %3 fraction "
                             "digits; a DDL altered the table")
                        .arg(what, col.name)
                        .arg(c.scale));
            break;
        case TypeDecimal:
            return unsupported(Text::tr("%1: column %2 (%3) uses the pre-5.0 DECIMAL format")
                                   .arg(what, col.name, col.type.native),
                               Text::tr("ALTER TABLE to rebuild the column as DECIMAL."));
        case TypeTime:
        case TypeDateTime:
        case TypeTimestamp:
            // The MariaDB 5.3 formats with a fraction are not written as these types.
            if (col.type.fraction > 0)
                return unsupported(
                    Text::tr("%1: column %2 (%3) uses the MariaDB 5.3 temporal format")
                        .arg(what, col.name, col.type.native),
                    Text::tr("SET GLOBAL mysql56_temporal_format=ON and ALTER TABLE "
                             "... FORCE to rebuild the table."));
            break;
        default: break;
        }
        if (c.realType == TypeJson)
            return unsupported(
                Text::tr("%1: column %2 (%3) is MySQL's binary JSON, which capture "
                         "cannot decode yet")
                    .arg(what, col.name, col.type.native),
                Text::tr("Exclude the table from incremental sync, or store the document "
                         "as LONGTEXT."));
        // MariaDB's UUID, INET6 and INET4 travel as their binary form in a STRING column.
        const QString native = col.type.native.toLower();
        if (c.kind == TypeKind::Uuid)
            c.special = Column::Special::Uuid;
        else if (native.startsWith(u"inet6"_s))
            c.special = Column::Special::Inet6;
        else if (native.startsWith(u"inet4"_s))
            c.special = Column::Special::Inet4;
        if (c.special != Column::Special::None) {
            const int bytes = c.special == Column::Special::Inet4 ? 4 : 16;
            if (c.realType != TypeString || c.length != bytes)
                return unsupported(Text::tr("%1: column %2 (%3) is written to the binlog as type "
                                            "%4 of %5 bytes, not the %6 bytes capture expects")
                                       .arg(what, col.name, col.type.native)
                                       .arg(c.realType)
                                       .arg(c.length)
                                       .arg(bytes),
                                   Text::tr("Exclude the table from incremental sync."));
            c.binaryLength = bytes;
            c.charset = Column::Charset::Binary;
        }
        const bool textual =
            (c.realType == TypeString || c.realType == TypeVarChar || c.realType == TypeVarString
             || c.realType == TypeBlob || c.realType == TypeEnum || c.realType == TypeSet)
            && col.type.isTextual();
        if (textual && c.charset == Column::Charset::Binary && !charset.isEmpty()
            && charset != u"binary")
            return unsupported(Text::tr("%1: column %2 (%3) has character set %4, which capture "
                                        "cannot convert to UTF-8")
                                   .arg(what, col.name, col.type.native, col.type.charset),
                               Text::tr("Convert the column to utf8mb4 (ALTER TABLE ... CONVERT TO "
                                        "CHARACTER SET utf8mb4), or exclude the table."));
        if (c.realType == TypeEnum || c.realType == TypeSet) {
            if (m.labels) {
                for (const std::string &label : *m.labels)
                    c.labels.push_back(c.charset == Column::Charset::Latin1 ? latin1ToUtf8(label)
                                                                            : label);
            } else {
                for (const QString &label : col.type.labels)
                    c.labels.push_back(label.toStdString());
            }
        }
        d.m_columns.push_back(std::move(c));
    }
    return d;
}

Error RowDecoder::corrupt(const QString &what) const
{
    Error e = malformed(u"%1: %2"_s.arg(m_table.display(), what));
    e.object = m_table.display();
    return e;
}

Result<std::string> RowDecoder::value(std::string_view &data, const Column &col) const
{
    Cursor c(data);
    std::string out;
    const auto name = [&] {
        return m_names[col.target];
    };
    const auto short_ = [&] {
        return std::unexpected(corrupt(u"the value of %1 is cut short"_s.arg(name())));
    };
    const auto text = [&](std::string_view bytes) {
        return col.charset == Column::Charset::Latin1 ? latin1ToUtf8(bytes) : std::string(bytes);
    };
    switch (col.realType) {
    case TypeTiny:
    case TypeShort:
    case TypeInt24:
    case TypeLong:
    case TypeLongLong: {
        const size_t n = col.realType == TypeTiny ? 1
            : col.realType == TypeShort           ? 2
            : col.realType == TypeInt24           ? 3
            : col.realType == TypeLong            ? 4
                                                  : 8;
        const auto v = c.le(n);
        if (!v)
            return short_();
        out = integerText(*v, n, col.isUnsigned);
        break;
    }
    case TypeFloat: {
        const auto v = c.le(4);
        if (!v)
            return short_();
        const float f = std::bit_cast<float>(uint32_t(*v));
        char buffer[64];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, f);
        out.assign(buffer, r.ptr);
        break;
    }
    case TypeDouble: {
        const auto v = c.le(8);
        if (!v)
            return short_();
        const double f = std::bit_cast<double>(*v);
        char buffer[64];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, f);
        out.assign(buffer, r.ptr);
        break;
    }
    case TypeNewDecimal: {
        auto d = decimalText(c, col.precision, col.scale);
        if (!d)
            return std::unexpected(corrupt(u"the DECIMAL value of %1"_s.arg(name())));
        out = std::move(*d);
        break;
    }
    case TypeYear: {
        const auto v = c.le(1);
        if (!v)
            return short_();
        out = *v == 0 ? std::string("0") : std::to_string(1900 + *v);
        break;
    }
    case TypeDate:
    case TypeNewDate: {
        const auto v = c.le(3);
        if (!v)
            return short_();
        appendDigits(out, *v >> 9, 4);
        out += '-';
        appendDigits(out, (*v >> 5) & 15, 2);
        out += '-';
        appendDigits(out, *v & 31, 2);
        break;
    }
    case TypeTime: {
        const auto v = c.le(3);
        if (!v)
            return short_();
        int64_t t = int64_t(*v << 40) >> 40;
        const bool negative = t < 0;
        if (negative)
            t = -t;
        out = timeText(negative, uint64_t(t / 10000), uint64_t(t / 100 % 100), uint64_t(t % 100), 0,
                       0);
        break;
    }
    case TypeDateTime: {
        const auto v = c.le(8);
        if (!v)
            return short_();
        const uint64_t d = *v / 1000000, t = *v % 1000000;
        out = dateTimeText(d / 10000, d / 100 % 100, d % 100, t / 10000, t / 100 % 100, t % 100, 0,
                           0);
        break;
    }
    case TypeTimestamp: {
        const auto v = c.le(4);
        if (!v)
            return short_();
        out = epochText(*v, 0, 0);
        break;
    }
    case TypeTimestamp2: {
        const auto seconds = c.be(4);
        const auto micros = seconds ? fraction(c, col.scale) : std::nullopt;
        if (!micros)
            return short_();
        out = epochText(*seconds, *micros, col.scale);
        break;
    }
    case TypeDateTime2: {
        const auto packed = c.be(5);
        const auto micros = packed ? fraction(c, col.scale) : std::nullopt;
        if (!micros)
            return short_();
        const int64_t v = int64_t(*packed) - 0x8000000000LL;
        if (v < 0)
            return std::unexpected(corrupt(u"a negative DATETIME in %1"_s.arg(name())));
        const uint64_t ymd = uint64_t(v) >> 17, hms = uint64_t(v) & ((1 << 17) - 1);
        const uint64_t ym = ymd >> 5;
        out = dateTimeText(ym / 13, ym % 13, ymd & 31, hms >> 12, (hms >> 6) & 63, hms & 63,
                           *micros, col.scale);
        break;
    }
    case TypeTime2: {
        int64_t tmp = 0;
        const int digits = col.scale;
        if (digits >= 5) {
            const auto v = c.be(6);
            if (!v)
                return short_();
            tmp = int64_t(*v) - 0x800000000000LL;
        } else {
            const auto v = c.be(3);
            if (!v)
                return short_();
            int64_t intPart = int64_t(*v) - 0x800000;
            int64_t frac = 0;
            if (digits >= 1) {
                const size_t n = digits <= 2 ? 1 : 2;
                const auto f = c.be(n);
                if (!f)
                    return short_();
                frac = int64_t(*f);
                if (intPart < 0 && frac > 0) {
                    ++intPart;
                    frac -= n == 1 ? 0x100 : 0x10000;
                }
                frac *= n == 1 ? 10000 : 100;
            }
            tmp = intPart * (int64_t(1) << 24) + frac;
        }
        const bool negative = tmp < 0;
        if (negative)
            tmp = -tmp;
        const uint64_t hms = uint64_t(tmp) >> 24, micros = uint64_t(tmp) & 0xFFFFFF;
        out = timeText(negative, (hms >> 12) & 1023, (hms >> 6) & 63, hms & 63, micros, digits);
        break;
    }
    case TypeBit: {
        const auto bytes = c.take(size_t((col.length + 7) / 8));
        if (!bytes)
            return short_();
        out = canonical::bitBytesToDecimal(*bytes);
        break;
    }
    case TypeEnum: {
        const auto v = c.le(size_t(std::clamp(col.length, 1, 2)));
        if (!v)
            return short_();
        if (*v > col.labels.size())
            return std::unexpected(
                corrupt(u"ENUM index %1 of %2 is beyond its %3 labels"_s.arg(*v).arg(name()).arg(
                    col.labels.size())));
        out = *v == 0 ? std::string() : col.labels[size_t(*v - 1)];
        break;
    }
    case TypeSet: {
        const auto v = c.le(size_t(std::clamp(col.length, 1, 8)));
        if (!v)
            return short_();
        for (size_t i = 0; i < col.labels.size() && i < 64; ++i) {
            if (!((*v >> i) & 1))
                continue;
            if (!out.empty())
                out += ',';
            out += col.labels[i];
        }
        break;
    }
    case TypeString:
    case TypeVarChar:
    case TypeVarString: {
        const size_t prefix = col.length > 255 ? 2 : 1;
        const auto n = c.le(prefix);
        const auto bytes = n ? c.take(size_t(*n)) : std::nullopt;
        if (!bytes)
            return short_();
        if (col.special != Column::Special::None) {
            std::string raw(*bytes);
            raw.resize(size_t(col.binaryLength), '\0');
            out = specialText(col.special, raw);
        } else if (col.kind == TypeKind::Binary && col.realType == TypeString) {
            out = std::string(*bytes);
            if (out.size() < size_t(col.binaryLength))
                out.resize(size_t(col.binaryLength), '\0');
        } else {
            out = text(*bytes);
            if (col.kind == TypeKind::Char && col.realType == TypeString)
                while (!out.empty() && out.back() == ' ')
                    out.pop_back();
        }
        break;
    }
    case TypeBlob:
    case TypeTinyBlob:
    case TypeMediumBlob:
    case TypeLongBlob:
    case TypeGeometry: {
        const auto n = c.le(size_t(col.length));
        const auto bytes = n ? c.take(size_t(*n)) : std::nullopt;
        if (!bytes)
            return short_();
        out = col.realType == TypeGeometry ? std::string(*bytes) : text(*bytes);
        break;
    }
    case TypeJson:
        return fail(
            Error::Code::Unsupported,
            Text::tr("%1: column %2 is MySQL's binary JSON, which capture cannot decode yet")
                .arg(m_table.display(), name()),
            Text::tr("Exclude the table from incremental sync, or store the document as "
                     "LONGTEXT."),
            m_table.display());
    case TypeNull: break;
    default:
        return fail(Error::Code::Unsupported,
                    Text::tr("%1: column %2 has binlog type %3, which capture cannot decode")
                        .arg(m_table.display(), name())
                        .arg(col.realType),
                    Text::tr("Exclude the table from incremental sync."), m_table.display());
    }
    data = c.rest();
    return out;
}

Result<RowImage> RowDecoder::image(std::string_view &data, const std::vector<bool> &present) const
{
    RowImage img;
    img.values.resize(m_targetCount);
    const size_t used = size_t(std::count(present.begin(), present.end(), true));
    Cursor c(data);
    const auto nulls = c.take((used + 7) / 8);
    if (!nulls)
        return std::unexpected(corrupt(u"a row is cut short before its NULL bitmap"_s));
    data = c.rest();
    if (used != present.size() || m_columns.size() != m_targetCount)
        img.present.assign(m_targetCount, false);
    size_t k = 0;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (!present[i])
            continue;
        const Column &col = m_columns[i];
        if (!img.present.empty())
            img.present[size_t(col.target)] = true;
        if (bitSet(*nulls, k++))
            continue; // NULL
        auto v = value(data, col);
        if (!v)
            return std::unexpected(v.error());
        img.values[size_t(col.target)] = std::move(*v);
    }
    return img;
}

Status RowDecoder::decode(const RowsEvent &rows, std::vector<ChangeEvent> &out) const
{
    if (rows.columnCount != m_columns.size())
        return fail(corrupt(u"a rows event has %1 columns, its table map %2"_s.arg(rows.columnCount)
                                .arg(m_columns.size())));
    std::string_view data = rows.rows;
    while (!data.empty()) {
        const size_t before = data.size();
        ChangeEvent ev;
        ev.kind = rows.kind;
        ev.table = m_table;
        auto first = image(data, rows.present);
        if (!first)
            return fail(first.error());
        if (rows.kind == ChangeEvent::Kind::Insert) {
            ev.after = std::move(*first);
        } else {
            ev.before = std::move(*first);
            if (rows.kind == ChangeEvent::Kind::Update) {
                auto second = image(data, rows.presentAfter);
                if (!second)
                    return fail(second.error());
                ev.after = std::move(*second);
            }
        }
        // An image of no columns takes no bytes: the rest would decode forever.
        if (data.size() == before)
            return fail(corrupt(u"a rows event has rows without columns"_s));
        out.push_back(std::move(ev));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// StreamDecoder

StreamDecoder::StreamDecoder(const QList<Table> &scope, const std::string &file, uint64_t offset,
                             const QString &gtids, bool checksum)
    : m_scope(scope)
    , m_decoder(checksum)
    , m_file(file)
    , m_offset(offset)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (qsizetype i = 0; i < m_scope.size(); ++i)
        m_byName.insert(m_scope[i].ref.schema + QChar(0) + m_scope[i].ref.name, i);
    static const QRegularExpression mariaGtid(u"^(\\d+)-(\\d+)-(\\d+)$"_s);
    for (const QString &g : gtids.split(u',', Qt::SkipEmptyParts)) {
        const auto m = mariaGtid.match(g.trimmed());
        if (!m.hasMatch())
            continue;
        m_gtids[m.captured(1).toUInt()] = g.trimmed().toStdString();
        m_mariaGtids = true;
    }
}

std::optional<StreamDecoder::Position> StreamDecoder::parsePosition(const QString &text)
{
    static const QRegularExpression re(u"^([^:;]+):(\\d+)(?:;gtid=([^;]*))?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qulonglong offset = m.captured(2).toULongLong(&ok);
    if (!ok || offset < 4)
        return std::nullopt;
    return Position {m.captured(1).toStdString(), offset, m.captured(3)};
}

QString StreamDecoder::gtidText() const
{
    QStringList parts;
    for (const auto &[domain, gtid] : m_gtids)
        parts << QString::fromStdString(gtid);
    return parts.join(u',');
}

QString StreamDecoder::position() const
{
    QString p = QString::fromStdString(m_file) + u':' + QString::number(m_offset);
    if (!m_gtids.empty())
        p += u";gtid="_s + gtidText();
    return p;
}

void StreamDecoder::beginGroup()
{
    if (!m_events.empty())
        qCWarning(lcEngine).noquote()
            << Text::tr("binlog: a transaction before %1 ended without COMMIT; its %2 changes are "
                        "dropped")
                   .arg(position())
                   .arg(m_events.size());
    m_events.clear();
    ++m_group; // a group maps the tables it uses before its rows
    m_inTransaction = false;
    m_standalonePending = false;
    m_groupGtid.clear();
}

Status StreamDecoder::deliver(ChangeTransaction &&t, const Sink &sink)
{
    m_lastEmit = m_clock();
    return sink(std::move(t));
}

Status StreamDecoder::finish(uint32_t timestamp, const Sink &sink)
{
    if (!m_groupGtid.empty() && m_mariaGtids)
        m_gtids[m_groupDomain] = m_groupGtid;
    ChangeTransaction t;
    t.position = position();
    t.transactionId = QString::fromStdString(m_groupGtid);
    t.commitTime = QDateTime::fromSecsSinceEpoch(qint64(timestamp), Qt::UTC);
    t.events = std::move(m_events);
    m_events.clear();
    ++m_group;
    m_inTransaction = false;
    m_standalonePending = false;
    m_groupGtid.clear();
    if (t.events.empty()) {
        // A transaction of other tables: only worth a heartbeat now and then.
        const QDateTime now = m_clock();
        if (m_lastEmit.isValid() && m_lastEmit.secsTo(now) < m_quietSeconds)
            return {};
        t.transactionId.clear();
    }
    return deliver(std::move(t), sink);
}

Status StreamDecoder::refuseStatementDml(const std::string &schema, const QString &sql) const
{
    // Rows logged as a statement (binlog_format STATEMENT or MIXED in the writer's session)
    // cannot be captured: skipping them would lose changes silently.
    static const QRegularExpression dml(
        u"^\\s*(/\\*.*?\\*/\\s*)*(INSERT|UPDATE|DELETE|REPLACE|LOAD\\s+DATA)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (!dml.match(sql).hasMatch())
        return {};
    const QString db = QString::fromStdString(schema);
    for (const Table &t : m_scope) {
        if (t.ref.schema != db && !sql.contains(t.ref.schema + u'.')
            && !sql.contains(u'`' + t.ref.schema + u"`."_s))
            continue;
        return fail(
            Error::Code::Unsupported,
            Text::tr("the source logged a change to %1 as a statement, not as rows: \"%2\" "
                     "(binlog_format STATEMENT or MIXED in the writer's session)")
                .arg(t.ref.schema, sql.simplified().left(80)),
            Text::tr("SET GLOBAL binlog_format=ROW and reconnect the applications, then redo the "
                     "full step for the captured tables (the statement's changes were not "
                     "captured)."),
            t.ref.schema);
    }
    return {};
}

bool StreamDecoder::ddlInScope(const std::string &schema, const std::string &statement,
                               TableRef &ref) const
{
    static const QRegularExpression comments(u"^\\s*(/\\*.*?\\*/\\s*)*"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ddl(u"^(CREATE|ALTER|DROP|RENAME|TRUNCATE)\\b"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        u"^(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TEMPORARY\\s+)?TABLE|ALTER\\s+(?:ONLINE\\s+|"
        "IGNORE\\s+)*TABLE|DROP\\s+(?:TEMPORARY\\s+)?TABLE|RENAME\\s+TABLE|TRUNCATE(?:\\s+"
        "TABLE)?|(?:CREATE|DROP)\\s+(?:OR\\s+REPLACE\\s+)?(?:UNIQUE\\s+|FULLTEXT\\s+|SPATIAL\\s+)?"
        "INDEX\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?(?:`(?:[^`]|``)+`|[\\w$]+)\\s+ON)\\s+(?:IF\\s+"
        "(?:NOT\\s+)?EXISTS\\s+)?(`(?:[^`]|``)+`|[\\w$]+)(?:\\s*\\.\\s*(`(?:[^`]|``)+`|[\\w$]+))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression database(
        u"^(?:CREATE|ALTER|DROP)\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?"
        "(`(?:[^`]|``)+`|[\\w$]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString sql = QString::fromUtf8(statement.data(), qsizetype(statement.size()));
    sql = sql.mid(comments.match(sql).capturedLength());
    if (!ddl.match(sql).hasMatch())
        return false;
    const auto unquote = [](QString s) {
        if (s.startsWith(u'`'))
            s = s.mid(1, s.size() - 2).replace(u"``"_s, u"`"_s);
        return s;
    };
    ref = TableRef {QString::fromStdString(schema), {}};
    if (const auto m = named.match(sql); m.hasMatch()) {
        if (m.capturedLength(2) > 0)
            ref = TableRef {unquote(m.captured(1)), unquote(m.captured(2))};
        else
            ref.name = unquote(m.captured(1));
    } else if (const auto d = database.match(sql); d.hasMatch()) {
        ref.schema = unquote(d.captured(1));
    }
    for (const Table &t : m_scope)
        if (t.ref.schema == ref.schema)
            return true;
    return false;
}

Status StreamDecoder::feed(std::string_view bytes, const Sink &sink)
{
    auto decoded = m_decoder.decode(bytes);
    if (!decoded) {
        Error e = decoded.error();
        e.message = Text::tr("binlog %1 after %2: %3")
                        .arg(QString::fromStdString(m_file))
                        .arg(m_offset)
                        .arg(e.message);
        return fail(e);
    }
    Event &ev = *decoded;
    const EventHeader &h = ev.header;
    if (h.logPosition != 0 && !(h.flags & EventHeader::artificialFlag)
        && ev.kind != Event::Kind::Heartbeat && h.logPosition > m_offset)
        m_offset = h.logPosition;

    switch (ev.kind) {
    case Event::Kind::Skipped:
    case Event::Kind::FormatDescription: return {};
    case Event::Kind::Rotate:
        m_file = ev.file;
        m_offset = ev.position;
        return {};
    case Event::Kind::Heartbeat: {
        if (inTransaction())
            return {};
        ChangeTransaction t;
        t.position = position();
        // Heartbeats carry no time on MariaDB (0): then the reader's clock stands in.
        t.commitTime =
            h.timestamp ? QDateTime::fromSecsSinceEpoch(qint64(h.timestamp), Qt::UTC) : m_clock();
        return deliver(std::move(t), sink);
    }
    case Event::Kind::Gtid:
        beginGroup();
        m_groupGtid = ev.gtid;
        m_groupDomain = ev.gtidDomain;
        if (h.type == MariaDbGtidEvent) {
            m_mariaGtids = true;
            if (ev.standalone)
                m_standalonePending = true;
            else
                m_inTransaction = true;
        }
        return {};
    case Event::Kind::Query: {
        const QString sql =
            QString::fromUtf8(ev.statement.data(), qsizetype(ev.statement.size())).trimmed();
        const QString upper = sql.left(24).toUpper();
        if (upper == u"BEGIN") {
            if (!m_groupGtid.empty() || m_standalonePending) {
                m_standalonePending = false;
            } else {
                beginGroup();
            }
            m_inTransaction = true;
            return {};
        }
        if (upper == u"COMMIT" || upper == u"ROLLBACK") {
            // ROLLBACK ends a group whose non-transactional changes were kept.
            if (m_inTransaction)
                return finish(h.timestamp, sink);
            return {};
        }
        if (upper.startsWith(u"SAVEPOINT"_s) || upper.startsWith(u"ROLLBACK TO"_s)
            || upper.startsWith(u"RELEASE SAVEPOINT"_s))
            return {};
        if (upper.startsWith(u"XA "_s)) // XA START/END inside a group; XA COMMIT is one
            return m_inTransaction ? Status {} : finish(h.timestamp, sink);
        if (auto ok = refuseStatementDml(ev.schema, sql); !ok)
            return ok;
        TableRef ref;
        const bool inScope = ddlInScope(ev.schema, ev.statement, ref);
        if (inScope) {
            ChangeEvent ddl;
            ddl.kind = ChangeEvent::Kind::Ddl;
            ddl.table = ref;
            ddl.statement = sql;
            m_events.push_back(std::move(ddl));
        }
        if (m_inTransaction)
            return {};
        return finish(h.timestamp, sink); // a statement that is its own transaction
    }
    case Event::Kind::Xid: return finish(h.timestamp, sink);
    case Event::Kind::XaPrepare:
        if (!m_events.empty())
            return fail(
                Error::Code::Unsupported,
                Text::tr("an XA transaction (%1) changed %2: capture does not follow XA "
                         "transactions yet")
                    .arg(QString::fromStdString(m_groupGtid), m_events.front().table.display()),
                Text::tr("Commit changes to the captured tables outside XA transactions, or "
                         "exclude the tables from incremental sync."),
                m_events.front().table.display());
        return finish(h.timestamp, sink);
    case Event::Kind::TableMap: {
        if (m_tables.size() > 4096) { // ids only grow: forget the old ones now and then
            std::erase_if(m_tables,
                          [&](const auto &entry) { return entry.second.group != m_group; });
        }
        Mapped &m = m_tables[ev.tableMap->tableId];
        m.group = m_group;
        if (m.map == ev.tableMap)
            return {}; // mapped as before: the same decoder
        m = Mapped {};
        m.group = m_group;
        m.map = ev.tableMap;
        const auto it = m_byName.constFind(QString::fromStdString(ev.tableMap->schema) + QChar(0)
                                           + QString::fromStdString(ev.tableMap->table));
        if (it != m_byName.cend()) {
            m.table = &m_scope.at(*it);
            auto decoder = RowDecoder::make(*m.map, *m.table);
            if (decoder)
                m.decoder = std::move(*decoder);
            else
                m.error = decoder.error();
        }
        return {};
    }
    case Event::Kind::Rows: {
        const auto it = m_tables.find(ev.rowsEvent.tableId);
        if (it == m_tables.end() || it->second.group != m_group)
            return fail(malformed(
                u"a rows event for table id %1 without its TABLE_MAP"_s.arg(ev.rowsEvent.tableId)));
        const Mapped &m = it->second;
        if (m.table) {
            if (m.error)
                return fail(*m.error);
            if (auto ok = m.decoder->decode(ev.rowsEvent, m_events); !ok)
                return ok;
        }
        if (!m_inTransaction && !m_standalonePending)
            m_inTransaction = true; // rows without BEGIN: their group ends at COMMIT/XID
        if (m_standalonePending && (ev.rowsEvent.flags & stmtEndFlag))
            return finish(h.timestamp, sink);
        return {};
    }
    }
    return {};
}

} // namespace ferry::binlog

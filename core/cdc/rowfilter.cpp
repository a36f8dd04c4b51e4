#include "rowfilter.h"

#include "common/language.h"

#include <QHash>

#include <array>
#include <charconv>
#include <cmath>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

enum class Tri { False, True, Unknown };

enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };

Cmp cmpOf(const QString &op)
{
    if (op == u"=")
        return Cmp::Eq;
    if (op == u"<>")
        return Cmp::Ne;
    if (op == u"<")
        return Cmp::Lt;
    if (op == u"<=")
        return Cmp::Le;
    if (op == u">")
        return Cmp::Gt;
    return Cmp::Ge;
}

Tri negate(Tri t)
{
    return t == Tri::True ? Tri::False : t == Tri::False ? Tri::True : Tri::Unknown;
}

// ---------------------------------------------------------------------------------------------
// Comparable values

// An exact decimal: 0.d1d2d3... x 10^point, digits without leading or trailing zeros (none:
// zero). Compared digit by digit: 10.5 = 10.50, and nothing is lost to binary rounding.
struct Decimal
{
    enum class Class { Finite, NegativeInfinity, PositiveInfinity, NaN };
    Class cls = Class::Finite;
    bool negative = false;
    std::string digits;
    qint64 point = 0;

    int sign() const { return digits.empty() ? 0 : negative ? -1 : 1; }
};

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<Decimal> parseDecimal(std::string_view text)
{
    std::string_view s = trimmed(text);
    Decimal d;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (equalsNoCase(s, "infinity") || equalsNoCase(s, "inf")) {
        d.cls = negative ? Decimal::Class::NegativeInfinity : Decimal::Class::PositiveInfinity;
        return d;
    }
    if (equalsNoCase(s, "nan")) {
        d.cls = Decimal::Class::NaN;
        return d;
    }
    std::string digits;
    qint64 point = 0;
    size_t i = 0;
    bool any = false;
    for (; i < s.size() && isDigit(s[i]); ++i, ++point, any = true)
        digits += s[i];
    if (i < s.size() && s[i] == '.') {
        ++i;
        for (; i < s.size() && isDigit(s[i]); ++i, any = true)
            digits += s[i];
    }
    if (!any)
        return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            expNegative = s[i++] == '-';
        qint64 exponent = 0;
        const size_t start = i;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            exponent = exponent * 10 + (s[i] - '0');
            if (exponent > 100000000)
                return std::nullopt;
        }
        if (i == start)
            return std::nullopt;
        point += expNegative ? -exponent : exponent;
    }
    if (i != s.size())
        return std::nullopt;
    size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0')
        ++lead;
    digits.erase(0, lead);
    point -= qint64(lead);
    while (!digits.empty() && digits.back() == '0')
        digits.pop_back();
    d.negative = negative && !digits.empty();
    d.digits = std::move(digits);
    d.point = d.digits.empty() ? 0 : point;
    return d;
}

int rank(Decimal::Class c)
{
    switch (c) {
    case Decimal::Class::NegativeInfinity: return 0;
    case Decimal::Class::Finite: return 1;
    case Decimal::Class::PositiveInfinity: return 2;
    case Decimal::Class::NaN: return 3; // PostgreSQL: NaN equals NaN and sorts above all
    }
    return 1;
}

int compareDecimals(const Decimal &a, const Decimal &b)
{
    if (a.cls != b.cls || a.cls != Decimal::Class::Finite)
        return rank(a.cls) - rank(b.cls);
    if (a.sign() != b.sign())
        return a.sign() - b.sign();
    if (a.sign() == 0)
        return 0;
    int magnitude = 0;
    if (a.point != b.point)
        magnitude = a.point < b.point ? -1 : 1;
    else
        magnitude = a.digits.compare(b.digits) < 0 ? -1 : a.digits == b.digits ? 0 : 1;
    return a.negative ? -magnitude : magnitude;
}

std::optional<double> parseDouble(std::string_view text)
{
    std::string_view s = trimmed(text);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty() || s.front() == '+')
        return std::nullopt;
    double value = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), value);
    if (r.ec == std::errc::result_out_of_range) {
        // Beyond double's range: the sign of an infinity or of zero is what a comparison needs.
        const auto d = parseDecimal(s);
        if (!d)
            return std::nullopt;
        if (d->point > 0)
            return d->negative ? -HUGE_VAL : HUGE_VAL;
        return d->negative ? -0.0 : 0.0;
    }
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        return std::nullopt;
    return value;
}

int compareDoubles(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return int(std::isnan(a)) - int(std::isnan(b));
    return a < b ? -1 : a > b ? 1 : 0;
}

// Date and time as a tuple ordered like the time line: year, month, day, hour, minute, second,
// nanosecond. MySQL's zero dates (0000-00-00, 2024-00-10) order before real ones, as there.
using Instant = std::array<qint64, 7>;

// Reads digits [min, max] long at `s[i]`.
std::optional<qint64> number(std::string_view s, size_t &i, size_t min, size_t max)
{
    const size_t start = i;
    qint64 v = 0;
    while (i < s.size() && isDigit(s[i]) && i - start < max)
        v = v * 10 + (s[i++] - '0');
    if (i - start < min)
        return std::nullopt;
    return v;
}

bool expect(std::string_view s, size_t &i, char c)
{
    if (i < s.size() && s[i] == c) {
        ++i;
        return true;
    }
    return false;
}

// "YYYY-MM-DD" (1- or 2-digit month and day in literals).
bool readDate(std::string_view s, size_t &i, Instant &out)
{
    const auto y = number(s, i, 4, 6);
    if (!y || !expect(s, i, '-'))
        return false;
    const auto m = number(s, i, 1, 2);
    if (!m || !expect(s, i, '-'))
        return false;
    const auto d = number(s, i, 1, 2);
    if (!d || *m > 12 || *d > 31)
        return false;
    out[0] = *y;
    out[1] = *m;
    out[2] = *d;
    return true;
}

// "HH:MM[:SS[.fffffffff]]" into hour, minute, second, nanosecond.
bool readClock(std::string_view s, size_t &i, qint64 &h, qint64 &m, qint64 &sec, qint64 &ns,
               size_t maxHourDigits)
{
    const auto hh = number(s, i, 1, maxHourDigits);
    if (!hh || !expect(s, i, ':'))
        return false;
    const auto mm = number(s, i, 2, 2);
    if (!mm || *mm > 59)
        return false;
    h = *hh;
    m = *mm;
    sec = 0;
    ns = 0;
    if (expect(s, i, ':')) {
        const auto ss = number(s, i, 2, 2);
        if (!ss || *ss > 60)
            return false;
        sec = *ss;
        if (expect(s, i, '.')) {
            const size_t start = i;
            const auto f = number(s, i, 1, 9);
            if (!f)
                return false;
            ns = *f;
            for (size_t k = i - start; k < 9; ++k)
                ns *= 10;
        }
    }
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, qint64 &y, qint64 &m, qint64 &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y = yoe + era * 400 + (m <= 2);
}

enum class Temporal { Date, DateTime, TimestampTz, Time };

// A date, date-time or timestamp in canonical form, or as a literal may spell it: a date alone
// is midnight, 'T' may separate date and time, and a TIMESTAMPTZ literal may end in Z, +HH,
// +HH:MM or +HHMM (converted to UTC; without one it is UTC, the zone Ferry's sessions use).
std::optional<Instant> parseInstant(std::string_view text, Temporal kind)
{
    const std::string_view s = trimmed(text);
    Instant t {};
    size_t i = 0;
    if (kind == Temporal::Time) {
        const bool negative = expect(s, i, '-');
        qint64 h = 0, m = 0, sec = 0, ns = 0;
        if (!readClock(s, i, h, m, sec, ns, 3) || i != s.size())
            return std::nullopt;
        const qint64 total = ((h * 60 + m) * 60 + sec) * 1000000000LL + ns;
        t[0] = negative ? -total : total;
        return t;
    }
    if (!readDate(s, i, t))
        return std::nullopt;
    if (kind == Temporal::Date)
        return i == s.size() ? std::optional<Instant>(t) : std::nullopt;
    if (i < s.size() && (s[i] == ' ' || s[i] == 'T')) {
        ++i;
        if (!readClock(s, i, t[3], t[4], t[5], t[6], 2) || t[3] > 24)
            return std::nullopt;
    }
    if (i == s.size())
        return t;
    if (kind != Temporal::TimestampTz)
        return std::nullopt;
    // The zone: an offset moves the instant to UTC.
    if (s[i] == ' ')
        ++i;
    if (s.substr(i) == "Z" || s.substr(i) == "UTC" || s.substr(i) == "+00" || s.substr(i) == "z")
        return t;
    if (i >= s.size() || (s[i] != '+' && s[i] != '-'))
        return std::nullopt;
    const qint64 sign = s[i++] == '-' ? -1 : 1;
    const auto hh = number(s, i, 2, 2);
    if (!hh)
        return std::nullopt;
    qint64 mm = 0;
    if (i < s.size()) {
        expect(s, i, ':');
        const auto minutes = number(s, i, 2, 2);
        if (!minutes)
            return std::nullopt;
        mm = *minutes;
    }
    if (i != s.size() || *hh > 15 || mm > 59 || t[1] == 0 || t[2] == 0)
        return std::nullopt;
    const qint64 offset = sign * (*hh * 3600 + mm * 60);
    qint64 seconds = daysFromCivil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5];
    seconds -= offset;
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    civilFromDays(days, t[0], t[1], t[2]);
    t[3] = rest / 3600;
    t[4] = rest / 60 % 60;
    t[5] = rest % 60;
    return t;
}

// How one column's values compare, by its TypeKind.
enum class Own {
    Exact, // integers, decimals, booleans, bits, years: exact decimals
    Float32,
    Float64,
    Char, // trailing spaces do not count
    Text,
    Enum, // equality only: PostgreSQL orders enums by declaration, MySQL by label
    Set, // LIKE and IS NULL only: MySQL compares sets by their members
    Binary,
    Uuid,
    Date,
    DateTime,
    TimestampTz,
    Time,
    None, // JSON, intervals, spatial and others: IS NULL only
};

Own ownOf(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Boolean:
    case TypeKind::Integer:
    case TypeKind::Decimal:
    case TypeKind::Bit:
    case TypeKind::Year: return Own::Exact;
    case TypeKind::Float: return Own::Float32;
    case TypeKind::Double: return Own::Float64;
    case TypeKind::Char: return Own::Char;
    case TypeKind::VarChar:
    case TypeKind::Text: return Own::Text;
    case TypeKind::Enum: return Own::Enum;
    case TypeKind::Set: return Own::Set;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: return Own::Binary;
    case TypeKind::Uuid: return Own::Uuid;
    case TypeKind::Date: return Own::Date;
    case TypeKind::DateTime: return Own::DateTime;
    case TypeKind::TimestampTz: return Own::TimestampTz;
    case TypeKind::Time: return Own::Time;
    case TypeKind::Json:
    case TypeKind::Interval:
    case TypeKind::Spatial:
    case TypeKind::Other: return Own::None;
    }
    return Own::None;
}

bool isTextual(Own o)
{
    return o == Own::Char || o == Own::Text || o == Own::Enum || o == Own::Set;
}

// The domain two operands are compared in.
enum class Domain { Exact, Float, Text, Binary, Uuid, Date, DateTime, TimestampTz, Time };

std::optional<Domain> domainOf(Own o)
{
    switch (o) {
    case Own::Exact: return Domain::Exact;
    case Own::Float32:
    case Own::Float64: return Domain::Float;
    case Own::Char:
    case Own::Text:
    case Own::Enum: return Domain::Text;
    case Own::Binary: return Domain::Binary;
    case Own::Uuid: return Domain::Uuid;
    case Own::Date: return Domain::Date;
    case Own::DateTime: return Domain::DateTime;
    case Own::TimestampTz: return Domain::TimestampTz;
    case Own::Time: return Domain::Time;
    case Own::Set:
    case Own::None: return std::nullopt;
    }
    return std::nullopt;
}

using Key = std::variant<Decimal, double, std::string, Instant>;

std::optional<std::string> uuidKey(std::string_view s)
{
    std::string out;
    for (char c : trimmed(s)) {
        if (c == '-' || c == '{' || c == '}')
            continue;
        if (c >= 'A' && c <= 'F')
            c = char(c - 'A' + 'a');
        if (!isDigit(c) && !(c >= 'a' && c <= 'f'))
            return std::nullopt;
        out += c;
    }
    if (out.size() != 32)
        return std::nullopt;
    return out;
}

std::string_view withoutTrailingSpaces(std::string_view s)
{
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// A value (a column's canonical text or a literal's text) as a key of `domain`; `own` says how
// its column reads (Char drops trailing spaces, FLOAT rounds to single precision).
std::optional<Key> keyOf(std::string_view text, Own own, Domain domain)
{
    switch (domain) {
    case Domain::Exact:
        if (auto d = parseDecimal(text))
            return Key(std::move(*d));
        return std::nullopt;
    case Domain::Float:
        if (auto d = parseDouble(text))
            return Key(own == Own::Float32 ? double(float(*d)) : *d);
        return std::nullopt;
    case Domain::Text:
        return Key(std::string(own == Own::Char ? withoutTrailingSpaces(text) : text));
    case Domain::Binary: return Key(std::string(text));
    case Domain::Uuid:
        if (auto u = uuidKey(text))
            return Key(std::move(*u));
        return std::nullopt;
    case Domain::Date:
    case Domain::DateTime:
    case Domain::TimestampTz:
    case Domain::Time: {
        const Temporal t = domain == Domain::Date ? Temporal::Date
            : domain == Domain::DateTime          ? Temporal::DateTime
            : domain == Domain::TimestampTz       ? Temporal::TimestampTz
                                                  : Temporal::Time;
        if (auto i = parseInstant(text, t))
            return Key(*i);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

int compareKeys(const Key &a, const Key &b)
{
    if (const auto *x = std::get_if<Decimal>(&a))
        return compareDecimals(*x, std::get<Decimal>(b));
    if (const auto *x = std::get_if<double>(&a))
        return compareDoubles(*x, std::get<double>(b));
    if (const auto *x = std::get_if<std::string>(&a)) {
        const int c = x->compare(std::get<std::string>(b));
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    const Instant &x = std::get<Instant>(a);
    const Instant &y = std::get<Instant>(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// LIKE

// A pattern as units: a code point (or a byte, for binary columns), any one, any run.
struct Pattern
{
    static constexpr char32_t kOne = 0xFFFFFFFE;
    static constexpr char32_t kMany = 0xFFFFFFFF;
    std::u32string units;
    bool bytes = false;
};

// UTF-8 to code points; a byte that is not part of valid UTF-8 becomes a unit of its own that
// only the same byte matches.
std::u32string codePoints(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int extra = b < 0x80     ? 0
            : (b & 0xE0) == 0xC0 ? 1
            : (b & 0xF0) == 0xE0 ? 2
            : (b & 0xF8) == 0xF0 ? 3
                                 : -1;
        char32_t cp = extra == 0 ? b
            : extra == 1         ? (b & 0x1F)
            : extra == 2         ? (b & 0x0F)
                                 : (b & 0x07);
        bool valid = extra >= 0 && i + size_t(extra) < s.size() + (extra == 0 ? 1 : 0);
        for (int k = 1; valid && k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(s[i + size_t(k)]);
            if ((c & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (c & 0x3F);
        }
        if (!valid || extra < 0) {
            out += char32_t(0x80000000u | b);
            ++i;
            continue;
        }
        out += cp;
        i += size_t(extra) + 1;
    }
    return out;
}

std::u32string byteUnits(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    for (char c : s)
        out += char32_t(static_cast<unsigned char>(c));
    return out;
}

Pattern compilePattern(const std::string &pattern, bool bytes)
{
    Pattern p;
    p.bytes = bytes;
    const std::u32string in = bytes ? byteUnits(pattern) : codePoints(pattern);
    for (size_t i = 0; i < in.size(); ++i) {
        if (in[i] == U'\\' && i + 1 < in.size()) {
            p.units += in[++i];
            continue;
        }
        if (in[i] == U'%') {
            if (p.units.empty() || p.units.back() != Pattern::kMany)
                p.units += Pattern::kMany;
        } else if (in[i] == U'_') {
            p.units += Pattern::kOne;
        } else {
            p.units += in[i];
        }
    }
    return p;
}

bool like(std::string_view value, const Pattern &p)
{
    const std::u32string s = p.bytes ? byteUnits(value) : codePoints(value);
    const std::u32string &u = p.units;
    size_t i = 0, j = 0;
    size_t star = std::u32string::npos, mark = 0;
    while (i < s.size()) {
        if (j < u.size() && u[j] != Pattern::kMany && (u[j] == Pattern::kOne || u[j] == s[i])) {
            ++i;
            ++j;
        } else if (j < u.size() && u[j] == Pattern::kMany) {
            star = j++;
            mark = i;
        } else if (star != std::u32string::npos) {
            j = star + 1;
            i = ++mark;
        } else {
            return false;
        }
    }
    while (j < u.size() && u[j] == Pattern::kMany)
        ++j;
    return j == u.size();
}

// ---------------------------------------------------------------------------------------------
// Tokens and syntax

struct Token
{
    enum class Kind { End, Word, Quoted, Number, String, Symbol };
    Kind kind = Kind::End;
    QString text; // a word or quoted name, a number, a string's value, a symbol
    qsizetype at = 0; // where it starts in the condition
    bool doubleQuoted = false;
};

struct Syntax
{
    enum class Kind {
        Column,
        Number,
        String,
        True,
        False,
        Null,
        Compare,
        IsNull,
        Like,
        And,
        Or,
        Not
    };
    Kind kind = Kind::Null;
    QString text; // a column's name, a literal, a comparison operator
    bool doubleQuoted = false;
    qsizetype at = 0;
    std::vector<Syntax> children;

    bool isValue() const
    {
        return kind == Kind::Column || kind == Kind::Number || kind == Kind::String
            || kind == Kind::True || kind == Kind::False || kind == Kind::Null;
    }
};

// Why a part of the condition is not understood: the part and where it starts.
struct SyntaxError
{
    QString what;
    qsizetype at = 0;
};

template<typename T>
using Parsed = std::expected<T, SyntaxError>;

std::unexpected<SyntaxError> refuse(const QString &what, qsizetype at)
{
    return std::unexpected(SyntaxError {what, at});
}

Parsed<std::vector<Token>> tokenize(const QString &s)
{
    std::vector<Token> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto isWordStart = [](QChar c) {
        return c.isLetter() || c == u'_';
    };
    const auto isWordPart = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'$';
    };
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.at = i;
        if (isWordStart(c)) {
            const qsizetype start = i;
            while (i < n && isWordPart(s[i]))
                ++i;
            t.kind = Token::Kind::Word;
            t.text = s.mid(start, i - start);
        } else if (c == u'`' || c == u'"') {
            t.kind = Token::Kind::Quoted;
            t.doubleQuoted = c == u'"';
            ++i;
            for (;;) {
                if (i >= n)
                    return refuse(Text::tr("the quoted name is not closed"), t.at);
                if (s[i] == c) {
                    if (i + 1 < n && s[i + 1] == c) {
                        t.text += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                t.text += s[i++];
            }
        } else if (c == u'\'') {
            t.kind = Token::Kind::String;
            ++i;
            for (;;) {
                if (i >= n)
                    return refuse(Text::tr("the string is not closed"), t.at);
                if (s[i] == u'\'') {
                    if (i + 1 < n && s[i + 1] == u'\'') {
                        t.text += u'\'';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (s[i] == u'\\') {
                    // MySQL reads \n, \' or \\ as escapes, PostgreSQL as they stand; \% and \_
                    // are the same in both (kept for LIKE to escape).
                    if (i + 1 < n && (s[i + 1] == u'%' || s[i + 1] == u'_')) {
                        t.text += s.mid(i, 2);
                        i += 2;
                        continue;
                    }
                    return refuse(
                        Text::tr("a backslash in a string, which MySQL reads as an escape and "
                                 "PostgreSQL does not,"),
                        i);
                }
                t.text += s[i++];
            }
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && s[i + 1].isDigit())) {
            const qsizetype start = i;
            while (i < n && s[i].isDigit())
                ++i;
            if (i < n && s[i] == u'.') {
                ++i;
                while (i < n && s[i].isDigit())
                    ++i;
            }
            if (i < n && (s[i] == u'e' || s[i] == u'E')) {
                qsizetype k = i + 1;
                if (k < n && (s[k] == u'+' || s[k] == u'-'))
                    ++k;
                if (k < n && s[k].isDigit()) {
                    i = k;
                    while (i < n && s[i].isDigit())
                        ++i;
                }
            }
            if (i < n && isWordPart(s[i]))
                return refuse(Text::tr("the number %1").arg(s.mid(start, i - start + 1)), start);
            t.kind = Token::Kind::Number;
            t.text = s.mid(start, i - start);
        } else {
            t.kind = Token::Kind::Symbol;
            static const QStringList twoChars = {u"<>"_s, u"!="_s, u"<="_s, u">="_s};
            const QString two = s.mid(i, 2);
            if (twoChars.contains(two)) {
                t.text = two;
                i += 2;
            } else {
                t.text = c;
                ++i;
            }
        }
        out.push_back(std::move(t));
    }
    Token end;
    end.at = n;
    out.push_back(end);
    return out;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    Parsed<Syntax> parseAll()
    {
        auto e = parseOr();
        if (!e)
            return e;
        if (peek().kind != Token::Kind::End)
            return unexpected(peek());
        return e;
    }

private:
    const Token &peek(size_t ahead = 0) const
    {
        return m_tokens[std::min(m_at + ahead, m_tokens.size() - 1)];
    }
    Token take() { return m_tokens[std::min(m_at++, m_tokens.size() - 1)]; }

    bool isWord(const Token &t, const char *word) const
    {
        return t.kind == Token::Kind::Word
            && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool takeWord(const char *word)
    {
        if (!isWord(peek(), word))
            return false;
        ++m_at;
        return true;
    }
    bool isSymbol(const Token &t, const char *symbol) const
    {
        return t.kind == Token::Kind::Symbol && t.text == QLatin1String(symbol);
    }

    static std::unexpected<SyntaxError> unexpected(const Token &t)
    {
        switch (t.kind) {
        case Token::Kind::End: return refuse(Text::tr("an unfinished condition"), t.at);
        case Token::Kind::Symbol:
            if (t.text == u"+" || t.text == u"-" || t.text == u"*" || t.text == u"/"
                || t.text == u"%")
                return refuse(u"arithmetic ('%1')"_s.arg(t.text), t.at);
            return refuse(u"'%1'"_s.arg(t.text), t.at);
        case Token::Kind::String: return refuse(Text::tr("the string '%1' here").arg(t.text), t.at);
        case Token::Kind::Number: return refuse(Text::tr("the number %1 here").arg(t.text), t.at);
        case Token::Kind::Quoted:
        case Token::Kind::Word: return refuse(u"'%1'"_s.arg(t.text), t.at);
        }
        return refuse(t.text, t.at);
    }

    static Syntax node(Syntax::Kind kind, qsizetype at, std::vector<Syntax> children = {},
                       const QString &text = {})
    {
        Syntax s;
        s.kind = kind;
        s.at = at;
        s.children = std::move(children);
        s.text = text;
        return s;
    }

    Parsed<Syntax> parseOr()
    {
        auto left = parseAnd();
        if (!left)
            return left;
        while (isWord(peek(), "OR")) {
            const qsizetype at = take().at;
            auto right = parseAnd();
            if (!right)
                return right;
            std::vector<Syntax> kids;
            kids.push_back(std::move(*left));
            kids.push_back(std::move(*right));
            left = node(Syntax::Kind::Or, at, std::move(kids));
        }
        return left;
    }

    Parsed<Syntax> parseAnd()
    {
        auto left = parseNot();
        if (!left)
            return left;
        while (isWord(peek(), "AND")) {
            const qsizetype at = take().at;
            auto right = parseNot();
            if (!right)
                return right;
            std::vector<Syntax> kids;
            kids.push_back(std::move(*left));
            kids.push_back(std::move(*right));
            left = node(Syntax::Kind::And, at, std::move(kids));
        }
        return left;
    }

    Parsed<Syntax> parseNot()
    {
        if (isWord(peek(), "NOT")) {
            const qsizetype at = take().at;
            auto inner = parseNot();
            if (!inner)
                return inner;
            std::vector<Syntax> kids;
            kids.push_back(std::move(*inner));
            return node(Syntax::Kind::Not, at, std::move(kids));
        }
        return parsePredicate();
    }

    static Syntax negated(Syntax s, bool negate)
    {
        if (!negate)
            return s;
        const qsizetype at = s.at;
        std::vector<Syntax> kids;
        kids.push_back(std::move(s));
        return node(Syntax::Kind::Not, at, std::move(kids));
    }

    static Syntax compare(const QString &op, const Syntax &a, const Syntax &b, qsizetype at)
    {
        return node(Syntax::Kind::Compare, at, {a, b}, op);
    }

    Parsed<Syntax> parsePredicate()
    {
        auto left = parseOperand();
        if (!left)
            return left;
        const Token &t = peek();
        static const QStringList comparisons = {u"="_s,  u"<>"_s, u"!="_s, u"<"_s,
                                                u"<="_s, u">"_s,  u">="_s};
        if (t.kind == Token::Kind::Symbol && comparisons.contains(t.text)) {
            const Token op = take();
            auto right = parseOperand();
            if (!right)
                return right;
            if (peek().kind == Token::Kind::Symbol && comparisons.contains(peek().text))
                return refuse(
                    Text::tr("a chained comparison ('%1' after '%2')").arg(peek().text, op.text),
                    peek().at);
            return compare(op.text == u"!=" ? u"<>"_s : op.text, *left, *right, left->at);
        }
        if (isWord(t, "IS")) {
            const qsizetype at = take().at;
            const bool isNot = takeWord("NOT");
            if (!takeWord("NULL"))
                return refuse(u"IS %1%2"_s.arg(isNot ? u"NOT "_s : QString(), peek().text),
                              peek().at);
            std::vector<Syntax> kids;
            kids.push_back(std::move(*left));
            return negated(node(Syntax::Kind::IsNull, at, std::move(kids)), isNot);
        }
        bool negate = false;
        if (isWord(t, "NOT")
            && (isWord(peek(1), "IN") || isWord(peek(1), "BETWEEN") || isWord(peek(1), "LIKE"))) {
            take();
            negate = true;
        }
        if (isWord(peek(), "IN")) {
            const qsizetype at = take().at;
            if (!isSymbol(peek(), "("))
                return refuse(Text::tr("IN without a parenthesised list"), peek().at);
            take();
            if (isWord(peek(), "SELECT") || isWord(peek(), "WITH"))
                return refuse(Text::tr("a subquery"), peek().at);
            std::vector<Syntax> alternatives;
            for (;;) {
                auto item = parseOperand();
                if (!item)
                    return item;
                alternatives.push_back(compare(u"="_s, *left, *item, item->at));
                if (isSymbol(peek(), ",")) {
                    take();
                    continue;
                }
                if (isSymbol(peek(), ")")) {
                    take();
                    break;
                }
                return unexpected(peek());
            }
            // x IN (a, b) is x = a OR x = b, NULLs included (SQL defines it so).
            Syntax any = std::move(alternatives.front());
            for (size_t k = 1; k < alternatives.size(); ++k) {
                std::vector<Syntax> kids;
                kids.push_back(std::move(any));
                kids.push_back(std::move(alternatives[k]));
                any = node(Syntax::Kind::Or, at, std::move(kids));
            }
            return negated(std::move(any), negate);
        }
        if (isWord(peek(), "BETWEEN")) {
            const qsizetype at = take().at;
            if (isWord(peek(), "SYMMETRIC") || isWord(peek(), "ASYMMETRIC"))
                return refuse(u"BETWEEN %1"_s.arg(peek().text.toUpper()), peek().at);
            auto low = parseOperand();
            if (!low)
                return low;
            if (!takeWord("AND"))
                return refuse(u"BETWEEN without AND"_s, peek().at);
            auto high = parseOperand();
            if (!high)
                return high;
            // x BETWEEN a AND b is x >= a AND x <= b.
            return negated(
                node(Syntax::Kind::And, at,
                     {compare(u">="_s, *left, *low, at), compare(u"<="_s, *left, *high, at)}),
                negate);
        }
        if (isWord(peek(), "LIKE")) {
            const qsizetype at = take().at;
            auto pattern = parseOperand();
            if (!pattern)
                return pattern;
            if (isWord(peek(), "ESCAPE"))
                return refuse(u"LIKE ... ESCAPE"_s, peek().at);
            std::vector<Syntax> kids;
            kids.push_back(std::move(*left));
            kids.push_back(std::move(*pattern));
            return negated(node(Syntax::Kind::Like, at, std::move(kids)), negate);
        }
        return left;
    }

    Parsed<Syntax> parseOperand()
    {
        const Token t = peek();
        switch (t.kind) {
        case Token::Kind::End: return unexpected(t);
        case Token::Kind::Number: take(); return node(Syntax::Kind::Number, t.at, {}, t.text);
        case Token::Kind::String: take(); return node(Syntax::Kind::String, t.at, {}, t.text);
        case Token::Kind::Quoted: {
            take();
            if (isSymbol(peek(), "("))
                return refuse(Text::tr("the function %1(...)").arg(t.text), t.at);
            Syntax s = node(Syntax::Kind::Column, t.at, {}, t.text);
            s.doubleQuoted = t.doubleQuoted;
            return s;
        }
        case Token::Kind::Symbol:
            if (t.text == u"(") {
                take();
                if (isWord(peek(), "SELECT") || isWord(peek(), "WITH"))
                    return refuse(Text::tr("a subquery"), peek().at);
                auto inner = parseOr();
                if (!inner)
                    return inner;
                if (!isSymbol(peek(), ")"))
                    return isSymbol(peek(), ",") ? refuse(Text::tr("a row value (a, b, ...)"), t.at)
                                                 : unexpected(peek());
                take();
                return inner;
            }
            if ((t.text == u"-" || t.text == u"+") && peek(1).kind == Token::Kind::Number) {
                take();
                const Token number = take();
                return node(Syntax::Kind::Number, t.at, {},
                            t.text == u"-" ? u"-"_s + number.text : number.text);
            }
            return unexpected(t);
        case Token::Kind::Word: break;
        }
        take();
        if (isWord(t, "TRUE"))
            return node(Syntax::Kind::True, t.at);
        if (isWord(t, "FALSE"))
            return node(Syntax::Kind::False, t.at);
        if (isWord(t, "NULL"))
            return node(Syntax::Kind::Null, t.at);
        if (isWord(t, "SELECT") || isWord(t, "EXISTS"))
            return refuse(Text::tr("a subquery"), t.at);
        if (isWord(t, "CASE"))
            return refuse(u"CASE"_s, t.at);
        for (const char *keyword :
             {"AND", "OR", "NOT", "IS", "IN", "BETWEEN", "LIKE", "ESCAPE", "INTERVAL"})
            if (isWord(t, keyword))
                return refuse(u"'%1' here"_s.arg(t.text), t.at);
        if (isSymbol(peek(), "("))
            return refuse(Text::tr("the function %1(...)").arg(t.text), t.at);
        if (peek().kind == Token::Kind::String)
            return refuse(Text::tr("the typed literal %1 '...'").arg(t.text), t.at);
        if (isSymbol(peek(), ".") && peek(1).kind != Token::Kind::End)
            return refuse(Text::tr("the qualified name %1.%2").arg(t.text, peek(1).text), t.at);
        return node(Syntax::Kind::Column, t.at, {}, t.text);
    }

    std::vector<Token> m_tokens;
    size_t m_at = 0;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// The compiled condition

struct RowFilter::Program
{
    struct Operand
    {
        int column = -1; // -1: a literal
        Own own = Own::None; // the column's
        Key literal; // a literal's key in the comparison's domain
        bool null = false; // the literal NULL
    };
    struct Node
    {
        enum class Kind { Constant, And, Or, Not, Compare, IsNull, Like, Truth };
        Kind kind = Kind::Constant;
        Tri constant = Tri::Unknown;
        int left = -1, right = -1; // child nodes (And, Or, Not)
        Cmp op = Cmp::Eq; // Compare
        Domain domain = Domain::Exact;
        Operand a, b;
        Pattern pattern;
    };
    std::vector<Node> nodes;
    int root = -1;
    QStringList textColumns;

    // A cell: null when unknown (not sent, or past the image), else the value (std::nullopt:
    // SQL NULL).
    static const std::optional<std::string> *cell(const RowImage &row, int column)
    {
        const auto c = size_t(column);
        if (c >= row.values.size() || !row.isPresent(c))
            return nullptr;
        return &row.values[c];
    }

    // An operand's key: nullopt for NULL or unknown (the comparison is unknown either way),
    // and for a value that does not read in its column's canonical form.
    static std::optional<Key> operandKey(const Operand &o, Domain domain, const RowImage &row)
    {
        if (o.column < 0) {
            if (o.null)
                return std::nullopt;
            return o.literal;
        }
        const auto *c = cell(row, o.column);
        if (!c || !*c)
            return std::nullopt;
        return keyOf(**c, o.own, domain);
    }

    Tri eval(int index, const RowImage &row) const
    {
        const Node &n = nodes[size_t(index)];
        switch (n.kind) {
        case Node::Kind::Constant: return n.constant;
        case Node::Kind::Not: return negate(eval(n.left, row));
        case Node::Kind::And: {
            const Tri a = eval(n.left, row);
            if (a == Tri::False)
                return Tri::False;
            const Tri b = eval(n.right, row);
            if (b == Tri::False)
                return Tri::False;
            return a == Tri::True && b == Tri::True ? Tri::True : Tri::Unknown;
        }
        case Node::Kind::Or: {
            const Tri a = eval(n.left, row);
            if (a == Tri::True)
                return Tri::True;
            const Tri b = eval(n.right, row);
            if (b == Tri::True)
                return Tri::True;
            return a == Tri::False && b == Tri::False ? Tri::False : Tri::Unknown;
        }
        case Node::Kind::IsNull: {
            const auto *c = cell(row, n.a.column);
            if (!c)
                return Tri::Unknown;
            return *c ? Tri::False : Tri::True;
        }
        case Node::Kind::Truth: {
            const auto key = operandKey(n.a, n.domain, row);
            if (!key)
                return Tri::Unknown;
            const int zero = n.domain == Domain::Exact
                ? compareDecimals(std::get<Decimal>(*key), Decimal())
                : compareDoubles(std::get<double>(*key), 0.0);
            return zero != 0 ? Tri::True : Tri::False;
        }
        case Node::Kind::Like: {
            std::string subject;
            if (n.a.column < 0) {
                if (n.a.null)
                    return Tri::Unknown;
                subject = std::get<std::string>(n.a.literal);
            } else {
                const auto *c = cell(row, n.a.column);
                if (!c || !*c)
                    return Tri::Unknown;
                subject = n.a.own == Own::Char ? std::string(withoutTrailingSpaces(**c)) : **c;
            }
            return like(subject, n.pattern) ? Tri::True : Tri::False;
        }
        case Node::Kind::Compare: {
            const auto a = operandKey(n.a, n.domain, row);
            if (!a)
                return Tri::Unknown;
            const auto b = operandKey(n.b, n.domain, row);
            if (!b)
                return Tri::Unknown;
            const int c = compareKeys(*a, *b);
            bool r = false;
            switch (n.op) {
            case Cmp::Eq: r = c == 0; break;
            case Cmp::Ne: r = c != 0; break;
            case Cmp::Lt: r = c < 0; break;
            case Cmp::Le: r = c <= 0; break;
            case Cmp::Gt: r = c > 0; break;
            case Cmp::Ge: r = c >= 0; break;
            }
            return r ? Tri::True : Tri::False;
        }
        }
        return Tri::Unknown;
    }
};

namespace {

// Turns the syntax into nodes, checking what each comparison can mean for the columns' types.
class Compiler
{
public:
    using Program = RowFilter::Program;

    Compiler(const QList<Column> &columns, Program &program)
        : m_columns(columns)
        , m_program(program)
    { }

    Parsed<int> predicate(const Syntax &s)
    {
        using K = Syntax::Kind;
        switch (s.kind) {
        case K::And:
        case K::Or: {
            auto a = predicate(s.children[0]);
            if (!a)
                return a;
            auto b = predicate(s.children[1]);
            if (!b)
                return b;
            Program::Node n;
            n.kind = s.kind == K::And ? Program::Node::Kind::And : Program::Node::Kind::Or;
            n.left = *a;
            n.right = *b;
            return add(std::move(n));
        }
        case K::Not: {
            auto a = predicate(s.children[0]);
            if (!a)
                return a;
            Program::Node n;
            n.kind = Program::Node::Kind::Not;
            n.left = *a;
            return add(std::move(n));
        }
        case K::IsNull: return isNull(s.children[0]);
        case K::Compare: return comparison(s);
        case K::Like: return like(s);
        case K::True: return constant(Tri::True);
        case K::False: return constant(Tri::False);
        case K::Null: return constant(Tri::Unknown);
        case K::Number: {
            const auto d = parseDecimal(s.text.toStdString());
            if (!d)
                return refuse(Text::tr("the number %1").arg(s.text), s.at);
            return constant(d->sign() != 0 ? Tri::True : Tri::False);
        }
        case K::String: return refuse(Text::tr("the string '%1' as a condition").arg(s.text), s.at);
        case K::Column: {
            auto column = find(s);
            if (!column)
                return std::unexpected(column.error());
            const Column &c = m_columns[*column];
            const Own own = ownOf(c.type.kind);
            if (own != Own::Exact && own != Own::Float32 && own != Own::Float64)
                return refuse(
                    Text::tr("the %1 column %2 as a condition").arg(c.type.describe(), c.name),
                    s.at);
            Program::Node n;
            n.kind = Program::Node::Kind::Truth;
            n.domain = own == Own::Exact ? Domain::Exact : Domain::Float;
            n.a.column = *column;
            n.a.own = own;
            return add(std::move(n));
        }
        }
        return refuse(Text::tr("this part"), s.at);
    }

private:
    int add(Program::Node n)
    {
        m_program.nodes.push_back(std::move(n));
        return int(m_program.nodes.size()) - 1;
    }

    int constant(Tri t)
    {
        Program::Node n;
        n.kind = Program::Node::Kind::Constant;
        n.constant = t;
        return add(std::move(n));
    }

    // The column a name means: its exact spelling first, else the only one that differs in
    // case alone (MySQL names columns case-insensitively, PostgreSQL folds plain names).
    Parsed<int> find(const Syntax &s) const
    {
        for (int i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].name == s.text)
                return i;
        int found = -1;
        for (int i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].name.compare(s.text, Qt::CaseInsensitive) == 0) {
                if (found >= 0)
                    return refuse(Text::tr("the name %1 (it matches columns %2 and %3 alike)")
                                      .arg(s.text, m_columns[found].name, m_columns[i].name),
                                  s.at);
                found = i;
            }
        if (found >= 0)
            return found;
        return refuse(s.doubleQuoted ? Text::tr("\"%1\" (not a column of the table; MySQL reads a "
                                                "double-quoted word as a string: write '%1')")
                                           .arg(s.text)
                                     : Text::tr("%1 (not a column of the table)").arg(s.text),
                      s.at);
    }

    void noteText(int column)
    {
        const Column &c = m_columns[column];
        if (isTextual(ownOf(c.type.kind)) && !m_program.textColumns.contains(c.name))
            m_program.textColumns.append(c.name);
    }

    Parsed<int> isNull(const Syntax &value)
    {
        if (!value.isValue())
            return refuse(Text::tr("IS NULL on a condition"), value.at);
        if (value.kind != Syntax::Kind::Column)
            return constant(value.kind == Syntax::Kind::Null ? Tri::True : Tri::False);
        auto column = find(value);
        if (!column)
            return std::unexpected(column.error());
        Program::Node n;
        n.kind = Program::Node::Kind::IsNull;
        n.a.column = *column;
        return add(std::move(n));
    }

    // What a literal is, for messages.
    static QString literalText(const Syntax &s)
    {
        switch (s.kind) {
        case Syntax::Kind::String: return u"'%1'"_s.arg(s.text);
        case Syntax::Kind::True: return u"TRUE"_s;
        case Syntax::Kind::False: return u"FALSE"_s;
        default: return s.text;
        }
    }

    // A literal as a key of `domain`, read as a column of kind `own` would compare it.
    Parsed<Key> literalKey(const Syntax &s, Own own, Domain domain, const QString &against)
    {
        std::string text;
        switch (s.kind) {
        case Syntax::Kind::True: text = "1"; break;
        case Syntax::Kind::False: text = "0"; break;
        default: text = s.text.toStdString(); break;
        }
        const bool numeric = domain == Domain::Exact || domain == Domain::Float;
        const bool isString = s.kind == Syntax::Kind::String;
        if (!numeric && !isString)
            return refuse(Text::tr("%1 compared with the %2 (it needs a quoted value)")
                              .arg(literalText(s), against),
                          s.at);
        auto key = keyOf(text, own == Own::Char ? Own::Char : Own::Text, domain);
        if (!key)
            return refuse(Text::tr("%1 compared with the %2 (not a value of its type)")
                              .arg(literalText(s), against),
                          s.at);
        return *key;
    }

    // The domain two columns compare in, or nullopt when their types do not compare simply.
    static std::optional<Domain> commonDomain(Own a, Own b)
    {
        const auto da = domainOf(a);
        const auto db = domainOf(b);
        if (!da || !db)
            return std::nullopt;
        if ((*da == Domain::Exact || *da == Domain::Float)
            && (*db == Domain::Exact || *db == Domain::Float))
            return *da == Domain::Exact && *db == Domain::Exact ? Domain::Exact : Domain::Float;
        if (*da == *db)
            return da;
        return std::nullopt;
    }

    Parsed<int> comparison(const Syntax &s)
    {
        const Syntax &x = s.children[0];
        const Syntax &y = s.children[1];
        for (const Syntax *side : {&x, &y})
            if (!side->isValue())
                return refuse(Text::tr("a comparison of a condition ('%1')").arg(s.text), side->at);
        const bool ordering = s.text != u"=" && s.text != u"<>";
        Program::Node n;
        n.kind = Program::Node::Kind::Compare;
        QString op = s.text;
        if (x.kind == Syntax::Kind::Null || y.kind == Syntax::Kind::Null)
            return constant(Tri::Unknown); // = NULL is never true
        const bool xColumn = x.kind == Syntax::Kind::Column;
        const bool yColumn = y.kind == Syntax::Kind::Column;
        if (!xColumn && !yColumn) {
            const bool xText = x.kind == Syntax::Kind::String;
            const bool yText = y.kind == Syntax::Kind::String;
            if (xText != yText)
                return refuse(u"%1 %2 %3"_s.arg(literalText(x), s.text, literalText(y)), s.at);
            n.op = cmpOf(op);
            n.domain = xText ? Domain::Text : Domain::Exact;
            auto a = literalKey(x, Own::Text, n.domain, literalText(y));
            auto b = literalKey(y, Own::Text, n.domain, literalText(x));
            if (!a)
                return std::unexpected(a.error());
            if (!b)
                return std::unexpected(b.error());
            n.a.literal = *a;
            n.b.literal = *b;
            return add(std::move(n));
        }
        // The column on the left; a literal on the right.
        const Syntax &first = xColumn ? x : y;
        const Syntax &second = xColumn ? y : x;
        if (!xColumn) {
            static const QHash<QString, QString> mirrored = {
                {u"<"_s, u">"_s}, {u"<="_s, u">="_s}, {u">"_s, u"<"_s}, {u">="_s, u"<="_s}};
            op = mirrored.value(op, op);
        }
        n.op = cmpOf(op);
        auto column = find(first);
        if (!column)
            return std::unexpected(column.error());
        const Column &c = m_columns[*column];
        const Own own = ownOf(c.type.kind);
        const QString described = Text::tr("%1 column %2").arg(c.type.describe(), c.name);
        n.a.column = *column;
        n.a.own = own;
        if (!domainOf(own))
            return refuse(Text::tr("a comparison of the %1").arg(described), first.at);
        if (ordering && own == Own::Enum)
            return refuse(Text::tr("'%1' on the %2 (enum order differs between engines)")
                              .arg(s.text, described),
                          s.at);
        noteText(*column);
        if (second.kind == Syntax::Kind::Column) {
            auto other = find(second);
            if (!other)
                return std::unexpected(other.error());
            const Column &o = m_columns[*other];
            const Own otherOwn = ownOf(o.type.kind);
            const auto domain = commonDomain(own, otherOwn);
            if (!domain)
                return refuse(Text::tr("a comparison of the %1 with the %2 column %3")
                                  .arg(described, o.type.describe(), o.name),
                              s.at);
            if (ordering && otherOwn == Own::Enum)
                return refuse(Text::tr("'%1' on the %2 column %3 (enum order differs between "
                                       "engines)")
                                  .arg(s.text, o.type.describe(), o.name),
                              s.at);
            noteText(*other);
            n.domain = *domain;
            n.b.column = *other;
            n.b.own = otherOwn;
            return add(std::move(n));
        }
        n.domain = *domainOf(own);
        auto key = literalKey(second, own, n.domain, described);
        if (!key)
            return std::unexpected(key.error());
        n.b.literal = *key;
        return add(std::move(n));
    }

    Parsed<int> like(const Syntax &s)
    {
        const Syntax &subject = s.children[0];
        const Syntax &pattern = s.children[1];
        if (pattern.kind == Syntax::Kind::Null || subject.kind == Syntax::Kind::Null)
            return constant(Tri::Unknown);
        if (pattern.kind != Syntax::Kind::String)
            return refuse(Text::tr("LIKE with a pattern that is not a quoted string"), pattern.at);
        Program::Node n;
        n.kind = Program::Node::Kind::Like;
        bool bytes = false;
        if (subject.kind == Syntax::Kind::String) {
            n.a.literal = subject.text.toStdString();
        } else if (subject.kind == Syntax::Kind::Column) {
            auto column = find(subject);
            if (!column)
                return std::unexpected(column.error());
            const Column &c = m_columns[*column];
            const Own own = ownOf(c.type.kind);
            if (!isTextual(own) && own != Own::Binary)
                return refuse(Text::tr("LIKE on the %1 column %2").arg(c.type.describe(), c.name),
                              subject.at);
            noteText(*column);
            n.a.column = *column;
            n.a.own = own;
            bytes = own == Own::Binary;
        } else {
            return refuse(Text::tr("LIKE on %1").arg(literalText(subject)), subject.at);
        }
        n.pattern = compilePattern(pattern.text.toStdString(), bytes);
        return add(std::move(n));
    }

    const QList<Column> &m_columns;
    Program &m_program;
};

} // namespace

Result<RowFilter> RowFilter::parse(const QString &condition, const QList<Column> &columns,
                                   const QString &table)
{
    RowFilter filter;
    if (condition.trimmed().isEmpty())
        return filter;
    const auto refused = [&](const SyntaxError &e) {
        QString near = condition.mid(e.at).simplified();
        if (near.size() > 40)
            near = near.left(37) + u"..."_s;
        const QString where =
            near.isEmpty() ? Text::tr("at the end") : Text::tr("at \"%1\"").arg(near);
        return fail(
            Error::Code::Unsupported,
            Text::tr("the row filter of %1 (%2) cannot be applied to captured changes: %3 is "
                     "not understood (%4)")
                .arg(table, condition.simplified(), e.what, where),
            Text::tr("Simplify the filter to comparisons, IN, BETWEEN, LIKE and IS NULL on "
                     "columns and literals (see docs/project-file.md), or take %1 out of the "
                     "incremental step (exclude it, or move it to a project without "
                     "\"incremental\").")
                .arg(table),
            table);
    };
    auto tokens = tokenize(condition);
    if (!tokens)
        return refused(tokens.error());
    auto syntax = Parser(std::move(*tokens)).parseAll();
    if (!syntax)
        return refused(syntax.error());
    auto program = std::make_shared<Program>();
    auto root = Compiler(columns, *program).predicate(*syntax);
    if (!root)
        return refused(root.error());
    program->root = *root;
    filter.m_program = std::move(program);
    return filter;
}

RowFilter::RowFilter() = default;
RowFilter::~RowFilter() = default;
RowFilter::RowFilter(const RowFilter &) = default;
RowFilter &RowFilter::operator=(const RowFilter &) = default;

bool RowFilter::matches(const RowImage &row) const
{
    return !m_program || m_program->eval(m_program->root, row) == Tri::True;
}

bool RowFilter::isEmpty() const
{
    return !m_program;
}

QStringList RowFilter::textColumns() const
{
    return m_program ? m_program->textColumns : QStringList();
}

} // namespace ferry

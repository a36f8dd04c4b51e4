#include "canonical.h"

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ferry::canonical {

std::string formatDouble(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string formatFloat(float value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string toHex(std::string_view bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.resize(bytes.size() * 2);
    for (size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[2 * i] = digits[b >> 4];
        out[2 * i + 1] = digits[b & 0xf];
    }
    return out;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<std::string> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    std::string out;
    out.resize(hex.size() / 2);
    for (size_t i = 0; i < out.size(); ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = char((hi << 4) | lo);
    }
    return out;
}

std::string bitBytesToDecimal(std::string_view bytes)
{
    unsigned long long v = 0;
    for (char c : bytes)
        v = (v << 8) | static_cast<unsigned char>(c);
    return std::to_string(v);
}

std::optional<std::string> bitStringToDecimal(std::string_view bits)
{
    if (bits.size() > 64)
        return std::nullopt;
    unsigned long long v = 0;
    for (char c : bits) {
        if (c != '0' && c != '1')
            return std::nullopt;
        v = (v << 1) | unsigned(c - '0');
    }
    return std::to_string(v);
}

std::optional<std::string> decimalToBitString(std::string_view decimal, int width)
{
    unsigned long long v = 0;
    const auto result = std::from_chars(decimal.data(), decimal.data() + decimal.size(), v);
    if (result.ec != std::errc() || result.ptr != decimal.data() + decimal.size())
        return std::nullopt;
    if (width < 64 && (v >> width) != 0)
        return std::nullopt;
    std::string out(size_t(width), '0');
    for (int i = 0; i < width; ++i)
        if (v & (1ULL << i))
            out[size_t(width - 1 - i)] = '1';
    return out;
}

bool isZeroDate(std::string_view v)
{
    // YYYY-MM-DD...: zero year with zero month or day, or any zero month/day.
    if (v.size() < 10 || v[4] != '-' || v[7] != '-')
        return false;
    const bool zeroMonth = v[5] == '0' && v[6] == '0';
    const bool zeroDay = v[8] == '0' && v[9] == '0';
    return zeroMonth || zeroDay;
}

bool isValidUtf8(std::string_view s)
{
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        unsigned int cp;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + size_t(extra) >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + size_t(k)]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += size_t(extra) + 1;
    }
    return true;
}

QString preview(std::string_view value, bool binary, int max)
{
    if (binary || !isValidUtf8(value)) {
        const std::string hex = toHex(value.substr(0, size_t(max / 2)));
        QString s = u"0x"_s + QString::fromLatin1(hex.data(), qsizetype(hex.size()));
        if (value.size() > size_t(max / 2))
            s += u"…"_s;
        return s;
    }
    QString s = QString::fromUtf8(value.data(), qsizetype(value.size()));
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (c == u'\0')
            out += u"\\0"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else
            out += c;
        if (out.size() >= max) {
            out += u"…"_s;
            break;
        }
    }
    return u'\'' + out + u'\'';
}

} // namespace ferry::canonical

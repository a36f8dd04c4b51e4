#include "postgresqlcopytext.h"

#include "values/spatial.h"

#include <charconv>
#include <cstring>

namespace ferry::pgcopy {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpecialFloat(const char *data, size_t size)
{
    const std::string_view v(data, size);
    return v == "Infinity" || v == "-Infinity" || v == "NaN";
}

template<typename F>
size_t reformatFloat(char *data, size_t size)
{
    if (isSpecialFloat(data, size))
        return size;
    F value {};
    const auto parsed = std::from_chars(data, data + size, value);
    if (parsed.ec != std::errc() || parsed.ptr != data + size)
        return npos;
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    const size_t n = size_t(written.ptr - buffer);
    if (n > size + kDecodeSlack)
        return npos;
    std::memcpy(data, buffer, n);
    return n;
}

// Length of the UTF-8 sequence starting at p (lead byte >= 0x80), 0 when invalid. Rejects
// overlong forms, surrogates and code points above U+10FFFF, as PostgreSQL does.
size_t utf8Sequence(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const size_t left = size_t(end - p);
    if (c >= 0xc2 && c <= 0xdf)
        return left >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if (left < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
            return 0;
        if (c == 0xe0 && p[1] < 0xa0)
            return 0; // overlong
        if (c == 0xed && p[1] >= 0xa0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (left < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
            return 0;
        if (c == 0xf0 && p[1] < 0x90)
            return 0; // overlong
        if (c == 0xf4 && p[1] >= 0x90)
            return 0; // above U+10FFFF
        return 4;
    }
    return 0;
}

// Bytes below 0x80 that COPY text escapes (or refuses): 1 = escape, 2 = NUL.
struct AsciiClass
{
    unsigned char cls[128] {};
    constexpr AsciiClass()
    {
        cls[0] = 2;
        cls[int('\\')] = 1;
        cls[int('\t')] = 1;
        cls[int('\n')] = 1;
        cls[int('\r')] = 1;
    }
};
constexpr AsciiClass kAscii;

} // namespace

Decode decodeFor(const ColumnType &type)
{
    switch (type.kind) {
    case TypeKind::Boolean: return Decode::Boolean;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: return Decode::Bytea;
    case TypeKind::TimestampTz: return Decode::TimestampTz;
    case TypeKind::Bit: return Decode::Bit;
    case TypeKind::Float: return Decode::Float4;
    case TypeKind::Double: return Decode::Float8;
    case TypeKind::Spatial: return Decode::Geometry;
    default: return Decode::Identity;
    }
}

size_t decode(Decode kind, char *data, size_t size)
{
    switch (kind) {
    case Decode::Identity: return size;
    case Decode::Boolean:
        if (size != 1 || (data[0] != 't' && data[0] != 'f'))
            return npos;
        data[0] = data[0] == 't' ? '1' : '0';
        return 1;
    case Decode::Bytea: {
        if (size < 2 || data[0] != '\\' || data[1] != 'x' || size % 2 != 0)
            return npos;
        const size_t n = (size - 2) / 2;
        for (size_t i = 0; i < n; ++i) {
            const int hi = hexValue(data[2 + 2 * i]);
            const int lo = hexValue(data[3 + 2 * i]);
            if (hi < 0 || lo < 0)
                return npos;
            data[i] = char((hi << 4) | lo); // i < 2 + 2i: never overwrites unread input
        }
        return n;
    }
    case Decode::Geometry: {
        // Hex EWKB, upper case, no prefix: 2n digits become n bytes, and the canonical form
        // is at most 4 bytes longer than the EWKB (an EWKB without SRID gains the 4-byte 0).
        if (size % 2 != 0 || size < 10)
            return npos;
        const size_t n = size / 2;
        for (size_t i = 0; i < n; ++i) {
            const int hi = hexValue(data[2 * i]);
            const int lo = hexValue(data[2 * i + 1]);
            if (hi < 0 || lo < 0)
                return npos;
            data[i] = char((hi << 4) | lo);
        }
        const auto canonical = spatial::fromEwkb(std::string_view(data, n));
        if (!canonical || canonical->size() > size + kDecodeSlack)
            return npos;
        std::memcpy(data, canonical->data(), canonical->size());
        return canonical->size();
    }
    case Decode::TimestampTz: {
        // The session runs in UTC, so every value prints "+00": "... 10:00:00+00", "... +00 BC".
        const void *plus = std::memchr(data, '+', size);
        if (!plus)
            return size; // infinity, -infinity
        const size_t at = size_t(static_cast<const char *>(plus) - data);
        if (at + 3 > size || data[at + 1] != '0' || data[at + 2] != '0'
            || (at + 3 < size && data[at + 3] != ' '))
            return npos;
        std::memmove(data + at, data + at + 3, size - at - 3);
        return size - 3;
    }
    case Decode::Bit: {
        if (size > 64)
            return npos;
        unsigned long long v = 0;
        for (size_t i = 0; i < size; ++i) {
            if (data[i] != '0' && data[i] != '1')
                return npos;
            v = (v << 1) | unsigned(data[i] - '0');
        }
        const auto written = std::to_chars(data, data + size + kDecodeSlack, v);
        return size_t(written.ptr - data);
    }
    case Decode::Float4: return reformatFloat<float>(data, size);
    case Decode::Float8: return reformatFloat<double>(data, size);
    }
    return size;
}

size_t unescape(const char *in, size_t size, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < size; ++i) {
        const char c = in[i];
        if (c != '\\' || i + 1 == size) {
            out[o++] = c;
            continue;
        }
        const char e = in[++i];
        switch (e) {
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = '\v'; break;
        case 'x':
            if (i + 1 < size && hexValue(in[i + 1]) >= 0) {
                int v = hexValue(in[++i]);
                if (i + 1 < size && hexValue(in[i + 1]) >= 0)
                    v = (v << 4) | hexValue(in[++i]);
                out[o++] = char(v);
            } else {
                out[o++] = 'x';
            }
            break;
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i + 1 < size && in[i + 1] >= '0' && in[i + 1] <= '7'; ++k)
                    v = (v << 3) | (in[++i] - '0');
                out[o++] = char(v & 0xff);
            } else {
                out[o++] = e; // \\ and any other escaped character stand for themselves
            }
        }
    }
    return o;
}

size_t encodeText(std::string_view value, char *out, TextError &error)
{
    const auto *p = reinterpret_cast<const unsigned char *>(value.data());
    const auto *end = p + value.size();
    char *o = out;
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            const unsigned char cls = kAscii.cls[c];
            if (cls == 0) {
                *o++ = char(c);
                ++p;
                continue;
            }
            if (cls == 2) {
                error = TextError::NulByte;
                return size_t(o - out);
            }
            *o++ = '\\';
            *o++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
            ++p;
            continue;
        }
        const size_t n = utf8Sequence(p, end);
        if (n == 0) {
            error = TextError::InvalidUtf8;
            return size_t(o - out);
        }
        std::memcpy(o, p, n);
        o += n;
        p += n;
    }
    error = TextError::None;
    return size_t(o - out);
}

size_t encodeBytea(std::string_view value, char *out)
{
    static const char digits[] = "0123456789abcdef";
    out[0] = '\\';
    out[1] = '\\';
    out[2] = 'x';
    char *o = out + 3;
    for (const char ch : value) {
        const auto b = static_cast<unsigned char>(ch);
        *o++ = digits[b >> 4];
        *o++ = digits[b & 0xf];
    }
    return size_t(o - out);
}

} // namespace ferry::pgcopy

#pragma once

#include "schema/columntype.h"

#include <cstddef>
#include <string_view>

// PostgreSQL's COPY text format and text output, to and from canonical values
// (values/canonical.h): the byte-level codecs of the PostgreSQL reader and writer. No
// allocation per value; any thread.
namespace ferry::pgcopy {

// How PostgreSQL's text output of a column becomes canonical, by the column's kind.
enum class Decode : unsigned char {
    Identity, // text, numbers, dates, json, uuid, interval, ...
    Boolean, // t/f -> 1/0
    Bytea, // \x0102 -> raw bytes
    TimestampTz, // "2024-01-01 10:00:00.5+00" -> without the +00 (the session is UTC)
    Bit, // "0101" -> "5"
    Float4, // PostgreSQL's shortest text -> canonical::formatFloat's ("100000000000000" -> "1e+14")
    Float8,
    Geometry, // PostGIS hex EWKB -> the canonical SRID + WKB (values/spatial.h)
};
Decode decodeFor(const ColumnType &type);

// Bytes decode() may write beyond the input's size (a float's canonical text can be longer
// than PostgreSQL's for a few values).
constexpr size_t kDecodeSlack = 32;

// Rewrites `size` bytes of text output at `data` into canonical form in place; the buffer has
// room for size + kDecodeSlack bytes. Returns the new size, or npos when the text is not what
// the kind's output function prints.
size_t decode(Decode kind, char *data, size_t size);
constexpr size_t npos = size_t(-1);

// Undoes COPY text escaping (\\ \t \n \r \b \f \v, \NNN octal, \xHH) of one field into `out`
// (room for `size` bytes). Returns the bytes written.
size_t unescape(const char *field, size_t size, char *out);

// Why encodeText() refused a value.
enum class TextError { None, NulByte, InvalidUtf8 };

// Appends `value` as a COPY text field (\\ \t \n \r escaped) at `out`, which has room for
// 2 * value.size() bytes. Refuses NUL bytes and invalid UTF-8, which PostgreSQL text cannot
// hold. Returns the bytes written; `error` says why nothing usable was written.
size_t encodeText(std::string_view value, char *out, TextError &error);

// Appends `value` as a bytea COPY text field ("\\x" + hex) at `out`, which has room for
// 3 + 2 * value.size() bytes. Returns the bytes written.
size_t encodeBytea(std::string_view value, char *out);

} // namespace ferry::pgcopy

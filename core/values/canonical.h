#pragma once

#include "schema/columntype.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace ferry {

// The canonical text form of a value: what every TableReader produces and every BulkWriter
// consumes, so N engines need N readers and N writers instead of N² converters. The form
// depends on the *source* column's TypeKind:
//
//   Boolean      "0" or "1"
//   Integer      decimal digits with an optional '-': "-128", "18446744073709551615"
//   Decimal      plain decimal notation, no exponent: "-12.3400"; "NaN" (PostgreSQL numeric)
//   Float/Double the shortest text that reads back to the same IEEE value: "0.1", "1e+300";
//                "Infinity", "-Infinity", "NaN"
//   Char, VarChar, Text, Json, Enum, Uuid, Interval, Other
//                the UTF-8 text as stored (CHAR as the engine returns it)
//   Set          labels joined by ',' in definition order: "a,c"
//   Binary, VarBinary, Blob
//                the raw bytes, NUL bytes included
//   Date         "YYYY-MM-DD" (MySQL zero dates stay "0000-00-00" for the writer's policy)
//   Time         "[-]H+:MM:SS[.ffffff]": "-12:30:00", "838:59:59.000000"
//   DateTime     "YYYY-MM-DD HH:MM:SS[.ffffff]", no zone
//   TimestampTz  the instant in UTC as "YYYY-MM-DD HH:MM:SS[.ffffff]", no suffix
//   Year         "2024" (0 for the zero year)
//   Bit          the value as an unsigned decimal integer: b'101' is "5"
//
// Helpers shared by the engines' codecs:
namespace canonical {

// Shortest round-trip text of a double, "Infinity"/"-Infinity"/"NaN" for the specials.
std::string formatDouble(double value);
std::string formatFloat(float value);

// Lower-case hex of `bytes`, no prefix.
std::string toHex(std::string_view bytes);
// Decodes hex digits (no prefix); std::nullopt on a bad digit or an odd length.
std::optional<std::string> fromHex(std::string_view hex);

// Big-endian bytes (MySQL BIT in the text protocol) to the canonical unsigned decimal.
std::string bitBytesToDecimal(std::string_view bytes);
// A bit string "0101" (PostgreSQL bit) to the canonical unsigned decimal.
std::optional<std::string> bitStringToDecimal(std::string_view bits);
// Canonical unsigned decimal to a bit string of `width` bits; std::nullopt if it does not fit.
std::optional<std::string> decimalToBitString(std::string_view decimal, int width);

// MySQL zero or partly zero dates: "0000-00-00", "2024-00-10", "0000-00-00 00:00:00".
bool isZeroDate(std::string_view value);
// Whether `text` is valid UTF-8 (PostgreSQL refuses anything else in text columns).
bool isValidUtf8(std::string_view text);

// The canonical value as text for a message: printable, at most `max` characters, binary as
// 0x-hex.
QString preview(std::string_view value, bool binary, int max = 60);

} // namespace canonical
} // namespace ferry

#pragma once

#include "schema/columntype.h"

#include <string>
#include <string_view>

namespace ferry {

// Values compared by meaning across engines: one canonical value of a source column and one of
// the target column hold "the same data" when their normalized forms are equal. The rules are
// documented in docs/verification.md; in short:
//   - numbers (integers, decimals, booleans, years, bits) compare as exact decimals:
//     "12.50" = "12.5", "1" (bool) = "1", but 12.5 != 12.50001;
//   - floats compare as IEEE values of the narrower side: every bit counts;
//   - CHAR columns ignore trailing spaces (both engines pad or strip them by definition);
//   - times and timestamps compare with their fraction's trailing zeros dropped:
//     "10:00:00.000000" = "10:00:00", but a changed microsecond differs;
//   - everything else (text, bytes, JSON text, dates) must be byte-identical: a trailing space,
//     a NUL byte, NULL versus empty string are differences.
namespace valuecompare {

enum class Form {
    Bytes,
    Number,
    Float,
    Double,
    CharPadded,
    Temporal,
    // The target side of an exact decimal held by an SQLite column that stores numbers (NUMERIC,
    // REAL affinity): a value read back with a fraction or an exponent was stored as a binary
    // double, and compares as that double's exact decimal expansion, so 0.01 stored as
    // 0.01000000000000000020816681711721685132943093776702880859375 differs from the source's
    // 0.01 while 12.5 (exact in binary) does not. The source side compares as Number.
    DecimalInDouble,
    // A PostgreSQL array against the JSON array a target without arrays holds: the array text
    // compares as its JSON form (values/pgarray.h), elements as text, numbers or booleans; a
    // value that is not an array text (the target's JSON) compares as it is.
    ArrayOfText,
    ArrayOfNumbers,
    ArrayOfBooleans,
};

// How values of a column pair are normalized for comparison.
Form formFor(const ColumnType &source, const ColumnType &target);

// The normalized form of a canonical value, ready to hash or compare byte-wise.
std::string normalize(Form form, std::string_view canonical);

// The same without an allocation where it can: a view of `canonical` itself (bytes, trimmed
// CHAR and fractions) or of `buffer`, which it may overwrite. For the hot path of hashing.
std::string_view normalizeView(Form form, std::string_view canonical, std::string &buffer);

inline bool same(Form form, std::string_view a, std::string_view b)
{
    return a == b || normalize(form, a) == normalize(form, b);
}

} // namespace valuecompare
} // namespace ferry

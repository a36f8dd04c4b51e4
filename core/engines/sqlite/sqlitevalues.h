#pragma once

#include "values/canonical.h"

#include <sqlite3.h>

#include <charconv>
#include <string>

namespace ferry::sqlitevalues {

// The canonical form of column `column` of `stmt`'s current row, shared by the table reader (full
// copy) and the change reader (capture log) so both print the same value the same way. SQLite
// stores by value, not by column: the cell's storage class decides, not the declared type.
// Calls `append(const char *, size_t)` with the bytes (valid during the call only), or
// `appendNull()` for SQL NULL.
template<typename Append, typename AppendNull>
inline void canonicalCell(sqlite3_stmt *stmt, int column, Append &&append, AppendNull &&appendNull)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL: appendNull(); return;
    case SQLITE_INTEGER: {
        char buffer[24];
        const auto r =
            std::to_chars(buffer, buffer + sizeof buffer, sqlite3_column_int64(stmt, column));
        append(static_cast<const char *>(buffer), size_t(r.ptr - buffer));
        return;
    }
    case SQLITE_FLOAT: {
        const std::string s = canonical::formatDouble(sqlite3_column_double(stmt, column));
        append(s.data(), s.size());
        return;
    }
    default: {
        // TEXT and BLOB: the stored bytes. Ask for the blob form so text is not re-encoded.
        const void *data = sqlite3_column_blob(stmt, column);
        const int size = sqlite3_column_bytes(stmt, column);
        append(static_cast<const char *>(data ? data : ""), size_t(size));
        return;
    }
    }
}

} // namespace ferry::sqlitevalues

#pragma once

#include "common/error.h"
#include "schema/table.h"
#include "values/change.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ferry {

// A table rule's row filter (TablePlan::filter, a WHERE condition in the source's SQL) evaluated
// on captured row images, so the incremental step keeps the rows the full step copied. Immutable
// once parsed: any thread may call matches() on a shared instance.
//
// Understood: column references (plain, `backquoted`, "double-quoted"), numbers (-2.50, 1e3),
// 'strings' ('' for a quote), TRUE, FALSE, NULL; = <> != < <= > >=; AND OR NOT; parentheses;
// IS [NOT] NULL; [NOT] IN (list); [NOT] BETWEEN a AND b; [NOT] LIKE 'pattern' with % and _ and
// a backslash escaping the next character. Anything else (functions, arithmetic, casts,
// subqueries, ESCAPE, IS TRUE, string literals with other backslashes, whose meaning differs
// between MySQL and PostgreSQL) is refused at parse time rather than guessed.
//
// Values compare by the column's TypeKind, on their canonical form (values/canonical.h):
// integers, decimals, bits and years as exact decimals (10.5 = 10.50, no rounding through
// double); FLOAT and DOUBLE as IEEE doubles, as both servers compare them; dates, times and
// timestamps in time order (a TIMESTAMPTZ literal without an offset is UTC, the zone Ferry's
// sessions use); CHAR values without their trailing spaces; text and binary byte by byte.
// The source compares text under its collation, often case-insensitively or ignoring trailing
// spaces (MySQL's default collations, SQLite's LIKE): a filter on text columns may then keep
// rows here that the source leaves out, or the other way round. The precheck warns about such
// filters (textColumns()).
//
// Three-valued like SQL: a comparison with NULL is unknown, NOT unknown is unknown, and only a
// row whose condition is true matches. A cell the source did not send (RowImage::isPresent
// false) and a value that does not read in its column's canonical form are unknown too.
class RowFilter
{
public:
    RowFilter();
    ~RowFilter();
    RowFilter(const RowFilter &);
    RowFilter &operator=(const RowFilter &);

    // Parses `condition` over `columns` (the captured table's columns, RowImage cell order).
    // An expression outside the supported grammar is Code::Unsupported naming the table, the
    // part not understood and the fix (simplify the filter or drop incremental for the table).
    static Result<RowFilter> parse(const QString &condition, const QList<Column> &columns,
                                   const QString &table);
    // Whether the row matches, with SQL semantics (a comparison with NULL is unknown = no
    // match).
    bool matches(const RowImage &row) const;
    bool isEmpty() const; // no condition: every row matches

    // The text columns the condition compares or matches with LIKE, in the order it names
    // them: where the source's collation may decide otherwise than a byte comparison.
    QStringList textColumns() const;

    struct Program; // the parsed condition (rowfilter.cpp)

private:
    std::shared_ptr<const Program> m_program; // null: no condition
};

} // namespace ferry

#pragma once

#include "engines/dialect.h"
#include "schema/table.h"
#include "valuecompare.h"

#include <QList>
#include <QString>

#include <optional>

namespace ferry {

// Checksums pushed down to the servers of engines whose Dialect has a ChecksumDialect (the
// MySQL family and PostgreSQL). Each column is rendered as text the engines print identically
// for the same value (dates with a fixed 6-digit fraction, CHAR right-trimmed, bytes as
// lower-case hex, booleans as 1/0), each row becomes "len:value|len:value|N" and its MD5; a
// slice's checksum is COUNT(*) and the sums of two 60-bit slices of the MD5s. Only the counts
// and sums cross the network. Columns that cannot be rendered identically (floats across
// engines, intervals, ...) make the table fall back to streaming and hashing in Ferry.
// This file decides what can be compared and how the query is put together; the engine's
// ChecksumDialect spells it.
namespace checksumsql {

bool supported(const Dialect &dialect);

// The functions below need a dialect that supported() (render() answers std::nullopt otherwise).

// The normalized text of a column as an SQL expression, or std::nullopt when this column pair
// cannot be pushed down. `sameFamily`: both sides are the same engine family.
std::optional<QString> render(const Dialect &dialect, const QString &quotedColumn,
                              const ColumnType &ownType, const ColumnType &otherType,
                              valuecompare::Form form, bool sameFamily);

// "len:value|...|N": the row (or key) string over rendered columns.
QString rowString(const Dialect &dialect, const QStringList &quotedColumns,
                  const QStringList &rendered);

// One row: count, sum1, sum2 of the rows of `table` matching `where` (may be empty).
QString sliceQuery(const Dialect &dialect, const QString &qualifiedTable, const QString &rowString,
                   const QString &where);

// Rows: partition, count, sum1, sum2 — every partition of the table in one scan.
QString partitionQuery(const Dialect &dialect, const QString &qualifiedTable,
                       const QString &rowString, const QString &keyString, int partitions,
                       const QString &where);

// The condition "the row's key falls in one of `parts`".
QString partitionPredicate(const Dialect &dialect, const QString &keyString, int partitions,
                           const QList<int> &parts);

} // namespace checksumsql
} // namespace ferry

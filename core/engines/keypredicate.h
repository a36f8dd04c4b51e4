#pragma once

#include "dialect.h"
#include "tablereader.h"

namespace ferry {

// The WHERE condition selecting `range` over `keyColumns` (names as the dialect quotes them,
// types for the literals): "(a > 1 OR (a = 1 AND b > 'x')) AND (a < 9 OR (a = 9 AND b <= 'y'))".
// Expanded rather than a row comparison so every engine uses the key's index. Empty for an
// unbounded range.
QString keyRangePredicate(const Dialect &dialect, const QList<Column> &keyColumns,
                          const KeyRange &range);

// " WHERE <range> AND (<filter>)", " WHERE …" of whichever is set, or empty.
QString whereClause(const Dialect &dialect, const QList<Column> &keyColumns, const KeyRange &range,
                    const QString &filter);
// " ORDER BY k1, k2" for a key; empty for none.
QString orderByKey(const Dialect &dialect, const QList<Column> &keyColumns);
// " LIMIT n OFFSET m" (every engine Ferry reads spells it so); empty for the whole result.
QString limitClause(qint64 limit, qint64 offset);

// Whether `key` sorts the same in every engine whatever the collation: numbers and dates only.
// Ranges over such keys mean the same rows on both sides.
bool keyOrderIsPortable(const QList<Column> &key);

} // namespace ferry

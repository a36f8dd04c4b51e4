#include "keypredicate.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// (k1 op v1) OR (k1 = v1 AND k2 op v2) OR ... with `last` the operator of the final column.
QString bound(const Dialect &d, const QList<Column> &keys, const KeyValues &values,
              const QString &strict, const QString &last)
{
    QStringList alternatives;
    for (int i = 0; i < keys.size(); ++i) {
        QStringList terms;
        for (int j = 0; j < i; ++j)
            terms << d.quote(keys[j].name) + u" = "_s + d.literal(values[size_t(j)], keys[j].type);
        const QString op = i == keys.size() - 1 ? last : strict;
        terms << d.quote(keys[i].name) + u' ' + op + u' '
                + d.literal(values[size_t(i)], keys[i].type);
        alternatives << (terms.size() == 1 ? terms.first() : u'(' + terms.join(u" AND "_s) + u')');
    }
    return alternatives.size() == 1 ? alternatives.first()
                                    : u'(' + alternatives.join(u" OR "_s) + u')';
}

} // namespace

QString keyRangePredicate(const Dialect &dialect, const QList<Column> &keyColumns,
                          const KeyRange &range)
{
    QStringList parts;
    if (range.lower)
        parts << bound(dialect, keyColumns, *range.lower, u">"_s, u">"_s);
    if (range.upper)
        parts << bound(dialect, keyColumns, *range.upper, u"<"_s, u"<="_s);
    return parts.join(u" AND "_s);
}

QString whereClause(const Dialect &dialect, const QList<Column> &keyColumns, const KeyRange &range,
                    const QString &filter)
{
    QStringList parts;
    const QString predicate = keyRangePredicate(dialect, keyColumns, range);
    if (!predicate.isEmpty())
        parts << predicate;
    if (!filter.trimmed().isEmpty())
        parts << u'(' + filter + u')';
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

QString orderByKey(const Dialect &dialect, const QList<Column> &keyColumns)
{
    QStringList names;
    for (const Column &c : keyColumns)
        names << dialect.quote(c.name);
    return names.isEmpty() ? QString() : u" ORDER BY "_s + names.join(u", "_s);
}

QString limitClause(qint64 limit, qint64 offset)
{
    if (limit < 0 && offset <= 0)
        return {};
    // MySQL has no OFFSET without LIMIT: a count no table reaches stands for "all" (the
    // largest BIGINT, which every engine accepts).
    const QString count = limit < 0 ? u"9223372036854775807"_s : QString::number(limit);
    return offset > 0 ? u" LIMIT %1 OFFSET %2"_s.arg(count).arg(offset) : u" LIMIT "_s + count;
}

bool keyOrderIsPortable(const QList<Column> &key)
{
    for (const Column &c : key) {
        switch (c.type.kind) {
        case TypeKind::Integer:
        case TypeKind::Decimal:
        case TypeKind::Date:
        case TypeKind::DateTime:
        case TypeKind::TimestampTz:
        case TypeKind::Year: break;
        default: return false;
        }
    }
    return true;
}

} // namespace ferry

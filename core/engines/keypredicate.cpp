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

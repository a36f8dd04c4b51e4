#include "shardkeys.h"

#include "common/language.h"
#include "engines/dialect.h"
#include "engines/session.h"

#include <QMap>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QStringList namesOf(const QList<Column> &columns)
{
    QStringList out;
    for (const Column &c : columns)
        out << c.name;
    return out;
}

QString whereOf(const TablePlan &t, const Dialect &dialect)
{
    QStringList terms;
    for (const Column &k : t.keyColumns)
        terms << dialect.quote(k.name) + u" IS NOT NULL"_s;
    if (!t.filter.isEmpty())
        terms << u"("_s + t.filter + u')';
    return u" WHERE "_s + terms.join(u" AND "_s);
}

// The sources of one target whose single integer key ranges overlap another's; all of them
// when the key is not one integer column (its order is not compared here).
Result<QList<const TablePlan *>> overlapping(Session &source, const Dialect &dialect,
                                             const QList<const TablePlan *> &group)
{
    const QList<Column> &key = group.first()->keyColumns;
    if (key.size() != 1 || key.first().type.kind != TypeKind::Integer)
        return group;
    struct Range
    {
        const TablePlan *table;
        long double min, max; // exact for every 64-bit integer
    };
    std::vector<Range> ranges;
    for (const TablePlan *t : group) {
        const QString k = dialect.quote(t->keyColumns.first().name);
        auto q = source.query(u"SELECT MIN(%1), MAX(%1) FROM %2%3"_s.arg(
            k, dialect.qualify(t->source.ref), whereOf(*t, dialect)));
        if (!q)
            return std::unexpected(q.error());
        if (q->size() != 1 || q->isNull(0, 0))
            continue; // empty: collides with nothing
        const auto number = [](const QString &text) -> std::optional<long double> {
            bool ok = false;
            if (const qlonglong n = text.toLongLong(&ok); ok)
                return (long double)n;
            if (const qulonglong n = text.toULongLong(&ok); ok)
                return (long double)n;
            return std::nullopt;
        };
        const auto min = number(q->text(0, 0));
        const auto max = number(q->text(0, 1));
        if (!min || !max)
            return group; // not read as integers: compare every key
        ranges.push_back({t, *min, *max});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.min < b.min; });
    QList<const TablePlan *> out;
    // Sweep: a range overlaps one before it when it starts at or below the highest end so far.
    long double reach = 0;
    const TablePlan *reachOwner = nullptr;
    for (const Range &r : ranges) {
        if (reachOwner && r.min <= reach) {
            if (!out.contains(reachOwner))
                out << reachOwner;
            out << r.table;
        }
        if (!reachOwner || r.max > reach) {
            reach = r.max;
            reachOwner = r.table;
        }
    }
    return out;
}

} // namespace

Result<QList<KeyCollision>> findKeyCollisions(Session &source, const Dialect &dialect,
                                              const SchemaPlan &plan, int limit,
                                              const CancelToken &cancel)
{
    // Sources by target, in plan order; only those keyed like the table that defines it.
    QMap<QString, QList<const TablePlan *>> byTarget;
    for (const TablePlan &t : plan.tables)
        if (t.manyToOne && !t.keyColumns.isEmpty() && !t.originInKey)
            byTarget[t.target.ref.name].append(&t);
    QList<KeyCollision> out;
    for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("the precheck was stopped"));
        QList<const TablePlan *> group;
        const QStringList targetKey = namesOf(it.value().first()->targetKey);
        for (const TablePlan *t : it.value())
            if (namesOf(t->targetKey) == targetKey)
                group << t;
        if (group.size() < 2)
            continue;
        auto candidates = overlapping(source, dialect, group);
        if (!candidates)
            return std::unexpected(candidates.error());
        if (candidates->size() < 2)
            continue;
        // Every key of the overlapping tables, each with the index of its table; a key held by
        // two tables is a collision.
        QStringList parts;
        for (int i = 0; i < candidates->size(); ++i) {
            const TablePlan &t = *candidates->at(i);
            QStringList columns;
            for (int k = 0; k < t.keyColumns.size(); ++k)
                columns << dialect.quote(t.keyColumns[k].name) + u" AS "_s
                        + dialect.quote(u"k%1"_s.arg(k));
            parts << u"SELECT %1, %2 AS ferry_source FROM %3%4"_s.arg(
                columns.join(u", "_s), QString::number(i), dialect.qualify(t.source.ref),
                whereOf(t, dialect));
        }
        QStringList keys;
        for (int k = 0; k < targetKey.size(); ++k)
            keys << dialect.quote(u"k%1"_s.arg(k));
        const QString sql =
            u"SELECT %1, MIN(ferry_source), MAX(ferry_source) FROM (%2) ferry_keys GROUP BY %1 "
            "HAVING COUNT(DISTINCT ferry_source) > 1 ORDER BY %1 LIMIT %3"_s.arg(
                keys.join(u", "_s), parts.join(u" UNION ALL "_s), QString::number(limit));
        auto q = source.query(sql);
        if (!q)
            return std::unexpected(q.error());
        for (int row = 0; row < q->size(); ++row) {
            KeyCollision c;
            c.target = it.key();
            c.keyColumns = namesOf(group.first()->keyColumns);
            for (int k = 0; k < targetKey.size(); ++k)
                c.key << q->text(row, k);
            c.first = candidates->at(q->text(row, targetKey.size()).toInt())->sourceKey;
            c.second = candidates->at(q->text(row, targetKey.size() + 1).toInt())->sourceKey;
            out << c;
        }
    }
    return out;
}

} // namespace ferry

#include "splitrule.h"

#include <QStringList>

#include <charconv>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace ferry {

int SplitRule::shardOf(std::optional<std::string_view> value) const
{
    if (!value)
        return 0;
    const char *first = value->data();
    const char *last = first + value->size();
    int64_t v = 0;
    if (auto [end, ec] = std::from_chars(first, last, v); ec != std::errc() || end != last) {
        // BIGINT UNSIGNED above the signed range: positive, so plain arithmetic holds.
        uint64_t u = 0;
        if (auto [uend, uec] = std::from_chars(first, last, u); uec != std::errc() || uend != last)
            return -1;
        if (by == By::Mod)
            return int(u % uint64_t(shards));
        return int(bounds.size()); // above every bound
    }
    if (by == By::Mod) {
        const int64_t n = shards;
        return int(((v % n) + n) % n);
    }
    int shard = 0;
    while (shard < bounds.size() && v >= bounds[shard])
        ++shard;
    return shard;
}

QString SplitRule::condition(const QString &c, int shard) const
{
    if (by == By::Mod) {
        // ((v % n) + n) % n: a negative value's shard is positive, as shardOf() computes it.
        const QString n = QString::number(shards);
        const QString of = u"((%1 % %2) + %2) % %2"_s.arg(c, n);
        return shard == 0 ? u"(%1 IS NULL OR %2 = 0)"_s.arg(c, of)
                          : u"%1 = %2"_s.arg(of, QString::number(shard));
    }
    QStringList terms;
    if (shard > 0)
        terms << u"%1 >= %2"_s.arg(c, QString::number(bounds[shard - 1]));
    if (shard < bounds.size())
        terms << u"%1 < %2"_s.arg(c, QString::number(bounds[shard]));
    const QString range = terms.join(u" AND "_s);
    return shard == 0 ? u"(%1 IS NULL OR %2)"_s.arg(c, range) : range;
}

QString SplitRule::describe() const
{
    if (by == By::Mod)
        return u"mod %1 on %2"_s.arg(QString::number(shards), column);
    QStringList b;
    for (qint64 v : bounds)
        b << QString::number(v);
    return u"ranges split at %1 on %2"_s.arg(b.join(u", "_s), column);
}

QString SplitRule::byName(By by)
{
    return by == By::Mod ? u"mod"_s : u"range"_s;
}

std::optional<SplitRule::By> SplitRule::byFromName(const QString &name)
{
    if (name == u"mod")
        return By::Mod;
    if (name == u"range")
        return By::Range;
    return std::nullopt;
}

} // namespace ferry

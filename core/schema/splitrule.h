#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace ferry {

// How a table rule splits one source table into shards (physical tables): each row goes to the
// shard its integer column chooses, by modulo or by ranges. Any thread.
struct SplitRule
{
    enum class By { Mod, Range };

    QString column; // the source column that routes a row
    By by = By::Mod;
    int shards = 0; // Mod: how many shards
    QList<qint64> bounds; // Range: ascending; shard i holds bounds[i-1] <= value < bounds[i]

    // How many shards the rule makes.
    int count() const { return by == By::Mod ? shards : int(bounds.size()) + 1; }
    // The shard of a row whose column holds `value` (canonical integer text; std::nullopt for
    // NULL, which goes to shard 0); -1 when the value is no integer.
    int shardOf(std::optional<std::string_view> value) const;
    // The condition, in SQL every engine reads alike, that holds for the rows of `shard`;
    // `column` is the column as the source's dialect quotes it.
    QString condition(const QString &column, int shard) const;
    // "mod 4 on customer_id", "ranges 1000, 5000 on id"
    QString describe() const;

    static QString byName(By by);
    static std::optional<By> byFromName(const QString &name);
};

} // namespace ferry

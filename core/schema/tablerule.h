#pragma once

#include "splitrule.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry {

// A rule for one source table (or a pattern of them): where it goes and what of it moves.
struct TableRule
{
    QString source; // "orders", "shop.orders", "orders_20*"
    QString target; // target table name; empty: the source's name
    QStringList columns; // the columns to copy; empty: all
    QMap<QString, QString> renames; // source column -> target column
    QString filter; // SQL condition on the source
    QMap<QString, QString> types; // source column -> target declaration override
    bool selects = true; // false for options.typeOverrides entries: settings, not a selection
    // A target column that records each row's source table ("shop.orders_07"): the shard of
    // origin of a logical table's rows. Empty: none.
    QString originColumn;
    bool originInKey = false; // the origin column joins the target's primary key
    // Splits the source table into shards; `target` is then a template with {shard}
    // ("orders_{shard}"; default "<source>_{shard}").
    std::optional<SplitRule> split;
};

} // namespace ferry

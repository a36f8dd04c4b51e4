#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

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
};

} // namespace ferry

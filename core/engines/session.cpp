#include "session.h"

namespace ferry {

QString QueryResult::text(int row, int column) const
{
    const auto &cell = rows[size_t(row)][size_t(column)];
    return cell ? QString::fromUtf8(*cell) : QString();
}

QString QueryResult::text(int row, const QString &column) const
{
    const int index = columnIndex(column);
    return index < 0 ? QString() : text(row, index);
}

int QueryResult::columnIndex(const QString &name) const
{
    return int(columns.indexOf(name));
}

} // namespace ferry

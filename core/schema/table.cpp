#include "table.h"

namespace ferry {

const Column *Table::column(const QString &name) const
{
    for (const Column &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

int Table::columnIndex(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

QStringList Table::chunkKey() const
{
    if (primaryKey && !primaryKey->columns.isEmpty())
        return primaryKey->columns;
    for (const Index &index : indexes) {
        if (!index.unique || index.columns.isEmpty())
            continue;
        bool allNotNull = true;
        for (const QString &c : index.columns) {
            const Column *col = column(c);
            if (!col || col->nullable)
                allNotNull = false;
        }
        if (allNotNull)
            return index.columns;
    }
    return {};
}

} // namespace ferry

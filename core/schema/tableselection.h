#pragma once

#include "tablerule.h"

#include <QList>
#include <QStringList>

namespace ferry {

// Which source tables a project moves and how: include/exclude patterns and table rules, as
// the project file spells them (docs/project-file.md).
struct TableSelection
{
    QStringList include = {QStringLiteral("*")};
    QStringList exclude;
    QList<TableRule> rules;
};

} // namespace ferry

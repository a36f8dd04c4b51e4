#pragma once

#include "schema/table.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::ui {

// The include and exclude patterns of the wizard's Objects step, judged the way the run
// judges them (schemaplan::matches), so what the wizard previews is what the run moves.
class ObjectRules
{
public:
    QStringList include;
    QStringList exclude;

    // "a*, b ,c" -> {"a*", "b", "c"}: split on commas, trimmed, empty parts dropped.
    static QStringList parse(const QString &text);
    static bool isPattern(const QString &text);

    // Why a table is in or out: the first include pattern that takes it, the first exclude
    // pattern that drops it (exclusions win, as in the run).
    struct Verdict
    {
        QString includedBy;
        QString excludedBy;
        bool selected() const { return !includedBy.isEmpty() && excludedBy.isEmpty(); }
    };
    Verdict verdict(const TableRef &table) const;

    // Patterns that match none of `tables`.
    QStringList unmatchedIncludes(const QList<Table> &tables) const;
    QStringList unmatchedExcludes(const QList<Table> &tables) const;
};

} // namespace ferry::ui

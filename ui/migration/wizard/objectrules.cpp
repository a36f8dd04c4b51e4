#include "objectrules.h"

#include "schema/schemaplan.h"

namespace ferry::ui {

namespace {

QStringList unmatched(const QStringList &patterns, const QList<Table> &tables)
{
    QStringList out;
    for (const QString &pattern : patterns) {
        bool any = false;
        for (const Table &t : tables)
            any = any || schemaplan::matches(pattern, t.ref);
        if (!any)
            out << pattern;
    }
    return out;
}

} // namespace

QStringList ObjectRules::parse(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString pattern = part.trimmed();
        if (!pattern.isEmpty() && !out.contains(pattern))
            out << pattern;
    }
    return out;
}

bool ObjectRules::isPattern(const QString &text)
{
    return text.contains(u'*') || text.contains(u'?');
}

ObjectRules::Verdict ObjectRules::verdict(const TableRef &table) const
{
    Verdict v;
    for (const QString &pattern : include)
        if (schemaplan::matches(pattern, table)) {
            v.includedBy = pattern;
            break;
        }
    for (const QString &pattern : exclude)
        if (schemaplan::matches(pattern, table)) {
            v.excludedBy = pattern;
            break;
        }
    return v;
}

QStringList ObjectRules::unmatchedIncludes(const QList<Table> &tables) const
{
    return unmatched(include, tables);
}

QStringList ObjectRules::unmatchedExcludes(const QList<Table> &tables) const
{
    return unmatched(exclude, tables);
}

} // namespace ferry::ui

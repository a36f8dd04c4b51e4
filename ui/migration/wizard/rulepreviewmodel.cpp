#include "rulepreviewmodel.h"

#include "objecttreemodel.h"
#include "widgets/icons.h"

#include <QBrush>
#include <QColor>

namespace ferry::ui {

void RulePreviewModel::update(const ObjectTreeModel &objects)
{
    QList<Entry> entries;
    const QList<ObjectTreeModel::TableState> &states = objects.states();
    for (int t = 0; t < states.size(); ++t) {
        const ObjectTreeModel::TableState &s = states[t];
        const ObjectRules::Verdict v = objects.rules().verdict(s.table.ref);
        Entry e;
        e.table = s.table.ref.name;
        e.migrated = v.selected() && s.anyChecked();
        if (!v.excludedBy.isEmpty())
            e.reason = tr("exclude rule %1").arg(v.excludedBy);
        else if (v.includedBy.isEmpty())
            e.reason = tr("no include rule matches");
        else if (!s.anyChecked())
            e.reason = tr("unchecked in the list");
        else
            e.reason = tr("include rule %1").arg(v.includedBy);
        entries << e;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int RulePreviewModel::migratedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const Entry &e) { return e.migrated; }));
}

int RulePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RulePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case MigratedRole: return e.migrated;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Table: return e.table;
        case Outcome: return e.migrated ? tr("migrated") : tr("left out");
        case Reason: return e.reason;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Outcome)
            return icons::get(e.migrated ? QStringLiteral("status/ok")
                                         : QStringLiteral("status/unknown"));
        return {};
    case Qt::ForegroundRole:
        if (!e.migrated)
            return QBrush(QColor(0x6b, 0x7a, 0x8c));
        return {};
    }
    return {};
}

QVariant RulePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table: return tr("Table");
    case Outcome: return tr("Outcome");
    case Reason: return tr("Because of");
    }
    return {};
}

} // namespace ferry::ui

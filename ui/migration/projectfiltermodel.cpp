#include "projectfiltermodel.h"

#include "projecttablemodel.h"

namespace ferry::ui {

void ProjectFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ProjectFilterModel::setState(const QString &stateId)
{
    m_state = stateId;
    invalidateFilter();
}

void ProjectFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, ProjectTableModel::Name, parent);
    if (!m_search.isEmpty()
        && !index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    if (!m_state.isEmpty() && index.data(ProjectTableModel::StateRole).toString() != m_state)
        return false;
    if (!m_tag.isEmpty() && !index.data(ProjectTableModel::TagsRole).toStringList().contains(m_tag))
        return false;
    return true;
}

} // namespace ferry::ui

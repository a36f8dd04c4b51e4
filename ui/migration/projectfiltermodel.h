#pragma once

#include <QSortFilterProxyModel>

namespace ferry::ui {

// Filters projects by name (search text), state id and tag.
class ProjectFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text);
    void setState(const QString &stateId);
    void setTag(const QString &tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_state;
    QString m_tag;
};

} // namespace ferry::ui

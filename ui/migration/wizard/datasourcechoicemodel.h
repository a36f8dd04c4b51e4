#pragma once

#include "datasource/datasource.h"

#include <QAbstractListModel>
#include <QList>

namespace ferry::ui {

// The saved data sources as the wizard's source and target combos offer them ("name · engine ·
// endpoint"), followed by one "New data source…" row that opens the data source dialog.
class DataSourceChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, IsNewRole };

    using QAbstractListModel::QAbstractListModel;

    void setSources(const QList<DataSource> &sources);
    const QList<DataSource> &sources() const { return m_sources; }
    // Row of the data source named `name`, or -1.
    int rowOf(const QString &name) const;
    int newRow() const { return int(m_sources.size()); }
    const DataSource *sourceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<DataSource> m_sources;
};

} // namespace ferry::ui

#pragma once

#include "datasource/datasource.h"

#include <QAbstractTableModel>
#include <QList>

namespace ferry::ui {

// The saved data sources as a table. Filled by setSources() (the page loads them on a worker);
// Qt::UserRole gives the id, SortRole a value that sorts naturally.
class DataSourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Engine, Endpoint, Database, Tls, LastTest, TestedAt, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole, NameRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSources(const QList<DataSource> &sources);
    const QList<DataSource> &sources() const { return m_sources; }
    // Index of the row with `id`, or -1.
    int rowOf(qint64 id) const;
    const DataSource *sourceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DataSource> m_sources;
};

} // namespace ferry::ui

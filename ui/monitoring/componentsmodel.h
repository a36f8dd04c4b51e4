#pragma once

#include "pipeline/component.h"

#include <QAbstractTableModel>
#include <QColor>

namespace ferry::ui {

// The pipeline components of every run on this machine, as the store last showed them: one
// row each, with the figures of `ferry status`. UI thread; fed by ComponentsTab from a worker.
class ComponentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProjectColumn,
        ComponentColumn,
        KindColumn,
        StepColumn,
        StateColumn,
        ProcessColumn,
        ObjectColumn,
        PositionColumn,
        RowsColumn,
        BytesColumn,
        EventsColumn,
        QueueColumn,
        RetriesColumn,
        ErrorsColumn,
        LagColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { StateIdRole = Qt::UserRole + 1, ProjectIdRole, ComponentNameRole };

    explicit ComponentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows, keeping the ones with the same id in place (a refresh does not move
    // the selection).
    void setComponents(const QList<ComponentSnapshot> &components);
    const ComponentSnapshot &component(int row) const { return m_rows.at(row); }

    static QString stateName(ComponentState state);
    static QColor stateColor(ComponentState state);

private:
    QList<ComponentSnapshot> m_rows;
};

} // namespace ferry::ui

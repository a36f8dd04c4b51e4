#pragma once

#include "project/projectrecord.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace ferry::ui {

// Projects of one type per state: one row per state (always all of them, in lifecycle order),
// with the count and its share of the total. Feeds the task status donut and its legend.
class TaskStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StateColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role {
        StateIdRole = Qt::UserRole + 1, // "running", as projectStateId() spells it
        ShareRole, // 0..1
    };

    explicit TaskStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One count per TaskStatus::states() entry.
    void setCounts(const QList<int> &counts);
    int total() const;
    ProjectState state(int row) const;

    static QString stateName(ProjectState state);
    static QColor stateColor(ProjectState state);
    // "33.3%": a share of 0..1 as the legend shows it.
    static QString shareText(double share);

private:
    QList<ProjectState> m_states;
    QList<int> m_counts;
    int m_total = 0;
};

} // namespace ferry::ui

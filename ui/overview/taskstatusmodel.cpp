#include "taskstatusmodel.h"

#include "monitor/taskstatus.h"

#include <QLocale>

namespace ferry::ui {

TaskStatusModel::TaskStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_states(TaskStatus::states())
    , m_counts(m_states.size(), 0)
{ }

int TaskStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int TaskStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectState state = m_states[index.row()];
    const int count = m_counts[index.row()];
    const double share = m_total > 0 ? double(count) / double(m_total) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateName(state);
        case CountColumn: return count;
        case ShareColumn: return shareText(share);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateColor(state);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != StateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (count == 0)
            return QColor(0x9a, 0xa5, 0xb1);
        break;
    case Qt::ToolTipRole:
        return (count == 1 ? tr("%1: %n project, %2 of all", nullptr, count)
                           : tr("%1: %n projects, %2 of all", nullptr, count))
            .arg(stateName(state), shareText(share));
    case StateIdRole: return projectStateId(state);
    case ShareRole: return share;
    }
    return {};
}

QVariant TaskStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == StateColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case CountColumn: return tr("Projects");
    case ShareColumn: return tr("Share");
    }
    return {};
}

void TaskStatusModel::setCounts(const QList<int> &counts)
{
    if (counts.size() != m_counts.size() || counts == m_counts)
        return;
    m_counts = counts;
    m_total = 0;
    for (int n : m_counts)
        m_total += n;
    // Every share moves with the total: the whole table changed.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TaskStatusModel::total() const
{
    return m_total;
}

ProjectState TaskStatusModel::state(int row) const
{
    return m_states.value(row, ProjectState::NotStarted);
}

QString TaskStatusModel::stateName(ProjectState state)
{
    switch (state) {
    case ProjectState::NotStarted: return tr("Not started");
    case ProjectState::Running: return tr("Running");
    case ProjectState::Interrupted: return tr("Interrupted");
    case ProjectState::Paused: return tr("Paused");
    case ProjectState::Failed: return tr("Failed");
    case ProjectState::Completed: return tr("Completed");
    case ProjectState::Releasing: return tr("Releasing");
    case ProjectState::Released: return tr("Released");
    }
    return {};
}

QColor TaskStatusModel::stateColor(ProjectState state)
{
    // The palette of ferry.qss: blue for activity, green/amber/red for outcomes, greys for
    // projects that are not or no longer doing anything.
    switch (state) {
    case ProjectState::NotStarted: return QColor(0xa9, 0xb4, 0xc2);
    case ProjectState::Running: return QColor(0x2f, 0x6f, 0xb0);
    case ProjectState::Interrupted: return QColor(0xc2, 0x5e, 0x1a);
    case ProjectState::Paused: return QColor(0xd9, 0x9a, 0x1e);
    case ProjectState::Failed: return QColor(0xb3, 0x26, 0x1e);
    case ProjectState::Completed: return QColor(0x1f, 0x7a, 0x4d);
    case ProjectState::Releasing: return QColor(0x7b, 0x8f, 0xc7);
    case ProjectState::Released: return QColor(0x5b, 0x6b, 0x7f);
    }
    return Qt::gray;
}

QString TaskStatusModel::shareText(double share)
{
    return tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 1));
}

} // namespace ferry::ui

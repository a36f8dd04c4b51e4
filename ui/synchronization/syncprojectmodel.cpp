#include "syncprojectmodel.h"

#include "widgets/statetext.h"

#include "widgets/icons.h"

#include <QSet>

namespace ferry::ui {

void SyncProjectModel::setRows(const QList<SyncProjectRow> &rows)
{
    // The same projects: update in place, so the selection and the scroll position stay.
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows[i].project.id == m_rows[i].project.id;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SyncProjectModel::setRunning(const QSet<qint64> &running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SyncProjectModel::setLive(qint64 projectId, const RunProgress &progress)
{
    const int row = rowOf(projectId);
    if (row < 0 || progress.step != QLatin1String("incremental"))
        return;
    m_liveRate.insert(projectId, progress.rowsPerSecond);
    emit dataChanged(index(row, EventsPerSecond), index(row, EventsPerSecond));
}

const SyncProjectRow *SyncProjectModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SyncProjectModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].project.id == id)
            return i;
    return -1;
}

ProjectState SyncProjectModel::stateOf(const SyncProjectRow &row) const
{
    return m_running.contains(row.project.id) ? ProjectState::Running : row.project.state;
}

int SyncProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncProjectModel::messagesText(const QMap<QString, qint64> &perTopic)
{
    QStringList parts;
    for (auto it = perTopic.begin(); it != perTopic.end(); ++it)
        parts << tr("%1: %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? tr("none yet") : parts.join(QStringLiteral(" · "));
}

QString SyncProjectModel::lagText(qint64 lagMs)
{
    if (lagMs < 0)
        return QStringLiteral("–");
    if (lagMs < 1000)
        return tr("%1 ms").arg(lagMs);
    return tr("%1 s").arg(double(lagMs) / 1000.0, 0, 'f', 1);
}

QVariant SyncProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncProjectRow &r = m_rows[index.row()];
    const ProjectDefinition &d = r.project.definition;
    const ProjectState state = stateOf(r);
    if (role == IdRole)
        return r.project.id;
    if (role == StateRole)
        return projectStateId(state);
    const qint64 lag = r.stream ? r.stream->lagMs : -1;
    const double rate = m_running.contains(r.project.id)
        ? m_liveRate.value(r.project.id, r.stream ? r.stream->eventsPerSecond : 0)
        : 0;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case Name: return r.project.name();
        case State: {
            QString text = StateText::of(state);
            if (state == ProjectState::Running && r.stream && !r.stream->state.isEmpty())
                text += QStringLiteral(" · ") + r.stream->state;
            return text;
        }
        case Format: return messageformats::id(d.sync.format);
        case Topic: {
            QString t = d.sync.topic;
            if (!d.sync.topics.isEmpty())
                t += tr(" (+%1 explicit)").arg(d.sync.topics.size());
            return t;
        }
        case Lag: return sort ? QVariant(lag) : QVariant(lagText(lag));
        case EventsPerSecond:
            return sort ? QVariant(rate) : QVariant(QString::number(rate, 'f', rate < 10 ? 1 : 0));
        case Messages: {
            if (sort) {
                qint64 total = 0;
                for (qint64 n : r.messagesPerTopic)
                    total += n;
                return total;
            }
            return messagesText(r.messagesPerTopic);
        }
        case LastError:
            return r.project.lastError.isEmpty() && r.stream ? r.stream->detail
                                                             : r.project.lastError;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return r.project.lastError;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Lag || index.column() == EventsPerSecond))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (state) {
        case ProjectState::Running: return icons::get(QStringLiteral("status/running"));
        case ProjectState::Failed:
        case ProjectState::Interrupted: return icons::get(QStringLiteral("status/error"));
        case ProjectState::Paused: return icons::get(QStringLiteral("action/pause"));
        case ProjectState::Completed: return icons::get(QStringLiteral("status/ok"));
        default: return icons::get(QStringLiteral("status/unknown"));
        }
    }
    return {};
}

QVariant SyncProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case State: return tr("State");
    case Format: return tr("Format");
    case Topic: return tr("Topic");
    case Lag: return tr("Lag");
    case EventsPerSecond: return tr("Events/s");
    case Messages: return tr("Messages per topic");
    case LastError: return tr("Last error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ferry::ui

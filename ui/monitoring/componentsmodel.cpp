#include "componentsmodel.h"

#include "widgets/statetext.h"

#include <QLocale>

namespace ferry::ui {

namespace {

QString rate(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond >= 100 ? 0 : 1);
}

QString bytesRate(double perSecond)
{
    return QLocale().formattedDataSize(qint64(perSecond), 1, QLocale::DataSizeTraditionalFormat)
        + QObject::tr("/s");
}

QString lagText(const ComponentSnapshot &c)
{
    if (c.lagReadMs < 0 && c.lagQueueMs < 0 && c.lagApplyMs < 0)
        return QStringLiteral("–");
    auto one = [](qint64 ms) {
        return ms < 0 ? QStringLiteral("–") : QString::number(ms);
    };
    return ComponentsModel::tr("%1 / %2 / %3 ms")
        .arg(one(c.lagReadMs), one(c.lagQueueMs), one(c.lagApplyMs));
}

} // namespace

ComponentsModel::ComponentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ComponentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComponentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComponentsModel::stateName(ComponentState state)
{
    switch (state) {
    case ComponentState::Starting: return tr("Starting");
    case ComponentState::Running: return tr("Running");
    case ComponentState::Retrying: return tr("Retrying");
    case ComponentState::Idle: return tr("Idle");
    case ComponentState::Finished: return tr("Finished");
    case ComponentState::Failed: return tr("Failed");
    case ComponentState::Dead: return tr("Dead");
    }
    return {};
}

QColor ComponentsModel::stateColor(ComponentState state)
{
    // The palette of ferry.qss (as the task status chart): blue for activity, amber for a
    // retry, red for a failure, dark red for a dead process, greys for what is over.
    switch (state) {
    case ComponentState::Starting: return QColor(0x7b, 0x8f, 0xc7);
    case ComponentState::Running: return QColor(0x2f, 0x6f, 0xb0);
    case ComponentState::Retrying: return QColor(0xd9, 0x9a, 0x1e);
    case ComponentState::Idle: return QColor(0xa9, 0xb4, 0xc2);
    case ComponentState::Finished: return QColor(0x1f, 0x7a, 0x4d);
    case ComponentState::Failed: return QColor(0xb3, 0x26, 0x1e);
    case ComponentState::Dead: return QColor(0x7a, 0x1c, 0x16);
    }
    return Qt::gray;
}

QVariant ComponentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComponentSnapshot &c = m_rows.at(index.row());
    const bool dead = c.state == ComponentState::Dead;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ProjectColumn: return c.project;
        case ComponentColumn: return c.name;
        case KindColumn: return StateText::of(c.kind);
        case StepColumn: return StateText::step(c.step);
        case StateColumn:
            return dead
                ? tr("Dead since %1")
                      .arg(QLocale().toString(c.stoppedAt.toLocalTime(), QLocale::ShortFormat))
                : stateName(c.state);
        case ProcessColumn: return tr("%1 · %2").arg(c.pid).arg(c.thread);
        case ObjectColumn: return c.object;
        case PositionColumn: return c.position;
        case RowsColumn: return rate(c.rowsPerSecond);
        case BytesColumn: return bytesRate(c.bytesPerSecond);
        case EventsColumn: return rate(c.eventsPerSecond);
        case QueueColumn: return c.queueDepth;
        case RetriesColumn: return c.retries;
        case ErrorsColumn: return c.errors;
        case LagColumn: return lagText(c);
        case UpdatedColumn:
            return QLocale().toString(c.updatedAt.toLocalTime().time(), QLocale::LongFormat);
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateColor(c.state);
        break;
    case Qt::ForegroundRole:
        if (dead)
            return stateColor(ComponentState::Dead);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= RowsColumn && index.column() <= ErrorsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (dead)
            return tr("Process %1 on %2 is gone or stopped publishing; last heard of at %3. "
                      "Restart resumes the project from its checkpoints.")
                .arg(c.pid)
                .arg(c.host, c.stoppedAt.toLocalTime().toString(Qt::ISODate));
        return tr("%1 of project %2, run %3, on %4").arg(c.name, c.project, c.runId, c.host);
    case StateIdRole: return stateId(c.state);
    case ProjectIdRole: return c.projectId;
    case ComponentNameRole: return c.name;
    }
    return {};
}

QVariant ComponentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ProjectColumn: return tr("Project");
    case ComponentColumn: return tr("Component");
    case KindColumn: return tr("Kind");
    case StepColumn: return tr("Step");
    case StateColumn: return tr("State");
    case ProcessColumn: return tr("Process · thread");
    case ObjectColumn: return tr("Object");
    case PositionColumn: return tr("Position");
    case RowsColumn: return tr("Rows/s");
    case BytesColumn: return tr("Bytes/s");
    case EventsColumn: return tr("Events/s");
    case QueueColumn: return tr("Queue");
    case RetriesColumn: return tr("Retries");
    case ErrorsColumn: return tr("Errors");
    case LagColumn: return tr("Lag read / queue / apply");
    case UpdatedColumn: return tr("Last update");
    case ColumnCount: break;
    }
    return {};
}

void ComponentsModel::setComponents(const QList<ComponentSnapshot> &components)
{
    bool sameIds = components.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < components.size(); ++i)
        sameIds = components[i].id == m_rows[i].id;
    if (sameIds) {
        m_rows = components;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = components;
    endResetModel();
}

} // namespace ferry::ui

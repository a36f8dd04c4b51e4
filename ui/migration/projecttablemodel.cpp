#include "projecttablemodel.h"

#include "common/durationtext.h"
#include "widgets/icons.h"
#include "widgets/statetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ferry::ui {

void ProjectTableModel::setProjects(const QList<ProjectRecord> &projects,
                                    const QHash<qint64, StreamRecord> &forwardStreams)
{
    beginResetModel();
    m_projects = projects;
    m_streams = forwardStreams;
    // Live progress of projects no longer running is the store's business again.
    for (auto it = m_live.begin(); it != m_live.end();) {
        bool running = false;
        for (const ProjectRecord &p : projects)
            running = running || (p.id == it.key() && p.state == ProjectState::Running);
        it = running ? std::next(it) : m_live.erase(it);
    }
    endResetModel();
}

void ProjectTableModel::setLive(qint64 projectId, const RunProgress &progress)
{
    m_live.insert(projectId, progress);
    const int row = rowOf(projectId);
    if (row >= 0)
        emit dataChanged(index(row, Progress), index(row, Lag));
}

void ProjectTableModel::setStream(qint64 projectId, const std::optional<StreamRecord> &forward)
{
    if (forward)
        m_streams.insert(projectId, *forward);
    else
        m_streams.remove(projectId);
    const int row = rowOf(projectId);
    if (row >= 0)
        emit dataChanged(index(row, Lag), index(row, Lag));
}

const ProjectRecord *ProjectTableModel::projectAt(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects[row] : nullptr;
}

int ProjectTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_projects.size(); ++i)
        if (m_projects[i].id == id)
            return i;
    return -1;
}

QStringList ProjectTableModel::tags() const
{
    QStringList out;
    for (const ProjectRecord &p : m_projects)
        for (const QString &t : p.definition.tags)
            if (!out.contains(t))
                out << t;
    out.sort(Qt::CaseInsensitive);
    return out;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectTableModel::endpointText(const EndpointSpec &spec)
{
    if (spec.isDataSource())
        return spec.dataSource;
    if (spec.isKafka())
        return QStringLiteral("Kafka ") + spec.kafka->bootstrapServers;
    return StateText::engine(spec.endpoint.engine) + QLatin1Char(' ')
        + spec.endpoint.displayAddress();
}

double ProjectTableModel::progressOf(const ProjectRecord &p) const
{
    const auto live = m_live.constFind(p.id);
    if (live != m_live.constEnd() && live->step == QLatin1String("full"))
        return live->fraction;
    return p.progress;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_projects.size())
        return {};
    const ProjectRecord &p = m_projects[index.row()];
    switch (role) {
    case IdRole: return p.id;
    case StateRole: return projectStateId(p.state);
    case TagsRole: return p.definition.tags;
    case ProgressRole: return progressOf(p);
    default: break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name: return p.name();
        case Route:
            return QString(endpointText(p.definition.source) + u" → "_s
                           + endpointText(p.definition.target));
        case Steps: return StateText::steps(p.definition.steps);
        case State: return role == SortRole ? QVariant(int(p.state)) : StateText::of(p.state);
        case Progress:
            if (role == SortRole)
                return progressOf(p);
            return QString(QString::number(progressOf(p) * 100, 'f', 0) + u'%');
        case Lag: {
            // The incremental step's measure: its forward stream's lag as last saved.
            const auto stream = m_streams.constFind(p.id);
            if (stream == m_streams.constEnd())
                return role == SortRole ? QVariant(qint64(-2)) : QVariant(tr("—"));
            if (role == SortRole)
                return stream->lagMs;
            return stream->lagMs < 0 ? tr("unknown") : durationText(stream->lagMs);
        }
        case Tags: return p.definition.tags.join(u", "_s);
        case Created:
            if (role == SortRole)
                return p.createdAt;
            return QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (p.state) {
        case ProjectState::Running: return icons::get(u"status/running"_s);
        case ProjectState::Completed: return icons::get(u"status/ok"_s);
        case ProjectState::Failed: return icons::get(u"status/error"_s);
        case ProjectState::Paused:
        case ProjectState::Interrupted: return icons::get(u"status/warning"_s);
        default: return icons::get(u"status/unknown"_s);
        }
    }
    if (role == Qt::ToolTipRole && !p.lastError.isEmpty())
        return p.lastError;
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Route: return tr("Source → Target");
    case Steps: return tr("Steps");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Lag: return tr("Lag");
    case Tags: return tr("Tags");
    case Created: return tr("Created");
    }
    return {};
}

} // namespace ferry::ui

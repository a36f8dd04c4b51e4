#pragma once

#include "pipeline/runprogress.h"
#include "project/projectrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace ferry::ui {

// Migration projects as a table: name, source → target, steps, state, progress, lag, tags,
// created. Rows come from the store (setProjects, with each project's forward change stream for
// its lag); running projects' progress comes live from their runners (setLive), a shown
// project's stream from its details' reads (setStream). IdRole gives the project id, StateRole its
// state id, SortRole a value that sorts naturally.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Route, Steps, State, Progress, Lag, Tags, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole, StateRole, SortRole, TagsRole, ProgressRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setProjects(const QList<ProjectRecord> &projects,
                     const QHash<qint64, StreamRecord> &forwardStreams = {});
    void setLive(qint64 projectId, const RunProgress &progress);
    void setStream(qint64 projectId, const std::optional<StreamRecord> &forward);
    const ProjectRecord *projectAt(int row) const;
    int rowOf(qint64 id) const;
    QStringList tags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString endpointText(const EndpointSpec &spec);

private:
    double progressOf(const ProjectRecord &p) const;

    QList<ProjectRecord> m_projects;
    QHash<qint64, RunProgress> m_live;
    QHash<qint64, StreamRecord> m_streams; // forward streams by project id
};

} // namespace ferry::ui

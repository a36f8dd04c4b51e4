#pragma once

#include "pipeline/runprogress.h"
#include "pipeline/streamrecord.h"
#include "project/projectrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace ferry::ui {

// One sync project as the list shows it: the stored project, its forward stream as last saved
// and the messages acknowledged per topic.
struct SyncProjectRow
{
    ProjectRecord project;
    std::optional<StreamRecord> stream;
    QMap<QString, qint64> messagesPerTopic;
};

// Sync projects as a table: name, state, format, topic template, lag, events/s, messages per
// topic, last error. Rows come from the store (setRows); running projects' events/s come live
// from their runners (setLive). IdRole gives the project id, StateRole its state id.
class SyncProjectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        State,
        Format,
        Topic,
        Lag,
        EventsPerSecond,
        Messages,
        LastError,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, StateRole, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<SyncProjectRow> &rows);
    // `running`: the ids of projects whose runner runs in this console.
    void setRunning(const QSet<qint64> &running);
    void setLive(qint64 projectId, const RunProgress &progress);
    const SyncProjectRow *rowAt(int row) const;
    int rowOf(qint64 id) const;
    // The state as the list shows it: Running while this console's runner runs.
    ProjectState stateOf(const SyncProjectRow &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "topic: 12 · other: 3"
    static QString messagesText(const QMap<QString, qint64> &perTopic);
    // "1.2 s", "350 ms", "–"
    static QString lagText(qint64 lagMs);

private:
    QList<SyncProjectRow> m_rows;
    QSet<qint64> m_running;
    QHash<qint64, double> m_liveRate;
};

} // namespace ferry::ui

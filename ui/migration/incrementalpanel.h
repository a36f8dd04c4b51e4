#pragma once

#include "pipeline/metricsample.h"
#include "pipeline/streamrecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ferry::ui {

class SimpleTableModel;
class ThroughputChart;

// A project's incremental synchronization as its change streams last saved it: the stream's
// state, read and applied positions, the source commit time of the last applied transaction,
// the lag, events per second and transactions, the inserts, updates and deletes per table, and
// the lag over the project's metric samples. Shows what it is given: ProjectDetails reads the
// store on a worker. UI thread.
class IncrementalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncrementalPanel(QWidget *parent = nullptr);

    // `running`: a live run moves the streams on; a moving state saved by a run that is gone
    // says so.
    void setStreams(const QList<StreamRecord> &streams, bool running);
    void setSamples(const QList<MetricSample> &samples);
    void clear();

    const QList<StreamRecord> &streams() const { return m_streams; }
    // The stream shown ("forward" unless another was chosen), empty before any was saved.
    QString shownStream() const;
    void showStream(const QString &stream);

private:
    void showCurrent();

    QList<StreamRecord> m_streams;
    bool m_running = false;

    QLabel *m_empty;
    QWidget *m_content;
    QComboBox *m_streamChoice;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_readPosition;
    QLabel *m_appliedPosition;
    QLabel *m_lastCommit;
    QLabel *m_lag;
    QLabel *m_rate;
    QLabel *m_transactions;
    QLabel *m_savedAt;
    QLabel *m_detail;
    ThroughputChart *m_lagChart;
    SimpleTableModel *m_tables;
    QTableView *m_tablesView;
};

} // namespace ferry::ui

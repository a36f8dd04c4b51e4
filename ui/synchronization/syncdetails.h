#pragma once

#include "project/projectservice.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace ferry::ui {

class ConsoleContext;
class IncrementalPanel;
class SimpleTableModel;

// The selected sync project: its target and format, the last error with its cause, the
// messages per topic, and its change stream with the live figures and the lag chart of the
// migration page's incremental tab (IncrementalPanel). Reads the store on a worker, every two
// seconds while the project runs in this console. UI thread.
class SyncDetails : public QWidget
{
    Q_OBJECT

public:
    explicit SyncDetails(ConsoleContext *context, QWidget *parent = nullptr);

    void showProject(qint64 id);
    qint64 projectId() const { return m_projectId; }
    IncrementalPanel *streamPanel() const { return m_stream; }
    SimpleTableModel *topics() const { return m_topics; }

signals:
    void refreshed();

private:
    void refresh();

    ConsoleContext *m_context;
    qint64 m_projectId = 0;
    int m_generation = 0;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_error;
    SimpleTableModel *m_topics;
    QTableView *m_topicsView;
    IncrementalPanel *m_stream;
    QTimer *m_timer;
};

} // namespace ferry::ui

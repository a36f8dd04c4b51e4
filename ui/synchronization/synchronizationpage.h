#pragma once

#include "common/error.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ferry {
struct ProjectRecord;
class ProjectService;
} // namespace ferry

namespace ferry::ui {

class ConsoleContext;
class SyncDetails;
class SyncProjectModel;
struct SyncProjectRow;

// Data Synchronization: the sync projects (database changes into Kafka) with their state,
// format, topics, lag, events/s, messages per topic and last error; start / pause / resume /
// delete through ProjectService and ProjectRunner as on the migration page (a viewer sees no
// action); the "New sync project" wizard; and the selected project's stream in detail.
class SynchronizationPage : public QWidget
{
    Q_OBJECT

public:
    explicit SynchronizationPage(ConsoleContext *context, QWidget *parent = nullptr);

    SyncProjectModel *model() const { return m_model; }
    SyncDetails *details() const { return m_details; }
    void selectProject(qint64 id);

public slots:
    void reload();
    void createProject();
    void startSelected();
    void pauseSelected();
    void deleteSelected();

signals:
    void reloaded();
    // The wizard opened (tests drive it).
    void wizardOpened(QWidget *wizard);

private:
    const SyncProjectRow *selected() const;
    void updateActions();
    void start(const ProjectRecord &project);
    void projectSaved(qint64 id, bool startNow);

    ConsoleContext *m_context;
    SyncProjectModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_empty;
    SyncDetails *m_details;
    QAction *m_create;
    QAction *m_start;
    QAction *m_pause;
    QAction *m_delete;
    qint64 m_pendingSelection = 0;
};

} // namespace ferry::ui

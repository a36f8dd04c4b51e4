#pragma once

#include "common/error.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ferry {
struct ProjectRecord;
class ProjectService;
} // namespace ferry

namespace ferry::ui {

class ConsoleContext;
class ProjectDetails;
class ProjectFilterModel;
class ProjectTableModel;

// Data Migration: the projects (search, state and tag filters), the actions each state allows
// (start, pause, resume, clone, edit parameters, release, delete), import and export of project
// files, the create wizard, and the selected project's details.
class MigrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationPage(ConsoleContext *context, QWidget *parent = nullptr);

    ProjectTableModel *model() const { return m_model; }
    ProjectDetails *details() const { return m_details; }
    // Shows only projects in `stateId` ("running", "failed", ...); empty: all.
    void setStateFilter(const QString &stateId);
    // Selects the project called `name` once the list has it (the console's --project option).
    void selectProjectNamed(const QString &name);
    void selectProject(qint64 id);

public slots:
    void reload();
    void createProject();
    void importProject();
    void exportSelected();
    void startSelected();
    void pauseSelected();
    void cloneSelected();
    void editSelected();
    void projectSaved(qint64 id, bool startNow);
    void confirmThenChange(const QString &title, const QString &question, const QString &objectName,
                           const QString &failure, std::function<Status(ProjectService &)> change);
    void releaseSelected();
    void deleteSelected();

signals:
    void reloaded();

private:
    const ProjectRecord *selected() const;
    void updateActions();
    void start(const ProjectRecord &project);

    ConsoleContext *m_context;
    ProjectTableModel *m_model;
    ProjectFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_tag;
    QLabel *m_empty;
    ProjectDetails *m_details;
    QAction *m_create;
    QAction *m_import;
    QAction *m_export;
    QAction *m_start;
    QAction *m_pause;
    QAction *m_clone;
    QAction *m_edit;
    QAction *m_release;
    QAction *m_delete;
    qint64 m_pendingSelection = 0;
    QString m_pendingName;
};

} // namespace ferry::ui

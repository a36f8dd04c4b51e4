#pragma once

#include <QWidget>

class QLabel;

namespace ferry::ui {

class ConsoleContext;
class HelpPanel;
class ResourcePanel;
class TaskStatusPanel;

// Overview: how many projects and data sources there are, this machine's resources, the
// projects by state, and the help.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(ConsoleContext *context, QWidget *parent = nullptr);

    ResourcePanel *resources() const { return m_resources; }
    TaskStatusPanel *taskStatus() const { return m_taskStatus; }
    HelpPanel *help() const { return m_help; }

public slots:
    void reload();

signals:
    // A task status slice was clicked: type "migration" or "synchronization", the state id as
    // projectStateId() spells it ("failed").
    void stateClicked(const QString &type, const QString &stateId);

private:
    ConsoleContext *m_context;
    QLabel *m_migrations;
    QLabel *m_synchronizations;
    QLabel *m_dataSources;
    ResourcePanel *m_resources;
    TaskStatusPanel *m_taskStatus;
    HelpPanel *m_help;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace ferry::ui

#pragma once

#include <QFrame>

class QTabWidget;

namespace ferry {
class TaskStatus;
}

namespace ferry::ui {

class TaskStatusChart;

// The Overview's task status card: one tab per project type, each a TaskStatusChart.
class TaskStatusPanel : public QFrame
{
    Q_OBJECT

public:
    explicit TaskStatusPanel(QWidget *parent = nullptr);

    void setStatus(const TaskStatus &status);
    TaskStatusChart *chart(const QString &type) const;

signals:
    // type "migration" or "synchronization"; stateId as projectStateId() spells it.
    void stateClicked(const QString &type, const QString &stateId);

private:
    void addChart(TaskStatusChart *chart, const QString &title);

    QTabWidget *m_tabs;
    QList<TaskStatusChart *> m_charts;
};

} // namespace ferry::ui

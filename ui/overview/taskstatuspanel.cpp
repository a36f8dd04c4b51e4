#include "taskstatuspanel.h"

#include "monitor/taskstatus.h"
#include "taskstatuschart.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

TaskStatusPanel::TaskStatusPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"card"_s);
    auto *title = new QLabel(tr("Task status"));
    title->setObjectName(u"sectionTitle"_s);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"taskStatusTabs"_s);
    // Underlined tabs: the card is the frame, the tabs need none of their own.
    m_tabs->setStyleSheet(
        u"QTabWidget::pane { border: none; border-top: 1px solid #e6eaf0; top: -1px; }"
        "QTabBar::tab { background: transparent; border: none; border-bottom: 2px solid "
        "transparent; padding: 6px 12px; margin-right: 4px; color: #5b6b7f; }"
        "QTabBar::tab:hover { color: #1d2a3a; }"
        "QTabBar::tab:selected { color: #1d2a3a; border-bottom: 2px solid #2f6fb0; }"_s);
    addChart(new TaskStatusChart(u"migration"_s,
                                 tr("<p>No migration projects yet.</p><p>Create one on the "
                                    "<b>Data Migration</b> page, or run <code>ferry run "
                                    "PROJECT.json</code>.</p>")),
             tr("Data migration"));
    addChart(new TaskStatusChart(
                 u"synchronization"_s,
                 tr("<p>No sync projects yet.</p><p>Stream a database's changes into Kafka: "
                    "create one on the <b>Data Synchronization</b> page, or run a "
                    "<code>\"type\": \"sync\"</code> project file with <code>ferry "
                    "run</code>.</p>")),
             tr("Data synchronization"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
}

void TaskStatusPanel::addChart(TaskStatusChart *chart, const QString &title)
{
    m_charts.append(chart);
    m_tabs->addTab(chart, title);
    connect(
        chart, &TaskStatusChart::stateClicked, this,
        [this, type = chart->type()](const QString &stateId) { emit stateClicked(type, stateId); });
}

void TaskStatusPanel::setStatus(const TaskStatus &status)
{
    for (TaskStatusChart *chart : std::as_const(m_charts)) {
        QList<int> counts;
        // Sync projects are stored with type "sync"; the tab keeps its longer name.
        const QString type = chart->type() == u"synchronization" ? u"sync"_s : chart->type();
        for (ProjectState state : TaskStatus::states())
            counts.append(status.count(type, state));
        chart->setCounts(counts);
    }
}

TaskStatusChart *TaskStatusPanel::chart(const QString &type) const
{
    for (TaskStatusChart *chart : m_charts)
        if (chart->type() == type)
            return chart;
    return nullptr;
}

} // namespace ferry::ui

#pragma once

#include <QWidget>

class QTabWidget;

namespace ferry::ui {

class ComponentsTab;
class ConsoleContext;
class MetricsTab;

// O&M and Monitoring: the pipeline components of every run on this machine, the metrics
// history with the host beside it, the risk board, the logs and the diagnosis, one tab each.
class MonitoringPage : public QWidget
{
    Q_OBJECT

public:
    // The tabs in order; `ferry --page monitoring --tab components|metrics|risks|logs|diagnosis`.
    enum class Tab { Components, Metrics, Risks, Logs, Diagnosis };
    static QStringList tabIds();

    explicit MonitoringPage(ConsoleContext *context, QWidget *parent = nullptr);

    void showTab(Tab tab);
    Tab currentTab() const;

    ComponentsTab *componentsTab() const { return m_components; }
    MetricsTab *metricsTab() const { return m_metrics; }

private:
    ConsoleContext *m_context;
    QTabWidget *m_tabs;
    ComponentsTab *m_components;
    MetricsTab *m_metrics;
};

} // namespace ferry::ui

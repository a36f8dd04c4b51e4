#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

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
    // Puts `widget` in `tab` in place of what is there (the page owns it then): the Risks,
    // Logs and Diagnosis tabs are built beside this page and set here.
    void setTabWidget(Tab tab, QWidget *widget);

    ComponentsTab *componentsTab() const { return m_components; }
    MetricsTab *metricsTab() const { return m_metrics; }

public slots:
    // Re-reads the log tail (the Logs tab until its own widget replaces it).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *logTail();
    QWidget *placeholder(const QString &text, const QString &objectName);

    ConsoleContext *m_context;
    QTabWidget *m_tabs;
    ComponentsTab *m_components;
    MetricsTab *m_metrics;
    QPlainTextEdit *m_log = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_timer;
    QStringList m_lines;
    bool m_loading = false;
};

} // namespace ferry::ui

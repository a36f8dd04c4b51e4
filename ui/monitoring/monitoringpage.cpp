#include "monitoringpage.h"

#include "componentstab.h"
#include "consolecontext.h"
#include "diagnosistab.h"
#include "logstab.h"
#include "metricstab.h"
#include "riskstab.h"
#include "widgets/pageheader.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ferry::ui {

QStringList MonitoringPage::tabIds()
{
    return {QStringLiteral("components"), QStringLiteral("metrics"), QStringLiteral("risks"),
            QStringLiteral("logs"), QStringLiteral("diagnosis")};
}

MonitoringPage::MonitoringPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_components = new ComponentsTab(context);
    m_metrics = new MetricsTab(context);
    m_tabs->addTab(m_components, tr("Components"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(new RisksTab(context), tr("Risks"));
    m_tabs->addTab(new LogsTab(context), tr("Logs"));
    m_tabs->addTab(new DiagnosisTab(context), tr("Diagnosis"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(new PageHeader(tr("O&M and Monitoring"),
                                     tr("Every running component, the metrics history, risks, "
                                        "logs and diagnosis.")));
    layout->addWidget(m_tabs, 1);
}

void MonitoringPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

MonitoringPage::Tab MonitoringPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

} // namespace ferry::ui

#include "overviewpage.h"

#include "consolecontext.h"
#include "helppanel.h"
#include "monitor/taskstatus.h"
#include "resourcepanel.h"
#include "store/storestatistics.h"
#include "taskstatuspanel.h"
#include "widgets/async.h"
#include "widgets/pageheader.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

QFrame *card(const QString &label, QLabel *value)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(0);
    value->setProperty("role", QStringLiteral("cardValue"));
    auto *caption = new QLabel(label);
    caption->setObjectName(QStringLiteral("cardLabel"));
    layout->addWidget(value);
    layout->addWidget(caption);
    return frame;
}

struct Counts
{
    Result<StoreStatistics> statistics;
    Result<TaskStatus> status;
};

} // namespace

OverviewPage::OverviewPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_migrations = new QLabel(QStringLiteral("–"));
    m_migrations->setObjectName(QStringLiteral("migrationCount"));
    m_synchronizations = new QLabel(QStringLiteral("–"));
    m_synchronizations->setObjectName(QStringLiteral("synchronizationCount"));
    m_dataSources = new QLabel(QStringLiteral("–"));
    m_dataSources->setObjectName(QStringLiteral("dataSourceCount"));

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    cards->addWidget(card(tr("Migration projects"), m_migrations), 0, 0);
    cards->addWidget(card(tr("Synchronization projects"), m_synchronizations), 0, 1);
    cards->addWidget(card(tr("Data sources"), m_dataSources), 0, 2);

    m_resources = new ResourcePanel(context);
    m_taskStatus = new TaskStatusPanel;
    m_help = new HelpPanel;

    auto *panels = new QHBoxLayout;
    panels->setSpacing(12);
    panels->addWidget(m_resources, 1);
    panels->addWidget(m_taskStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(
        tr("Overview"), tr("Projects, data sources and this machine's resources, with help.")));
    layout->addLayout(cards);
    layout->addLayout(panels, 3);
    layout->addWidget(m_help, 2);

    connect(m_taskStatus, &TaskStatusPanel::stateClicked, this, &OverviewPage::stateClicked);
    connect(context, &ConsoleContext::dataSourcesChanged, this, &OverviewPage::reload);
    connect(context, &ConsoleContext::projectsChanged, this, &OverviewPage::reload);
    connect(context, &ConsoleContext::runnersChanged, this, &OverviewPage::reload);
    reload();
}

void OverviewPage::reload()
{
    // One read at a time; signals arriving meanwhile ask for one more afterwards.
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    auto store = m_context->store();
    runAsync(
        this,
        [store] {
            return Counts {StoreStatistics::read(*store), TaskStatus::read(*store)};
        },
        [this](const Counts &counts) {
            m_loading = false;
            if (counts.statistics) {
                m_migrations->setText(QString::number(counts.statistics->migrationProjects));
                m_synchronizations->setText(
                    QString::number(counts.statistics->synchronizationProjects));
                m_dataSources->setText(QString::number(counts.statistics->dataSources));
            }
            if (counts.status)
                m_taskStatus->setStatus(*counts.status);
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
}

} // namespace ferry::ui

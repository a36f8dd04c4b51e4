#include "overviewpage.h"

#include "consolecontext.h"
#include "store/storestatistics.h"
#include "widgets/async.h"
#include "widgets/pageheader.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

QFrame *card(const QString &label, QLabel *value)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    value->setProperty("role", QStringLiteral("cardValue"));
    auto *caption = new QLabel(label);
    caption->setObjectName(QStringLiteral("cardLabel"));
    layout->addWidget(value);
    layout->addWidget(caption);
    return frame;
}

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(
        new PageHeader(tr("Overview"), tr("Projects and data sources on this Ferry store.")));
    layout->addLayout(cards);
    layout->addStretch(1);

    connect(context, &ConsoleContext::dataSourcesChanged, this, &OverviewPage::reload);
    connect(context, &ConsoleContext::projectsChanged, this, &OverviewPage::reload);
    reload();
}

void OverviewPage::reload()
{
    auto store = m_context->store();
    runAsync(
        this, [store] { return StoreStatistics::read(*store); },
        [this](const Result<StoreStatistics> &stats) {
            if (!stats)
                return;
            m_migrations->setText(QString::number(stats->migrationProjects));
            m_synchronizations->setText(QString::number(stats->synchronizationProjects));
            m_dataSources->setText(QString::number(stats->dataSources));
        });
}

} // namespace ferry::ui

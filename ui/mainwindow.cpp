#include "mainwindow.h"

#include "consolecontext.h"
#include "datasources/datasourcepage.h"
#include "migration/migrationpage.h"
#include "monitoring/monitoringpage.h"
#include "overview/overviewpage.h"
#include "synchronization/synchronizationpage.h"
#include "system/systempage.h"
#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ferry::ui {

MainWindow::MainWindow(ConsoleContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry-logo.svg")));

    auto *brand = new QWidget;
    brand->setObjectName(QStringLiteral("brand"));
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(14, 12, 14, 12);
    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/ferry/icons/ferry-logo.svg")).pixmap(32, 32));
    auto *name = new QLabel(tr("Ferry"));
    name->setObjectName(QStringLiteral("brandName"));
    auto *tagline = new QLabel(tr("Migration & sync console"));
    tagline->setObjectName(QStringLiteral("brandTagline"));
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    brandText->addWidget(name);
    brandText->addWidget(tagline);
    brandLayout->addWidget(logo);
    brandLayout->addLayout(brandText, 1);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("sidePane"));
    side->setFixedWidth(244);
    side->setStyleSheet(QStringLiteral("QWidget#sidePane { background: #1d2a3a; }"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(brand);
    sideLayout->addWidget(m_navigation, 1);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pageContainer"));

    auto *overview = new OverviewPage(context);
    auto *migration = new MigrationPage(context);
    addModule(QStringLiteral("nav/overview"), tr("Overview"), overview);
    addModule(QStringLiteral("nav/migration"), tr("Data Migration"), migration);
    // A task status slice opens the projects in that state.
    connect(overview, &OverviewPage::stateClicked, this,
            [this, migration](const QString &type, const QString &stateId) {
                if (type == QLatin1String("synchronization"))
                    showModule(DataSynchronization);
                if (type != QLatin1String("migration"))
                    return;
                migration->setStateFilter(stateId);
                showModule(DataMigration);
            });
    addModule(QStringLiteral("nav/sync"), tr("Data Synchronization"),
              new SynchronizationPage(context));
    addModule(QStringLiteral("nav/datasource"), tr("Data Source Management"),
              new DataSourcePage(context));
    addModule(QStringLiteral("nav/monitoring"), tr("O&M and Monitoring"),
              new MonitoringPage(context));
    addModule(QStringLiteral("nav/system"), tr("System Management"), new SystemPage(context));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_storeStatus = new QLabel(tr("Store: %1").arg(context->storePath()));
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addPermanentWidget(m_storeStatus);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(Overview);
    resize(1280, 800);
}

void MainWindow::addModule(const QString &icon, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(icons::get(icon), title, m_navigation);
    item->setSizeHint(QSize(200, 40));
    m_pages->addWidget(page);
}

void MainWindow::showModule(Module module)
{
    m_navigation->setCurrentRow(module);
}

QWidget *MainWindow::page(Module module) const
{
    return m_pages->widget(module);
}

} // namespace ferry::ui

// The Overview: counts, task status per state (slices, legend, clicks), live resources and the
// help, on a store seeded with known projects.
#include "consolecontext.h"
#include "consolemain.h"
#include "overview/helppanel.h"
#include "overview/overviewpage.h"
#include "overview/resourcepanel.h"
#include "overview/resourceusagemodel.h"
#include "overview/taskstatuschart.h"
#include "overview/taskstatusmodel.h"
#include "overview/taskstatuspanel.h"
#include "store/metastore.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

class TestOverview : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<OverviewPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_migrationTester;
    std::unique_ptr<QAbstractItemModelTester> m_synchronizationTester;
    std::unique_ptr<QAbstractItemModelTester> m_resourceTester;

    void addProjects(const QString &type, const QString &state, int count)
    {
        static int serial = 0;
        for (int i = 0; i < count; ++i) {
            auto ok = m_store->exec(u"INSERT INTO project (name, type, state, definition, "
                                    "created_at, updated_at) VALUES (?, ?, ?, '{}', '', '')"_s,
                                    {u"p%1"_s.arg(++serial), type, state});
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
            // A running project is one whose run beats (this process, an hour's interval);
            // without a heartbeat it would read as interrupted.
            if (state == u"running"_s)
                QVERIFY(m_store->exec(
                    u"INSERT INTO run_heartbeat (project_id, run_id, pid, host, at, interval_ms) "
                    "VALUES (?, 'run', ?, ?, ?, 3600000)"_s,
                    {ok->lastInsertId(), QCoreApplication::applicationPid(),
                     QSysInfo::machineHostName(),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}));
        }
    }

    TaskStatusChart *chart(const QString &type) const
    {
        return m_page->findChild<TaskStatusChart *>(type + u"Status"_s);
    }

    QPieSeries *migrationSeries() const
    {
        auto *view = m_page->findChild<QChartView *>(u"migrationStatusChart"_s);
        return view && !view->chart()->series().isEmpty()
            ? qobject_cast<QPieSeries *>(view->chart()->series().first())
            : nullptr;
    }

    QPieSlice *slice(const QString &label) const
    {
        for (QPieSlice *s : migrationSeries()->slices())
            if (s->label() == label)
                return s;
        return nullptr;
    }

    QString text(const char *objectName) const
    {
        auto *label = m_page->findChild<QLabel *>(QString::fromLatin1(objectName));
        return label ? label->text() : u"(no %1)"_s.arg(QString::fromLatin1(objectName));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
    }

    // Every test function starts from the same fresh store and page, so none depends on what
    // another changed (projects added, a tab or topic selected, the page hidden).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = MetaStore::open(m_dir->filePath(u"ferry.db"_s));
        QVERIFY(store);
        m_store = *store;
        QVERIFY(m_store->exec(u"INSERT INTO datasource (uuid, name, engine, created_at, "
                              "updated_at) VALUES ('u1', 'shop', 'mariadb', '', ''), "
                              "('u2', 'reporting', 'postgresql', '', '')"_s));
        addProjects(u"migration"_s, u"running"_s, 2);
        addProjects(u"migration"_s, u"failed"_s, 1);
        addProjects(u"migration"_s, u"completed"_s, 3);

        m_context = std::make_unique<ConsoleContext>(m_store);
        m_page = std::make_unique<OverviewPage>(m_context.get());
        m_migrationTester = std::make_unique<QAbstractItemModelTester>(
            chart(u"migration"_s)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_synchronizationTester = std::make_unique<QAbstractItemModelTester>(
            chart(u"synchronization"_s)->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resourceTester = std::make_unique<QAbstractItemModelTester>(
            m_page->resources()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1036, 776);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_migrationTester.reset();
        m_synchronizationTester.reset();
        m_resourceTester.reset();
        m_page.reset();
        m_context.reset();
        m_store.reset();
        m_dir.reset();
    }

    void countsComeFromTheStore()
    {
        QTRY_COMPARE(text("migrationCount"), u"6"_s);
        QCOMPARE(text("synchronizationCount"), u"0"_s);
        QCOMPARE(text("dataSourceCount"), u"2"_s);
    }

    void migrationSlicePerState_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("stateId");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("share");
        QTest::newRow("not started") << 0 << u"not-started"_s << u"Not started"_s << 0 << u"0.0%"_s;
        QTest::newRow("running") << 1 << u"running"_s << u"Running"_s << 2 << u"33.3%"_s;
        QTest::newRow("interrupted") << 2 << u"interrupted"_s << u"Interrupted"_s << 0 << u"0.0%"_s;
        QTest::newRow("paused") << 3 << u"paused"_s << u"Paused"_s << 0 << u"0.0%"_s;
        QTest::newRow("failed") << 4 << u"failed"_s << u"Failed"_s << 1 << u"16.7%"_s;
        QTest::newRow("completed") << 5 << u"completed"_s << u"Completed"_s << 3 << u"50.0%"_s;
        QTest::newRow("releasing") << 6 << u"releasing"_s << u"Releasing"_s << 0 << u"0.0%"_s;
        QTest::newRow("released") << 7 << u"released"_s << u"Released"_s << 0 << u"0.0%"_s;
    }

    void migrationSlicePerState()
    {
        QFETCH(int, row);
        QFETCH(QString, stateId);
        QFETCH(QString, label);
        QFETCH(int, count);
        QFETCH(QString, share);

        QPieSeries *series = migrationSeries();
        QVERIFY(series);
        QTRY_COMPARE(series->sum(), 6.0);
        QCOMPARE(series->count(), 8);
        QCOMPARE(series->holeSize() > 0, true);
        QPieSlice *s = series->slices().at(row);
        QCOMPARE(s->label(), label);
        QCOMPARE(s->value(), double(count));
        QCOMPARE(s->color(), TaskStatusModel::stateColor(projectStateFromId(stateId)));

        // The legend: the same row, with the count and the share.
        auto *legend = m_page->findChild<QTableView *>(u"migrationStatusLegend"_s);
        QVERIFY(legend);
        QAbstractItemModel *m = legend->model();
        QCOMPARE(m->index(row, TaskStatusModel::StateColumn).data().toString(), label);
        QCOMPARE(m->index(row, TaskStatusModel::CountColumn).data().toInt(), count);
        QCOMPARE(m->index(row, TaskStatusModel::ShareColumn).data().toString(), share);
        QCOMPARE(m->index(row, 0).data(TaskStatusModel::StateIdRole).toString(), stateId);
    }

    void totalInTheHoleAndNoEmptyState()
    {
        QTRY_VERIFY(text("migrationStatusTotal").contains(u">6<"_s));
        QVERIFY(text("migrationStatusTotal").contains(u"projects"_s));
        QVERIFY(m_page->findChild<QChartView *>(u"migrationStatusChart"_s)->isVisible());
        QVERIFY(!m_page->findChild<QLabel *>(u"migrationStatusEmpty"_s)->isVisible());
    }

    void clickingASliceEmitsItsState_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("stateId");
        QTest::newRow("running") << u"Running"_s << u"running"_s;
        QTest::newRow("failed") << u"Failed"_s << u"failed"_s;
        QTest::newRow("completed") << u"Completed"_s << u"completed"_s;
    }

    void clickingASliceEmitsItsState()
    {
        QFETCH(QString, label);
        QFETCH(QString, stateId);
        QTRY_COMPARE(migrationSeries()->sum(), 6.0);
        QSignalSpy spy(m_page.get(), &OverviewPage::stateClicked);
        QPieSlice *s = slice(label);
        QVERIFY(s);
        emit s->clicked();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), u"migration"_s);
        QCOMPARE(spy.first().at(1).toString(), stateId);
    }

    void clickingALegendRowEmitsItsState()
    {
        QTRY_COMPARE(migrationSeries()->sum(), 6.0);
        auto *legend = m_page->findChild<QTableView *>(u"migrationStatusLegend"_s);
        QSignalSpy spy(m_page.get(), &OverviewPage::stateClicked);
        const QRect failed =
            legend->visualRect(legend->model()->index(4, TaskStatusModel::StateColumn));
        QTest::mouseClick(legend->viewport(), Qt::LeftButton, {}, failed.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), u"migration"_s);
        QCOMPARE(spy.first().at(1).toString(), u"failed"_s);
        // A state without projects lists nothing: no signal.
        const QRect paused =
            legend->visualRect(legend->model()->index(3, TaskStatusModel::StateColumn));
        QTest::mouseClick(legend->viewport(), Qt::LeftButton, {}, paused.center());
        QCOMPARE(spy.count(), 1);
    }

    void synchronizationTabExplainsWhenThereAreNone()
    {
        auto *tabs = m_page->findChild<QTabWidget *>(u"taskStatusTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(0), u"Data migration"_s);
        QCOMPARE(tabs->tabText(1), u"Data synchronization"_s);
        tabs->setCurrentIndex(1);
        auto *empty = m_page->findChild<QLabel *>(u"synchronizationStatusEmpty"_s);
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"No sync projects yet."_s));
        QVERIFY(!m_page->findChild<QChartView *>(u"synchronizationStatusChart"_s)->isVisible());
        QCOMPARE(chart(u"synchronization"_s)->model()->total(), 0);
        tabs->setCurrentIndex(0);
    }

    // Sync projects ("type": "sync") by state, like the migration tab; the card counts them.
    void synchronizationTabCountsSyncProjectsByState()
    {
        addProjects(u"sync"_s, u"running"_s, 1);
        addProjects(u"sync"_s, u"paused"_s, 2);
        addProjects(u"sync"_s, u"failed"_s, 1);
        emit m_context->projectsChanged();
        auto *tabs = m_page->findChild<QTabWidget *>(u"taskStatusTabs"_s);
        tabs->setCurrentIndex(1);
        TaskStatusModel *model = chart(u"synchronization"_s)->model();
        QTRY_COMPARE(model->total(), 4);
        QList<int> counts;
        for (int row = 0; row < model->rowCount(); ++row)
            counts << model->index(row, TaskStatusModel::CountColumn).data().toInt();
        // Not started, running, interrupted, paused, failed, completed, releasing, released.
        QCOMPARE(counts, (QList<int> {0, 1, 0, 2, 1, 0, 0, 0}));
        QCOMPARE(model->index(3, TaskStatusModel::ShareColumn).data().toString(), u"50.0%"_s);
        QTRY_VERIFY(m_page->findChild<QChartView *>(u"synchronizationStatusChart"_s)->isVisible());
        QVERIFY(!m_page->findChild<QLabel *>(u"synchronizationStatusEmpty"_s)->isVisible());
        QCOMPARE(text("synchronizationCount"), u"4"_s);
        QCOMPARE(text("migrationCount"), u"6"_s);
        // The migration tab is unchanged.
        QCOMPARE(chart(u"migration"_s)->model()->total(), 6);
        tabs->setCurrentIndex(0);
    }

    void projectsChangedRefreshesCountsAndChart()
    {
        QTRY_COMPARE(migrationSeries()->sum(), 6.0);
        addProjects(u"migration"_s, u"failed"_s, 1);
        addProjects(u"migration"_s, u"paused"_s, 1);
        emit m_context->projectsChanged();
        QTRY_COMPARE(migrationSeries()->sum(), 8.0);
        QCOMPARE(slice(u"Failed"_s)->value(), 2.0);
        QCOMPARE(slice(u"Paused"_s)->value(), 1.0);
        QCOMPARE(text("migrationCount"), u"8"_s);
        auto *m = chart(u"migration"_s)->model();
        QCOMPARE(m->index(1, TaskStatusModel::ShareColumn).data().toString(), u"25.0%"_s);
        QCOMPARE(m->index(4, TaskStatusModel::ShareColumn).data().toString(), u"25.0%"_s);
        QCOMPARE(m->index(3, TaskStatusModel::ShareColumn).data().toString(), u"12.5%"_s);
        QCOMPARE(m->index(5, TaskStatusModel::ShareColumn).data().toString(), u"37.5%"_s);
    }

    void resourcesShowNumbersAfterTheFirstSample()
    {
        ResourcePanel *panel = m_page->resources();
        ResourceUsageModel *m = panel->model();
        QVERIFY(panel->isSampling());
        QTRY_VERIFY(m->hasSample());
        const auto cell = [m](int row, int column) {
            return m->index(row, column).data().toString();
        };
        // Sizes with units (digits grouped as the locale groups them: "1,019.7 MiB"), CPU in
        // cores; the CPU rate follows the second sample.
        const QRegularExpression size(
            u"^(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d)? (bytes|KiB|MiB|GiB|TiB)$"_s);
        for (int row : {ResourceUsageModel::MemoryRow, ResourceUsageModel::DiskRow})
            for (int column : {ResourceUsageModel::InUseColumn, ResourceUsageModel::FerryColumn,
                               ResourceUsageModel::TotalColumn})
                QVERIFY2(size.match(cell(row, column)).hasMatch(), qPrintable(cell(row, column)));
        QVERIFY(cell(ResourceUsageModel::CpuRow, ResourceUsageModel::TotalColumn)
                    .contains(QRegularExpression(u"^\\d+ cores?$"_s)));
        const QRegularExpression percent(u"^\\d+\\.\\d%$"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            percent.match(cell(ResourceUsageModel::CpuRow, ResourceUsageModel::InUseColumn))
                .hasMatch(),
            6000);
        QVERIFY(percent.match(cell(ResourceUsageModel::CpuRow, ResourceUsageModel::FerryColumn))
                    .hasMatch());
        // Nothing runs: nothing is allocated.
        QCOMPARE(cell(ResourceUsageModel::CpuRow, ResourceUsageModel::AllocatedColumn),
                 u"0 workers"_s);
        QCOMPARE(cell(ResourceUsageModel::MemoryRow, ResourceUsageModel::AllocatedColumn),
                 u"0 bytes"_s);
        // Ferry's files: the store exists, so its disk use is not zero.
        QVERIFY(m->index(ResourceUsageModel::DiskRow, ResourceUsageModel::FerryColumn)
                    .data(ResourceUsageModel::PercentRole)
                    .toDouble()
                >= 0);
        QVERIFY(cell(ResourceUsageModel::DiskRow, ResourceUsageModel::FerryColumn) != u"0 bytes"_s);

        // The bars show the same shares: memory in use is above zero and at most 100%.
        auto *view = m_page->findChild<QChartView *>(u"resourceChart"_s);
        QVERIFY(view);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        QBarSet *inUse = nullptr;
        for (QBarSet *set : bars->barSets())
            if (set->label() == u"In use"_s)
                inUse = set;
        QVERIFY(inUse);
        QCOMPARE(inUse->count(), 3);
        const double memoryShare =
            m->index(ResourceUsageModel::MemoryRow, ResourceUsageModel::InUseColumn)
                .data(ResourceUsageModel::PercentRole)
                .toDouble();
        QVERIFY(memoryShare > 0 && memoryShare <= 100);
        QTRY_VERIFY(inUse->at(1) > 0); // categories bottom-up: Disk, Memory, CPU

        // The table shows the model.
        auto *table = m_page->findChild<QTableView *>(u"resourceTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model(), m);
    }

    void samplingStopsWhileHidden()
    {
        ResourcePanel *panel = m_page->resources();
        QVERIFY(panel->isSampling());
        m_page->hide();
        QVERIFY(!panel->isSampling());
        m_page->show();
        QVERIFY(panel->isSampling());
    }

    void helpLoadsTopics()
    {
        auto *browser = m_page->findChild<QTextBrowser *>(u"helpBrowser"_s);
        auto *topics = m_page->findChild<QListWidget *>(u"helpTopics"_s);
        QVERIFY(browser);
        QVERIFY(topics);
        QCOMPARE(topics->count(), HelpPanel::topics().size());
        QCOMPARE(topics->currentRow(), 0);
        QCOMPARE(browser->source(), QUrl(u"qrc:/ferry/help/concepts.html"_s));
        QCOMPARE(browser->documentTitle(), u"Concepts"_s);
        for (const char *term :
             {"Data source", "Project", "Step", "Checkpoint", "Lag", "Verification"})
            QVERIFY2(browser->toPlainText().contains(QString::fromLatin1(term)), term);

        // Each topic loads from the resources, its title matching the list.
        for (int row = 0; row < topics->count(); ++row) {
            topics->setCurrentRow(row);
            QCOMPARE(browser->documentTitle(), topics->item(row)->text());
            QVERIFY(browser->toPlainText().size() > 500);
        }
        topics->setCurrentRow(3);
        QVERIFY(
            browser->toPlainText().contains(u"After a switchover with the reverse increment"_s));
        QVERIFY(browser->toPlainText().contains(u"ferry run FILE --until-caught-up"_s));

        // A link inside a page selects its topic in the list.
        browser->setSource(browser->source().resolved(QUrl(u"cut-over.html"_s)));
        QCOMPARE(topics->currentRow(), 2);
        QVERIFY(browser->toPlainText().contains(u"ferry verify FILE --fix-sql fix.sql"_s));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"

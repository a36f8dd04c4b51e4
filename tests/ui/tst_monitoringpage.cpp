// O&M and Monitoring driven like a user against real runs: a headless `ferry run` of a MariaDB
// to PostgreSQL project with an incremental step shows its components with rates on the
// Components tab; `kill -9` turns them dead; Restart resumes the project in the console and
// Stop pauses it (its components vanish); the Metrics tab charts the history and exports it
// as CSV; a viewer sees neither Stop nor Restart.
#include "admin/userservice.h"
#include "consolecontext.h"
#include "consolemain.h"
#include "migrationfixture.h"
#include "monitoring/componentsmodel.h"
#include "monitoring/componentstab.h"
#include "monitoring/metricschart.h"
#include "monitoring/metricstab.h"
#include "monitoring/monitoringpage.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

class TestMonitoringPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Scratch> m_scratch;
    std::shared_ptr<MetaStore> m_store;

    QString store() const { return m_dir.filePath(u"ui.db"_s); }

    // The row of component `name`, or -1.
    static int rowOf(ComponentsModel *model, const QString &name)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->component(r).name == name)
                return r;
        return -1;
    }
    static QString cell(ComponentsModel *model, const QString &name, int column)
    {
        const int row = rowOf(model, name);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }
    static QStringList namesIn(ComponentsModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->component(r).name;
        return out;
    }
    // Answers Yes to the confirmation `objectName` that `root` (or a child) opened.
    static void confirmDialog(QWidget *root, const QString &objectName)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = root->findChild<QMessageBox *>(objectName)) && box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("FERRY_SECRET_BACKEND", "vault");
        qputenv("FERRY_MASTER_PASSWORD", "ui-monitoring");
        qputenv("FERRY_HEARTBEAT_SECONDS", "0.5");
        initResources();
        m_scratch = std::make_unique<Scratch>(u"uimon"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

    void componentsOfARealRun()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"uimon_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"uimon_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(40))"_s,
                         u"INSERT INTO orders VALUES (1, 'one')"_s}));
        const QString file = m_dir.filePath(u"uimon.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // Passwords from the environment (the child's and this console's): a password in
            // the file stays in the run's memory, and the console's Restart needs its own.
            QJsonObject project =
                projectJson(u"uimon"_s, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
            for (const auto &[side, variable] :
                 {std::pair {u"source"_s, u"UIMON_SOURCE_PASSWORD"_s},
                  std::pair {u"target"_s, u"UIMON_TARGET_PASSWORD"_s}}) {
                QJsonObject endpoint = project.value(side).toObject();
                qputenv(variable.toLatin1().constData(),
                        endpoint.value(u"password"_s).toString().toUtf8());
                endpoint.remove(u"password"_s);
                endpoint[u"passwordEnv"_s] = variable;
                project[side] = endpoint;
            }
            f.write(QJsonDocument(project).toJson());
        }
        QProcess run;
        run.start(QStringLiteral(FERRY_BINARY),
                  {u"--store"_s, store(), u"run"_s, file, u"--quiet"_s});
        QVERIFY(run.waitForStarted());
        auto killRun = qScopeGuard([&] {
            if (run.state() == QProcess::Running) {
                run.kill();
                run.waitForFinished();
            }
        });

        auto opened = MetaStore::open(store());
        QVERIFY(opened);
        m_store = *opened;
        ConsoleContext context(m_store);
        MonitoringPage page(&context);
        page.resize(1400, 800);
        page.showTab(MonitoringPage::Tab::Components);
        page.show();
        auto *tab = page.componentsTab();
        auto *model = tab->model();
        QAbstractItemModelTester tester(model);
        auto *view = page.findChild<QTableView *>(u"componentTable"_s);
        auto *stop = page.findChild<QPushButton *>(u"stopComponentButton"_s);
        auto *restart = page.findChild<QPushButton *>(u"restartComponentButton"_s);
        QVERIFY(view && stop && restart);
        QVERIFY(stop->isVisible());
        QVERIFY(restart->isVisible());

        // The headless run's stream components appear, running, in its process.
        QTRY_COMPARE_WITH_TIMEOUT(
            namesIn(model),
            (QStringList {u"incremental.applier"_s, u"incremental.change-reader"_s}), 60000);
        QCOMPARE(cell(model, u"incremental.applier"_s, ComponentsModel::StateColumn), u"Running"_s);
        QCOMPARE(cell(model, u"incremental.applier"_s, ComponentsModel::ProjectColumn), u"uimon"_s);
        QVERIFY(cell(model, u"incremental.applier"_s, ComponentsModel::ProcessColumn)
                    .startsWith(QString::number(run.processId()) + u" · "_s));
        // Changes at the source: the applier shows a rate.
        int id = 100;
        QTRY_VERIFY_WITH_TIMEOUT(
            (execute(source, {u"INSERT INTO orders VALUES (%1, 'x')"_s.arg(++id)}).has_value()
             && model->component(rowOf(model, u"incremental.applier"_s)).eventsPerSecond > 0),
            60000);
        QVERIFY(cell(model, u"incremental.applier"_s, ComponentsModel::EventsColumn) != u"0.0"_s);
        QVERIFY(!cell(model, u"incremental.applier"_s, ComponentsModel::PositionColumn).isEmpty());

        // kill -9: dead, since when it last published; only Restart applies.
        ::kill(pid_t(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, u"incremental.applier"_s, ComponentsModel::StateColumn)
                                     .startsWith(u"Dead since "_s),
                                 30000);
        QTRY_VERIFY(cell(model, u"incremental.change-reader"_s, ComponentsModel::StateColumn)
                        .startsWith(u"Dead since "_s));
        const int deadRow = rowOf(model, u"incremental.applier"_s);
        QCOMPARE(model->index(deadRow, 0).data(Qt::ForegroundRole).value<QColor>(),
                 ComponentsModel::stateColor(ComponentState::Dead));
        QCOMPARE(model->index(deadRow, 0).data(ComponentsModel::StateIdRole).toString(), u"dead"_s);
        view->selectRow(deadRow);
        QVERIFY(!stop->isEnabled());
        QVERIFY(restart->isEnabled());

        // Restart: the console resumes the project; its components run in this process.
        QTest::mouseClick(restart, Qt::LeftButton);
        confirmDialog(&page, u"confirmRestartComponent"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() == 2 && model->component(0).pid == QCoreApplication::applicationPid()
                && model->component(0).state == ComponentState::Running,
            60000);
        QCOMPARE(namesIn(model),
                 (QStringList {u"incremental.applier"_s, u"incremental.change-reader"_s}));

        // Stop: the run pauses at a clean point and takes its components away.
        view->selectRow(0);
        QTRY_VERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        confirmDialog(&page, u"confirmStopComponent"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(context.runningProjects().isEmpty(), 60000);

        // The Metrics tab: the run's history charted, the host beside it, exported as CSV.
        page.showTab(MonitoringPage::Tab::Metrics);
        MetricsTab *metrics = page.metricsTab();
        QSignalSpy refreshed(metrics, &MetricsTab::refreshed);
        metrics->refresh();
        QTRY_VERIFY(refreshed.count() >= 1);
        QTRY_VERIFY(metrics->chart(u"rowsChart"_s)->pointCount() > 0);
        QCOMPARE(metrics->chart(u"rowsChart"_s)->seriesNames(),
                 (QStringList {u"rows/s"_s, u"events/s"_s}));
        QCOMPARE(metrics->chart(u"lagChart"_s)->seriesNames(),
                 (QStringList {u"read"_s, u"queue"_s, u"apply"_s}));
        QVERIFY(metrics->chart(u"lagChart"_s)->pointCount() > 0);
        QVERIFY(metrics->chart(u"hostChart"_s)->pointCount() > 0);
        // One project, one component: its own figures.
        auto *projectBox = metrics->findChild<QComboBox *>(u"metricsProject"_s);
        auto *componentBox = metrics->findChild<QComboBox *>(u"metricsComponent"_s);
        QVERIFY(projectBox && componentBox);
        QTRY_VERIFY(projectBox->findText(u"uimon"_s) >= 0);
        projectBox->setCurrentIndex(projectBox->findText(u"uimon"_s));
        QTRY_VERIFY(componentBox->findText(u"incremental.applier"_s) >= 0);
        QVERIFY(componentBox->isEnabled());
        refreshed.clear();
        componentBox->setCurrentIndex(componentBox->findText(u"incremental.applier"_s));
        QTRY_VERIFY(refreshed.count() >= 1);
        QTRY_VERIFY(metrics->chart(u"rowsChart"_s)->pointCount() > 0);
        QSignalSpy exported(metrics, &MetricsTab::exported);
        const QString csv = m_dir.filePath(u"metrics.csv"_s);
        metrics->exportCsv(csv);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().first().toBool(), true);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(u"time,project,component,metric,value\n"_s));
        QVERIFY2(text.contains(u",uimon,incremental.applier,events_per_s,"_s),
                 qPrintable(text.left(1000)));
        QVERIFY(text.contains(u",,,cpu_percent,"_s) || text.contains(u",,,memory_used_bytes,"_s));

        // A viewer sees the components but neither action.
        QVERIFY(UserService(m_store).add(u"val"_s, Role::Viewer, u"viewer-pass"_s));
        auto actor = UserService(m_store).signIn(u"val"_s, u"viewer-pass"_s);
        QVERIFY(actor);
        context.signedIn(*actor);
        page.showTab(MonitoringPage::Tab::Components);
        QTRY_VERIFY(!stop->isVisible());
        QVERIFY(!restart->isVisible());
        QVERIFY(tab->isVisible());
    }
};

QTEST_MAIN(TestMonitoringPage)
#include "tst_monitoringpage.moc"

// The console frame: six modules in the documented order, each its own page.
#include "consolecontext.h"
#include "consolemain.h"
#include "mainwindow.h"
#include "migration/migrationpage.h"
#include "migration/projecttablemodel.h"
#include "overview/overviewpage.h"
#include "project/projectrepository.h"
#include "store/metastore.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
    }

    void navigationListsTheSixModulesInOrder()
    {
        auto store = MetaStore::open(m_dir.filePath(u"s.db"_s));
        QVERIFY(store);
        ConsoleContext context(*store);
        MainWindow window(&context);
        window.show();
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(nav);
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles << nav->item(i)->text();
        QCOMPARE(titles,
                 (QStringList {u"Overview"_s, u"Data Migration"_s, u"Data Synchronization"_s,
                               u"Data Source Management"_s, u"O&M and Monitoring"_s,
                               u"System Management"_s}));
        const QStringList pageNames = {u"overviewPage"_s,        u"migrationPage"_s,
                                       u"synchronizationPage"_s, u"dataSourcePage"_s,
                                       u"monitoringPage"_s,      u"systemPage"_s};
        auto *stack = window.findChild<QStackedWidget *>(u"pageContainer"_s);
        QVERIFY(stack);
        QCOMPARE(stack->count(), 6);
        for (int i = 0; i < 6; ++i) {
            nav->setCurrentRow(i);
            QCOMPARE(stack->currentWidget()->objectName(), pageNames[i]);
            QVERIFY(stack->currentWidget()->isVisible());
        }
    }

    void overviewCountsComeFromTheStore()
    {
        auto store = MetaStore::open(m_dir.filePath(u"counts.db"_s));
        QVERIFY(store);
        QVERIFY((*store)->exec(u"INSERT INTO datasource (uuid, name, engine, created_at, "
                               "updated_at) VALUES ('u1', 'a', 'sqlite', '', ''), "
                               "('u2', 'b', 'sqlite', '', '')"_s));
        QVERIFY((*store)->exec(u"INSERT INTO project (name, type, created_at, updated_at) "
                               "VALUES ('m1', 'migration', '', ''), ('m2', 'migration', '', ''), "
                               "('m3', 'migration', '', '')"_s));
        ConsoleContext context(*store);
        MainWindow window(&context);
        window.show();
        QTRY_COMPARE(window.findChild<QLabel *>(u"dataSourceCount"_s)->text(), u"2"_s);
        QTRY_COMPARE(window.findChild<QLabel *>(u"migrationCount"_s)->text(), u"3"_s);
        QTRY_COMPARE(window.findChild<QLabel *>(u"synchronizationCount"_s)->text(), u"0"_s);
    }

    // A slice of the Overview's task status opens the Data Migration list filtered to its state.
    void taskStatusClickOpensTheFilteredList()
    {
        auto store = MetaStore::open(m_dir.filePath(u"click.db"_s));
        QVERIFY(store);
        ProjectRepository projects(*store);
        const QList<QPair<QString, ProjectState>> seeded = {{u"done-1"_s, ProjectState::Completed},
                                                            {u"broken"_s, ProjectState::Failed},
                                                            {u"done-2"_s, ProjectState::Completed}};
        for (const auto &[name, state] : seeded) {
            auto definition = ProjectDefinition::fromJson(
                QJsonObject {{u"name"_s, name},
                             {u"source"_s,
                              QJsonObject {{u"engine"_s, u"sqlite"_s},
                                           {u"path"_s, m_dir.filePath(u"a.sqlite"_s)}}},
                             {u"target"_s,
                              QJsonObject {{u"engine"_s, u"sqlite"_s},
                                           {u"path"_s, m_dir.filePath(u"b.sqlite"_s)}}}});
            QVERIFY2(definition, qPrintable(definition.error().text()));
            auto record = projects.create(*definition);
            QVERIFY(record);
            QVERIFY(projects.setState(record->id, state));
        }
        ConsoleContext context(*store);
        MainWindow window(&context);
        window.show();
        auto *overview = qobject_cast<OverviewPage *>(window.page(MainWindow::Overview));
        auto *migration = qobject_cast<MigrationPage *>(window.page(MainWindow::DataMigration));
        QVERIFY(overview && migration);
        auto *table = migration->findChild<QTableView *>(u"projectTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 3);

        emit overview->stateClicked(u"migration"_s, u"failed"_s);
        auto *stack = window.findChild<QStackedWidget *>(u"pageContainer"_s);
        QCOMPARE(stack->currentWidget(), migration);
        QCOMPARE(migration->findChild<QComboBox *>(u"stateFilter"_s)->currentData().toString(),
                 u"failed"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ProjectTableModel::Name).data().toString(), u"broken"_s);

        emit overview->stateClicked(u"migration"_s, u"completed"_s);
        QCOMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

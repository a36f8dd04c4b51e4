// The console frame: six modules in the documented order, each its own page.
#include "consolecontext.h"
#include "consolemain.h"
#include "mainwindow.h"
#include "store/metastore.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

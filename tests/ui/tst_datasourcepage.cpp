// Data Source Management driven like a user: the dialog, the table, test, copy, delete.
#include "consolecontext.h"
#include "consolemain.h"
#include "datasource/datasourceservice.h"
#include "datasources/datasourcedialog.h"
#include "datasources/datasourcepage.h"
#include "datasources/datasourcetablemodel.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

class TestDataSourcePage : public QObject
{
    Q_OBJECT

    // Every test function gets its own store, vault, context and page (init/cleanup): none
    // relies on what an earlier one left behind, and each runs alone (./tst_datasourcepage f).
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<DataSourcePage> m_page;

    // A saved MariaDB data source of the test server, as the CLI or another console would add it.
    void addMariaDb(const QString &name)
    {
        auto service = m_context->dataSourceService();
        QVERIFY(service);
        DataSource source;
        source.name = name;
        source.endpoint = test::mariadb();
        const QString password = source.endpoint.password;
        source.endpoint.password.clear();
        auto added = (*service)->add(source, password);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().text()));
        emit m_context->dataSourcesChanged();
        QTRY_VERIFY(m_page->model()->rowOf(added->id) >= 0);
    }

    DataSourceDialog *openDialog()
    {
        DataSourceDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_page->findChild<DataSourceDialog *>()) != nullptr);
        }();
        return dialog;
    }

    template<typename T>
    static T *field(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    void selectRow(const QString &name)
    {
        auto *table = field<QTableView>(m_page.get(), "dataSourceTable");
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == name) {
                table->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(u"no row "_s + name));
    }

    QAction *action(const char *name)
    {
        return m_page->findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("FERRY_SECRET_BACKEND", "vault");
        qputenv("FERRY_MASTER_PASSWORD", "ui-test-master");
        initResources();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = MetaStore::open(m_dir->filePath(u"ui.db"_s));
        QVERIFY(store);
        m_context = std::make_unique<ConsoleContext>(*store);
        m_page = std::make_unique<DataSourcePage>(m_context.get());
        new QAbstractItemModelTester(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset(); // closes any dialog or message box the test left open
        m_context.reset();
        m_dir.reset();
    }

    void emptyStateIsExplained()
    {
        QTRY_VERIFY(m_page->findChild<QLabel *>(u"emptyState"_s)->isVisible());
        QVERIFY(m_page->findChild<QLabel *>(u"emptyState"_s)
                    ->text()
                    .contains(u"No data sources yet"_s));
    }

    void addThroughTheDialog()
    {
        action("addDataSource")->trigger();
        DataSourceDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *save = field<QPushButton>(dialog, "saveButton");
        QVERIFY(!save->isEnabled()); // no name yet
        QVERIFY(field<QLabel>(dialog, "validationText")->text().contains(u"name is empty"_s));

        const Endpoint e = test::mariadb();
        QTest::keyClicks(field<QLineEdit>(dialog, "nameField"), u"maria main"_s);
        QVERIFY(field<QLabel>(dialog, "validationText")->text().contains(u"contains a space"_s));
        QVERIFY(!save->isEnabled());
        field<QLineEdit>(dialog, "nameField")->clear();
        QTest::keyClicks(field<QLineEdit>(dialog, "nameField"), u"maria-main"_s);
        auto *engine = field<QComboBox>(dialog, "engineField");
        engine->setCurrentIndex(engine->findData(u"mariadb"_s));
        field<QLineEdit>(dialog, "hostField")->setText(e.host);
        field<QSpinBox>(dialog, "portField")->setValue(e.port);
        QTest::keyClicks(field<QLineEdit>(dialog, "userField"), e.user);
        QTest::keyClicks(field<QLineEdit>(dialog, "passwordField"), e.password);
        QVERIFY(save->isEnabled());

        // Test before saving: the result arrives while the UI keeps running.
        QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(field<QLabel>(dialog, "testStatus")->text().startsWith(u"Testing "_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            field<QLabel>(dialog, "testStatus")->text().startsWith(u"Connected to MariaDB"_s),
            20000);

        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(m_page->findChild<DataSourceDialog *>() == nullptr);
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        const DataSource *stored = m_page->model()->sourceAt(0);
        QCOMPARE(stored->name, u"maria-main"_s);
        QCOMPARE(stored->endpoint.engine, Engine::MariaDb);
        QCOMPARE(stored->endpoint.port, e.port);
        QVERIFY(stored->hasPassword);
        auto service = m_context->dataSourceService();
        QVERIFY(service);
        QCOMPARE((*service)->endpointWithPassword(*stored)->password, e.password);
        QVERIFY(!m_page->findChild<QLabel *>(u"emptyState"_s)->isVisible());
    }

    void testConnectionFromTheList()
    {
        addMariaDb(u"maria-main"_s);
        QCOMPARE(m_page->model()->rowCount(), 1);
        selectRow(u"maria-main"_s);
        QSignalSpy finished(m_page.get(), &DataSourcePage::testFinished);
        QString stateWhileRunning;
        bool actionEnabledWhileRunning = true;
        connect(m_page.get(), &DataSourcePage::testStarted, this, [&] {
            stateWhileRunning = field<QLabel>(m_page.get(), "testState")->text();
            actionEnabledWhileRunning = action("testDataSource")->isEnabled();
        });
        action("testDataSource")->trigger();
        QCOMPARE(finished.size(), 0); // the call returned before the test ended
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        // While the test ran on its worker the page said so and offered no second test.
        QCOMPARE(stateWhileRunning, u"Testing the connection…"_s);
        QVERIFY(!actionEnabledWhileRunning);
        QTRY_VERIFY(field<QLabel>(m_page.get(), "testState")->text().contains(u"MariaDB 10.11"_s));
        QTRY_VERIFY(field<QTableView>(m_page.get(), "pageFindingsView")->isVisible());
        QVERIFY(field<QTableView>(m_page.get(), "pageFindingsView")->model()->rowCount() >= 8);
        const QModelIndex lastTest = m_page->model()->index(0, DataSourceTableModel::LastTest);
        QVERIFY(lastTest.data().toString().startsWith(u"MariaDB 10.11"_s));
    }

    void copyReusesThePassword()
    {
        addMariaDb(u"maria-main"_s);
        selectRow(u"maria-main"_s);
        action("copyDataSource")->trigger();
        DataSourceDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(field<QLineEdit>(dialog, "nameField")->text(), u"maria-main-copy"_s);
        QVERIFY(dialog->reusesPassword());
        QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        auto copy = m_context->dataSources()->findByName(u"maria-main-copy"_s);
        QVERIFY(copy);
        auto service = m_context->dataSourceService();
        QCOMPARE((*service)->endpointWithPassword(*copy)->password, test::mariadb().password);
    }

    void deleteIsRefusedWhileUsedThenConfirmed()
    {
        addMariaDb(u"maria-main"_s);
        addMariaDb(u"maria-main-copy"_s);
        auto source = m_context->dataSources()->findByName(u"maria-main-copy"_s);
        QVERIFY(source);
        auto store = m_context->store();
        QVERIFY(store->exec(
            u"INSERT INTO project (name, created_at, updated_at) VALUES ('p1', '', '')"_s));
        QVERIFY(store->exec(u"INSERT INTO project_datasource SELECT id, ?, 'target' FROM project"_s,
                            {source->id}));
        selectRow(u"maria-main-copy"_s);
        action("deleteDataSource")->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"inUseMessage"_s)) != nullptr);
        QVERIFY(box->text().contains(u"maria-main-copy cannot be deleted: it is used by p1."_s));
        box->accept();
        QTRY_VERIFY(m_page->findChild<QMessageBox *>(u"inUseMessage"_s) == nullptr);
        QCOMPARE(m_page->model()->rowCount(), 2);

        QVERIFY(store->exec(u"DELETE FROM project"_s));
        selectRow(u"maria-main-copy"_s);
        action("deleteDataSource")->trigger();
        box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"confirmDelete"_s)) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(!m_context->dataSources()->findByName(u"maria-main-copy"_s));
    }

    void searchFilters()
    {
        addMariaDb(u"maria-main"_s);
        auto *search = field<QLineEdit>(m_page.get(), "searchField");
        auto *table = field<QTableView>(m_page.get(), "dataSourceTable");
        QTest::keyClicks(search, u"postgres"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        search->clear();
        QTest::keyClicks(search, u"MARIA"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();
    }
};

QTEST_MAIN(TestDataSourcePage)
#include "tst_datasourcepage.moc"

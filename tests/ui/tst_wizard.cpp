// The "create migration project" wizard driven like a user, against the real servers: every
// page by objectName, the precheck, the stored definition, and the edit mode.
#include "consolecontext.h"
#include "consolemain.h"
#include "datasource/datasourceservice.h"
#include "datasources/datasourcedialog.h"
#include "migration/wizard/datasourcechoicemodel.h"
#include "migration/wizard/migrationwizard.h"
#include "migration/wizard/objectselectionstep.h"
#include "migration/wizard/objecttreemodel.h"
#include "migration/wizard/precheckmodel.h"
#include "migration/wizard/rulepreviewmodel.h"
#include "migration/wizard/typemappingmodel.h"
#include "migrationfixture.h"
#include "project/projectrepository.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"
#include "testservers.h"
#include "wizarddriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;
using namespace ferry::test::wizard;

class TestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::Scratch> m_scratch;
    std::unique_ptr<ConsoleContext> m_context;
    Endpoint m_source;
    Endpoint m_target;
    QString m_shots; // FERRY_WIZARD_SHOTS: a folder for screenshots of every page

    void shot(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(m_shots + u'/' + name + u".png"_s));
    }

    // A wizard with every model under QAbstractItemModelTester from the start.
    MigrationWizard *open(MigrationWizard *wizard)
    {
        for (const QString &name :
             {u"dataSourceChoices"_s, u"objectTreeModel"_s, u"rulePreviewModel"_s,
              u"typeMappingModel"_s, u"precheckModel"_s}) {
            auto *model = wizard->findChild<QAbstractItemModel *>(name);
            if (!model)
                qFatal("no model %s", qPrintable(name));
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, wizard);
        }
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
        if (!QTest::qWaitForWindowExposed(wizard))
            qWarning("wizard not exposed");
        return wizard;
    }

    Status addDataSource(const QString &name, Endpoint e, bool withPassword = true)
    {
        auto service = m_context->dataSourceService();
        if (!service)
            return std::unexpected(service.error());
        DataSource s;
        s.name = name;
        const QString password = e.password;
        e.password.clear();
        s.endpoint = e;
        auto added =
            (*service)->add(s, withPassword ? std::optional<QString>(password) : std::nullopt);
        if (!added)
            return std::unexpected(added.error());
        return {};
    }

    // The index of a table (or of its column) in the tree view's own model.
    static QModelIndex treeIndex(QTreeView *tree, const QString &table, const QString &column,
                                 int section)
    {
        const QAbstractItemModel *m = tree->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex t = m->index(r, 0);
            if (t.data(ObjectTreeModel::SourceNameRole).toString() != table)
                continue;
            if (column.isEmpty())
                return m->index(r, section);
            for (int c = 0; c < m->rowCount(t); ++c)
                if (m->index(c, 0, t).data(ObjectTreeModel::SourceNameRole).toString() == column)
                    return m->index(c, section, t);
        }
        return {};
    }

    // Types `text` into the editor of `index`, as a double-click and typing would.
    static void editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
    {
        QVERIFY(index.isValid());
        QVERIFY(index.flags() & Qt::ItemIsEditable);
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit *>()) != nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(view->viewport()->findChild<QLineEdit *>() == nullptr
                    || !view->viewport()->findChild<QLineEdit *>()->isVisible());
    }

    static QStringList previewRows(QTableView *view)
    {
        QStringList out;
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, RulePreviewModel::Table).data().toString() + u" | "_s
                    + m->index(r, RulePreviewModel::Outcome).data().toString() + u" | "_s
                    + m->index(r, RulePreviewModel::Reason).data().toString();
        return out;
    }

    static int typeRow(QTableView *view, const QString &table, const QString &column)
    {
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, TypeMappingModel::Table).data().toString() == table
                && m->index(r, TypeMappingModel::ColumnName).data().toString() == column)
                return r;
        return -1;
    }

    static void setSpin(QSpinBox *spin, int value)
    {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QTest::keyClick(spin, Qt::Key_Tab);
    }

    static void selectData(QComboBox *combo, const QString &id)
    {
        const int i = combo->findData(id);
        QVERIFY2(i >= 0, qPrintable(id));
        combo->setCurrentIndex(i);
    }

    QJsonObject expectedDefinition(int concurrency) const
    {
        return QJsonObject {
            {u"name"_s, u"shop-to-pg"_s},
            {u"type"_s, u"migration"_s},
            {u"tags"_s, QJsonArray {u"q4"_s, u"shop"_s}},
            {u"source"_s, u"maria-src"_s},
            {u"target"_s, u"pg-target"_s},
            {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s, u"verify"_s}},
            {u"objects"_s,
             QJsonObject {
                 {u"include"_s, QJsonArray {u"*"_s}},
                 {u"exclude"_s, QJsonArray {u"tmp_*"_s, u"big"_s}},
                 {u"tables"_s,
                  QJsonArray {
                      QJsonObject {
                          {u"source"_s, u"Order Items"_s},
                          {u"target"_s, u"order_items"_s},
                          {u"columns"_s, QJsonArray {u"Order Id"_s, u"Line"_s, u"select"_s}},
                          {u"rename"_s, QJsonObject {{u"Order Id"_s, u"order_id"_s}}}},
                      QJsonObject {{u"source"_s, u"hard"_s},
                                   {u"filter"_s, u"id <= 2"_s},
                                   {u"types"_s, QJsonObject {{u"flag"_s, u"smallint"_s}}}},
                  }},
             }},
            {u"options"_s,
             QJsonObject {{u"concurrency"_s, concurrency},
                          {u"rowsPerSecond"_s, 5000},
                          {u"bytesPerSecond"_s, 20000000},
                          {u"nonEmptyTarget"_s, u"truncate"_s},
                          {u"indexes"_s, u"withSchema"_s},
                          {u"zeroDates"_s, u"null"_s},
                          {u"chunkRows"_s, 1000}}},
        };
    }

    static QString json(const QJsonObject &o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }

    // shop-to-pg as createThroughEveryPage() saves it; created by that same walk through the
    // wizard when it has not run before the calling test (each function also runs alone).
    void ensureShopToPg()
    {
        if (!ProjectRepository(m_context->store()).findByName(u"shop-to-pg"_s))
            createThroughEveryPage();
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("FERRY_SECRET_BACKEND", "vault");
        qputenv("FERRY_MASTER_PASSWORD", "wizard-test-master");
        m_shots = qEnvironmentVariable("FERRY_WIZARD_SHOTS");
        initResources();
        QFile style(u":/ferry/style/ferry.qss"_s);
        QVERIFY(style.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));

        auto store = MetaStore::open(m_dir.filePath(u"wizard.db"_s));
        QVERIFY(store);
        m_context = std::make_unique<ConsoleContext>(*store);

        m_scratch = std::make_unique<test::Scratch>(u"wizard"_s);
        m_source = m_scratch->make(Engine::MariaDb, u"src"_s);
        QVERIFY(test::createFixture(m_source));
        QVERIFY(test::execute(m_source,
                              {u"CREATE TABLE tmp_audit (id INT PRIMARY KEY, "
                               "note VARCHAR(20))"_s}));
        m_target = m_scratch->make(Engine::PostgreSql, u"wiz_target"_s);

        QVERIFY(addDataSource(u"maria-src"_s, m_source));
        QVERIFY(addDataSource(u"pg-target"_s, m_target));
        auto service = m_context->dataSourceService();
        QVERIFY(service);
        QVERIFY((*service)->test(u"maria-src"_s)); // the real probe, stored with the source
    }

    void nameIsValidated()
    {
        ProjectDefinition taken;
        taken.name = u"taken-name"_s;
        taken.source.dataSource = u"maria-src"_s;
        taken.target.dataSource = u"pg-target"_s;
        taken.steps = {u"schema"_s};
        QVERIFY(ProjectRepository(m_context->store()).create(taken));

        auto *w = open(new MigrationWizard(m_context.get()));
        auto *name = field<QLineEdit>(w, u"nameField"_s);
        auto *status = field<QLabel>(w, u"nameStatus"_s);
        QCOMPARE(status->text(), u"Enter a name: 1 to 64 characters, no spaces."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());

        QTest::keyClicks(name, u"has space"_s);
        QCOMPARE(status->text(), u"The name must not contain spaces: use - or _ instead."_s);
        name->clear();
        QTest::keyClicks(name, QString(65, u'x'));
        QCOMPARE(status->text(), u"The name has 65 characters: at most 64 are allowed."_s);
        name->clear();
        QTest::keyClicks(name, u"taken-name"_s);
        QCOMPARE(status->text(), u"Checking the name…"_s); // the store answers on a worker
        QTRY_COMPARE(status->text(),
                     u"A project named taken-name already exists: choose another name."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        name->clear();
        QTest::keyClicks(name, QString(64, u'y'));
        QTRY_COMPARE(status->text(), u"✓ The name is free."_s);
        // The name is fine; the data sources are not chosen yet.
        QTRY_COMPARE(field<QLabel>(w, u"wizardStatus"_s)->text(),
                     u"Choose the source data source."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        choose(field<QComboBox>(w, u"sourceCombo"_s), u"maria-src"_s);
        choose(field<QComboBox>(w, u"targetCombo"_s), u"maria-src"_s);
        QCOMPARE(field<QLabel>(w, u"wizardStatus"_s)->text(),
                 u"The source and the target are the same data source: choose another target."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        choose(field<QComboBox>(w, u"targetCombo"_s), u"pg-target"_s);
        QTRY_VERIFY(button(w, u"nextButton"_s)->isEnabled());
        w->reject();
    }

    // Incremental is offered for every source engine unless the source's last probe found what
    // blocks it, which is then shown beside it.
    void incrementalFollowsTheSourceProbe()
    {
        // A source whose last probe found a statement-based binlog, and an SQLite source.
        QVERIFY(addDataSource(u"maria-stmt"_s, m_source));
        auto stmt = m_context->dataSources()->findByName(u"maria-stmt"_s);
        QVERIFY(stmt);
        ProbeReport report;
        report.product = u"MariaDB"_s;
        report.serverVersion = u"10.11.6-MariaDB"_s;
        report.findings.append({ProbeFinding::Severity::Blocker,
                                u"binlog_format"_s,
                                u"STATEMENT"_s,
                                u"binlog_format=STATEMENT: incremental sync needs ROW; SET GLOBAL "
                                "binlog_format=ROW and restart the writers"_s,
                                {u"incremental"_s}});
        QVERIFY(m_context->dataSources()->recordTest(
            stmt->id,
            {true, true, QDateTime::currentDateTimeUtc(), report.summary(), report.toJson()}));
        Endpoint sqlite;
        sqlite.engine = Engine::Sqlite;
        sqlite.path = m_scratch->dir() + u"/app.sqlite"_s;
        QVERIFY(addDataSource(u"sqlite-src"_s, sqlite, false));

        auto *w = open(new MigrationWizard(m_context.get()));
        fillFirstPage(w, u"stmt-check"_s, u"maria-stmt"_s, u"pg-target"_s);
        QVERIFY(field<QLabel>(w, u"sourceDetails"_s)->text().contains(u"Last test"_s));
        next(w, MigrationWizard::Types);
        shot(w, u"wizard-page2"_s);
        for (const QString &on : {u"schemaCheck"_s, u"fullCheck"_s, u"verifyCheck"_s}) {
            QVERIFY(field<QCheckBox>(w, on)->isChecked());
            QVERIFY(field<QCheckBox>(w, on)->isEnabled());
        }
        // Blocked by the probe: off, and the finding says why.
        auto *incremental = field<QCheckBox>(w, u"incrementalCheck"_s);
        auto *reason = field<QLabel>(w, u"incrementalReason"_s);
        for (const QString &off : {u"incrementalCheck"_s, u"reverseCheck"_s}) {
            QVERIFY(!field<QCheckBox>(w, off)->isChecked());
            QVERIFY(!field<QCheckBox>(w, off)->isEnabled());
        }
        QCOMPARE(reason->text(),
                 u"The source's last test found: binlog_format=STATEMENT: incremental sync needs "
                 "ROW; SET GLOBAL binlog_format=ROW and restart the writers"_s);
        QVERIFY(reason->isVisible());
        QCOMPARE(field<QLabel>(w, u"reverseReason"_s)->text(),
                 u"Not available in this version of Ferry."_s);

        // Every type unchecked: the wizard says what is missing.
        for (const QString &on : {u"schemaCheck"_s, u"fullCheck"_s, u"verifyCheck"_s})
            field<QCheckBox>(w, on)->setChecked(false);
        QCOMPARE(field<QLabel>(w, u"wizardStatus"_s)->text(),
                 u"Choose at least one migration type."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        field<QCheckBox>(w, u"fullCheck"_s)->setChecked(true);

        // An SQLite source captures through triggers: offered, with what it installs.
        QTest::mouseClick(button(w, u"backButton"_s), Qt::LeftButton);
        choose(field<QComboBox>(w, u"sourceCombo"_s), u"sqlite-src"_s);
        next(w, MigrationWizard::Types);
        QVERIFY(incremental->isEnabled());
        QVERIFY(!incremental->isChecked());
        QCOMPARE(reason->text(),
                 u"Capture installs triggers and a change log table in the source file; "
                 "releasing the project removes them."_s);
        QTest::mouseClick(incremental, Qt::LeftButton, {}, QPoint(8, incremental->height() / 2));
        QVERIFY(incremental->isChecked());
        QCOMPARE(field<QLabel>(w, u"wizardStatus"_s)->text(), QString());
        QVERIFY(button(w, u"nextButton"_s)->isEnabled());

        // Checked, then a source that cannot stream: it stays checked (to be seen and unchecked)
        // and the wizard does not go on with it.
        QTest::mouseClick(button(w, u"backButton"_s), Qt::LeftButton);
        choose(field<QComboBox>(w, u"sourceCombo"_s), u"maria-stmt"_s);
        next(w, MigrationWizard::Types);
        QVERIFY(incremental->isChecked());
        QVERIFY(incremental->isEnabled());
        QCOMPARE(field<QLabel>(w, u"wizardStatus"_s)->text(),
                 u"The source cannot stream its changes as its last test found it: uncheck "
                 "incremental synchronization, or fix the source and test it again."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        QTest::mouseClick(incremental, Qt::LeftButton, {}, QPoint(8, incremental->height() / 2));
        QVERIFY(!incremental->isChecked());
        QVERIFY(!incremental->isEnabled());
        QVERIFY(button(w, u"nextButton"_s)->isEnabled());
        w->reject();
    }

    void newDataSourceInline()
    {
        auto *w = open(new MigrationWizard(m_context.get()));
        auto *target = field<QComboBox>(w, u"targetCombo"_s);
        QTRY_VERIFY(target->count() > 1);
        auto *choices = w->findChild<DataSourceChoiceModel *>(u"dataSourceChoices"_s);
        QCOMPARE(target->itemText(choices->newRow()), u"New data source…"_s);
        target->setCurrentIndex(choices->newRow());
        QCOMPARE(target->currentIndex(), -1); // an action, not a choice
        DataSourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<DataSourceDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), DataSourceDialog::Mode::Add);
        QTest::keyClicks(field<QLineEdit>(dialog, u"nameField"_s), u"sqlite-new"_s);
        auto *engine = field<QComboBox>(dialog, u"engineField"_s);
        engine->setCurrentIndex(engine->findData(u"sqlite"_s));
        QTest::keyClicks(field<QLineEdit>(dialog, u"pathField"_s),
                         m_scratch->dir() + u"/new-target.sqlite"_s);
        QTest::mouseClick(field<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(w->findChild<DataSourceDialog *>() == nullptr);
        QTRY_COMPARE(target->currentData(DataSourceChoiceModel::NameRole).toString(),
                     u"sqlite-new"_s);
        QVERIFY(field<QLabel>(w, u"targetDetails"_s)->text().contains(u"SQLite"_s));
        QVERIFY(m_context->dataSources()->findByName(u"sqlite-new"_s));
        w->reject();
    }

    void unreadableSourceOffersRetry()
    {
        Endpoint down = m_source;
        down.port = test::closedPort();
        down.connectTimeoutSeconds = 2;
        QVERIFY(addDataSource(u"maria-down"_s, down, false));
        auto *w = open(new MigrationWizard(m_context.get()));
        fillFirstPage(w, u"down-check"_s, u"maria-down"_s, u"pg-target"_s);
        next(w, MigrationWizard::Types);
        next(w, MigrationWizard::Objects);
        QCOMPARE(field<QLabel>(w, u"loadingText"_s)->text(),
                 u"Reading the tables of %1 on %2…"_s.arg(down.database, down.displayAddress()));
        QTRY_VERIFY_WITH_TIMEOUT(field<QWidget>(w, u"errorPanel"_s)->isVisible(), 20000);
        const QString error = field<QLabel>(w, u"loadError"_s)->text();
        QVERIFY2(error.contains(QString::number(down.port)) && error.contains(u"Fix:"_s),
                 qPrintable(error));
        shot(w, u"wizard-page3-error"_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        QTest::mouseClick(button(w, u"retryButton"_s), Qt::LeftButton);
        QVERIFY(field<QLabel>(w, u"loadingText"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(field<QWidget>(w, u"errorPanel"_s)->isVisible(), 20000);
        w->reject();
    }

    void createThroughEveryPage()
    {
        // The name must be free: a test run before may have created the project already.
        if (auto existing = ProjectRepository(m_context->store()).findByName(u"shop-to-pg"_s))
            QVERIFY(ProjectRepository(m_context->store()).remove(existing->id));
        auto *w = open(new MigrationWizard(m_context.get()));
        QSignalSpy created(w, &MigrationWizard::projectCreated);

        // 1. Name, tags, source and target.
        fillFirstPage(w, u"shop-to-pg"_s, u"maria-src"_s, u"pg-target"_s);
        QTest::keyClicks(field<QLineEdit>(w, u"tagsField"_s), u"q4, shop,"_s);
        shot(w, u"wizard-page1"_s);
        next(w, MigrationWizard::Types);

        // 2. Types: the defaults, verification toggled off and on.
        auto *verify = field<QCheckBox>(w, u"verifyCheck"_s);
        const QPoint box(8, verify->height() / 2); // on the check box itself
        QTest::mouseClick(verify, Qt::LeftButton, {}, box);
        QVERIFY(!verify->isChecked());
        QTest::mouseClick(verify, Qt::LeftButton, {}, box);
        QVERIFY(verify->isChecked());
        // The test server's binlog lets it stream: offered, off unless asked for.
        QVERIFY(field<QCheckBox>(w, u"incrementalCheck"_s)->isEnabled());
        QVERIFY(!field<QCheckBox>(w, u"incrementalCheck"_s)->isChecked());
        QVERIFY2(field<QLabel>(w, u"incrementalReason"_s)->isHidden(),
                 qPrintable(field<QLabel>(w, u"incrementalReason"_s)->text()));
        next(w, MigrationWizard::Objects);

        // 3. Objects, read on a worker.
        auto *tree = field<QTreeView>(w, u"objectTree"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tree->isVisible(), 20000);
        QCOMPARE(tree->model()->rowCount(), 5);
        QVERIFY(treeIndex(tree, u"big"_s, {}, ObjectTreeModel::Rows)
                    .data()
                    .toString()
                    .startsWith(u"≈ "_s));
        auto *preview = field<QTableView>(w, u"previewView"_s);
        QCOMPARE(previewRows(preview),
                 (QStringList {
                     u"Order Items | migrated | include rule *"_s,
                     u"big | migrated | include rule *"_s,
                     u"hard | migrated | include rule *"_s,
                     u"nokey | migrated | include rule *"_s,
                     u"tmp_audit | migrated | include rule *"_s,
                 }));
        // Uncheck a table and a column.
        QVERIFY(tree->model()->setData(treeIndex(tree, u"big"_s, {}, ObjectTreeModel::Name),
                                       Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(tree->model()->setData(
            treeIndex(tree, u"Order Items"_s, u"Note"_s, ObjectTreeModel::Name), Qt::Unchecked,
            Qt::CheckStateRole));
        QCOMPARE(treeIndex(tree, u"Order Items"_s, {}, ObjectTreeModel::Name)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::PartiallyChecked));
        // Rename a table and a column, filter a table's rows.
        editCell(tree, treeIndex(tree, u"Order Items"_s, {}, ObjectTreeModel::Target),
                 u"order_items"_s);
        tree->expand(treeIndex(tree, u"Order Items"_s, {}, ObjectTreeModel::Name));
        editCell(tree, treeIndex(tree, u"Order Items"_s, u"Order Id"_s, ObjectTreeModel::Target),
                 u"order_id"_s);
        editCell(tree, treeIndex(tree, u"hard"_s, {}, ObjectTreeModel::Filter), u"id <= 2"_s);
        QCOMPARE(treeIndex(tree, u"Order Items"_s, {}, ObjectTreeModel::Target).data().toString(),
                 u"order_items"_s);
        QCOMPARE(treeIndex(tree, u"hard"_s, {}, ObjectTreeModel::Filter).data().toString(),
                 u"id <= 2"_s);
        // Rules: an include that matches nothing is named and stops the wizard.
        auto *include = field<QLineEdit>(w, u"includeField"_s);
        auto *exclude = field<QLineEdit>(w, u"excludeField"_s);
        QTest::keyClicks(include, u", legacy_*"_s);
        QVERIFY(field<QLabel>(w, u"ruleWarnings"_s)
                    ->text()
                    .contains(u"Include rule <b>legacy_*</b> matches no table"_s));
        QCOMPARE(field<QLabel>(w, u"wizardStatus"_s)->text(),
                 u"Include rule legacy_* matches no table: correct or remove it."_s);
        QVERIFY(!button(w, u"nextButton"_s)->isEnabled());
        include->clear();
        QTest::keyClicks(include, u"*"_s);
        QTest::keyClicks(exclude, u"tmp_*, zz*"_s);
        QCOMPARE(field<QLabel>(w, u"ruleWarnings"_s)->text(),
                 u"<span style='color:#a15c00'>Exclude rule <b>zz*</b> matches no table.</span>"_s);
        exclude->clear();
        QTest::keyClicks(exclude, u"tmp_*"_s);
        QVERIFY(field<QLabel>(w, u"ruleWarnings"_s)->isHidden());
        QCOMPARE(previewRows(preview),
                 (QStringList {
                     u"Order Items | migrated | include rule *"_s,
                     u"big | left out | unchecked in the list"_s,
                     u"hard | migrated | include rule *"_s,
                     u"nokey | migrated | include rule *"_s,
                     u"tmp_audit | left out | exclude rule tmp_*"_s,
                 }));
        QCOMPARE(field<QLabel>(w, u"previewSummary"_s)->text(), u"3 migrated, 2 left out."_s);
        QVERIFY(field<QLabel>(w, u"selectionSummary"_s)
                    ->text()
                    .startsWith(u"3 of 5 tables selected"_s));
        shot(w, u"wizard-page3"_s);
        next(w, MigrationWizard::Options);

        // 4. Options and one type override.
        setSpin(field<QSpinBox>(w, u"concurrencySpin"_s), 2);
        setSpin(field<QSpinBox>(w, u"rowsPerSecondSpin"_s), 5000);
        field<QDoubleSpinBox>(w, u"bytesPerSecondSpin"_s)->setValue(20000000);
        setSpin(field<QSpinBox>(w, u"chunkRowsSpin"_s), 1000);
        selectData(field<QComboBox>(w, u"nonEmptyCombo"_s), u"truncate"_s);
        QCOMPARE(field<QLabel>(w, u"nonEmptyHelp"_s)->text(),
                 u"The target table's rows are deleted before the copy starts."_s);
        selectData(field<QComboBox>(w, u"indexesCombo"_s), u"withSchema"_s);
        selectData(field<QComboBox>(w, u"zeroDatesCombo"_s), u"null"_s);
        auto *types = field<QTableView>(w, u"typeMappingView"_s);
        // Only the selected columns of the selected tables, renames shown.
        QCOMPARE(typeRow(types, u"big"_s, u"id"_s), -1);
        QCOMPARE(typeRow(types, u"Order Items → order_items"_s, u"Note"_s), -1);
        QVERIFY(typeRow(types, u"Order Items → order_items"_s, u"Order Id → order_id"_s) >= 0);
        const int u64 = typeRow(types, u"hard"_s, u"u64"_s);
        QVERIFY(u64 >= 0);
        // The types that depend on the values are decided from them, on a worker.
        QTRY_COMPARE_WITH_TIMEOUT(
            types->model()->index(u64, TypeMappingModel::Note).data().toString(),
            u"holds 18446744073709551615 → numeric(20,0)"_s, 30000);
        QCOMPARE(types->model()->index(u64, TypeMappingModel::SourceType).data().toString(),
                 u"bigint(20) unsigned"_s);
        QCOMPARE(types->model()->index(u64, TypeMappingModel::TargetType).data().toString(),
                 u"numeric(20,0)"_s);
        QCOMPARE(types->model()->index(u64, TypeMappingModel::FidelityColumn).data().toString(),
                 u"widened"_s);
        const int flag = typeRow(types, u"hard"_s, u"flag"_s);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::TargetType).data().toString(),
                 u"boolean"_s);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::Note).data().toString(),
                 u"holds only 0 and 1 → boolean"_s);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::FidelityColumn).data().toString(),
                 u"exact"_s);
        // Lower-case names are offered for a PostgreSQL target, off by default.
        QVERIFY(field<QCheckBox>(w, u"lowerCaseNamesCheck"_s)->isEnabled());
        QVERIFY(!field<QCheckBox>(w, u"lowerCaseNamesCheck"_s)->isChecked());
        editCell(types, types->model()->index(flag, TypeMappingModel::TargetType), u"smallint"_s);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::TargetType).data().toString(),
                 u"smallint"_s);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::FidelityColumn).data().toString(),
                 u"override"_s);
        QVERIFY(field<QLabel>(w, u"typeSummary"_s)->text().contains(u"1 overridden"_s));
        // "Only changes" hides the exact mappings.
        const int all = types->model()->rowCount();
        field<QCheckBox>(w, u"changesOnlyCheck"_s)->setChecked(true);
        QVERIFY(types->model()->rowCount() < all);
        QVERIFY(typeRow(types, u"hard"_s, u"flag"_s) >= 0);
        QCOMPARE(typeRow(types, u"hard"_s, u"id"_s), -1);
        field<QCheckBox>(w, u"changesOnlyCheck"_s)->setChecked(false);
        shot(w, u"wizard-page4"_s);
        next(w, MigrationWizard::Precheck);

        // 5. The precheck runs on a worker; Save waits for it.
        QVERIFY(!button(w, u"saveButton"_s)->isEnabled());
        QVERIFY(field<QPushButton>(w, u"cancelPrecheckButton"_s)->isVisible());
        auto *summary = field<QLabel>(w, u"precheckSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Precheck passed"_s), 60000);
        auto *precheck = w->findChild<PrecheckModel *>(u"precheckModel"_s);
        const QString db = m_source.database;
        auto has = [&](PrecheckItem::Severity s, const QString &check, const QString &object,
                       const QString &messageStart) {
            for (const PrecheckItem &i : precheck->items())
                if (i.severity == s && i.check == check && i.object == object
                    && i.message.startsWith(messageStart))
                    return true;
            return false;
        };
        QVERIFY(has(PrecheckItem::Severity::Warning, u"table"_s, db + u".nokey"_s,
                    u"table %1.nokey has no primary key or NOT NULL unique key"_s.arg(db)));
        QVERIFY(has(PrecheckItem::Severity::Info, u"type mapping"_s, db + u".hard.u64"_s,
                    u"%1.hard.u64 bigint(20) unsigned -> numeric(20,0)"_s.arg(db)));
        QVERIFY(has(PrecheckItem::Severity::Ok, u"objects"_s, {},
                    u"3 table(s) selected in %1"_s.arg(db)));
        QVERIFY(has(PrecheckItem::Severity::Ok, u"connect source"_s, m_source.displayAddress(),
                    u"connected to MariaDB"_s));
        // hard.dt holds no zero date: no finding about them.
        QVERIFY(!has(PrecheckItem::Severity::Warning, u"zero dates"_s, db + u".hard.dt"_s, {}));
        QVERIFY(!has(PrecheckItem::Severity::Info, u"zero dates"_s, db + u".hard.dt"_s, {}));
        QCOMPARE(precheck->index(0, PrecheckModel::SeverityColumn).data().toString(),
                 u"warning"_s); // problems first
        for (const PrecheckItem &i : precheck->items())
            QVERIFY2(!i.object.contains(u"big"_s) && !i.object.contains(u"tmp_audit"_s),
                     qPrintable(i.object));
        QVERIFY(!field<QPushButton>(w, u"cancelPrecheckButton"_s)->isVisible());
        QVERIFY(button(w, u"saveButton"_s)->isEnabled());
        QVERIFY(button(w, u"saveAndStartButton"_s)->isEnabled());
        shot(w, u"wizard-page5"_s);

        // What Save stores is the definition the pages show.
        QCOMPARE(json(w->definition().toJson()), json(expectedDefinition(2)));
        QTest::mouseClick(button(w, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(created.first().at(1).toBool(), false);
        const qint64 id = created.first().at(0).toLongLong();
        auto stored = ProjectRepository(m_context->store()).findById(id);
        QVERIFY(stored);
        QCOMPARE(json(stored->definition.toJson()), json(expectedDefinition(2)));
        QVERIFY(stored->state == ProjectState::NotStarted);
    }

    void precheckCanBeCancelled()
    {
        ensureShopToPg();
        if (QTest::currentTestFailed())
            return;
        auto record = ProjectRepository(m_context->store()).findByName(u"shop-to-pg"_s);
        QVERIFY(record);
        auto *w = open(new MigrationWizard(m_context.get(), *record));
        QTRY_VERIFY_WITH_TIMEOUT(w->objectStep()->isLoaded(), 20000);
        w->goToStep(MigrationWizard::Precheck);
        QCOMPARE(w->currentStep(), int(MigrationWizard::Precheck));
        auto *cancel = field<QPushButton>(w, u"cancelPrecheckButton"_s);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(field<QLabel>(w, u"precheckSummary"_s)->text(),
                 u"The precheck was cancelled. Run it again before starting the project."_s);
        // Saving stays possible (no error is known); starting needs a passed precheck.
        QVERIFY(button(w, u"saveButton"_s)->isEnabled());
        QVERIFY(!button(w, u"saveAndStartButton"_s)->isEnabled());
        QTest::mouseClick(button(w, u"rerunButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            field<QLabel>(w, u"precheckSummary"_s)->text().startsWith(u"Precheck passed"_s), 60000);
        QVERIFY(button(w, u"saveAndStartButton"_s)->isEnabled());
        w->reject();
    }

    void editModePrefillsEveryPage()
    {
        ensureShopToPg();
        if (QTest::currentTestFailed())
            return;
        auto record = ProjectRepository(m_context->store()).findByName(u"shop-to-pg"_s);
        QVERIFY(record);
        auto *w = open(new MigrationWizard(m_context.get(), *record));
        QSignalSpy updated(w, &MigrationWizard::projectUpdated);
        QVERIFY(w->isEditing());
        QCOMPARE(w->windowTitle(), u"Edit migration project shop-to-pg"_s);

        // 1. Name, source and target are fixed; the tags are not.
        auto *name = field<QLineEdit>(w, u"nameField"_s);
        QCOMPARE(name->text(), u"shop-to-pg"_s);
        QVERIFY(name->isReadOnly());
        QCOMPARE(field<QLineEdit>(w, u"tagsField"_s)->text(), u"q4, shop"_s);
        auto *source = field<QComboBox>(w, u"sourceCombo"_s);
        auto *target = field<QComboBox>(w, u"targetCombo"_s);
        QTRY_COMPARE(source->currentData(DataSourceChoiceModel::NameRole).toString(),
                     u"maria-src"_s);
        QCOMPARE(target->currentData(DataSourceChoiceModel::NameRole).toString(), u"pg-target"_s);
        QVERIFY(!source->isEnabled());
        QVERIFY(!target->isEnabled());
        shot(w, u"wizard-edit-page1"_s);
        next(w, MigrationWizard::Types);

        // 2.
        QVERIFY(field<QCheckBox>(w, u"schemaCheck"_s)->isChecked());
        QVERIFY(field<QCheckBox>(w, u"fullCheck"_s)->isChecked());
        QVERIFY(field<QCheckBox>(w, u"verifyCheck"_s)->isChecked());
        QVERIFY(!field<QCheckBox>(w, u"incrementalCheck"_s)->isChecked());
        next(w, MigrationWizard::Objects);

        // 3. The tree shows the rules it was saved with.
        auto *tree = field<QTreeView>(w, u"objectTree"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tree->isVisible(), 20000);
        QCOMPARE(field<QLineEdit>(w, u"includeField"_s)->text(), u"*"_s);
        QCOMPARE(field<QLineEdit>(w, u"excludeField"_s)->text(), u"tmp_*"_s);
        QCOMPARE(
            treeIndex(tree, u"big"_s, {}, ObjectTreeModel::Name).data(Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
        QCOMPARE(treeIndex(tree, u"Order Items"_s, {}, ObjectTreeModel::Name)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::PartiallyChecked));
        QCOMPARE(treeIndex(tree, u"Order Items"_s, u"Note"_s, ObjectTreeModel::Name)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(treeIndex(tree, u"Order Items"_s, {}, ObjectTreeModel::Target).data().toString(),
                 u"order_items"_s);
        QCOMPARE(treeIndex(tree, u"Order Items"_s, u"Order Id"_s, ObjectTreeModel::Target)
                     .data()
                     .toString(),
                 u"order_id"_s);
        QCOMPARE(treeIndex(tree, u"hard"_s, {}, ObjectTreeModel::Filter).data().toString(),
                 u"id <= 2"_s);
        QCOMPARE(previewRows(field<QTableView>(w, u"previewView"_s)),
                 (QStringList {
                     u"Order Items | migrated | include rule *"_s,
                     u"big | left out | unchecked in the list"_s,
                     u"hard | migrated | include rule *"_s,
                     u"nokey | migrated | include rule *"_s,
                     u"tmp_audit | left out | exclude rule tmp_*"_s,
                 }));
        // Untouched, the pages give back exactly the stored definition.
        QCOMPARE(json(w->definition().toJson()), json(record->definition.toJson()));
        next(w, MigrationWizard::Options);

        // 4.
        QCOMPARE(field<QSpinBox>(w, u"concurrencySpin"_s)->value(), 2);
        QCOMPARE(field<QSpinBox>(w, u"rowsPerSecondSpin"_s)->value(), 5000);
        QCOMPARE(field<QDoubleSpinBox>(w, u"bytesPerSecondSpin"_s)->value(), 20000000.0);
        QCOMPARE(field<QSpinBox>(w, u"chunkRowsSpin"_s)->value(), 1000);
        QCOMPARE(field<QComboBox>(w, u"nonEmptyCombo"_s)->currentData().toString(), u"truncate"_s);
        QCOMPARE(field<QComboBox>(w, u"indexesCombo"_s)->currentData().toString(), u"withSchema"_s);
        QCOMPARE(field<QComboBox>(w, u"zeroDatesCombo"_s)->currentData().toString(), u"null"_s);
        auto *types = field<QTableView>(w, u"typeMappingView"_s);
        const int flag = typeRow(types, u"hard"_s, u"flag"_s);
        QVERIFY(flag >= 0);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::TargetType).data().toString(),
                 u"smallint"_s);
        QCOMPARE(types->model()->index(flag, TypeMappingModel::FidelityColumn).data().toString(),
                 u"override"_s);
        setSpin(field<QSpinBox>(w, u"concurrencySpin"_s), 3);
        next(w, MigrationWizard::Precheck);

        // 5. Saved with updateDefinition.
        QTRY_VERIFY_WITH_TIMEOUT(
            field<QLabel>(w, u"precheckSummary"_s)->text().startsWith(u"Precheck passed"_s), 60000);
        QCOMPARE(button(w, u"saveAndStartButton"_s)->text(), u"Save and resume"_s);
        QTest::mouseClick(button(w, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(updated.size(), 1);
        QCOMPARE(updated.first().at(0).toLongLong(), record->id);
        auto stored = ProjectRepository(m_context->store()).findById(record->id);
        QVERIFY(stored);
        QCOMPARE(json(stored->definition.toJson()), json(expectedDefinition(3)));
    }

    void startedProjectKeepsItsObjects()
    {
        ensureShopToPg();
        if (QTest::currentTestFailed())
            return;
        auto record = ProjectRepository(m_context->store()).findByName(u"shop-to-pg"_s);
        QVERIFY(record);
        QVERIFY(ProjectRepository(m_context->store()).setState(record->id, ProjectState::Paused));
        record->state = ProjectState::Paused;
        auto *w = open(new MigrationWizard(m_context.get(), *record));
        QTRY_VERIFY_WITH_TIMEOUT(w->objectStep()->isLoaded(), 20000);
        w->goToStep(MigrationWizard::Objects);
        QCOMPARE(w->currentStep(), int(MigrationWizard::Objects));
        QVERIFY(field<QLabel>(w, u"lockedBanner"_s)->isVisible());
        QVERIFY(field<QLineEdit>(w, u"includeField"_s)->isReadOnly());
        auto *tree = field<QTreeView>(w, u"objectTree"_s);
        const QModelIndex hard = treeIndex(tree, u"hard"_s, {}, ObjectTreeModel::Name);
        QVERIFY(!(hard.flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!tree->model()->setData(hard, Qt::Unchecked, Qt::CheckStateRole));
        shot(w, u"wizard-edit-locked"_s);
        w->reject();
        QVERIFY(
            ProjectRepository(m_context->store()).setState(record->id, ProjectState::NotStarted));
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_scratch.reset();
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"

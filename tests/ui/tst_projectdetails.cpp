// The project details' incremental synchronization tab over a real store: the change streams
// as the incremental step saves them, shown value for value (state, positions, last source
// commit, lag, events/s, transactions, changes per table, the lag chart), a stream saved by a
// run that is gone, the honest empty state before a stream starts, and no tab for a project
// without the step. The page reads the store on workers: every check waits for refreshed().
#include "consolecontext.h"
#include "consolemain.h"
#include "migration/migrationpage.h"
#include "migration/projectdetails.h"
#include "migration/projecttablemodel.h"
#include "migration/throughputchart.h"
#include "project/projectrepository.h"
#include "project/runheartbeat.h"
#include "store/metastore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QString local(const QString &iso)
{
    return utc(iso).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QStringList rows(const QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        out << cells.join(u" | "_s);
    }
    return out;
}

} // namespace

class TestProjectDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<RunHeartbeat> m_heartbeat;
    std::unique_ptr<ProjectDetails> m_details;
    qint64 m_shop = 0;
    qint64 m_quiet = 0;
    qint64 m_fresh = 0;
    qint64 m_copy = 0;

    qint64 create(const QString &name, const QStringList &steps)
    {
        auto definition = ProjectDefinition::fromJson(
            {{u"name"_s, name},
             {u"source"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s},
                           {u"path"_s, m_dir.filePath(u"shop.sqlite"_s)}}},
             {u"target"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s},
                           {u"path"_s, m_dir.filePath(u"reporting.sqlite"_s)}}},
             {u"steps"_s, QJsonArray::fromStringList(steps)}});
        if (!definition)
            qFatal("%s", qPrintable(definition.error().text()));
        auto created = ProjectRepository(m_store).create(*definition);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        return created->id;
    }

    bool saveStream(qint64 id, const StreamRecord &stream, const QString &savedAt)
    {
        if (!ProjectRepository(m_store).saveStream(id, stream))
            return false;
        return bool(m_store->exec(
            u"UPDATE stream_state SET updated_at = ? WHERE project_id = ? AND stream = ?"_s,
            {savedAt, id, stream.stream}));
    }

    // Shows the project and waits for the worker's read to reach the page.
    void load(qint64 id)
    {
        QSignalSpy refreshed(m_details.get(), &ProjectDetails::refreshed);
        m_details->showProject(id);
        QTRY_VERIFY(refreshed.count() >= 1);
    }

    template<typename T = QLabel>
    T *field(const QString &name) const
    {
        T *w = m_details->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    QTabWidget *tabs() const { return field<QTabWidget>(u"detailsTabs"_s); }
    QLabel *emptyState() const { return field(u"incrementalEmpty"_s); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        initResources();
        auto store = MetaStore::open(m_dir.filePath(u"ui.db"_s));
        QVERIFY(store);
        m_store = *store;
        m_context = std::make_unique<ConsoleContext>(m_store);
        ProjectRepository projects(m_store);

        // Running (this process beats for it): forward streaming, reverse waiting.
        m_shop = create(u"shop-sync"_s, {u"full"_s, u"incremental"_s});
        QVERIFY(projects.setStep(m_shop, u"full"_s, StepState::Done));
        QVERIFY(projects.setStep(m_shop, u"incremental"_s, StepState::Running));
        QVERIFY(projects.setState(m_shop, ProjectState::Running));
        m_heartbeat = std::make_unique<RunHeartbeat>(m_store, m_shop, u"details-test"_s);
        QVERIFY(m_heartbeat->start());
        StreamRecord forward;
        forward.stream = u"forward"_s;
        forward.state = u"streaming"_s;
        forward.readPosition = u"mysql-bin.000003:4711"_s;
        forward.appliedPosition = u"mysql-bin.000003:4500"_s;
        forward.lastCommitAt = utc(u"2026-11-26T20:16:49.123Z"_s);
        forward.appliedAt = utc(u"2026-11-26T20:16:50.357Z"_s);
        forward.lagMs = 1234;
        forward.eventsPerSecond = 250.5;
        forward.transactions = 1200;
        forward.events = 5400;
        forward.tables.insert(u"shop.orders"_s, {1100, 20, 3});
        forward.tables.insert(u"shop.customers"_s, {5, 0, 0});
        QVERIFY(saveStream(m_shop, forward, u"2026-11-26T20:16:51.000Z"_s));
        StreamRecord reverse;
        reverse.stream = u"reverse"_s;
        reverse.state = u"starting"_s;
        reverse.detail = u"waiting for the switchover"_s;
        QVERIFY(saveStream(m_shop, reverse, u"2026-11-26T20:16:52.500Z"_s));
        // The full copy's samples have no lag; the stream's have.
        const QDateTime at = utc(u"2026-11-26T20:15:00.000Z"_s);
        QVERIFY(projects.addSample(m_shop, {at, 9000, 1e6, -1}));
        QVERIFY(projects.addSample(m_shop, {at.addSecs(5), 180, 2e4, 2400}));
        QVERIFY(projects.addSample(m_shop, {at.addSecs(10), 240, 3e4, 1800}));
        QVERIFY(projects.addSample(m_shop, {at.addSecs(15), 250.5, 3e4, 1234}));

        // Stored as running by a run that died: its stream says streaming, as it was then.
        m_quiet = create(u"quiet-sync"_s, {u"incremental"_s});
        QVERIFY(projects.setState(m_quiet, ProjectState::Running));
        StreamRecord dead;
        dead.stream = u"forward"_s;
        dead.state = u"streaming"_s;
        dead.lagMs = 7384000;
        QVERIFY(saveStream(m_quiet, dead, u"2026-11-26T22:00:00.000Z"_s));

        m_fresh = create(u"fresh-sync"_s, {u"full"_s, u"incremental"_s});
        m_copy = create(u"copy-only"_s, {u"schema"_s, u"full"_s});

        m_details = std::make_unique<ProjectDetails>(m_context.get());
        m_details->resize(1000, 520);
        m_details->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
        new QAbstractItemModelTester(field<QTableView>(u"streamTablesView"_s)->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_details.get());
    }

    void cleanupTestCase()
    {
        m_details.reset();
        m_heartbeat.reset();
        m_context.reset();
    }

    void showsTheStoredStream()
    {
        load(m_shop);
        QVERIFY(tabs()->isTabVisible(int(ProjectDetails::Tab::Incremental)));
        QCOMPARE(tabs()->tabText(int(ProjectDetails::Tab::Incremental)),
                 u"Incremental synchronization"_s);
        m_details->showTab(ProjectDetails::Tab::Incremental);
        QCOMPARE(m_details->currentTab(), ProjectDetails::Tab::Incremental);
        QVERIFY(emptyState()->isHidden());

        // Two streams: the choice shows, forward first.
        auto *choice = field<QComboBox>(u"streamChoice"_s);
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->currentText(), u"Forward (source → target)"_s);
        QCOMPARE(field(u"streamState"_s)->text(), u"Streaming"_s);
        QCOMPARE(field(u"readPosition"_s)->text(), u"mysql-bin.000003:4711"_s);
        QCOMPARE(field(u"appliedPosition"_s)->text(), u"mysql-bin.000003:4500"_s);
        QCOMPARE(field(u"lastSourceCommit"_s)->text(), local(u"2026-11-26T20:16:49.123Z"_s));
        QCOMPARE(field(u"lastSourceCommit"_s)->toolTip(),
                 u"Committed in the target at "_s + local(u"2026-11-26T20:16:50.357Z"_s));
        QCOMPARE(field(u"streamLag"_s)->text(), u"1.2 s"_s);
        QCOMPARE(field(u"streamLag"_s)->toolTip(),
                 u"1,234 ms from the source's commit to the target's"_s);
        QCOMPARE(field(u"eventsPerSecond"_s)->text(), u"250.5"_s);
        QCOMPARE(field(u"transactions"_s)->text(), u"1,200 (5,400 events)"_s);
        QCOMPARE(field(u"streamSavedAt"_s)->text(), local(u"2026-11-26T20:16:51.000Z"_s));
        QVERIFY(field(u"streamDetail"_s)->isHidden());
        auto *view = field<QTableView>(u"streamTablesView"_s);
        QVERIFY(view->isVisible());
        QCOMPARE(rows(view->model()),
                 (QStringList {u"shop.customers | 5 | 0 | 0 | 5"_s,
                               u"shop.orders | 1,100 | 20 | 3 | 1,123"_s}));
        QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(), u"Inserts"_s);
        // The lag of the three samples that measured one.
        QCOMPARE(field<ThroughputChart>(u"lagChart"_s)->pointCount(), 3);

        // The reverse stream, chosen.
        choice->setCurrentIndex(choice->findData(u"reverse"_s));
        QCOMPARE(field(u"streamState"_s)->text(), u"Starting"_s);
        QCOMPARE(field(u"readPosition"_s)->text(), u"—"_s);
        QCOMPARE(field(u"appliedPosition"_s)->text(), u"—"_s);
        QCOMPARE(field(u"lastSourceCommit"_s)->text(), u"—"_s);
        QCOMPARE(field(u"streamLag"_s)->text(), u"unknown"_s);
        QCOMPARE(field(u"eventsPerSecond"_s)->text(), u"0.0"_s);
        QCOMPARE(field(u"transactions"_s)->text(), u"0 (0 events)"_s);
        QCOMPARE(field(u"streamDetail"_s)->text(), u"waiting for the switchover"_s);
        QVERIFY(field(u"streamDetail"_s)->isVisible());
        QCOMPARE(view->model()->rowCount(), 0);

        // The next read keeps the choice.
        QSignalSpy refreshed(m_details.get(), &ProjectDetails::refreshed);
        m_details->refresh();
        QTRY_VERIFY(refreshed.count() >= 1);
        QCOMPARE(choice->currentData().toString(), u"reverse"_s);
        QCOMPARE(field(u"streamState"_s)->text(), u"Starting"_s);
        choice->setCurrentIndex(choice->findData(u"forward"_s));
    }

    void streamOfARunThatIsGone()
    {
        load(m_quiet);
        m_details->showTab(ProjectDetails::Tab::Incremental);
        QVERIFY(field<QComboBox>(u"streamChoice"_s)->isHidden()); // one stream
        QCOMPARE(field(u"streamState"_s)->text(),
                 u"Streaming (when last saved; the project is not running)"_s);
        QCOMPARE(field(u"streamLag"_s)->text(), u"2 h 3 min"_s);
        QCOMPARE(field(u"streamSavedAt"_s)->text(), local(u"2026-11-26T22:00:00.000Z"_s));
        QCOMPARE(field<ThroughputChart>(u"lagChart"_s)->pointCount(), 0);
    }

    // Asked for before the project has loaded, the tab shows once it is in view; until the
    // stream starts it says so.
    void emptyBeforeTheStreamStarts()
    {
        m_details->showTab(ProjectDetails::Tab::Progress);
        QSignalSpy refreshed(m_details.get(), &ProjectDetails::refreshed);
        m_details->showProject(m_copy);
        QTRY_VERIFY(refreshed.count() >= 1);
        QVERIFY(!tabs()->isTabVisible(int(ProjectDetails::Tab::Incremental)));
        m_details->showProject(m_fresh);
        m_details->showTab(ProjectDetails::Tab::Incremental);
        QTRY_VERIFY(refreshed.count() >= 2);
        QTRY_COMPARE(m_details->currentTab(), ProjectDetails::Tab::Incremental);
        QVERIFY(emptyState()->isVisible());
        QCOMPARE(emptyState()->text(),
                 u"The incremental step has not started yet. It starts after the full copy (at "
                 "once in a project without one) and shows here where its change stream "
                 "stands: state, positions, lag and the changes per table."_s);
        QVERIFY(!field<QTableView>(u"streamTablesView"_s)->isVisible());
        QVERIFY(!field(u"streamState"_s)->isVisible());

        // A project without the step has no such tab, and the page falls back to another one.
        load(m_copy);
        QVERIFY(!tabs()->isTabVisible(int(ProjectDetails::Tab::Incremental)));
        QVERIFY(m_details->currentTab() != ProjectDetails::Tab::Incremental);
    }

    // The project list's Lag column: the forward stream's lag as the list read it, and the shown
    // project's as its details read it again.
    void listShowsTheForwardLag()
    {
        MigrationPage page(m_context.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ProjectTableModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), 4);
        auto lagOf = [model](const QString &name) {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, ProjectTableModel::Name).data().toString() == name)
                    return model->index(r, ProjectTableModel::Lag).data().toString();
            return u"(no row)"_s;
        };
        QCOMPARE(lagOf(u"shop-sync"_s), u"1.2 s"_s);
        QCOMPARE(lagOf(u"quiet-sync"_s), u"2 h 3 min"_s);
        QCOMPARE(lagOf(u"fresh-sync"_s), u"—"_s);
        QCOMPARE(lagOf(u"copy-only"_s), u"—"_s);

        StreamRecord caughtUp = *ProjectRepository(m_store).streams(m_shop)->cbegin();
        QCOMPARE(caughtUp.stream, u"forward"_s);
        caughtUp.lagMs = 480;
        QVERIFY(saveStream(m_shop, caughtUp, u"2026-11-26T20:17:01.000Z"_s));
        page.selectProjectNamed(u"shop-sync"_s);
        QTRY_COMPARE(lagOf(u"shop-sync"_s), u"480 ms"_s);
        QCOMPARE(lagOf(u"quiet-sync"_s), u"2 h 3 min"_s);
    }
};

QTEST_MAIN(TestProjectDetails)
#include "tst_projectdetails.moc"

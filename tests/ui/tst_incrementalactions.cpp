// The incremental tab's actions against real servers (MariaDB -> PostgreSQL), driven like a
// DBA. A stream paused at a schema change shows the statement with the choices of `ferry ddl`:
// an edited statement applied and the project resumed; a change skipped after confirming; the
// project stopped at one, then applied as shown (refused by the target: the cause shows and
// the prompt stays) and at last applied edited. The forward switchover run from the page: refused
// while the source is written (cause and fix shown, the forward stream running again), stopped
// with Cancel during the quiet time, then done step by step, the reverse increment carrying the
// new database's writes back to the old one.
#include "consolecontext.h"
#include "consolemain.h"
#include "engines/driver.h"
#include "migration/incrementalpanel.h"
#include "migration/projectdetails.h"
#include "migration/switchoverdialog.h"
#include "migrationfixture.h"
#include "project/projectrepository.h"
#include "project/projectrunner.h"
#include "store/metastore.h"
#include "testservers.h"

#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

namespace {

// The project's file as the console keeps it: the passwords come from the environment the
// servers script exports (a stored project never holds one).
QJsonObject consoleProject(const QString &name, const Endpoint &source, const Endpoint &target,
                           int quietSeconds)
{
    QJsonObject json =
        projectJson(name, source, target, {u"schema"_s, u"full"_s, u"incremental"_s});
    for (const auto &[role, variable] : {std::pair {u"source"_s, u"FERRY_TEST_MARIADB_PASSWORD"_s},
                                         std::pair {u"target"_s, u"FERRY_TEST_PG_PASSWORD"_s}}) {
        QJsonObject e = json[role].toObject();
        e.remove(u"password"_s);
        e[u"passwordEnv"_s] = variable;
        json[role] = e;
    }
    json[u"incremental"_s] = QJsonObject {{u"quietSeconds"_s, quietSeconds}};
    return json;
}

// The rows of `table`, none when they cannot be read (yet).
std::vector<RowData> tableRows(const Endpoint &endpoint, const QString &table)
{
    auto rows = readTable(endpoint, table, {u"id"_s});
    return rows ? *rows : std::vector<RowData>();
}

// With FERRY_SHOT_DIR set, saves what `widget` shows as NAME.png there (to look at it).
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FERRY_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // a layout the last change asked for
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

QStringList column(const QAbstractItemModel *model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, c).data().toString();
    return out;
}

} // namespace

class TestIncrementalActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Scratch> m_scratch;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<ProjectDetails> m_details;

    template<typename T = QWidget>
    T *field(const QString &name) const
    {
        T *w = m_details->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    qint64 create(const QJsonObject &json)
    {
        auto definition = ProjectDefinition::fromJson(json);
        if (!definition)
            qFatal("%s", qPrintable(definition.error().text()));
        auto created = ProjectRepository(m_store).create(*definition);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        return created->id;
    }

    StreamRecord forward(qint64 id) const
    {
        auto streams = ProjectRepository(m_store).streams(id);
        if (streams)
            for (const StreamRecord &s : std::as_const(*streams))
                if (s.stream == u"forward")
                    return s;
        return {};
    }

    bool running(qint64 id) const
    {
        ProjectRunner *r = m_context->runner(id);
        return r && r->isRunning();
    }

    // Starts the project's run from the console, as the page's Start does, and waits until its
    // stream applies.
    void startRun(qint64 id, const QString &name, const Endpoint &source, const Endpoint &target)
    {
        auto runner = m_context->launch(id, name, source, target, 2);
        QVERIFY2(runner, qPrintable(runner ? QString() : runner.error().text()));
        QTRY_COMPARE_WITH_TIMEOUT(forward(id).state, u"streaming"_s, 120000);
    }

    void stopRun(qint64 id)
    {
        if (ProjectRunner *r = m_context->runner(id); r && r->isRunning()) {
            r->stop();
            QTRY_VERIFY_WITH_TIMEOUT(!r->isRunning(), 60000);
        }
    }

    // Shows the project's incremental tab and waits for the page to read it.
    void show(qint64 id)
    {
        QSignalSpy refreshed(m_details.get(), &ProjectDetails::refreshed);
        m_details->showProject(id);
        QTRY_VERIFY(refreshed.count() >= 1);
        m_details->showTab(ProjectDetails::Tab::Incremental);
        QTRY_COMPARE(m_details->currentTab(), ProjectDetails::Tab::Incremental);
    }

    void answer(const QString &box, QMessageBox::StandardButton button)
    {
        QMessageBox *b = nullptr;
        QTRY_VERIFY((b = m_details->findChild<QMessageBox *>(box)) != nullptr && b->isVisible());
        QTest::mouseClick(b->button(button), Qt::LeftButton);
    }

    // The source pauses the stream at `statement`; waits for the prompt to show it.
    void pauseAt(qint64 id, const Endpoint &source, const QString &statement, int row)
    {
        QVERIFY(execute(source,
                        {statement, u"INSERT INTO t VALUES (%1, %2)"_s.arg(row).arg(row * 10)}));
        QTRY_VERIFY_WITH_TIMEOUT(!running(id), 60000);
        QCOMPARE(forward(id).state, u"paused-ddl"_s);
        QTRY_VERIFY(field(u"ddlPrompt"_s)->isVisible());
        QTRY_COMPARE(field<QPlainTextEdit>(u"ddlStatement"_s)->toPlainText(), statement);
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        initResources();
        m_scratch = std::make_unique<Scratch>(u"uinc"_s);
        auto store = MetaStore::open(m_dir.filePath(u"ui.db"_s));
        QVERIFY(store);
        m_store = *store;
        m_context = std::make_unique<ConsoleContext>(m_store);
        m_details = std::make_unique<ProjectDetails>(m_context.get());
        m_details->resize(1100, 640);
        m_details->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
    }

    void cleanupTestCase()
    {
        m_details.reset();
        m_context.reset();
        m_scratch.reset();
    }

    void pausedSchemaChange()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"ddl_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"ddl_dst"_s);
        QVERIFY(execute(
            source,
            {u"CREATE TABLE t (id INT PRIMARY KEY, v INT)"_s, u"INSERT INTO t VALUES (1, 10)"_s}));
        const qint64 id = create(consoleProject(u"ddl-ui"_s, source, target, 1));
        startRun(id, u"ddl-ui"_s, source, target);
        show(id);
        QVERIFY(field(u"ddlPrompt"_s)->isHidden());

        // 1. An index the source added: edited into PostgreSQL's dialect and applied.
        pauseAt(id, source, u"ALTER TABLE t ADD INDEX ix_v (v)"_s, 2);
        auto *apply = field<QPushButton>(u"ddlApply"_s);
        auto *edited = field<QPushButton>(u"ddlApplyEdited"_s);
        auto *skip = field<QPushButton>(u"ddlSkip"_s);
        auto *stop = field<QPushButton>(u"ddlStop"_s);
        QTRY_VERIFY(apply->isEnabled());
        QVERIFY(skip->isEnabled() && stop->isEnabled());
        QVERIFY(!edited->isEnabled()); // nothing edited yet
        shot(m_details.get(), u"ddl-prompt"_s);
        QVERIFY(field<QLabel>(u"ddlPromptText"_s)->text().contains(forward(id).heldPosition));
        auto *statement = field<QPlainTextEdit>(u"ddlStatement"_s);
        statement->selectAll();
        QTest::keyClicks(statement, u"CREATE INDEX ix_v ON %1.t (v)"_s.arg(target.schema));
        QVERIFY(edited->isEnabled());
        QSignalSpy decided(m_details.get(), &ProjectDetails::schemaChangeDecisionDone);
        QTest::mouseClick(edited, Qt::LeftButton);
        QTRY_COMPARE(decided.size(), 1);
        QVERIFY2(decided.first().at(0).toBool(), qPrintable(decided.first().at(1).toString()));
        // Resumed: the index is there, the row after it arrived, the prompt is gone.
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(target, u"t"_s),
                                  (std::vector<RowData> {{"1", "10"}, {"2", "20"}}), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(forward(id).state, u"streaming"_s, 60000);
        QVERIFY(running(id));
        QVERIFY(forward(id).heldPosition.isEmpty());
        QVERIFY(forward(id).ddlDecision.isEmpty());
        auto index = Driver::forEngine(target.engine).connect(target);
        QVERIFY(index);
        auto found = (*index)->query(
            u"SELECT indexdef FROM pg_indexes WHERE schemaname = '%1' AND indexname = 'ix_v'"_s.arg(
                target.schema));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QTRY_VERIFY(field(u"ddlPrompt"_s)->isHidden());

        // 2. A table comment: skipped, once confirmed.
        pauseAt(id, source, u"ALTER TABLE t COMMENT = 'audited'"_s, 3);
        QTRY_VERIFY(skip->isEnabled());
        QTest::mouseClick(skip, Qt::LeftButton);
        answer(u"confirmSkipDdl"_s, QMessageBox::Yes);
        QTRY_COMPARE(decided.size(), 2);
        QVERIFY(decided.last().at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(target, u"t"_s),
                                  (std::vector<RowData> {{"1", "10"}, {"2", "20"}, {"3", "30"}}),
                                  60000);
        QTRY_VERIFY(field(u"ddlPrompt"_s)->isHidden());

        // 3. Stopped at a change: nothing decided, the project paused there, nothing applied.
        pauseAt(id, source, u"ALTER TABLE t ADD INDEX ix_n (v)"_s, 4);
        QTRY_VERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(decided.size(), 3);
        QVERIFY(decided.last().at(0).toBool());
        QCOMPARE(ProjectRepository(m_store).findById(id)->state, ProjectState::Paused);
        QCOMPARE(forward(id).state, u"paused-ddl"_s);
        QVERIFY(forward(id).ddlDecision.isEmpty());
        QVERIFY(!running(id));
        QTRY_COMPARE(field<QLabel>(u"ddlDecision"_s)->text(),
                     u"Undecided: the project stays stopped here until you choose."_s);

        // 4. Applied as shown: MariaDB's statement is not PostgreSQL's; the run says why and the
        // prompt stays, the decision shown.
        const QPointer<ProjectRunner> paused = m_context->runner(id);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(decided.size(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->runner(id) && m_context->runner(id) != paused.data()
                                     && !running(id)
                                     && m_context->runner(id)->failure().has_value(),
                                 60000);
        QVERIFY2(
            m_context->runner(id)->failure()->message.contains(u"applying the schema change to"_s),
            qPrintable(m_context->runner(id)->failure()->text()));
        QTRY_VERIFY(field(u"projectError"_s)->isVisible());
        QTRY_COMPARE(field<QLabel>(u"ddlDecision"_s)->text(),
                     u"Decided: apply as shown; the next run carries it out."_s);
        QVERIFY(field(u"ddlPrompt"_s)->isVisible());

        // 5. Then edited into the target's dialect: applied, and the stream goes on.
        statement->selectAll();
        QTest::keyClicks(statement, u"CREATE INDEX ix_n ON %1.t (v)"_s.arg(target.schema));
        QTRY_VERIFY(edited->isEnabled());
        QTest::mouseClick(edited, Qt::LeftButton);
        QTRY_COMPARE(decided.size(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(
            tableRows(target, u"t"_s),
            (std::vector<RowData> {{"1", "10"}, {"2", "20"}, {"3", "30"}, {"4", "40"}}), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(forward(id).state, u"streaming"_s, 60000);
        QTRY_VERIFY(field(u"ddlPrompt"_s)->isHidden());
        stopRun(id);
    }

    void switchover()
    {
        const Endpoint source = m_scratch->make(Engine::MariaDb, u"sw_src"_s);
        const Endpoint target = m_scratch->make(Engine::PostgreSql, u"sw_dst"_s);
        QVERIFY(execute(source,
                        {u"CREATE TABLE acct (id INT PRIMARY KEY, owner VARCHAR(40) NOT "
                         "NULL, balance DECIMAL(14,2))"_s,
                         u"INSERT INTO acct SELECT seq, CONCAT('owner ', seq), seq * "
                         "10.25 FROM seq_1_to_50"_s}));
        QJsonObject json = consoleProject(u"sw-ui"_s, source, target, 2);
        const qint64 id = create(json);
        startRun(id, u"sw-ui"_s, source, target);
        QVERIFY(execute(source, {u"UPDATE acct SET balance = balance + 1 WHERE id <= 5"_s}));
        show(id);
        auto *button = field<QPushButton>(u"switchoverButton"_s);
        QTRY_VERIFY(button->isEnabled());

        const auto states = [&] {
            QStringList out;
            SwitchoverDialog *d = m_details->switchoverDialog();
            auto *view = d ? d->findChild<QTableView *>(u"switchoverSteps"_s) : nullptr;
            return view ? column(view->model(), 1) : out;
        };
        const auto errorText = [&] {
            SwitchoverDialog *d = m_details->switchoverDialog();
            auto *label = d ? d->findChild<QLabel *>(u"switchoverError"_s) : nullptr;
            return label && label->isVisible() ? label->text() : QString();
        };
        const auto closeDialog = [&] {
            SwitchoverDialog *d = m_details->switchoverDialog();
            QVERIFY(d);
            auto *close = d->findChild<QPushButton *>(u"switchoverClose"_s);
            QTRY_VERIFY(close->isEnabled());
            QTest::mouseClick(close, Qt::LeftButton);
            QTRY_VERIFY(m_details->switchoverDialog() == nullptr);
        };

        // 1. The source is still written: refused at the quiet check, the cause and the fix
        // shown, nothing switched, and the forward stream runs again.
        std::atomic<bool> writing {true};
        std::thread writer([&] {
            for (int i = 0; writing; ++i) {
                (void)execute(source, {u"UPDATE acct SET owner = 'w%1' WHERE id = 40"_s.arg(i)});
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        answer(u"confirmSwitchover"_s, QMessageBox::Yes);
        QTRY_VERIFY(m_details->switchoverDialog() != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(states(),
                                  (QStringList {u"done"_s, u"failed"_s, u"not run"_s, u"not run"_s,
                                                u"not run"_s, u"not run"_s}),
                                  120000);
        writing = false;
        writer.join();
        shot(m_details->switchoverDialog(), u"switchover-refused"_s);
        QVERIFY2(errorText().contains(u"is still being written"_s), qPrintable(errorText()));
        QVERIFY2(errorText().contains(u"Fix:</b> Stop the applications that write to"_s),
                 qPrintable(errorText()));
        QTRY_VERIFY(running(id));
        QCOMPARE(m_context->runner(id)->work(), ProjectRunner::Work::Run);
        QCOMPARE(ProjectRepository(m_store).streams(id)->size(), 1); // no reverse stream
        closeDialog();

        // 2. Stopped with Cancel during a long quiet time: nothing switched, streaming again.
        json[u"incremental"_s] = QJsonObject {{u"quietSeconds"_s, 600}};
        QVERIFY(
            ProjectRepository(m_store).updateDefinition(id, *ProjectDefinition::fromJson(json)));
        QTRY_COMPARE_WITH_TIMEOUT(forward(id).state, u"streaming"_s, 60000);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        answer(u"confirmSwitchover"_s, QMessageBox::Yes);
        QTRY_COMPARE_WITH_TIMEOUT(states().value(1), u"running"_s, 120000);
        auto *cancel =
            m_details->switchoverDialog()->findChild<QPushButton *>(u"switchoverCancel"_s);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(states(),
                                  (QStringList {u"done"_s, u"stopped"_s, u"not run"_s, u"not run"_s,
                                                u"not run"_s, u"not run"_s}),
                                  60000);
        QVERIFY2(errorText().startsWith(u"<b>Stopped:</b>"_s), qPrintable(errorText()));
        QTRY_VERIFY(running(id));
        QCOMPARE(ProjectRepository(m_store).streams(id)->size(), 1);
        closeDialog();

        // 3. Quiet: every step done in order, the reverse increment started.
        json[u"incremental"_s] = QJsonObject {{u"quietSeconds"_s, 1}};
        QVERIFY(
            ProjectRepository(m_store).updateDefinition(id, *ProjectDefinition::fromJson(json)));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        answer(u"confirmSwitchover"_s, QMessageBox::Yes);
        QTRY_COMPARE_WITH_TIMEOUT(states(), QStringList(6, u"done"_s), 180000);
        SwitchoverDialog *dialog = m_details->switchoverDialog();
        auto *steps = dialog->findChild<QTableView *>(u"switchoverSteps"_s)->model();
        QCOMPARE(steps->index(0, 2).data().toString(),
                 u"catching up with %1"_s.arg(source.displayAddress()));
        QCOMPARE(column(steps, 0),
                 (QStringList {u"1. Forward stream caught up"_s, u"2. Source quiet"_s,
                               u"3. Final verification"_s, u"4. Switchover positions recorded"_s,
                               u"5. Forward stream stopped"_s, u"6. Reverse increment started"_s}));
        QCOMPARE(steps->index(2, 2).data().toString(), u"1 table(s) identical"_s);
        QVERIFY(errorText().isEmpty());
        shot(dialog, u"switchover-done"_s);
        auto streams = ProjectRepository(m_store).streams(id);
        QCOMPARE(streams->size(), 2);
        QCOMPARE(streams->at(0).state, u"switched-over"_s);
        QCOMPARE(streams->at(1).stream, u"reverse"_s);
        QVERIFY(running(id));
        QTRY_VERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(),
                 u"Switched over already: the reverse increment keeps the old "
                 "database in step."_s);
        closeDialog();

        // The new database is written; the old one follows.
        const auto reverseState = [&] {
            auto all = ProjectRepository(m_store).streams(id);
            if (all)
                for (const StreamRecord &s : std::as_const(*all))
                    if (s.stream == u"reverse")
                        return s.state;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(reverseState(), u"streaming"_s, 120000);
        QVERIFY(execute(target,
                        {u"INSERT INTO acct VALUES (900, 'new on pg', 1.50)"_s,
                         u"UPDATE acct SET owner = 'renamed' WHERE id = 1"_s}));
        const auto back = [&] {
            auto rows = readTable(source, u"acct"_s, {u"id"_s});
            std::vector<RowData> picked;
            if (rows)
                for (const RowData &r : *rows)
                    if (r[0] == Cell("1") || r[0] == Cell("900"))
                        picked.push_back(r);
            return picked;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            back(),
            (std::vector<RowData> {{"1", "renamed", "11.25"}, {"900", "new on pg", "1.50"}}),
            60000);
        stopRun(id);
    }
};

QTEST_MAIN(TestIncrementalActions)
#include "tst_incrementalactions.moc"

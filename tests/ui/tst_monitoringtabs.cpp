// The O&M tabs of part B, each on its own and offscreen: the Risks tab shows a failed step with
// what to do; the Logs tab filters a constructed log by level, text and project, jumps to the
// first error and follows new lines live; the Diagnosis tab lists the risks and writes a
// bundle that tar reads, with its progress, on a worker.
#include "consolecontext.h"
#include "consolemain.h"
#include "engines/session.h"
#include "monitoring/diagnosistab.h"
#include "monitoring/logstab.h"
#include "monitoring/riskstab.h"
#include "project/projectrepository.h"
#include "store/metastore.h"
#include "widgets/simpletablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

namespace {

QString line(int second, const QString &level, const QString &category, const QString &message)
{
    return u"2026-11-27T03:00:%1.000Z %2 %3 [c3] %4"_s.arg(second, 2, 10, QChar(u'0'))
        .arg(level, category, message);
}

// FERRY_SCREENSHOT_DIR set: the tab as the test left it, for docs/screenshots.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

} // namespace

class TestMonitoringTabs : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<ConsoleContext> m_context;

    template<typename T>
    static T *field(QWidget *w, const QString &name)
    {
        T *found = w->findChild<T *>(name);
        if (!found)
            qWarning() << "no widget" << name;
        return found;
    }

private slots:
    void initTestCase()
    {
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
        m_store = *store;
        // A project whose full step failed.
        auto definition = ProjectDefinition::fromJson(
            {{u"name"_s, u"shop"_s},
             {u"source"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s},
                           {u"path"_s, m_dir->filePath(u"a.sqlite"_s)}}},
             {u"target"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s},
                           {u"path"_s, m_dir->filePath(u"b.sqlite"_s)}}},
             {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s}}});
        QVERIFY(definition);
        ProjectRepository projects(m_store);
        auto created = projects.create(*definition);
        QVERIFY(created);
        QVERIFY(projects.setStep(created->id, u"full"_s, StepState::Running));
        QVERIFY(projects.setStep(created->id, u"full"_s, StepState::Failed,
                                 u"disk full on the target"_s));
        m_context = std::make_unique<ConsoleContext>(m_store);
        Session::setForbiddenThread(QThread::currentThread());
    }

    void cleanup()
    {
        QCOMPARE(Session::openedOnForbiddenThread(), 0);
        Session::setForbiddenThread(nullptr);
        m_context.reset();
        m_store.reset();
        m_dir.reset();
    }

    void risksTab()
    {
        RisksTab tab(m_context.get());
        new QAbstractItemModelTester(tab.model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &tab);
        QSignalSpy refreshed(&tab, &RisksTab::refreshed);
        tab.resize(1000, 500);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_COMPARE(refreshed.count(), 1);
        QAbstractItemModel *model = field<QTableView>(&tab, u"risksTable"_s)->model();
        // Only the failed step (the store's disk may be tight on a build machine: not here).
        QStringList projects;
        QStringList kinds;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 2).data().toString() == u"Store disk")
                continue;
            projects << model->index(r, 1).data().toString();
            kinds << model->index(r, 2).data().toString();
            QCOMPARE(model->index(r, 0).data().toString(), u"Critical"_s);
            QCOMPARE(model->index(r, 3).data().toString(), u"full"_s);
            QCOMPARE(model->index(r, 4).data().toString(),
                     u"step full of shop failed: disk full on the target"_s);
            QCOMPARE(model->index(r, 5).data().toString(),
                     u"Fix what the error names, then start project shop again: it resumes at "
                     "the failed step."_s);
        }
        QCOMPARE(projects, QStringList {u"shop"_s});
        QCOMPARE(kinds, QStringList {u"Failed step"_s});
        QTest::mouseClick(field<QPushButton>(&tab, u"refreshRisks"_s), Qt::LeftButton);
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(refreshed.last().first().toInt(), model->rowCount());
        screenshot(&tab, u"monitoring-risks.png"_s);
    }

    void logsTab()
    {
        const QString path = m_dir->filePath(u"logs/ferry.log"_s);
        QVERIFY(QDir().mkpath(m_dir->filePath(u"logs"_s)));
        const QStringList lines = {
            line(1, u"info"_s, u"ferry.cli"_s, u"ferry run (store x)"_s),
            line(2, u"warning"_s, u"ferry.engine"_s, u"shop: statement failed"_s),
            line(3, u"info"_s, u"ferry.cdc"_s, u"shop-sync: caught up"_s),
            line(4, u"critical"_s, u"ferry.store"_s, u"database is locked"_s)};
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((lines.join(u'\n') + u'\n').toUtf8());
        }
        LogsTab tab(m_context.get());
        QSignalSpy shown(&tab, &LogsTab::linesShown);
        tab.resize(1100, 500);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *view = field<QPlainTextEdit>(&tab, u"logView"_s);
        QCOMPARE(tab.logFile(), path); // the context's log, beside the store
        QTRY_COMPARE(view->toPlainText(), lines.join(u'\n'));

        // Level: warnings and errors.
        auto *level = field<QComboBox>(&tab, u"logLevel"_s);
        level->setCurrentIndex(level->findData(u"warning"_s));
        QTRY_COMPARE(view->toPlainText(), (QStringList {lines[1], lines[3]}).join(u'\n'));
        level->setCurrentIndex(level->findData(u"debug"_s));
        QTRY_COMPARE(view->toPlainText(), lines.join(u'\n'));

        // Text.
        QTest::keyClicks(field<QLineEdit>(&tab, u"logText"_s), u"LOCKED"_s);
        QTRY_COMPARE(view->toPlainText(), lines[3]);
        field<QLineEdit>(&tab, u"logText"_s)->clear();
        QTRY_COMPARE(view->toPlainText(), lines.join(u'\n'));

        // One project: its name as a word (not shop-sync).
        auto *scope = field<QComboBox>(&tab, u"logScope"_s);
        QTRY_COMPARE(scope->count(), 2);
        QCOMPARE(scope->itemText(1), u"Project shop"_s);
        scope->setCurrentIndex(1);
        QTRY_COMPARE(view->toPlainText(), lines[1]);
        scope->setCurrentIndex(0);
        QTRY_COMPARE(view->toPlainText(), lines.join(u'\n'));

        // The first error.
        QSignalSpy firstError(&tab, &LogsTab::firstErrorShown);
        QTest::mouseClick(field<QPushButton>(&tab, u"logFirstError"_s), Qt::LeftButton);
        QTRY_COMPARE(firstError.count(), 1);
        QCOMPARE(firstError.first().first().toString(), lines[1]);
        QCOMPARE(view->textCursor().selectedText(), lines[1]);

        // Live tail: a line written now appears at the end.
        const QString late = line(5, u"info"_s, u"ferry.cdc"_s, u"applied 12 events"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write((late + u'\n').toUtf8());
        }
        QTRY_COMPARE_WITH_TIMEOUT(view->toPlainText(), (lines + QStringList {late}).join(u'\n'),
                                  10000);
        QVERIFY(shown.last().at(1).toBool()); // appended, not reloaded
        screenshot(&tab, u"monitoring-logs.png"_s);
    }

    void diagnosisTab()
    {
        DiagnosisTab tab(m_context.get());
        tab.resize(1000, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy diagnosed(&tab, &DiagnosisTab::diagnosisShown);
        QTest::mouseClick(field<QPushButton>(&tab, u"refreshDiagnosis"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.count(), 1, 20000);
        const QString text = diagnosed.first().first().toString();
        QVERIFY2(text.contains(u"[CRITICAL] failed-step (shop): step full of shop failed: disk "
                               "full on the target\n    -> Fix what the error names, then start "
                               "project shop again: it resumes at the failed step.\n"_s),
                 qPrintable(text));
        QCOMPARE(field<QPlainTextEdit>(&tab, u"diagnosisText"_s)->toPlainText(), text);

        const QString folder = m_dir->filePath(u"bundles"_s);
        QVERIFY(QDir().mkpath(folder));
        tab.setFolder(folder);
        QSignalSpy written(&tab, &DiagnosisTab::bundleWritten);
        QTest::mouseClick(field<QPushButton>(&tab, u"writeBundle"_s), Qt::LeftButton);
        QVERIFY(!field<QPushButton>(&tab, u"writeBundle"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 60000);
        const QString path = written.first().first().toString();
        QVERIFY2(!path.isEmpty(), qPrintable(field<QLabel>(&tab, u"bundleResult"_s)->text()));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QVERIFY(field<QLabel>(&tab, u"bundleResult"_s)->text().startsWith(u"Written: "_s + path));
        QVERIFY(field<QPushButton>(&tab, u"writeBundle"_s)->isEnabled());
        QProcess tar;
        tar.start(u"tar"_s, {u"-tzf"_s, path});
        QVERIFY(tar.waitForFinished(30000));
        QCOMPARE(tar.exitCode(), 0);
        const QStringList listed =
            QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(listed.size() > 5);
        QVERIFY(listed.last().endsWith(u"/manifest.json"_s));
        screenshot(&tab, u"monitoring-diagnosis.png"_s);
    }
};

QTEST_MAIN(TestMonitoringTabs)
#include "tst_monitoringtabs.moc"

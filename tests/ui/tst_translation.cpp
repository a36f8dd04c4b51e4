// The console in Simplified Chinese: the catalog is complete, no page, tab or main dialog shows
// an English word once zh_CN is installed, and no label or button is cut at 1280×800 in either
// language.
#include "common/language.h"
#include "consolecontext.h"
#include "consolemain.h"
#include "datasource/datasourceservice.h"
#include "datasources/datasourcedialog.h"
#include "mainwindow.h"
#include "migration/migrationpage.h"
#include "migration/wizard/datasourcechoicemodel.h"
#include "migration/wizard/migrationwizard.h"
#include "project/projectrepository.h"
#include "project/projectrunner.h"
#include "store/metastore.h"
#include "synchronization/syncwizard.h"
#include "system/alertchanneldialog.h"
#include "system/logindialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

namespace {

// Words a translation keeps as they are: proper names, formats, protocols, units and client
// libraries. Short on purpose: every entry is a decision, not an escape hatch.
const QSet<QString> kKept = {
    u"Ferry"_s,     u"MariaDB"_s, u"MySQL"_s,  u"PostgreSQL"_s, u"SQLite"_s,   u"Kafka"_s,
    u"OceanBase"_s, u"JSON"_s,    u"SQL"_s,    u"CSV"_s,        u"HTML"_s,     u"URL"_s,
    u"TLS"_s,       u"SSL"_s,     u"SMTP"_s,   u"SMTPS"_s,      u"STARTTLS"_s, u"SASL"_s,
    u"PLAINTEXT"_s, u"PEM"_s,     u"CA"_s,     u"ID"_s,         u"IP"_s,       u"CPU"_s,
    u"KiB"_s,       u"MiB"_s,     u"GiB"_s,    u"WAL"_s,        u"Binlog"_s,   u"binlog"_s,
    u"Webhook"_s,   u"POST"_s,    u"AUTH"_s,   u"NULL"_s,       u"Qt"_s,       u"Canal"_s,
    u"Debezium"_s,  u"Maxwell"_s, u"Broker"_s, u"Connector"_s,  u"libpq"_s,    u"English"_s};
// Data and examples, not words: the first user's name, PostgreSQL's default schema, the Kafka
// client id's default, the table names the placeholders give as examples, and libpq's sslmode
// values (the TLS choices name them as a DBA writes them).
const QSet<QString> kData = {u"admin"_s, u"public"_s, u"ferry"_s, u"orders"_s, u"customers"_s,
                             u"shop"_s, u"db"_s, u"disable"_s, u"prefer"_s, u"require"_s,
                             // SQLite's schema and the columns of this test's table, as the
                             // type-mapping and precheck tables list them
                             u"main"_s, u"id"_s, u"note"_s};

// A run of the characters of words, identifiers, paths, file names and host:port.
const QRegularExpression kToken(u"[A-Za-z0-9_.:/@*%#-]+"_s);
const QRegularExpression kIdentifier(u"[0-9_.:/@*%#-]"_s);

// The English words of a visible text, rich text read as plain.
QStringList englishWords(QString text)
{
    // Commands and identifiers quoted as code, and ferry's command lines, stay as they are.
    text.remove(QRegularExpression(u"<code>.*?</code>"_s));
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.remove(QRegularExpression(u"&[a-z]+;"_s));
    text.remove(QRegularExpression(u"\\bferry [a-z]+"_s));
    // Values quoted in a message ('ignore', 'truncate') are what the DBA types, not words.
    text.remove(QRegularExpression(u"'[A-Za-z0-9_.-]+'"_s));
    QStringList words;
    for (auto it = kToken.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured(0);
        // Three or more capitals: SQL and type names (INTEGER, TEXT), acronyms; "OK" is a word.
        const bool capitals = token.size() >= 3 && token == token.toUpper();
        if (token.size() > 1 && token.contains(QRegularExpression(u"[A-Za-z]"_s)) && !capitals
            && !token.contains(kIdentifier) && !kKept.contains(token) && !kData.contains(token))
            words << token;
    }
    return words;
}

QString describe(const QObject *o)
{
    return QString::fromLatin1(o->metaObject()->className()) + u' ' + o->objectName();
}

// Every text a person reads on the visible widgets under `root`, with where it is.
QList<QPair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&texts](const QObject *o, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append({describe(o) + u' ' + what, text});
    };
    add(root, u"window title"_s, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        add(w, u"tool tip"_s, w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l, u"text"_s, l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b, u"text"_s, b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g, u"title"_s, g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(w);
                 e && !qobject_cast<QComboBox *>(w->parent()))
            add(e, u"placeholder"_s, e->placeholderText());
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t, u"tab"_s, t->tabText(i));
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
            for (int s = 0; s < h->count(); ++s)
                if (!h->isSectionHidden(s))
                    add(h, u"header"_s, h->model()->headerData(s, h->orientation()).toString());
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                add(c, u"item"_s, c->itemText(i));
        if (auto *s = qobject_cast<QSpinBox *>(w)) {
            add(s, u"suffix"_s, s->suffix());
            add(s, u"special value"_s, s->specialValueText());
        }
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                add(list, u"item"_s, list->item(i)->text());
        // The cells of tables and trees the console fills itself (parameters, states, units):
        // the first rows of each visible column.
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()
                 && !qobject_cast<QHeaderView *>(w)
                 && !qobject_cast<QComboBox *>(w->parentWidget()))
            for (int row = 0; row < std::min(view->model()->rowCount(), 50); ++row)
                for (int column = 0; column < view->model()->columnCount(); ++column) {
                    auto *table = qobject_cast<QTableView *>(view);
                    auto *tree = qobject_cast<QTreeView *>(view);
                    if ((table && table->isColumnHidden(column))
                        || (tree && tree->isColumnHidden(column)))
                        continue;
                    add(view, u"cell"_s,
                        view->model()->index(row, column).data(Qt::DisplayRole).toString());
                }
        if (auto *chart = qobject_cast<QChartView *>(w); chart && chart->chart()) {
            add(chart, u"chart title"_s, chart->chart()->title());
            for (QAbstractAxis *axis : chart->chart()->axes())
                add(chart, u"axis title"_s, axis->titleText());
            for (QAbstractSeries *series : chart->chart()->series())
                add(chart, u"series"_s, series->name());
        }
        for (QAction *a : w->actions())
            add(a, u"action"_s, a->text());
    }
    return texts;
}

// Labels and buttons whose text does not fit the width the layout gave them.
QStringList cutOff(QWidget *root)
{
    QStringList cut;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        const bool oneLine = (label && !label->wordWrap() && !label->text().isEmpty())
            || (button && !button->text().isEmpty());
        if (oneLine && w->sizeHint().width() > w->width())
            cut << u"%1 '%2': needs %3 px, has %4"_s
                       .arg(describe(w), label ? label->text() : button->text())
                       .arg(w->sizeHint().width())
                       .arg(w->width());
    }
    return cut;
}

// Lets the pages' workers finish and their results arrive.
void settle()
{
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 20000);
    QCoreApplication::processEvents();
}

// Every tab of every tab widget under `root`, one after the other, calling `visit` on each.
void eachTab(QWidget *root, const std::function<void(const QString &)> &visit)
{
    visit(QString());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            settle();
            visit(tabs->tabText(i));
        }
        tabs->setCurrentIndex(0);
    }
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    QString m_language;
    QStringList m_english; // "where: 'text' (words)"
    QStringList m_cut;
    QSet<QString> m_seen; // each finding once, where it is first seen

    void use(const QString &language)
    {
        m_language = language;
        installLanguage(*qApp, language);
    }

    // Records the English words and the cut texts of what `root` shows now.
    void look(QWidget *root, const QString &where)
    {
        for (const auto &[what, text] : visibleTexts(root)) {
            const QStringList words = englishWords(text);
            if (words.isEmpty() || m_seen.contains(what + text))
                continue;
            m_seen.insert(what + text);
            m_english << u"%1 · %2: '%3' (%4)"_s.arg(where, what, text, words.join(u", "));
        }
        for (const QString &c : cutOff(root))
            if (!m_seen.contains(c)) {
                m_seen.insert(c);
                m_cut << where + u" · "_s + c;
            }
    }

    void lookAtTabs(QWidget *root, const QString &where)
    {
        eachTab(root, [&](const QString &tab) {
            look(root, tab.isEmpty() ? where : where + u" / "_s + tab);
        });
    }

    // The whole console at 1280×800: every module, every tab, a project's details.
    void lookAtMainWindow()
    {
        MainWindow window(m_context.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The pages' layouts must fit the screen the issue names, not grow the window.
        QVERIFY2(
            window.minimumSizeHint().width() <= 1280,
            qPrintable(u"the main window needs %1 px"_s.arg(window.minimumSizeHint().width())));
        auto *migration = qobject_cast<MigrationPage *>(window.page(MainWindow::DataMigration));
        for (int m = MainWindow::Overview; m <= MainWindow::System; ++m) {
            window.showModule(MainWindow::Module(m));
            settle();
            if (m == MainWindow::DataMigration) {
                migration->selectProjectNamed(u"shop-move"_s);
                settle();
            }
            auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
            lookAtTabs(window.page(MainWindow::Module(m)), nav->item(m)->text());
        }
        look(&window, u"main window"_s);
    }

    void lookAtDialogs()
    {
        for (const QString &engine : {u"mariadb"_s, u"postgresql"_s, u"sqlite"_s, u"kafka"_s}) {
            DataSourceDialog dialog(DataSourceDialog::Mode::Add, DataSource());
            dialog.show();
            auto *engines = dialog.findChild<QComboBox *>(u"engineField"_s);
            QVERIFY(engines);
            engines->setCurrentIndex(engines->findData(engine));
            settle();
            look(&dialog, u"data source dialog (%1)"_s.arg(engine));
        }
        {
            LoginDialog login(m_context.get());
            login.show();
            settle();
            look(&login, u"login"_s);
        }
        {
            AlertChannelDialog channel(std::nullopt);
            channel.show();
            auto *kinds = channel.findChild<QComboBox *>();
            for (int i = 0; kinds && i < kinds->count(); ++i) {
                kinds->setCurrentIndex(i);
                look(&channel, u"alert channel dialog (%1)"_s.arg(i));
            }
        }
        {
            SyncWizard sync(m_context.get());
            sync.show();
            settle();
            look(&sync, u"sync wizard"_s);
        }
        lookAtMigrationWizard();
    }

    // The migration wizard, page by page, from two SQLite files to the precheck's result.
    void lookAtMigrationWizard()
    {
        MigrationWizard wizard(m_context.get());
        wizard.resize(1100, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        settle();
        look(&wizard, u"migration wizard 1"_s);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"nameField"_s), u"wizard-move"_s);
        for (const auto &[combo, name] : {std::pair {u"sourceCombo"_s, u"shop-src"_s},
                                          std::pair {u"targetCombo"_s, u"shop-dst"_s}}) {
            auto *box = wizard.findChild<QComboBox *>(combo);
            QTRY_VERIFY(box->count() > 1);
            for (int i = 0; i < box->count(); ++i)
                if (box->itemData(i, DataSourceChoiceModel::NameRole).toString() == name)
                    box->setCurrentIndex(i);
        }
        settle();
        look(&wizard, u"migration wizard 1 (filled)"_s);
        auto *next = wizard.findChild<QPushButton *>(u"nextButton"_s);
        for (int step = MigrationWizard::Types; step < MigrationWizard::StepCount; ++step) {
            QTRY_VERIFY2(next->isEnabled(),
                         qPrintable(wizard.findChild<QLabel *>(u"wizardStatus"_s)->text()));
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(wizard.currentStep(), step);
            settle();
            look(&wizard, u"migration wizard %1"_s.arg(step + 1));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("FERRY_MASTER_PASSWORD", "translation-test-master");
        qunsetenv("FERRY_LANG");
        initResources();
        auto store = MetaStore::open(m_dir.filePath(u"ferry.db"_s));
        QVERIFY(store);
        m_context = std::make_unique<ConsoleContext>(*store);

        // Two SQLite data sources, and a project between them.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
            db.setDatabaseName(m_dir.filePath(u"shop.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO orders VALUES (1, 'one'), (2, 'two')"_s));
        }
        QSqlDatabase::removeDatabase(u"seed"_s);
        auto service = m_context->dataSourceService();
        QVERIFY2(service, qPrintable(service ? QString() : service.error().text()));
        for (const auto &[name, file] : {std::pair {u"shop-src"_s, u"shop.sqlite"_s},
                                         std::pair {u"shop-dst"_s, u"copy.sqlite"_s}}) {
            DataSource s;
            s.name = name;
            s.endpoint.engine = Engine::Sqlite;
            s.endpoint.path = m_dir.filePath(file);
            auto added = (*service)->add(s, std::nullopt);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().text()));
        }
        auto definition = ProjectDefinition::fromJson(
            QJsonObject {{u"name"_s, u"shop-move"_s},
                         {u"source"_s,
                          QJsonObject {{u"engine"_s, u"sqlite"_s},
                                       {u"path"_s, m_dir.filePath(u"shop.sqlite"_s)}}},
                         {u"target"_s,
                          QJsonObject {{u"engine"_s, u"sqlite"_s},
                                       {u"path"_s, m_dir.filePath(u"copy.sqlite"_s)}}}});
        QVERIFY2(definition, qPrintable(definition ? QString() : definition.error().text()));
        auto record = ProjectRepository(*store).create(*definition);
        QVERIFY(record);
        // Run it once, so that its details show steps, tables and checkpoints with states.
        auto endpoints = m_context->resolveEndpoints(*definition);
        QVERIFY(endpoints);
        auto runner =
            m_context->launch(record->id, definition->name, endpoints->first, endpoints->second, 1);
        QVERIFY2(runner, qPrintable(runner ? QString() : runner.error().text()));
        QSignalSpy finished(*runner, &ProjectRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    void cleanup() { use(u"en"_s); }

    // Every message of the console's catalog translated, its placeholders kept.
    void catalogIsComplete()
    {
        QFile file(QStringLiteral(FERRY_UI_CATALOG));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QStringList problems;
        int messages = 0;
        QString source;
        QStringList forms;
        bool unfinished = false;
        const QRegularExpression placeholder(u"%(\\d+|n)"_s);
        const auto placeholders = [&placeholder](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found << it.next().captured(0);
            found.sort();
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                source.clear();
                forms.clear();
                unfinished = false;
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                // Plain translations hold text; numerus ones hold <numerusform> children.
                QString text;
                while (!(xml.readNext() == QXmlStreamReader::EndElement
                         && xml.name() == u"translation")
                       && !xml.atEnd()) {
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms << xml.readElementText();
                }
                if (forms.isEmpty())
                    forms << text;
            } else if (xml.isEndElement() && xml.name() == u"message") {
                ++messages;
                if (unfinished || forms.isEmpty())
                    problems << u"not translated: '%1'"_s.arg(source);
                for (const QString &form : std::as_const(forms))
                    if (form.trimmed().isEmpty() || placeholders(form) != placeholders(source))
                        problems << u"'%1' → '%2': placeholders differ"_s.arg(source, form);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 1000, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The catalog is in the binary and installed: the navigation speaks Chinese.
    void chineseIsInstalled()
    {
        use(u"zh_CN"_s);
        MainWindow window(m_context.get());
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles << nav->item(i)->text();
        QCOMPARE(titles,
                 (QStringList {u"概览"_s, u"数据迁移"_s, u"数据同步"_s, u"数据源管理"_s,
                               u"运维监控"_s, u"系统管理"_s}));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
    }

    void noEnglishLeft()
    {
        use(u"zh_CN"_s);
        m_english.clear();
        m_cut.clear();
        m_seen.clear();
        lookAtMainWindow();
        lookAtDialogs();
        // One line each: QtTest cuts a long message.
        for (const QString &line : std::as_const(m_english))
            qWarning("English: %s", qPrintable(line));
        QVERIFY2(m_english.isEmpty(),
                 qPrintable(u"%1 English text(s) in the Chinese console:\n"_s.arg(m_english.size())
                            + m_english.join(u'\n')));
    }

    void nothingCutAt1280x800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }

    void nothingCutAt1280x800()
    {
        QFETCH(QString, language);
        use(language);
        m_english.clear();
        m_cut.clear();
        m_seen.clear();
        lookAtMainWindow();
        for (const QString &line : std::as_const(m_cut))
            qWarning("Cut: %s", qPrintable(line));
        QVERIFY2(m_cut.isEmpty(),
                 qPrintable(u"%1 cut text(s):\n"_s.arg(m_cut.size()) + m_cut.join(u'\n')));
    }

    void cleanupTestCase() { m_context.reset(); }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"

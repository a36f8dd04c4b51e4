// The languages: FERRY_LANG picks the CLI's language, the core's catalog reaches the binary and
// the tests that link the core, and the Simplified Chinese catalog and help are complete.
#include "cli/terminal.h"
#include "common/error.h"
#include "common/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ferry;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real ferry binary with FERRY_LANG set to `lang` (unset when null), in its own store.
Run runFerry(const QString &lang, const QStringList &args, const QString &store)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"FERRY_LANG"_s);
    if (!lang.isNull())
        env.insert(u"FERRY_LANG"_s, lang);
    env.insert(u"FERRY_STORE"_s, store);
    env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
    env.insert(u"FERRY_MASTER_PASSWORD"_s, u"language-test"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the system locale says English
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FERRY_BINARY), args);
    if (!p.waitForFinished(60000))
        p.kill();
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0);
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void chosen_data();
    void chosen();
    void helpFollowsFerryLang_data();
    void helpFollowsFerryLang();
    void commandHelpInChinese();
    void coreErrorInChinese();
    void machineOutputStaysEnglish();
    void displayWidthCountsWideCharacters();
    void labelsAlignInChinese();
    void catalogReachesTheCore();
    void catalogIsComplete();
    void helpPagesInChinese();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"ferry.db"_s);
}

void TestLanguage::cleanup()
{
    language::install(*QCoreApplication::instance(), u"en"_s);
    qunsetenv("FERRY_LANG");
}

void TestLanguage::chosen_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FERRY_LANG zh_CN") << u"zh_CN"_s << QString() << u"zh_CN"_s;
    QTest::newRow("FERRY_LANG zh") << u"zh"_s << QString() << u"zh_CN"_s;
    QTest::newRow("FERRY_LANG zh_CN.UTF-8") << u"zh_CN.UTF-8"_s << QString() << u"zh_CN"_s;
    QTest::newRow("FERRY_LANG en") << u"en"_s << u"zh_CN"_s << u"en"_s;
    QTest::newRow("FERRY_LANG wins over stored") << u"zh_CN"_s << u"en"_s << u"zh_CN"_s;
    QTest::newRow("FERRY_LANG unknown") << u"klingon"_s << u"zh_CN"_s << u"en"_s;
    QTest::newRow("stored zh_CN") << QString() << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("stored en") << QString() << u"en"_s << u"en"_s;
}

void TestLanguage::chosen()
{
    QFETCH(QString, env);
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    if (env.isNull())
        qunsetenv("FERRY_LANG");
    else
        qputenv("FERRY_LANG", env.toUtf8());
    QCOMPARE(language::chosen(stored), expected);
}

void TestLanguage::helpFollowsFerryLang_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("commands");
    const QString english = u"Usage: ferry [--store PATH] [--json] <command> [options]"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"用法：ferry [--store PATH] [--json] <命令> [选项]"_s
                           << u"命令："_s;
    QTest::newRow("en") << u"en"_s << english << u"Commands:"_s;
    QTest::newRow("unknown") << u"xx_YY"_s << english << u"Commands:"_s;
    QTest::newRow("empty") << u""_s << english << u"Commands:"_s;
    QTest::newRow("unset, C locale") << QString() << english << u"Commands:"_s;
}

void TestLanguage::helpFollowsFerryLang()
{
    QFETCH(QString, lang);
    QFETCH(QString, usage);
    QFETCH(QString, commands);
    const Run r = runFerry(lang, {u"--help"_s}, m_store);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(firstLine(r.out), usage);
    QVERIFY2(r.out.split(u'\n').contains(commands), qPrintable(r.out));
}

void TestLanguage::commandHelpInChinese()
{
    const Run r = runFerry(u"zh_CN"_s, {u"datasource"_s, u"--help"_s}, m_store);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(firstLine(r.out), u"用法：ferry [--store PATH] datasource <操作> [选项]"_s);
    QVERIFY2(r.out.contains(u"  list                         列出数据源。\n"_s), qPrintable(r.out));

    // A usage error: the message and the help, both in Chinese.
    const Run bad = runFerry(u"zh_CN"_s, {u"frobnicate"_s}, m_store);
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(firstLine(bad.err), u"ferry: 未知命令“frobnicate”"_s);
}

void TestLanguage::coreErrorInChinese()
{
    const QStringList args {u"datasource"_s, u"show"_s, u"nosuch"_s};
    const Run zh = runFerry(u"zh_CN"_s, args, m_store);
    QCOMPARE(zh.exitCode, 2);
    QCOMPARE(zh.err,
             u"ferry: 没有名为“nosuch”的数据源。可用 ferry datasource list 列出数据源。\n"_s);
    const Run en = runFerry(u"en"_s, args, m_store);
    QCOMPARE(en.exitCode, 2);
    QCOMPARE(en.err,
             u"ferry: no data source named 'nosuch'. List them with 'ferry datasource list'.\n"_s);
}

void TestLanguage::machineOutputStaysEnglish()
{
    // --json: keys and codes are the contract; only the texts inside are translated.
    const Run r =
        runFerry(u"zh_CN"_s, {u"--json"_s, u"datasource"_s, u"show"_s, u"nosuch"_s}, m_store);
    QCOMPARE(r.exitCode, 2);
    const QString expected = uR"({
    "error": {
        "code": "not-found",
        "fix": "可用 ferry datasource list 列出数据源。",
        "message": "没有名为“nosuch”的数据源",
        "object": "nosuch"
    },
    "ok": false
}
)"_s;
    QCOMPARE(r.out, expected);
}

void TestLanguage::displayWidthCountsWideCharacters()
{
    QCOMPARE(terminal::displayWidth(u"Last test"_s), 9);
    QCOMPARE(terminal::displayWidth(u"上次测试"_s), 8);
    QCOMPARE(terminal::displayWidth(u"名称（name）"_s), 12);
    QCOMPARE(terminal::padded(u"名称"_s, 6), u"名称  "_s);
    QCOMPARE(terminal::padded(u"ENDPOINT"_s, 4), u"ENDPOINT"_s); // never cut
    QCOMPARE(terminal::label(u"Last test"_s, 11), u"Last test: "_s);
    QCOMPARE(terminal::label(u"上次测试"_s, 11), u"上次测试:  "_s);
}

// `datasource show` and `list` in Chinese: translated labels and headers, values in the same
// column as in English (a Chinese character takes two columns).
void TestLanguage::labelsAlignInChinese()
{
    const QString file = m_dir.filePath(u"aligned.sqlite"_s);
    const Run added = runFerry(u"en"_s,
                               {u"datasource"_s, u"add"_s, u"lite"_s, u"--engine"_s, u"sqlite"_s,
                                u"--path"_s, file, u"--remark"_s, u"备注 text"_s},
                               m_store);
    QCOMPARE(added.exitCode, 0);
    const QStringList show {u"datasource"_s, u"show"_s, u"lite"_s};
    const Run en = runFerry(u"en"_s, show, m_store);
    const Run zh = runFerry(u"zh_CN"_s, show, m_store);
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(zh.exitCode, 0);
    const QStringList enLines = en.out.split(u'\n');
    const QStringList zhLines = zh.out.split(u'\n');
    QCOMPARE(enLines.first(), u"Name:      lite"_s);
    QCOMPARE(enLines.last(), QString());
    QCOMPARE(enLines.at(enLines.size() - 2), u"Last test: never tested"_s);
    QCOMPARE(zhLines.first(), u"名称:      lite"_s);
    QCOMPARE(zhLines.at(1), u"引擎:      SQLite"_s);
    QCOMPARE(zhLines.at(2), u"文件:      "_s + file);
    QCOMPARE(zhLines.at(3), u"备注:      备注 text"_s);
    QCOMPARE(zhLines.at(zhLines.size() - 2), u"上次测试:  从未测试"_s);
    // Every value starts at column 11, in both languages.
    QCOMPARE(zhLines.size(), enLines.size());
    for (qsizetype i = 0; i + 1 < zhLines.size(); ++i) {
        QCOMPARE(terminal::displayWidth(zhLines[i].section(u':', 0, 0)) + 1
                     + zhLines[i].section(u':', 1).size()
                     - zhLines[i].section(u':', 1).trimmed().size(),
                 11);
        if (i + 2 < zhLines.size()) // the values, but the last test's ("never tested")
            QCOMPARE(zhLines[i].section(u':', 1).trimmed(), enLines[i].section(u':', 1).trimmed());
    }

    const Run list = runFerry(u"zh_CN"_s, {u"datasource"_s, u"list"_s}, m_store);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out,
             u"名称  引擎    地址"_s + QString(file.size() - 4, u' ') + u"  上次测试\n"_s
                 + u"lite  sqlite  "_s + file + u"  从未测试\n"_s);
}

void TestLanguage::catalogReachesTheCore()
{
    // This test links the core library as the binary does: the embedded catalog is there.
    QVERIFY(QFile::exists(u":/i18n/ferry_core_zh_CN.qm"_s));
    language::install(*QCoreApplication::instance(), u"zh_CN"_s);
    QCOMPARE(language::current(), u"zh_CN"_s);
    const Error e =
        makeError(Error::Code::NotFound, Text::tr("no data source named '%1'").arg(u"shop"_s),
                  Text::tr("List them with 'ferry datasource list'."));
    QCOMPARE(e.text(), u"没有名为“shop”的数据源。可用 ferry datasource list 列出数据源。"_s);

    // Installing English removes the translators again.
    language::install(*QCoreApplication::instance(), u"en"_s);
    QCOMPARE(language::current(), u"en"_s);
    QCOMPARE(Text::tr("no data source named '%1'").arg(u"shop"_s),
             u"no data source named 'shop'"_s);
}

void TestLanguage::catalogIsComplete()
{
    QFile file(QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_core_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            QCOMPARE(xml.attributes().value(u"language"_s).toString(), u"zh_CN"_s);
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems << u"%1: %2"_s.arg(type, source);
            else if (text.trimmed().isEmpty())
                problems << u"empty: %1"_s.arg(source);
            // Every placeholder of the source survives the translation.
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured();
                if (!text.contains(p))
                    problems << u"%1 lost: %2"_s.arg(p, source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLanguage::helpPagesInChinese()
{
    const QDir help(QStringLiteral(FERRY_SOURCE_DIR "/resources/help"));
    const QStringList pages = help.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QCOMPARE(pages,
             QStringList({u"concepts.html"_s, u"create-migration.html"_s, u"cut-over.html"_s,
                          u"files-and-commands.html"_s, u"roll-back.html"_s}));
    static const QRegularExpression link(u"href=\"([a-z-]+\\.html)"_s);
    static const QRegularExpression han(u"[\\x{4e00}-\\x{9fff}]"_s);
    for (const QString &page : pages) {
        QFile zh(help.filePath(u"zh_CN/"_s + page));
        QVERIFY2(zh.open(QIODevice::ReadOnly), qPrintable(zh.fileName()));
        const QString text = QString::fromUtf8(zh.readAll());
        QVERIFY2(text.contains(han), qPrintable(page));
        // Every page translated whole: the same headings (h2-h4) and the same links.
        QFile en(help.filePath(page));
        QVERIFY(en.open(QIODevice::ReadOnly));
        const QString english = QString::fromUtf8(en.readAll());
        for (const QString &tag :
             {u"<h2"_s, u"<h3"_s, u"<h4"_s, u"<li>"_s, u"<dt>"_s, u"<pre>"_s, u"<tr>"_s}) {
            QCOMPARE(text.count(tag), english.count(tag));
        }
        auto it = link.globalMatch(text);
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            QVERIFY2(QFile::exists(help.filePath(u"zh_CN/"_s + target)), qPrintable(target));
        }
    }
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"

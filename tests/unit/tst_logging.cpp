// Logging: ferry.* at info unless the user asks for debug, failed statements logged once with
// their literals masked, and the log file rotating by size while several processes write it.
#include "common/logfile.h"
#include "common/logging.h"
#include "engines/sqlite/sqlitesession.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

struct Captured
{
    QtMsgType type;
    QString category;
    QString message;
};

QList<Captured> g_captured;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_captured.append({type, QString::fromLatin1(context.category), message});
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "line 0007\n": ten bytes.
QByteArray numbered(const QByteArray &prefix, int i)
{
    return prefix + QByteArray::number(i).rightJustified(4, '0') + '\n';
}

// The log's files, oldest first (path.N … path.1, path), and the lines they hold.
QStringList logFiles(const QString &path, int keep)
{
    QStringList files;
    for (int n = keep; n >= 1; --n)
        if (QFile::exists(path + u'.' + QString::number(n)))
            files << path + u'.' + QString::number(n);
    if (QFile::exists(path))
        files << path;
    return files;
}

QByteArrayList allLines(const QStringList &files)
{
    QByteArrayList lines;
    for (const QString &f : files)
        for (const QByteArray &l : readAll(f).split('\n'))
            if (!l.isEmpty())
                lines << l;
    return lines;
}

// Child process mode: write `count` lines with `prefix` into the log at `path`.
int writeLines(const QString &path, qint64 maxBytes, int keep, const QByteArray &prefix, int count)
{
    LogFile file(path, maxBytes, keep);
    if (!file.open())
        return 1;
    for (int i = 0; i < count; ++i)
        file.write(numbered(prefix, i));
    return 0;
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_captured.clear();
        setVerboseLogging(false);
    }

    void cleanup() { setVerboseLogging(false); }

    void categoriesLogInfoByDefault_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"ferry.store", "ferry.secrets", "ferry.engine", "ferry.schema", "ferry.transfer",
              "ferry.project", "ferry.verify", "ferry.cli", "ferry.ui"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void categoriesLogInfoByDefault()
    {
        QFETCH(QString, name);
        const QList<const QLoggingCategory *> all = {&lcStore(),  &lcSecrets(),  &lcEngine(),
                                                     &lcSchema(), &lcTransfer(), &lcProject(),
                                                     &lcVerify(), &lcCli(),      &lcUi()};
        const QLoggingCategory *category = nullptr;
        for (const QLoggingCategory *c : all)
            if (QLatin1StringView(c->categoryName()) == name)
                category = c;
        QVERIFY(category);
        QVERIFY(!category->isDebugEnabled());
        QVERIFY(category->isInfoEnabled());
        QVERIFY(category->isWarningEnabled());
        setVerboseLogging(true);
        QVERIFY(category->isDebugEnabled());
        setVerboseLogging(false);
        QVERIFY(!category->isDebugEnabled());
        QVERIFY(category->isInfoEnabled());
    }

    void verboseIsRequested_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("env"); // FERRY_VERBOSE; "-" for unset
        QTest::addColumn<bool>("verbose");
        QTest::newRow("nothing") << QStringList {u"run"_s, u"p.json"_s} << QByteArray("-") << false;
        QTest::newRow("--verbose")
            << QStringList {u"run"_s, u"--verbose"_s} << QByteArray("-") << true;
        QTest::newRow("FERRY_VERBOSE=1") << QStringList() << QByteArray("1") << true;
        QTest::newRow("FERRY_VERBOSE=yes") << QStringList() << QByteArray("yes") << true;
        QTest::newRow("FERRY_VERBOSE=0") << QStringList() << QByteArray("0") << false;
        QTest::newRow("FERRY_VERBOSE empty") << QStringList() << QByteArray("") << false;
    }

    void verboseIsRequested()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, env);
        QFETCH(bool, verbose);
        if (env == "-")
            qunsetenv("FERRY_VERBOSE");
        else
            qputenv("FERRY_VERBOSE", env);
        QCOMPARE(verboseLoggingRequested(arguments), verbose);
        qunsetenv("FERRY_VERBOSE");
    }

    void masksLiterals_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("quoting");
        QTest::addColumn<QString>("masked");
        const int my = int(SqlQuoting::MySql), std = int(SqlQuoting::Standard);
        QTest::newRow("mysql password") << u"ALTER USER 'app'@'%' IDENTIFIED BY 's3cr''et\\'x'"_s
                                        << my << u"ALTER USER '***'@'***' IDENTIFIED BY '***'"_s;
        QTest::newRow("mysql double-quoted string")
            << u"SELECT * FROM `it's` WHERE a = \"v\\\"x\" AND b = 5"_s << my
            << u"SELECT * FROM `it's` WHERE a = \"***\" AND b = 5"_s;
        QTest::newRow("mysql hex literal")
            << u"DELETE FROM `t` WHERE `k` > X'00ff' AND `n` <= -12.5"_s << my
            << u"DELETE FROM `t` WHERE `k` > X'***' AND `n` <= -12.5"_s;
        QTest::newRow("postgres password") << u"ALTER ROLE app PASSWORD 'p\\' OR 1=1'"_s << std
                                           << u"ALTER ROLE app PASSWORD '***' OR 1=1'***'"_s;
        QTest::newRow("postgres backslash is literal")
            << u"SELECT 'a\\', \"col'\" FROM t"_s << std << u"SELECT '***', \"col'\" FROM t"_s;
        QTest::newRow("postgres E string")
            << u"SELECT E'it\\'s', e'x', name'y'"_s << std << u"SELECT E'***', e'***', name'***'"_s;
        QTest::newRow("postgres bytea and casts")
            << u"INSERT INTO \"s\".\"t\" VALUES ('\\x00ff'::bytea, '2024-01-01'::date)"_s << std
            << u"INSERT INTO \"s\".\"t\" VALUES ('***'::bytea, '***'::date)"_s;
        QTest::newRow("doubled quotes inside identifiers")
            << u"SELECT \"a\"\"'b\" FROM t WHERE x = 'q'"_s << std
            << u"SELECT \"a\"\"'b\" FROM t WHERE x = '***'"_s;
        QTest::newRow("empty and unterminated")
            << u"SELECT '', 'open"_s << std << u"SELECT '***', '***'"_s;
        QTest::newRow("comment keeps its quote")
            << u"SELECT 1 -- it's\nFROM t WHERE v = 'x'"_s << std
            << u"SELECT 1 -- it's\nFROM t WHERE v = '***'"_s;
        QTest::newRow("unicode") << u"SELECT '😀 ü' AS \"中\""_s << std
                                 << u"SELECT '***' AS \"中\""_s;
        QTest::newRow("no literals") << u"SELECT MIN(`id`), MAX(`id`) FROM `t`"_s << my
                                     << u"SELECT MIN(`id`), MAX(`id`) FROM `t`"_s;
    }

    void masksLiterals()
    {
        QFETCH(QString, sql);
        QFETCH(int, quoting);
        QFETCH(QString, masked);
        QCOMPARE(maskSqlLiterals(sql, SqlQuoting(quoting)), masked);
    }

    void failedStatementIsOneMaskedWarning()
    {
        Error e = makeError(Error::Code::DataRejected,
                            u"INSERT INTO `shop`.`users` VALUES (1, 'alice', 'pw'): Duplicate "
                            "entry '1' for key 'PRIMARY'"_s,
                            {}, u"shop.users"_s);
        e.sqlState = u"23000"_s;
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        logFailedStatement(e, u"INSERT INTO `shop`.`users` VALUES (1, 'alice', 'pw')"_s,
                           SqlQuoting::MySql);
        e.code = Error::Code::Cancelled;
        logFailedStatement(e, u"SELECT SLEEP(10), 'x'"_s, SqlQuoting::MySql);
        qInstallMessageHandler(previous);
        QCOMPARE(g_captured.size(), 2);
        QCOMPARE(g_captured[0].type, QtWarningMsg);
        QCOMPARE(g_captured[0].category, u"ferry.engine"_s);
        QCOMPARE(g_captured[0].message,
                 u"shop.users: statement failed [23000]: Duplicate entry '***' for key 'PRIMARY' | "
                 "SQL: INSERT INTO `shop`.`users` VALUES (1, '***', '***')"_s);
        QCOMPARE(g_captured[1].type, QtInfoMsg);
        QCOMPARE(g_captured[1].message,
                 u"shop.users: statement cancelled: SELECT SLEEP(10), '***'"_s);
    }

    // What a server quotes back in its message is masked too: MySQL's "near '…'", PostgreSQL's
    // LINE and DETAIL lines (dropped: the first line is the message).
    void serverMessageQuotesNoValues_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("logged");
        QTest::newRow("mysql syntax error")
            << u"You have an error in your SQL syntax; check the manual that corresponds to your "
               "MariaDB server version for the right syntax to use near 'secret'' x' at line 1"_s
            << u"You have an error in your SQL syntax; check the manual that corresponds to your "
               "MariaDB server version for the right syntax to use near '***' at line 1"_s;
        QTest::newRow("mysql incorrect value")
            << u"Incorrect integer value: 'abc' for column `shop`.`t`.`n` at row 1"_s
            << u"Incorrect integer value: '***' for column `shop`.`t`.`n` at row 1"_s;
        QTest::newRow("postgres context lines")
            << u"ERROR:  duplicate key value violates unique constraint \"t_pkey\"\nDETAIL:  Key "
               "(id)=(42) already exists."_s
            << u"ERROR:  duplicate key value violates unique constraint \"t_pkey\""_s;
        QTest::newRow("postgres statement echo")
            << u"ERROR:  relation \"missing\" does not exist\nLINE 1: INSERT INTO missing VALUES "
               "('secret')\n                    ^"_s
            << u"ERROR:  relation \"missing\" does not exist"_s;
    }

    void serverMessageQuotesNoValues()
    {
        QFETCH(QString, message);
        QFETCH(QString, logged);
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        logFailedStatement(makeError(Error::Code::Database, message, {}, u"db"_s), u"SELECT 1"_s,
                           SqlQuoting::Standard);
        qInstallMessageHandler(previous);
        QCOMPARE(g_captured.size(), 1);
        QCOMPARE(g_captured[0].message,
                 u"db: statement failed: "_s + logged + u" | SQL: SELECT 1"_s);
    }

    void longStatementIsCut()
    {
        const QString sql = u"INSERT INTO t VALUES "_s + QString(3000, u'(');
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        logFailedStatement(makeError(Error::Code::Database, u"boom"_s, {}, u"t"_s), sql,
                           SqlQuoting::Standard);
        qInstallMessageHandler(previous);
        QCOMPARE(g_captured.size(), 1);
        QCOMPARE(g_captured[0].message,
                 u"t: statement failed: boom | SQL: "_s + sql.left(2000)
                     + u"… (3021 characters)"_s);
    }

    // The SQLite engine (no server needed) logs what it refused, naming the file.
    void sqliteSessionLogsFailedStatement()
    {
        QTemporaryDir dir;
        Endpoint e;
        e.engine = Engine::Sqlite;
        e.path = dir.filePath(u"a.db"_s);
        auto session = SqliteSession::open(e, SqliteSession::OpenMode::CreateIfMissing);
        QVERIFY(session);
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const Status ok = (*session)->exec(u"INSERT INTO missing VALUES ('secret')"_s);
        const auto rows = (*session)->query(u"SELECT nope FROM sqlite_schema WHERE x = 'y'"_s);
        qInstallMessageHandler(previous);
        QVERIFY(!ok);
        QVERIFY(!rows);
        QCOMPARE(g_captured.size(), 2);
        QCOMPARE(g_captured[0].type, QtWarningMsg);
        QCOMPARE(g_captured[0].message,
                 u"%1: statement failed [1]: no such table: missing | SQL: INSERT INTO missing "
                 "VALUES ('***')"_s.arg(e.path));
        QCOMPARE(g_captured[1].message,
                 u"%1: statement failed [1]: no such column: nope | SQL: SELECT nope FROM "
                 "sqlite_schema WHERE x = '***'"_s.arg(e.path));
        // The error the caller gets is unchanged: it names the statement.
        QCOMPARE(ok.error().message,
                 u"INSERT INTO missing VALUES ('secret'): no such table: missing"_s);
    }

    // Ten-byte lines into 100-byte files: each file holds exactly ten lines, the newest in
    // the file itself, and only `keep` older files survive.
    void rotatesBySize_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("keep");
        QTest::addColumn<QStringList>("contents"); // oldest file first: "first-last" line numbers
        QTest::newRow("below the limit") << 10 << 3 << QStringList {u"0-9"_s};
        QTest::newRow("one rotation") << 11 << 3 << QStringList {u"0-9"_s, u"10-10"_s};
        QTest::newRow("every file used")
            << 35 << 3 << QStringList {u"0-9"_s, u"10-19"_s, u"20-29"_s, u"30-34"_s};
        QTest::newRow("oldest dropped")
            << 55 << 3 << QStringList {u"20-29"_s, u"30-39"_s, u"40-49"_s, u"50-54"_s};
        QTest::newRow("keep none") << 25 << 0 << QStringList {u"20-24"_s};
    }

    void rotatesBySize()
    {
        QFETCH(int, lines);
        QFETCH(int, keep);
        QFETCH(QStringList, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"logs/ferry.log"_s);
        LogFile file(path, 100, keep);
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        for (int i = 0; i < lines; ++i)
            file.write(numbered("line ", i));
        const QStringList files = logFiles(path, keep + 1);
        QStringList got;
        for (const QString &f : files) {
            const QByteArrayList l = readAll(f).trimmed().split('\n');
            got << u"%1-%2"_s.arg(l.first().mid(5).toInt()).arg(l.last().mid(5).toInt());
            QCOMPARE(readAll(f).size() % 10, 0); // whole lines only
        }
        QCOMPARE(got, contents);
        QVERIFY(!QFile::exists(path + u'.' + QString::number(keep + 1)));
    }

    // Two writers of one path (as two processes would hold it): the second notices that the
    // first rotated and continues in the new file instead of rotating again.
    void twoWritersShareRotation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ferry.log"_s);
        LogFile a(path, 100, 9);
        LogFile b(path, 100, 9);
        QVERIFY(a.open());
        QVERIFY(b.open());
        for (int i = 0; i < 30; ++i)
            (i % 2 ? b : a).write(numbered(i % 2 ? "bbbb " : "aaaa ", i));
        QCOMPARE(logFiles(path, 9), (QStringList {path + u".2"_s, path + u".1"_s, path}));
        QByteArrayList expected;
        for (int i = 0; i < 30; ++i)
            expected << numbered(i % 2 ? "bbbb " : "aaaa ", i).chopped(1);
        QCOMPARE(allLines(logFiles(path, 9)), expected);
    }

    // Two processes writing at once: no line lost, split or duplicated, no file past the
    // limit, at most `keep` rotated files.
    void twoProcessesWriteOneLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ferry.log"_s);
        const int count = 2000;
        const int keep = 200; // enough that nothing is dropped: every line can be checked
        QList<QProcess *> writers;
        for (const char *prefix : {"proc-a ", "proc-b "}) {
            auto *p = new QProcess(this);
            p->start(QCoreApplication::applicationFilePath(),
                     {u"--write-log"_s, path, u"1000"_s, QString::number(keep),
                      QString::fromLatin1(prefix), QString::number(count)});
            writers << p;
        }
        for (QProcess *p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(-1));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            delete p;
        }
        const QStringList files = logFiles(path, keep + 1);
        QVERIFY(files.size() > 2);
        for (const QString &f : files)
            QVERIFY2(QFileInfo(f).size() <= 1000, qPrintable(f));
        QByteArrayList lines = allLines(files);
        QCOMPARE(lines.size(), 2 * count);
        std::sort(lines.begin(), lines.end());
        QByteArrayList expected;
        for (const char *prefix : {"proc-a ", "proc-b "})
            for (int i = 0; i < count; ++i)
                expected << numbered(prefix, i).chopped(1);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(lines, expected);
        // Each process's own lines stay in order across the files.
        QByteArrayList ordered = allLines(files);
        int lastA = -1;
        for (const QByteArray &l : std::as_const(ordered)) {
            if (!l.startsWith("proc-a "))
                continue;
            const int n = l.mid(7).toInt();
            QCOMPARE(n, lastA + 1);
            lastA = n;
        }
    }

    // Threads of one process writing through the installed handler: whole lines, in files
    // no larger than the limit.
    void installedLogRotatesUnderThreads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"logs/ferry.log"_s);
        const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
        installLogFile(path, false, 4096, 50);
        QCOMPARE(logFilePath(), QFileInfo(path).absoluteFilePath());
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([t] {
                for (int i = 0; i < 250; ++i)
                    qCInfo(lcTransfer, "thread %d line %d", t, i);
            });
        for (std::thread &t : threads)
            t.join();
        qInstallMessageHandler(testHandler);
        const QStringList files = logFiles(path, 50);
        QVERIFY(files.size() > 1);
        static const QRegularExpression line(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z info ferry\\.transfer \\[[0-9a-f]+\\] thread [0-3] line \\d+$"_s);
        int count = 0;
        for (const QString &f : files) {
            QVERIFY(QFileInfo(f).size() <= 4096);
            for (const QByteArray &l : allLines({f})) {
                QVERIFY2(line.match(QString::fromUtf8(l)).hasMatch(), l.constData());
                ++count;
            }
        }
        QCOMPARE(count, 1000);
    }
};

int main(int argc, char **argv)
{
    // The rules of ctest's environment would hide the defaults this test checks.
    qunsetenv("QT_LOGGING_RULES");
    if (argc == 7 && qstrcmp(argv[1], "--write-log") == 0)
        return writeLines(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                          QByteArray(argv[4]).toInt(), QByteArray(argv[5]),
                          QByteArray(argv[6]).toInt());
    QCoreApplication app(argc, argv);
    TestLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"

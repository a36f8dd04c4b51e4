// The headless `ferry datasource` commands, run as a user would run them: the real binary,
// its exit codes and JSON, and a canary password that must appear nowhere but the vault.
#include "testservers.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliDataSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    Run ferry(const QStringList &args, const QByteArray &stdinData = {},
              const QString &master = u"master-pw"_s)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        if (master.isNull())
            env.remove(u"FERRY_MASTER_PASSWORD"_s);
        else
            env.insert(u"FERRY_MASTER_PASSWORD"_s, master);
        env.remove(u"FERRY_STORE"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, m_store} + args);
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qWarning() << "ferry did not finish:" << args;
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList mariadbArgs(const QString &name)
    {
        const Endpoint e = test::mariadb();
        return {u"datasource"_s, u"add"_s,     name,
                u"--engine"_s,   u"mariadb"_s, u"--host"_s,
                e.host,          u"--port"_s,  QString::number(e.port),
                u"--user"_s,     e.user,       u"--password-stdin"_s};
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        m_store = m_dir.filePath(u"ferry.db"_s);
    }

    void addListShowTest()
    {
        const Endpoint e = test::mariadb();
        Run add = ferry(mariadbArgs(u"maria"_s) << u"--json"_s, e.password.toUtf8() + '\n');
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.json()[u"datasource"_s].toObject()[u"name"_s].toString(), u"maria"_s);
        QCOMPARE(add.json()[u"datasource"_s].toObject()[u"passwordSaved"_s].toBool(), true);

        const Endpoint pg = test::postgres();
        Run addPg = ferry({u"datasource"_s, u"add"_s, u"pg"_s, u"--engine"_s, u"postgresql"_s,
                           u"--host"_s, pg.host, u"--port"_s, QString::number(pg.port), u"--user"_s,
                           pg.user, u"--database"_s, u"postgres"_s, u"--tls"_s, u"verify-full"_s,
                           u"--ca-file"_s, test::caFile(), u"--password-stdin"_s},
                          pg.password.toUtf8() + '\n');
        QCOMPARE(addPg.exitCode, 0);

        Run list = ferry({u"datasource"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray sources = list.json()[u"datasources"_s].toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0].toObject()[u"name"_s].toString(), u"maria"_s);
        QCOMPARE(sources[0].toObject()[u"port"_s].toInt(), e.port);
        QCOMPARE(sources[1].toObject()[u"tls"_s].toString(), u"verify-full"_s);

        Run test = ferry({u"datasource"_s, u"test"_s, u"pg"_s, u"--json"_s});
        QCOMPARE(test.exitCode, 0);
        QCOMPARE(test.json()[u"product"_s].toString(), u"PostgreSQL"_s);
        QVERIFY(test.json()[u"summary"_s].toString().startsWith(u"PostgreSQL 15."_s));

        Run show = ferry({u"datasource"_s, u"show"_s, u"pg"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject last = show.json()[u"datasource"_s].toObject()[u"lastTest"_s].toObject();
        QCOMPARE(last[u"ok"_s].toBool(), true);

        Run human = ferry({u"datasource"_s, u"list"_s});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.startsWith("NAME"));
        QVERIFY(human.out.contains("maria"));
    }

    void editCopyRemove()
    {
        const Endpoint e = test::mariadb();
        QCOMPARE(ferry(mariadbArgs(u"orig"_s), e.password.toUtf8() + '\n').exitCode, 0);
        Run edit = ferry({u"datasource"_s, u"edit"_s, u"orig"_s, u"--remark"_s, u"nightly"_s,
                          u"--tls"_s, u"require"_s, u"--json"_s});
        QCOMPARE(edit.exitCode, 0);
        QCOMPARE(edit.json()[u"datasource"_s].toObject()[u"remark"_s].toString(), u"nightly"_s);
        QCOMPARE(edit.json()[u"datasource"_s].toObject()[u"tls"_s].toString(), u"require"_s);

        // The copy reuses the password: it connects without one being typed.
        Run copy = ferry({u"datasource"_s, u"copy"_s, u"orig"_s, u"--json"_s});
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(copy.json()[u"datasource"_s].toObject()[u"name"_s].toString(), u"orig-copy"_s);
        QCOMPARE(ferry({u"datasource"_s, u"test"_s, u"orig-copy"_s}).exitCode, 0);

        // A copy without the password cannot log in.
        Run bare =
            ferry({u"datasource"_s, u"copy"_s, u"orig"_s, u"orig-bare"_s, u"--no-password"_s});
        QCOMPARE(bare.exitCode, 0);
        Run denied = ferry({u"datasource"_s, u"test"_s, u"orig-bare"_s, u"--json"_s});
        QCOMPARE(denied.exitCode, 1);
        QCOMPARE(denied.json()[u"error"_s].toObject()[u"code"_s].toString(), u"authentication"_s);

        QCOMPARE(ferry({u"datasource"_s, u"remove"_s, u"orig-bare"_s}).exitCode, 2); // no --yes
        QCOMPARE(ferry({u"datasource"_s, u"remove"_s, u"orig-bare"_s, u"--yes"_s}).exitCode, 0);
        Run gone = ferry({u"datasource"_s, u"show"_s, u"orig-bare"_s});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY(gone.err.contains("no data source named 'orig-bare'"));
    }

    void badInputExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrText");
        QTest::newRow("unknown action") << QStringList {u"datasource"_s, u"frobnicate"_s} << 2
                                        << u"unknown datasource action 'frobnicate'"_s;
        QTest::newRow("unknown option") << QStringList {u"datasource"_s, u"list"_s, u"--colour"_s}
                                        << 2 << u"unknown option --colour"_s;
        QTest::newRow("space in name")
            << QStringList {u"datasource"_s, u"add"_s, u"my db"_s,  u"--engine"_s, u"mariadb"_s,
                            u"--host"_s,     u"h"_s,   u"--user"_s, u"u"_s}
            << 2 << u"the data source name 'my db' contains a space"_s;
        QTest::newRow("bad port") << QStringList {u"datasource"_s, u"add"_s,     u"p"_s,
                                                  u"--engine"_s,   u"mariadb"_s, u"--host"_s,
                                                  u"h"_s,          u"--user"_s,  u"u"_s,
                                                  u"--port"_s,     u"99999"_s}
                                  << 2 << u"data source p: port 99999 is out of range"_s;
        QTest::newRow("empty host")
            << QStringList {u"datasource"_s, u"add"_s,        u"p"_s, u"--engine"_s,
                            u"postgresql"_s, u"--host"_s,     u""_s,  u"--user"_s,
                            u"u"_s,          u"--database"_s, u"d"_s}
            << 2 << u"data source p: the host is empty"_s;
        QTest::newRow("sqlite missing folder")
            << QStringList {u"datasource"_s,
                            u"add"_s,
                            u"lite"_s,
                            u"--engine"_s,
                            u"sqlite"_s,
                            u"--path"_s,
                            u"/nonexistent/folder/x.db"_s}
            << 2 << u"data source lite: the folder /nonexistent/folder does not exist"_s;
        QTest::newRow("unknown engine")
            << QStringList {u"datasource"_s, u"add"_s, u"o"_s, u"--engine"_s, u"oracle"_s} << 2
            << u"unknown engine 'oracle'"_s;
        QTest::newRow("no command") << QStringList {u"frob"_s} << 2 << u"unknown command 'frob'"_s;
    }

    void badInputExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrText);
        Run before = ferry({u"datasource"_s, u"list"_s, u"--json"_s});
        Run r = ferry(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrText), r.err.constData());
        Run after = ferry({u"datasource"_s, u"list"_s, u"--json"_s});
        QCOMPARE(after.out, before.out); // nothing stored or changed
    }

    void duplicateNameChangesNothing()
    {
        const Endpoint e = test::mariadb();
        QCOMPARE(ferry(mariadbArgs(u"dup"_s), e.password.toUtf8() + '\n').exitCode, 0);
        Run before = ferry({u"datasource"_s, u"show"_s, u"dup"_s, u"--json"_s});
        QStringList again = mariadbArgs(u"DUP"_s);
        again[again.indexOf(u"--port"_s) + 1] = u"1234"_s;
        Run r = ferry(again, "other\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("a data source named 'DUP' already exists"));
        QCOMPARE(ferry({u"datasource"_s, u"show"_s, u"dup"_s, u"--json"_s}).out, before.out);
        QCOMPARE(ferry({u"datasource"_s, u"test"_s, u"dup"_s}).exitCode, 0); // old password intact
    }

    void failedConnectionsExitOne()
    {
        QCOMPARE(ferry({u"datasource"_s, u"add"_s, u"dead"_s, u"--engine"_s, u"mariadb"_s,
                        u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                        QString::number(test::closedPort()), u"--user"_s, u"u"_s})
                     .exitCode,
                 0);
        Run r = ferry({u"datasource"_s, u"test"_s, u"dead"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json()[u"ok"_s].toBool(), false);
        QCOMPARE(r.json()[u"error"_s].toObject()[u"code"_s].toString(), u"connection"_s);
        Run show = ferry({u"datasource"_s, u"show"_s, u"dead"_s, u"--json"_s});
        const QJsonObject last = show.json()[u"datasource"_s].toObject()[u"lastTest"_s].toObject();
        QCOMPARE(last[u"ok"_s].toBool(), false);
        QVERIFY(last[u"summary"_s].toString().contains(u"refused the connection"_s));
    }

    void lockedVault()
    {
        const Endpoint e = test::mariadb();
        QCOMPARE(ferry(mariadbArgs(u"locked"_s), e.password.toUtf8() + '\n').exitCode, 0);
        Run wrong = ferry({u"datasource"_s, u"test"_s, u"locked"_s}, {}, u"wrong-master"_s);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("wrong master password for the secret vault"),
                 wrong.err.constData());
        Run none = ferry({u"datasource"_s, u"test"_s, u"locked"_s}, {}, QString());
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("Set FERRY_MASTER_PASSWORD"));
        // Listing needs no secret at all.
        QCOMPARE(ferry({u"datasource"_s, u"list"_s}, {}, QString()).exitCode, 0);
        QCOMPARE(ferry({u"datasource"_s, u"test"_s, u"locked"_s}).exitCode, 0);
    }

    // The canary: a password that must never appear in the store, the vault in clear, the
    // log, or any output.
    void canaryPasswordAppearsNowhere()
    {
        const QByteArray canary =
            "Canary-9d41-pw-" + QByteArray::number(QRandomGenerator::global()->generate());
        const Endpoint e = test::mariadb();
        // A real account with the canary as its password, so the canary is used for real.
        {
            QProcess mariadb;
            mariadb.start(u"mariadb"_s,
                          {u"--no-defaults"_s, u"-h"_s, e.host, u"-P"_s, QString::number(e.port),
                           u"-u"_s, e.user, u"-p"_s + e.password, u"-e"_s,
                           u"CREATE OR REPLACE USER 'canary'@'127.0.0.1' "
                           "IDENTIFIED BY '%1'"_s.arg(QString::fromLatin1(canary))});
            QVERIFY(mariadb.waitForFinished(30000));
            QCOMPARE(mariadb.exitCode(), 0);
        }
        QStringList add = mariadbArgs(u"canary"_s);
        add[add.indexOf(u"--user"_s) + 1] = u"canary"_s;
        Run added = ferry(add, canary + '\n');
        QCOMPARE(added.exitCode, 0);
        Run tested = ferry({u"datasource"_s, u"test"_s, u"canary"_s, u"--json"_s});
        QCOMPARE(tested.exitCode, 0);
        Run shown = ferry({u"datasource"_s, u"show"_s, u"canary"_s, u"--json"_s});
        Run listed = ferry({u"datasource"_s, u"list"_s, u"--json"_s});
        Run copied = ferry({u"datasource"_s, u"copy"_s, u"canary"_s, u"--json"_s});
        QCOMPARE(copied.exitCode, 0);
        // A failing login must not echo the password either.
        Run failing =
            ferry({u"datasource"_s, u"edit"_s, u"canary-copy"_s, u"--user"_s, u"nobody"_s});
        QCOMPARE(failing.exitCode, 0);
        Run denied = ferry({u"datasource"_s, u"test"_s, u"canary-copy"_s});
        QCOMPARE(denied.exitCode, 1);

        for (const Run *r : {&added, &tested, &shown, &listed, &copied, &failing, &denied}) {
            QVERIFY(!r->out.contains(canary));
            QVERIFY(!r->err.contains(canary));
        }
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(canary), qPrintable(path));
            QVERIFY2(!bytes.contains(canary.toBase64()), qPrintable(path));
            ++files;
        }
        // The store (with its WAL), the vault and the log were all inspected.
        QVERIFY(QFile::exists(m_store));
        QVERIFY(QFile::exists(m_store + u".vault"_s));
        QVERIFY(QFile::exists(m_dir.filePath(u"logs/ferry.log"_s)));
        QVERIFY(files >= 3);
    }
};

QTEST_GUILESS_MAIN(TestCliDataSource)
#include "tst_cli_datasource.moc"

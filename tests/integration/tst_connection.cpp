// "Test connection" and the capability probe against the real MariaDB and PostgreSQL, and
// every bad input a user can give, each with the message they see.
#include "datasource/datasourceservice.h"
#include "engines/driver.h"
#include "engines/mysql/mysqlsession.h"
#include "engines/postgresql/postgresqlsession.h"
#include "testservers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

const ProbeFinding *findingFor(const ProbeReport &report, const QString &item)
{
    for (const ProbeFinding &f : report.findings)
        if (f.item == item)
            return &f;
    return nullptr;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FERRY_REQUIRE_SERVERS(); }

    void mariadbProbe()
    {
        auto report = testConnection(test::mariadb());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->product, u"MariaDB"_s);
        QVERIFY(report->serverVersion.startsWith(u"10.11"_s));
        QVERIFY(report->summary().startsWith(u"MariaDB 10.11."_s));
        const QStringList expectedOk = {u"log_bin"_s,
                                        u"binlog_format"_s,
                                        u"binlog_row_image"_s,
                                        u"binlog_row_metadata"_s,
                                        u"replication privileges"_s,
                                        u"local_infile"_s,
                                        u"TLS"_s};
        for (const QString &item : expectedOk) {
            const ProbeFinding *f = findingFor(*report, item);
            QVERIFY2(f, qPrintable(item));
            QCOMPARE(f->severity, ProbeFinding::Severity::Ok);
        }
        QCOMPARE(findingFor(*report, u"binlog_format"_s)->value, u"ROW"_s);
        QCOMPARE(findingFor(*report, u"binlog retention"_s)->value, u"7 days"_s);
        QCOMPARE(findingFor(*report, u"TLS"_s)->value, u"on"_s); // prefer + server with TLS
        QVERIFY(report->blockedFeatures().isEmpty());
    }

    void mariadbProbeSeesMissingReplicationPrivileges()
    {
        Endpoint e = test::mariadb();
        e.user = u"ferry_limited"_s;
        auto report = testConnection(e);
        QVERIFY(report);
        const ProbeFinding *f = findingFor(*report, u"replication privileges"_s);
        QVERIFY(f);
        QCOMPARE(f->severity, ProbeFinding::Severity::Blocker);
        QCOMPARE(f->message,
                 u"user 'ferry_limited' lacks REPLICATION SLAVE, REPLICATION CLIENT: "
                 "incremental sync cannot read the binlog; GRANT REPLICATION SLAVE, "
                 "REPLICATION CLIENT ON *.* TO the user"_s);
        QCOMPARE(report->blockedFeatures(), QStringList {u"incremental"_s});
    }

    void mariadbProbeSeesStatementBinlog()
    {
        // binlog_format is also a session variable: the probe reads the GLOBAL value, so
        // flip it globally for the length of this test and restore it.
        auto admin = MySqlSession::open(test::mariadb());
        QVERIFY(admin);
        QVERIFY((*admin)->exec(u"SET GLOBAL binlog_format = 'STATEMENT'"_s));
        auto report = testConnection(test::mariadb());
        QVERIFY((*admin)->exec(u"SET GLOBAL binlog_format = 'ROW'"_s));
        QVERIFY(report);
        const ProbeFinding *f = findingFor(*report, u"binlog_format"_s);
        QCOMPARE(f->severity, ProbeFinding::Severity::Blocker);
        QVERIFY(f->message.startsWith(u"binlog_format=STATEMENT: incremental sync needs ROW"_s));
        QCOMPARE(f->blocks, QStringList {u"incremental"_s});
    }

    void postgresProbe()
    {
        auto report = testConnection(test::postgres());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->product, u"PostgreSQL"_s);
        QVERIFY(report->serverVersion.startsWith(u"15."_s));
        QCOMPARE(findingFor(*report, u"wal_level"_s)->value, u"logical"_s);
        QCOMPARE(findingFor(*report, u"wal_level"_s)->severity, ProbeFinding::Severity::Ok);
        QCOMPARE(findingFor(*report, u"replication privilege"_s)->value, u"yes"_s);
        QVERIFY(findingFor(*report, u"replication slots"_s)->value.endsWith(u" of 10 free"_s));
        QCOMPARE(findingFor(*report, u"encoding"_s)->value, u"UTF8"_s);
        QCOMPARE(findingFor(*report, u"TLS"_s)->value, u"on"_s);
        QVERIFY(report->blockedFeatures().isEmpty());
    }

    void postgresProbeSeesMissingReplicationRole()
    {
        Endpoint e = test::postgres();
        e.user = u"ferry_limited"_s;
        auto report = testConnection(e);
        QVERIFY(report);
        const ProbeFinding *f = findingFor(*report, u"replication privilege"_s);
        QCOMPARE(f->severity, ProbeFinding::Severity::Blocker);
        QCOMPARE(f->message,
                 u"role 'ferry_limited' lacks REPLICATION: incremental sync cannot "
                 "stream changes; ALTER ROLE ferry_limited REPLICATION"_s);
    }

    void sqliteProbe()
    {
        QTemporaryDir dir;
        Endpoint e;
        e.engine = Engine::Sqlite;
        e.path = dir.filePath(u"new.sqlite"_s);
        auto absent = testConnection(e);
        QVERIFY(absent);
        QCOMPARE(absent->findings.first().item, u"file"_s);
        QCOMPARE(absent->findings.first().blocks, QStringList {u"source"_s});
        QVERIFY(!QFile::exists(e.path)); // testing creates nothing

        {
            QFile f(e.path);
            QVERIFY(f.open(QIODevice::WriteOnly)); // an empty file is a valid empty database
        }
        auto present = testConnection(e);
        QVERIFY2(present, qPrintable(present ? QString() : present.error().text()));
        QCOMPARE(findingFor(*present, u"file writable"_s)->value, u"yes"_s);
        QCOMPARE(findingFor(*present, u"change capture"_s)->value, u"triggers"_s);
        QCOMPARE(findingFor(*present, u"change capture"_s)->blocks, QStringList {});
        QFile::setPermissions(e.path, QFile::ReadOwner);
        auto readOnly = testConnection(e);
        QFile::setPermissions(e.path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(readOnly);
        if (::geteuid() != 0) { // root writes through permissions
            QCOMPARE(findingFor(*readOnly, u"file writable"_s)->value, u"no"_s);
            QCOMPARE(findingFor(*readOnly, u"file writable"_s)->blocks, QStringList {u"target"_s});
            QCOMPARE(findingFor(*readOnly, u"change capture"_s)->blocks,
                     QStringList {u"incremental"_s});
        }

        e.path = dir.filePath(u"missing/db.sqlite"_s);
        auto missing = testConnection(e);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(missing.error().message,
                 u"the folder of the SQLite file %1 does not exist"_s.arg(e.path));
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fixStart");
        for (const QString &engine : {u"mariadb"_s, u"postgresql"_s}) {
            const QString product = engine == u"mariadb" ? u"MariaDB"_s : u"PostgreSQL"_s;
            QTest::addRow("%s unknown host", qPrintable(engine))
                << engine << u"host"_s << int(Error::Code::Connection)
                << u"the host name 'no-such-host.invalid' cannot be resolved"_s
                << u"Check the spelling"_s;
            QTest::addRow("%s refused port", qPrintable(engine))
                << engine << u"port"_s << int(Error::Code::Connection)
                << u"%1 at 127.0.0.1:PORT refused the connection (nothing listens on port PORT)"_s
                       .arg(product)
                << u"Check that the server runs"_s;
            QTest::addRow("%s wrong password", qPrintable(engine))
                << engine << u"password"_s << int(Error::Code::Authentication)
                << u"%1 at 127.0.0.1:PORT refused user 'ferry': wrong user name or password"_s.arg(
                       product)
                << u"Re-enter the password"_s;
            QTest::addRow("%s unknown database", qPrintable(engine))
                << engine << u"database"_s << int(Error::Code::NotFound)
                << u"database 'no_such_db' does not exist on %1 at 127.0.0.1:PORT"_s.arg(product)
                << u"Check the name"_s;
            QTest::addRow("%s tls required but disabled", qPrintable(engine))
                << engine << u"tls"_s << int(Error::Code::Tls)
                << u"%1 at 127.0.0.1:PORT requires TLS for user 'ferry_tls', but TLS is disabled "
                   "here"_s.arg(product)
                << u"Set TLS to 'require'"_s;
            QTest::addRow("%s verify-full without CA", qPrintable(engine))
                << engine << u"verify-no-ca"_s << int(Error::Code::InvalidInput)
                << u"TLS mode verify-full needs a CA file to verify %1 at 127.0.0.1:PORT"_s.arg(
                       product)
                << u"Give the CA certificate"_s;
        }
    }

    void badInputs()
    {
        QFETCH(QString, engine);
        QFETCH(QString, what);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, fixStart);
        Endpoint e = engine == u"mariadb" ? test::mariadb() : test::postgres();
        if (what == u"host")
            e.host = u"no-such-host.invalid"_s;
        else if (what == u"port")
            e.port = test::closedPort();
        else if (what == u"password")
            e.password = u"not-the-password"_s;
        else if (what == u"database")
            e.database = u"no_such_db"_s;
        else if (what == u"tls") {
            e.user = u"ferry_tls"_s;
            e.tlsMode = TlsMode::Disable;
        } else if (what == u"verify-no-ca")
            e.tlsMode = TlsMode::VerifyFull;
        auto report = testConnection(e);
        QVERIFY(!report);
        QCOMPARE(int(report.error().code), code);
        QCOMPARE(report.error().message,
                 QString(message).replace(u"PORT"_s, QString::number(e.port)));
        QVERIFY2(report.error().fix.startsWith(fixStart), qPrintable(report.error().fix));
    }

    void tlsModes_data()
    {
        QTest::addColumn<QString>("engine");
        for (const char *engine : {"mariadb", "postgresql"})
            QTest::newRow(engine) << QString::fromLatin1(engine);
    }

    void tlsModes()
    {
        QFETCH(QString, engine);
        Endpoint e = engine == u"mariadb" ? test::mariadb() : test::postgres();
        e.user = u"ferry_tls"_s;
        e.tlsMode = TlsMode::Require;
        QVERIFY(testConnection(e)); // the TLS-only account gets in with TLS

        e.tlsMode = TlsMode::VerifyFull;
        e.caFile = test::caFile();
        auto verified = testConnection(e);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().text()));
        QCOMPARE(findingFor(*verified, u"TLS"_s)->value, u"on"_s);

        // A CA that did not sign the server's certificate must be refused.
        QTemporaryDir dir;
        const QString otherCa = dir.filePath(u"other-ca.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                       u"1"_s, u"-subj"_s, u"/CN=Other CA"_s, u"-keyout"_s,
                       dir.filePath(u"k.pem"_s), u"-out"_s, otherCa});
        QVERIFY(openssl.waitForFinished(30000));
        e.caFile = otherCa;
        auto refused = testConnection(e);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Tls);
        QVERIFY2(refused.error().message.startsWith(u"TLS with "_s),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"

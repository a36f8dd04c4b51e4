// Data source validation: every rule, with the message a user sees.
#include "datasource/datasource.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::newRow("simple") << u"shop"_s << QString();
        QTest::newRow("punctuation") << u"prod_db-1.eu"_s << QString();
        QTest::newRow("unicode") << u"生产库"_s << QString();
        QTest::newRow("32 chars") << QString(32, u'a') << QString();
        QTest::newRow("empty") << QString() << u"the data source name is empty"_s;
        QTest::newRow("33 chars") << QString(
            33, u'a') << u"the data source name '%1' has 33 characters"_s.arg(QString(33, u'a'));
        QTest::newRow("space") << u"my db"_s << u"the data source name 'my db' contains a space"_s;
        QTest::newRow("tab") << u"my\tdb"_s << u"the data source name 'my\tdb' contains a space"_s;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Status result = datasources::validateName(name);
        QCOMPARE(result.has_value(), message.isEmpty());
        if (!result) {
            QCOMPARE(result.error().code, Error::Code::InvalidInput);
            QCOMPARE(result.error().message, message);
            QVERIFY(!result.error().fix.isEmpty());
        }
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok mariadb") << u"mariadb"_s << u"10.0.0.5"_s << 3306 << u"app"_s
                                    << QString() << QString() << QString();
        QTest::newRow("empty host") << u"mysql"_s << u"  "_s << 3306 << u"app"_s << QString()
                                    << u"data source x: the host is empty"_s << u"host"_s;
        QTest::newRow("port 0") << u"mariadb"_s << u"h"_s << 0 << u"app"_s << QString()
                                << u"data source x: port 0 is out of range"_s << u"port"_s;
        QTest::newRow("port 70000") << u"postgresql"_s << u"h"_s << 70000 << u"app"_s << u"d"_s
                                    << u"data source x: port 70000 is out of range"_s << u"port"_s;
        QTest::newRow("no user") << u"oceanbase-mysql"_s << u"h"_s << 2881 << QString() << QString()
                                 << u"data source x: the user is empty"_s << u"user"_s;
        QTest::newRow("pg without database")
            << u"postgresql"_s << u"h"_s << 5432 << u"app"_s << QString()
            << u"data source x: the database is empty"_s << u"database"_s;
    }

    void endpoints()
    {
        QFETCH(QString, engine);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, message);
        QFETCH(QString, field);
        DataSource s;
        s.name = u"x"_s;
        s.endpoint.engine = *engines::parse(engine);
        s.endpoint.host = host;
        s.endpoint.port = port;
        s.endpoint.user = user;
        s.endpoint.database = database;
        const Status result = datasources::validate(s);
        QCOMPARE(result.has_value(), message.isEmpty());
        if (!result) {
            QCOMPARE(result.error().message, message);
            QCOMPARE(result.error().object, field);
        }
    }

    void outOfRangePortSuggestsTheDefault()
    {
        DataSource s;
        s.name = u"x"_s;
        s.endpoint.engine = Engine::PostgreSql;
        s.endpoint.host = u"h"_s;
        s.endpoint.user = u"u"_s;
        s.endpoint.database = u"d"_s;
        s.endpoint.port = -1;
        const Status result = datasources::validate(s);
        QVERIFY(!result);
        QCOMPARE(result.error().fix,
                 u"Use a port from 1 to 65535 (5432 is the default for "
                 "PostgreSQL)."_s);
    }

    void sqlitePaths()
    {
        QTemporaryDir dir;
        DataSource s;
        s.name = u"lite"_s;
        s.endpoint.engine = Engine::Sqlite;
        s.endpoint.path = dir.filePath(u"new.sqlite"_s);
        QVERIFY(datasources::validate(s)); // a file that does not exist yet is fine

        s.endpoint.path = dir.filePath(u"missing/folder/db.sqlite"_s);
        const Status missing = datasources::validate(s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().message,
                 u"data source lite: the folder %1 does not exist"_s.arg(
                     QDir::toNativeSeparators(dir.filePath(u"missing/folder"_s))));
        QCOMPARE(missing.error().fix,
                 u"Create the folder first or choose a file in an existing folder."_s);

        s.endpoint.path.clear();
        QCOMPARE(datasources::validate(s).error().message,
                 u"data source lite: the SQLite file path is empty"_s);
    }

    void engineAndTlsNames()
    {
        QCOMPARE(*engines::parse(u"OceanBase-MySQL"_s), Engine::OceanBaseMySql);
        QCOMPARE(*engines::parse(u"postgres"_s), Engine::PostgreSql);
        auto bad = engines::parse(u"oracle"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, u"unknown engine 'oracle'"_s);
        QCOMPARE(bad.error().fix,
                 u"Use one of: mysql, mariadb, oceanbase-mysql, postgresql, sqlite."_s);
        QCOMPARE(*engines::parseTlsMode(u"verify-full"_s), TlsMode::VerifyFull);
        QVERIFY(!engines::parseTlsMode(u"strict"_s));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

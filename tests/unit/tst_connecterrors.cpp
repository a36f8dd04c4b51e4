// How the engines classify what a server says while it starts or stops: a Connection error,
// which the incremental step retries with backoff (a Database error would end the stream).
// The real restarts are in tst_incremental_faults; these are the words a restart can produce
// at a moment too short to hit there on purpose.
#include "engines/mysql/mysqlsession.h"
#include "engines/postgresql/postgresqlsession.h"

#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

constexpr unsigned int kServerShutdown = 1053; // ER_SERVER_SHUTDOWN (mysqld_error.h)

Endpoint endpoint(Engine engine, int port)
{
    Endpoint e;
    e.engine = engine;
    e.host = u"127.0.0.1"_s;
    e.port = port;
    e.user = u"ferry"_s;
    return e;
}

} // namespace

class TestConnectErrors : public QObject
{
    Q_OBJECT

private slots:
    void postgresqlNotAcceptingYet_data()
    {
        QTest::addColumn<QString>("libpq");
        QTest::newRow("starting up") << u"connection to server at \"127.0.0.1\", port 5432 "
                                        "failed: FATAL:  the database system is starting up"_s;
        QTest::newRow("shutting down") << u"connection to server at \"127.0.0.1\", port 5432 "
                                          "failed: FATAL:  the database system is shutting "
                                          "down"_s;
        QTest::newRow("not yet accepting")
            << u"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  the database "
               "system is not yet accepting connections\nDETAIL:  Consistent recovery state "
               "has not been yet reached."_s;
    }

    void postgresqlNotAcceptingYet()
    {
        QFETCH(QString, libpq);
        const Error e = postgresConnectError(libpq, endpoint(Engine::PostgreSql, 5432));
        QCOMPARE(e.code, Error::Code::Connection);
        QCOMPARE(e.message,
                 u"PostgreSQL at 127.0.0.1:5432 does not accept connections now: "_s
                     + libpq.trimmed());
        QCOMPARE(e.fix, u"Wait until the server has started, then run again."_s);
        QCOMPARE(e.object, u"PostgreSQL at 127.0.0.1:5432"_s);
    }

    void mariadbShuttingDown()
    {
        const Error e = mysqlError(kServerShutdown, u"Server shutdown in progress"_s, u"08S01"_s,
                                   endpoint(Engine::MariaDb, 3306), QString());
        QCOMPARE(e.code, Error::Code::Connection);
        QCOMPARE(e.message, u"MariaDB at 127.0.0.1:3306: Server shutdown in progress"_s);
        QCOMPARE(e.fix, u"Wait until the server has started again, then run again."_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectErrors)
#include "tst_connecterrors.moc"

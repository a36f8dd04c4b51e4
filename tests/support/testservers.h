#pragma once

// Endpoints of the test servers started by tests/support/servers.sh (read from the
// environment it exports), and helpers that create and drop per-test databases.

#include "engines/endpoint.h"

#include <QString>
#include <QtTest>

namespace ferry::test {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// True when servers.sh's environment is present. Integration tests fail (not skip) without
// it: the README's test command always starts the servers.
inline bool serversAvailable()
{
    return !env("FERRY_TEST_MARIADB_PORT").isEmpty() && !env("FERRY_TEST_PG_PORT").isEmpty();
}

#define FERRY_REQUIRE_SERVERS()                                                                    \
    do {                                                                                           \
        if (!ferry::test::serversAvailable())                                                      \
            QFAIL("test servers are not running: run tests/support/servers.sh start and source "   \
                  "the env file it prints (the README's test command does both)");                 \
    } while (false)

inline Endpoint mariadb(const QString &database = {})
{
    Endpoint e;
    e.engine = Engine::MariaDb;
    e.host = env("FERRY_TEST_MARIADB_HOST");
    e.port = env("FERRY_TEST_MARIADB_PORT").toInt();
    e.user = env("FERRY_TEST_MARIADB_USER");
    e.password = env("FERRY_TEST_MARIADB_PASSWORD");
    e.database = database;
    e.tlsMode = TlsMode::Prefer;
    e.connectTimeoutSeconds = 5;
    return e;
}

inline Endpoint postgres(const QString &database = QStringLiteral("postgres"))
{
    Endpoint e;
    e.engine = Engine::PostgreSql;
    e.host = env("FERRY_TEST_PG_HOST");
    e.port = env("FERRY_TEST_PG_PORT").toInt();
    e.user = env("FERRY_TEST_PG_USER");
    e.password = env("FERRY_TEST_PG_PASSWORD");
    e.database = database;
    e.tlsMode = TlsMode::Prefer;
    e.connectTimeoutSeconds = 5;
    return e;
}

inline QString caFile()
{
    return env("FERRY_TEST_CA_FILE");
}

// A port on 127.0.0.1 where nothing listens.
int closedPort();

} // namespace ferry::test

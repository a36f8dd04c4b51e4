#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace ferry {

enum class Engine { MySql, MariaDb, OceanBaseMySql, PostgreSql, Sqlite };

// Engines that speak the same protocol and SQL share one implementation.
enum class EngineFamily { MySql, PostgreSql, Sqlite };

enum class TlsMode { Disable, Prefer, Require, VerifyCa, VerifyFull };

namespace engines {
QString id(Engine engine); // "mysql", "mariadb", "oceanbase-mysql", "postgresql", "sqlite"
QString displayName(Engine engine); // "MySQL", "MariaDB", ...
Result<Engine> parse(const QString &id);
QStringList ids();
EngineFamily family(Engine engine);
int defaultPort(Engine engine); // 0 for SQLite

QString tlsModeId(TlsMode mode); // "disable", "prefer", "require", "verify-ca", "verify-full"
Result<TlsMode> parseTlsMode(const QString &id);
QStringList tlsModeIds();
} // namespace engines

// How to reach one database. The password lives only in memory: the store keeps a flag, the
// secret store keeps the value.
struct Endpoint
{
    Engine engine = Engine::MariaDb;
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
    QString schema; // PostgreSQL: the schema read from or written to ("public" when empty)
    QString path; // SQLite: the database file
    TlsMode tlsMode = TlsMode::Prefer;
    QString caFile;
    int connectTimeoutSeconds = 10;

    EngineFamily family() const { return engines::family(engine); }
    // "127.0.0.1:3306/shop", "/data/app.db" — for lists and messages, never with a password.
    QString displayAddress() const;
    QString effectiveSchema() const;
    // The same server without a default database for the MySQL family, so a database that a
    // schema step is about to create does not stop the connection. Unchanged otherwise.
    Endpoint serverLevel() const;
};

} // namespace ferry

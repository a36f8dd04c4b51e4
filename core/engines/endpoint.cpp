#include "endpoint.h"

#include "common/language.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace engines {

QString id(Engine engine)
{
    switch (engine) {
    case Engine::MySql: return u"mysql"_s;
    case Engine::MariaDb: return u"mariadb"_s;
    case Engine::OceanBaseMySql: return u"oceanbase-mysql"_s;
    case Engine::PostgreSql: return u"postgresql"_s;
    case Engine::Sqlite: return u"sqlite"_s;
    }
    return {};
}

QString displayName(Engine engine)
{
    switch (engine) {
    case Engine::MySql: return u"MySQL"_s;
    case Engine::MariaDb: return u"MariaDB"_s;
    case Engine::OceanBaseMySql: return u"OceanBase (MySQL mode)"_s;
    case Engine::PostgreSql: return u"PostgreSQL"_s;
    case Engine::Sqlite: return u"SQLite"_s;
    }
    return {};
}

QStringList ids()
{
    return {u"mysql"_s, u"mariadb"_s, u"oceanbase-mysql"_s, u"postgresql"_s, u"sqlite"_s};
}

Result<Engine> parse(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"mysql")
        return Engine::MySql;
    if (s == u"mariadb")
        return Engine::MariaDb;
    if (s == u"oceanbase-mysql" || s == u"oceanbase")
        return Engine::OceanBaseMySql;
    if (s == u"postgresql" || s == u"postgres" || s == u"pg")
        return Engine::PostgreSql;
    if (s == u"sqlite" || s == u"sqlite3")
        return Engine::Sqlite;
    return fail(Error::Code::InvalidInput, Text::tr("unknown engine '%1'").arg(text),
                Text::tr("Use one of: %1.").arg(ids().join(u", "_s)));
}

EngineFamily family(Engine engine)
{
    switch (engine) {
    case Engine::MySql:
    case Engine::MariaDb:
    case Engine::OceanBaseMySql: return EngineFamily::MySql;
    case Engine::PostgreSql: return EngineFamily::PostgreSql;
    case Engine::Sqlite: return EngineFamily::Sqlite;
    }
    return EngineFamily::MySql;
}

int defaultPort(Engine engine)
{
    switch (engine) {
    case Engine::MySql:
    case Engine::MariaDb: return 3306;
    case Engine::OceanBaseMySql: return 2881;
    case Engine::PostgreSql: return 5432;
    case Engine::Sqlite: return 0;
    }
    return 0;
}

QString tlsModeId(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disable: return u"disable"_s;
    case TlsMode::Prefer: return u"prefer"_s;
    case TlsMode::Require: return u"require"_s;
    case TlsMode::VerifyCa: return u"verify-ca"_s;
    case TlsMode::VerifyFull: return u"verify-full"_s;
    }
    return u"prefer"_s;
}

QStringList tlsModeIds()
{
    return {u"disable"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

Result<TlsMode> parseTlsMode(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"disable")
        return TlsMode::Disable;
    if (s == u"prefer")
        return TlsMode::Prefer;
    if (s == u"require")
        return TlsMode::Require;
    if (s == u"verify-ca")
        return TlsMode::VerifyCa;
    if (s == u"verify-full")
        return TlsMode::VerifyFull;
    return fail(Error::Code::InvalidInput, Text::tr("unknown TLS mode '%1'").arg(text),
                Text::tr("Use one of: %1.").arg(tlsModeIds().join(u", "_s)));
}

} // namespace engines

QString Endpoint::displayAddress() const
{
    if (engine == Engine::Sqlite)
        return path;
    QString s = host + u':' + QString::number(port);
    if (!database.isEmpty())
        s += u'/' + database;
    if (engine == Engine::PostgreSql && !schema.isEmpty() && schema != u"public")
        s += u'.' + schema;
    return s;
}

QString Endpoint::effectiveSchema() const
{
    if (engine == Engine::PostgreSql)
        return schema.isEmpty() ? u"public"_s : schema;
    if (engine == Engine::Sqlite)
        return u"main"_s;
    return database;
}

Endpoint Endpoint::serverLevel() const
{
    Endpoint copy = *this;
    if (family() == EngineFamily::MySql)
        copy.database.clear();
    return copy;
}

} // namespace ferry

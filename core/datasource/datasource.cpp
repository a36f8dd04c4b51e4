#include "datasource.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ferry {

QString DataSource::secretKey() const
{
    return u"datasource/"_s + uuid;
}

QJsonObject DataSource::toJson() const
{
    QJsonObject o;
    o[u"id"_s] = id;
    o[u"name"_s] = name;
    o[u"engine"_s] = engines::id(endpoint.engine);
    if (endpoint.engine == Engine::Sqlite) {
        o[u"path"_s] = endpoint.path;
    } else {
        o[u"host"_s] = endpoint.host;
        o[u"port"_s] = endpoint.port;
        o[u"user"_s] = endpoint.user;
        o[u"database"_s] = endpoint.database;
        if (endpoint.engine == Engine::PostgreSql)
            o[u"schema"_s] = endpoint.effectiveSchema();
        o[u"tls"_s] = engines::tlsModeId(endpoint.tlsMode);
        if (!endpoint.caFile.isEmpty())
            o[u"caFile"_s] = endpoint.caFile;
        o[u"passwordSaved"_s] = hasPassword;
    }
    o[u"remark"_s] = remark;
    o[u"createdAt"_s] = createdAt.toString(Qt::ISODate);
    o[u"updatedAt"_s] = updatedAt.toString(Qt::ISODate);
    QJsonObject test;
    if (lastTest.tested) {
        test[u"ok"_s] = lastTest.ok;
        test[u"at"_s] = lastTest.at.toString(Qt::ISODate);
        test[u"summary"_s] = lastTest.summary;
    }
    o[u"lastTest"_s] = lastTest.tested ? QJsonValue(test) : QJsonValue();
    return o;
}

namespace datasources {

Status validateName(const QString &name)
{
    if (name.isEmpty())
        return fail(Error::Code::InvalidInput, u"the data source name is empty"_s,
                    u"Give it a name of 1 to 32 characters without spaces."_s, u"name"_s);
    if (name.size() > 32)
        return fail(Error::Code::InvalidInput,
                    u"the data source name '%1' has %2 characters"_s.arg(name).arg(name.size()),
                    u"Use at most 32 characters."_s, u"name"_s);
    for (const QChar c : name) {
        if (c.isSpace())
            return fail(Error::Code::InvalidInput,
                        u"the data source name '%1' contains a space"_s.arg(name),
                        u"Use letters, digits, '-', '_' or '.' instead of spaces."_s, u"name"_s);
        if (!c.isPrint())
            return fail(Error::Code::InvalidInput,
                        u"the data source name '%1' contains a control character"_s.arg(name),
                        u"Use printable characters only."_s, u"name"_s);
    }
    return {};
}

Status validate(const DataSource &source)
{
    if (auto ok = validateName(source.name); !ok)
        return ok;
    const Endpoint &e = source.endpoint;
    const QString who = source.name;
    if (e.engine == Engine::Sqlite) {
        if (e.path.trimmed().isEmpty())
            return fail(Error::Code::InvalidInput,
                        u"data source %1: the SQLite file path is empty"_s.arg(who),
                        u"Give the path of the database file (--path FILE)."_s, u"path"_s);
        const QFileInfo file(e.path);
        if (!file.absoluteDir().exists())
            return fail(Error::Code::InvalidInput,
                        u"data source %1: the folder %2 does not exist"_s.arg(
                            who, QDir::toNativeSeparators(file.absolutePath())),
                        u"Create the folder first or choose a file in an existing folder."_s,
                        u"path"_s);
        return {};
    }
    if (e.host.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, u"data source %1: the host is empty"_s.arg(who),
                    u"Give the server's host name or IP address (--host)."_s, u"host"_s);
    if (e.host.contains(u' '))
        return fail(Error::Code::InvalidInput,
                    u"data source %1: the host '%2' contains a space"_s.arg(who, e.host),
                    u"Give a host name or an IP address."_s, u"host"_s);
    if (e.port < 1 || e.port > 65535)
        return fail(
            Error::Code::InvalidInput,
            u"data source %1: port %2 is out of range"_s.arg(who).arg(e.port),
            u"Use a port from 1 to 65535 (%3 is the default for %4)."_s.arg(
                QString::number(engines::defaultPort(e.engine)), engines::displayName(e.engine)),
            u"port"_s);
    if (e.user.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, u"data source %1: the user is empty"_s.arg(who),
                    u"Give the database user name (--user)."_s, u"user"_s);
    if (e.engine == Engine::PostgreSql && e.database.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, u"data source %1: the database is empty"_s.arg(who),
                    u"PostgreSQL connects to one database: give its name (--database)."_s,
                    u"database"_s);
    if ((e.tlsMode == TlsMode::VerifyCa || e.tlsMode == TlsMode::VerifyFull) && !e.caFile.isEmpty()
        && !QFileInfo::exists(e.caFile))
        return fail(Error::Code::InvalidInput,
                    u"data source %1: the CA file %2 does not exist"_s.arg(who, e.caFile),
                    u"Give the path of the PEM file of the certificate authority."_s, u"caFile"_s);
    return {};
}

} // namespace datasources
} // namespace ferry

#include "datasource.h"
#include "common/language.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ferry {

QString DataSource::secretKey() const
{
    return u"datasource/"_s + uuid;
}

QString DataSource::engineName() const
{
    return kafka ? u"Kafka"_s : engines::displayName(endpoint.engine);
}

QString DataSource::engineId() const
{
    return kafka ? u"kafka"_s : engines::id(endpoint.engine);
}

QString DataSource::displayAddress() const
{
    return kafka ? kafka->bootstrapServers : endpoint.displayAddress();
}

QJsonObject DataSource::toJson() const
{
    QJsonObject o;
    o[u"id"_s] = id;
    o[u"name"_s] = name;
    o[u"engine"_s] = kafka ? u"kafka"_s : engines::id(endpoint.engine);
    if (kafka) {
        o[u"bootstrapServers"_s] = kafka->bootstrapServers;
        o[u"securityProtocol"_s] =
            kafka->securityProtocol.isEmpty() ? u"plaintext"_s : kafka->securityProtocol;
        if (!kafka->saslMechanism.isEmpty())
            o[u"saslMechanism"_s] = kafka->saslMechanism;
        if (!kafka->user.isEmpty())
            o[u"user"_s] = kafka->user;
        if (!kafka->caFile.isEmpty())
            o[u"caFile"_s] = kafka->caFile;
        o[u"clientId"_s] = kafka->clientId;
        o[u"passwordSaved"_s] = hasPassword;
    } else if (endpoint.engine == Engine::Sqlite) {
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
        return fail(Error::Code::InvalidInput, Text::tr("the data source name is empty"),
                    Text::tr("Give it a name of 1 to 32 characters without spaces."), u"name"_s);
    if (name.size() > 32)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("the data source name '%1' has %2 characters").arg(name).arg(name.size()),
            Text::tr("Use at most 32 characters."), u"name"_s);
    for (const QChar c : name) {
        if (c.isSpace())
            return fail(Error::Code::InvalidInput,
                        Text::tr("the data source name '%1' contains a space").arg(name),
                        Text::tr("Use letters, digits, '-', '_' or '.' instead of spaces."),
                        u"name"_s);
        if (!c.isPrint())
            return fail(
                Error::Code::InvalidInput,
                Text::tr("the data source name '%1' contains a control character").arg(name),
                Text::tr("Use printable characters only."), u"name"_s);
    }
    return {};
}

QStringList kafkaSecurityProtocols()
{
    return {u"plaintext"_s, u"ssl"_s, u"sasl_plaintext"_s, u"sasl_ssl"_s};
}

QStringList kafkaSaslMechanisms()
{
    return {u"PLAIN"_s, u"SCRAM-SHA-256"_s, u"SCRAM-SHA-512"_s};
}

Status validateKafka(const KafkaTarget &k, const QString &who)
{
    if (k.bootstrapServers.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: the bootstrap servers are empty").arg(who),
                    Text::tr("Name one or more brokers as host:port, separated by commas "
                             "(127.0.0.1:9092)."),
                    u"bootstrapServers"_s);
    for (const QString &server : k.bootstrapServers.split(u',')) {
        const QString s = server.trimmed();
        const qsizetype colon = s.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? s.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535 || s.contains(u' '))
            return fail(Error::Code::InvalidInput,
                        Text::tr("%1: bootstrap server '%2' is not host:port").arg(who, s),
                        Text::tr("Write brokers as host:port, separated by commas "
                                 "(127.0.0.1:9092,127.0.0.1:9093)."),
                        u"bootstrapServers"_s);
    }
    const QString protocol = k.securityProtocol.isEmpty() ? u"plaintext"_s : k.securityProtocol;
    if (!kafkaSecurityProtocols().contains(protocol))
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: security protocol '%2' is not one of %3")
                        .arg(who, protocol, kafkaSecurityProtocols().join(u", "_s)),
                    Text::tr("Choose one of them."), u"securityProtocol"_s);
    const bool sasl = protocol.startsWith(u"sasl_");
    if (sasl && !kafkaSaslMechanisms().contains(k.saslMechanism))
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: security protocol %2 needs a SASL mechanism (%3), not '%4'")
                        .arg(who, protocol, kafkaSaslMechanisms().join(u", "_s), k.saslMechanism),
                    Text::tr("Choose the mechanism the brokers accept."), u"saslMechanism"_s);
    if (sasl && k.user.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: security protocol %2 needs a SASL user").arg(who, protocol),
                    Text::tr("Give the user the brokers know (--user)."), u"user"_s);
    if (!sasl && !k.saslMechanism.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: SASL mechanism %2 is set but security protocol %3 has no SASL")
                        .arg(who, k.saslMechanism, protocol),
                    Text::tr("Choose sasl_plaintext or sasl_ssl, or clear the mechanism."),
                    u"saslMechanism"_s);
    if (!k.caFile.isEmpty() && !QFileInfo::exists(k.caFile))
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: the CA file %2 does not exist").arg(who, k.caFile),
                    Text::tr("Give the path of the PEM file that signs the brokers' certificates."),
                    u"caFile"_s);
    if (k.clientId.contains(u' '))
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: the client id '%2' contains a space").arg(who, k.clientId),
                    Text::tr("Use letters, digits, '-', '_' or '.'."), u"clientId"_s);
    return {};
}

Status validate(const DataSource &source)
{
    if (auto ok = validateName(source.name); !ok)
        return ok;
    if (source.kafka)
        return validateKafka(*source.kafka, Text::tr("data source %1").arg(source.name));
    return validateEndpoint(source.endpoint, Text::tr("data source %1").arg(source.name));
}

Status validateEndpoint(const Endpoint &e, const QString &who)
{
    if (e.engine == Engine::Sqlite) {
        if (e.path.trimmed().isEmpty())
            return fail(Error::Code::InvalidInput,
                        Text::tr("%1: the SQLite file path is empty").arg(who),
                        Text::tr("Give the path of the database file (--path FILE)."), u"path"_s);
        const QFileInfo file(e.path);
        if (!file.absoluteDir().exists())
            return fail(Error::Code::InvalidInput,
                        Text::tr("%1: the folder %2 does not exist")
                            .arg(who, QDir::toNativeSeparators(file.absolutePath())),
                        Text::tr("Create the folder first or choose a file in an existing folder."),
                        u"path"_s);
        return {};
    }
    if (e.host.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Text::tr("%1: the host is empty").arg(who),
                    Text::tr("Give the server's host name or IP address (--host)."), u"host"_s);
    if (e.host.contains(u' '))
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: the host '%2' contains a space").arg(who, e.host),
                    Text::tr("Give a host name or an IP address."), u"host"_s);
    if (e.port < 1 || e.port > 65535)
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: port %2 is out of range").arg(who).arg(e.port),
                    Text::tr("Use a port from 1 to 65535 (%3 is the default for %4).")
                        .arg(QString::number(engines::defaultPort(e.engine)),
                             engines::displayName(e.engine)),
                    u"port"_s);
    if (e.user.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Text::tr("%1: the user is empty").arg(who),
                    Text::tr("Give the database user name (--user)."), u"user"_s);
    if (e.engine == Engine::PostgreSql && e.database.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, Text::tr("%1: the database is empty").arg(who),
                    Text::tr("PostgreSQL connects to one database: give its name (--database)."),
                    u"database"_s);
    if ((e.tlsMode == TlsMode::VerifyCa || e.tlsMode == TlsMode::VerifyFull) && !e.caFile.isEmpty()
        && !QFileInfo::exists(e.caFile))
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1: the CA file %2 does not exist").arg(who, e.caFile),
                    Text::tr("Give the path of the PEM file of the certificate authority."),
                    u"caFile"_s);
    return {};
}

} // namespace datasources
} // namespace ferry

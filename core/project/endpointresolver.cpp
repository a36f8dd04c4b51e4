#include "endpointresolver.h"

#include "common/language.h"
#include "datasource/datasourceservice.h"
#include "store/datasourcerepository.h"

using namespace Qt::StringLiterals;

namespace ferry {

bool needsSecret(const EndpointSpec &spec, const DataSourceRepository &sources)
{
    if (!spec.isDataSource())
        return false;
    auto source = sources.findByName(spec.dataSource);
    return source && source->hasPassword;
}

Result<Endpoint> resolveEndpoint(const EndpointSpec &spec,
                                 const std::shared_ptr<DataSourceRepository> &sources,
                                 const std::shared_ptr<SecretStore> &secrets)
{
    if (!spec.isDataSource()) {
        Endpoint endpoint = spec.endpoint;
        const QByteArray variable = spec.passwordEnv.toLocal8Bit();
        if (endpoint.password.isEmpty() && !variable.isEmpty()
            && qEnvironmentVariableIsSet(variable.constData()))
            endpoint.password = qEnvironmentVariable(variable.constData());
        return endpoint;
    }
    auto source = sources->findByName(spec.dataSource);
    if (!source)
        return std::unexpected(source.error());
    if (source->hasPassword && !secrets)
        return fail(
            Error::Code::Locked,
            Text::tr("the password of data source '%1' is in the secret store, which is not "
                     "open")
                .arg(spec.dataSource),
            Text::tr("Set FERRY_MASTER_PASSWORD (or unlock the keychain)."));
    return DataSourceService(sources, secrets).endpointWithPassword(*source);
}

Result<KafkaTarget> resolveKafkaTarget(const ProjectDefinition &project,
                                       const Endpoint &resolvedTarget,
                                       const DataSourceRepository &sources)
{
    if (project.target.kafka)
        return *project.target.kafka;
    if (!project.target.isDataSource())
        return fail(
            Error::Code::InvalidInput,
            Text::tr("sync project %1 has no Kafka target").arg(project.name),
            Text::tr("Name a Kafka data source or write \"target\": {\"engine\": \"kafka\", "
                     "\"bootstrapServers\": \"127.0.0.1:9092\"}."),
            project.name);
    auto source = sources.findByName(project.target.dataSource);
    if (!source)
        return std::unexpected(source.error());
    if (!source->kafka)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("sync project %1: target data source '%2' is a %3 database, not a Kafka "
                     "cluster")
                .arg(project.name, source->name, source->engineName()),
            Text::tr("Choose a Kafka data source as the target."), source->name);
    KafkaTarget k = *source->kafka;
    k.password = resolvedTarget.password;
    return k;
}

Status checkEndpointKinds(const ProjectDefinition &project, const DataSourceRepository &sources)
{
    auto check = [&](const EndpointSpec &spec, bool kafkaWanted, const QString &role) -> Status {
        if (!spec.isDataSource())
            return {};
        auto source = sources.findByName(spec.dataSource);
        if (!source || source->isKafka() == kafkaWanted)
            return {};
        if (kafkaWanted)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("project %1: the target of a sync project must be a Kafka cluster, and "
                         "data source '%2' is a %3 database")
                    .arg(project.name, source->name, source->engineName()),
                Text::tr("Choose a Kafka data source as the target."), source->name);
        return fail(
            Error::Code::InvalidInput,
            (role == u"target" ? Text::tr("project %1: data source '%2' is a Kafka cluster and "
                                          "cannot be the target of a migration project")
                 : project.isSync()
                 ? Text::tr("project %1: data source '%2' is a Kafka cluster and cannot be the "
                            "source of a sync project")
                 : Text::tr("project %1: data source '%2' is a Kafka cluster and cannot be the "
                            "source of a migration project"))
                .arg(project.name, source->name),
            project.isSync()
                ? Text::tr("Choose a database as the source; Kafka is the target.")
                : Text::tr("Choose a database, or make a sync project (\"type\": \"sync\")."),
            source->name);
    };
    if (auto ok = check(project.source, false, u"source"_s); !ok)
        return ok;
    return check(project.target, project.isSync(), u"target"_s);
}

Result<std::pair<Endpoint, Endpoint>>
resolveEndpoints(const ProjectDefinition &project,
                 const std::shared_ptr<DataSourceRepository> &sources,
                 const SecretOpener &openSecrets)
{
    if (auto ok = checkEndpointKinds(project, *sources); !ok)
        return std::unexpected(ok.error());
    std::shared_ptr<SecretStore> secrets;
    if (needsSecret(project.source, *sources) || needsSecret(project.target, *sources)) {
        auto opened = openSecrets();
        if (!opened)
            return std::unexpected(opened.error());
        secrets = *opened;
    }
    auto source = resolveEndpoint(project.source, sources, secrets);
    if (!source)
        return std::unexpected(source.error());
    auto target = resolveEndpoint(project.target, sources, secrets);
    if (!target)
        return std::unexpected(target.error());
    return std::pair {*source, *target};
}

} // namespace ferry

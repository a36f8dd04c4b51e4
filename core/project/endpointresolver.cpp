#include "endpointresolver.h"

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
        return fail(Error::Code::Locked,
                    u"the password of data source '%1' is in the secret store, which is not "
                    "open"_s.arg(spec.dataSource),
                    u"Set FERRY_MASTER_PASSWORD (or unlock the keychain)."_s);
    return DataSourceService(sources, secrets).endpointWithPassword(*source);
}

Result<std::pair<Endpoint, Endpoint>>
resolveEndpoints(const ProjectDefinition &project,
                 const std::shared_ptr<DataSourceRepository> &sources,
                 const SecretOpener &openSecrets)
{
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

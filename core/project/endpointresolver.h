#pragma once

#include "common/error.h"
#include "projectdefinition.h"

#include <functional>
#include <memory>

namespace ferry {

class DataSourceRepository;
class SecretStore;

// Turns a project's source or target into a connectable endpoint: a saved data source with
// its password from the secret store, or the file's inline endpoint (password from the file or
// its passwordEnv, when the endpoint has none). `secrets` may be null when no saved data source
// needs one. Blocking.
Result<Endpoint> resolveEndpoint(const EndpointSpec &spec,
                                 const std::shared_ptr<DataSourceRepository> &sources,
                                 const std::shared_ptr<SecretStore> &secrets);

// A sync project's Kafka target: the file's inline one, or the saved Kafka data source it names
// with the SASL password that resolveEndpoint() put into `resolvedTarget.password`.
Result<KafkaTarget> resolveKafkaTarget(const ProjectDefinition &project,
                                       const Endpoint &resolvedTarget,
                                       const DataSourceRepository &sources);

// A Kafka data source is a sync project's target and nothing else; a sync project's saved
// target is a Kafka data source. Errors name the project, the data source and the fix.
Status checkEndpointKinds(const ProjectDefinition &project, const DataSourceRepository &sources);

// Whether resolving `spec` needs the secret store.
bool needsSecret(const EndpointSpec &spec, const DataSourceRepository &sources);

// A project's source and target, opening the secret store (through `openSecrets`) only when a
// saved data source's password is needed.
using SecretOpener = std::function<Result<std::shared_ptr<SecretStore>>()>;
Result<std::pair<Endpoint, Endpoint>>
resolveEndpoints(const ProjectDefinition &project,
                 const std::shared_ptr<DataSourceRepository> &sources,
                 const SecretOpener &openSecrets);

} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "pipeline/runprogress.h"
#include "projectdefinition.h"
#include "verify/verifier.h"
#include "verify/verifymapping.h"

#include <memory>

namespace ferry {

class MetaStore;

// The project's tables, mapping and "verify" options (concurrency from the project's options
// unless the verify options set it), as the verify step and verifyProject() verify them.
VerifyMapping verifyMappingOf(const ProjectDefinition &project);

// Verifies a project's source against its target through the project's mapping: reads both
// catalogs, plans the tables as the migration did, and runs the Verifier with the project's
// "verify" options. Blocking.
Result<VerifyReport> verifyProject(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   RunObserver *observer, const QString &runId = {},
                                   qint64 projectId = 0);

// Verification results in the metadata store. Any thread.
class VerificationRepository
{
public:
    explicit VerificationRepository(std::shared_ptr<MetaStore> store);
    Status save(qint64 projectId, const VerifyReport &report);
    // The latest stored report of a project, every difference included.
    Result<std::optional<VerifyReport>> latest(qint64 projectId) const;

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "pipeline/runprogress.h"
#include "projectdefinition.h"
#include "verify/verifier.h"
#include "verify/verifymapping.h"

#include <memory>
#include <optional>

namespace ferry {

class MetaStore;

// The project's tables, mapping and "verify" options (concurrency from the project's options
// unless the verify options set it), as the verify step and verifyProject() verify them.
VerifyMapping verifyMappingOf(const ProjectDefinition &project);

// Verifies a project's source against its target through the project's mapping: reads both
// catalogs, plans the tables as the migration did, and runs the Verifier with the project's
// "verify" options. `streamLagMs` set: the project's change stream applies to the target
// meanwhile, that far behind, and rows that differ are rechecked until they settle
// (VerifyOptions::besideStream). Blocking.
Result<VerifyReport> verifyProject(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   RunObserver *observer, const QString &runId = {},
                                   qint64 projectId = 0,
                                   std::optional<qint64> streamLagMs = std::nullopt);

// The lag of the project's change stream (0 when not measured yet) when one applies to the
// target now: a live run beats for the project and the stream's record says it moves
// (starting, catching up, streaming, retrying). nullopt: none does. Any thread.
std::optional<qint64> runningStreamLag(const std::shared_ptr<MetaStore> &store, qint64 projectId);

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

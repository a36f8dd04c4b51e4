#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "projectdefinition.h"
#include "schema/schemaplan.h"

namespace ferry {

// The project's plan with the types it would get, those that depend on the values decided from
// them (valuetypes::decide) as a run would decide them: for the wizard's type-mapping preview.
// Reads the source only. Blocking: call it on a worker thread.
Result<SchemaPlan> previewTypes(const ProjectDefinition &project, const Endpoint &source,
                                const Endpoint &target, const CancelToken &cancel);

} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "pipeline/runprogress.h"
#include "schema/mappingoptions.h"
#include "schema/tableselection.h"
#include "verifier.h"

namespace ferry {

// What to verify: a project's tables through its mapping, with its verify options.
struct VerifyMapping
{
    QString project; // the project's name, for the report
    TableSelection selection;
    MappingOptions mapping; // sqliteDecimals and the recorded type decisions
    VerifyOptions options;
};

// Reads both catalogs, plans the tables as the migration did, and runs the Verifier. Blocking.
Result<VerifyReport> verifyMapping(const VerifyMapping &mapping, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   RunObserver *observer, const QString &runId = {},
                                   qint64 projectId = 0);

} // namespace ferry

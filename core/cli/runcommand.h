#pragma once

#include "common/error.h"

#include <QStringList>

namespace ferry {
class ProjectRepository;
struct ProjectDefinition;
struct ProjectRecord;
} // namespace ferry

namespace ferry::cli {

class Context;

// `ferry run FILE`.
int runRunCommand(Context &ctx, const QStringList &args);

// Stores `definition` as a new project, or updates the project of that name when the scope is
// unchanged (options and steps may change between runs; endpoints and objects may not once it
// started).
Result<ProjectRecord> storeProject(ProjectRepository &projects,
                                   const ProjectDefinition &definition);

} // namespace ferry::cli

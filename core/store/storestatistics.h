#pragma once

#include "common/error.h"

#include <memory>

namespace ferry {

class MetaStore;

// Headline numbers of the console's Overview. Any thread.
struct StoreStatistics
{
    int migrationProjects = 0;
    int synchronizationProjects = 0;
    int dataSources = 0;

    static Result<StoreStatistics> read(const MetaStore &store);
};

} // namespace ferry

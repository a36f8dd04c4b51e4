#include "projectdefaults.h"

#include <mutex>

namespace ferry::projectdefaults {

namespace {
std::mutex mutex;
ProjectDefaults installed;
} // namespace

ProjectDefaults current()
{
    std::lock_guard lock(mutex);
    return installed;
}

void install(const ProjectDefaults &defaults)
{
    std::lock_guard lock(mutex);
    installed = defaults;
}

} // namespace ferry::projectdefaults

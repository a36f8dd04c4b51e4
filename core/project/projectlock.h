#pragma once

#include "common/error.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace ferry {

// Keeps two processes (two terminals, a terminal and the console) from running or removing
// the same project at once: a lock file beside the store, released by the OS if the holder
// dies. Hold it for as long as the run lasts.
class ProjectLock
{
public:
    static Result<std::unique_ptr<ProjectLock>> acquire(const QString &storePath,
                                                        const QString &projectName);
    // Whether another process holds the lock now.
    static bool isHeld(const QString &storePath, const QString &projectName);

private:
    explicit ProjectLock(const QString &path)
        : m_file(path)
    { }
    QLockFile m_file;
};

} // namespace ferry

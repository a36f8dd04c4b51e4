#pragma once

#include <QtGlobal>

namespace ferry {

// What a new project takes where its file (or the wizard) does not say, and what a
// verification takes where the project's "verify" does not: the system parameters project.*
// and verify.* (core/admin/parameters.h, `ferry config`), installed by the console and the
// command line once the store is open. Without a store: the built-in values below.
struct ProjectDefaults
{
    int concurrency = 4;
    qint64 chunkRows = 50000;
    qint64 rowsPerSecond = 0;
    qint64 bytesPerSecond = 0;
    qint64 verifySliceRows = 50000;
    int verifyRecheckRounds = 2;
};

namespace projectdefaults {
ProjectDefaults current(); // thread-safe
void install(const ProjectDefaults &defaults);
} // namespace projectdefaults

} // namespace ferry

#pragma once

#include "engines/bulkwriter.h"

namespace ferry {

enum class NonEmptyPolicy { Stop, Ignore, Truncate };
enum class IndexTiming { WithSchema, AfterFull, Skip };

// How a project's schema and full steps move its tables (the project file's "options").
struct MigrationOptions
{
    int concurrency = 4;
    qint64 rowsPerSecond = 0;
    qint64 bytesPerSecond = 0;
    NonEmptyPolicy nonEmptyTarget = NonEmptyPolicy::Stop;
    IndexTiming indexes = IndexTiming::AfterFull;
    ZeroDatePolicy zeroDates = ZeroDatePolicy::Reject;
    qint64 chunkRows = 50000;
};

} // namespace ferry

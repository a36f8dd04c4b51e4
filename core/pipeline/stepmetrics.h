#pragma once

#include <QtGlobal>

#include <atomic>

namespace ferry {

// Counters a run's steps add to while they work; read by whoever reports the run (rates,
// /metrics later). Shared by every step of a run; any thread.
struct StepMetrics
{
    std::atomic<qint64> rows {0};
    std::atomic<qint64> bytes {0};
    std::atomic<qint64> skipped {0};
};

} // namespace ferry

#pragma once

#include "common/canceltoken.h"

#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <thread>

namespace ferry {

// The wait before retry `attempt` (0, 1, …) of a lost connection: 1 s doubling to 30 s.
inline qint64 backoffMs(int attempt)
{
    return std::min<qint64>(30000, 1000LL << std::min(attempt, 5));
}

// Sleeps `ms` in 100 ms steps; false as soon as `cancel` is set.
inline bool sleepUnlessCancelled(const CancelToken &cancel, qint64 ms)
{
    for (qint64 waited = 0; waited < ms; waited += 100) {
        if (cancel.isCancelled())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return !cancel.isCancelled();
}

} // namespace ferry

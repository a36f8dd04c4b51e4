#pragma once

#include "canceltoken.h"

#include <chrono>
#include <cstdint>
#include <mutex>

namespace ferry {

// Token bucket on rows and bytes per second, shared by every worker of one run. acquire()
// blocks the calling worker thread until its batch fits the budget. A limit of 0 means none.
// Thread-safe.
class Throttle
{
public:
    Throttle(std::int64_t rowsPerSecond, std::int64_t bytesPerSecond);

    bool isLimited() const { return m_rowsPerSecond > 0 || m_bytesPerSecond > 0; }

    // Blocks until `rows` and `bytes` may pass; returns false if cancelled while waiting.
    bool acquire(std::int64_t rows, std::int64_t bytes, const CancelToken &cancel);

private:
    using Clock = std::chrono::steady_clock;
    void refill(Clock::time_point now);

    const std::int64_t m_rowsPerSecond;
    const std::int64_t m_bytesPerSecond;
    std::mutex m_mutex;
    double m_rowTokens;
    double m_byteTokens;
    Clock::time_point m_last;
};

} // namespace ferry

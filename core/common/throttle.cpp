#include "throttle.h"

#include <algorithm>
#include <thread>

namespace ferry {

// The bucket holds at most one second of budget, so a long idle period does not allow a
// burst above the configured rate.
Throttle::Throttle(std::int64_t rowsPerSecond, std::int64_t bytesPerSecond)
    : m_rowsPerSecond(std::max<std::int64_t>(0, rowsPerSecond))
    , m_bytesPerSecond(std::max<std::int64_t>(0, bytesPerSecond))
    , m_rowTokens(0)
    , m_byteTokens(0)
    , m_last(Clock::now())
{ }

void Throttle::refill(Clock::time_point now)
{
    const double seconds = std::chrono::duration<double>(now - m_last).count();
    m_last = now;
    if (m_rowsPerSecond > 0)
        m_rowTokens = std::min<double>(double(m_rowsPerSecond),
                                       m_rowTokens + seconds * double(m_rowsPerSecond));
    if (m_bytesPerSecond > 0)
        m_byteTokens = std::min<double>(double(m_bytesPerSecond),
                                        m_byteTokens + seconds * double(m_bytesPerSecond));
}

bool Throttle::acquire(std::int64_t rows, std::int64_t bytes, const CancelToken &cancel)
{
    if (!isLimited())
        return !cancel.isCancelled();
    // Debt is allowed: a batch larger than one second of budget passes once the bucket is
    // full and leaves the bucket negative, so the long-run rate still matches the limit.
    for (;;) {
        if (cancel.isCancelled())
            return false;
        double waitSeconds = 0;
        {
            std::lock_guard lock(m_mutex);
            refill(Clock::now());
            const bool rowsOk = m_rowsPerSecond == 0
                || m_rowTokens >= std::min<double>(double(rows), double(m_rowsPerSecond));
            const bool bytesOk = m_bytesPerSecond == 0
                || m_byteTokens >= std::min<double>(double(bytes), double(m_bytesPerSecond));
            if (rowsOk && bytesOk) {
                if (m_rowsPerSecond > 0)
                    m_rowTokens -= double(rows);
                if (m_bytesPerSecond > 0)
                    m_byteTokens -= double(bytes);
                return true;
            }
            if (!rowsOk)
                waitSeconds =
                    std::max(waitSeconds,
                             (std::min<double>(double(rows), double(m_rowsPerSecond)) - m_rowTokens)
                                 / double(m_rowsPerSecond));
            if (!bytesOk)
                waitSeconds = std::max(
                    waitSeconds,
                    (std::min<double>(double(bytes), double(m_bytesPerSecond)) - m_byteTokens)
                        / double(m_bytesPerSecond));
        }
        // Sleep in short slices so cancellation stays prompt.
        const double slice = std::clamp(waitSeconds, 0.001, 0.05);
        std::this_thread::sleep_for(std::chrono::duration<double>(slice));
    }
}

} // namespace ferry

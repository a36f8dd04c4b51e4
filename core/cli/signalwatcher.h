#pragma once

#include "common/canceltoken.h"

#include <QString>

#include <atomic>
#include <csignal>
#include <thread>

namespace ferry {
class RunObserver;
}

namespace ferry::cli {

// Turns SIGINT/SIGTERM into a cancellation of a headless command while it lives (a signal
// handler may not take the locks cancel() takes, so a thread polls what the handler stored).
// Installs its handlers on construction and restores the previous ones on destruction.
// One at a time; created and destroyed on the command's thread.
class SignalWatcher
{
public:
    // `observer` (may be null) is told the signal arrived, as a warning.
    SignalWatcher(CancelToken cancel, RunObserver *observer);
    ~SignalWatcher();
    SignalWatcher(const SignalWatcher &) = delete;
    SignalWatcher &operator=(const SignalWatcher &) = delete;

    // The signal received, 0 if none.
    int signal() const;

    // "SIGINT" or "SIGTERM".
    static QString name(int signal);

private:
    std::atomic<bool> m_done {false};
    std::thread m_thread;
    struct sigaction m_oldInt
    {
    };
    struct sigaction m_oldTerm
    {
    };
};

} // namespace ferry::cli

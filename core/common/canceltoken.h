#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace ferry {

// Cooperative cancellation shared by a run and its workers. Any thread may cancel or poll.
// Workers poll isCancelled() between chunks; a worker blocked in a long statement registers
// an interrupt (KILL QUERY, PQcancel) that cancel() calls once.
class CancelToken
{
public:
    CancelToken()
        : m_state(std::make_shared<State>())
    { }

    void cancel() const;
    bool isCancelled() const { return m_state->cancelled.load(std::memory_order_acquire); }

    // Registers an interrupt; returns an id for removeInterrupt(). If the token is already
    // cancelled the interrupt runs at once.
    int addInterrupt(std::function<void()> interrupt) const;
    void removeInterrupt(int id) const;

private:
    struct State
    {
        std::atomic_bool cancelled {false};
        std::mutex mutex;
        int nextId = 1;
        std::vector<std::pair<int, std::function<void()>>> interrupts;
    };
    std::shared_ptr<State> m_state;
};

// Removes its interrupt when it goes out of scope.
class ScopedInterrupt
{
public:
    ScopedInterrupt(const CancelToken &token, std::function<void()> interrupt)
        : m_token(token)
        , m_id(token.addInterrupt(std::move(interrupt)))
    { }
    ~ScopedInterrupt() { m_token.removeInterrupt(m_id); }
    ScopedInterrupt(const ScopedInterrupt &) = delete;
    ScopedInterrupt &operator=(const ScopedInterrupt &) = delete;

private:
    CancelToken m_token;
    int m_id;
};

} // namespace ferry

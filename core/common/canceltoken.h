#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ferry {

// Cooperative cancellation shared by a run and its workers. Any thread may cancel or poll.
// Workers poll isCancelled() between chunks; a worker blocked in a long statement registers
// an interrupt (KILL QUERY, PQcancel) that runs once after cancel().
//
// cancel() never blocks its caller (it may be the UI thread): it sets the flag and hands the
// interrupts to the token's helper thread, because an interrupt may open a connection to the
// server. removeInterrupt() waits while its interrupt runs, so an interrupt never outlives the
// objects it captured when it is removed before they are destroyed (ScopedInterrupt does that).
class CancelToken
{
public:
    CancelToken()
        : m_state(std::make_shared<State>())
    { }

    void cancel() const;
    // True once this token or one of the tokens it is a child() of was cancelled.
    bool isCancelled() const
    {
        for (const State *s = m_state.get(); s; s = s->parent.get())
            if (s->cancelled.load(std::memory_order_acquire))
                return true;
        return false;
    }
    // A token that reads as cancelled as soon as this one is (isCancelled() sees it at once,
    // not after the helper thread ran), and that can also be cancelled alone. Its interrupts run
    // on its own cancel(); link them to this token's with an interrupt where they must run on
    // this one's too (StepRunner does).
    CancelToken child() const
    {
        CancelToken token;
        token.m_state->parent = m_state;
        return token;
    }

    // Registers an interrupt; returns an id for removeInterrupt(). If the token is already
    // cancelled the interrupt is queued to the helper thread at once.
    int addInterrupt(std::function<void()> interrupt) const;
    // After it returns the interrupt is not running and never will. Called from inside the
    // interrupt itself, it does not wait for itself.
    void removeInterrupt(int id) const;

private:
    // What the helper thread shares with the tokens. The helper keeps it alive on its own, so
    // the last token may even be dropped by one of its interrupts on the helper thread.
    struct Interrupts
    {
        struct Entry
        {
            int id;
            std::function<void()> interrupt;
            bool queued = false; // handed to the helper (each interrupt runs at most once)
        };
        void queueLocked(Entry &entry, const std::shared_ptr<Interrupts> &self);
        void helperLoop();

        std::mutex mutex;
        std::condition_variable changed;
        int nextId = 1;
        std::vector<Entry> entries;
        std::vector<int> pending; // ids the helper has still to run, in order
        int running = 0; // id the helper runs now, 0 when idle
        bool stopping = false;
        std::thread helper;
    };
    struct State
    {
        ~State();
        std::atomic_bool cancelled {false};
        std::shared_ptr<const State> parent;
        std::shared_ptr<Interrupts> interrupts = std::make_shared<Interrupts>();
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

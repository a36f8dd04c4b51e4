#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace ferry {

// The work items a pool's threads share. An item may add more while it runs (a planner adds the
// chunks it cuts as it cuts them), so the queue ends only when it is empty *and* no taken item
// is still running — or when stop() ends it early (cancel, a lost server). Any thread.
template<typename T>
class WorkQueue
{
public:
    void push(T item)
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_items.push_back(std::move(item));
        m_changed.notify_one();
    }

    // The next item, or std::nullopt at the end. Every item taken must be finished with done().
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || !m_items.empty() || m_running == 0; });
        if (m_stopped || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        ++m_running;
        return item;
    }

    void done()
    {
        std::lock_guard lock(m_mutex);
        if (--m_running == 0 && m_items.empty())
            m_changed.notify_all(); // the end: wake every waiting taker
    }

    // Takes items until the end, calling `work` on each and done() after it. `work` returns
    // false to end the queue for everyone (a cancel, a fatal error).
    template<typename Work>
    void forEach(Work &&work)
    {
        while (auto item = take()) {
            const bool more = work(*item);
            done();
            if (!more) {
                stop();
                return;
            }
        }
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_changed.notify_all();
    }

    size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    int m_running = 0;
    bool m_stopped = false;
};

// A step's worker threads: `threads` QThreads named "<name>-N" each running body(N). The
// owner waits with wait(), which calls its tick (progress sampling) at a fixed interval and
// returns the moment the last thread returns — no polling for the end. The destructor waits
// too. The full copy and the verifier both run on it.
class WorkerPool
{
public:
    WorkerPool(const QString &name, int threads, std::function<void(int)> body);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    // Calls tick(false) every `interval` while any thread runs, and tick(true) once at the end.
    void wait(std::chrono::milliseconds interval, const std::function<void(bool last)> &tick);
    void wait()
    {
        wait(std::chrono::milliseconds(1000), [](bool) {});
    }

private:
    std::vector<QThread *> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    int m_running = 0;
};

} // namespace ferry

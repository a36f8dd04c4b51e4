#include "canceltoken.h"

#include <algorithm>

namespace ferry {

CancelToken::State::~State()
{
    std::thread helper;
    {
        std::lock_guard lock(interrupts->mutex);
        interrupts->stopping = true;
        interrupts->pending.clear();
        helper = std::move(interrupts->helper);
    }
    interrupts->changed.notify_all();
    if (!helper.joinable())
        return;
    // The last copy of a token can be dropped by one of its own interrupts, on the helper.
    if (helper.get_id() == std::this_thread::get_id())
        helper.detach();
    else
        helper.join();
}

void CancelToken::Interrupts::queueLocked(Entry &entry, const std::shared_ptr<Interrupts> &self)
{
    if (entry.queued || stopping)
        return;
    entry.queued = true;
    pending.push_back(entry.id);
    if (!helper.joinable())
        helper = std::thread([self] { self->helperLoop(); });
    changed.notify_all();
}

// Runs the queued interrupts one after another, outside the lock, until the token dies.
void CancelToken::Interrupts::helperLoop()
{
    std::unique_lock lock(mutex);
    for (;;) {
        changed.wait(lock, [this] { return stopping || !pending.empty(); });
        if (stopping)
            return;
        const int id = pending.front();
        pending.erase(pending.begin());
        auto entry = std::find_if(entries.begin(), entries.end(),
                                  [id](const Entry &e) { return e.id == id; });
        if (entry == entries.end())
            continue; // removed meanwhile
        // A copy: removeInterrupt() may erase the entry while it runs (it then waits for us).
        std::function<void()> interrupt = entry->interrupt;
        running = id;
        lock.unlock();
        interrupt();
        interrupt = nullptr; // release its captures before anyone is told it has finished
        lock.lock();
        running = 0;
        changed.notify_all();
    }
}

void CancelToken::cancel() const
{
    if (m_state->cancelled.exchange(true, std::memory_order_acq_rel))
        return;
    const auto &shared = m_state->interrupts;
    std::lock_guard lock(shared->mutex);
    for (Interrupts::Entry &entry : shared->entries)
        shared->queueLocked(entry, shared);
}

int CancelToken::addInterrupt(std::function<void()> interrupt) const
{
    const auto &shared = m_state->interrupts;
    std::lock_guard lock(shared->mutex);
    const int id = shared->nextId++;
    shared->entries.push_back({id, std::move(interrupt)});
    // Read under the lock: cancel() sets the flag before it takes the lock, so either it sees
    // this interrupt or this sees the flag (or both: `queued` keeps it to one run).
    if (isCancelled())
        shared->queueLocked(shared->entries.back(), shared);
    return id;
}

void CancelToken::removeInterrupt(int id) const
{
    const auto &shared = m_state->interrupts;
    std::unique_lock lock(shared->mutex);
    std::erase_if(shared->entries, [id](const Interrupts::Entry &e) { return e.id == id; });
    std::erase(shared->pending, id);
    if (shared->helper.joinable() && shared->helper.get_id() == std::this_thread::get_id())
        return; // called by an interrupt on the helper: it cannot wait for itself
    shared->changed.wait(lock, [&shared, id] { return shared->running != id; });
}

} // namespace ferry

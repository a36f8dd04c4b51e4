#include "canceltoken.h"

namespace ferry {

void CancelToken::cancel() const
{
    if (m_state->cancelled.exchange(true))
        return;
    std::vector<std::pair<int, std::function<void()>>> interrupts;
    {
        std::lock_guard lock(m_state->mutex);
        interrupts = m_state->interrupts;
    }
    for (auto &entry : interrupts)
        entry.second();
}

int CancelToken::addInterrupt(std::function<void()> interrupt) const
{
    int id = 0;
    {
        std::lock_guard lock(m_state->mutex);
        id = m_state->nextId++;
        m_state->interrupts.emplace_back(id, interrupt);
    }
    if (isCancelled())
        interrupt();
    return id;
}

void CancelToken::removeInterrupt(int id) const
{
    std::lock_guard lock(m_state->mutex);
    std::erase_if(m_state->interrupts, [id](const auto &entry) { return entry.first == id; });
}

} // namespace ferry

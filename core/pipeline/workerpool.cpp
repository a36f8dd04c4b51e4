#include "workerpool.h"

#include <QThread>

namespace ferry {

WorkerPool::WorkerPool(const QString &name, int threads, std::function<void(int)> body)
{
    m_running = threads;
    for (int i = 0; i < threads; ++i) {
        QThread *thread = QThread::create([this, i, body] {
            body(i);
            std::lock_guard lock(m_mutex);
            if (--m_running == 0)
                m_finished.notify_all();
        });
        thread->setObjectName(QStringLiteral("%1-%2").arg(name).arg(i));
        m_threads.push_back(thread);
    }
    for (QThread *thread : m_threads)
        thread->start();
}

WorkerPool::~WorkerPool()
{
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void WorkerPool::wait(std::chrono::milliseconds interval,
                      const std::function<void(bool last)> &tick)
{
    for (;;) {
        bool finished;
        {
            std::unique_lock lock(m_mutex);
            finished = m_finished.wait_for(lock, interval, [&] { return m_running == 0; });
        }
        tick(finished);
        if (finished)
            break;
    }
    for (QThread *thread : m_threads)
        thread->wait();
}

} // namespace ferry

#include "signalwatcher.h"

#include "pipeline/runprogress.h"

using namespace Qt::StringLiterals;

namespace ferry::cli {

namespace {

std::atomic<int> g_stopSignal {0};

extern "C" void onStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

} // namespace

SignalWatcher::SignalWatcher(CancelToken cancel, RunObserver *observer)
{
    g_stopSignal = 0;
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
    m_thread = std::thread([this, cancel, observer] {
        while (!m_done.load()) {
            if (const int s = g_stopSignal.load()) {
                if (observer)
                    observer->message(
                        u"warning"_s,
                        u"%1 received: stopping at the next checkpoint…"_s.arg(name(s)));
                cancel.cancel();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
}

SignalWatcher::~SignalWatcher()
{
    m_done = true;
    m_thread.join();
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
}

int SignalWatcher::signal() const
{
    return g_stopSignal.load();
}

QString SignalWatcher::name(int signal)
{
    return signal == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s;
}

} // namespace ferry::cli

// CancelToken: cancel() never blocks its caller, interrupts run once on the token's helper
// thread, and a removed interrupt is neither running nor ever run afterwards.
#include "common/canceltoken.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace ferry;
using namespace std::chrono_literals;

namespace {

// Polls `done` for up to `ms`; the interrupts run on another thread.
template<typename F>
bool waitFor(F done, int ms = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

} // namespace

class TestCancelToken : public QObject
{
    Q_OBJECT

private slots:
    void cancelReturnsWhileAnInterruptSleeps()
    {
        CancelToken c;
        std::atomic_bool started {false};
        std::atomic_bool release {false};
        std::atomic_bool finished {false};
        // A KILL QUERY waiting for its connection: it goes on only once the test releases it
        // (or after 10 s, so that a cancel() that waited for it returns and the test fails).
        ScopedInterrupt slow(c, [&] {
            started = true;
            waitFor([&] { return release.load(); }, 10000);
            finished = true;
        });
        c.cancel();
        QVERIFY(c.isCancelled());
        QVERIFY(!finished.load());
        QVERIFY(waitFor([&] { return started.load(); }));
        release = true;
        QVERIFY(waitFor([&] { return finished.load(); }));
    }

    void interruptRunsOnceOnTheHelper()
    {
        CancelToken c;
        std::atomic_int calls {0};
        std::thread::id ranOn;
        ScopedInterrupt i(c, [&] {
            ranOn = std::this_thread::get_id();
            ++calls;
        });
        c.cancel();
        c.cancel();
        QVERIFY(waitFor([&] { return calls.load() == 1; }));
        std::this_thread::sleep_for(50ms);
        QCOMPARE(calls.load(), 1);
        QVERIFY(ranOn != std::this_thread::get_id());
    }

    void removeWaitsForARunningInterrupt()
    {
        CancelToken c;
        std::atomic_bool started {false};
        std::atomic_bool finished {false};
        const int id = c.addInterrupt([&] {
            started = true;
            std::this_thread::sleep_for(300ms);
            finished = true;
        });
        c.cancel();
        QVERIFY(waitFor([&] { return started.load(); }));
        c.removeInterrupt(id);
        QVERIFY(finished.load()); // the captures may now be destroyed
    }

    void removedInterruptNeverRuns()
    {
        CancelToken c;
        std::atomic_bool blockerStarted {false};
        std::atomic_bool release {false};
        std::atomic_int removedCalls {0};
        // The helper runs interrupts in order: the first holds it while the second is removed.
        ScopedInterrupt blocker(c, [&] {
            blockerStarted = true;
            while (!release.load())
                std::this_thread::sleep_for(1ms);
        });
        {
            auto captured = std::make_unique<int>(7);
            ScopedInterrupt removed(c, [&removedCalls, p = captured.get()] {
                removedCalls += *p; // would read freed memory after its scope
            });
            c.cancel();
            QVERIFY(waitFor([&] { return blockerStarted.load(); }));
        } // removed, queued but not yet run
        release = true;
        std::this_thread::sleep_for(100ms);
        QCOMPARE(removedCalls.load(), 0);
        // Never registered before cancel and removed before cancel: never runs either.
        CancelToken d;
        {
            ScopedInterrupt gone(d, [&] { ++removedCalls; });
        }
        d.cancel();
        std::this_thread::sleep_for(50ms);
        QCOMPARE(removedCalls.load(), 0);
    }

    void interruptAddedAfterCancelRunsOnTheHelper()
    {
        CancelToken c;
        c.cancel();
        std::promise<std::thread::id> ranOn;
        auto future = ranOn.get_future();
        std::atomic_bool release {false};
        // Registering does not wait for the interrupt, which goes on only once released (or
        // after 10 s, so that a registration that waited for it shows as a failure below).
        ScopedInterrupt late(c, [&] {
            waitFor([&] { return release.load(); }, 10000);
            ranOn.set_value(std::this_thread::get_id());
        });
        QCOMPARE(future.wait_for(0s), std::future_status::timeout);
        release = true;
        QCOMPARE(future.wait_for(5s), std::future_status::ready);
        QVERIFY(future.get() != std::this_thread::get_id());
    }

    void interruptMayRemoveItselfAndDropTheLastToken()
    {
        std::atomic_bool ran {false};
        {
            auto token = std::make_unique<CancelToken>();
            auto id = std::make_shared<int>(0);
            // The interrupt holds the only other copy of its own token and removes itself.
            CancelToken copy = *token;
            *id = token->addInterrupt([copy, id, &ran]() mutable {
                copy.removeInterrupt(*id);
                ran = true;
            });
            token->cancel();
            QVERIFY(waitFor([&] { return ran.load(); }));
        }
        QVERIFY(ran.load());
    }

    // A child reads as cancelled the moment its parent is (no helper thread in between), and
    // can be cancelled alone without touching the parent.
    void childSeesItsParentAtOnce()
    {
        CancelToken parent;
        const CancelToken child = parent.child();
        const CancelToken grandchild = child.child();
        QVERIFY(!child.isCancelled());
        parent.cancel();
        QVERIFY(child.isCancelled());
        QVERIFY(grandchild.isCancelled());

        CancelToken run;
        const CancelToken step = run.child();
        step.cancel();
        QVERIFY(step.isCancelled());
        QVERIFY(!run.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestCancelToken)
#include "tst_canceltoken.moc"

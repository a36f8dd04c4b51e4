#include "pipeline/workerpool.h"

#include <QtTest>

#include <atomic>
#include <set>

using namespace ferry;

class TestWorkerPool : public QObject
{
    Q_OBJECT

private slots:
    // Items that add items (a key walk queueing the chunks it cuts): the queue ends only when
    // it is empty and nothing taken still runs, and every item is taken exactly once.
    void itemsAddedWhileRunningAreAllTaken()
    {
        WorkQueue<int> queue;
        queue.push(0); // the "walk": adds 1..200, slowly
        std::mutex mutex;
        std::multiset<int> taken;
        {
            WorkerPool pool(QStringLiteral("test"), 4, [&](int) {
                while (auto item = queue.take()) {
                    if (*item == 0)
                        for (int i = 1; i <= 200; ++i) {
                            queue.push(i);
                            if (i % 50 == 0)
                                QThread::msleep(5); // the others run dry meanwhile
                        }
                    {
                        std::lock_guard lock(mutex);
                        taken.insert(*item);
                    }
                    queue.done();
                }
            });
            pool.wait();
        }
        std::multiset<int> expected;
        for (int i = 0; i <= 200; ++i)
            expected.insert(i);
        QCOMPARE(taken, expected);
    }

    void stopEndsEveryTaker()
    {
        WorkQueue<int> queue;
        for (int i = 0; i < 100; ++i)
            queue.push(i);
        std::atomic<int> done {0};
        WorkerPool pool(QStringLiteral("test"), 3, [&](int) {
            queue.forEach([&](int item) {
                ++done;
                return item != 10; // false ends the queue for every worker
            });
        });
        pool.wait();
        QVERIFY(done.load() < 100);
        QCOMPARE(queue.size(), size_t(0));
        queue.push(7); // a stopped queue takes nothing more
        QCOMPARE(queue.size(), size_t(0));
    }

    // The owner ticks while the threads run and once at the end, and returns when the last
    // thread does.
    void waitTicksAndEndsWithTheLastThread()
    {
        std::atomic<bool> release {false};
        WorkerPool pool(QStringLiteral("test"), 2, [&](int) {
            while (!release.load())
                QThread::msleep(1);
        });
        QStringList ticks;
        int n = 0;
        pool.wait(std::chrono::milliseconds(10), [&](bool last) {
            ticks << (last ? QStringLiteral("last") : QStringLiteral("tick"));
            if (++n == 3)
                release = true;
        });
        QVERIFY(ticks.size() >= 4);
        QCOMPARE(ticks.last(), QStringLiteral("last"));
        QCOMPARE(ticks.count(QStringLiteral("last")), 1);
    }

    void noThreadsTicksOnce()
    {
        WorkerPool pool(QStringLiteral("test"), 0, [](int) {});
        QStringList ticks;
        pool.wait(std::chrono::milliseconds(10), [&](bool last) {
            ticks << (last ? QStringLiteral("last") : QStringLiteral("tick"));
        });
        QCOMPARE(ticks, QStringList {QStringLiteral("last")});
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"

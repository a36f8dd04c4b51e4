// The bounded queue between a reader and a writer thread: FIFO order, back-pressure at the
// capacity, and close() waking whichever side waits. Real threads; nothing is timed: a wake-up
// that never comes hangs the test until ctest's timeout fails it.
#include "pipeline/boundedqueue.h"

#include <QtTest>

#include <atomic>
#include <future>
#include <memory>
#include <thread>
#include <vector>

using namespace ferry;

class TestBoundedQueue : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrderAcrossThreads_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("items");
        QTest::newRow("capacity 1") << 1 << 500;
        QTest::newRow("capacity 3") << 3 << 1000;
        QTest::newRow("capacity above the item count") << 100 << 50;
    }

    void keepsOrderAcrossThreads()
    {
        QFETCH(int, capacity);
        QFETCH(int, items);
        BoundedQueue<int> queue {size_t(capacity)};
        std::thread producer([&] {
            for (int i = 0; i < items; ++i)
                queue.push(i);
            queue.close();
        });
        std::vector<int> received;
        while (std::optional<int> item = queue.pop())
            received.push_back(*item);
        producer.join();
        std::vector<int> expected(static_cast<size_t>(items));
        for (int i = 0; i < items; ++i)
            expected[size_t(i)] = i;
        QCOMPARE(received, expected);
    }

    // The producer never gets more than `capacity` items ahead of the consumer: after the
    // consumer took k items, at most k + capacity pushes have returned.
    void producerStaysWithinCapacity_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("5") << 5;
    }

    void producerStaysWithinCapacity()
    {
        QFETCH(int, capacity);
        const int items = 200;
        BoundedQueue<int> queue {size_t(capacity)};
        std::atomic<int> pushed {0};
        std::atomic<bool> refused {false};
        std::thread producer([&] {
            for (int i = 0; i < items; ++i) {
                if (!queue.push(i))
                    refused = true;
                pushed.fetch_add(1);
            }
        });
        int popped = 0;
        int maxAhead = 0;
        while (popped < items) {
            // Give the producer every chance to overrun the capacity before the next pop.
            for (int spin = 0; spin < 5; ++spin)
                std::this_thread::yield();
            maxAhead = std::max(maxAhead, pushed.load() - popped);
            const std::optional<int> item = queue.pop();
            QVERIFY(item);
            QCOMPARE(*item, popped);
            ++popped;
        }
        producer.join();
        QVERIFY(!refused.load());
        QVERIFY2(maxAhead <= capacity, qPrintable(QStringLiteral("%1 items ahead").arg(maxAhead)));
        QCOMPARE(pushed.load(), items);
    }

    void pushWaitsForRoomThenSucceeds()
    {
        BoundedQueue<int> queue(2);
        QVERIFY(queue.push(1));
        QVERIFY(queue.push(2));
        std::promise<void> entered;
        std::atomic<bool> returned {false};
        std::atomic<bool> accepted {false};
        std::thread producer([&] {
            entered.set_value();
            accepted = queue.push(3); // full: waits for the pop below
            returned = true;
        });
        entered.get_future().wait();
        for (int spin = 0; spin < 100; ++spin)
            std::this_thread::yield();
        QVERIFY2(!returned.load(), "push() returned while the queue was full");
        QCOMPARE(queue.pop(), std::optional<int>(1));
        producer.join();
        QVERIFY(accepted.load());
        QCOMPARE(queue.pop(), std::optional<int>(2));
        QCOMPARE(queue.pop(), std::optional<int>(3));
    }

    void closeWakesWaitingConsumer()
    {
        BoundedQueue<int> queue(4);
        std::promise<void> entered;
        std::future<std::optional<int>> result = std::async(std::launch::async, [&] {
            entered.set_value();
            return queue.pop(); // empty: waits until close()
        });
        entered.get_future().wait();
        queue.close();
        QCOMPARE(result.get(), std::optional<int>());
    }

    void closeWakesWaitingProducer()
    {
        BoundedQueue<int> queue(1);
        QVERIFY(queue.push(1));
        std::promise<void> entered;
        std::future<bool> result = std::async(std::launch::async, [&] {
            entered.set_value();
            return queue.push(2); // full: waits until close(), then refuses
        });
        entered.get_future().wait();
        queue.close();
        QCOMPARE(result.get(), false);
        // What was queued before close() is still delivered, the refused item is not.
        QCOMPARE(queue.pop(), std::optional<int>(1));
        QCOMPARE(queue.pop(), std::optional<int>());
    }

    void closeWakesEveryWaiter()
    {
        BoundedQueue<int> queue(1);
        std::vector<std::future<std::optional<int>>> consumers;
        for (int i = 0; i < 4; ++i)
            consumers.push_back(std::async(std::launch::async, [&] { return queue.pop(); }));
        queue.close();
        for (auto &c : consumers)
            QCOMPARE(c.get(), std::optional<int>());
    }

    void closedQueueDrainsThenEnds()
    {
        BoundedQueue<int> queue(3);
        QVERIFY(queue.push(7));
        QVERIFY(queue.push(8));
        queue.close();
        QCOMPARE(queue.push(9), false);
        QCOMPARE(queue.pop(), std::optional<int>(7));
        QCOMPARE(queue.pop(), std::optional<int>(8));
        QCOMPARE(queue.pop(), std::optional<int>());
        QCOMPARE(queue.pop(), std::optional<int>());
    }

    void carriesMoveOnlyItems()
    {
        BoundedQueue<std::unique_ptr<int>> queue(2);
        QVERIFY(queue.push(std::make_unique<int>(5)));
        std::optional<std::unique_ptr<int>> item = queue.pop();
        QVERIFY(item && *item);
        QCOMPARE(**item, 5);
    }
};

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "tst_boundedqueue.moc"

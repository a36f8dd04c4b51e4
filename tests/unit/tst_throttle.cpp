// The token bucket: the long-run rate follows the limit; cancellation ends a wait.
#include "common/throttle.h"

#include <QElapsedTimer>
#include <QtTest>

#include <thread>

using namespace ferry;

class TestThrottle : public QObject
{
    Q_OBJECT

private slots:
    void unlimitedNeverWaits()
    {
        Throttle t(0, 0);
        QVERIFY(!t.isLimited());
        CancelToken c;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(t.acquire(100000, 1 << 20, c));
    }

    // Counts what passes in the window rather than timing it: 500 rows/s over ~1 s lets
    // through at most one second of budget plus the first bucket.
    void rowsPerSecondBoundsWhatPasses()
    {
        Throttle t(500, 0);
        CancelToken c;
        QElapsedTimer timer;
        timer.start();
        int passed = 0;
        while (timer.elapsed() < 1000) {
            QVERIFY(t.acquire(50, 0, c));
            passed += 50;
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        QVERIFY2(passed <= int(500 * seconds) + 100, qPrintable(QString::number(passed)));
        QVERIFY(passed >= 50);
    }

    void cancelEndsAWait()
    {
        Throttle t(1, 0);
        CancelToken c;
        QVERIFY(t.acquire(1, 0, c)); // leaves the bucket empty
        std::thread canceller([c] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            c.cancel();
        });
        QVERIFY(!t.acquire(1000, 0, c));
        canceller.join();
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"

// Resource measurement on this machine: values in plausible ranges, rates only once there is an
// interval, Ferry's own CPU time moving after busy work, Ferry's files counted on disk.
#include "monitor/hostresources.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <ctime>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestHostResources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(u"ferry.db"_s); }

    static void writeFile(const QString &path, qint64 size)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(QByteArray(size, 'x')), size);
    }

    // Keeps one core busy for `ms` milliseconds.
    // Burns `ms` of this process's CPU time (not wall time: on a loaded machine the same wall
    // time may hold much less CPU time).
    static double spin(int ms)
    {
        const std::clock_t until = std::clock() + std::clock_t(double(ms) * CLOCKS_PER_SEC / 1000);
        double x = 0;
        while (std::clock() < until)
            for (int i = 1; i < 10000; ++i)
                x += std::sqrt(double(i));
        return x;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifndef Q_OS_LINUX
        QSKIP("resource usage is measured from /proc on Linux only");
#endif
    }

    void firstSampleHasNoRatesButEverythingElse()
    {
        HostResources host(storePath());
        auto s = host.sample();
        QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
        QVERIFY(!s->hasRates());
        QCOMPARE(s->cpuBusyPercent, -1.0);
        QCOMPARE(s->ferryCpuPercent, -1.0);
        QCOMPARE(s->intervalMs, 0);
        QVERIFY(s->cores >= 1);
        QVERIFY(s->cores <= 4096);
        QVERIFY(s->cpuTicks >= 0);

        QVERIFY(s->memoryTotal > 64LL << 20);
        QVERIFY(s->memoryUsed > 0);
        QVERIFY(s->memoryUsed <= s->memoryTotal);
        QVERIFY(s->ferryMemory > 0);
        QVERIFY(s->ferryMemory <= s->memoryUsed);

        QVERIFY(s->diskTotal > 0);
        QVERIFY(s->diskUsed > 0);
        QVERIFY(s->diskUsed <= s->diskTotal);
        QCOMPARE(s->ferryDisk, 0); // nothing beside the store yet
    }

    void busyWorkMovesCpuTime()
    {
        HostResources host(storePath());
        auto first = host.sample();
        QVERIFY(first);
        QVERIFY(spin(400) > 0);
        auto second = host.sample();
        QVERIFY2(second, qPrintable(second ? QString() : second.error().text()));
        QVERIFY(second->hasRates());
        QVERIFY(second->intervalMs >= 400);
        // 0.4 s of this process's CPU time, in clock ticks (100 per second on Linux): allow for
        // the scheduler's accounting granularity.
        const qint64 ticks = second->cpuTicks - first->cpuTicks;
        QVERIFY2(ticks >= 30, qPrintable(QString::number(ticks)));
        QVERIFY(second->cpuBusyPercent > 0);
        QVERIFY(second->cpuBusyPercent <= 100);
        QVERIFY(second->ferryCpuPercent > 0);
        // The two files are read a moment apart: allow a little skew.
        QVERIFY(second->ferryCpuPercent <= second->cpuBusyPercent + 5);
        // One busy thread: at most one core's share of the machine (plus rounding) ...
        const double oneCore = 100.0 / second->cores;
        QVERIFY2(second->ferryCpuPercent <= oneCore * 1.15 + 1,
                 qPrintable(QString::number(second->ferryCpuPercent)));
        // ... and exactly this process's ticks over all cores' ticks of the interval, whatever
        // else the machine was doing (a few ticks of skew between the files and the clock).
        const double allTicks = double(second->cores) * double(second->intervalMs) / 10.0;
        const double expected = 100.0 * double(ticks) / allTicks;
        const double skew = 100.0 * 4.0 / allTicks + 1.0;
        QVERIFY2(
            std::abs(second->ferryCpuPercent - expected) <= skew,
            qPrintable(
                u"%1 %, expected %2 ± %3"_s.arg(second->ferryCpuPercent).arg(expected).arg(skew)));
    }

    void resetStartsANewInterval()
    {
        HostResources host(storePath());
        QVERIFY(host.sample());
        QVERIFY(spin(50) > 0);
        host.reset();
        auto s = host.sample();
        QVERIFY(s);
        QVERIFY(!s->hasRates());
    }

    void ferryFilesAreTheStoreVaultAndLogs()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"ferry.db"_s);
        writeFile(store, 4096);
        writeFile(store + u"-wal"_s, 1000);
        writeFile(store + u".vault"_s, 300);
        QVERIFY(QDir(dir.path()).mkpath(u"logs/old"_s));
        writeFile(dir.filePath(u"logs/ferry.log"_s), 2000);
        writeFile(dir.filePath(u"logs/old/ferry.log.1"_s), 500);
        writeFile(dir.filePath(u"unrelated.txt"_s), 7777);

        QStringList files = HostResources::ferryFiles(store);
        files.sort();
        QStringList expected = {store, store + u"-wal"_s, store + u".vault"_s,
                                dir.filePath(u"logs/ferry.log"_s),
                                dir.filePath(u"logs/old/ferry.log.1"_s)};
        expected.sort();
        QCOMPARE(files, expected);

        HostResources host(store);
        auto s = host.sample();
        QVERIFY(s);
        QCOMPARE(s->ferryDisk, 4096 + 1000 + 300 + 2000 + 500);
    }

    void aStoreFolderThatDoesNotExistYetMeasuresItsParent()
    {
        HostResources host(m_dir.filePath(u"not/yet/there/ferry.db"_s));
        auto s = host.sample();
        QVERIFY(s);
        QVERIFY(s->diskTotal > 0);
        QCOMPARE(s->ferryDisk, 0);
    }

    // The sampler serializes calls: several threads sampling at once get consistent values.
    void concurrentCallsAreSafe()
    {
        HostResources host(storePath());
        QList<QThread *> threads;
        std::atomic<int> failures {0};
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&] {
                for (int i = 0; i < 20; ++i) {
                    auto s = host.sample();
                    if (!s || s->memoryUsed > s->memoryTotal || s->cpuBusyPercent > 100)
                        ++failures;
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostResources)
#include "tst_hostresources.moc"

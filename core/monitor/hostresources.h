#pragma once

#include "common/error.h"

#include <QString>

#include <mutex>

namespace ferry {

// One measurement of this machine and of the Ferry process. Sizes in bytes; percentages of the
// whole machine (every core), 0..100, or -1 while no rate is known yet (the first sample).
struct ResourceSample
{
    int cores = 0;
    double cpuBusyPercent = -1; // every process, over the interval since the previous sample
    double ferryCpuPercent = -1; // this process, over the same interval
    qint64 cpuTicks = 0; // this process's user + system time since it started, in clock ticks
    qint64 intervalMs = 0; // since the previous sample; 0 on the first

    qint64 memoryTotal = 0;
    qint64 memoryUsed = 0; // MemTotal - MemAvailable
    qint64 ferryMemory = 0; // this process's resident set

    qint64 diskTotal = 0; // the file system holding the store
    qint64 diskUsed = 0;
    qint64 ferryDisk = 0; // the store with its WAL, the vault and the logs

    bool hasRates() const { return cpuBusyPercent >= 0; }
};

// Measures this machine (Linux: /proc/stat, /proc/meminfo, /proc/self/stat, /proc/self/status,
// statvfs) and Ferry's own files beside `storePath`. Keeps the previous CPU reading to turn
// tick counters into rates. Blocks on file reads: call from a worker; one call at a time is
// serialized by a mutex, so any thread may call.
class HostResources
{
public:
    explicit HostResources(QString storePath);

    // A sample; rates cover the time since the previous call (none on the first call or after
    // reset()). Fails with Code::Unsupported where /proc is missing, Code::Io when unreadable.
    Result<ResourceSample> sample();
    // Forgets the previous reading: the next sample starts a new interval.
    void reset();

    // The files counted as Ferry's on disk for a store at `storePath`.
    static QStringList ferryFiles(const QString &storePath);

private:
    struct CpuReading
    {
        qint64 total = 0; // all cores, all states, in clock ticks
        qint64 idle = 0; // idle + iowait
        qint64 process = 0; // this process: utime + stime
        qint64 atMs = 0;
    };

    const QString m_storePath;
    std::mutex m_mutex;
    CpuReading m_previous;
    bool m_hasPrevious = false;
};

} // namespace ferry

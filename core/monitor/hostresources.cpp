#include "hostresources.h"

#include "common/language.h"
#include "common/paths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#endif

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

Result<QByteArray> readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(
            Error::Code::Unsupported,
            Text::tr("%1 does not exist: resource usage is measured on Linux only").arg(path), {},
            path);
    // /proc files report size 0: readAll() reads until the end.
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, Text::tr("cannot read %1: %2").arg(path, file.errorString()),
                    {}, path);
    return file.readAll();
}

// "MemTotal:  16314220 kB" -> bytes, from /proc/meminfo or /proc/self/status.
qint64 kilobyteField(const QByteArray &text, QByteArrayView key)
{
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(key) || line.size() <= key.size() || line[key.size()] != ':')
            continue;
        const QList<QByteArray> parts = line.mid(key.size() + 1).simplified().split(' ');
        return parts.isEmpty() ? 0 : parts.first().toLongLong() * 1024;
    }
    return -1;
}

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

double percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    return std::clamp(100.0 * double(part) / double(whole), 0.0, 100.0);
}

// The nearest existing folder at or above the store's folder (a new store's folder may not
// exist yet).
QString existingFolder(const QString &storePath)
{
    QString folder = QFileInfo(storePath).absolutePath();
    while (!QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

} // namespace

HostResources::HostResources(QString storePath)
    : m_storePath(std::move(storePath))
{ }

void HostResources::reset()
{
    std::lock_guard lock(m_mutex);
    m_hasPrevious = false;
}

QStringList HostResources::ferryFiles(const QString &storePath)
{
    QStringList files;
    const QStringList candidates = {storePath, storePath + u"-wal"_s, storePath + u"-shm"_s,
                                    storePath + u"-journal"_s, paths::vaultPathFor(storePath)};
    for (const QString &path : candidates)
        if (QFileInfo(path).isFile())
            files << path;
    QDirIterator logs(paths::logDirFor(storePath), QDir::Files | QDir::Hidden,
                      QDirIterator::Subdirectories);
    while (logs.hasNext())
        files << logs.next();
    return files;
}

Result<ResourceSample> HostResources::sample()
{
    std::lock_guard lock(m_mutex);
    ResourceSample s;

    // CPU: the aggregate line and one line per core, in clock ticks since boot.
    auto stat = readProcFile(u"/proc/stat"_s);
    if (!stat)
        return std::unexpected(stat.error());
    CpuReading now;
    now.atMs = nowMs();
    for (const QByteArray &line : stat->split('\n')) {
        if (!line.startsWith("cpu"))
            continue;
        if (line.size() > 3 && line[3] != ' ') {
            ++s.cores;
            continue;
        }
        // user nice system idle iowait irq softirq steal (guest time is inside user already).
        const QList<QByteArray> fields = line.simplified().split(' ');
        for (qsizetype i = 1; i < std::min<qsizetype>(fields.size(), 9); ++i) {
            const qint64 ticks = fields[i].toLongLong();
            now.total += ticks;
            if (i == 4 || i == 5)
                now.idle += ticks;
        }
    }
    if (now.total <= 0)
        return fail(Error::Code::Io, Text::tr("/proc/stat has no cpu line"), {}, u"/proc/stat"_s);
    s.cores = std::max(1, s.cores);

    auto self = readProcFile(u"/proc/self/stat"_s);
    if (!self)
        return std::unexpected(self.error());
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count fields from
    // the last ')'. utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = self->mid(self->lastIndexOf(')') + 1).simplified().split(' ');
    if (fields.size() < 13)
        return fail(Error::Code::Io, Text::tr("/proc/self/stat is shorter than expected"), {},
                    u"/proc/self/stat"_s);
    now.process = fields[11].toLongLong() + fields[12].toLongLong();
    s.cpuTicks = now.process;

    if (m_hasPrevious && now.total > m_previous.total) {
        const qint64 total = now.total - m_previous.total;
        const qint64 idle = now.idle - m_previous.idle;
        s.cpuBusyPercent = percentOf(total - idle, total);
        s.ferryCpuPercent = percentOf(now.process - m_previous.process, total);
        s.intervalMs = now.atMs - m_previous.atMs;
    }
    // Keep the older baseline when no tick has passed, so a quick second call still measures.
    if (!m_hasPrevious || now.total > m_previous.total) {
        m_previous = now;
        m_hasPrevious = true;
    }

    auto meminfo = readProcFile(u"/proc/meminfo"_s);
    if (!meminfo)
        return std::unexpected(meminfo.error());
    s.memoryTotal = kilobyteField(*meminfo, "MemTotal");
    qint64 available = kilobyteField(*meminfo, "MemAvailable");
    if (available < 0) // kernels before 3.14
        available = kilobyteField(*meminfo, "MemFree");
    if (s.memoryTotal <= 0)
        return fail(Error::Code::Io, Text::tr("/proc/meminfo has no MemTotal"), {},
                    u"/proc/meminfo"_s);
    s.memoryUsed = std::clamp<qint64>(s.memoryTotal - available, 0, s.memoryTotal);

    auto status = readProcFile(u"/proc/self/status"_s);
    if (!status)
        return std::unexpected(status.error());
    s.ferryMemory = std::clamp<qint64>(kilobyteField(*status, "VmRSS"), 0, s.memoryTotal);

#ifdef Q_OS_UNIX
    const QString folder = existingFolder(m_storePath);
    struct statvfs fs;
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return fail(Error::Code::Io, Text::tr("cannot query the file system of %1").arg(folder), {},
                    folder);
    const auto block = qint64(fs.f_frsize ? fs.f_frsize : fs.f_bsize);
    s.diskTotal = qint64(fs.f_blocks) * block;
    s.diskUsed = qint64(fs.f_blocks - fs.f_bfree) * block;
#endif
    for (const QString &file : ferryFiles(m_storePath))
        s.ferryDisk += QFileInfo(file).size();
    return s;
}

} // namespace ferry

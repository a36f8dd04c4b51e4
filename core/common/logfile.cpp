#include "logfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// Holds the cross-process lock for one write (or rotation).
class FileLock
{
public:
    explicit FileLock(int fd)
        : m_fd(fd)
    {
        while (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) { }
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_UN);
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    int m_fd;
};

int openForAppend(const QByteArray &path)
{
    return ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
}

} // namespace

LogFile::LogFile(const QString &path, qint64 maxBytes, int keep)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_maxBytes(std::max<qint64>(1, maxBytes))
    , m_keep(std::max(0, keep))
{ }

LogFile::~LogFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

bool LogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (m_fd >= 0)
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = u"cannot create the folder %1"_s.arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    m_lockFd = ::open(QFile::encodeName(m_path + u".lock"_s).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return reopenLocked();
}

bool LogFile::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_fd >= 0;
}

QString LogFile::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool LogFile::reopenLocked()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = openForAppend(QFile::encodeName(m_path));
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

void LogFile::rotateLocked()
{
    const auto numbered = [&](int n) {
        return QFile::encodeName(m_path + u'.' + QString::number(n));
    };
    const QByteArray current = QFile::encodeName(m_path);
    if (m_keep == 0) {
        ::unlink(current.constData());
        return;
    }
    ::unlink(numbered(m_keep).constData());
    for (int n = m_keep - 1; n >= 1; --n)
        ::rename(numbered(n).constData(), numbered(n + 1).constData()); // absent ones: ENOENT
    ::rename(current.constData(), numbered(1).constData());
}

void LogFile::write(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    if (m_fd < 0)
        return;
    FileLock processLock(m_lockFd);
    // Another process may have rotated (or someone removed) the file since our last line:
    // then our descriptor points at path.1, and the line belongs in the new path.
    struct stat atPath;
    struct stat ours;
    if (::fstat(m_fd, &ours) != 0 || ::stat(QFile::encodeName(m_path).constData(), &atPath) != 0
        || atPath.st_ino != ours.st_ino || atPath.st_dev != ours.st_dev) {
        if (!reopenLocked())
            return;
        if (::fstat(m_fd, &ours) != 0)
            return;
    }
    if (ours.st_size > 0 && ours.st_size + line.size() > m_maxBytes) {
        rotateLocked();
        if (!reopenLocked())
            return;
    }
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        data += n;
        left -= n;
    }
}

} // namespace ferry

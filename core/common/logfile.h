#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace ferry {

// An append-only log file that rotates by size: when a line would take it past `maxBytes`, the
// file becomes path.1 (path.1 becomes path.2 …, path.`keep` is dropped) and a new one starts.
// Several processes (the console and a headless run of the same store) may write one path: a
// lock file beside it (path.lock) serialises their writes, each line is written whole, and a
// writer that finds the file rotated by another reopens it instead of rotating again.
// Any thread.
class LogFile
{
public:
    explicit LogFile(const QString &path, qint64 maxBytes = qint64(10) << 20, int keep = 5);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Creates the folder and opens (or creates) the file; false with errorString() if not.
    bool open();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const;

    // Appends `line` (which carries its own newline).
    void write(const QByteArray &line);

private:
    bool reopenLocked();
    void rotateLocked();

    const QString m_path;
    const qint64 m_maxBytes;
    const int m_keep;
    mutable QMutex m_mutex;
    int m_fd = -1;
    int m_lockFd = -1;
    QString m_error;
};

} // namespace ferry

#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ferry {

// One line of Ferry's log as installLogFile() writes it:
// "2026-11-27T03:18:17.123Z warning ferry.engine [7f12ab] message". Lines that do not start
// with a time (a message's continuation) belong to the entry before them.
struct LogEntry
{
    QString file; // the file it was read from: "ferry.log", "ferry.log.1", ...
    QDateTime at; // UTC; invalid for a line that is not Ferry's format
    QString level; // "debug", "info", "warning", "critical", "fatal"
    QString category; // "ferry.cdc"
    QString thread; // hex thread id
    QString message;

    QString text() const; // the line as the file holds it
    // Ferry logs failures as warnings (logFailedStatement, logIfFailed): warning and worse.
    bool isError() const;
};

// Which lines to show. Empty fields do not filter.
struct LogQuery
{
    // Lines that name one of these as a word (a project's name and its run ids).
    QStringList terms;
    QString minLevel; // "debug" (all), "info", "warning", "critical"
    QString text; // a case-insensitive substring of the line
    QString category; // a category or its prefix: "ferry.cdc" takes "ferry.cdc.apply" too
    QString thread; // one thread's lines (a component's)
    int limit = 5000; // the newest lines that match, at most

    bool matches(const LogEntry &entry) const;
};

// Reads Ferry's rotated log (path.5 … path.1, path: oldest first) for the console and the
// diagnostic bundle, and follows it live across rotations. Blocking file reads: a worker
// thread; one instance used by one thread at a time.
class LogReader
{
public:
    explicit LogReader(QString path, int keep = 5);

    QString path() const { return m_path; }
    // The files that exist, oldest first.
    QStringList files() const;

    // The newest `query.limit` matching entries of every file, oldest first.
    Result<QList<LogEntry>> read(const LogQuery &query) const;
    // The first entry (oldest) that matches and isError(), if any.
    Result<std::optional<LogEntry>> firstError(const LogQuery &query) const;

    // Live tail. The first call returns the newest `query.limit` matching entries and
    // remembers where the file ends; later calls return the entries written since, reading the
    // rest of a file that was rotated to path.1 meanwhile before the new one. A line still
    // being written (no newline yet) waits for the next call.
    Result<QList<LogEntry>> follow(const LogQuery &query);

    // Parses one line; std::nullopt when it does not start with Ferry's time and level.
    static std::optional<LogEntry> parseLine(const QString &line);
    static int levelRank(const QString &level); // debug 0 … fatal 4; -1 unknown

private:
    Status readNew(const QString &file, qint64 from, qint64 *end, QList<LogEntry> *out) const;

    QString m_path;
    int m_keep;
    // Where follow() stands in the current file.
    bool m_following = false;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
};

} // namespace ferry

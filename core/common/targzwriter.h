#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace ferry {

// Writes a gzip-compressed tar archive (POSIX ustar, deflated by zlib) file by file, so that
// `tar xzf` reads it anywhere. The archive appears at its path only when close() succeeds
// (written beside it, then renamed). One thread.
class TarGzWriter
{
public:
    explicit TarGzWriter(QString path);
    ~TarGzWriter();
    TarGzWriter(const TarGzWriter &) = delete;
    TarGzWriter &operator=(const TarGzWriter &) = delete;

    Status open();
    // A regular file `name` ("ferry-diag/logs/ferry.log"; at most 255 bytes, split at a '/'
    // into ustar's prefix and name) holding `data`, mode 0644.
    Status addFile(const QString &name, const QByteArray &data,
                   const QDateTime &modified = QDateTime::currentDateTimeUtc());
    // Ends the archive (two zero blocks), flushes gzip and moves the file into place.
    Status close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ferry

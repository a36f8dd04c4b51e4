#pragma once

#include "common/error.h"

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace ferry {

// Every ferry.* category logs info and above by default; debug is a choice (--verbose,
// FERRY_VERBOSE=1, or QT_LOGGING_RULES).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcSchema)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcVerify)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcSink)
Q_DECLARE_LOGGING_CATEGORY(lcAdmin)

// Routes Qt's log output to a file (and stderr) for the whole process. Call once from main().
// Thread-safe after installation; every line carries time, level, category and thread. The
// file rotates at `maxBytes` into path.1 … path.`keep` (see LogFile), shared safely with other
// Ferry processes writing the same file.
void installLogFile(const QString &path, bool alsoStderr, qint64 maxBytes = qint64(10) << 20,
                    int keep = 5);

// The file installLogFile() writes to, or empty.
QString logFilePath();

// Turns debug output of every ferry.* category on or off. QT_LOGGING_RULES still wins.
void setVerboseLogging(bool verbose);
// Whether the user asked for debug output: --verbose among `arguments`, or FERRY_VERBOSE set
// to anything but "" or "0".
bool verboseLoggingRequested(const QStringList &arguments);

// How an engine spells string literals, for maskSqlLiterals().
enum class SqlQuoting {
    MySql, // '…' and "…" are strings with backslash escapes; `…` identifiers
    Standard, // '…' strings (E'…' with backslash escapes); "…" identifiers (PostgreSQL, SQLite)
};

// `sql` with the content of every string literal (values, passwords, hex blobs) replaced by
// ***: what a log may show of a statement. Identifiers, keywords and numbers stay.
QString maskSqlLiterals(const QString &sql, SqlQuoting quoting);

// The one way an engine reports a statement the server refused: a warning in ferry.engine
// naming the object, the error and the SQL with its literals masked (info for a cancelled one).
void logFailedStatement(const Error &error, const QString &sql, SqlQuoting quoting);

// A failure deliberately not passed on (a cleanup on a path that already fails, a best-effort
// write): logged as a warning in `category` with `why` it is dropped, never silent. Returns
// whether `status` succeeded.
bool logIfFailed(const QLoggingCategory &category, const Status &status, const char *why);

} // namespace ferry

#pragma once

#include <QLoggingCategory>
#include <QString>

namespace ferry {

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcSchema)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcVerify)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

// Routes Qt's log output to a file (and stderr) for the whole process. Call once from main().
// Thread-safe after installation; every line carries time, level, category and thread.
void installLogFile(const QString &path, bool alsoStderr);

// The file installLogFile() writes to, or empty.
QString logFilePath();

} // namespace ferry

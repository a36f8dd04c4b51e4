#include "paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ferry::paths {

QString defaultStorePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/Ferry"_s;
    return dir + u"/ferry.db"_s;
}

QString resolveStorePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).absoluteFilePath();
    const QString env = qEnvironmentVariable("FERRY_STORE");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    return defaultStorePath();
}

QString vaultPathFor(const QString &storePath)
{
    return storePath + u".vault"_s;
}

QString logDirFor(const QString &storePath)
{
    return QFileInfo(storePath).absolutePath() + u"/logs"_s;
}

} // namespace ferry::paths

#include "projectlock.h"

#include "common/language.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ferry {

static QString lockPath(const QString &storePath, const QString &projectName)
{
    const QString dir = QFileInfo(storePath).absolutePath() + u"/locks"_s;
    QDir().mkpath(dir);
    const QByteArray hash =
        QCryptographicHash::hash(projectName.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return dir + u"/project-"_s + QString::fromLatin1(hash) + u".lock"_s;
}

Result<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const QString &storePath,
                                                          const QString &projectName)
{
    std::unique_ptr<ProjectLock> lock(new ProjectLock(lockPath(storePath, projectName)));
    lock->m_file.setStaleLockTime(0); // only a dead holder's lock is stale
    if (!lock->m_file.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->m_file.getLockInfo(&pid, &host, &app);
        return fail(Error::Code::Conflict,
                    Text::tr("project '%1' is being run by another Ferry process (pid %2)")
                        .arg(projectName)
                        .arg(pid),
                    Text::tr("Wait for it to finish, or stop it first."), projectName);
    }
    return lock;
}

bool ProjectLock::isHeld(const QString &storePath, const QString &projectName)
{
    QLockFile probe(lockPath(storePath, projectName));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return true;
}

} // namespace ferry

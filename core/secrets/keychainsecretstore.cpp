#include "keychainsecretstore.h"

#include "common/language.h"
#include "common/logging.h"
#include "common/paths.h"
#include "vaultsecretstore.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// Runs `job` to completion; returns false on timeout.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    return makeError(
        Error::Code::Io, Text::tr("the OS keychain could not %1: %2").arg(what, job.errorString()),
        Text::tr("Unlock the keychain, or use the vault (FERRY_SECRET_BACKEND=vault)."));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

bool KeychainSecretStore::isAvailable(const QString &service, int timeoutMs)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(u"ferry-availability-probe"_s);
    if (!runJob(&job, timeoutMs))
        return false;
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

QString KeychainSecretStore::backendName() const
{
    return u"keychain"_s;
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(&job, 30000))
        return fail(Error::Code::Io, Text::tr("the OS keychain did not answer within 30 s"),
                    Text::tr("Unlock the keychain and try again."));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return fail(keychainError(job, Text::tr("read a password")));
    return std::optional<QString>(job.textData());
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(&job, 30000))
        return fail(Error::Code::Io, Text::tr("the OS keychain did not answer within 30 s"),
                    Text::tr("Unlock the keychain and try again."));
    if (job.error() != QKeychain::NoError)
        return fail(keychainError(job, Text::tr("save a password")));
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(&job, 30000))
        return fail(Error::Code::Io, Text::tr("the OS keychain did not answer within 30 s"),
                    Text::tr("Unlock the keychain and try again."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(keychainError(job, Text::tr("delete a password")));
    return {};
}

Result<SecretStoreChoice> chooseSecretStore(const QString &storePath)
{
    const QString wanted = qEnvironmentVariable("FERRY_SECRET_BACKEND").trimmed().toLower();
    if (!wanted.isEmpty() && wanted != u"keychain" && wanted != u"vault" && wanted != u"auto")
        return fail(Error::Code::InvalidInput,
                    Text::tr("FERRY_SECRET_BACKEND='%1' is not a secret backend").arg(wanted),
                    Text::tr("Use keychain, vault or auto."));
    const QString service = u"Ferry/"_s
        + QString::fromLatin1(QCryptographicHash::hash(storePath.toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(12));
    if (wanted == u"keychain"
        || ((wanted.isEmpty() || wanted == u"auto") && KeychainSecretStore::isAvailable(service))) {
        qCInfo(lcSecrets) << "secrets go to the OS keychain, service" << service;
        SecretStoreChoice choice;
        choice.store = std::make_shared<KeychainSecretStore>(service);
        return choice;
    }
    auto vault = std::make_shared<VaultSecretStore>(paths::vaultPathFor(storePath));
    const QString master = qEnvironmentVariable("FERRY_MASTER_PASSWORD");
    if (!master.isEmpty()) {
        if (auto ok = vault->unlock(master); !ok)
            return std::unexpected(ok.error());
    }
    qCInfo(lcSecrets) << "secrets go to the vault" << vault->path()
                      << (vault->isUnlocked() ? "(unlocked)" : "(locked)");
    SecretStoreChoice choice;
    choice.store = vault;
    choice.vault = vault;
    return choice;
}

} // namespace ferry

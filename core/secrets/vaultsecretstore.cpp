#include "vaultsecretstore.h"

#include "common/language.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <sodium.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr char kMagic[8] = {'F', 'E', 'R', 'R', 'Y', 'V', 'L', 'T'};
constexpr quint8 kFormat = 1;
// magic, format, opslimit (8), memlimit (8), salt, nonce
constexpr int kHeaderSize = 8 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;

void putU64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

quint64 getU64(const char *p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v |= quint64(quint8(p[i])) << (8 * i);
    return v;
}

Error lockedError(const QString &path)
{
    return makeError(Error::Code::Locked, Text::tr("the secret vault %1 is locked").arg(path),
                     Text::tr("Enter the master password in the console, or set "
                              "FERRY_MASTER_PASSWORD for headless use."),
                     path);
}

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

VaultSecretStore::VaultSecretStore(QString path)
    : m_path(std::move(path))
{
    initSodium();
}

VaultSecretStore::~VaultSecretStore()
{
    lock();
}

bool VaultSecretStore::exists() const
{
    return QFileInfo::exists(m_path);
}

bool VaultSecretStore::isUnlocked() const
{
    std::lock_guard guard(m_mutex);
    return m_key != nullptr;
}

void VaultSecretStore::lock()
{
    std::lock_guard guard(m_mutex);
    if (m_key) {
        sodium_free(m_key);
        m_key = nullptr;
    }
}

QString VaultSecretStore::backendName() const
{
    return u"vault"_s;
}

Status VaultSecretStore::requireUnlocked() const
{
    if (!m_key)
        return fail(lockedError(m_path));
    return {};
}

Status VaultSecretStore::unlock(const QString &masterPassword)
{
    if (!initSodium())
        return fail(Error::Code::Internal, Text::tr("libsodium failed to initialise"));
    if (masterPassword.isEmpty())
        return fail(Error::Code::Locked, Text::tr("the master password is empty"),
                    Text::tr("Enter the master password that protects %1.").arg(m_path), m_path);
    std::lock_guard guard(m_mutex);
    QByteArray salt;
    quint64 opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    quint64 memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const bool fresh = !exists();
    if (fresh) {
        salt.resize(crypto_pwhash_SALTBYTES);
        randombytes_buf(salt.data(), size_t(salt.size()));
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, Text::tr("cannot read the secret vault %1").arg(m_path),
                        Text::tr("Check the file's permissions."), m_path);
        const QByteArray data = file.read(kHeaderSize);
        if (data.size() < kHeaderSize || std::memcmp(data.constData(), kMagic, 8) != 0
            || quint8(data[8]) != kFormat)
            return fail(Error::Code::Io, Text::tr("%1 is not a Ferry secret vault").arg(m_path),
                        Text::tr("Move the file away; Ferry will create a new vault."), m_path);
        opsLimit = getU64(data.constData() + 9);
        memLimit = getU64(data.constData() + 17);
        salt = data.mid(25, crypto_pwhash_SALTBYTES);
    }

    auto *key = static_cast<unsigned char *>(sodium_malloc(crypto_secretbox_KEYBYTES));
    const QByteArray password = masterPassword.toUtf8();
    if (crypto_pwhash(key, crypto_secretbox_KEYBYTES, password.constData(),
                      quint64(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), opsLimit,
                      size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        sodium_free(key);
        return fail(Error::Code::Internal, Text::tr("deriving the vault key ran out of memory"), {},
                    m_path);
    }
    if (m_key)
        sodium_free(m_key);
    m_key = key;
    m_salt = salt;
    m_opsLimit = opsLimit;
    m_memLimit = memLimit;

    if (fresh) {
        if (auto ok = save({}); !ok) {
            lock();
            return ok;
        }
        qCInfo(lcSecrets) << "created secret vault" << m_path;
        return {};
    }
    if (auto entries = load(); !entries) {
        lock();
        return std::unexpected(entries.error());
    }
    return {};
}

Result<QMap<QString, QString>> VaultSecretStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, Text::tr("cannot read the secret vault %1").arg(m_path),
                    Text::tr("Check the file's permissions."), m_path);
    const QByteArray data = file.readAll();
    if (data.size() < kHeaderSize + int(crypto_secretbox_MACBYTES)
        || std::memcmp(data.constData(), kMagic, 8) != 0)
        return fail(Error::Code::Io, Text::tr("%1 is not a Ferry secret vault").arg(m_path), {},
                    m_path);
    if (data.mid(25, crypto_pwhash_SALTBYTES) != m_salt)
        return fail(
            Error::Code::Locked,
            Text::tr("the secret vault %1 was re-created with another master password").arg(m_path),
            Text::tr("Unlock it again with its current master password."), m_path);
    const auto *nonce =
        reinterpret_cast<const unsigned char *>(data.constData() + 25 + crypto_pwhash_SALTBYTES);
    const auto *cipher = reinterpret_cast<const unsigned char *>(data.constData() + kHeaderSize);
    const qsizetype cipherSize = data.size() - kHeaderSize;
    QByteArray plain(cipherSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), cipher,
                                   quint64(cipherSize), nonce, m_key)
        != 0)
        return fail(Error::Code::Locked,
                    Text::tr("wrong master password for the secret vault %1").arg(m_path),
                    Text::tr("Enter the master password that was set when the vault was created; "
                             "the vault was not changed."),
                    m_path);
    const QJsonObject root = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), size_t(plain.size()));
    QMap<QString, QString> entries;
    const QJsonObject secrets = root.value(u"secrets"_s).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        entries.insert(it.key(), it.value().toString());
    return entries;
}

Status VaultSecretStore::save(const QMap<QString, QString> &entries)
{
    QJsonObject secrets;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        secrets.insert(it.key(), it.value());
    QJsonObject root;
    root[u"format"_s] = 1;
    root[u"secrets"_s] = secrets;
    QByteArray plain = QJsonDocument(root).toJson(QJsonDocument::Compact);

    QByteArray out;
    out.append(kMagic, 8);
    out.append(char(kFormat));
    putU64(out, m_opsLimit);
    putU64(out, m_memLimit);
    out.append(m_salt);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    out.append(nonce);
    QByteArray cipher(plain.size() + qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(cipher.data()),
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()), m_key);
    sodium_memzero(plain.data(), size_t(plain.size()));
    out.append(cipher);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, Text::tr("cannot write the secret vault %1").arg(m_path),
                    Text::tr("Check that its folder is writable."), m_path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(out);
    if (!file.commit())
        return fail(
            Error::Code::Io,
            Text::tr("cannot write the secret vault %1: %2").arg(m_path, file.errorString()), {},
            m_path);
    return {};
}

Status VaultSecretStore::modify(const std::function<void(QMap<QString, QString> &)> &change)
{
    std::lock_guard guard(m_mutex);
    if (auto ok = requireUnlocked(); !ok)
        return ok;
    QLockFile fileLock(m_path + u".lock"_s);
    fileLock.setStaleLockTime(30000);
    if (!fileLock.tryLock(10000))
        return fail(Error::Code::Io,
                    Text::tr("the secret vault %1 is held by another Ferry process").arg(m_path),
                    Text::tr("Try again when the other process is done."), m_path);
    auto entries = load();
    if (!entries)
        return std::unexpected(entries.error());
    change(*entries);
    return save(*entries);
}

Result<std::optional<QString>> VaultSecretStore::read(const QString &key)
{
    std::lock_guard guard(m_mutex);
    if (auto ok = requireUnlocked(); !ok)
        return std::unexpected(ok.error());
    auto entries = load();
    if (!entries)
        return std::unexpected(entries.error());
    auto it = entries->constFind(key);
    if (it == entries->constEnd())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

Status VaultSecretStore::write(const QString &key, const QString &secret)
{
    return modify([&](QMap<QString, QString> &entries) { entries.insert(key, secret); });
}

Status VaultSecretStore::remove(const QString &key)
{
    return modify([&](QMap<QString, QString> &entries) { entries.remove(key); });
}

} // namespace ferry

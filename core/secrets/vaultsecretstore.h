#pragma once

#include "secretstore.h"

#include <QByteArray>
#include <QMap>

#include <mutex>

namespace ferry {

// Secrets in one file encrypted under a master password: Argon2id derives the key
// (libsodium crypto_pwhash), XSalsa20-Poly1305 seals the content (crypto_secretbox). Every
// write re-reads the file under a lock file and replaces it atomically, so two Ferry
// processes do not lose each other's entries. A wrong master password fails authentication
// and leaves the file untouched. Thread-safe.
class VaultSecretStore : public SecretStore
{
public:
    explicit VaultSecretStore(QString path);
    ~VaultSecretStore() override;

    QString path() const { return m_path; }
    bool exists() const;
    bool isUnlocked() const;

    // Derives the key and checks it against the file; creates an empty vault under this
    // password when none exists yet. A wrong password is Code::Locked.
    Status unlock(const QString &masterPassword);
    void lock();

    QString backendName() const override;
    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;

private:
    struct Header;
    Result<QMap<QString, QString>> load() const;
    Status save(const QMap<QString, QString> &entries);
    Status requireUnlocked() const;
    Status modify(const std::function<void(QMap<QString, QString> &)> &change);

    QString m_path;
    mutable std::recursive_mutex m_mutex;
    unsigned char *m_key = nullptr; // sodium_malloc'ed, crypto_secretbox_KEYBYTES
    QByteArray m_salt;
    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
};

} // namespace ferry

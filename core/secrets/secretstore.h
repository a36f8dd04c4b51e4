#pragma once

#include "common/error.h"

#include <QString>

#include <memory>
#include <optional>

namespace ferry {

// Where passwords live: never in the metadata store, QSettings, project files or logs.
// Implementations may block (a keychain round trip, a key derivation): call them from a
// worker thread, never the UI thread. One instance may be shared by threads.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // "keychain" or "vault", for status lines and logs.
    virtual QString backendName() const = 0;

    // std::nullopt when nothing is saved under `key`.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    // Removing a key that does not exist succeeds.
    virtual Status remove(const QString &key) = 0;
};

// Chooses the backend: FERRY_SECRET_BACKEND=keychain|vault forces one; otherwise the OS
// keychain when a secret service answers, else the vault beside the store. The vault is
// unlocked with FERRY_MASTER_PASSWORD when set; otherwise it stays locked until unlock().
class VaultSecretStore;
struct SecretStoreChoice
{
    std::shared_ptr<SecretStore> store;
    std::shared_ptr<VaultSecretStore> vault; // set when the vault was chosen
};
Result<SecretStoreChoice> chooseSecretStore(const QString &storePath);

} // namespace ferry

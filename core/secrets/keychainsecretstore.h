#pragma once

#include "secretstore.h"

namespace ferry {

// The OS keychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential Store on
// Windows) through QtKeychain, never with its insecure plain-text fallback. Each call runs a
// QtKeychain job to completion in a local event loop, so it must run on a worker thread.
class KeychainSecretStore : public SecretStore
{
public:
    // `service` separates installations (it includes a hash of the store path).
    explicit KeychainSecretStore(QString service);

    // True when a secret service answers within `timeoutMs`.
    static bool isAvailable(const QString &service, int timeoutMs = 3000);

    QString backendName() const override;
    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace ferry

#pragma once

#include "common/error.h"
#include "guard.h"
#include "role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ferry {

class MetaStore;

// A user as the store keeps them (never the password hash outside this folder).
struct UserRecord
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
    bool hasPassword = false;
    bool disabled = false;
    bool builtin = false; // `admin`
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

// Users and their passwords (Argon2id, libsodium crypto_pwhash_str) as use cases shared by the
// console and the command line: each change asks the store's Guard and is audited; the last
// enabled administrator cannot be removed, disabled or demoted. Blocking (a password hash
// takes a fraction of a second and 64 MiB): call it from a worker thread.
class UserService
{
public:
    explicit UserService(std::shared_ptr<MetaStore> store);

    Result<QList<UserRecord>> list() const;
    Result<UserRecord> find(const QString &name) const;
    // Whether anyone must sign in: the built-in admin has a password or is disabled.
    Result<bool> signInRequired() const;

    // Checks `name`'s password and signs them in to the store's Guard; audited as a login.
    // A user without a password (admin on a fresh store) signs in with any.
    Result<Actor> signIn(const QString &name, const QString &password);

    Result<UserRecord> add(const QString &name, Role role, const QString &password);
    // Their own password for anyone; another user's for an administrator (a reset).
    Result<UserRecord> setPassword(const QString &name, const QString &password);
    Result<UserRecord> setRole(const QString &name, Role role);
    Result<UserRecord> setDisabled(const QString &name, bool disabled);
    // Not the built-in admin (disable it instead) and not the last administrator.
    Status remove(const QString &name);

    static Result<QString> hashPassword(const QString &password);
    static bool checkPassword(const QString &hash, const QString &password);

private:
    Status checkPasswordRules(const QString &name, const QString &password) const;
    // Code::Conflict when `name` is the last enabled administrator.
    Status keepsAnAdministrator(const UserRecord &user, const QString &what) const;
    Result<QString> storedHash(const QString &name) const;

    std::shared_ptr<MetaStore> m_store;
    std::shared_ptr<Guard> m_guard;
};

} // namespace ferry

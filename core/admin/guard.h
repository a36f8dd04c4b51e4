#pragma once

#include "common/error.h"
#include "role.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace ferry {

class MetaStore;

// Who acts.
struct Actor
{
    QString name;
    Role role = Role::Viewer;
};

// Who is working on one store, what they may do, and the audit of what they did: the core
// services ask it before they act and tell it the outcome after. One Guard per open store
// (Guard::of), shared by the services over it, so the console's sign-in and the command line's
// --user apply to every service alike. Thread-safe.
class Guard
{
public:
    explicit Guard(std::shared_ptr<MetaStore> store);

    // The store's guard: the one somebody holds (the CLI's context, the console's), or a fresh
    // one nobody signed in to.
    static std::shared_ptr<Guard> of(const std::shared_ptr<MetaStore> &store);

    // After UserService::authenticate().
    void signIn(const Actor &actor);
    void signOut();
    std::optional<Actor> signedIn() const;

    // Who acts now, with the role the store gives them now: the user signed in, or while the
    // built-in `admin` has no password (a fresh store), admin. Code::Permission when nobody
    // signed in and admin has a password, or the user was disabled or removed since.
    Result<Actor> actor() const;

    // Whether the actor may `what` ("remove project 'shop'"); a refusal is Code::Permission
    // naming the role that would allow it, and is recorded in the audit as `action` on
    // `objectType` `object`.
    Status require(Permission permission, const QString &what, const QString &action,
                   const QString &objectType, const QString &object);

    // Appends the outcome of an action to the audit (ok, or failed with the error); a write
    // that fails is logged, not passed on: the action itself happened.
    void record(const QString &action, const QString &objectType, const QString &object,
                const Status &outcome, const QJsonObject &before = {},
                const QJsonObject &after = {});
    // The same for a refusal or a note with its own result word and detail.
    void record(const QString &action, const QString &objectType, const QString &object,
                const QString &result, const QString &detail, const QJsonObject &before = {},
                const QJsonObject &after = {});

private:
    QString actorName() const;

    std::shared_ptr<MetaStore> m_store;
    mutable std::mutex m_mutex;
    std::optional<Actor> m_signedIn;
};

} // namespace ferry

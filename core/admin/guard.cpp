#include "guard.h"

#include "auditlog.h"
#include "common/language.h"
#include "common/logging.h"
#include "store/metastore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

std::mutex g_guardsMutex;
QHash<const MetaStore *, std::weak_ptr<Guard>> g_guards;

QString roleWords(Role role)
{
    switch (role) {
    case Role::Viewer: return Text::tr("the viewer role (or any)");
    case Role::Operator: return Text::tr("the operator role (or administrator)");
    case Role::Administrator: return Text::tr("the administrator role");
    }
    return {};
}

} // namespace

Guard::Guard(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

std::shared_ptr<Guard> Guard::of(const std::shared_ptr<MetaStore> &store)
{
    std::lock_guard lock(g_guardsMutex);
    if (auto held = g_guards.value(store.get()).lock())
        return held;
    auto guard = std::make_shared<Guard>(store);
    g_guards.insert(store.get(), guard);
    return guard;
}

void Guard::signIn(const Actor &actor)
{
    std::lock_guard lock(m_mutex);
    m_signedIn = actor;
}

void Guard::signOut()
{
    std::lock_guard lock(m_mutex);
    m_signedIn.reset();
}

std::optional<Actor> Guard::signedIn() const
{
    std::lock_guard lock(m_mutex);
    return m_signedIn;
}

Result<Actor> Guard::actor() const
{
    const std::optional<Actor> who = signedIn();
    auto q =
        m_store->exec(u"SELECT name, role, disabled, password_hash FROM app_user WHERE name = ?"_s,
                      {who ? who->name : u"admin"_s});
    if (!q)
        return std::unexpected(q.error());
    const bool found = q->next();
    if (who) {
        if (!found || q->value(2).toBool())
            return fail(Error::Code::Permission,
                        (found ? Text::tr("user '%1' was disabled since signing in")
                               : Text::tr("user '%1' was removed since signing in"))
                            .arg(who->name),
                        Text::tr("Sign in as another user."), who->name);
        return Actor {q->value(0).toString(),
                      roles::fromId(q->value(1).toString()).value_or(Role::Viewer)};
    }
    if (found && !q->value(2).toBool() && q->value(3).toString().isEmpty())
        return Actor {q->value(0).toString(), Role::Administrator};
    return fail(Error::Code::Permission,
                Text::tr("nobody is signed in to the store %1, whose users have passwords")
                    .arg(m_store->path()),
                Text::tr("Say who acts with --user NAME (the password from FERRY_USER_PASSWORD or "
                         "standard input), or sign in in the console."),
                m_store->path());
}

QString Guard::actorName() const
{
    if (auto who = signedIn())
        return who->name;
    auto acting = actor();
    return acting ? acting->name : u"(nobody)"_s;
}

Status Guard::require(Permission permission, const QString &what, const QString &action,
                      const QString &objectType, const QString &object)
{
    auto acting = actor();
    if (!acting) {
        record(action, objectType, object, u"refused"_s, acting.error().message);
        return std::unexpected(acting.error());
    }
    if (roles::grants(acting->role, permission))
        return {};
    const Role needed = roles::lowestFor(permission);
    Error e =
        makeError(Error::Code::Permission,
                  Text::tr("user '%1' (%2) may not %3: that takes %4")
                      .arg(acting->name, roles::id(acting->role), what, roleWords(needed)),
                  Text::tr("Act as a user with that role (--user NAME), or ask an administrator "
                           "to give '%1' the %2 role (ferry user role %1 %2).")
                      .arg(acting->name, roles::id(needed)),
                  object);
    record(action, objectType, object, u"refused"_s, e.message);
    return std::unexpected(e);
}

void Guard::record(const QString &action, const QString &objectType, const QString &object,
                   const Status &outcome, const QJsonObject &before, const QJsonObject &after)
{
    if (outcome)
        record(action, objectType, object, u"ok"_s, {}, before, after);
    else
        record(action, objectType, object, u"failed"_s, outcome.error().text(), before, {});
}

void Guard::record(const QString &action, const QString &objectType, const QString &object,
                   const QString &result, const QString &detail, const QJsonObject &before,
                   const QJsonObject &after)
{
    AuditRecord r;
    r.actor = actorName();
    r.action = action;
    r.objectType = objectType;
    r.object = object;
    r.result = result;
    r.detail = detail;
    r.before = before;
    r.after = after;
    auto appended = AuditLog(m_store).append(r);
    if (!appended)
        qCWarning(lcAdmin).noquote()
            << "audit record of" << action << object << "not written:" << appended.error().text();
}

} // namespace ferry

#include "userservice.h"

#include "common/language.h"
#include "common/logging.h"
#include "parameters.h"
#include "store/metastore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const QString kSelect =
    u"SELECT id, name, role, password_hash <> '', disabled, builtin, created_at, updated_at "
    "FROM app_user"_s;

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = roles::fromId(q.value(2).toString()).value_or(Role::Viewer);
    u.hasPassword = q.value(3).toBool();
    u.disabled = q.value(4).toBool();
    u.builtin = q.value(5).toBool();
    u.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    u.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return u;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Status statusOf(const Result<QSqlQuery> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace

QJsonObject UserRecord::toJson() const
{
    return {{u"name"_s, name},
            {u"role"_s, roles::id(role)},
            {u"hasPassword"_s, hasPassword},
            {u"disabled"_s, disabled},
            {u"builtin"_s, builtin}};
}

UserService::UserService(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
    , m_guard(Guard::of(m_store))
{ }

Result<QList<UserRecord>> UserService::list() const
{
    auto q = m_store->exec(kSelect + u" ORDER BY builtin DESC, name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<UserRecord> out;
    while (q->next())
        out.append(readUser(*q));
    return out;
}

Result<UserRecord> UserService::find(const QString &name) const
{
    auto q = m_store->exec(kSelect + u" WHERE name = ?"_s, {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Text::tr("there is no user named '%1'").arg(name),
                    Text::tr("ferry user list shows the users."), name);
    return readUser(*q);
}

Result<bool> UserService::signInRequired() const
{
    auto admin = find(u"admin"_s);
    if (!admin)
        return std::unexpected(admin.error());
    return admin->hasPassword || admin->disabled;
}

Result<QString> UserService::storedHash(const QString &name) const
{
    auto q = m_store->exec(u"SELECT password_hash FROM app_user WHERE name = ?"_s, {name});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<Actor> UserService::signIn(const QString &name, const QString &password)
{
    auto user = find(name);
    const auto refuse = [&](const QString &why) -> Result<Actor> {
        m_guard->record(u"login"_s, u"user"_s, name, u"failed"_s, why);
        return fail(Error::Code::Authentication, why,
                    Text::tr("Check the user name and password (FERRY_USER_PASSWORD or standard "
                             "input); an administrator can reset it."),
                    name);
    };
    if (!user) {
        if (user.error().code != Error::Code::NotFound)
            return std::unexpected(user.error());
        return refuse(u"cannot sign in as '%1': there is no such user"_s.arg(name));
    }
    if (user->disabled)
        return refuse(u"cannot sign in as '%1': the user is disabled"_s.arg(user->name));
    auto hash = storedHash(user->name);
    if (!hash)
        return std::unexpected(hash.error());
    if (!hash->isEmpty() && !checkPassword(*hash, password))
        return refuse(u"cannot sign in as '%1': wrong password"_s.arg(user->name));
    const Actor actor {user->name, user->role};
    m_guard->signIn(actor);
    if (user->hasPassword)
        m_guard->record(u"login"_s, u"user"_s, user->name, u"ok"_s, {});
    return actor;
}

Status UserService::checkPasswordRules(const QString &name, const QString &password) const
{
    const qint64 minLength = Parameters(m_store).integer(u"security.password_min_length"_s);
    if (password.size() < minLength)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("the password of user '%1' is too short: it takes at least %2 characters")
                .arg(name)
                .arg(minLength),
            Text::tr("Choose a longer one (system parameter security.password_min_length)."), name);
    return {};
}

Result<QString> UserService::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return fail(Error::Code::Internal, Text::tr("libsodium failed to initialise"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(Error::Code::Internal,
                    Text::tr("could not hash the password: out of memory (Argon2id takes 64 MiB)"));
    return QString::fromLatin1(out);
}

bool UserService::checkPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Result<UserRecord> UserService::add(const QString &name, Role role, const QString &password)
{
    if (auto ok = m_guard->require(Permission::Administer, u"add user '%1'"_s.arg(name),
                                   u"user.add"_s, u"user"_s, name);
        !ok)
        return std::unexpected(ok.error());
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"_s);
    if (!valid.match(name).hasMatch())
        return fail(
            Error::Code::InvalidInput, Text::tr("'%1' is not a valid user name").arg(name),
            Text::tr("Use up to 32 letters, digits, '.', '_' or '-', starting with a letter or "
                     "digit."),
            name);
    if (auto ok = checkPasswordRules(name, password); !ok)
        return std::unexpected(ok.error());
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    auto inserted = m_store->exec(u"INSERT INTO app_user (name, role, password_hash, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                                  {name, roles::id(role), *hash, now(), now()});
    if (!inserted && inserted.error().code == Error::Code::Conflict)
        inserted = fail(Error::Code::Conflict, Text::tr("a user named '%1' exists").arg(name),
                        Text::tr("Choose another name, or change that user's role."), name);
    Result<UserRecord> added =
        inserted ? find(name) : Result<UserRecord>(std::unexpected(inserted.error()));
    m_guard->record(u"user.add"_s, u"user"_s, name, statusOf(inserted), {},
                    added ? added->toJson() : QJsonObject());
    return added;
}

Result<UserRecord> UserService::setPassword(const QString &name, const QString &password)
{
    auto user = find(name);
    if (!user)
        return user;
    auto actor = m_guard->actor();
    const bool own = actor && actor->name.compare(user->name, Qt::CaseInsensitive) == 0;
    const QString action = own ? u"user.passwd"_s : u"user.reset-password"_s;
    if (!own) {
        if (auto ok = m_guard->require(Permission::Administer,
                                       u"set the password of user '%1'"_s.arg(user->name), action,
                                       u"user"_s, user->name);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = checkPasswordRules(user->name, password); !ok)
        return std::unexpected(ok.error());
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    auto updated =
        m_store->exec(u"UPDATE app_user SET password_hash = ?, updated_at = ? WHERE id = ?"_s,
                      {*hash, now(), user->id});
    // The record says that it changed, never what to.
    m_guard->record(action, u"user"_s, user->name, statusOf(updated),
                    {{u"hasPassword"_s, user->hasPassword}}, {{u"hasPassword"_s, true}});
    if (!updated)
        return std::unexpected(updated.error());
    return find(user->name);
}

Status UserService::keepsAnAdministrator(const UserRecord &user, const QString &what) const
{
    if (user.role != Role::Administrator || user.disabled)
        return {};
    auto q = m_store->exec(u"SELECT COUNT(*) FROM app_user WHERE role = 'administrator' AND "
                           "disabled = 0 AND id <> ?"_s,
                           {user.id});
    if (!q)
        return std::unexpected(q.error());
    if (q->next() && q->value(0).toLongLong() > 0)
        return {};
    return fail(
        Error::Code::Conflict,
        Text::tr("cannot %1 user '%2': it is the last enabled administrator").arg(what, user.name),
        Text::tr("Make another user an administrator first (ferry user role NAME "
                 "administrator)."),
        user.name);
}

Result<UserRecord> UserService::setRole(const QString &name, Role role)
{
    auto user = find(name);
    if (!user)
        return user;
    if (auto ok = m_guard->require(Permission::Administer,
                                   u"change the role of user '%1'"_s.arg(user->name),
                                   u"user.role"_s, u"user"_s, user->name);
        !ok)
        return std::unexpected(ok.error());
    if (role != Role::Administrator)
        if (auto ok = keepsAnAdministrator(*user, u"demote"_s); !ok)
            return std::unexpected(ok.error());
    auto updated = m_store->exec(u"UPDATE app_user SET role = ?, updated_at = ? WHERE id = ?"_s,
                                 {roles::id(role), now(), user->id});
    auto after = find(user->name);
    m_guard->record(u"user.role"_s, u"user"_s, user->name, statusOf(updated), user->toJson(),
                    after ? after->toJson() : QJsonObject());
    if (!updated)
        return std::unexpected(updated.error());
    return after;
}

Result<UserRecord> UserService::setDisabled(const QString &name, bool disabled)
{
    auto user = find(name);
    if (!user)
        return user;
    const QString action = disabled ? u"user.disable"_s : u"user.enable"_s;
    if (auto ok = m_guard->require(
            Permission::Administer,
            u"%1 user '%2'"_s.arg(disabled ? u"disable"_s : u"enable"_s, user->name), action,
            u"user"_s, user->name);
        !ok)
        return std::unexpected(ok.error());
    if (disabled)
        if (auto ok = keepsAnAdministrator(*user, u"disable"_s); !ok)
            return std::unexpected(ok.error());
    auto updated = m_store->exec(u"UPDATE app_user SET disabled = ?, updated_at = ? WHERE id = ?"_s,
                                 {disabled ? 1 : 0, now(), user->id});
    auto after = find(user->name);
    m_guard->record(action, u"user"_s, user->name, statusOf(updated), user->toJson(),
                    after ? after->toJson() : QJsonObject());
    if (!updated)
        return std::unexpected(updated.error());
    return after;
}

Status UserService::remove(const QString &name)
{
    auto user = find(name);
    if (!user)
        return std::unexpected(user.error());
    if (auto ok = m_guard->require(Permission::Administer, u"remove user '%1'"_s.arg(user->name),
                                   u"user.remove"_s, u"user"_s, user->name);
        !ok)
        return ok;
    if (user->builtin)
        return fail(
            Error::Code::Conflict, Text::tr("cannot remove the built-in user '%1'").arg(user->name),
            Text::tr("Disable it instead (ferry user disable %1) once another administrator "
                     "exists.")
                .arg(user->name),
            user->name);
    if (auto ok = keepsAnAdministrator(*user, u"remove"_s); !ok)
        return ok;
    auto removed = m_store->exec(u"DELETE FROM app_user WHERE id = ?"_s, {user->id});
    m_guard->record(u"user.remove"_s, u"user"_s, user->name, statusOf(removed), user->toJson());
    return statusOf(removed);
}

} // namespace ferry

#include "context.h"

#include "admin/guard.h"
#include "admin/parameters.h"
#include "admin/userservice.h"
#include "arguments.h"
#include "common/language.h"
#include "common/logging.h"
#include "project/projectlock.h"
#include "project/projectservice.h"

#include "secrets/secretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"
#include "terminal.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ferry::cli {

Context::Context(QString storePath, bool json)
    : m_storePath(std::move(storePath))
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

Context::~Context()
{
    m_out.flush();
    m_err.flush();
}

Result<std::shared_ptr<MetaStore>> Context::store()
{
    if (!m_store) {
        auto opened = MetaStore::open(m_storePath);
        if (!opened)
            return std::unexpected(opened.error());
        if (auto ok = signIn(*opened); !ok)
            return std::unexpected(ok.error());
        m_store = *opened;
        Parameters(m_store).installProjectDefaults();
    }
    return m_store;
}

Status Context::signIn(const std::shared_ptr<MetaStore> &store)
{
    m_guard = Guard::of(store);
    UserService users(store);
    if (m_user.isEmpty()) {
        auto required = users.signInRequired();
        if (!required)
            return std::unexpected(required.error());
        if (*required)
            return ferry::fail(
                Error::Code::Permission,
                Text::tr("the store %1 has users with passwords: say who acts").arg(store->path()),
                Text::tr("Add --user NAME (the password from FERRY_USER_PASSWORD or "
                         "standard input)."),
                store->path());
        // Named in the audit even after this command gives admin a password.
        m_guard->signIn({u"admin"_s, Role::Administrator});
        return {};
    }
    QString password;
    if (qEnvironmentVariableIsSet("FERRY_USER_PASSWORD")) {
        password = qEnvironmentVariable("FERRY_USER_PASSWORD");
    } else {
        // admin on a fresh store has no password to give.
        auto user = users.find(m_user);
        if (!user || user->hasPassword) {
            m_err.flush();
            password = terminal::stdinIsTerminal()
                ? terminal::readSecret(Text::tr("Password of user %1: ").arg(m_user))
                : terminal::readLine();
        }
    }
    auto actor = users.signIn(m_user, password);
    if (!actor)
        return std::unexpected(actor.error());
    qCInfo(lcCli).noquote() << "acting as" << actor->name << "(" << roles::id(actor->role) << ")";
    return {};
}

Result<std::shared_ptr<SecretStore>> Context::secrets()
{
    if (m_secrets)
        return m_secrets;
    auto choice = chooseSecretStore(m_storePath);
    if (!choice)
        return std::unexpected(choice.error());
    if (choice->vault && !choice->vault->isUnlocked()) {
        if (!terminal::stdinIsTerminal())
            return ferry::fail(
                Error::Code::Locked,
                Text::tr("the secret vault %1 is locked").arg(choice->vault->path()),
                Text::tr("Set FERRY_MASTER_PASSWORD to its master password (no keychain "
                         "is reachable on this machine)."));
        const bool fresh = !choice->vault->exists();
        m_err.flush();
        QString master = terminal::readSecret(
            fresh ? Text::tr("Choose a master password for the new vault %1: ")
                        .arg(choice->vault->path())
                  : Text::tr("Master password for %1: ").arg(choice->vault->path()));
        if (fresh && terminal::readSecret(Text::tr("Repeat it: ")) != master)
            return ferry::fail(Error::Code::InvalidInput,
                               Text::tr("the two master passwords differ"),
                               Text::tr("Run the command again and type the same password twice."));
        if (auto ok = choice->vault->unlock(master); !ok)
            return std::unexpected(ok.error());
    }
    m_secrets = choice->store;
    return m_secrets;
}

int Context::exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::NotFound:
    case Error::Code::Conflict: return BadInput;
    case Error::Code::Mismatch: return Differences;
    default: return Failed;
    }
}

int Context::fail(const Error &error)
{
    if (m_json) {
        QJsonObject e {{u"code"_s, Error::codeName(error.code)},
                       {u"message"_s, error.message},
                       {u"fix"_s, error.fix}};
        if (!error.object.isEmpty())
            e[u"object"_s] = error.object;
        printJson({{u"ok"_s, false}, {u"error"_s, e}});
    }
    m_err << "ferry: " << error.text() << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &message, const QString &help)
{
    m_err << "ferry: " << message << "\n\n" << help << Qt::endl;
    return BadInput;
}

void Context::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<std::shared_ptr<ProjectService>> Context::projects()
{
    if (m_projects)
        return m_projects;
    auto opened = store();
    if (!opened)
        return std::unexpected(opened.error());
    m_projects = std::make_shared<ProjectService>(
        *opened, std::make_shared<DataSourceRepository>(*opened), [this] { return secrets(); });
    return m_projects;
}

Result<LockedProject> Context::lockProjectFile(const QString &path, const QString &work)
{
    auto opened = openProjectFile(path);
    if (!opened)
        return std::unexpected(opened.error());
    auto service = projects();
    if (!service)
        return std::unexpected(service.error());
    auto project = (*service)->createOrUpdate(opened->definition);
    if (!project)
        return std::unexpected(project.error());
    if (auto ok = (*service)->authorizeRun(*project, work); !ok)
        return std::unexpected(ok.error());
    auto lock = (*service)->lock(*project);
    if (!lock)
        return std::unexpected(lock.error());
    LockedProject locked;
    static_cast<OpenedProject &>(locked) = std::move(*opened);
    locked.service = *service;
    locked.project = std::move(*project);
    locked.lock = std::move(*lock);
    return locked;
}

std::optional<int> Context::parse(Arguments &a, const QStringList &args, const QString &help,
                                  qsizetype positionals, const QString &needs)
{
    if (auto ok = a.parse(args); !ok)
        return usage(ok.error().text(), help);
    if (a.has(QStringLiteral("help"))) {
        m_out << help;
        return Ok;
    }
    if (a.positionals().size() != positionals)
        return usage(needs, help);
    return std::nullopt;
}

Status Context::confirm(bool yes, const QString &what, const QString &question,
                        const QString &refused)
{
    if (yes)
        return {};
    if (!terminal::stdinIsTerminal())
        return std::unexpected(makeError(Error::Code::InvalidInput,
                                         Text::tr("%1 needs confirmation").arg(what),
                                         Text::tr("Add --yes to confirm without a terminal.")));
    if (!terminal::confirm(question))
        return std::unexpected(makeError(Error::Code::Cancelled, refused));
    return {};
}

Result<OpenedProject> Context::openProjectFile(const QString &path)
{
    auto definition = ProjectDefinition::fromFile(path);
    if (!definition)
        return std::unexpected(definition.error());
    auto service = projects();
    if (!service)
        return std::unexpected(service.error());
    auto endpoints = (*service)->endpoints(*definition);
    if (!endpoints)
        return std::unexpected(endpoints.error());
    return OpenedProject {*definition, m_store, endpoints->first, endpoints->second};
}

} // namespace ferry::cli

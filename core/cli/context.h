#pragma once

#include "common/error.h"
#include "engines/endpoint.h"
#include "project/projectdefinition.h"
#include "project/projectrecord.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ferry {
class Guard;
class MetaStore;
class ProjectLock;
class ProjectService;
class SecretStore;
class VaultSecretStore;
} // namespace ferry

namespace ferry::cli {

// A project file read, with the store it belongs to and its endpoints resolved.
struct OpenedProject
{
    ProjectDefinition definition;
    std::shared_ptr<MetaStore> store;
    Endpoint source;
    Endpoint target;
};

// A project FILE opened for a command that runs it: the project registered (or updated) from
// the file, and its lock held while this lives.
struct LockedProject : OpenedProject
{
    std::shared_ptr<ProjectService> service;
    ProjectRecord project;
    std::shared_ptr<ProjectLock> lock;
};

class Arguments;

// Exit codes of every headless command.
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2, Differences = 3 };

// What one headless command invocation shares: the chosen store, output format, streams.
// Opens the store and the secret store lazily, so commands that need neither stay fast.
class Context
{
public:
    Context(QString storePath, bool json);
    ~Context();

    QString storePath() const { return m_storePath; }
    // Who acts (--user); empty: admin, while it has no password.
    void setUser(const QString &user) { m_user = user; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The store, with the acting user signed in: --user NAME with the password from
    // FERRY_USER_PASSWORD, else (a terminal) a prompt, else the first line of standard input.
    // Without --user, admin acts while it has no password; once it has one, Code::Permission.
    Result<std::shared_ptr<MetaStore>> store();
    // The secret store; a locked vault is unlocked by FERRY_MASTER_PASSWORD or, on a
    // terminal, by a prompt (which creates the vault on first use).
    Result<std::shared_ptr<SecretStore>> secrets();
    // The projects' use cases over this store (the same service the console uses).
    Result<std::shared_ptr<ProjectService>> projects();
    // Reads the project FILE and resolves its source and target; the secret store opens only
    // when a saved data source's password is needed.
    Result<OpenedProject> openProjectFile(const QString &path);

    // Reads the project FILE, registers (or updates) its project and takes the project's lock:
    // what `run`, `switchover` and the like do first. The acting user must be allowed to `work`
    // the project ("start", "switch over").
    Result<LockedProject> lockProjectFile(const QString &path, const QString &work);

    // Parses a command's arguments into `a`. Returns the exit code when the command is done
    // with them — `--help` printed (Ok), a parse error or a number of positional arguments
    // other than `positionals` (usage, with `needs`: "run needs exactly one project FILE") —
    // and std::nullopt when the command goes on.
    std::optional<int> parse(Arguments &a, const QStringList &args, const QString &help,
                             qsizetype positionals, const QString &needs);

    // A destructive action's confirmation: given with --yes (`yes`), or on a terminal by
    // answering `question`. Without a terminal and without --yes: InvalidInput saying that
    // `what` needs confirmation; refused on the terminal: Cancelled with `refused`.
    Status confirm(bool yes, const QString &what, const QString &question, const QString &refused);

    // Prints the error (stderr, and stdout as JSON with --json); returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message, const QString &help);
    void printJson(const QJsonObject &object);

    static int exitCodeFor(const Error &error);

private:
    Status signIn(const std::shared_ptr<MetaStore> &store);

    QString m_storePath;
    QString m_user;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::shared_ptr<MetaStore> m_store;
    std::shared_ptr<Guard> m_guard; // holds the sign-in for every service over m_store
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<ProjectService> m_projects;
};

} // namespace ferry::cli

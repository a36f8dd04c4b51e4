#pragma once

#include "common/error.h"
#include "engines/endpoint.h"
#include "project/projectdefinition.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace ferry {
class MetaStore;
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
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    Result<std::shared_ptr<MetaStore>> store();
    // The secret store; a locked vault is unlocked by FERRY_MASTER_PASSWORD or, on a
    // terminal, by a prompt (which creates the vault on first use).
    Result<std::shared_ptr<SecretStore>> secrets();
    // The projects' use cases over this store (the same service the console uses).
    Result<std::shared_ptr<ProjectService>> projects();
    // Reads the project FILE and resolves its source and target; the secret store opens only
    // when a saved data source's password is needed.
    Result<OpenedProject> openProjectFile(const QString &path);

    // Prints the error (stderr, and stdout as JSON with --json); returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message, const QString &help);
    void printJson(const QJsonObject &object);

    static int exitCodeFor(const Error &error);

private:
    QString m_storePath;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::shared_ptr<MetaStore> m_store;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<ProjectService> m_projects;
};

} // namespace ferry::cli

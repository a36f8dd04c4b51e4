#pragma once

#include "engines/session.h"

struct sqlite3;

namespace ferry {

// A sqlite3 connection to one database file. One thread at a time; interrupt() from any.
class SqliteSession : public Session
{
public:
    enum class OpenMode { ExistingOnly, CreateIfMissing, ReadOnly };

    ~SqliteSession() override;
    static Result<std::unique_ptr<SqliteSession>> open(const Endpoint &endpoint, OpenMode mode);

    Engine engine() const override { return Engine::Sqlite; }
    const Endpoint &endpoint() const override { return m_endpoint; }
    QString serverVersion() const override;
    static QString libraryVersion();
    Status exec(const QString &sql) override;
    Result<QueryResult> query(const QString &sql) override;
    void interrupt() override;

protected:
    QString beginStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

public:
    sqlite3 *handle() const { return m_db; }
    bool isReadOnly() const;
    Error lastError(const QString &what) const;

private:
    SqliteSession(sqlite3 *db, const Endpoint &endpoint);

    sqlite3 *m_db;
    Endpoint m_endpoint;
};

} // namespace ferry

#pragma once

#include "engines/session.h"

#include <mutex>

struct pg_conn;
struct pg_result;

namespace ferry {

// A libpq connection in UTF-8, UTC, ISO dates, exact float output and hex bytea. One thread
// at a time; interrupt() from any.
class PostgreSqlSession : public Session
{
public:
    ~PostgreSqlSession() override;

    static Result<std::unique_ptr<PostgreSqlSession>> open(const Endpoint &endpoint,
                                                           bool replication = false);

    Engine engine() const override { return Engine::PostgreSql; }
    const Endpoint &endpoint() const override { return m_endpoint; }
    QString serverVersion() const override;
    Status exec(const QString &sql) override;
    Result<QueryResult> query(const QString &sql) override;
    void interrupt() override;

    pg_conn *handle() const { return m_conn; }
    bool isTlsActive() const;
    // Classifies the error of `result` (or of the connection when null), naming `what`.
    Error resultError(const pg_result *result, const QString &what) const;

private:
    PostgreSqlSession(pg_conn *conn, const Endpoint &endpoint);

    pg_conn *m_conn;
    Endpoint m_endpoint;
};

// Classifies a libpq connection failure for `endpoint`.
Error postgresConnectError(const QString &message, const Endpoint &endpoint);

} // namespace ferry

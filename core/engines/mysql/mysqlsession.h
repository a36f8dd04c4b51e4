#pragma once

#include "engines/session.h"

#include <atomic>

struct st_mysql;

namespace ferry {

// A MariaDB Connector/C connection to MySQL, MariaDB or OceanBase (MySQL mode), in utf8mb4,
// UTC, with LOCAL INFILE enabled for bulk loads. One thread at a time; interrupt() from any.
class MySqlSession : public Session
{
public:
    ~MySqlSession() override;

    // TLS "prefer" tries TLS first and falls back to plain only when the server has no TLS.
    // `readTimeoutSeconds` > 0 bounds every wait for the server (a replication stream, which
    // expects heartbeats); 0 waits as long as a statement runs.
    static Result<std::unique_ptr<MySqlSession>> open(const Endpoint &endpoint,
                                                      int readTimeoutSeconds = 0);

    Engine engine() const override { return m_endpoint.engine; }
    const Endpoint &endpoint() const override { return m_endpoint; }
    QString serverVersion() const override;
    Status exec(const QString &sql) override;
    Result<QueryResult> query(const QString &sql) override;
    void interrupt() override;

protected:
    QString beginStatement() const override { return QStringLiteral("START TRANSACTION"); }

public:
    st_mysql *handle() const { return m_mysql; }
    unsigned long connectionId() const { return m_connectionId; }
    bool isTlsActive() const;
    // The error of the last call on handle(), classified and naming `what`.
    Error lastError(const QString &what) const;

private:
    MySqlSession(st_mysql *mysql, const Endpoint &endpoint);

    st_mysql *m_mysql;
    Endpoint m_endpoint;
    unsigned long m_connectionId = 0;
};

// Classifies a Connector/C error number and message into a Ferry error for `endpoint`.
Error mysqlError(unsigned int code, const QString &message, const QString &sqlState,
                 const Endpoint &endpoint, const QString &what);

} // namespace ferry

#pragma once

#include "common/error.h"
#include "endpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QThread;

namespace ferry {

// A small, fully fetched result: cells in the engine's text form, std::nullopt for NULL.
// For catalog queries and probes; bulk data goes through TableReader / BulkWriter.
struct QueryResult
{
    QStringList columns;
    std::vector<std::vector<std::optional<QByteArray>>> rows;

    int size() const { return int(rows.size()); }
    // Cell as UTF-8 text; empty for NULL.
    QString text(int row, int column) const;
    QString text(int row, const QString &column) const;
    bool isNull(int row, int column) const { return !rows[size_t(row)][size_t(column)]; }
    int columnIndex(const QString &name) const;
};

// One open connection through the engine's native client (MariaDB Connector/C, libpq,
// sqlite3). Used by one thread at a time; interrupt() may be called from any thread.
class Session
{
public:
    virtual ~Session() = default;

    // The console's promise is that its UI thread never waits on a database. While a thread is
    // set here, every session opened on it (a connect blocks as long as the server takes to
    // answer) is logged as critical and counted. The UI tests set the UI thread around what
    // they drive through the console and expect a count of 0; nullptr clears it.
    static void setForbiddenThread(QThread *thread);
    static int openedOnForbiddenThread();

    virtual Engine engine() const = 0;
    virtual const Endpoint &endpoint() const = 0;
    // "10.11.19-MariaDB-0+deb12u1", "15.18 (Debian 15.18-0+deb12u1)", "3.40.1"
    virtual QString serverVersion() const = 0;

    virtual Status exec(const QString &sql) = 0;
    virtual Result<QueryResult> query(const QString &sql) = 0;

    // Asks the server to stop the statement running on this session (KILL QUERY, PQcancel,
    // sqlite3_interrupt). Thread-safe; a no-op when nothing runs.
    virtual void interrupt() = 0;

    // Quotes an identifier / a text literal as this engine's Dialect does (the one place each
    // engine spells them): `name` or "name"; 'it''s' or 'it\'s'.
    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &value) const;

    // A target transaction that its owner (a step) begins and ends. A BulkWriter begun while
    // it is open joins it: no BEGIN or COMMIT of its own, so whatever else the owner writes in
    // it (the position record) commits or rolls back together with the rows. A writer's
    // rollback() then leaves the transaction to its owner, who must rollbackTransaction().
    Status beginTransaction();
    Status commitTransaction();
    // Best effort: a failure is logged (the server ends the transaction with the connection).
    void rollbackTransaction();
    bool inTransaction() const { return m_ownedTransaction; }

protected:
    Session();

    // How this engine opens a write transaction: "START TRANSACTION", "BEGIN IMMEDIATE".
    virtual QString beginStatement() const { return QStringLiteral("BEGIN"); }

private:
    bool m_ownedTransaction = false;
};

} // namespace ferry

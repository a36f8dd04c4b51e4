#pragma once

#include "bulkwriter.h"
#include "changereader.h"
#include "common/error.h"
#include "dialect.h"
#include "endpoint.h"
#include "probereport.h"
#include "session.h"
#include "tablereader.h"

#include <memory>
#include <optional>

namespace ferry {

// What one engine family can do, behind one interface. Stateless and thread-safe: the state
// lives in the Session objects it creates, each used by one thread at a time.
class Driver
{
public:
    virtual ~Driver() = default;

    virtual EngineFamily family() const = 0;

    // Opens a session. Errors are classified (Connection, Authentication, Tls, NotFound,
    // Permission) and name the endpoint and the fix.
    virtual Result<std::unique_ptr<Session>> connect(const Endpoint &endpoint) const = 0;

    // Opens a session that will write: SQLite creates a missing file; servers as connect().
    virtual Result<std::unique_ptr<Session>> connectForWrite(const Endpoint &endpoint) const
    {
        return connect(endpoint);
    }

    // How many sessions may write to one target at once: more only wait on a lock in SQLite,
    // whose file takes one writer at a time.
    virtual int maxConcurrentWriters() const { return 64; }

    // Whether `target` does not exist yet and the first write creates it (a new SQLite file):
    // the precheck then checks where it will be made instead of connecting.
    virtual bool createdByFirstWrite(const Endpoint &target) const
    {
        Q_UNUSED(target);
        return false;
    }

    // Reads the server facts that matter for migrations and says what each one blocks.
    virtual Result<ProbeReport> probe(Session &session) const = 0;

    virtual const Dialect &dialect() const = 0;
    // The native client library this build talks to the engine through, with its version:
    // "MariaDB Connector/C 3.3.20", "libpq 15.18", "SQLite 3.40.1" (System page, diagnostics).
    virtual QString clientLibrary() const = 0;

    // Every base table of `schema` (MySQL database, PostgreSQL schema, SQLite "main") with its
    // columns in neutral types, keys, indexes, foreign keys and row estimates, ordered by name.
    virtual Result<QList<Table>> readTables(Session &session, const QString &schema) const = 0;
    // The views, triggers, routines and events of `schema` with their definitions, by kind and
    // name; none where the engine has none.
    virtual Result<QList<SchemaObject>> readObjects(Session &session, const QString &schema) const
    {
        Q_UNUSED(session);
        Q_UNUSED(schema);
        return QList<SchemaObject>();
    }

    // Reader and writer bound to `session` (which must outlive them).
    virtual std::unique_ptr<TableReader> makeReader(Session &session) const = 0;
    virtual std::unique_ptr<BulkWriter> makeWriter(Session &session) const = 0;

    // A change reader for the incremental step (engines/changereader.h). It opens its own
    // connections to `source`. Unsupported where the engine cannot capture changes.
    virtual Result<std::unique_ptr<ChangeReader>> makeChangeReader(const Endpoint &source,
                                                                   const CaptureScope &scope) const;

    // The server-side object a project's capture holds on `session`'s server and the position it
    // has confirmed (PostgreSQL: the replication slot). std::nullopt where the engine keeps no
    // such object (the MySQL family reads the binlog, SQLite a change-log table) or the catalog
    // did not answer.
    struct CaptureSlot
    {
        QString name;
        bool exists = false;
        QString confirmed; // the position it holds changes from, when it exists
    };
    virtual std::optional<CaptureSlot> captureSlot(Session &session, const QString &project) const;

    // Connects, probes and times it: the data source "Test connection". Blocking: call it
    // from a worker thread.
    virtual Result<ProbeReport> testConnection(const Endpoint &endpoint) const;

    static const Driver &forEngine(Engine engine);
};

inline Result<ProbeReport> testConnection(const Endpoint &endpoint)
{
    return Driver::forEngine(endpoint.engine).testConnection(endpoint);
}

} // namespace ferry

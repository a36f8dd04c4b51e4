#pragma once

#include "engines/driver.h"

namespace ferry {

// SQLite files through the sqlite3 library.
class SqliteDriver : public Driver
{
public:
    EngineFamily family() const override { return EngineFamily::Sqlite; }
    // Opens an existing file; a missing file is Code::NotFound.
    Result<std::unique_ptr<Session>> connect(const Endpoint &endpoint) const override;
    Result<std::unique_ptr<Session>> connectForWrite(const Endpoint &endpoint) const override;
    Result<ProbeReport> probe(Session &session) const override;
    int maxConcurrentWriters() const override { return 1; }
    bool createdByFirstWrite(const Endpoint &target) const override;
    const Dialect &dialect() const override;
    QString clientLibrary() const override;
    Result<QList<Table>> readTables(Session &session, const QString &schema) const override;
    Result<QList<SchemaObject>> readObjects(Session &session, const QString &schema) const override;
    std::unique_ptr<TableReader> makeReader(Session &session) const override;
    std::unique_ptr<BulkWriter> makeWriter(Session &session) const override;
    // Capture triggers and a change log in the file (docs/capture-sqlite.md).
    Result<std::unique_ptr<ChangeReader>>
    makeChangeReader(const Endpoint &source, const CaptureScope &scope) const override;
    // A file that does not exist yet is fine for a target: the report says so.
    Result<ProbeReport> testConnection(const Endpoint &endpoint) const override;
};

} // namespace ferry

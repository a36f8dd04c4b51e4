#pragma once

#include "engines/driver.h"

namespace ferry {

// PostgreSQL through libpq.
class PostgreSqlDriver : public Driver
{
public:
    EngineFamily family() const override { return EngineFamily::PostgreSql; }
    Result<std::unique_ptr<Session>> connect(const Endpoint &endpoint) const override;
    Result<ProbeReport> probe(Session &session) const override;
    const Dialect &dialect() const override;
    QString clientLibrary() const override;
    Result<QList<Table>> readTables(Session &session, const QString &schema) const override;
    Result<QList<SchemaObject>> readObjects(Session &session, const QString &schema) const override;
    std::unique_ptr<TableReader> makeReader(Session &session) const override;
    std::unique_ptr<BulkWriter> makeWriter(Session &session) const override;
    Result<std::unique_ptr<ChangeReader>>
    makeChangeReader(const Endpoint &source, const CaptureScope &scope) const override;
    std::optional<CaptureSlot> captureSlot(Session &session, const QString &project) const override;
};

} // namespace ferry

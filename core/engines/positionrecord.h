#pragma once

#include "common/error.h"

#include <QString>

#include <optional>

namespace ferry {

class Session;

// The small Ferry table in a target that records how far a stream (the incremental step, the
// reverse increment) has applied its source: `ferry_position (project, stream, position,
// updated_at)`, one row per project and stream, in the target's schema (PostgreSQL) or database
// (MySQL family) or the SQLite file. write() goes into the transaction the step owns
// (Session::beginTransaction), so the position commits or rolls back with the rows it covers:
// a crash at any instant resumes exactly once. Documented in docs/target-tables.md.
// Used on its session's thread.
class PositionRecord
{
public:
    static constexpr const char *tableName = "ferry_position";

    // `schema`: where the table lives; empty for the session endpoint's own schema.
    explicit PositionRecord(Session &session, QString schema = {});

    // Creates the table when it is missing. Call it outside a transaction: DDL in the MySQL
    // family commits the open one.
    Status ensureTable();
    // Sets the stream's position (insert or update), inside the caller's transaction.
    Status write(const QString &project, const QString &stream, const QString &position);
    // The stream's last committed position; std::nullopt when none was written yet.
    Result<std::optional<QString>> read(const QString &project, const QString &stream);

private:
    QString table() const;

    Session &m_session;
    QString m_schema;
};

} // namespace ferry

#pragma once

#include "engines/bulkwriter.h"

#include <vector>

struct sqlite3_stmt;

namespace ferry {

class SqliteSession;

// Loads rows into an SQLite table with one prepared INSERT per row inside one transaction per
// chunk. Every cell is bound by its source kind and the target column's affinity so SQLite
// stores exactly the value: an integer beyond 64 bits or a decimal of more than 15 digits
// into a column that would round it is refused, not rounded.
class SqliteBulkWriter : public BulkWriter
{
public:
    explicit SqliteBulkWriter(SqliteSession &session)
        : m_session(session)
    { }
    ~SqliteBulkWriter() override;

    Status begin(const WriteRequest &request) override;
    Status deleteRange(const QList<Column> &keyColumns, const KeyRange &range) override;
    Status deleteAll() override;
    Status write(const RowBatch &batch) override;
    Result<WriteStats> commit() override;
    void rollback() override;

    enum class Binding { Integer, Real, Numeric, Text, Blob };

private:
    Status bindCell(const RowBatch &batch, int row, int cell);
    void finalize();

    SqliteSession &m_session;
    WriteRequest m_request;
    std::vector<Binding> m_bindings;
    sqlite3_stmt *m_insert = nullptr;
    bool m_open = false;
    bool m_joined = false; // inside the session owner's transaction
    WriteStats m_stats;
};

} // namespace ferry

#pragma once

#include "engines/bulkwriter.h"

#include <vector>

struct pg_result;

namespace ferry {

class PostgreSqlSession;

// Loads rows with COPY ... FROM STDIN (text format) inside one transaction per
// begin()/commit(). One COPY spans the write() calls of a chunk (restarted every million rows
// to bound the key record below) and ends before any other statement. ConflictPolicy::Ignore
// and Replace copy into a temporary staging table, kept for the session, and merge it with
// INSERT ... ON CONFLICT DO NOTHING / DO UPDATE.
// A value the server refuses is mapped back to its row through the COPY line number and a
// compact record of the key cells of every row sent. Runs on the session's thread.
class PostgreSqlBulkWriter : public BulkWriter
{
public:
    explicit PostgreSqlBulkWriter(PostgreSqlSession &session);
    ~PostgreSqlBulkWriter() override;

    Status begin(const WriteRequest &request) override;
    Status deleteRange(const QList<Column> &keyColumns, const KeyRange &range) override;
    Status deleteAll() override;
    Status write(const RowBatch &batch) override;
    Result<WriteStats> commit() override;
    void rollback() override;

private:
    struct ColumnPlan
    {
        bool bytea = false; // hex into bytea
        bool geometry = false; // canonical SRID + WKB into PostGIS geometry (as hex EWKB)
        int bitWidth = 0; // > 0: canonical decimal into bit(n)
        bool zeroDates = false; // a MySQL date kind: check for zero dates
        bool nullable = true;
    };

    Status requireTransaction(const char *operation) const;
    Status encode(const RowBatch &batch);
    Status startCopy();
    Status sendBuffer();
    // Ends the COPY in progress, if any, and (Ignore) merges the staging table.
    Status finishCopy();
    Status mergeStaging();
    // Finds or creates the session's staging table for the request (m_staging).
    Status prepareStaging();
    Status execute(const QString &sql, const QString &what, qint64 *rows = nullptr);
    Error copyError(const pg_result *result);
    QString describeLine(qint64 line) const;
    void recordKey(const RowBatch &batch, int row);
    void resetCopyState();
    char *reserve(size_t bytes);

    PostgreSqlSession &m_session;
    WriteRequest m_request;
    std::vector<ColumnPlan> m_plan;
    QString m_target; // the qualified target table
    QString m_copyInto; // the target, or the staging table under ConflictPolicy::Ignore
    QString m_columnList;
    QString m_staging; // Ignore, Replace: the staging table
    bool m_inTransaction = false;
    bool m_joined = false; // inside the session owner's transaction
    bool m_copyOpen = false;
    bool m_failed = false; // a write failed: only rollback() may follow

    std::vector<char> m_buffer; // COPY text waiting for PQputCopyData
    size_t m_used = 0;

    // Key cells of each row of the current COPY: per cell a null flag, a 4-byte length and
    // the bytes; m_keyRows[i] is where row i (COPY line i + 1) starts.
    std::vector<char> m_keys;
    std::vector<size_t> m_keyRows;
    qint64 m_copyRows = 0; // rows sent in the current COPY
    qint64 m_rowsBeforeCopy = 0; // rows sent in this transaction before the current COPY
    qint64 m_staged = 0; // Ignore: rows in the staging table, not merged yet
    WriteStats m_stats;
};

} // namespace ferry

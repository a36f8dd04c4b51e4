#pragma once

#include "engines/tablereader.h"

namespace ferry {

class PostgreSqlSession;

// Streams a PostgreSQL table with COPY (SELECT ...) TO STDOUT in text format, parsing the
// bytes straight into RowBatches of canonical values. Runs on the session's thread.
class PostgreSqlTableReader : public TableReader
{
public:
    explicit PostgreSqlTableReader(PostgreSqlSession &session);

    Status read(const ReadRequest &request, const std::function<Status(RowBatch &&)> &sink,
                const CancelToken &cancel) override;
    Result<qint64> countRows(const TableRef &table, const QString &filter) override;

private:
    PostgreSqlSession &m_session;
};

} // namespace ferry

#pragma once

#include "engines/tablereader.h"

namespace ferry {

class SqliteSession;

// Reads SQLite rows into canonical form. SQLite stores by value, not by column: a cell's
// storage class decides how it is printed (integers in decimal, reals shortest round-trip,
// text and blobs as bytes).
class SqliteTableReader : public TableReader
{
public:
    explicit SqliteTableReader(SqliteSession &session)
        : m_session(session)
    { }

    Status read(const ReadRequest &request, const std::function<Status(RowBatch &&)> &sink,
                const CancelToken &cancel) override;
    Result<qint64> countRows(const TableRef &table, const QString &filter) override;

private:
    SqliteSession &m_session;
};

} // namespace ferry

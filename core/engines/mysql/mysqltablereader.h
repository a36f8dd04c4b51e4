#pragma once

#include "engines/tablereader.h"

namespace ferry {

class MySqlSession;

// Streams MySQL / MariaDB rows (mysql_use_result, text protocol) into canonical RowBatches
// straight from the row buffers: no QVariant or QString per cell. Runs on the session's thread;
// the session must outlive it.
class MySqlTableReader : public TableReader
{
public:
    explicit MySqlTableReader(MySqlSession &session);

    Status read(const ReadRequest &request, const std::function<Status(RowBatch &&)> &sink,
                const CancelToken &cancel) override;
    Result<qint64> countRows(const TableRef &table, const QString &filter) override;

private:
    MySqlSession &m_session;
    bool m_castAsDouble;
};

} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "tablereader.h"

#include <optional>
#include <vector>

namespace ferry {

// Cuts a keyed table into chunks of about `rowsPerChunk` rows by walking its key: each step
// reads the key of the rowsPerChunk-th row after the previous boundary (and one more, to know
// whether another chunk follows). One implementation for every engine: it reads through the
// engine's TableReader (a ReadRequest of the key columns with LIMIT 2 OFFSET n-1), so the
// boundaries come back in canonical form exactly as the rows do, the statement is interrupted
// on cancel, and NULL or missing keys are refused the same way everywhere.
// Used on the reader's session thread.
class KeysetChunker
{
public:
    KeysetChunker(TableReader &reader, TableRef table, QList<Column> keyColumns, QString filter,
                  qint64 rowsPerChunk);

    // The inclusive upper key of the chunk that starts after `after` (std::nullopt: the start
    // of the table), or std::nullopt when the rest of the table fits one chunk.
    Result<std::optional<KeyValues>> next(const std::optional<KeyValues> &after,
                                          const CancelToken &cancel);
    // Every boundary in key order (the last chunk, after the last boundary, is open-ended).
    Result<std::vector<KeyValues>> all(const CancelToken &cancel);

private:
    TableReader &m_reader;
    TableRef m_table;
    QList<Column> m_keyColumns;
    QString m_filter;
    qint64 m_rowsPerChunk;
};

} // namespace ferry

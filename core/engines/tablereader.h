#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "schema/table.h"
#include "values/rowbatch.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ferry {

// A key tuple in canonical form, one value per key column.
using KeyValues = std::vector<std::string>;

// Rows with lower < key <= upper (both optional), in key order.
struct KeyRange
{
    std::optional<KeyValues> lower; // exclusive
    std::optional<KeyValues> upper; // inclusive
};

struct ReadRequest
{
    TableRef table;
    QList<Column> columns; // what to read, in this order (names and source types)
    QList<Column> keyColumns; // ORDER BY and range predicate; empty: whole table, any order
    KeyRange range;
    QString filter; // an SQL condition in the source's dialect; empty: none
    qint64 offset = 0; // rows to skip, in key order
    qint64 limit = -1; // at most this many rows; -1: all
    int batchRows = 4096;
    size_t batchBytes = 4u << 20;
};

// Streams a table's rows in canonical form (values/canonical.h), batch by batch. Owns no
// connection: it reads through the session it was made for, on that session's thread.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // Calls `sink` with every full batch and the last partial one. `sink` may block (the
    // bounded queue's back-pressure) and its error stops the read. The statement is
    // interrupted when `cancel` fires.
    virtual Status read(const ReadRequest &request, const std::function<Status(RowBatch &&)> &sink,
                        const CancelToken &cancel) = 0;

    // COUNT(*) of the table (with `filter`), exact.
    virtual Result<qint64> countRows(const TableRef &table, const QString &filter) = 0;
};

} // namespace ferry

#pragma once

#include <optional>

#include "common/error.h"
#include "schema/table.h"
#include "tablereader.h"
#include "values/rowbatch.h"

namespace ferry {

enum class ConflictPolicy {
    Fail, // a row whose key exists stops the table (the default "stop" policy)
    Ignore, // keep the existing row, count the new one as skipped
    Replace, // the new row replaces the one whose key it has (an upsert: the incremental step)
};

enum class ZeroDatePolicy {
    Reject, // a MySQL zero date stops the table with the row named (the default)
    Null, // written as NULL (only into nullable columns)
    Keep, // kept as it is where the target can hold it (MySQL family, SQLite as text);
          // refused like Reject where it cannot (PostgreSQL)
};

struct WriteRequest
{
    TableRef table;
    QStringList columns; // target column names, in batch cell order
    QList<ColumnType> sourceTypes; // the canonical form of each cell
    QList<ColumnType> targetTypes; // the target columns' types as the target catalog reports them
    QList<bool> targetNullable;
    ConflictPolicy conflicts = ConflictPolicy::Fail;
    ZeroDatePolicy zeroDates = ZeroDatePolicy::Reject;
    // Which cells identify a row in messages ("id=42"); empty for keyless tables.
    QList<int> keyCells;
    QStringList keyNames;
    // ConflictPolicy::Replace: the target columns of the key the rows replace by (the primary
    // key or a non-null unique key).
    QStringList conflictKey;
    QString sourceName; // "shop.orders", named in messages
};

struct WriteStats
{
    qint64 written = 0;
    qint64 skipped = 0; // rows that met an existing key under ConflictPolicy::Ignore
    qint64 bytes = 0;
};

// A canonical value for a message: numbers bare ("42"), text quoted ("'A-1'"), bytes as hex,
// at most `max` characters.
QString previewValue(std::string_view value, const ColumnType &type, int max = 60);
// "id=42" / "a=1, b='x'": the key of `row` for messages.
QString describeRowKey(const WriteRequest &request, const RowBatch &batch, int row);
// The DataRejected error for a value the target refuses:
// "shop.orders, row id=42: column price value '12.345' does not fit numeric(5,2)".
Error rejectedValue(const WriteRequest &request, const RowBatch &batch, int row, int cell,
                    const QString &reason, const QString &fix = {});
// For a target without arrays: `batch` with each PostgreSQL array cell (a source column whose
// type is an array, into a target column that is not) as its JSON array; std::nullopt when no
// column needs it. Fails with the row and column of a cell that is not an array text.
Result<std::optional<RowBatch>> arraysAsJson(const WriteRequest &request, const RowBatch &batch);

// Loads rows into one target table through the engine's bulk path (COPY, LOAD DATA LOCAL,
// prepared INSERT in large transactions). One transaction per begin()/commit(); a rejected value
// fails write() with Code::DataRejected naming the row's key, the column and the value, and the
// caller rolls back. Runs on its session's thread.
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;

    virtual Status begin(const WriteRequest &request) = 0;
    // Deletes the rows of a key range (inside the transaction): resuming a chunk that may have
    // been committed before a crash writes it exactly once.
    virtual Status deleteRange(const QList<Column> &keyColumns, const KeyRange &range) = 0;
    // Deletes every row (inside the transaction): resuming a keyless table.
    virtual Status deleteAll() = 0;
    virtual Status write(const RowBatch &batch) = 0;
    virtual Result<WriteStats> commit() = 0;
    virtual void rollback() = 0;
};

} // namespace ferry

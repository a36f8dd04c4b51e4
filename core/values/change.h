#pragma once

#include "schema/table.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ferry {

// One row image of a change, one cell per column of the captured table (Table::columns, in that
// order), each in canonical form (values/canonical.h, by the *source* column's TypeKind).
struct RowImage
{
    // std::nullopt is SQL NULL.
    std::vector<std::optional<std::string>> values;
    // Empty when every column was sent. Otherwise one flag per column, false where the source
    // did not send the value: a PostgreSQL unchanged TOAST value, the non-key columns of an old
    // image under REPLICA IDENTITY DEFAULT, the columns a MySQL minimal row image left out.
    // An applier keeps the target's value for a column that is not present.
    std::vector<bool> present;

    bool empty() const { return values.empty(); }
    bool isPresent(size_t column) const { return present.empty() || present[column]; }
};

// One captured change, in the order the source committed it.
struct ChangeEvent
{
    enum class Kind { Insert, Update, Delete, Ddl };

    Kind kind = Kind::Insert;
    // The source table; for Ddl the table the statement names, when it names one.
    TableRef table;
    RowImage before; // Update (the old row, at least its key), Delete
    RowImage after; // Insert, Update
    // Ddl: the statement as the source logged it; schema changes are otherwise not decoded.
    QString statement;
};

// One committed source transaction, never split: an applier commits all of it or none of it.
// A transaction with no events is a heartbeat: it only moves the position and the source clock
// forward (an idle source still reports how far it has been read, so lag stays honest).
struct ChangeTransaction
{
    // Where a stream restarted after this transaction resumes, in the reader's own text form
    // (opaque outside the engine): "mysql-bin.000003:1234;gtid=0-1-42", "0/16B3748", "17".
    QString position;
    // The source's transaction identity when it has one: GTID "0-1-42", PostgreSQL xid "731".
    QString transactionId;
    // The source's commit time (UTC); for a heartbeat, the source clock when it was sent.
    QDateTime commitTime;
    // When Ferry read it (UTC), set by the step that queues it: the lag splits here into reading
    // (commit to read) and waiting in the queue (read to apply).
    QDateTime readAt;
    std::vector<ChangeEvent> events;
};

} // namespace ferry

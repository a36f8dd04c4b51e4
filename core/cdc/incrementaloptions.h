#pragma once

#include <QString>

namespace ferry {

// How a project's incremental step follows its source (the project file's "incremental").
struct IncrementalOptions
{
    // DML filters: which kinds of row change reach the target ("dml": ["insert", "update",
    // "delete"], all by default). A filtered-out update or delete leaves the target row as is.
    bool applyInserts = true;
    bool applyUpdates = true;
    bool applyDeletes = true;
    // Where an incremental-only project starts (no full step): empty = "now" (the source
    // position when the step first prepares), otherwise a position in the source's own form
    // ("mysql-bin.000003:1234", "0/16B3748"), checked against the source's log retention.
    QString startPosition;
    // The most source row changes one target transaction carries (whole source transactions
    // only: one bigger transaction is never split, so a batch may exceed it by one).
    int batchEvents = 20000;
    // Switchover: the source must have had no writes for this long before the cut.
    int quietSeconds = 5;
    // Switchover: start the reverse increment (target -> source) after the cut.
    bool reverse = true;
};

} // namespace ferry

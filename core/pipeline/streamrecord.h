#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace ferry {

// What one table's captured changes amounted to in a stream.
struct TableChangeCounts
{
    qint64 inserts = 0;
    qint64 updates = 0;
    qint64 deletes = 0;
};

// Where a change stream of a project stands (the incremental step's "forward" stream, the
// reverse increment's "reverse" one), as the store keeps it for `ferry status` and the console.
// The truth of how far a stream applied is the position record in the target; this is the
// report of it, saved every few seconds and when the stream stops.
struct StreamRecord
{
    QString stream; // "forward", "reverse"
    // "starting", "catching-up", "streaming", "retrying", "paused-ddl", "stopped", "failed"
    QString state;
    QString readPosition; // the last transaction read from the source
    QString appliedPosition; // the last transaction committed in the target
    QDateTime lastCommitAt; // source commit time of the last applied transaction (UTC)
    QDateTime appliedAt; // when it committed in the target (UTC)
    qint64 lagMs = -1; // source commit -> target commit, corrected for clock skew; -1: unknown
    double eventsPerSecond = 0;
    qint64 transactions = 0; // applied since the stream began (across runs)
    qint64 events = 0;
    QMap<QString, TableChangeCounts> tables; // by source table ("shop.orders")
    // PostgreSQL sources: by source table, its columns as of the applied position, as the
    // project last planned or followed them. A target column beyond the current source's is a
    // column the source dropped after that position only if it is listed here; otherwise it
    // is the target's own (one the DBA added) and no change of the source touches it.
    QMap<QString, QStringList> sourceColumns;
    QString detail; // what it waits for or why it failed (a paused DDL statement, an error)
    // Paused at a schema change ("paused-ddl"): the position of the transaction holding it, and
    // the DBA's decision once made: "skip", "apply" (as the source logged it) or "sql:<text>"
    // (an edited statement run on the target instead). Empty: undecided.
    QString heldPosition;
    QString ddlDecision;
    QDateTime updatedAt;
};

} // namespace ferry

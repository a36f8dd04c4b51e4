#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "endpoint.h"
#include "values/change.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace ferry {

// What a project captures: the source tables (as the catalog read them: names, columns in
// neutral types, keys) and the project's name, which names the source objects capture installs
// (PostgreSQL slot and publication, SQLite triggers and change log).
struct CaptureScope
{
    QString project;
    QList<Table> tables;
};

// Reads the committed changes of a source, in commit order, whole transactions at a time:
// MySQL/MariaDB binlog as a replica, PostgreSQL pgoutput through a logical slot, SQLite capture
// triggers. Owns its own connections (a replication stream is not a normal session). Used on
// one thread; CancelToken interrupts a blocking read from any thread.
class ChangeReader
{
public:
    virtual ~ChangeReader() = default;

    // Installs what capture needs on the source and is idempotent: the PostgreSQL publication
    // and slot, the SQLite change-log table and triggers; the MySQL family checks the binlog
    // settings only. Errors name the object and the fix (binlog not ROW, wal_level not
    // logical, no replication privilege, a table without a usable key or replica identity).
    virtual Status prepare() = 0;

    // The position of "now": a stream started from it sees every transaction that commits after
    // this call returns (MySQL: the binlog file:offset and GTID; PostgreSQL: the slot's
    // confirmed position; SQLite: the change log's last id).
    virtual Result<QString> currentPosition() = 0;

    // The position of the source's last commit: a stream that has delivered a transaction or
    // a heartbeat at or past it has seen everything committed before this call ("caught up").
    // MySQL family and SQLite: currentPosition(); PostgreSQL: the flushed WAL, which can be
    // ahead of the slot.
    virtual Result<QString> headPosition() { return currentPosition(); }

    // Streams the transactions committed after `from`, in commit order, calling `sink` once
    // per whole transaction (and with heartbeats while the source is idle). Blocks until
    // `cancel` fires (returns Cancelled), `sink` fails (returns its error) or the stream fails:
    // a position the source no longer has is an error that names it and the remedy, never a
    // silent restart from now. `sink` may block (back-pressure).
    virtual Status stream(const QString &from,
                          const std::function<Status(ChangeTransaction &&)> &sink,
                          const CancelToken &cancel) = 0;

    // Everything up to and including `position` is committed in the target: the source may
    // let it go (PostgreSQL confirmed flush LSN, SQLite change-log trim; a no-op for the
    // binlog). Called by the stream's owner from the thread that runs stream(), between sinks.
    virtual Status acknowledge(const QString &position) = 0;

    // Removes what prepare() installed (project release): slot, publication, triggers, log.
    virtual Status release() = 0;

    // Orders two positions this reader produced: < 0 when `a` comes before `b`, 0 when they
    // are the same point, > 0 after. A position it cannot read orders first.
    virtual int comparePositions(const QString &a, const QString &b) const = 0;

    // How long an idle stream stays silent before it sends a heartbeat transaction (the
    // source's clock and position): lag and "caught up" are only as fresh as this.
    virtual void setHeartbeatInterval(std::chrono::milliseconds interval) = 0;
};

} // namespace ferry

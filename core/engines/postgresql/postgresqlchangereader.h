#pragma once

#include "engines/changereader.h"

#include <chrono>
#include <cstdint>
#include <memory>

struct pg_conn;
struct pg_result;

namespace ferry {

class PostgreSqlSession;

// Changes of a PostgreSQL source through a logical replication slot and the pgoutput plugin
// (proto_version 1): prepare() installs the publication and the slot, stream() reads them on a
// replication connection (replication=database), acknowledge() moves the slot's confirmed flush
// position. One thread at a time (cancel from any).
//
// Both objects are named ferry_<project>: the project name in lower case, every character
// outside [a-z0-9_] replaced by '_', and when that is longer than PostgreSQL's 63-byte limit,
// cut to 54 bytes and followed by '_' and 8 hex digits of a hash of the whole project name.
// Projects whose names differ only in case or punctuation ("Shop-1", "shop_1") therefore share
// them: give such projects distinct names.
class PostgreSqlChangeReader : public ChangeReader
{
public:
    PostgreSqlChangeReader(const Endpoint &source, const CaptureScope &scope);
    ~PostgreSqlChangeReader() override;

    Status prepare() override;
    // The slot's confirmed_flush_lsn: the earliest position the slot can still deliver from,
    // so a stream started from it misses nothing that commits later (it may replay what
    // committed between that position and now, which the applier takes idempotently). The
    // server's pg_current_wal_lsn() would be "now" exactly, but a position the slot has not
    // reached says nothing about what the slot still holds. NotFound before prepare().
    Result<QString> currentPosition() override;
    Status stream(const QString &from, const std::function<Status(ChangeTransaction &&)> &sink,
                  const CancelToken &cancel) override;
    Status acknowledge(const QString &position) override;
    Status release() override;

    // The slot and the snapshot it exported: the full step reads its tables in a transaction
    // with SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SET TRANSACTION SNAPSHOT
    // '<snapshotName>' and sees exactly the rows of `position`, from where stream() goes on.
    struct SlotSnapshot
    {
        QString position; // the slot's consistent point
        QString snapshotName;
    };
    // Checks and creates what prepare() does, but creates the slot on a replication connection
    // with an exported snapshot. The snapshot lives while that connection stays open and idle:
    // until releaseSnapshot(), stream(), release() or the reader's destruction. Conflict when
    // the slot exists already (a snapshot is only exported when a slot is created).
    Result<SlotSnapshot> createSlotWithSnapshot();
    void releaseSnapshot();

    // Names of the source objects for a project (see the class comment).
    static QString objectName(const QString &project);
    QString slotName() const { return m_name; }
    QString publicationName() const { return m_name; }

    // stream(): the status the server needs at least every wal_sender_timeout (60 s by default)
    // is sent between sinks, so a sink that blocks longer than that (back-pressure from a stuck
    // target) ends the stream with a Connection error; the step restarts from its position.
    //
    // How often an idle stream reports a heartbeat (default 5 s) and sends its status to the
    // server (default 10 s, well inside the default wal_sender_timeout of 60 s).
    int comparePositions(const QString &a, const QString &b) const override;
    Result<QString> headPosition() override;
    void setHeartbeatInterval(std::chrono::milliseconds interval) override
    {
        m_heartbeatInterval = interval;
    }
    void setStatusInterval(std::chrono::milliseconds interval) { m_statusInterval = interval; }

private:
    Result<std::unique_ptr<PostgreSqlSession>> connect(bool replication) const;
    Status checkSource(PostgreSqlSession &session) const;
    Status ensurePublication(PostgreSqlSession &session) const;
    Error slotMissing(const QString &from) const;
    Error streamLost(pg_conn *conn, const pg_result *result) const;
    Status sendStatus(bool replyRequested);

    Endpoint m_source;
    CaptureScope m_scope;
    QString m_name;
    std::chrono::milliseconds m_heartbeatInterval {5000};
    std::chrono::milliseconds m_statusInterval {10000};

    std::unique_ptr<PostgreSqlSession> m_snapshotConnection;
    // While stream() runs: its replication connection, and what it reports to the server.
    PostgreSqlSession *m_streaming = nullptr;
    std::uint64_t m_received = 0; // LSNs
    std::uint64_t m_acknowledged = 0;
};

} // namespace ferry

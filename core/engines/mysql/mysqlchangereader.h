#pragma once

#include "engines/changereader.h"

#include <cstdint>

namespace ferry {

class MySqlSession;

// Change capture for MySQL, MariaDB and OceanBase (MySQL mode): reads the binlog as a replica
// (COM_BINLOG_DUMP from a file:offset through Connector/C's replication API) and decodes the
// row events itself (binlogdecoder.h). Positions read "mysql-bin.000003:1234;gtid=0-1-42".
// One thread; cancel() from any (it shuts the stream's socket down).
class MySqlChangeReader : public ChangeReader
{
public:
    MySqlChangeReader(const Endpoint &source, const CaptureScope &scope);

    Status prepare() override;
    Result<QString> currentPosition() override;
    Status stream(const QString &from, const std::function<Status(ChangeTransaction &&)> &sink,
                  const CancelToken &cancel) override;
    // The binlog keeps no per-reader state: nothing to confirm or to drop.
    Status acknowledge(const QString &) override { return {}; }
    Status release() override { return {}; }
    // Binlog files in their sequence (the number after the last dot), then the offset.
    int comparePositions(const QString &a, const QString &b) const override;
    void setHeartbeatInterval(std::chrono::milliseconds interval) override
    {
        setHeartbeatSeconds(int((interval.count() + 999) / 1000));
    }

    // How often an idle source sends a heartbeat (default 10 s); the stream gives up on a
    // source silent for four periods (at least 30 s).
    void setHeartbeatSeconds(int seconds) { m_heartbeatSeconds = seconds < 1 ? 1 : seconds; }
    uint32_t serverId() const { return m_serverId; }

private:
    Result<std::unique_ptr<MySqlSession>> open(int readTimeoutSeconds = 0) const;

    Endpoint m_source;
    CaptureScope m_scope;
    uint32_t m_serverId;
    int m_heartbeatSeconds = 10;
};

} // namespace ferry

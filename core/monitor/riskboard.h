#pragma once

#include "common/error.h"
#include "engines/endpoint.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ferry {

class MetaStore;
class SecretStore;

// One thing on the risk board: what is at risk, how badly, the figures it was judged by and
// what to do about it.
struct Risk
{
    enum class Kind {
        BinlogRetention, // the source's binlog expires before the stream catches up
        SlotWal, // a PostgreSQL slot retains WAL near max_slot_wal_keep_size or the free disk
        PausedSlot, // a slot holds WAL for a project that is not running
        OrphanSlot, // a ferry_* slot no project owns
        Lag, // a stream's lag is above the threshold
        FailedStep, // a project step failed
        StoreDisk, // the disk of Ferry's store is nearly full
        Unreachable, // a source could not be asked (the board cannot judge its retention)
    };
    enum class Severity { Info, Warning, Critical };

    QString project; // empty for a server-wide or store risk
    Kind kind = Kind::Lag;
    Severity severity = Severity::Warning;
    QString object; // "127.0.0.1:3306", the slot's name, the step, the store path
    QString summary; // one line: what is wrong
    QString action; // one sentence: what to do
    QJsonObject figures; // the measured values the judgement used (bytes, seconds)

    static QString kindId(Kind kind); // "binlog-retention", "slot-wal", ...
    static QString severityId(Severity severity); // "info", "warning", "critical"
    QJsonObject toJson() const;
};

// What the board measured of one project's change stream and its source's log retention, for
// the board itself and for alert rules (which decide on these figures with their own limits).
// Sizes in bytes, times in seconds; -1 where not known.
struct RetentionFacts
{
    QString project;
    QString stream; // "forward", "reverse"
    QString projectState; // "running", "paused", ...
    QString streamState; // "streaming", "stopped", ...
    Engine engine = Engine::MariaDb; // the stream's source
    QString server; // "127.0.0.1:3306"
    QString error; // the source could not be asked: why (then the figures are unknown)

    // MySQL family: the binlog.
    QString readPosition; // where the stream stands ("mysql-bin.000003:1234")
    QString oldestLog; // the oldest binlog the server still has
    QString newestLog;
    bool positionPurged = false; // the read position's binlog is gone already
    qint64 retentionSeconds = -1; // binlog_expire_logs_seconds (or expire_logs_days); 0: never
    qint64 positionAgeSeconds = -1; // now - source commit time at the stream's position
    qint64 retentionLeftSeconds = -1; // retention - age: when the read position may be purged
    qint64 backlogBytes = -1; // binlog between the read position and the server's end
    double writeBytesPerSecond = -1; // the source's binlog growth
    double readBytesPerSecond = -1; // the stream's progress through the binlog
    // backlog / (read - write): 0 caught up; -1 never at these rates (or not known)
    qint64 catchUpSeconds = -1;
    bool catchUpKnown = false;

    // PostgreSQL: the project's slot.
    QString slot;
    bool slotExists = false;
    bool slotActive = false;
    QString walStatus; // reserved, extended, unreserved, lost
    qint64 retainedWalBytes = -1; // pg_current_wal_lsn() - restart_lsn
    qint64 maxSlotWalKeepBytes = -1; // max_slot_wal_keep_size; -1 unlimited
    qint64 freeDiskBytes = -1; // the server's data directory, when it is on this machine

    QJsonObject toJson() const;
};

// Limits the board judges by.
struct RiskOptions
{
    qint64 lagThresholdMs = 60000; // a stream's lag above this is a risk
    QHash<QString, qint64> projectLagThresholdMs; // per project, overriding the default
    // A catch-up must end with this share of the retention left: 1.5 = 50% margin.
    double retentionMargin = 1.5;
    // A backlog below this counts as caught up (a few seconds of an idle stream's heartbeats).
    qint64 caughtUpBytes = 64 * 1024;
    // The store's disk: warning below this share free, critical below a tenth of it.
    double storeDiskFreeShare = 0.10;
    int probeTimeoutSeconds = 5;
};

// The risk board: for every project with a change stream (incremental, reverse, sync), whether
// its source keeps the log it needs long enough (MariaDB/MySQL binlog expiry against the
// projected catch-up, PostgreSQL slot WAL against max_slot_wal_keep_size and the disk), slots
// held for paused projects and slots no project owns, lag above the threshold, failed steps
// and the store's disk. Each risk says what to do.
//
// Rates need two looks: the board remembers what it saw (the stream's read position and the
// server's binlog end, with their times) and measures rates between its calls. A call that
// finds no earlier look waits `sampleMs` and looks again. Blocking (store, servers): a worker
// thread; one call at a time.
class RiskBoard
{
public:
    using SecretOpener = std::function<Result<std::shared_ptr<SecretStore>>()>;

    RiskBoard(std::shared_ptr<MetaStore> store, SecretOpener secrets, RiskOptions options = {});
    ~RiskBoard();

    void setOptions(const RiskOptions &options) { m_options = options; }
    const RiskOptions &options() const { return m_options; }

    // Per project stream: what its source keeps and how fast it catches up.
    Result<QList<RetentionFacts>> retentionFacts(int sampleMs = 0);
    // Every risk, the worst first.
    Result<QList<Risk>> assess(int sampleMs = 0);

    // The judgement of one stream's retention (pure: the figures in, the risks out).
    static QList<Risk> assessRetention(const RetentionFacts &facts, const RiskOptions &options);

private:
    struct Private;
    std::unique_ptr<Private> d;
    RiskOptions m_options;
};

// The risks and failed steps as one readable list (the console's and the bundle's diagnosis).
QString diagnosisText(const QList<Risk> &risks);

} // namespace ferry

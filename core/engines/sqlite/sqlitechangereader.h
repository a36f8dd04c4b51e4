#pragma once

#include "engines/changereader.h"

#include <QHash>

#include <chrono>

namespace ferry {

class SqliteSession;

// Captures the changes of an SQLite file through triggers Ferry installs in it: AFTER INSERT,
// UPDATE and DELETE on every scope table write each row change, values exactly as stored, to a
// change log table read in sequence order (docs/capture-sqlite.md). Used on one thread; the
// CancelToken interrupts a stream from any thread.
class SqliteChangeReader : public ChangeReader
{
public:
    SqliteChangeReader(const Endpoint &source, const CaptureScope &scope);
    ~SqliteChangeReader() override;

    Status prepare() override;
    Result<QString> currentPosition() override;
    Status stream(const QString &from, const std::function<Status(ChangeTransaction &&)> &sink,
                  const CancelToken &cancel) override;
    Status acknowledge(const QString &position) override;
    Status release() override;
    int comparePositions(const QString &a, const QString &b) const override;
    void setHeartbeatInterval(std::chrono::milliseconds interval) override
    {
        heartbeatInterval = interval;
    }

    // The names capture gives its objects for `project`: "ferry_" + the project name folded to
    // [a-z0-9_] (with a hash of the original when folding changed it).
    static QString objectPrefix(const QString &project);
    QString logTable() const;
    // The trigger of `op` ("ins", "upd", "del") on `table`.
    QString triggerName(const QString &op, const QString &table) const;

    // How often stream() looks for new rows, and how long it stays silent before a heartbeat.
    std::chrono::milliseconds pollInterval {50};
    std::chrono::milliseconds heartbeatInterval {1000};
    // A read that returns more events than this is logged as a warning (memory, see the doc).
    qint64 largeTransactionEvents = 1'000'000;

private:
    Status open();
    Status checkScope() const;
    // The log exists and every scope table has its three triggers, capturing its columns.
    Status verifyInstalled();
    Result<int> schemaVersion();
    int valueColumns() const;
    QString triggerSql(const Table &table, const QString &op) const;
    // This project's triggers in the file: (name, sql).
    Result<QList<QPair<QString, QString>>> ourTriggers();
    Result<qint64> parsePosition(const QString &position) const;
    Result<bool> logExists();
    Error notPrepared() const;

    Endpoint m_source;
    CaptureScope m_scope;
    QString m_prefix;
    QHash<QString, int> m_tableIndex; // scope table name -> index in m_scope.tables
    std::unique_ptr<SqliteSession> m_session;
};

} // namespace ferry

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry {

// One thing the capability probe learned, and what it means for a migration.
struct ProbeFinding
{
    enum class Severity { Ok, Info, Warning, Blocker };

    Severity severity = Severity::Ok;
    QString item; // "binlog_format", "replication privilege", "file writable"
    QString value; // what the server said: "ROW", "yes", "3 of 10 free"
    QString message; // "binlog_format=STATEMENT: incremental sync needs ROW"
    QStringList blocks; // features this finding rules out: "incremental", "full-target", ...

    static QString severityName(Severity severity);
    QJsonObject toJson() const;
    static ProbeFinding fromJson(const QJsonObject &object);
};

// What "test connection" reports: the server, how fast it answered, and the findings.
struct ProbeReport
{
    QString product; // "MariaDB", "MySQL", "OceanBase", "PostgreSQL", "SQLite"
    QString serverVersion;
    int connectMs = 0;
    QList<ProbeFinding> findings;

    int count(ProbeFinding::Severity severity) const;
    // Features blocked by any finding, e.g. {"incremental"}.
    QStringList blockedFeatures() const;
    // "10.11.19" out of "10.11.19-MariaDB-0+deb12u1-log"
    QString shortVersion() const;
    // "MariaDB 10.11.19 · 1 warning" — stored as the data source's last test summary.
    QString summary() const;
    QJsonObject toJson() const;
    static ProbeReport fromJson(const QJsonObject &object);
};

} // namespace ferry

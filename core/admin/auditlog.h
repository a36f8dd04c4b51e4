#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ferry {

class MetaStore;

// One operation as the audit keeps it: who did what to which object, when, with what result,
// and the object before and after (never a secret).
struct AuditRecord
{
    qint64 seq = 0; // 1, 2, 3, ... in the order written
    QDateTime at; // UTC, milliseconds
    QString actor; // the user's name
    QString action; // "project.remove", "datasource.edit", "user.add", "login", ...
    QString objectType; // "project", "datasource", "user", "parameter", "store"
    QString object; // its name
    QString result; // "ok", "refused", "failed"
    QString detail; // the error of a refused or failed action; a note
    QJsonObject before;
    QJsonObject after;
    QString prevHash; // the hash of record seq-1 ("" for the first)
    QString hash; // SHA-256 over this record's fields and prevHash

    QJsonObject toJson() const;
};

// What `ferry audit verify` found.
struct AuditCheck
{
    qint64 records = 0;
    bool intact = true;
    qint64 firstBroken = 0; // the first record that does not hold (0 when intact)
    QString reason; // why, naming the record
};

// The operation audit in the store: append-only (triggers refuse UPDATE and DELETE) and
// hash-chained, so a record edited, removed or moved with another tool is found by verify().
// Any thread; each call uses that thread's store connection.
class AuditLog
{
public:
    explicit AuditLog(std::shared_ptr<MetaStore> store);

    // Numbers, stamps and chains `record` to the newest one, in one write transaction.
    Result<AuditRecord> append(AuditRecord record);
    // The newest `limit` records (all with 0), newest first.
    Result<QList<AuditRecord>> list(int limit = 0) const;
    Result<AuditCheck> verify() const;
    // Every record, oldest first: JSON when `path` ends in .json, otherwise CSV.
    Status exportTo(const QString &path) const;

    static QString hashOf(const QString &prevHash, qint64 seq, const QString &at,
                          const QString &actor, const QString &action, const QString &objectType,
                          const QString &object, const QString &result, const QString &detail,
                          const QString &before, const QString &after);

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

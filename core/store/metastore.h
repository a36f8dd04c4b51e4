#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace ferry {

// Ferry's own metadata: one SQLite file (WAL, busy timeout), brought to the newest schema by
// numbered migrations shipped as resources (:/ferry/store/migrations/NNN_*.sql) and tracked in
// PRAGMA user_version.
//
// Thread-safe: every thread gets its own named connection ("ferry/store/<n>/<thread>"), opened
// on first use and closed when the thread ends. A MetaStore must outlive the threads using it.
class MetaStore
{
public:
    ~MetaStore();
    MetaStore(const MetaStore &) = delete;
    MetaStore &operator=(const MetaStore &) = delete;

    // Opens (creating if needed) and migrates the store at `path`. Refuses a store written by
    // a newer Ferry, naming both versions.
    static Result<std::shared_ptr<MetaStore>> open(const QString &path);

    // Opens and applies migrations only up to `version`: for tests of upgrades.
    static Result<std::shared_ptr<MetaStore>> openAtVersion(const QString &path, int version);

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestVersion();

    // The calling thread's connection.
    QSqlDatabase database() const;

    // Prepares and executes `sql` with positional values; the error names the statement's
    // first words and masks the values. A null QString binds as '' (QVariant() is NULL).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;

    // Runs `work` in one transaction on the calling thread's connection; rolls back on error.
    Status transaction(const std::function<Status()> &work) const;

private:
    explicit MetaStore(const QString &path);
    Status migrate(int upToVersion);

    QString m_path;
    int m_instance;
};

} // namespace ferry

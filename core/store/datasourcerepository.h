#pragma once

#include "common/error.h"
#include "datasource/datasource.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace ferry {

class MetaStore;

// Data sources in the metadata store. Passwords are not its business (see SecretStore).
// Any thread may call it; each call uses that thread's store connection.
class DataSourceRepository
{
public:
    explicit DataSourceRepository(std::shared_ptr<MetaStore> store);

    const std::shared_ptr<MetaStore> &store() const { return m_store; }

    Result<QList<DataSource>> list() const;
    Result<DataSource> findByName(const QString &name) const;
    Result<DataSource> findById(qint64 id) const;

    // Validates, assigns id/uuid/timestamps and inserts. A taken name is Code::Conflict.
    Result<DataSource> add(DataSource source);
    // Replaces every field but id, uuid and createdAt.
    Result<DataSource> update(DataSource source);
    Status recordTest(qint64 id, const ConnectionTestSummary &test);
    // Refused with Code::Conflict, naming the projects, while a project references it.
    Status remove(qint64 id);

    // The names of the projects that reference the data source.
    Result<QStringList> usedBy(qint64 id) const;
    // "NAME-copy", "NAME-copy2", ... the first free name that still fits 32 characters.
    Result<QString> freeCopyName(const QString &name) const;
    Result<int> count() const;

private:
    std::shared_ptr<MetaStore> m_store;
};

} // namespace ferry

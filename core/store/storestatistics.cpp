#include "storestatistics.h"

#include "metastore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

Result<StoreStatistics> StoreStatistics::read(const MetaStore &store)
{
    auto q = store.exec(u"SELECT (SELECT count(*) FROM project WHERE type = 'migration'), "
                        "(SELECT count(*) FROM project WHERE type = 'sync'), "
                        "(SELECT count(*) FROM datasource)"_s);
    if (!q)
        return std::unexpected(q.error());
    StoreStatistics s;
    if (q->next()) {
        s.migrationProjects = q->value(0).toInt();
        s.synchronizationProjects = q->value(1).toInt();
        s.dataSources = q->value(2).toInt();
    }
    return s;
}

} // namespace ferry

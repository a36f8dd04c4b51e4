#include "driver.h"

#include "common/language.h"
#include "mysql/mysqldriver.h"
#include "postgresql/postgresqldriver.h"
#include "sqlite/sqlitedriver.h"

#include <QElapsedTimer>

namespace ferry {

const Driver &Driver::forEngine(Engine engine)
{
    static const MySqlDriver mysql;
    static const PostgreSqlDriver postgresql;
    static const SqliteDriver sqlite;
    switch (engines::family(engine)) {
    case EngineFamily::MySql: return mysql;
    case EngineFamily::PostgreSql: return postgresql;
    case EngineFamily::Sqlite: return sqlite;
    }
    return mysql;
}

Result<ProbeReport> Driver::testConnection(const Endpoint &endpoint) const
{
    QElapsedTimer timer;
    timer.start();
    auto session = connect(endpoint);
    if (!session)
        return std::unexpected(session.error());
    const int connectMs = int(timer.elapsed());
    auto report = probe(**session);
    if (!report)
        return std::unexpected(report.error());
    report->connectMs = connectMs;
    return report;
}

Result<std::unique_ptr<ChangeReader>> Driver::makeChangeReader(const Endpoint &source,
                                                               const CaptureScope &scope) const
{
    return std::unexpected(Error {Error::Code::Unsupported,
                                  Text::tr("project %1: Ferry cannot capture changes from %2 yet")
                                      .arg(scope.project, engines::displayName(source.engine)),
                                  Text::tr("Remove \"incremental\" from the project's steps."),
                                  scope.project,
                                  {}});
}

std::optional<Driver::CaptureSlot> Driver::captureSlot(Session &, const QString &) const
{
    return std::nullopt;
}

} // namespace ferry

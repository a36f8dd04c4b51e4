#include "positionrecord.h"

#include "driver.h"

using namespace Qt::StringLiterals;

namespace ferry {

PositionRecord::PositionRecord(Session &session, QString schema)
    : m_session(session)
    , m_schema(schema.isEmpty() ? session.endpoint().effectiveSchema() : std::move(schema))
{ }

QString PositionRecord::table() const
{
    const Dialect &dialect = Driver::forEngine(m_session.engine()).dialect();
    return dialect.qualify({m_schema, QString::fromLatin1(tableName)});
}

Status PositionRecord::ensureTable()
{
    const Dialect &dialect = Driver::forEngine(m_session.engine()).dialect();
    const QString key = dialect.family() == EngineFamily::Sqlite ? u"TEXT"_s : u"VARCHAR(64)"_s;
    QString updated;
    switch (dialect.family()) {
    case EngineFamily::MySql: updated = u"DATETIME(6)"_s; break;
    case EngineFamily::PostgreSql: updated = u"timestamptz"_s; break;
    case EngineFamily::Sqlite: updated = u"TEXT"_s; break;
    }
    return m_session.exec(u"CREATE TABLE IF NOT EXISTS %1 (%2 %3 NOT NULL, %4 %3 NOT NULL, "
                          "%5 TEXT NOT NULL, %6 %7 NOT NULL, PRIMARY KEY (%2, %4))"_s.arg(
                              table(), dialect.quote(u"project"_s), key, dialect.quote(u"stream"_s),
                              dialect.quote(u"position"_s), dialect.quote(u"updated_at"_s),
                              updated));
}

Status PositionRecord::write(const QString &project, const QString &stream, const QString &position)
{
    const Dialect &dialect = Driver::forEngine(m_session.engine()).dialect();
    const QString p = dialect.quote(u"position"_s);
    const QString u = dialect.quote(u"updated_at"_s);
    const QString values =
        u"%1, %2, %3"_s.arg(m_session.quoteLiteral(project), m_session.quoteLiteral(stream),
                            m_session.quoteLiteral(position));
    const QString insert = u"INSERT INTO %1 (%2, %3, %4, %5) VALUES (%6, "_s.arg(
        table(), dialect.quote(u"project"_s), dialect.quote(u"stream"_s), p, u, values);
    switch (dialect.family()) {
    case EngineFamily::MySql:
        return m_session.exec(insert
                              + u"NOW(6)) ON DUPLICATE KEY UPDATE %1 = VALUES(%1), "
                                "%2 = VALUES(%2)"_s.arg(p, u));
    case EngineFamily::PostgreSql:
        return m_session.exec(insert
                              + u"clock_timestamp()) ON CONFLICT (%1, %2) DO UPDATE SET "
                                "%3 = EXCLUDED.%3, %4 = EXCLUDED.%4"_s.arg(
                                    dialect.quote(u"project"_s), dialect.quote(u"stream"_s), p, u));
    case EngineFamily::Sqlite:
        return m_session.exec(insert
                              + u"strftime('%Y-%m-%d %H:%M:%f', 'now')) ON CONFLICT (%1, %2) "
                                "DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4"_s.arg(
                                    dialect.quote(u"project"_s), dialect.quote(u"stream"_s), p, u));
    }
    return fail(Error::Code::Internal, u"no position record for this engine"_s);
}

Result<std::optional<QString>> PositionRecord::read(const QString &project, const QString &stream)
{
    const Dialect &dialect = Driver::forEngine(m_session.engine()).dialect();
    auto rows = m_session.query(u"SELECT %1 FROM %2 WHERE %3 = %4 AND %5 = %6"_s.arg(
        dialect.quote(u"position"_s), table(), dialect.quote(u"project"_s),
        m_session.quoteLiteral(project), dialect.quote(u"stream"_s),
        m_session.quoteLiteral(stream)));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->size() == 0)
        return std::optional<QString>();
    return std::optional<QString>(rows->text(0, 0));
}

} // namespace ferry

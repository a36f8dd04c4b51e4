#include "postgresqldriver.h"

#include "common/language.h"
#include "engines/probehelpers.h"
#include "postgresqlbulkwriter.h"
#include "postgresqlcatalog.h"
#include "postgresqlchangereader.h"
#include "postgresqldialect.h"
#include "postgresqlsession.h"
#include "postgresqltablereader.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using Severity = ferry::ProbeFinding::Severity;

namespace ferry {

Result<std::unique_ptr<Session>> PostgreSqlDriver::connect(const Endpoint &endpoint) const
{
    auto session = PostgreSqlSession::open(endpoint);
    if (!session)
        return std::unexpected(session.error());
    return std::unique_ptr<Session>(std::move(*session));
}

Result<ProbeReport> PostgreSqlDriver::probe(Session &sessionIn) const
{
    auto &session = static_cast<PostgreSqlSession &>(sessionIn);
    ProbeReport report;
    report.product = u"PostgreSQL"_s;
    report.serverVersion = session.serverVersion();
    const QString schema = session.endpoint().effectiveSchema();

    auto facts =
        session.query(u"SELECT current_setting('wal_level'), "
                      "current_setting('max_replication_slots')::int, "
                      "(SELECT count(*) FROM pg_replication_slots), "
                      "current_setting('max_wal_senders')::int, "
                      "r.rolreplication, r.rolsuper, "
                      "pg_encoding_to_char(d.encoding), "
                      "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                      "(SELECT count(*) FROM pg_namespace WHERE nspname = %1), "
                      "CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = %1) "
                      "     THEN has_schema_privilege(%1, 'CREATE') END, "
                      "COALESCE(current_setting('wal_keep_size', true), ''), "
                      "COALESCE(current_setting('max_slot_wal_keep_size', true), '') "
                      "FROM pg_roles r, pg_database d "
                      "WHERE r.rolname = current_user AND d.datname = current_database()"_s.arg(
                          session.quoteLiteral(schema)));
    if (!facts)
        return std::unexpected(facts.error());
    if (facts->size() != 1)
        return fail(Error::Code::Database, Text::tr("the capability probe returned no row"));

    auto &f = report.findings;
    const QStringList incremental = {u"incremental"_s};
    const auto t = [&](int c) {
        return facts->text(0, c);
    };

    const QString walLevel = t(0);
    if (walLevel == u"logical")
        f.append(probe::finding(Severity::Ok, u"wal_level"_s, walLevel,
                                Text::tr("wal_level=logical, as incremental sync needs")));
    else
        f.append(probe::finding(
            Severity::Blocker, u"wal_level"_s, walLevel,
            Text::tr("wal_level=%1: incremental sync needs logical; ALTER SYSTEM SET "
                     "wal_level = logical and restart the server")
                .arg(walLevel),
            incremental));

    const bool superuser = t(5) == u"t";
    if (t(4) == u"t" || superuser)
        f.append(probe::finding(Severity::Ok, u"replication privilege"_s, u"yes"_s,
                                Text::tr("the role may stream logical changes")));
    else
        f.append(
            probe::finding(Severity::Blocker, u"replication privilege"_s, u"no"_s,
                           Text::tr("role '%1' lacks REPLICATION: incremental sync cannot stream "
                                    "changes; ALTER ROLE %1 REPLICATION")
                               .arg(session.endpoint().user),
                           incremental));

    const int maxSlots = t(1).toInt();
    const int usedSlots = t(2).toInt();
    const int freeSlots = maxSlots - usedSlots;
    const QString slotValue = u"%1 of %2 free"_s.arg(freeSlots).arg(maxSlots);
    if (freeSlots > 0)
        f.append(probe::finding(Severity::Ok, u"replication slots"_s, slotValue,
                                Text::tr("%1 replication slot(s) free").arg(freeSlots)));
    else
        f.append(
            probe::finding(Severity::Blocker, u"replication slots"_s, slotValue,
                           Text::tr("no free replication slot (max_replication_slots=%1): "
                                    "incremental sync needs one; drop an unused slot or raise the "
                                    "limit")
                               .arg(maxSlots),
                           incremental));

    if (t(3).toInt() == 0)
        f.append(
            probe::finding(Severity::Blocker, u"max_wal_senders"_s, t(3),
                           Text::tr("max_wal_senders=0: no replication connection is possible; "
                                    "set max_wal_senders = 10 and restart the server"),
                           incremental));

    const QString maxSlotKeep = t(11);
    if (!maxSlotKeep.isEmpty() && maxSlotKeep != u"-1")
        f.append(probe::finding(Severity::Info, u"max_slot_wal_keep_size"_s, maxSlotKeep,
                                Text::tr("a slot that falls %1 behind is invalidated: a stopped "
                                         "incremental sync must resume before that")
                                    .arg(maxSlotKeep)));

    const QString encoding = t(6);
    if (encoding == u"UTF8")
        f.append(probe::finding(Severity::Ok, u"encoding"_s, encoding,
                                Text::tr("the database is UTF-8")));
    else
        f.append(probe::finding(Severity::Warning, u"encoding"_s, encoding,
                                Text::tr("the database encoding is %1: text outside it cannot be "
                                         "stored here")
                                    .arg(encoding)));

    if (t(8).toInt() == 0)
        f.append(
            probe::finding(Severity::Warning, u"schema"_s, schema,
                           Text::tr("schema '%1' does not exist: as a target Ferry creates it; as "
                                    "a source there is nothing to read")
                               .arg(schema)));
    else if (t(9) == u"f")
        f.append(probe::finding(Severity::Warning, u"schema privilege"_s, u"no CREATE"_s,
                                Text::tr("role '%1' may not create tables in schema '%2': schema "
                                         "migration into it will fail; GRANT CREATE ON SCHEMA %2")
                                    .arg(session.endpoint().user, schema),
                                {u"schema-target"_s}));
    else
        f.append(probe::finding(Severity::Ok, u"schema"_s, schema,
                                Text::tr("schema '%1' exists and is writable").arg(schema)));

    f.append(probe::finding(session.isTlsActive() ? Severity::Ok : Severity::Info, u"TLS"_s,
                            session.isTlsActive() ? u"on"_s : u"off"_s,
                            session.isTlsActive() ? Text::tr("the connection is encrypted")
                                                  : Text::tr("the connection is not encrypted")));
    f.append(probe::clockSkew(QDateTime::fromString(t(7), Qt::ISODateWithMs)));
    return report;
}

const Dialect &PostgreSqlDriver::dialect() const
{
    static const PostgreSqlDialect d;
    return d;
}

Result<QList<Table>> PostgreSqlDriver::readTables(Session &session, const QString &schema) const
{
    return PostgreSqlCatalog::readTables(static_cast<PostgreSqlSession &>(session),
                                         schema.isEmpty() ? u"public"_s : schema);
}

Result<QList<SchemaObject>> PostgreSqlDriver::readObjects(Session &session,
                                                          const QString &schema) const
{
    return PostgreSqlCatalog::readObjects(static_cast<PostgreSqlSession &>(session), schema);
}

std::unique_ptr<TableReader> PostgreSqlDriver::makeReader(Session &session) const
{
    return std::make_unique<PostgreSqlTableReader>(static_cast<PostgreSqlSession &>(session));
}

std::unique_ptr<BulkWriter> PostgreSqlDriver::makeWriter(Session &session) const
{
    return std::make_unique<PostgreSqlBulkWriter>(static_cast<PostgreSqlSession &>(session));
}

Result<std::unique_ptr<ChangeReader>>
PostgreSqlDriver::makeChangeReader(const Endpoint &source, const CaptureScope &scope) const
{
    return std::unique_ptr<ChangeReader>(std::make_unique<PostgreSqlChangeReader>(source, scope));
}

std::optional<Driver::CaptureSlot> PostgreSqlDriver::captureSlot(Session &session,
                                                                 const QString &project) const
{
    CaptureSlot slot;
    slot.name = PostgreSqlChangeReader::objectName(project);
    auto q = session.query(u"SELECT confirmed_flush_lsn::text FROM pg_replication_slots "
                           "WHERE slot_name = %1"_s.arg(session.quoteLiteral(slot.name)));
    if (!q)
        return std::nullopt;
    slot.exists = q->size() == 1;
    if (slot.exists)
        slot.confirmed = q->text(0, 0);
    return slot;
}

QString PostgreSqlDriver::clientLibrary() const
{
    const int v = PQlibVersion(); // 150018
    return u"libpq %1.%2"_s.arg(v / 10000).arg(v % 10000);
}

} // namespace ferry

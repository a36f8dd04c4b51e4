#include "sqlitedriver.h"

#include "common/language.h"
#include "engines/probehelpers.h"
#include "sqlitebulkwriter.h"
#include "sqlitecatalog.h"
#include "sqlitechangereader.h"
#include "sqlitedialect.h"
#include "sqlitesession.h"
#include "sqlitetablereader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using Severity = ferry::ProbeFinding::Severity;

namespace ferry {

Result<std::unique_ptr<Session>> SqliteDriver::connect(const Endpoint &endpoint) const
{
    auto session = SqliteSession::open(endpoint, SqliteSession::OpenMode::ExistingOnly);
    if (!session)
        return std::unexpected(session.error());
    return std::unique_ptr<Session>(std::move(*session));
}

Result<ProbeReport> SqliteDriver::testConnection(const Endpoint &endpoint) const
{
    const QFileInfo file(endpoint.path);
    if (file.absoluteDir().exists() && !file.exists()) {
        const QFileInfo folder(file.absolutePath());
        ProbeReport report;
        report.product = u"SQLite"_s;
        report.serverVersion = SqliteSession::libraryVersion();
        if (folder.isWritable())
            report.findings.append(probe::finding(
                Severity::Info, u"file"_s, u"absent"_s,
                Text::tr(
                    "%1 does not exist yet: as a target Ferry creates it; as a source there is "
                    "nothing to read")
                    .arg(QDir::toNativeSeparators(file.absoluteFilePath())),
                {u"source"_s}));
        else
            report.findings.append(probe::finding(
                Severity::Blocker, u"folder writable"_s, u"no"_s,
                Text::tr(
                    "%1 does not exist and its folder is not writable: Ferry can neither read nor "
                    "create it")
                    .arg(QDir::toNativeSeparators(file.absoluteFilePath())),
                {u"source"_s, u"target"_s}));
        return report;
    }
    return Driver::testConnection(endpoint);
}

Result<ProbeReport> SqliteDriver::probe(Session &sessionIn) const
{
    auto &session = static_cast<SqliteSession &>(sessionIn);
    ProbeReport report;
    report.product = u"SQLite"_s;
    report.serverVersion = session.serverVersion();
    auto &f = report.findings;
    const QFileInfo file(session.endpoint().path);

    f.append(probe::finding(Severity::Ok, u"file readable"_s, u"yes"_s,
                            Text::tr("the database file is readable")));
    const bool writable =
        file.isWritable() && QFileInfo(file.absolutePath()).isWritable() && !session.isReadOnly();
    if (writable)
        f.append(probe::finding(Severity::Ok, u"file writable"_s, u"yes"_s,
                                Text::tr("the file and its folder are writable")));
    else
        f.append(
            probe::finding(Severity::Warning, u"file writable"_s, u"no"_s,
                           Text::tr("the file or its folder is read-only: it can be a source but "
                                    "not a target"),
                           {u"target"_s}));

    if (auto mode = session.query(u"PRAGMA journal_mode"_s); mode && mode->size() == 1)
        f.append(probe::finding(Severity::Info, u"journal_mode"_s, mode->text(0, 0),
                                Text::tr("journal mode %1").arg(mode->text(0, 0))));
    if (auto tables = session.query(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'"_s);
        tables && tables->size() == 1)
        f.append(probe::finding(Severity::Info, u"tables"_s, tables->text(0, 0),
                                Text::tr("%1 table(s)").arg(tables->text(0, 0))));
    // SQLite keeps no change log of its own: capture installs triggers and a log table.
    if (writable)
        f.append(
            probe::finding(Severity::Info, u"change capture"_s, u"triggers"_s,
                           Text::tr("incremental sync installs capture triggers and a change log "
                                    "table in the file (docs/capture-sqlite.md)")));
    else
        f.append(
            probe::finding(Severity::Warning, u"change capture"_s, u"not possible"_s,
                           Text::tr("SQLite keeps no change log, and capture cannot install its "
                                    "triggers in a read-only file; let the account write the file "
                                    "and its folder"),
                           {u"incremental"_s}));
    return report;
}

Result<std::unique_ptr<Session>> SqliteDriver::connectForWrite(const Endpoint &endpoint) const
{
    auto session = SqliteSession::open(endpoint, SqliteSession::OpenMode::CreateIfMissing);
    if (!session)
        return std::unexpected(session.error());
    return std::unique_ptr<Session>(std::move(*session));
}

const Dialect &SqliteDriver::dialect() const
{
    static const SqliteDialect d;
    return d;
}

Result<QList<Table>> SqliteDriver::readTables(Session &session, const QString &) const
{
    return sqlitecatalog::readTables(static_cast<SqliteSession &>(session));
}

Result<QList<SchemaObject>> SqliteDriver::readObjects(Session &session, const QString &schema) const
{
    Q_UNUSED(schema);
    return sqlitecatalog::readObjects(static_cast<SqliteSession &>(session));
}

std::unique_ptr<TableReader> SqliteDriver::makeReader(Session &session) const
{
    return std::make_unique<SqliteTableReader>(static_cast<SqliteSession &>(session));
}

std::unique_ptr<BulkWriter> SqliteDriver::makeWriter(Session &session) const
{
    return std::make_unique<SqliteBulkWriter>(static_cast<SqliteSession &>(session));
}

Result<std::unique_ptr<ChangeReader>>
SqliteDriver::makeChangeReader(const Endpoint &source, const CaptureScope &scope) const
{
    return std::unique_ptr<ChangeReader>(std::make_unique<SqliteChangeReader>(source, scope));
}

QString SqliteDriver::clientLibrary() const
{
    return u"SQLite "_s + SqliteSession::libraryVersion();
}

bool SqliteDriver::createdByFirstWrite(const Endpoint &target) const
{
    return !QFileInfo::exists(target.path);
}

} // namespace ferry

#include "mysqldriver.h"

#include "common/language.h"
#include "engines/probehelpers.h"
#include "mysqlbulkwriter.h"
#include "mysqlcatalog.h"
#include "mysqlchangereader.h"
#include "mysqldialect.h"
#include "mysqlsession.h"
#include "mysqltablereader.h"

#include <QMap>
#include <QRegularExpression>

#include <mysql.h>

using namespace Qt::StringLiterals;
using Severity = ferry::ProbeFinding::Severity;

namespace ferry {

Result<std::unique_ptr<Session>> MySqlDriver::connect(const Endpoint &endpoint) const
{
    auto session = MySqlSession::open(endpoint);
    if (!session)
        return std::unexpected(session.error());
    return std::unique_ptr<Session>(std::move(*session));
}

Result<ProbeReport> MySqlDriver::probe(Session &sessionIn) const
{
    auto &session = static_cast<MySqlSession &>(sessionIn);
    ProbeReport report;
    report.serverVersion = session.serverVersion();

    auto vars = session.query(
        u"SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version_comment', 'log_bin', "
        "'binlog_format', 'binlog_row_image', 'binlog_row_metadata', 'expire_logs_days', "
        "'binlog_expire_logs_seconds', 'local_infile', 'server_id', 'gtid_mode', "
        "'lower_case_table_names', 'character_set_server')"_s);
    if (!vars)
        return std::unexpected(vars.error());
    QMap<QString, QString> v;
    for (int r = 0; r < vars->size(); ++r)
        v.insert(vars->text(r, 0).toLower(), vars->text(r, 1));

    const QString comment = v.value(u"version_comment"_s);
    if (report.serverVersion.contains(u"OceanBase", Qt::CaseInsensitive)
        || comment.contains(u"OceanBase", Qt::CaseInsensitive))
        report.product = u"OceanBase"_s;
    else if (report.serverVersion.contains(u"MariaDB", Qt::CaseInsensitive))
        report.product = u"MariaDB"_s;
    else
        report.product = u"MySQL"_s;

    auto &f = report.findings;
    const QStringList incremental = {u"incremental"_s};

    const QString logBin = v.value(u"log_bin"_s).toUpper();
    if (logBin == u"ON" || logBin == u"1")
        f.append(
            probe::finding(Severity::Ok, u"log_bin"_s, u"ON"_s, Text::tr("the binary log is on")));
    else
        f.append(
            probe::finding(Severity::Blocker, u"log_bin"_s, logBin.isEmpty() ? u"OFF"_s : logBin,
                           Text::tr("log_bin=OFF: incremental sync needs the binary log; start the "
                                    "server with --log-bin"),
                           incremental));

    const QString format = v.value(u"binlog_format"_s).toUpper();
    if (format == u"ROW")
        f.append(probe::finding(Severity::Ok, u"binlog_format"_s, format,
                                Text::tr("binlog_format=ROW, as incremental sync needs")));
    else
        f.append(probe::finding(Severity::Blocker, u"binlog_format"_s, format,
                                Text::tr("binlog_format=%1: incremental sync needs ROW; SET GLOBAL "
                                         "binlog_format=ROW and restart the writers")
                                    .arg(format),
                                incremental));

    const QString image = v.value(u"binlog_row_image"_s).toUpper();
    if (image.isEmpty() || image == u"FULL")
        f.append(probe::finding(Severity::Ok, u"binlog_row_image"_s,
                                image.isEmpty() ? u"FULL (default)"_s : image,
                                Text::tr("row events carry every column")));
    else
        f.append(
            probe::finding(Severity::Blocker, u"binlog_row_image"_s, image,
                           Text::tr("binlog_row_image=%1: incremental sync needs FULL, so updates "
                                    "and deletes carry every column; SET GLOBAL "
                                    "binlog_row_image=FULL and restart the writers")
                               .arg(image),
                           incremental));

    if (v.contains(u"binlog_row_metadata"_s)) {
        const QString meta = v.value(u"binlog_row_metadata"_s).toUpper();
        if (meta == u"FULL")
            f.append(probe::finding(Severity::Ok, u"binlog_row_metadata"_s, meta,
                                    Text::tr("row events carry column names")));
        else
            f.append(
                probe::finding(Severity::Info, u"binlog_row_metadata"_s, meta,
                               Text::tr("binlog_row_metadata=%1: column names are taken from the "
                                        "catalog; FULL is safer across DDL")
                                   .arg(meta)));
    }

    // Retention: MariaDB 10.6+ and MySQL 8 express it in seconds, older servers in days.
    double retentionDays = -1;
    if (v.contains(u"binlog_expire_logs_seconds"_s)
        && v.value(u"binlog_expire_logs_seconds"_s).toDouble() > 0)
        retentionDays = v.value(u"binlog_expire_logs_seconds"_s).toDouble() / 86400.0;
    else if (v.contains(u"expire_logs_days"_s))
        retentionDays = v.value(u"expire_logs_days"_s).toDouble();
    if (retentionDays == 0)
        f.append(probe::finding(Severity::Ok, u"binlog retention"_s, u"unlimited"_s,
                                Text::tr("binary logs are kept until purged by hand")));
    else if (retentionDays > 0 && retentionDays < 2)
        f.append(probe::finding(
            Severity::Warning, u"binlog retention"_s, u"%1 days"_s.arg(retentionDays, 0, 'g', 3),
            Text::tr("binlogs are kept %1 days: a stopped incremental sync must "
                     "resume within that; keep at least 7 days for full + "
                     "incremental")
                .arg(retentionDays, 0, 'g', 3)));
    else if (retentionDays >= 2)
        f.append(probe::finding(
            retentionDays < 7 ? Severity::Info : Severity::Ok, u"binlog retention"_s,
            u"%1 days"_s.arg(retentionDays, 0, 'g', 3),
            retentionDays < 7
                ? Text::tr("binlogs are kept %1 days; 7 or more leave room for a "
                           "long full migration before incremental sync")
                      .arg(retentionDays, 0, 'g', 3)
                : Text::tr("binlogs are kept %1 days").arg(retentionDays, 0, 'g', 3)));

    // Privileges, as the server reports them for this account.
    auto grants = session.query(u"SHOW GRANTS FOR CURRENT_USER()"_s);
    if (grants) {
        QString all;
        for (int r = 0; r < grants->size(); ++r)
            all += grants->text(r, 0).toUpper() + u'\n';
        const bool everything = all.contains(u"GRANT ALL PRIVILEGES ON *.*"_s);
        const bool slave = everything || all.contains(u"REPLICATION SLAVE"_s);
        const bool client = everything || all.contains(u"REPLICATION CLIENT"_s)
            || all.contains(u"BINLOG MONITOR"_s) || all.contains(u"SUPER"_s);
        QStringList missing;
        if (!slave)
            missing << u"REPLICATION SLAVE"_s;
        if (!client)
            missing << u"REPLICATION CLIENT"_s;
        if (missing.isEmpty())
            f.append(probe::finding(Severity::Ok, u"replication privileges"_s, u"yes"_s,
                                    Text::tr("the account may read the binary log")));
        else
            f.append(probe::finding(
                Severity::Blocker, u"replication privileges"_s, u"missing"_s,
                Text::tr(
                    "user '%1' lacks %2: incremental sync cannot read the binlog; GRANT %2 ON *.* "
                    "TO the user")
                    .arg(session.endpoint().user, missing.join(u", "_s)),
                incremental));
    }

    const QString infile = v.value(u"local_infile"_s).toUpper();
    if (infile == u"ON" || infile == u"1")
        f.append(
            probe::finding(Severity::Ok, u"local_infile"_s, u"ON"_s,
                           Text::tr("LOAD DATA LOCAL is allowed: the fast bulk path for loads")));
    else
        f.append(probe::finding(
            Severity::Info, u"local_infile"_s, u"OFF"_s,
            Text::tr("local_infile=OFF: loads into this server use multi-row INSERT, "
                     "several times slower than LOAD DATA LOCAL")));

    f.append(probe::finding(session.isTlsActive() ? Severity::Ok : Severity::Info, u"TLS"_s,
                            session.isTlsActive() ? u"on"_s : u"off"_s,
                            session.isTlsActive() ? Text::tr("the connection is encrypted")
                                                  : Text::tr("the connection is not encrypted")));

    auto now = session.query(u"SELECT DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f')"_s);
    if (now && now->size() == 1)
        f.append(probe::clockSkew(
            QDateTime::fromString(now->text(0, 0).left(23) + u'Z', Qt::ISODateWithMs)));
    return report;
}

const Dialect &MySqlDriver::dialect() const
{
    static const MySqlDialect d;
    return d;
}

Result<QList<Table>> MySqlDriver::readTables(Session &session, const QString &schema) const
{
    auto &mysql = static_cast<MySqlSession &>(session);
    if (!schema.contains(u'*') && !schema.contains(u'?'))
        return MySqlCatalog::readTables(mysql, schema);
    // A source whose "database" is a pattern (shards over databases: "shop_*"): the tables of
    // every database it matches, in name order; the server's own databases never match.
    auto names = mysql.query(u"SELECT schema_name FROM information_schema.schemata WHERE "
                             "schema_name NOT IN ('mysql', 'information_schema', "
                             "'performance_schema', 'sys') ORDER BY schema_name"_s);
    if (!names)
        return std::unexpected(names.error());
    const QRegularExpression glob(
        QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
            schema, QRegularExpression::UnanchoredWildcardConversion)));
    QList<Table> out;
    for (int i = 0; i < names->size(); ++i) {
        const QString name = names->text(i, 0);
        if (!glob.match(name).hasMatch())
            continue;
        auto tables = MySqlCatalog::readTables(mysql, name);
        if (!tables)
            return std::unexpected(tables.error());
        out << *tables;
    }
    return out;
}

Result<QList<SchemaObject>> MySqlDriver::readObjects(Session &session, const QString &schema) const
{
    return MySqlCatalog::readObjects(static_cast<MySqlSession &>(session), schema);
}

std::unique_ptr<TableReader> MySqlDriver::makeReader(Session &session) const
{
    return std::make_unique<MySqlTableReader>(static_cast<MySqlSession &>(session));
}

std::unique_ptr<BulkWriter> MySqlDriver::makeWriter(Session &session) const
{
    return std::make_unique<MySqlBulkWriter>(static_cast<MySqlSession &>(session));
}

Result<std::unique_ptr<ChangeReader>> MySqlDriver::makeChangeReader(const Endpoint &source,
                                                                    const CaptureScope &scope) const
{
    return std::make_unique<MySqlChangeReader>(source, scope);
}

QString MySqlDriver::clientLibrary() const
{
    return u"MariaDB Connector/C "_s + QString::fromLatin1(mysql_get_client_info());
}

} // namespace ferry

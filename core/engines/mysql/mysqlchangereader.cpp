#include "mysqlchangereader.h"

#include "binlogdecoder.h"
#include "common/language.h"
#include "common/logging.h"
#include "mysqlsession.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <mariadb/mariadb_rpl.h>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString who(const Endpoint &e)
{
    return u"%1 at %2:%3"_s.arg(engines::displayName(e.engine), e.host).arg(e.port);
}

// Owns a Connector/C replication handle and its last event.
struct Replication
{
    MARIADB_RPL *rpl = nullptr;
    MARIADB_RPL_EVENT *event = nullptr;
    ~Replication()
    {
        if (event)
            mariadb_free_rpl_event(event);
        if (rpl)
            mariadb_rpl_close(rpl);
    }
};

} // namespace

MySqlChangeReader::MySqlChangeReader(const Endpoint &source, const CaptureScope &scope)
    : m_source(source)
    , m_scope(scope)
    // A replica's id must be unique among the source's replicas: the source drops an older
    // dump with the same id. Stay clear of the small ids people give their servers.
    , m_serverId(0x40000000u + QRandomGenerator::global()->bounded(0x3FFFFFFFu))
{ }

Result<std::unique_ptr<MySqlSession>> MySqlChangeReader::open(int readTimeoutSeconds) const
{
    return MySqlSession::open(m_source, readTimeoutSeconds);
}

Status MySqlChangeReader::prepare()
{
    auto session = open();
    if (!session)
        return fail(session.error());
    MySqlSession &s = **session;
    const QString server = who(m_source);

    auto vars = s.query(u"SHOW GLOBAL VARIABLES WHERE Variable_name IN ('log_bin', "
                        "'binlog_format', 'binlog_row_image')"_s);
    if (!vars)
        return fail(vars.error());
    QHash<QString, QString> v;
    for (int r = 0; r < vars->size(); ++r)
        v.insert(vars->text(r, 0).toLower(), vars->text(r, 1).toUpper());
    const QString logBin = v.value(u"log_bin"_s, u"OFF"_s);
    if (logBin != u"ON" && logBin != u"1")
        return fail(Error::Code::Unsupported,
                    Text::tr("%1 has the binary log off (log_bin=%2): incremental sync reads it")
                        .arg(server, logBin),
                    Text::tr("Start the server with --log-bin (and binlog_format=ROW, "
                             "binlog_row_image=FULL)."),
                    server);
    const QString format = v.value(u"binlog_format"_s);
    if (format != u"ROW")
        return fail(
            Error::Code::Unsupported,
            Text::tr("%1 logs binlog_format=%2: incremental sync needs ROW").arg(server, format),
            Text::tr("SET GLOBAL binlog_format=ROW (and in the server's configuration), then "
                     "reconnect the applications so their sessions log rows."),
            server);
    const QString image = v.value(u"binlog_row_image"_s, u"FULL"_s);
    if (image != u"FULL")
        return fail(
            Error::Code::Unsupported,
            Text::tr("%1 logs binlog_row_image=%2: incremental sync needs FULL, so updates and "
                     "deletes carry every column")
                .arg(server, image),
            Text::tr("SET GLOBAL binlog_row_image=FULL (and in the server's configuration)."),
            server);

    auto user = s.query(u"SELECT CURRENT_USER()"_s);
    auto grants = s.query(u"SHOW GRANTS FOR CURRENT_USER()"_s);
    if (!grants)
        return fail(grants.error());
    QString all;
    for (int r = 0; r < grants->size(); ++r)
        all += grants->text(r, 0).toUpper() + u'\n';
    static const QRegularExpression slaveRe(
        u"GRANT [^\\n]*\\b(REPLICATION SLAVE(?! ADMIN)|REPLICATION REPLICA(?! ADMIN))[^\\n]* "
        "ON \\*\\.\\*"_s);
    static const QRegularExpression clientRe(
        u"GRANT [^\\n]*\\b(REPLICATION CLIENT|BINLOG MONITOR|SUPER)\\b[^\\n]* ON \\*\\.\\*"_s);
    const bool everything = all.contains(u"GRANT ALL PRIVILEGES ON *.*"_s);
    QStringList missing;
    if (!everything && !slaveRe.match(all).hasMatch())
        missing << u"REPLICATION SLAVE"_s;
    if (!everything && !clientRe.match(all).hasMatch())
        missing << u"REPLICATION CLIENT"_s;
    if (!missing.isEmpty()) {
        QString account = u"'%1'"_s.arg(m_source.user);
        if (user && user->size() == 1) {
            const QString current = user->text(0, 0);
            const qsizetype at = current.lastIndexOf(u'@');
            if (at > 0)
                account = u"'%1'@'%2'"_s.arg(current.left(at), current.mid(at + 1));
        }
        return fail(Error::Code::Permission,
                    Text::tr("user %1 lacks %2 on %3: incremental sync cannot read the binlog")
                        .arg(account, missing.join(u" and "_s), server),
                    u"GRANT %1 ON *.* TO %2;"_s.arg(missing.join(u", "_s), account), server);
    }

    for (const Table &t : std::as_const(m_scope.tables)) {
        if (!t.chunkKey().isEmpty())
            continue;
        return fail(
            Error::Code::InvalidInput,
            Text::tr("table %1 has no primary key or unique key on NOT NULL columns: captured "
                     "updates and deletes could not find their row in the target")
                .arg(t.ref.display()),
            Text::tr("Add a primary key to %1 (ALTER TABLE ... ADD PRIMARY KEY), or exclude "
                     "it from incremental sync.")
                .arg(t.ref.display()),
            t.ref.display());
    }
    return {};
}

int MySqlChangeReader::comparePositions(const QString &a, const QString &b) const
{
    const auto pa = binlog::StreamDecoder::parsePosition(a);
    const auto pb = binlog::StreamDecoder::parsePosition(b);
    if (!pa || !pb)
        return int(bool(pa)) - int(bool(pb));
    if (pa->file != pb->file) {
        const auto sequence = [](const std::string &file) {
            const size_t dot = file.rfind('.');
            return dot == std::string::npos ? 0ULL
                                            : std::strtoull(file.c_str() + dot + 1, nullptr, 10);
        };
        const auto sa = sequence(pa->file), sb = sequence(pb->file);
        if (sa != sb)
            return sa < sb ? -1 : 1;
        return pa->file < pb->file ? -1 : 1;
    }
    return pa->offset < pb->offset ? -1 : pa->offset > pb->offset ? 1 : 0;
}

Result<QString> MySqlChangeReader::currentPosition()
{
    auto session = open();
    if (!session)
        return fail(session.error());
    MySqlSession &s = **session;
    const bool mariadb = s.serverVersion().contains(u"MariaDB"_s, Qt::CaseInsensitive);
    const auto gtidNow = [&]() -> Result<QString> {
        if (!mariadb)
            return QString();
        auto g = s.query(u"SELECT @@GLOBAL.gtid_binlog_pos"_s);
        if (!g)
            return fail(g.error());
        return g->text(0, 0);
    };
    // The GTID state and the file position are two statements: read them until a commit
    // between them is ruled out.
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto before = gtidNow();
        if (!before)
            return fail(before.error());
        auto status = s.query(u"SHOW MASTER STATUS"_s);
        if (!status)
            status = s.query(u"SHOW BINARY LOG STATUS"_s); // MySQL 8.4
        if (!status)
            return fail(status.error());
        if (status->size() == 0)
            return fail(
                Error::Code::Unsupported,
                Text::tr("%1 reports no binlog position: the binary log is off").arg(who(m_source)),
                Text::tr("Start the server with --log-bin."), who(m_source));
        QString gtids = before.value();
        if (!mariadb) {
            const int executed = status->columnIndex(u"Executed_Gtid_Set"_s);
            if (executed >= 0)
                gtids = status->text(0, executed).simplified().remove(u' ');
        } else {
            auto after = gtidNow();
            if (!after)
                return fail(after.error());
            if (*after != gtids)
                continue;
        }
        QString position = status->text(0, 0) + u':' + status->text(0, 1);
        if (!gtids.isEmpty())
            position += u";gtid="_s + gtids;
        return position;
    }
    return fail(Error::Code::Database,
                Text::tr("%1 committed too fast to read its binlog position").arg(who(m_source)),
                Text::tr("Try again."), who(m_source));
}

Status MySqlChangeReader::stream(const QString &from,
                                 const std::function<Status(ChangeTransaction &&)> &sink,
                                 const CancelToken &cancel)
{
    const QString server = who(m_source);
    const auto cancelled = [&] {
        return fail(Error::Code::Cancelled,
                    Text::tr("reading the binlog of %1 was cancelled").arg(server), {}, server);
    };
    const auto start = binlog::StreamDecoder::parsePosition(from);
    if (!start)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("'%1' is not a binlog position of %2 (FILE:OFFSET[;gtid=...])")
                .arg(from, server),
            Text::tr("Start from the position currentPosition() or the full step recorded."),
            server);
    if (cancel.isCancelled())
        return cancelled();

    auto opened = open(std::max(30, 4 * m_heartbeatSeconds));
    if (!opened)
        return fail(opened.error());
    MySqlSession &s = **opened;

    auto checksum = s.query(u"SELECT @@GLOBAL.binlog_checksum, @@GLOBAL.server_id"_s);
    if (!checksum)
        return fail(checksum.error());
    const bool crc = checksum->text(0, 0).toUpper() != u"NONE";
    if (checksum->text(0, 1).toUInt() == m_serverId)
        m_serverId ^= 1; // never the source's own id
    const qint64 heartbeatNs = qint64(m_heartbeatSeconds) * 1000000000LL;
    for (const QString &sql : {
             u"SET @master_binlog_checksum = @@GLOBAL.binlog_checksum"_s,
             u"SET @source_binlog_checksum = @@GLOBAL.binlog_checksum"_s,
             // MARIA_SLAVE_CAPABILITY_GTID: GTID events instead of BEGIN, and GTID lists.
             u"SET @mariadb_slave_capability = 4"_s,
             u"SET @master_heartbeat_period = %1"_s.arg(heartbeatNs),
             u"SET @source_heartbeat_period = %1"_s.arg(heartbeatNs),
             // A blocked sink must not make the source drop the dump.
             u"SET SESSION net_write_timeout = 86400"_s,
         })
        if (auto ok = s.exec(sql); !ok)
            return ok;

    Replication r;
    r.rpl = mariadb_rpl_init(s.handle());
    if (!r.rpl)
        return fail(s.lastError(Text::tr("starting replication from %1").arg(server)));
    const std::string file = start->file;
    unsigned long offset = (unsigned long)start->offset;
    uint32_t serverId = m_serverId;
    unsigned int flags = 0;
    mariadb_rpl_optionsv(r.rpl, MARIADB_RPL_FILENAME, file.data(), file.size());
    mariadb_rpl_optionsv(r.rpl, MARIADB_RPL_START, offset);
    mariadb_rpl_optionsv(r.rpl, MARIADB_RPL_SERVER_ID, serverId);
    mariadb_rpl_optionsv(r.rpl, MARIADB_RPL_FLAGS, flags);

    // The fetch blocks in a read on the socket: shutting the socket down ends it at once, from
    // the token's helper thread. The interrupt is removed before the session closes the socket.
    const my_socket socket = mysql_get_socket(s.handle());
    ScopedInterrupt interrupt(cancel, [socket] { ::shutdown(int(socket), SHUT_RDWR); });
    if (cancel.isCancelled())
        return cancelled();

    const auto streamError = [&]() -> Error {
        const unsigned int code = mysql_errno(s.handle());
        const QString message = QString::fromUtf8(mysql_error(s.handle()));
        const QString position = QString::fromStdString(start->file);
        if (code == ER_MASTER_FATAL_ERROR_READING_BINLOG
            && (message.contains(u"Could not find first log file"_s, Qt::CaseInsensitive)
                || message.contains(u"purged"_s, Qt::CaseInsensitive))) {
            Error e = makeError(
                Error::Code::NotFound,
                Text::tr(
                    "%1 no longer has binlog file %2 that capture must resume from (%3): it was "
                    "purged")
                    .arg(server, position, from),
                Text::tr(
                    "Redo the full step for the captured tables and start capture from the "
                    "position it records; keep binlogs longer (binlog_expire_logs_seconds) than "
                    "capture may stop."),
                server);
            return e;
        }
        if (code == CR_SERVER_LOST || code == CR_SERVER_GONE_ERROR) {
            Error e = mysqlError(code, message, QString::fromLatin1(mysql_sqlstate(s.handle())),
                                 m_source, Text::tr("reading the binlog of %1").arg(server));
            e.message =
                Text::tr("the binlog stream from %1 broke (no event or heartbeat for %2 s, or "
                         "the connection dropped): %3")
                    .arg(server)
                    .arg(std::max(30, 4 * m_heartbeatSeconds))
                    .arg(message);
            return e;
        }
        if (code == 0) {
            return makeError(Error::Code::Database,
                             Text::tr("reading the binlog of %1 failed: %2")
                                 .arg(server, QString::fromUtf8(mariadb_rpl_error(r.rpl))),
                             {}, server);
        }
        return s.lastError(Text::tr("reading the binlog of %1 from %2").arg(server, from));
    };

    if (mariadb_rpl_open(r.rpl) != 0) {
        if (cancel.isCancelled())
            return cancelled();
        return fail(streamError());
    }
    qCInfo(lcEngine).noquote() << Text::tr("binlog: capture from %1 at %2 as replica %3")
                                      .arg(server, from)
                                      .arg(m_serverId);

    binlog::StreamDecoder decoder(m_scope.tables, start->file, start->offset, start->gtids, crc);
    decoder.setQuietSeconds(m_heartbeatSeconds);
    while (true) {
        MARIADB_RPL_EVENT *event = mariadb_rpl_fetch(r.rpl, r.event);
        if (!event) {
            r.event = nullptr; // fetch freed it
            if (cancel.isCancelled())
                return cancelled();
            return fail(streamError());
        }
        r.event = event;
        if (cancel.isCancelled())
            return cancelled();
        if (event->raw_data_size <= event->raw_data_ofs)
            continue;
        const std::string_view bytes(reinterpret_cast<const char *>(event->raw_data)
                                         + event->raw_data_ofs,
                                     event->raw_data_size - event->raw_data_ofs);
        if (auto ok = decoder.feed(bytes, sink); !ok) {
            if (cancel.isCancelled())
                return cancelled();
            Error e = ok.error();
            if (e.object.isEmpty())
                e.object = server;
            return fail(e);
        }
    }
}

} // namespace ferry

#include "riskboard.h"

#include "common/durationtext.h"
#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "engines/postgresql/postgresqlchangereader.h"
#include "engines/session.h"
#include "pipeline/streamstate.h"
#include "project/endpointresolver.h"
#include "project/projectrepository.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStorageInfo>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

struct BinlogFile
{
    QString name;
    qint64 size = 0;
};

struct BinlogPosition
{
    QString file;
    qint64 offset = 0;
    bool valid = false;
};

// "mysql-bin.000003:1234;gtid=0-1-5" -> file and offset.
BinlogPosition parseBinlogPosition(const QString &text)
{
    BinlogPosition p;
    const QString head = text.section(u';', 0, 0);
    const qsizetype colon = head.lastIndexOf(u':');
    if (colon <= 0)
        return p;
    bool ok = false;
    p.offset = head.mid(colon + 1).toLongLong(&ok);
    p.file = head.left(colon);
    p.valid = ok;
    return p;
}

// Bytes of binlog from `from` to `to` in `files` (oldest first); -1 when `from`'s file is gone.
qint64 bytesBetween(const QList<BinlogFile> &files, const BinlogPosition &from,
                    const BinlogPosition &to)
{
    qint64 total = 0;
    bool counting = false;
    for (const BinlogFile &f : files) {
        if (f.name == from.file) {
            counting = true;
            if (f.name == to.file)
                return std::max<qint64>(0, to.offset - from.offset);
            total += std::max<qint64>(0, f.size - from.offset);
            continue;
        }
        if (!counting)
            continue;
        if (f.name == to.file)
            return total + to.offset;
        total += f.size;
    }
    return counting ? total : -1;
}

bool isLocalHost(const QString &host)
{
    return host.isEmpty() || host == u"127.0.0.1" || host == u"localhost" || host == u"::1";
}

QString serverOf(const Endpoint &e)
{
    return e.host + u':' + QString::number(e.port);
}

QString bytesText(qint64 bytes)
{
    if (bytes < 0)
        return u"unknown"_s;
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    if (bytes < qint64(1) << 20)
        return u"%1 KiB"_s.arg(double(bytes) / 1024, 0, 'f', 1);
    if (bytes < qint64(1) << 30)
        return u"%1 MiB"_s.arg(double(bytes) / (1 << 20), 0, 'f', 1);
    return u"%1 GiB"_s.arg(double(bytes) / (1 << 30), 0, 'f', 1);
}

QString secondsText(qint64 s)
{
    return s < 0 ? u"never"_s : durationText(s * 1000);
}

// What one look at a server or a stream saw, for rates between looks.
struct StreamLook
{
    QString readPosition;
    QDateTime savedAt;
    double rate = -1; // bytes/s between the two saves before this look
};
struct ServerLook
{
    BinlogPosition end;
    QDateTime at;
    double rate = -1;
};

} // namespace

QString Risk::kindId(Kind kind)
{
    switch (kind) {
    case Kind::BinlogRetention: return u"binlog-retention"_s;
    case Kind::SlotWal: return u"slot-wal"_s;
    case Kind::PausedSlot: return u"paused-slot"_s;
    case Kind::OrphanSlot: return u"orphan-slot"_s;
    case Kind::Lag: return u"lag"_s;
    case Kind::FailedStep: return u"failed-step"_s;
    case Kind::StoreDisk: return u"store-disk"_s;
    case Kind::Unreachable: return u"unreachable"_s;
    }
    return {};
}

QString Risk::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Critical: return u"critical"_s;
    }
    return {};
}

QJsonObject Risk::toJson() const
{
    return {
        {u"project"_s, project}, {u"kind"_s, kindId(kind)}, {u"severity"_s, severityId(severity)},
        {u"object"_s, object},   {u"summary"_s, summary},   {u"action"_s, action},
        {u"figures"_s, figures}};
}

QJsonObject RetentionFacts::toJson() const
{
    QJsonObject o {{u"project"_s, project},
                   {u"stream"_s, stream},
                   {u"projectState"_s, projectState},
                   {u"streamState"_s, streamState},
                   {u"engine"_s, engines::id(engine)},
                   {u"server"_s, server}};
    if (!error.isEmpty())
        o[u"error"_s] = error;
    if (engines::family(engine) == EngineFamily::MySql) {
        o[u"readPosition"_s] = readPosition;
        o[u"oldestLog"_s] = oldestLog;
        o[u"newestLog"_s] = newestLog;
        o[u"positionPurged"_s] = positionPurged;
        o[u"retentionSeconds"_s] = retentionSeconds;
        o[u"positionAgeSeconds"_s] = positionAgeSeconds;
        o[u"retentionLeftSeconds"_s] = retentionLeftSeconds;
        o[u"backlogBytes"_s] = backlogBytes;
        o[u"writeBytesPerSecond"_s] = writeBytesPerSecond;
        o[u"readBytesPerSecond"_s] = readBytesPerSecond;
        o[u"catchUpSeconds"_s] = catchUpSeconds;
        o[u"catchUpKnown"_s] = catchUpKnown;
    } else {
        o[u"slot"_s] = slot;
        o[u"slotExists"_s] = slotExists;
        o[u"slotActive"_s] = slotActive;
        o[u"walStatus"_s] = walStatus;
        o[u"retainedWalBytes"_s] = retainedWalBytes;
        o[u"maxSlotWalKeepBytes"_s] = maxSlotWalKeepBytes;
        o[u"freeDiskBytes"_s] = freeDiskBytes;
    }
    return o;
}

struct RiskBoard::Private
{
    std::shared_ptr<MetaStore> store;
    SecretOpener openSecrets;
    std::shared_ptr<SecretStore> secrets;
    QHash<QString, StreamLook> streams; // "project/stream"
    QHash<QString, ServerLook> servers; // "host:port"
    // What the last retentionFacts() looked at, for assess().
    QList<ProjectRecord> projects;
    QList<Risk> sideRisks; // orphan slots, found while looking at the servers
};

RiskBoard::RiskBoard(std::shared_ptr<MetaStore> store, SecretOpener secrets, RiskOptions options)
    : d(std::make_unique<Private>())
    , m_options(std::move(options))
{
    d->store = std::move(store);
    d->openSecrets = std::move(secrets);
}

RiskBoard::~RiskBoard() = default;

namespace {

// The MySQL family: the binlog list, the expiry, the backlog and the rates since the last look.
void lookAtBinlog(Session &s, const StreamRecord &stream, bool moving, RetentionFacts &f,
                  QHash<QString, StreamLook> &streamLooks, QHash<QString, ServerLook> &serverLooks)
{
    auto logs = s.query(u"SHOW BINARY LOGS"_s);
    if (!logs) {
        f.error = logs.error().message;
        return;
    }
    QList<BinlogFile> files;
    for (int r = 0; r < logs->size(); ++r)
        files.append({logs->text(r, 0), logs->text(r, 1).toLongLong()});
    if (files.isEmpty()) {
        f.error = u"the server keeps no binlog (log_bin is off)"_s;
        return;
    }
    f.oldestLog = files.first().name;
    f.newestLog = files.last().name;
    // MariaDB 10.6 and MySQL 8 count in seconds; older servers in days (expire_logs_days).
    qint64 seconds = -1;
    if (auto q = s.query(u"SELECT @@GLOBAL.binlog_expire_logs_seconds"_s); q && q->size() == 1)
        seconds = q->text(0, 0).toLongLong();
    if (seconds <= 0) {
        if (auto q = s.query(u"SELECT @@GLOBAL.expire_logs_days"_s); q && q->size() == 1)
            seconds = qint64(std::llround(q->text(0, 0).toDouble() * 86400));
    }
    f.retentionSeconds = std::max<qint64>(0, seconds);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BinlogPosition end {files.last().name, files.last().size, true};
    const BinlogPosition read = parseBinlogPosition(stream.readPosition);
    if (!read.valid) {
        f.error = u"the stream's read position '%1' is not FILE:OFFSET"_s.arg(stream.readPosition);
        return;
    }
    f.backlogBytes = bytesBetween(files, read, end);
    f.positionPurged = f.backlogBytes < 0;
    if (stream.lastCommitAt.isValid())
        f.positionAgeSeconds = std::max<qint64>(0, stream.lastCommitAt.secsTo(now));
    else if (stream.lagMs >= 0)
        f.positionAgeSeconds = stream.lagMs / 1000;
    else
        f.positionAgeSeconds = 0;
    if (f.retentionSeconds > 0)
        f.retentionLeftSeconds = f.retentionSeconds - f.positionAgeSeconds;

    // Rates since the last look: the server's end, and the stream's read position as the
    // stream saved it (with the time it saved it).
    const QString serverKey = f.server;
    if (auto it = serverLooks.find(serverKey); it == serverLooks.end()) {
        serverLooks.insert(serverKey, {end, now, -1});
    } else {
        const double dt = double(it->at.msecsTo(now)) / 1000;
        const qint64 grown = bytesBetween(files, it->end, end);
        if (dt >= 0.2 && grown >= 0)
            *it = {end, now, double(grown) / dt};
        f.writeBytesPerSecond = it->rate;
    }
    const QString streamKey = f.project + u'/' + f.stream;
    if (auto it = streamLooks.find(streamKey); it == streamLooks.end()) {
        streamLooks.insert(streamKey, {stream.readPosition, stream.updatedAt, -1});
    } else if (it->savedAt != stream.updatedAt) {
        // The stream saved again since the last look: its rate spans whole saves.
        const double dt = double(it->savedAt.msecsTo(stream.updatedAt)) / 1000;
        const qint64 moved = bytesBetween(files, parseBinlogPosition(it->readPosition), read);
        *it = {stream.readPosition, stream.updatedAt,
               dt > 0 && moved >= 0 ? double(moved) / dt : -1};
        f.readBytesPerSecond = it->rate;
    } else {
        f.readBytesPerSecond = it->rate;
    }
    if (!moving)
        f.readBytesPerSecond = 0;

    if (f.positionPurged)
        return;
    if (f.backlogBytes <= 0) {
        f.catchUpSeconds = 0;
        f.catchUpKnown = true;
    } else if (f.readBytesPerSecond >= 0 && f.writeBytesPerSecond >= 0) {
        const double net = f.readBytesPerSecond - f.writeBytesPerSecond;
        f.catchUpKnown = true;
        f.catchUpSeconds = net > 0 ? qint64(std::ceil(double(f.backlogBytes) / net)) : -1;
    } else if (f.readBytesPerSecond == 0) {
        f.catchUpKnown = true; // a stream that does not move never catches up
        f.catchUpSeconds = -1;
    }
}

// PostgreSQL: the project's slot, the WAL it holds and what the server allows.
void lookAtSlot(Session &s, const Endpoint &source, RetentionFacts &f)
{
    f.slot = PostgreSqlChangeReader::objectName(f.project);
    auto q =
        s.query(u"SELECT active, coalesce(wal_status, ''), "
                "coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), 0)::bigint, "
                "current_setting('max_slot_wal_keep_size') "
                "FROM pg_replication_slots WHERE slot_name = %1"_s.arg(s.quoteLiteral(f.slot)));
    if (!q) {
        f.error = q.error().message;
        return;
    }
    if (auto keep = s.query(u"SELECT setting::bigint FROM pg_settings "
                            "WHERE name = 'max_slot_wal_keep_size'"_s);
        keep && keep->size() == 1) {
        const qint64 mb = keep->text(0, 0).toLongLong();
        f.maxSlotWalKeepBytes = mb < 0 ? -1 : mb * 1024 * 1024;
    }
    f.slotExists = q->size() == 1;
    if (f.slotExists) {
        f.slotActive = q->text(0, 0) == u"t";
        f.walStatus = q->text(0, 1);
        f.retainedWalBytes = q->text(0, 2).toLongLong();
    }
    if (isLocalHost(source.host)) {
        if (auto dir = s.query(u"SELECT current_setting('data_directory')"_s);
            dir && dir->size() == 1) {
            QStorageInfo disk(dir->text(0, 0));
            if (disk.isValid())
                f.freeDiskBytes = disk.bytesAvailable();
        }
    }
}

} // namespace

Result<QList<RetentionFacts>> RiskBoard::retentionFacts(int sampleMs)
{
    ProjectRepository repository(d->store);
    auto sources = std::make_shared<DataSourceRepository>(d->store);
    const auto look = [&]() -> Result<QList<RetentionFacts>> {
        auto projects = repository.list();
        if (!projects)
            return std::unexpected(projects.error());
        d->projects = *projects;
        d->sideRisks.clear();
        QList<RetentionFacts> out;
        // PostgreSQL servers seen (with a session's endpoint), for the orphan slots.
        QHash<QString, Endpoint> pgServers;
        for (const ProjectRecord &p : std::as_const(*projects)) {
            if (p.state == ProjectState::Released)
                continue;
            auto streams = repository.streams(p.id);
            if (!streams)
                return std::unexpected(streams.error());
            for (const StreamRecord &stream : std::as_const(*streams)) {
                const EndpointSpec &spec =
                    stream.stream == u"reverse" ? p.definition.target : p.definition.source;
                if (spec.isKafka())
                    continue;
                RetentionFacts f;
                f.project = p.name();
                f.stream = stream.stream;
                f.projectState = projectStateId(p.state);
                f.streamState = stream.state;
                f.readPosition = stream.readPosition;
                std::shared_ptr<SecretStore> secrets;
                if (needsSecret(spec, *sources)) {
                    if (!d->secrets && d->openSecrets) {
                        auto opened = d->openSecrets();
                        if (opened)
                            d->secrets = *opened;
                    }
                    secrets = d->secrets;
                }
                auto endpoint = resolveEndpoint(spec, sources, secrets);
                if (!endpoint) {
                    f.error = endpoint.error().message;
                    out.append(f);
                    continue;
                }
                Endpoint e = *endpoint;
                f.engine = e.engine;
                f.server = serverOf(e);
                if (e.family() == EngineFamily::Sqlite)
                    continue;
                e.connectTimeoutSeconds = m_options.probeTimeoutSeconds;
                auto session = Driver::forEngine(e.engine).connect(e);
                if (!session) {
                    f.error = session.error().message;
                    out.append(f);
                    continue;
                }
                const bool moving = p.state == ProjectState::Running;
                if (e.family() == EngineFamily::MySql) {
                    lookAtBinlog(**session, stream, moving, f, d->streams, d->servers);
                } else {
                    lookAtSlot(**session, e, f);
                    pgServers.insert(f.server + u'/' + e.database, e);
                }
                out.append(f);
            }
        }
        // Slots named like a project's that no project of this store owns.
        QSet<QString> owned;
        for (const ProjectRecord &p : std::as_const(*projects))
            if (p.state != ProjectState::Released)
                owned.insert(PostgreSqlChangeReader::objectName(p.name()));
        for (auto it = pgServers.cbegin(); it != pgServers.cend(); ++it) {
            auto session = Driver::forEngine(it->engine).connect(*it);
            if (!session)
                continue;
            auto found = (*session)->query(
                u"SELECT slot_name, coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), "
                "restart_lsn), 0)::bigint, active FROM pg_replication_slots "
                "WHERE slot_name LIKE 'ferry\\_%' AND database = current_database() "
                "ORDER BY slot_name"_s);
            if (!found)
                continue;
            for (int r = 0; r < found->size(); ++r) {
                const QString name = found->text(r, 0);
                if (owned.contains(name))
                    continue;
                Risk risk;
                risk.kind = Risk::Kind::OrphanSlot;
                risk.severity = Risk::Severity::Warning;
                risk.object = name;
                const qint64 retained = found->text(r, 1).toLongLong();
                risk.figures = {{u"server"_s, it.key()},
                                {u"retainedWalBytes"_s, retained},
                                {u"active"_s, found->text(r, 2) == u"t"}};
                risk.summary = Text::tr("replication slot %1 on %2 belongs to no Ferry project and "
                                        "holds %3 of WAL")
                                   .arg(name, it.key(), bytesText(retained));
                risk.action = Text::tr("If nothing else uses it, drop it on %1: SELECT "
                                       "pg_drop_replication_slot('%2');")
                                  .arg(it.key(), name);
                d->sideRisks.append(risk);
            }
        }
        return out;
    };
    const bool firstLook = d->streams.isEmpty() && d->servers.isEmpty();
    auto facts = look();
    if (facts && firstLook && sampleMs > 0) {
        QThread::msleep(ulong(sampleMs));
        facts = look();
    }
    return facts;
}

QList<Risk> RiskBoard::assessRetention(const RetentionFacts &f, const RiskOptions &options)
{
    QList<Risk> out;
    Risk r;
    r.project = f.project;
    r.object = f.slot.isEmpty() ? f.server : f.slot;
    r.figures = f.toJson();
    if (!f.error.isEmpty()) {
        r.kind = Risk::Kind::Unreachable;
        r.severity = Risk::Severity::Warning;
        r.object = f.server;
        r.summary =
            Text::tr("the %1 stream's source %2 could not be asked about its log retention: %3")
                .arg(f.stream, f.server.isEmpty() ? u"(unresolved)"_s : f.server, f.error);
        r.action = Text::tr("Check that %1 is reachable and its password is available, then look "
                            "again.")
                       .arg(f.server.isEmpty() ? Text::tr("the source") : f.server);
        out.append(r);
        return out;
    }
    const bool running = f.projectState == projectStateId(ProjectState::Running);
    if (engines::family(f.engine) == EngineFamily::MySql) {
        r.kind = Risk::Kind::BinlogRetention;
        if (f.positionPurged) {
            r.severity = Risk::Severity::Critical;
            r.summary =
                Text::tr("the binlog at the %1 stream's read position %2 is gone from %3 (oldest "
                         "kept: %4)")
                    .arg(f.stream, f.readPosition, f.server, f.oldestLog);
            r.action =
                Text::tr("The stream cannot resume from there: reset the project and run its full "
                         "step again, and raise binlog_expire_logs_seconds on %1.")
                    .arg(f.server);
            out.append(r);
            return out;
        }
        if (f.retentionSeconds == 0 || f.backlogBytes <= options.caughtUpBytes)
            return out; // binlogs kept until purged by hand, or nothing to catch up
        const auto needed = [&](qint64 catchUp) {
            const double s =
                double(f.positionAgeSeconds) + double(catchUp) * options.retentionMargin;
            return qint64(std::ceil(s / 3600.0)) * 3600;
        };
        if (!running) {
            r.severity =
                f.retentionLeftSeconds < 3600 ? Risk::Severity::Critical : Risk::Severity::Warning;
            r.summary =
                Text::tr("project %1 is %2 with %3 of binlog to read on %4; its read position is "
                         "purged in %5 (binlog_expire_logs_seconds %6)")
                    .arg(f.project, f.projectState, bytesText(f.backlogBytes), f.server,
                         secondsText(std::max<qint64>(0, f.retentionLeftSeconds)))
                    .arg(f.retentionSeconds);
            r.action =
                Text::tr("Resume project %1 within %2, or raise binlog_expire_logs_seconds on %3 "
                         "to at least %4 s.")
                    .arg(f.project, secondsText(std::max<qint64>(0, f.retentionLeftSeconds)),
                         f.server)
                    .arg(needed(86400));
            out.append(r);
            return out;
        }
        if (!f.catchUpKnown)
            return out; // no rate yet: the next look judges
        if (f.catchUpSeconds < 0) {
            r.severity =
                f.retentionLeftSeconds < 3600 ? Risk::Severity::Critical : Risk::Severity::Warning;
            r.summary =
                Text::tr("the %1 stream of %2 reads %3/s of binlog while %4 writes %5/s: it "
                         "falls behind, and its read position is purged in %6")
                    .arg(f.stream, f.project, bytesText(qint64(f.readBytesPerSecond)), f.server,
                         bytesText(qint64(f.writeBytesPerSecond)),
                         secondsText(std::max<qint64>(0, f.retentionLeftSeconds)));
            r.action =
                Text::tr("Make the stream faster than the source writes (target capacity, "
                         "fewer tables) or raise binlog_expire_logs_seconds on %1 to at least %2 s "
                         "while it catches up.")
                    .arg(f.server)
                    .arg(needed(86400));
            out.append(r);
            return out;
        }
        if (double(f.catchUpSeconds) * options.retentionMargin <= double(f.retentionLeftSeconds))
            return out;
        r.severity = f.catchUpSeconds > f.retentionLeftSeconds ? Risk::Severity::Critical
                                                               : Risk::Severity::Warning;
        r.summary =
            Text::tr("the %1 stream of %2 needs %3 to catch up (%4 of binlog at %5/s net) but "
                     "%6 purges its read position in %7 (binlog_expire_logs_seconds %8)")
                .arg(f.stream, f.project, secondsText(f.catchUpSeconds), bytesText(f.backlogBytes),
                     bytesText(qint64(f.readBytesPerSecond - f.writeBytesPerSecond)), f.server,
                     secondsText(std::max<qint64>(0, f.retentionLeftSeconds)))
                .arg(f.retentionSeconds);
        r.action =
            Text::tr("Raise binlog_expire_logs_seconds to at least %1 s on %2 (SET GLOBAL "
                     "binlog_expire_logs_seconds = %1, and in the server's configuration), or make "
                     "the stream faster.")
                .arg(needed(f.catchUpSeconds))
                .arg(f.server);
        out.append(r);
        return out;
    }

    // PostgreSQL slots.
    if (!f.slotExists) {
        if (f.streamState == stateId(StreamState::Stopped) && !running)
            return out;
        r.kind = Risk::Kind::SlotWal;
        r.severity = Risk::Severity::Critical;
        r.summary = Text::tr("replication slot %1 of project %2 does not exist on %3")
                        .arg(f.slot, f.project, f.server);
        r.action =
            Text::tr("The stream cannot resume without it: reset project %1 and run its full step "
                     "again (it creates the slot).")
                .arg(f.project);
        out.append(r);
        return out;
    }
    const bool lost = f.walStatus == u"lost" || f.walStatus == u"unreserved";
    const double share =
        f.maxSlotWalKeepBytes > 0 ? double(f.retainedWalBytes) / double(f.maxSlotWalKeepBytes) : 0;
    const bool diskTight = f.freeDiskBytes >= 0 && f.retainedWalBytes > f.freeDiskBytes / 2;
    if (!running && f.retainedWalBytes > options.caughtUpBytes) {
        r.kind = Risk::Kind::PausedSlot;
        r.severity =
            lost || share > 0.5 || diskTight ? Risk::Severity::Critical : Risk::Severity::Warning;
        r.summary =
            Text::tr("replication slot %1 on %2 holds %3 of WAL for project %4, which is %5")
                .arg(f.slot, f.server, bytesText(f.retainedWalBytes), f.project, f.projectState);
        r.action =
            Text::tr("Resume project %1, or release it if it will not run again (that drops slot "
                     "%2); until then %3 keeps its WAL%4.")
                .arg(f.project, f.slot, f.server,
                     f.maxSlotWalKeepBytes > 0
                         ? Text::tr(" up to max_slot_wal_keep_size (%1)")
                               .arg(bytesText(f.maxSlotWalKeepBytes))
                         : Text::tr(" without limit (max_slot_wal_keep_size = -1)"));
        out.append(r);
        return out;
    }
    if (lost || share > 0.5 || diskTight) {
        r.kind = Risk::Kind::SlotWal;
        r.severity =
            lost || share > 0.8 || diskTight ? Risk::Severity::Critical : Risk::Severity::Warning;
        r.summary =
            Text::tr("replication slot %1 on %2 holds %3 of WAL (max_slot_wal_keep_size %4, "
                     "free disk %5, wal_status %6)")
                .arg(f.slot, f.server, bytesText(f.retainedWalBytes),
                     bytesText(f.maxSlotWalKeepBytes), bytesText(f.freeDiskBytes), f.walStatus);
        r.action =
            Text::tr("Raise max_slot_wal_keep_size on %1 above %2 (ALTER SYSTEM SET "
                     "max_slot_wal_keep_size = '%3MB'; SELECT pg_reload_conf()) and free disk "
                     "space, or make the stream of %4 faster.")
                .arg(f.server, bytesText(f.retainedWalBytes))
                .arg(((f.retainedWalBytes * 2) >> 20) + 1)
                .arg(f.project);
        out.append(r);
    }
    return out;
}

Result<QList<Risk>> RiskBoard::assess(int sampleMs)
{
    auto facts = retentionFacts(sampleMs);
    if (!facts)
        return std::unexpected(facts.error());
    QList<Risk> out;
    for (const RetentionFacts &f : std::as_const(*facts))
        out += assessRetention(f, m_options);
    out += d->sideRisks;

    ProjectRepository repository(d->store);
    for (const ProjectRecord &p : std::as_const(d->projects)) {
        if (p.state == ProjectState::Running) {
            auto streams = repository.streams(p.id);
            if (!streams)
                return std::unexpected(streams.error());
            const qint64 threshold =
                m_options.projectLagThresholdMs.value(p.name(), m_options.lagThresholdMs);
            for (const StreamRecord &s : std::as_const(*streams)) {
                if (s.lagMs <= threshold)
                    continue;
                Risk r;
                r.project = p.name();
                r.kind = Risk::Kind::Lag;
                r.severity =
                    s.lagMs > 10 * threshold ? Risk::Severity::Critical : Risk::Severity::Warning;
                r.object = s.stream;
                r.figures = {{u"lagMs"_s, s.lagMs},
                             {u"thresholdMs"_s, threshold},
                             {u"eventsPerSecond"_s, s.eventsPerSecond}};
                r.summary =
                    Text::tr("the %1 stream of %2 is %3 behind its source (threshold %4)")
                        .arg(s.stream, p.name(), durationText(s.lagMs), durationText(threshold));
                r.action =
                    Text::tr("Look at the target's load and the project's log for retries; pause "
                             "other projects on the same target, or raise the threshold if this "
                             "lag is expected.");
                out.append(r);
            }
        }
        auto steps = repository.steps(p.id);
        if (!steps)
            return std::unexpected(steps.error());
        for (const StepRecord &s : std::as_const(*steps)) {
            if (s.state != StepState::Failed)
                continue;
            Risk r;
            r.project = p.name();
            r.kind = Risk::Kind::FailedStep;
            r.severity = Risk::Severity::Critical;
            r.object = s.step;
            r.figures = {{u"step"_s, s.step},
                         {u"error"_s, s.error},
                         {u"finishedAt"_s, s.finishedAt.toUTC().toString(Qt::ISODateWithMs)}};
            r.summary = Text::tr("step %1 of %2 failed: %3")
                            .arg(s.step, p.name(), s.error.section(u'\n', 0, 0));
            r.action =
                Text::tr("Fix what the error names, then start project %1 again: it resumes at "
                         "the failed step.")
                    .arg(p.name());
            out.append(r);
        }
    }

    QStorageInfo disk(QFileInfo(d->store->path()).absolutePath());
    if (disk.isValid() && disk.bytesTotal() > 0) {
        const double free = double(disk.bytesAvailable()) / double(disk.bytesTotal());
        if (free < m_options.storeDiskFreeShare) {
            Risk r;
            r.kind = Risk::Kind::StoreDisk;
            r.severity = free < m_options.storeDiskFreeShare / 10 ? Risk::Severity::Critical
                                                                  : Risk::Severity::Warning;
            r.object = d->store->path();
            r.figures = {{u"freeBytes"_s, disk.bytesAvailable()},
                         {u"totalBytes"_s, disk.bytesTotal()}};
            r.summary = Text::tr("the disk of Ferry's store has %1 free of %2")
                            .arg(bytesText(disk.bytesAvailable()), bytesText(disk.bytesTotal()));
            r.action =
                Text::tr("Free space on %1 (old logs, released projects' samples), or move the "
                         "store to a larger disk.")
                    .arg(disk.rootPath());
            out.append(r);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Risk &a, const Risk &b) {
        return int(a.severity) > int(b.severity);
    });
    return out;
}

QString diagnosisText(const QList<Risk> &risks)
{
    if (risks.isEmpty())
        return u"No risks: every stream keeps the log it needs, no lag above its threshold, no "
               "failed step.\n"_s;
    QString out;
    for (const Risk &r : risks) {
        out += u"[%1] %2%3: %4\n    -> %5\n"_s.arg(
            Risk::severityId(r.severity).toUpper(), Risk::kindId(r.kind),
            r.project.isEmpty() ? QString() : u" (%1)"_s.arg(r.project), r.summary, r.action);
    }
    return out;
}

} // namespace ferry

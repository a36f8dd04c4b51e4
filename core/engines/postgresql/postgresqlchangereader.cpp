#include "postgresqlchangereader.h"

#include "common/language.h"
#include "common/logging.h"
#include "pgoutputdecoder.h"
#include "postgresqldialect.h"
#include "postgresqlsession.h"

#include <QCryptographicHash>
#include <QThread>

#include <libpq-fe.h>

#include <poll.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

using Clock = std::chrono::steady_clock;
using pgoutput::Lsn;

const PostgreSqlDialect &dialect()
{
    static const PostgreSqlDialect d;
    return d;
}

QString literal(const QString &text)
{
    return PostgreSqlDialect::quoteText(text);
}

QString who(const Endpoint &e)
{
    return u"PostgreSQL at %1:%2"_s.arg(e.host).arg(e.port);
}

Error cancelledError(const QString &slot)
{
    return makeError(Error::Code::Cancelled,
                     Text::tr("reading changes from replication slot %1 was cancelled").arg(slot),
                     {}, slot);
}

struct ResultHolder
{
    PGresult *res;
    explicit ResultHolder(PGresult *r)
        : res(r)
    { }
    ~ResultHolder() { PQclear(res); }
    ResultHolder(const ResultHolder &) = delete;
    ResultHolder &operator=(const ResultHolder &) = delete;
};

// Waits until the connection's socket is readable (or writable, when libpq has output
// pending), at most `timeout`. poll(), not select(): a descriptor above FD_SETSIZE is fine.
void waitForSocket(PGconn *conn, bool wantWrite, std::chrono::milliseconds timeout)
{
    pollfd fd {};
    fd.fd = PQsocket(conn);
    if (fd.fd < 0)
        return;
    fd.events = short(POLLIN | (wantWrite ? POLLOUT : 0));
    poll(&fd, 1, int(timeout.count()));
}

} // namespace

QString PostgreSqlChangeReader::objectName(const QString &project)
{
    QString name = u"ferry_"_s;
    for (const QChar c : project.toLower()) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
        name += keep ? c : u'_';
    }
    if (name.size() > 63) {
        const QByteArray hash =
            QCryptographicHash::hash(project.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        name = name.left(54) + u'_' + QString::fromLatin1(hash);
    }
    return name;
}

PostgreSqlChangeReader::PostgreSqlChangeReader(const Endpoint &source, const CaptureScope &scope)
    : m_source(source)
    , m_scope(scope)
    , m_name(objectName(scope.project))
{ }

PostgreSqlChangeReader::~PostgreSqlChangeReader() = default;

Result<std::unique_ptr<PostgreSqlSession>> PostgreSqlChangeReader::connect(bool replication) const
{
    return PostgreSqlSession::open(m_source, replication);
}

Status PostgreSqlChangeReader::checkSource(PostgreSqlSession &session) const
{
    const QString user = m_source.user;
    auto facts =
        session.query(u"SELECT current_setting('wal_level'), r.rolreplication OR r.rolsuper "
                      "FROM pg_roles r WHERE r.rolname = current_user"_s);
    if (!facts)
        return std::unexpected(facts.error());
    if (facts->size() != 1)
        return fail(Error::Code::Internal,
                    Text::tr("reading the settings of %1 returned no row").arg(who(m_source)));
    if (facts->text(0, 0) != u"logical")
        return fail(
            Error::Code::Unsupported,
            Text::tr("%1 has wal_level=%2: capturing changes needs wal_level=logical")
                .arg(who(m_source), facts->text(0, 0)),
            Text::tr("Run ALTER SYSTEM SET wal_level = logical as a superuser and restart the "
                     "server."),
            who(m_source));
    if (facts->text(0, 1) != u"t")
        return fail(
            Error::Code::Permission,
            Text::tr("role '%1' on %2 lacks the REPLICATION privilege: it cannot create or read "
                     "the replication slot %3")
                .arg(user, who(m_source), m_name),
            Text::tr("Run ALTER ROLE %1 REPLICATION as a superuser, or capture as a role that "
                     "has it.")
                .arg(dialect().quote(user)),
            who(m_source));

    if (m_scope.tables.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("project %1 captures no table").arg(m_scope.project),
                    Text::tr("Select the tables to capture."), m_scope.project);
    QStringList rows;
    for (const Table &t : m_scope.tables)
        rows << u"(%1, %2, %3)"_s.arg(rows.size())
                    .arg(literal(t.ref.schema.isEmpty() ? u"public"_s : t.ref.schema),
                         literal(t.ref.name));
    auto identities = session.query(
        u"SELECT v.i, c.relreplident, c.relkind, "
        "EXISTS (SELECT 1 FROM pg_index x WHERE x.indrelid = c.oid AND x.indisprimary) "
        "FROM (VALUES %1) v(i, s, n) "
        "LEFT JOIN pg_namespace ns ON ns.nspname = v.s "
        "LEFT JOIN pg_class c ON c.relnamespace = ns.oid AND c.relname = v.n "
        "ORDER BY v.i"_s.arg(rows.join(u", "_s)));
    if (!identities)
        return std::unexpected(identities.error());
    QStringList missing, unidentified;
    for (int r = 0; r < identities->size(); ++r) {
        const Table &t = m_scope.tables[identities->text(r, 0).toInt()];
        if (identities->isNull(r, 1)) {
            missing << t.ref.display();
            continue;
        }
        const QString identity = identities->text(r, 1);
        const bool primaryKey = identities->text(r, 3) == u"t";
        if (identity == u"n" || (identity == u"d" && !primaryKey))
            unidentified << t.ref.display();
    }
    if (!missing.isEmpty())
        return fail(Error::Code::NotFound,
                    Text::tr("%1 has no table %2").arg(who(m_source), missing.join(u", "_s)),
                    Text::tr("Read the source's schema again and update the project's tables."),
                    missing.first());
    if (!unidentified.isEmpty()) {
        QStringList fixes;
        for (const QString &t : std::as_const(unidentified))
            fixes << u"ALTER TABLE %1 REPLICA IDENTITY FULL"_s.arg(t);
        return fail(Error::Code::Unsupported,
                    Text::tr("table %1 has no primary key and REPLICA IDENTITY DEFAULT or NOTHING: "
                             "PostgreSQL cannot say which row its updates and deletes change")
                        .arg(unidentified.join(u", "_s)),
                    Text::tr("Add a primary key, or run %1.").arg(fixes.join(u"; "_s)),
                    unidentified.first());
    }
    return {};
}

Status PostgreSqlChangeReader::ensurePublication(PostgreSqlSession &session) const
{
    QStringList tables;
    for (const Table &t : m_scope.tables) {
        TableRef ref = t.ref;
        if (ref.schema.isEmpty())
            ref.schema = u"public"_s;
        tables << dialect().qualify(ref);
    }
    auto exists =
        session.query(u"SELECT 1 FROM pg_publication WHERE pubname = %1"_s.arg(literal(m_name)));
    if (!exists)
        return std::unexpected(exists.error());
    // Changes of a partition are published as its partitioned table's, the table Ferry reads.
    if (exists->size() == 0)
        return session.exec(u"CREATE PUBLICATION %1 FOR TABLE %2 "
                            "WITH (publish_via_partition_root = true)"_s.arg(
                                dialect().quote(m_name), tables.join(u", "_s)));
    if (auto ok = session.exec(u"ALTER PUBLICATION %1 SET TABLE %2"_s.arg(dialect().quote(m_name),
                                                                          tables.join(u", "_s)));
        !ok)
        return ok;
    return session.exec(u"ALTER PUBLICATION %1 SET (publish_via_partition_root = true)"_s.arg(
        dialect().quote(m_name)));
}

Status PostgreSqlChangeReader::prepare()
{
    auto session = connect(false);
    if (!session)
        return std::unexpected(session.error());
    PostgreSqlSession &s = **session;
    if (auto ok = checkSource(s); !ok)
        return ok;
    if (auto ok = ensurePublication(s); !ok)
        return ok;
    auto slot = s.query(u"SELECT plugin, database = current_database() "
                        "FROM pg_replication_slots WHERE slot_name = %1"_s.arg(literal(m_name)));
    if (!slot)
        return std::unexpected(slot.error());
    if (slot->size() == 1) {
        if (slot->text(0, 0) != u"pgoutput" || slot->text(0, 1) != u"t")
            return fail(
                Error::Code::Conflict,
                Text::tr("%1 has a replication slot %2 that is not a pgoutput slot of database "
                         "%3")
                    .arg(who(m_source), m_name, m_source.database),
                Text::tr("Drop it (SELECT pg_drop_replication_slot('%1')) if nothing uses it, or "
                         "rename the project.")
                    .arg(m_name),
                m_name);
        return {};
    }
    auto created =
        s.query(u"SELECT lsn FROM pg_create_logical_replication_slot(%1, 'pgoutput')"_s.arg(
            literal(m_name)));
    if (!created)
        return std::unexpected(created.error());
    qCInfo(lcEngine).noquote() << Text::tr("created replication slot %1 at %2 on %3")
                                      .arg(m_name, created->text(0, 0), who(m_source));
    return {};
}

Result<PostgreSqlChangeReader::SlotSnapshot> PostgreSqlChangeReader::createSlotWithSnapshot()
{
    releaseSnapshot();
    {
        auto session = connect(false);
        if (!session)
            return std::unexpected(session.error());
        if (auto ok = checkSource(**session); !ok)
            return std::unexpected(ok.error());
        if (auto ok = ensurePublication(**session); !ok)
            return std::unexpected(ok.error());
        auto slot = (*session)->query(
            u"SELECT 1 FROM pg_replication_slots WHERE slot_name = %1"_s.arg(literal(m_name)));
        if (!slot)
            return std::unexpected(slot.error());
        if (slot->size() > 0)
            return fail(
                Error::Code::Conflict,
                Text::tr("replication slot %1 exists already on %2: a snapshot is only exported "
                         "when the slot is created")
                    .arg(m_name, who(m_source)),
                Text::tr("Release the project's capture objects, then redo the full step."),
                m_name);
    }
    auto replication = connect(true);
    if (!replication)
        return std::unexpected(replication.error());
    PGconn *conn = (*replication)->handle();
    const QString sql =
        u"CREATE_REPLICATION_SLOT %1 LOGICAL pgoutput (SNAPSHOT 'export')"_s.arg(m_name);
    ResultHolder res(PQexec(conn, sql.toUtf8().constData()));
    if (PQresultStatus(res.res) != PGRES_TUPLES_OK || PQntuples(res.res) != 1
        || PQnfields(res.res) < 3) {
        Error e = (*replication)
                      ->resultError(res.res, Text::tr("creating replication slot %1").arg(m_name));
        e.object = m_name;
        return fail(e);
    }
    SlotSnapshot out;
    out.position = QString::fromLatin1(PQgetvalue(res.res, 0, 1));
    out.snapshotName = QString::fromLatin1(PQgetvalue(res.res, 0, 2));
    m_snapshotConnection = std::move(*replication);
    qCInfo(lcEngine).noquote() << Text::tr(
                                      "created replication slot %1 at %2 with snapshot %3 on %4")
                                      .arg(m_name, out.position, out.snapshotName, who(m_source));
    return out;
}

void PostgreSqlChangeReader::releaseSnapshot()
{
    m_snapshotConnection.reset();
}

Error PostgreSqlChangeReader::slotMissing(const QString &from) const
{
    return makeError(
        Error::Code::NotFound,
        Text::tr("replication slot %1 no longer exists on %2 (or was invalidated): the "
                 "changes after position %3 cannot be read")
            .arg(m_name, who(m_source), from.isEmpty() ? u"0/0"_s : from),
        Text::tr("Redo the full step for the project's tables (it creates the slot again), "
                 "then start the incremental step from the position it records."),
        m_name);
}

Error PostgreSqlChangeReader::streamLost(pg_conn *conn, const pg_result *result) const
{
    // Not the session's connect-time classification: a stream that breaks is no TLS or
    // password problem, whatever the words of libpq's message.
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString detail = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn))
                         .simplified();
    if (detail.isEmpty())
        detail = Text::tr("the server ended the stream");
    Error e = makeError(
        Error::Code::Connection,
        Text::tr("reading replication slot %1 on %2 stopped: %3")
            .arg(m_name, who(m_source), detail),
        Text::tr("Start the incremental step again: it resumes from the last position the "
                 "target committed."),
        m_name);
    e.sqlState = state ? QString::fromLatin1(state) : QString();
    if (e.sqlState == u"57014")
        e.code = Error::Code::Cancelled;
    return e;
}

int PostgreSqlChangeReader::comparePositions(const QString &a, const QString &b) const
{
    const auto la = pgoutput::parseLsn(a), lb = pgoutput::parseLsn(b);
    if (!la || !lb)
        return int(bool(la)) - int(bool(lb));
    return *la < *lb ? -1 : *la > *lb ? 1 : 0;
}

Result<QString> PostgreSqlChangeReader::headPosition()
{
    auto session = connect(false);
    if (!session)
        return std::unexpected(session.error());
    auto head = (*session)->query(u"SELECT pg_current_wal_flush_lsn()"_s);
    if (!head)
        return std::unexpected(head.error());
    return head->text(0, 0);
}

Result<QString> PostgreSqlChangeReader::currentPosition()
{
    auto session = connect(false);
    if (!session)
        return std::unexpected(session.error());
    auto slot = (*session)->query(u"SELECT confirmed_flush_lsn FROM pg_replication_slots "
                                  "WHERE slot_name = %1"_s.arg(literal(m_name)));
    if (!slot)
        return std::unexpected(slot.error());
    if (slot->size() != 1 || slot->isNull(0, 0))
        return fail(Error::Code::NotFound,
                    Text::tr("replication slot %1 does not exist on %2").arg(m_name, who(m_source)),
                    Text::tr("Prepare the capture first (it creates the slot)."), m_name);
    return slot->text(0, 0);
}

Status PostgreSqlChangeReader::sendStatus(bool replyRequested)
{
    if (!m_streaming)
        return {};
    PGconn *conn = m_streaming->handle();
    const std::string message = pgoutput::standbyStatusUpdate(
        m_received, m_acknowledged, m_acknowledged,
        pgoutput::toPgTime(QDateTime::currentDateTimeUtc()), replyRequested);
    if (PQputCopyData(conn, message.data(), int(message.size())) != 1)
        return fail(m_streaming->resultError(
            nullptr, Text::tr("sending the status of replication slot %1").arg(m_name)));
    PQflush(conn); // the rest goes out when the socket is writable
    return {};
}

Status PostgreSqlChangeReader::acknowledge(const QString &position)
{
    const auto lsn = pgoutput::parseLsn(position);
    if (!lsn)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("'%1' is not a PostgreSQL position (an LSN like 0/16B3748)").arg(position), {},
            m_name);
    if (m_streaming) {
        if (*lsn <= m_acknowledged)
            return {};
        m_acknowledged = *lsn;
        return sendStatus(false);
    }
    // No stream: move the slot directly (it refuses to go backwards, hence the condition). A
    // slot that is gone is said so even for a position already acknowledged.
    auto session = connect(false);
    if (!session)
        return std::unexpected(session.error());
    auto moved = (*session)->query(
        u"SELECT slot_name FROM pg_replication_slots WHERE slot_name = %1"_s.arg(literal(m_name)));
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->size() == 0)
        return fail(slotMissing(position));
    if (*lsn <= m_acknowledged)
        return {};
    m_acknowledged = *lsn;
    return (*session)->exec(
        u"SELECT pg_replication_slot_advance(slot_name, %1::pg_lsn) "
        "FROM pg_replication_slots WHERE slot_name = %2 "
        "AND confirmed_flush_lsn < %1::pg_lsn"_s.arg(literal(position), literal(m_name)));
}

Status PostgreSqlChangeReader::stream(const QString &fromText,
                                      const std::function<Status(ChangeTransaction &&)> &sink,
                                      const CancelToken &cancel)
{
    Lsn from = 0;
    if (!fromText.isEmpty()) {
        const auto parsed = pgoutput::parseLsn(fromText);
        if (!parsed)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("'%1' is not a PostgreSQL position (an LSN like 0/16B3748)").arg(fromText),
                {}, m_name);
        from = *parsed;
    }
    if (cancel.isCancelled())
        return fail(cancelledError(m_name));

    Lsn confirmed = 0;
    {
        auto session = connect(false);
        if (!session)
            return std::unexpected(session.error());
        auto slot = (*session)->query(
            u"SELECT confirmed_flush_lsn, wal_status, plugin, database = current_database() "
            "FROM pg_replication_slots WHERE slot_name = %1"_s.arg(literal(m_name)));
        if (!slot)
            return std::unexpected(slot.error());
        if (slot->size() == 0 || slot->text(0, 1) == u"lost")
            return fail(slotMissing(fromText));
        if (slot->text(0, 2) != u"pgoutput" || slot->text(0, 3) != u"t")
            return fail(Error::Code::Conflict,
                        Text::tr("replication slot %1 on %2 is not a pgoutput slot of database %3")
                            .arg(m_name, who(m_source), m_source.database),
                        Text::tr("Release the project's capture objects and redo the full step."),
                        m_name);
        confirmed = pgoutput::parseLsn(slot->text(0, 0)).value_or(0);
        // The slot confirms only what its reader acknowledged, which the target had committed,
        // so it is never past a position the target holds. One that is was dropped and created
        // again (prepare() creates a missing slot) or advanced by hand: what committed between
        // the two positions is gone, and the server would silently start after it.
        if (from != 0 && confirmed > from)
            return fail(
                Error::Code::NotFound,
                Text::tr("replication slot %1 on %2 starts at %3, after position %4 that "
                         "capture must resume from: the slot was dropped and created again (or "
                         "advanced), and the changes between them cannot be read")
                    .arg(m_name, who(m_source), pgoutput::formatLsn(confirmed), fromText),
                Text::tr("Redo the full step for the project's tables, then start the "
                         "incremental step from the position it records."),
                m_name);
    }

    auto opened = connect(true);
    if (!opened)
        return std::unexpected(opened.error());
    std::unique_ptr<PostgreSqlSession> session = std::move(*opened);
    PGconn *conn = session->handle();
    const QString start =
        u"START_REPLICATION SLOT %1 LOGICAL %2 (proto_version '1', publication_names '%1')"_s.arg(
            m_name, pgoutput::formatLsn(from));
    {
        ResultHolder res(PQexec(conn, start.toUtf8().constData()));
        if (PQresultStatus(res.res) != PGRES_COPY_BOTH) {
            const char *state = PQresultErrorField(res.res, PG_DIAG_SQLSTATE);
            const QString sqlState = state ? QString::fromLatin1(state) : QString();
            if (sqlState == u"42704")
                return fail(slotMissing(fromText));
            Error e = session->resultError(
                res.res, Text::tr("starting to read replication slot %1").arg(m_name));
            e.object = m_name;
            if (sqlState == u"55006") {
                e.code = Error::Code::Conflict;
                e.fix =
                    Text::tr("Another process reads the slot: stop the other run of the project "
                             "first.");
            }
            return fail(e);
        }
    }
    PQsetnonblocking(conn, 1);
    qCInfo(lcEngine).noquote() << Text::tr("streaming replication slot %1 from %2 on %3")
                                      .arg(m_name, pgoutput::formatLsn(std::max(from, confirmed)),
                                           who(m_source));

    m_streaming = session.get();
    m_received = std::max(from, confirmed);
    // A flush position below the slot's would move it backwards: never report less.
    m_acknowledged = std::max(m_acknowledged, confirmed);
    struct StreamingReset
    {
        PostgreSqlChangeReader *self;
        ~StreamingReset() { self->m_streaming = nullptr; }
    } reset {this};

    pgoutput::PgOutputDecoder decoder(m_scope.tables);
    Lsn delivered = std::max(from, confirmed);
    auto lastStatus = Clock::now();
    auto lastHeartbeat = Clock::now();
    bool keepaliveAsked = false;
    std::optional<Error> failure;

    const auto heartbeatDue = [&] {
        return Clock::now() - lastHeartbeat >= m_heartbeatInterval;
    };
    const auto handle = [&](std::string_view message) -> Status {
        auto frame = pgoutput::parseFrame(message);
        if (!frame)
            return fail(frame.error());
        m_received = std::max(m_received, frame->walEnd);
        if (frame->kind == pgoutput::Frame::Kind::Keepalive) {
            if (frame->replyRequested)
                if (auto ok = sendStatus(false); !ok)
                    return ok;
            if (decoder.inTransaction() || !(keepaliveAsked || heartbeatDue()))
                return {};
            keepaliveAsked = false;
            lastHeartbeat = Clock::now();
            delivered = std::max(delivered, frame->walEnd);
            ChangeTransaction heartbeat;
            heartbeat.position = pgoutput::formatLsn(delivered);
            heartbeat.commitTime = pgoutput::fromPgTime(frame->serverTime);
            return sink(std::move(heartbeat));
        }
        auto decoded = decoder.decode(frame->payload);
        if (!decoded) {
            Error e = decoded.error();
            e.message = Text::tr("replication slot %1: %2").arg(m_name, e.message);
            if (e.object.isEmpty())
                e.object = m_name;
            return fail(e);
        }
        if (!decoded->has_value())
            return {};
        const Lsn end = decoder.lastCommitEnd();
        if (end <= from) {
            qCDebug(lcEngine).noquote()
                << "slot" << m_name << "skips transaction" << (*decoded)->transactionId
                << "ending at" << (*decoded)->position << "(before the start position)";
            return {};
        }
        delivered = std::max(delivered, end);
        lastHeartbeat = Clock::now();
        return sink(std::move(**decoded));
    };

    for (;;) {
        if (cancel.isCancelled()) {
            failure = cancelledError(m_name);
            break;
        }
        char *buffer = nullptr;
        const int length = PQgetCopyData(conn, &buffer, 1);
        if (length > 0) {
            Status ok = handle(std::string_view(buffer, size_t(length)));
            PQfreemem(buffer);
            if (!ok) {
                failure = ok.error();
                break;
            }
            continue;
        }
        if (length == 0) {
            const auto now = Clock::now();
            if (now - lastStatus >= m_statusInterval
                || (!keepaliveAsked && !decoder.inTransaction() && heartbeatDue())) {
                // Asking for a reply makes the server answer with a keepalive: its WAL end and
                // clock become the heartbeat of an idle source.
                const bool ask = !keepaliveAsked && heartbeatDue();
                if (auto ok = sendStatus(ask); !ok) {
                    failure = ok.error();
                    break;
                }
                keepaliveAsked = keepaliveAsked || ask;
                lastStatus = now;
            }
            const bool pending = PQflush(conn) == 1;
            waitForSocket(conn, pending, std::chrono::milliseconds(100));
            if (!PQconsumeInput(conn)) {
                failure = streamLost(conn, nullptr);
                break;
            }
            continue;
        }
        // -1: the server ended the stream; -2: an error.
        Error e = streamLost(conn, nullptr);
        while (PGresult *res = PQgetResult(conn)) {
            if (PQresultStatus(res) == PGRES_FATAL_ERROR)
                e = streamLost(conn, res);
            PQclear(res);
        }
        failure = e;
        break;
    }

    // A clean end: report the last acknowledgement, then end the copy so the server has read
    // both before this returns (the slot's confirmed position is then what was acknowledged).
    if (PQstatus(conn) == CONNECTION_OK) {
        if (auto ok = sendStatus(false); !ok) // the stream ends with `failure` either way
            qCDebug(lcEngine).noquote()
                << "final status of slot" << m_name << "not sent:" << ok.error().message;
        if (PQputCopyEnd(conn, nullptr) == 1) {
            const auto deadline = Clock::now() + std::chrono::seconds(2);
            bool ended = false;
            while (!ended && Clock::now() < deadline) {
                char *buffer = nullptr;
                const int length = PQgetCopyData(conn, &buffer, 1);
                if (length > 0) {
                    PQfreemem(buffer);
                    continue;
                }
                if (length == 0) {
                    waitForSocket(conn, PQflush(conn) == 1, std::chrono::milliseconds(50));
                    if (!PQconsumeInput(conn))
                        break;
                    continue;
                }
                ended = true;
            }
            if (ended) {
                PQsetnonblocking(conn, 0);
                while (PGresult *res = PQgetResult(conn))
                    PQclear(res);
            }
        }
    }
    return fail(*failure);
}

Status PostgreSqlChangeReader::release()
{
    releaseSnapshot();
    auto opened = connect(false);
    if (!opened)
        return std::unexpected(opened.error());
    PostgreSqlSession &session = **opened;
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    for (;;) {
        auto slot = session.query(u"SELECT active_pid FROM pg_replication_slots "
                                  "WHERE slot_name = %1"_s.arg(literal(m_name)));
        if (!slot)
            return std::unexpected(slot.error());
        if (slot->size() == 0)
            break;
        if (!slot->isNull(0, 0)) {
            // A walsender still reads the slot (a stream that was not stopped, or one whose
            // connection died without the server noticing yet): end it.
            qCInfo(lcEngine).noquote()
                << Text::tr("terminating the walsender %1 of replication slot %2")
                       .arg(slot->text(0, 0), m_name);
            if (auto ok = session.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(slot->text(0, 0)));
                !ok)
                return ok;
        } else {
            auto dropped =
                session.exec(u"SELECT pg_drop_replication_slot(%1)"_s.arg(literal(m_name)));
            if (dropped)
                break;
            if (dropped.error().sqlState != u"55006" && dropped.error().sqlState != u"42704")
                return dropped;
        }
        if (Clock::now() > deadline)
            return fail(
                Error::Code::Conflict,
                Text::tr("replication slot %1 on %2 stays in use").arg(m_name, who(m_source)),
                Text::tr("Stop whatever reads it, then release the project again."), m_name);
        QThread::msleep(50);
    }
    return session.exec(u"DROP PUBLICATION IF EXISTS %1"_s.arg(dialect().quote(m_name)));
}

} // namespace ferry

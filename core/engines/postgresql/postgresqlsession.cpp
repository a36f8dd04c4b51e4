#include "postgresqlsession.h"

#include "common/language.h"
#include "common/logging.h"

#include <QFileInfo>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString who(const Endpoint &e)
{
    return Text::tr("PostgreSQL at %1:%2").arg(e.host).arg(e.port);
}

QString sslMode(TlsMode mode)
{
    return engines::tlsModeId(mode);
}

void noticeToLog(void *, const char *message)
{
    qCDebug(lcEngine).noquote() << "postgresql notice:" << QString::fromUtf8(message).trimmed();
}

Error errorFromSqlState(const QString &sqlState, const QString &message, const Endpoint &e,
                        const QString &what)
{
    Error err;
    err.sqlState = sqlState;
    err.object = who(e);
    err.message = u"%1: %2"_s.arg(what.isEmpty() ? who(e) : what, message);
    err.code = Error::Code::Database;
    if (sqlState == u"57014")
        err.code = Error::Code::Cancelled;
    else if (sqlState == u"42501") {
        err.code = Error::Code::Permission;
        err.fix = Text::tr("GRANT the missing privilege to '%1'.").arg(e.user);
    } else if (sqlState.startsWith(u"08"))
        err.code = Error::Code::Connection;
    else if (sqlState.startsWith(u"22") || sqlState.startsWith(u"23"))
        err.code = Error::Code::DataRejected;
    return err;
}

} // namespace

Error postgresConnectError(const QString &rawMessage, const Endpoint &e)
{
    const QString message = rawMessage.trimmed();
    Error err;
    err.object = who(e);
    err.code = Error::Code::Database;
    err.message = u"%1: %2"_s.arg(who(e), message);
    if (message.contains(u"Connection refused")) {
        err.code = Error::Code::Connection;
        err.message = Text::tr("%1 refused the connection (nothing listens on port %2)")
                          .arg(who(e))
                          .arg(e.port);
        err.fix =
            Text::tr("Check that the server runs, the host and port are right, and no firewall "
                     "blocks the port.");
    } else if (message.contains(u"could not translate host name")) {
        err.code = Error::Code::Connection;
        err.message = Text::tr("the host name '%1' cannot be resolved").arg(e.host);
        err.fix = Text::tr("Check the spelling, or use the server's IP address.");
    } else if (message.contains(u"timeout expired") || message.contains(u"timed out")) {
        err.code = Error::Code::Connection;
        err.message =
            Text::tr("%1 did not answer within %2 s").arg(who(e)).arg(e.connectTimeoutSeconds);
        err.fix = Text::tr("Check the host and that no firewall drops the traffic.");
    } else if (message.contains(u"the database system is")) {
        // Starting up, shutting down, in recovery (SQLSTATE 57P03, sent before the startup
        // packet's options apply): a moment later it may answer, like a refused connection.
        err.code = Error::Code::Connection;
        err.message = Text::tr("%1 does not accept connections now: %2").arg(who(e), message);
        err.fix = Text::tr("Wait until the server has started, then run again.");
    } else if (message.contains(u"No route to host")
               || message.contains(u"Network is unreachable")) {
        err.code = Error::Code::Connection;
        err.message = Text::tr("%1 is unreachable (no route to host)").arg(who(e));
        err.fix = Text::tr("Check the host address and the network path.");
    } else if (message.contains(u"password authentication failed")
               || (message.contains(u"role \"") && message.contains(u"does not exist"))
               || message.contains(u"no password supplied")) {
        err.code = Error::Code::Authentication;
        err.message =
            Text::tr("%1 refused user '%2': wrong user name or password").arg(who(e), e.user);
        err.fix = Text::tr("Re-enter the password, or check the user name.");
    } else if (message.contains(u"database \"") && message.contains(u"does not exist")) {
        err.code = Error::Code::NotFound;
        err.message = Text::tr("database '%1' does not exist on %2").arg(e.database, who(e));
        err.fix = Text::tr("Check the name, or create it (CREATE DATABASE).");
    } else if ((message.contains(u"pg_hba.conf") && message.contains(u"no encryption"))) {
        err.code = Error::Code::Tls;
        err.message =
            Text::tr("%1 requires TLS for user '%2', but TLS is disabled here").arg(who(e), e.user);
        err.fix = Text::tr("Set TLS to 'require' (or verify-ca / verify-full with the CA file).");
    } else if (message.contains(u"pg_hba.conf")) {
        err.code = Error::Code::Permission;
        err.message = Text::tr("%1 does not accept user '%2' from this host (pg_hba.conf)")
                          .arg(who(e), e.user);
        err.fix =
            Text::tr("Add a pg_hba.conf line for this user and host, then reload the server.");
    } else if (message.contains(u"server does not support SSL")) {
        err.code = Error::Code::Tls;
        err.message = Text::tr("%1 has no TLS, but TLS mode is '%2'")
                          .arg(who(e), engines::tlsModeId(e.tlsMode));
        err.fix = Text::tr("Enable ssl on the server, or set TLS to 'prefer' or 'disable'.");
    } else if (message.contains(u"certificate") || message.contains(u"SSL")
               || message.contains(u"root certificate file")) {
        err.code = Error::Code::Tls;
        err.message = Text::tr("TLS with %1 failed: %2").arg(who(e), message);
        err.fix =
            Text::tr("Check the CA file and that the certificate names the host you connect to; "
                     "'require' encrypts without verifying.");
    }
    return err;
}

PostgreSqlSession::PostgreSqlSession(pg_conn *conn, const Endpoint &endpoint)
    : m_conn(conn)
    , m_endpoint(endpoint)
{
    PQsetNoticeProcessor(m_conn, noticeToLog, nullptr);
}

PostgreSqlSession::~PostgreSqlSession()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PostgreSqlSession>> PostgreSqlSession::open(const Endpoint &e,
                                                                   bool replication)
{
    const bool verify = e.tlsMode == TlsMode::VerifyCa || e.tlsMode == TlsMode::VerifyFull;
    if (verify && e.caFile.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("TLS mode %1 needs a CA file to verify %2")
                        .arg(engines::tlsModeId(e.tlsMode), who(e)),
                    Text::tr("Give the CA certificate (PEM) of the server, or use 'require'."));
    QList<QByteArray> keys = {"host",
                              "port",
                              "user",
                              "password",
                              "dbname",
                              "sslmode",
                              "connect_timeout",
                              "application_name",
                              "client_encoding",
                              "options"};
    QList<QByteArray> values = {e.host.toUtf8(),
                                QByteArray::number(e.port),
                                e.user.toUtf8(),
                                e.password.toUtf8(),
                                (e.database.isEmpty() ? u"postgres"_s : e.database).toUtf8(),
                                sslMode(e.tlsMode).toLatin1(),
                                QByteArray::number(std::max(2, e.connectTimeoutSeconds)),
                                "Ferry",
                                "UTF8",
                                "-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=postgres "
                                "-c extra_float_digits=3 -c bytea_output=hex"};
    if (verify) {
        keys << "sslrootcert";
        values << QFileInfo(e.caFile).absoluteFilePath().toLocal8Bit();
    }
    if (replication) {
        keys << "replication";
        values << "database";
    }
    std::vector<const char *> k, v;
    for (int i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (PQstatus(conn) != CONNECTION_OK) {
        Error err = postgresConnectError(QString::fromUtf8(PQerrorMessage(conn)), e);
        PQfinish(conn);
        return fail(err);
    }
    return std::unique_ptr<PostgreSqlSession>(new PostgreSqlSession(conn, e));
}

QString PostgreSqlSession::serverVersion() const
{
    const char *v = PQparameterStatus(m_conn, "server_version");
    return v ? QString::fromUtf8(v) : QString();
}

bool PostgreSqlSession::isTlsActive() const
{
    return PQsslInUse(m_conn) != 0;
}

Error PostgreSqlSession::resultError(const pg_result *result, const QString &what) const
{
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        Error err = postgresConnectError(QString::fromUtf8(PQerrorMessage(m_conn)), m_endpoint);
        if (err.code == Error::Code::Database)
            err.code = Error::Code::Connection;
        err.message = Text::tr("%1: the connection was lost: %2")
                          .arg(what, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return err;
    }
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    return errorFromSqlState(state ? QString::fromLatin1(state) : QString(), message, m_endpoint,
                             what);
}

Status PostgreSqlSession::exec(const QString &sql)
{
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error err = resultError(res, sql.simplified().left(120));
        logFailedStatement(err, sql, SqlQuoting::Standard);
        PQclear(res);
        return fail(err);
    }
    PQclear(res);
    return {};
}

Result<QueryResult> PostgreSqlSession::query(const QString &sql)
{
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error err = resultError(res, sql.simplified().left(120));
        logFailedStatement(err, sql, SqlQuoting::Standard);
        PQclear(res);
        return fail(err);
    }
    QueryResult out;
    const int columns = PQnfields(res);
    const int rows = PQntuples(res);
    for (int c = 0; c < columns; ++c)
        out.columns.append(QString::fromUtf8(PQfname(res, c)));
    out.rows.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r) {
        std::vector<std::optional<QByteArray>> cells;
        cells.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(res, r, c))
                cells.emplace_back(std::nullopt);
            else
                cells.emplace_back(QByteArray(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        }
        out.rows.push_back(std::move(cells));
    }
    PQclear(res);
    return out;
}

void PostgreSqlSession::interrupt()
{
    PGcancel *cancel = PQgetCancel(m_conn);
    if (!cancel)
        return;
    char error[256];
    if (!PQcancel(cancel, error, sizeof error))
        qCWarning(lcEngine) << "cancel request failed:" << error;
    PQfreeCancel(cancel);
}

} // namespace ferry

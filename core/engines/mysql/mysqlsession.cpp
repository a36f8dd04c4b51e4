#include "mysqlsession.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/networkdiagnosis.h"

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString who(const Endpoint &e)
{
    return Text::tr("%1 at %2:%3").arg(engines::displayName(e.engine), e.host).arg(e.port);
}

MYSQL *connectOnce(const Endpoint &e, bool useTls, bool verifyChain, bool verifyHost,
                   int readTimeoutSeconds)
{
    MYSQL *m = mysql_init(nullptr);
    const unsigned int timeout = unsigned(std::max(1, e.connectTimeoutSeconds));
    mysql_optionsv(m, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    if (readTimeoutSeconds > 0) {
        const unsigned int read = unsigned(readTimeoutSeconds);
        mysql_optionsv(m, MYSQL_OPT_READ_TIMEOUT, &read);
    }
    const unsigned int protocol = MYSQL_PROTOCOL_TCP;
    mysql_optionsv(m, MYSQL_OPT_PROTOCOL, &protocol);
    mysql_optionsv(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    const my_bool localInfile = 1;
    mysql_optionsv(m, MYSQL_OPT_LOCAL_INFILE, &localInfile);
    // The session speaks UTC and keeps zero dates and backslashes literal, so values come
    // and go exactly as stored.
    mysql_optionsv(m, MYSQL_INIT_COMMAND,
                   "SET time_zone = '+00:00', "
                   "sql_mode = CONCAT_WS(',', 'NO_AUTO_VALUE_ON_ZERO', 'STRICT_ALL_TABLES', "
                   "'NO_ENGINE_SUBSTITUTION')");
    if (useTls) {
        const my_bool enforce = 1;
        mysql_optionsv(m, MYSQL_OPT_SSL_ENFORCE, &enforce);
        if (verifyChain && !e.caFile.isEmpty()) {
            const QByteArray ca = QFileInfo(e.caFile).absoluteFilePath().toLocal8Bit();
            mysql_optionsv(m, MYSQL_OPT_SSL_CA, ca.constData());
        }
        const my_bool verify = verifyHost ? 1 : 0;
        mysql_optionsv(m, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
    }
    const QByteArray host = e.host.toUtf8();
    const QByteArray user = e.user.toUtf8();
    const QByteArray password = e.password.toUtf8();
    // A database pattern ("shop_*", a source of shards over databases) is no default database:
    // every statement names its table's database.
    const bool pattern = e.database.contains(u'*') || e.database.contains(u'?');
    const QByteArray database = pattern ? QByteArray() : e.database.toUtf8();
    if (!mysql_real_connect(m, host.constData(), user.constData(), password.constData(),
                            database.isEmpty() ? nullptr : database.constData(), unsigned(e.port),
                            nullptr, CLIENT_FOUND_ROWS))
        return m; // caller reads the error, then closes
    return m;
}

// The error of a statement the server refused, logged once here for every caller.
Error statementError(const MySqlSession &session, const QString &sql)
{
    Error err = session.lastError(sql.simplified().left(120));
    logFailedStatement(err, sql, SqlQuoting::MySql);
    return err;
}

} // namespace

Error mysqlError(unsigned int code, const QString &message, const QString &sqlState,
                 const Endpoint &e, const QString &what)
{
    Error err;
    err.sqlState = sqlState;
    err.object = who(e);
    err.code = Error::Code::Database;
    const QString prefix = what.isEmpty() ? who(e) : what;
    err.message = u"%1: %2"_s.arg(prefix, message);
    switch (code) {
    case CR_CONN_HOST_ERROR:
    case CR_CONNECTION_ERROR:
    case CR_SERVER_LOST:
    case CR_SERVER_GONE_ERROR: {
        err.code = Error::Code::Connection;
        err.fix =
            Text::tr("Check that the server runs, the host and port are right, and no firewall "
                     "blocks the port.");
        if (code != CR_CONN_HOST_ERROR && code != CR_CONNECTION_ERROR)
            break;
        // Connector/C reports most connect failures as "(115)"; ask the network directly.
        switch (diagnoseTcp(e.host, e.port, std::max(1, e.connectTimeoutSeconds) * 1000)) {
        case Reachability::Refused:
            err.message = Text::tr("%1 refused the connection (nothing listens on port %2)")
                              .arg(who(e))
                              .arg(e.port);
            break;
        case Reachability::Timeout:
            err.message =
                Text::tr("%1 did not answer within %2 s").arg(who(e)).arg(e.connectTimeoutSeconds);
            break;
        case Reachability::Unresolved:
            err.message = Text::tr("the host name '%1' cannot be resolved").arg(e.host);
            err.fix = Text::tr("Check the spelling, or use the server's IP address.");
            break;
        case Reachability::Unreachable:
            err.message = Text::tr("%1 is unreachable (no route to host)").arg(who(e));
            break;
        case Reachability::Open:
            err.message = Text::tr("%1 accepts connections on port %2 but did not complete the "
                                   "MySQL handshake: %3")
                              .arg(who(e))
                              .arg(e.port)
                              .arg(message);
            err.fix =
                Text::tr("Check that port %1 belongs to a MySQL-protocol server.").arg(e.port);
            break;
        }
        break;
    }
    case CR_UNKNOWN_HOST:
        err.code = Error::Code::Connection;
        err.message = Text::tr("the host name '%1' cannot be resolved").arg(e.host);
        err.fix = Text::tr("Check the spelling, or use the server's IP address.");
        break;
    case ER_ACCESS_DENIED_ERROR:
    case ER_ACCESS_DENIED_NO_PASSWORD_ERROR:
        err.code = Error::Code::Authentication;
        err.message =
            Text::tr("%1 refused user '%2': wrong user name or password").arg(who(e), e.user);
        err.fix = Text::tr("Re-enter the password, or check that '%1' may connect from this host.")
                      .arg(e.user);
        break;
    case ER_DBACCESS_DENIED_ERROR:
        err.code = Error::Code::Permission;
        err.message =
            Text::tr("user '%1' may not use database '%2' on %3").arg(e.user, e.database, who(e));
        err.fix = Text::tr("GRANT the user privileges on the database, or choose another one.");
        break;
    case ER_BAD_DB_ERROR:
        err.code = Error::Code::NotFound;
        err.message = Text::tr("database '%1' does not exist on %2").arg(e.database, who(e));
        err.fix =
            Text::tr("Check the name (names are case-sensitive on most servers), or create it.");
        break;
    case CR_SSL_CONNECTION_ERROR:
        err.code = Error::Code::Tls;
        err.message = Text::tr("TLS with %1 failed: %2").arg(who(e), message);
        if (message.contains(u"doesn't support") || message.contains(u"not support"))
            err.fix = Text::tr("The server has no TLS: enable it on the server, or set TLS to "
                               "'prefer' or 'disable'.");
        else
            err.fix =
                Text::tr("Check the CA file and that the certificate names the host you connect "
                         "to; 'require' encrypts without verifying.");
        break;
    case ER_SERVER_SHUTDOWN: // a server going down: a moment later it is gone or back
        err.code = Error::Code::Connection;
        err.fix = Text::tr("Wait until the server has started again, then run again.");
        break;
    case ER_CON_COUNT_ERROR:
        err.code = Error::Code::Connection;
        err.fix = Text::tr("The server has reached max_connections; lower Ferry's concurrency or "
                           "raise the limit.");
        break;
    case ER_QUERY_INTERRUPTED: err.code = Error::Code::Cancelled; break;
    case ER_TABLEACCESS_DENIED_ERROR:
    case ER_COLUMNACCESS_DENIED_ERROR:
    case ER_SPECIFIC_ACCESS_DENIED_ERROR:
        err.code = Error::Code::Permission;
        err.fix = Text::tr("GRANT the missing privilege to '%1'.").arg(e.user);
        break;
    default: break;
    }
    return err;
}

MySqlSession::MySqlSession(st_mysql *mysql, const Endpoint &endpoint)
    : m_mysql(mysql)
    , m_endpoint(endpoint)
{
    m_connectionId = mysql_thread_id(m_mysql);
}

MySqlSession::~MySqlSession()
{
    if (m_mysql)
        mysql_close(m_mysql);
}

Result<std::unique_ptr<MySqlSession>> MySqlSession::open(const Endpoint &endpointIn,
                                                         int readTimeoutSeconds)
{
    const Endpoint &e = endpointIn;
    const bool tls = e.tlsMode != TlsMode::Disable;
    const bool verifyChain = e.tlsMode == TlsMode::VerifyCa || e.tlsMode == TlsMode::VerifyFull;
    const bool verifyHost = e.tlsMode == TlsMode::VerifyFull;
    if (verifyChain && e.caFile.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("TLS mode %1 needs a CA file to verify %2")
                        .arg(engines::tlsModeId(e.tlsMode), who(e)),
                    Text::tr("Give the CA certificate (PEM) of the server, or use 'require'."));

    MYSQL *m = connectOnce(e, tls, verifyChain, verifyHost, readTimeoutSeconds);
    if (mysql_errno(m) == CR_SSL_CONNECTION_ERROR && e.tlsMode == TlsMode::Prefer) {
        qCInfo(lcEngine).noquote()
            << Text::tr("%1 offers no TLS; 'prefer' falls back to plain").arg(who(e));
        mysql_close(m);
        m = connectOnce(e, false, false, false, readTimeoutSeconds);
    }
    if (const unsigned int code = mysql_errno(m); code != 0) {
        Error err = mysqlError(code, QString::fromUtf8(mysql_error(m)),
                               QString::fromLatin1(mysql_sqlstate(m)), e, {});
        mysql_close(m);
        // The server answers "access denied" both for a wrong password and for an account
        // that requires TLS; one retry with TLS tells them apart.
        if (err.code == Error::Code::Authentication && !tls) {
            MYSQL *probe = connectOnce(e, true, false, false, readTimeoutSeconds);
            if (mysql_errno(probe) == 0) {
                err.code = Error::Code::Tls;
                err.message = Text::tr("%1 requires TLS for user '%2', but TLS is disabled here")
                                  .arg(who(e), e.user);
                err.fix = Text::tr("Set TLS to 'require' (or verify-ca / verify-full with the CA "
                                   "file).");
            }
            mysql_close(probe);
        }
        return fail(err);
    }
    return std::unique_ptr<MySqlSession>(new MySqlSession(m, e));
}

QString MySqlSession::serverVersion() const
{
    return QString::fromUtf8(mysql_get_server_info(m_mysql));
}

bool MySqlSession::isTlsActive() const
{
    return mysql_get_ssl_cipher(m_mysql) != nullptr;
}

Error MySqlSession::lastError(const QString &what) const
{
    return mysqlError(mysql_errno(m_mysql), QString::fromUtf8(mysql_error(m_mysql)),
                      QString::fromLatin1(mysql_sqlstate(m_mysql)), m_endpoint, what);
}

Status MySqlSession::exec(const QString &sql)
{
    const QByteArray bytes = sql.toUtf8();
    if (mysql_real_query(m_mysql, bytes.constData(), (unsigned long)bytes.size()) != 0)
        return fail(statementError(*this, sql));
    // Drain any result so the connection stays usable.
    while (true) {
        if (MYSQL_RES *res = mysql_store_result(m_mysql))
            mysql_free_result(res);
        const int next = mysql_next_result(m_mysql);
        if (next > 0)
            return fail(statementError(*this, sql));
        if (next < 0)
            break;
    }
    return {};
}

Result<QueryResult> MySqlSession::query(const QString &sql)
{
    const QByteArray bytes = sql.toUtf8();
    if (mysql_real_query(m_mysql, bytes.constData(), (unsigned long)bytes.size()) != 0)
        return fail(statementError(*this, sql));
    QueryResult out;
    MYSQL_RES *res = mysql_store_result(m_mysql);
    if (!res) {
        if (mysql_errno(m_mysql) != 0)
            return fail(statementError(*this, sql));
        return out;
    }
    const unsigned int n = mysql_num_fields(res);
    MYSQL_FIELD *fields = mysql_fetch_fields(res);
    for (unsigned int i = 0; i < n; ++i)
        out.columns.append(QString::fromUtf8(fields[i].name));
    while (MYSQL_ROW row = mysql_fetch_row(res)) {
        unsigned long *lengths = mysql_fetch_lengths(res);
        std::vector<std::optional<QByteArray>> cells;
        cells.reserve(n);
        for (unsigned int i = 0; i < n; ++i) {
            if (row[i])
                cells.emplace_back(QByteArray(row[i], qsizetype(lengths[i])));
            else
                cells.emplace_back(std::nullopt);
        }
        out.rows.push_back(std::move(cells));
    }
    mysql_free_result(res);
    while (mysql_next_result(m_mysql) == 0) {
        if (MYSQL_RES *more = mysql_store_result(m_mysql))
            mysql_free_result(more);
    }
    return out;
}

void MySqlSession::interrupt()
{
    // KILL QUERY needs a second connection; the session's own is busy.
    auto killer = MySqlSession::open(m_endpoint);
    if (!killer) {
        qCWarning(lcEngine) << "cannot interrupt connection" << m_connectionId << ":"
                            << killer.error().text();
        return;
    }
    logIfFailed(lcEngine(), (*killer)->exec(u"KILL QUERY %1"_s.arg(m_connectionId)),
                "KILL QUERY failed: the statement runs on until it ends");
}

} // namespace ferry

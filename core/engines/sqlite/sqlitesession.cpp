#include "sqlitesession.h"

#include "common/language.h"
#include "common/logging.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ferry {

SqliteSession::SqliteSession(sqlite3 *db, const Endpoint &endpoint)
    : m_db(db)
    , m_endpoint(endpoint)
{ }

SqliteSession::~SqliteSession()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqliteSession>> SqliteSession::open(const Endpoint &e, OpenMode mode)
{
    const QFileInfo file(e.path);
    const QString path = QDir::toNativeSeparators(file.absoluteFilePath());
    if (!file.absoluteDir().exists())
        return fail(Error::Code::NotFound,
                    Text::tr("the folder of the SQLite file %1 does not exist").arg(path),
                    Text::tr("Create the folder or correct the path."), path);
    if (!file.exists() && mode != OpenMode::CreateIfMissing)
        return fail(
            Error::Code::NotFound, Text::tr("the SQLite file %1 does not exist").arg(path),
            Text::tr("Check the path; a target file is created when Ferry first writes to it."),
            path);
    if (file.exists() && !file.isReadable())
        return fail(Error::Code::Permission,
                    Text::tr("the SQLite file %1 is not readable").arg(path),
                    Text::tr("Give this user read permission on the file."), path);
    int flags = SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::ReadOnly || (file.exists() && !file.isWritable()))
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(file.absoluteFilePath().toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        if (db)
            sqlite3_close_v2(db);
        return fail(Error::Code::Io, Text::tr("cannot open the SQLite file %1: %2").arg(path, why),
                    Text::tr("Check the path and the file's permissions."), path);
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<SqliteSession> session(new SqliteSession(db, e));
    // A file that is not a database fails on its first read, not on open.
    if (auto check = session->query(u"SELECT count(*) FROM sqlite_schema"_s); !check)
        return fail(
            Error::Code::Io,
            Text::tr("%1 is not a readable SQLite database: %2").arg(path, check.error().message),
            Text::tr("Check that the path names an SQLite 3 database file."), path);
    return session;
}

QString SqliteSession::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString SqliteSession::serverVersion() const
{
    return libraryVersion();
}

bool SqliteSession::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

Error SqliteSession::lastError(const QString &what) const
{
    const int code = sqlite3_extended_errcode(m_db);
    Error err;
    err.object = m_endpoint.path;
    err.sqlState = QString::number(code);
    err.message = u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    switch (code & 0xff) {
    case SQLITE_INTERRUPT: err.code = Error::Code::Cancelled; break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG: err.code = Error::Code::DataRejected; break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        err.code = Error::Code::Permission;
        err.fix = Text::tr("Make the file and its folder writable for this user.");
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: err.code = Error::Code::Io; break;
    default: err.code = Error::Code::Database; break;
    }
    return err;
}

namespace {

// The error of a statement SQLite refused, logged once here for every caller.
Error statementError(const SqliteSession &session, const QString &sql)
{
    Error err = session.lastError(sql.simplified().left(120));
    logFailedStatement(err, sql, SqlQuoting::Standard);
    return err;
}

} // namespace

Status SqliteSession::exec(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        return fail(statementError(*this, sql));
    }
    return {};
}

Result<QueryResult> SqliteSession::query(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray bytes = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, bytes.constData(), int(bytes.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(statementError(*this, sql));
    QueryResult out;
    const int columns = sqlite3_column_count(stmt);
    for (int c = 0; c < columns; ++c)
        out.columns.append(QString::fromUtf8(sqlite3_column_name(stmt, c)));
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        std::vector<std::optional<QByteArray>> cells;
        cells.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
                cells.emplace_back(std::nullopt);
                continue;
            }
            const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, c));
            const int size = sqlite3_column_bytes(stmt, c);
            cells.emplace_back(QByteArray(data ? data : "", size));
        }
        out.rows.push_back(std::move(cells));
    }
    if (rc != SQLITE_DONE) {
        Error err = statementError(*this, sql);
        sqlite3_finalize(stmt);
        return fail(err);
    }
    sqlite3_finalize(stmt);
    return out;
}

void SqliteSession::interrupt()
{
    sqlite3_interrupt(m_db);
}

} // namespace ferry

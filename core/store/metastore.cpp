#include "metastore.h"

#include "common/language.h"
#include "common/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

std::atomic_int g_nextInstance {1};

// Owns the named connections the current thread opened; removes them when the thread ends.
struct ThreadConnections
{
    QMap<int, QString> names; // MetaStore instance -> connection name
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadConnections *> g_connections;

ThreadConnections &threadConnections()
{
    if (!g_connections.hasLocalData())
        g_connections.setLocalData(new ThreadConnections);
    return *g_connections.localData();
}

struct Migration
{
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression pattern(u"^(\\d{3})_.*\\.sql$"_s);
    QDirIterator it(u":/ferry/store/migrations"_s);
    while (it.hasNext()) {
        it.next();
        const auto match = pattern.match(it.fileName());
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), it.filePath()});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

// Splits a migration script on semicolons that end a line (our scripts keep that form).
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QString firstWords(const QString &sql)
{
    return sql.simplified().section(u' ', 0, 3);
}

} // namespace

MetaStore::MetaStore(const QString &path)
    : m_path(path)
    , m_instance(g_nextInstance++)
{ }

MetaStore::~MetaStore()
{
    if (g_connections.hasLocalData()) {
        ThreadConnections &mine = threadConnections();
        const QString name = mine.names.take(m_instance);
        if (!name.isEmpty())
            QSqlDatabase::removeDatabase(name);
    }
}

int MetaStore::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<std::shared_ptr<MetaStore>> MetaStore::open(const QString &path)
{
    return openAtVersion(path, latestVersion());
}

Result<std::shared_ptr<MetaStore>> MetaStore::openAtVersion(const QString &path, int version)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            Error::Code::Io,
            Text::tr("cannot create the folder %1 for the metadata store").arg(info.absolutePath()),
            Text::tr("Choose a writable location with --store or FERRY_STORE."), path);
    std::shared_ptr<MetaStore> store(new MetaStore(info.absoluteFilePath()));
    QSqlDatabase db = store->database();
    if (!db.isOpen())
        return fail(
            Error::Code::Io,
            Text::tr("cannot open the metadata store %1: %2").arg(path, db.lastError().text()),
            Text::tr("Check that the file is readable and writable."), path);
    if (auto ok = store->migrate(version); !ok)
        return std::unexpected(ok.error());
    return store;
}

QSqlDatabase MetaStore::database() const
{
    ThreadConnections &mine = threadConnections();
    auto it = mine.names.constFind(m_instance);
    if (it != mine.names.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name =
        u"ferry/store/%1/%2"_s.arg(m_instance).arg(quintptr(QThread::currentThreadId()), 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    mine.names.insert(m_instance, name);
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA foreign_keys=ON"_s);
    return db;
}

int MetaStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<QSqlQuery> MetaStore::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) {
        qCWarning(lcStore).noquote() << "prepare failed:" << sql << q.lastError().text();
        return fail(
            Error::Code::Database,
            Text::tr("metadata store: %1 failed: %2").arg(firstWords(sql), q.lastError().text()),
            {}, m_path);
    }
    for (const QVariant &v : values) {
        // A null QString binds as NULL; every text column of the store means '' by it. Pass an
        // invalid QVariant() for a real NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        // Bound values may hold user data: the log shows the statement and how many values.
        qCWarning(lcStore).noquote() << "query failed:" << sql << "with" << values.size()
                                     << "values (masked):" << q.lastError().text();
        Error e = makeError(Error::Code::Database,
                            Text::tr("metadata store: %1 failed: %2")
                                .arg(firstWords(sql), q.lastError().databaseText()),
                            {}, m_path);
        e.sqlState = q.lastError().nativeErrorCode();
        const QString text = q.lastError().databaseText();
        if (text.contains(u"UNIQUE constraint failed"))
            e.code = Error::Code::Conflict;
        else if (text.contains(u"database is locked"))
            e.fix = u"Another Ferry process holds the store; try again when it is done."_s;
        return fail(e);
    }
    return q;
}

Status MetaStore::transaction(const std::function<Status()> &work) const
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(
            Error::Code::Database,
            Text::tr("metadata store: cannot begin a transaction: %1").arg(db.lastError().text()),
            Text::tr("Another Ferry process may hold the store; try again."), m_path);
    Status result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(Error::Code::Database, Text::tr("metadata store: commit failed: %1").arg(why),
                    {}, m_path);
    }
    return {};
}

Status MetaStore::migrate(int upToVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(Error::Code::Io, Text::tr("%1 is not a Ferry metadata store").arg(m_path),
                    Text::tr("Choose another file with --store."), m_path);
    const int latest = latestVersion();
    if (current > latest)
        return fail(Error::Code::Unsupported,
                    Text::tr("the metadata store %1 has schema version %2, newer than this Ferry "
                             "understands (%3)")
                        .arg(m_path)
                        .arg(current)
                        .arg(latest),
                    Text::tr("Open it with a newer Ferry, or choose another store with --store."),
                    m_path);
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > upToVersion)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Internal, Text::tr("missing migration %1").arg(m.path));
        const QString script = QString::fromUtf8(file.readAll());
        // Two processes may open a new store at once (a console and a terminal run): the write
        // lock is taken first, and the version read again under it, so one of them migrates and
        // the other finds it done.
        bool already = false;
        auto applied = [&]() -> Status {
            if (auto r = exec(u"BEGIN IMMEDIATE"_s); !r)
                return std::unexpected(r.error());
            Status work = [&]() -> Status {
                if (schemaVersion() >= m.version) {
                    already = true;
                    return {};
                }
                for (const QString &statement : statements(script)) {
                    if (auto r = exec(statement); !r)
                        return std::unexpected(r.error());
                }
                if (auto r = exec(u"PRAGMA user_version = %1"_s.arg(m.version)); !r)
                    return std::unexpected(r.error());
                return {};
            }();
            if (!work) {
                if (auto r = exec(u"ROLLBACK"_s); !r)
                    qCWarning(lcStore).noquote() << "rollback failed:" << r.error().text();
                return work;
            }
            if (auto r = exec(u"COMMIT"_s); !r)
                return std::unexpected(r.error());
            return {};
        }();
        if (applied && already)
            continue;
        if (!applied) {
            Error e = applied.error();
            e.message =
                u"upgrading the metadata store to version %1 failed: %2"_s.arg(m.version).arg(
                    e.message);
            return fail(e);
        }
        qCInfo(lcStore) << "store" << m_path << "migrated to version" << m.version;
    }
    return {};
}

} // namespace ferry

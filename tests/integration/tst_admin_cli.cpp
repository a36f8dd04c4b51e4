// Users, roles and the operation audit from the command line, as scripts use them: a fresh
// store acts as admin; once admin has a password every command says who acts; a viewer cannot
// start, pause, edit or delete a project or a data source (exit 1, the line naming the role that
// could); the last administrator stays; an audit edited, cut or reordered with sqlite3 is found.
// SQLite endpoints: no server needed.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kAdminPassword = u"s3cret-admin"_s;
const QString kOperatorPassword = u"operator-pass"_s;
const QString kViewerPassword = u"viewer-pass"_s;

// A real HTTP receiver on 127.0.0.1, on its own thread (the test waits for `ferry` meanwhile):
// answers every request with `status` and keeps the bodies it received.
class HttpReceiver : public QObject
{
public:
    explicit HttpReceiver(int status)
        : m_status(status)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~HttpReceiver() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QList<QByteArray> bodies() const
    {
        std::lock_guard lock(m_mutex);
        return m_bodies;
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            QTcpSocket *socket = m_server->nextPendingConnection();
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : buffer->left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                {
                    std::lock_guard lock(m_mutex);
                    m_bodies.append(buffer->mid(end + 4, length));
                }
                socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                              + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        });
    }

    int m_status;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_bodies;
};

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString store() const { return path(u"store.db"_s); }

    Run ferry(const QStringList &args, const QString &stdinText = {},
              const QString &userPassword = {}, const QString &storePath = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, u"master"_s);
        env.insert(u"FERRY_HEARTBEAT_SECONDS"_s, u"1"_s);
        env.remove(u"FERRY_USER_PASSWORD"_s);
        if (!userPassword.isEmpty())
            env.insert(u"FERRY_USER_PASSWORD"_s, userPassword);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FERRY_BINARY),
                QStringList {u"--store"_s, storePath.isEmpty() ? store() : storePath} + args);
        p.write(stdinText.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run as(const QString &user, const QString &password, const QStringList &args,
           const QString &stdinText = {})
    {
        return ferry(QStringList {u"--user"_s, user} + args, stdinText, password);
    }
    Run asAdmin(const QStringList &args) { return as(u"admin"_s, kAdminPassword, args); }

    static bool sqlite3(const QString &db, const QString &sql)
    {
        QProcess p;
        p.start(u"sqlite3"_s, {db, sql});
        p.waitForFinished(30000);
        if (p.exitCode() != 0)
            qWarning().noquote() << "sqlite3:" << p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    void writeProject(const QString &file, const QString &name, int concurrency,
                      const QStringList &steps = {u"schema"_s, u"full"_s})
    {
        const QJsonObject project {
            {u"name"_s, name},
            {u"source"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, path(u"shop.db"_s)}}},
            {u"target"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, path(name + u"-copy.db"_s)}}},
            {u"steps"_s, QJsonArray::fromStringList(steps)},
            {u"options"_s, QJsonObject {{u"concurrency"_s, concurrency}}}};
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(project).toJson());
    }

    static QString refusal(const QString &user, const QString &role, const QString &what,
                           const QString &needed, const QString &neededWords)
    {
        return u"ferry: user '%1' (%2) may not %3: that takes %5. Act as a user with that role "
               "(--user NAME), or ask an administrator to give '%1' the %4 role (ferry user "
               "role %1 %4).\n"_s.arg(user, role, what, needed, neededWords);
    }

    // The newest audit record that is not a login (every command signs in).
    QJsonObject lastAction()
    {
        const QJsonArray records = auditRecords(store());
        for (const QJsonValue &r : records)
            if (r[u"action"_s].toString() != u"login")
                return r.toObject();
        return {};
    }

    QJsonArray auditRecords(const QString &storePath)
    {
        const Run r = ferry(
            {u"--user"_s, u"admin"_s, u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1000"_s},
            {}, kAdminPassword, storePath);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"records"_s).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(sqlite3(path(u"shop.db"_s),
                        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, total TEXT); "
                        "INSERT INTO orders VALUES (1, '9.50'), (2, '12.00');"_s));
        writeProject(u"shop.json"_s, u"shop"_s, 1);
        writeProject(u"shop-edited.json"_s, u"shop"_s, 2);
        writeProject(u"other.json"_s, u"other"_s, 1);

        // A fresh store: no --user, admin acts.
        Run r = ferry({u"user"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"NAME   ROLE           STATE\nadmin  administrator  no password\n"_s);
        r = ferry({u"datasource"_s, u"add"_s, u"shopdb"_s, u"--engine"_s, u"sqlite"_s, u"--path"_s,
                   path(u"shop.db"_s)});
        QCOMPARE(r.exitCode, 0);
        r = ferry({u"project"_s, u"import"_s, path(u"shop.json"_s)});
        QCOMPARE(r.exitCode, 0);

        // admin gets a password: from now on every command says who acts.
        r = ferry({u"user"_s, u"passwd"_s, u"admin"_s, u"--password-stdin"_s},
                  kAdminPassword + u'\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Password of user admin changed.\n"_s);
        // The acting user's password first on standard input, then the new user's.
        r = ferry({u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"olga"_s, u"--role"_s,
                   u"operator"_s, u"--password-stdin"_s},
                  kAdminPassword + u'\n' + kOperatorPassword + u'\n');
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        r = as(u"admin"_s, kAdminPassword,
               {u"user"_s, u"add"_s, u"val"_s, u"--role"_s, u"viewer"_s, u"--password-stdin"_s},
               kViewerPassword + u'\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"User val added (viewer).\n"_s);
        r = asAdmin({u"user"_s, u"list"_s});
        QCOMPARE(r.out,
                 u"NAME   ROLE           STATE\n"
                 "admin  administrator  enabled\n"
                 "olga   operator       enabled\n"
                 "val    viewer         enabled\n"_s);
    }

    void signInIsRequired()
    {
        Run r = ferry({u"project"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.err,
            u"ferry: the store %1 has users with passwords: say who acts. Add --user "
            "NAME (the password from FERRY_USER_PASSWORD or standard input).\n"_s.arg(store()));
        r = as(u"val"_s, u"wrong-password"_s, {u"project"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"ferry: cannot sign in as 'val': wrong password. "_s),
                 qPrintable(r.err));
        // The password on standard input instead of the environment.
        r = ferry({u"--user"_s, u"val"_s, u"project"_s, u"list"_s}, kViewerPassword + u'\n');
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"shop"_s));
    }

    void viewerIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("what");
        QTest::newRow("start a project")
            << QStringList {u"run"_s, path(u"shop.json"_s)} << u"start project 'shop'"_s;
        QTest::newRow("pause a project")
            << QStringList {u"project"_s, u"pause"_s, u"shop"_s} << u"pause project 'shop'"_s;
        QTest::newRow("edit a project")
            << QStringList {u"run"_s, path(u"shop-edited.json"_s)} << u"edit project 'shop'"_s;
        QTest::newRow("create a project")
            << QStringList {u"project"_s, u"import"_s, path(u"other.json"_s)}
            << u"create project 'other'"_s;
        QTest::newRow("delete a project")
            << QStringList {u"project"_s, u"remove"_s, u"shop"_s, u"--yes"_s}
            << u"delete project 'shop'"_s;
        QTest::newRow("add a data source")
            << QStringList {u"datasource"_s, u"add"_s,    u"more"_s,         u"--engine"_s,
                            u"sqlite"_s,     u"--path"_s, path(u"more.db"_s)}
            << u"add data source 'more'"_s;
        QTest::newRow("edit a data source")
            << QStringList {u"datasource"_s, u"edit"_s, u"shopdb"_s, u"--remark"_s, u"mine"_s}
            << u"edit data source 'shopdb'"_s;
        QTest::newRow("delete a data source")
            << QStringList {u"datasource"_s, u"remove"_s, u"shopdb"_s, u"--yes"_s}
            << u"delete data source 'shopdb'"_s;
        QTest::newRow("test a data source") << QStringList {u"datasource"_s, u"test"_s, u"shopdb"_s}
                                            << u"test data source 'shopdb'"_s;
    }

    void viewerIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, what);
        const Run r = as(u"val"_s, kViewerPassword, args);
        QCOMPARE(r.err,
                 refusal(u"val"_s, u"viewer"_s, what, u"operator"_s,
                         u"the operator role (or administrator)"_s));
        QCOMPARE(r.exitCode, 1);
        // Nothing changed, and the refusal is in the audit.
        const Run list = asAdmin({u"--json"_s, u"project"_s, u"list"_s});
        const QJsonArray projects =
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"projects"_s).toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0][u"name"_s].toString(), u"shop"_s);
        QCOMPARE(projects[0][u"state"_s].toString(), u"not-started"_s);
        const Run show = asAdmin({u"--json"_s, u"datasource"_s, u"list"_s});
        QVERIFY2(show.out.contains(u"\"shopdb\""_s) && !show.out.contains(u"mine"_s)
                     && !show.out.contains(u"\"more\""_s),
                 qPrintable(show.out));
        const QJsonObject refused = lastAction();
        QCOMPARE(refused[u"actor"_s].toString(), u"val"_s);
        QCOMPARE(refused[u"result"_s].toString(), u"refused"_s);
        QVERIFY(refused[u"detail"_s].toString().contains(what));
    }

    void operatorActs()
    {
        Run r = as(u"olga"_s, kOperatorPassword, {u"project"_s, u"pause"_s, u"shop"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 u"ferry: project 'shop' is not running. ferry status shop shows where it "
                 "stands.\n"_s);
        r = as(u"olga"_s, kOperatorPassword, {u"run"_s, path(u"shop.json"_s), u"--quiet"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray audit = auditRecords(store());
        QStringList actions;
        for (qsizetype i = audit.size() - 1; i >= 0; --i)
            if (audit[i][u"actor"_s].toString() == u"olga")
                actions << audit[i][u"action"_s].toString() + u':'
                        + audit[i][u"result"_s].toString();
        QCOMPARE(actions,
                 (QStringList {u"login:ok"_s, u"project.pause:failed"_s, u"login:ok"_s,
                               u"project.start:ok"_s}));
        // An operator administers nobody.
        r = as(u"olga"_s, kOperatorPassword, {u"user"_s, u"disable"_s, u"val"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 refusal(u"olga"_s, u"operator"_s, u"disable user 'val'"_s, u"administrator"_s,
                         u"the administrator role"_s));
    }

    // `ferry project pause` stops a live `ferry run` of this host at a clean point: the run
    // exits 0 as it does on Ctrl-C, and the project is paused.
    void operatorPausesALiveRun()
    {
        writeProject(u"live.json"_s, u"live"_s, 1, {u"schema"_s, u"full"_s, u"incremental"_s});
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, u"master"_s);
        env.insert(u"FERRY_HEARTBEAT_SECONDS"_s, u"1"_s);
        env.insert(u"FERRY_USER_PASSWORD"_s, kOperatorPassword);
        run.setProcessEnvironment(env);
        run.start(QStringLiteral(FERRY_BINARY),
                  {u"--store"_s, store(), u"--user"_s, u"olga"_s, u"run"_s, path(u"live.json"_s),
                   u"--quiet"_s});
        QVERIFY(run.waitForStarted());
        // The run streams once its heartbeat and its stream are saved.
        QTRY_VERIFY_WITH_TIMEOUT(
            as(u"olga"_s, kOperatorPassword, {u"status"_s, u"live"_s}).out.contains(u"streaming"_s),
            60000);
        Run r = as(u"val"_s, kViewerPassword, {u"project"_s, u"pause"_s, u"live"_s});
        QCOMPARE(r.exitCode, 1);
        r = as(u"olga"_s, kOperatorPassword, {u"project"_s, u"pause"_s, u"live"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, u"Project live stops at its next checkpoint.\n"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(run.readAllStandardOutput()),
                 u"Project live: incremental synchronization stopped by SIGTERM at a clean point; "
                 "run it again to go on.\n"_s);
        const Run list = as(u"olga"_s, kOperatorPassword, {u"--json"_s, u"project"_s, u"list"_s});
        const QJsonArray projects =
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"projects"_s).toArray();
        for (const QJsonValue &p : projects)
            if (p[u"name"_s].toString() == u"live")
                QCOMPARE(p[u"state"_s].toString(), u"paused"_s);
        const QJsonObject paused = lastAction();
        QCOMPARE(paused[u"action"_s].toString(), u"project.pause"_s);
        QCOMPARE(paused[u"actor"_s].toString(), u"olga"_s);
        QCOMPARE(paused[u"result"_s].toString(), u"ok"_s);
    }

    void lastAdministratorStays()
    {
        Run r = asAdmin({u"user"_s, u"disable"_s, u"admin"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 u"ferry: cannot disable user 'admin': it is the last enabled "
                 "administrator. Make another user an administrator first (ferry user "
                 "role NAME administrator).\n"_s);
        r = asAdmin({u"user"_s, u"role"_s, u"admin"_s, u"operator"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(
            u"ferry: cannot demote user 'admin': it is the last enabled administrator."_s));
        r = asAdmin({u"user"_s, u"remove"_s, u"admin"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(u"ferry: cannot remove the built-in user 'admin'."_s));
        // With a second administrator, admin may be disabled, and then cannot sign in.
        QCOMPARE(asAdmin({u"user"_s, u"role"_s, u"olga"_s, u"administrator"_s}).exitCode, 0);
        QCOMPARE(as(u"olga"_s, kOperatorPassword, {u"user"_s, u"disable"_s, u"admin"_s}).exitCode,
                 0);
        r = asAdmin({u"user"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"ferry: cannot sign in as 'admin': the user is disabled."_s));
        r = as(u"olga"_s, kOperatorPassword, {u"user"_s, u"disable"_s, u"olga"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(as(u"olga"_s, kOperatorPassword, {u"user"_s, u"enable"_s, u"admin"_s}).exitCode,
                 0);
        QCOMPARE(asAdmin({u"user"_s, u"role"_s, u"olga"_s, u"operator"_s}).exitCode, 0);
    }

    void parameters()
    {
        Run r = asAdmin({u"config"_s, u"set"_s, u"project.concurrency"_s, u"99"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 u"ferry: '99' is not a valid value of project.concurrency: it takes a "
                 "whole number from 1 to 64. Give a number in that range, or 'default' "
                 "(4).\n"_s);
        r = as(u"olga"_s, kOperatorPassword,
               {u"config"_s, u"set"_s, u"project.concurrency"_s, u"8"_s});
        QCOMPARE(r.exitCode, 1);
        r = asAdmin({u"config"_s, u"set"_s, u"project.concurrency"_s, u"8"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"project.concurrency = 8 (applies at the next run)\n"_s);
        r = asAdmin({u"config"_s, u"get"_s, u"project.concurrency"_s});
        QCOMPARE(r.out, u"8\n"_s);
        r = asAdmin({u"--json"_s, u"config"_s, u"diff"_s});
        const QJsonArray changed =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"parameters"_s).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][u"name"_s].toString(), u"project.concurrency"_s);
        QCOMPARE(changed[0][u"value"_s].toString(), u"8"_s);
        QCOMPARE(changed[0][u"default"_s].toString(), u"4"_s);
        QCOMPARE(changed[0][u"updatedBy"_s].toString(), u"admin"_s);
        const QJsonObject last = lastAction();
        QCOMPARE(last[u"action"_s].toString(), u"parameter.set"_s);
        QCOMPARE(last[u"before"_s].toObject(), (QJsonObject {{u"value"_s, u"4"_s}}));
        QCOMPARE(last[u"after"_s].toObject(), (QJsonObject {{u"value"_s, u"8"_s}}));
        r = asAdmin({u"config"_s, u"set"_s, u"project.concurrency"_s, u"default"_s});
        QCOMPARE(r.exitCode, 0);
        r = asAdmin({u"config"_s, u"diff"_s});
        QCOMPARE(r.out, u"Every parameter has its default.\n"_s);
        r = asAdmin({u"config"_s, u"get"_s, u"no.such"_s});
        QCOMPARE(r.exitCode, 2);
    }

    // The parameters take effect: a new project without options gets project.*, and a run
    // drops project log lines older than retention.log_days.
    void parametersTakeEffect()
    {
        QVERIFY(asAdmin({u"config"_s, u"set"_s, u"project.concurrency"_s, u"3"_s}).exitCode == 0);
        QVERIFY(asAdmin({u"config"_s, u"set"_s, u"project.chunk_rows"_s, u"7000"_s}).exitCode == 0);
        QVERIFY(asAdmin({u"config"_s, u"set"_s, u"retention.log_days"_s, u"2"_s}).exitCode == 0);
        const QJsonObject project {
            {u"name"_s, u"defaults"_s},
            {u"source"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, path(u"shop.db"_s)}}},
            {u"target"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, path(u"defaults-copy.db"_s)}}},
            {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s}}};
        {
            QFile f(path(u"defaults.json"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(project).toJson());
        }
        Run r = asAdmin({u"project"_s, u"import"_s, path(u"defaults.json"_s)});
        QCOMPARE(r.exitCode, 0);
        r = asAdmin({u"--json"_s, u"project"_s, u"show"_s, u"defaults"_s});
        const QJsonObject options = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()[u"project"_s][u"definition"_s][u"options"_s]
                                        .toObject();
        QCOMPARE(options[u"concurrency"_s].toInt(), 3);
        QCOMPARE(options[u"chunkRows"_s].toInt(), 7000);
        QCOMPARE(options[u"rowsPerSecond"_s].toInt(), 0);

        // A line of three days ago and one of an hour ago; the run keeps the younger.
        const QString old = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs);
        const QString young =
            QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
        QVERIFY(sqlite3(
            store(),
            u"INSERT INTO project_log (project_id, at, level, message) SELECT id, "
            "'%1', 'info', 'old line' FROM project WHERE name = 'defaults'; "
            "INSERT INTO project_log (project_id, at, level, message) SELECT id, "
            "'%2', 'info', 'young line' FROM project WHERE name = 'defaults'"_s.arg(old, young)));
        r = asAdmin({u"run"_s, path(u"defaults.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess q;
        q.start(u"sqlite3"_s,
                {store(),
                 u"SELECT message FROM project_log WHERE message IN "
                 "('old line', 'young line')"_s});
        QVERIFY(q.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(q.readAllStandardOutput()), u"young line\n"_s);
        for (const QString &name :
             {u"project.concurrency"_s, u"project.chunk_rows"_s, u"retention.log_days"_s})
            QVERIFY(asAdmin({u"config"_s, u"set"_s, name, u"default"_s}).exitCode == 0);
    }

    // Channels that work without the internet, tested against a real local HTTP receiver and a
    // real local command; every attempt recorded with its status.
    void alertChannels()
    {
        HttpReceiver ok(200);
        HttpReceiver refusing(500);
        const QString hook = u"http://127.0.0.1:%1/alerts"_s.arg(ok.port());
        const QString broken = u"http://127.0.0.1:%1/alerts"_s.arg(refusing.port());
        const QString file = path(u"alert.json"_s);
        Run r = as(u"olga"_s, kOperatorPassword,
                   {u"alert"_s, u"channel"_s, u"add"_s, u"ops"_s, u"--webhook"_s, hook});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            asAdmin({u"alert"_s, u"channel"_s, u"add"_s, u"ops"_s, u"--webhook"_s, hook}).exitCode,
            0);
        QCOMPARE(asAdmin({u"alert"_s, u"channel"_s, u"add"_s, u"down"_s, u"--webhook"_s, broken})
                     .exitCode,
                 0);
        QCOMPARE(asAdmin({u"alert"_s, u"channel"_s, u"add"_s, u"script"_s, u"--command"_s,
                          u"sh -c \"cat > %1\""_s.arg(file)})
                     .exitCode,
                 0);
        r = asAdmin(
            {u"alert"_s, u"channel"_s, u"add"_s, u"bad"_s, u"--webhook"_s, u"ftp://host/x"_s});
        QCOMPARE(r.exitCode, 2);

        r = as(u"olga"_s, kOperatorPassword, {u"alert"_s, u"test"_s, u"ops"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, u"Test alert delivered to ops.\n"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ok.bodies().size(), 1);
        const QJsonObject posted = QJsonDocument::fromJson(ok.bodies().first()).object();
        QCOMPARE(posted[u"level"_s].toString(), u"info"_s);
        QCOMPARE(posted[u"title"_s].toString(), u"Ferry test alert"_s);
        QCOMPARE(posted[u"source"_s].toString(), u"ferry"_s);

        r = as(u"olga"_s, kOperatorPassword, {u"alert"_s, u"test"_s, u"down"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 u"ferry: webhook %1 answered HTTP 500. Check the URL and that the receiver "
                 "runs and answers 2xx.\n"_s.arg(broken));
        QCOMPARE(refusing.bodies().size(), 1);

        QCOMPARE(as(u"olga"_s, kOperatorPassword, {u"alert"_s, u"test"_s, u"script"_s}).exitCode,
                 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object()[u"title"_s].toString(),
                 u"Ferry test alert"_s);

        r = as(u"val"_s, kViewerPassword, {u"alert"_s, u"test"_s, u"ops"_s});
        QCOMPARE(r.exitCode, 1);

        r = asAdmin({u"--json"_s, u"alert"_s, u"deliveries"_s});
        const QJsonArray deliveries =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"deliveries"_s).toArray();
        QStringList seen;
        for (const QJsonValue &d : deliveries)
            seen << d[u"channel"_s].toString() + u':' + d[u"status"_s].toString() + u':'
                    + d[u"detail"_s].toString();
        QCOMPARE(seen,
                 (QStringList {u"script:ok:exit 0"_s,
                               u"down:failed:webhook %1 answered HTTP 500"_s.arg(broken),
                               u"ops:ok:HTTP 200"_s}));
    }

    void auditExport()
    {
        QCOMPARE(asAdmin({u"audit"_s, u"export"_s, path(u"audit.json"_s)}).exitCode, 0);
        QCOMPARE(asAdmin({u"audit"_s, u"export"_s, path(u"audit.csv"_s)}).exitCode, 0);
        QFile json(path(u"audit.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray text = json.readAll();
        const QJsonArray records = QJsonDocument::fromJson(text).array();
        QVERIFY(records.size() > 20);
        QCOMPARE(records[0][u"seq"_s].toInt(), 1);
        QCOMPARE(records[0][u"action"_s].toString(), u"datasource.add"_s);
        QCOMPARE(records[1][u"action"_s].toString(), u"project.create"_s);
        QCOMPARE(records[2][u"action"_s].toString(), u"user.passwd"_s);
        QCOMPARE(records[2][u"actor"_s].toString(), u"admin"_s);
        QCOMPARE(records[2][u"after"_s].toObject(), (QJsonObject {{u"hasPassword"_s, true}}));
        // Never a password or its hash.
        for (const QString &secret :
             {kAdminPassword, kOperatorPassword, kViewerPassword, u"$argon2id"_s})
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
        QFile csv(path(u"audit.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine(),
                 QByteArray("seq,at,actor,action,object_type,object,result,detail,"
                            "before,after,prev_hash,hash\n"));
        QVERIFY(csv.readLine().startsWith("1,"));
    }

    void auditTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("firstBroken");
        QTest::addColumn<QString>("reason");
        QTest::newRow("intact") << QString() << 0 << QString();
        QTest::newRow("edited") << u"UPDATE audit_log SET actor = 'nobody' WHERE seq = 3"_s << 3
                                << u"was changed: its content does not match its hash"_s;
        QTest::newRow("hash recomputed is not enough")
            << u"UPDATE audit_log SET result = 'ok', hash = prev_hash WHERE seq = 4"_s << 4
            << u"was changed"_s;
        QTest::newRow("removed")
            << u"DELETE FROM audit_log WHERE seq = 5"_s << 5
            << u"audit record 5 is missing: the chain goes from record 4 to 6"_s;
        QTest::newRow("last removed")
            << u"DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"_s << -1
            << u"is missing"_s;
        QTest::newRow("reordered")
            << u"UPDATE audit_log SET seq = -1 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE "
               "seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -1;"_s
            << 2 << u"does not follow record 1"_s;
    }

    void auditTampering()
    {
        QFETCH(QString, sql);
        QFETCH(int, firstBroken);
        QFETCH(QString, reason);
        const QString copy =
            path(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".db"_s);
        QVERIFY(sqlite3(store(), u".backup '%1'"_s.arg(copy)));
        int last = 0;
        if (!sql.isEmpty()) {
            auto q = sqlite3(copy, u"SELECT 1"_s);
            QVERIFY(q);
            last = auditRecords(copy).first()[u"seq"_s].toInt() + 0;
            // Whoever edits the store with sqlite3 can drop the triggers that refuse it.
            QVERIFY(sqlite3(copy,
                            u"DROP TRIGGER audit_log_append_only_update; DROP TRIGGER "
                            "audit_log_append_only_delete; "_s
                                + sql));
        }
        if (firstBroken < 0)
            firstBroken = last;
        const Run r = ferry({u"--user"_s, u"admin"_s, u"--json"_s, u"audit"_s, u"verify"_s}, {},
                            kAdminPassword, copy);
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(check[u"firstBroken"_s].toInt(), firstBroken);
        QCOMPARE(check[u"intact"_s].toBool(), firstBroken == 0);
        QCOMPARE(r.exitCode, firstBroken == 0 ? 0 : 1);
        if (firstBroken) {
            QVERIFY2(
                check[u"reason"_s].toString().startsWith(u"audit record %1"_s.arg(firstBroken)),
                qPrintable(check[u"reason"_s].toString()));
            QVERIFY2(check[u"reason"_s].toString().contains(reason),
                     qPrintable(check[u"reason"_s].toString()));
            QCOMPARE(
                r.err,
                u"ferry: the audit chain is broken: %1\n"_s.arg(check[u"reason"_s].toString()));
        }
    }

    void appendOnly()
    {
        QVERIFY(!sqlite3(store(), u"DELETE FROM audit_log WHERE seq = 1"_s));
        QVERIFY(!sqlite3(store(), u"UPDATE audit_log SET actor = 'x' WHERE seq = 1"_s));
        QCOMPARE(asAdmin({u"audit"_s, u"verify"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"

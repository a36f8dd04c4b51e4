// `ferry diag bundle OUT.tar.gz` with canary secrets everywhere Ferry might leak one: a data
// source password (in the vault, and written raw into the log), a Kafka SASL password and a
// secret producer property of a sync project, a project file's inline password, an
// environment-looking PASSWORD=… and a token in the logs (the current and a rotated one). The
// archive is extracted with tar and every byte of every file searched: no canary anywhere.
#include "migrationfixture.h"
#include "testservers.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kDataSourcePassword = u"CANARY-ds-7c1e-pw"_s;
const QString kSaslPassword = u"CANARY-sasl-3b9d"_s;
const QString kPropertyPassword = u"CANARY-prop-8e21"_s;
const QString kFilePassword = u"CANARY-file-5a2f"_s;
const QString kEnvPassword = u"CANARY-env-9d4e"_s;
const QString kToken = u"CANARY-tok-1a2b"_s;
const QString kMaster = u"CANARY-master-4f0c"_s;

} // namespace

class TestDiagBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString store() const { return m_dir.filePath(u"store/ferry.db"_s); }

    Run ferry(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, kMaster);
        env.insert(u"KAFKA_SASL_PASSWORD"_s, kSaslPassword);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store()} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeJson(const QString &name, const QJsonObject &o)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(o).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        // A real user with the canary password, so the bundle's probe signs in with it.
        QVERIFY(test::execute(
            test::mariadb(),
            {u"DROP USER IF EXISTS 'ferry_canary'@'%'"_s,
             u"CREATE USER 'ferry_canary'@'%' IDENTIFIED BY '%1'"_s.arg(kDataSourcePassword)}));
    }

    void cleanupTestCase()
    {
        (void)test::execute(test::mariadb(), {u"DROP USER IF EXISTS 'ferry_canary'@'%'"_s});
    }

    void noCanaryInTheArchive()
    {
        const Endpoint server = test::mariadb();
        Run r = ferry({u"datasource"_s, u"add"_s, u"canary-src"_s, u"--engine"_s, u"mariadb"_s,
                       u"--host"_s, server.host, u"--port"_s, QString::number(server.port),
                       u"--user"_s, u"ferry_canary"_s, u"--password-stdin"_s},
                      kDataSourcePassword.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A migration project from a file with an inline password.
        const QString migration = writeJson(
            u"inline.json"_s,
            {{u"name"_s, u"inline-pw"_s},
             {u"source"_s,
              QJsonObject {{u"engine"_s, u"mariadb"_s},
                           {u"host"_s, server.host},
                           {u"port"_s, server.port},
                           {u"user"_s, u"ferry_canary"_s},
                           {u"password"_s, kFilePassword},
                           {u"database"_s, u"mysql"_s}}},
             {u"target"_s,
              QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, m_dir.filePath(u"t.sqlite"_s)}}},
             {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s}}});
        r = ferry({u"project"_s, u"import"_s, migration});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // A sync project: SASL password from the environment, a secret producer property.
        const QString sync =
            writeJson(u"sync.json"_s,
                      {{u"name"_s, u"sasl-sync"_s},
                       {u"type"_s, u"sync"_s},
                       {u"source"_s, u"canary-src"_s},
                       {u"target"_s,
                        QJsonObject {{u"engine"_s, u"kafka"_s},
                                     {u"bootstrapServers"_s, u"127.0.0.1:1"_s},
                                     {u"securityProtocol"_s, u"sasl_plaintext"_s},
                                     {u"saslMechanism"_s, u"PLAIN"_s},
                                     {u"user"_s, u"alice"_s},
                                     {u"passwordEnv"_s, u"KAFKA_SASL_PASSWORD"_s},
                                     {u"properties"_s,
                                      QJsonObject {{u"ssl.key.password"_s, kPropertyPassword}}}}},
                       {u"steps"_s, QJsonArray {u"full"_s, u"incremental"_s}}});
        r = ferry({u"project"_s, u"import"_s, sync});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // Lines in the logs that a careless message could have written.
        const QString logs = m_dir.filePath(u"store/logs/ferry.log"_s);
        {
            QFile current(logs);
            QVERIFY(current.open(QIODevice::Append));
            current.write(u"2026-11-27T03:00:00.000Z warning ferry.engine [1a] starting with "
                          "FERRY_EXTRA_PASSWORD=%1 in the environment\n"
                          "2026-11-27T03:00:01.000Z warning ferry.engine [1a] login as "
                          "ferry_canary with %2 refused\n"_s.arg(kEnvPassword, kDataSourcePassword)
                              .toUtf8());
            QFile rotated(logs + u".1"_s);
            QVERIFY(rotated.open(QIODevice::WriteOnly));
            rotated.write(u"2026-11-27T02:00:00.000Z info ferry.sink [2b] webhook "
                          "https://alice:%1@hooks.example/x token: %1 "
                          "Authorization: Bearer %1\n"_s.arg(kToken)
                              .toUtf8());
        }

        const QString archive = m_dir.filePath(u"out/bundle.tar.gz"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        r = ferry({u"diag"_s, u"bundle"_s, archive, u"--sample-seconds"_s, u"0"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(u"ok"_s).toBool(), true);
        QCOMPARE(result.value(u"path"_s).toString(), archive);
        QVERIFY(QFile::exists(archive));

        // tar reads it (the listing is what the command says it wrote) and extracts it.
        QProcess list;
        list.start(u"tar"_s, {u"-tzf"_s, archive});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        const QStringList listed =
            QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QStringList said;
        for (const QJsonValue &v : result.value(u"files"_s).toArray())
            said.append(v.toString());
        QCOMPARE(listed, said);
        const QString root = listed.first().section(u'/', 0, 0) + u'/';
        QStringList names;
        for (const QString &f : listed)
            names.append(f.mid(root.size()));
        for (const QString &expected :
             {u"versions.json"_s, u"datasources.json"_s, u"projects/inline-pw.json"_s,
              u"projects/sasl-sync.json"_s, u"servers.json"_s, u"diagnosis.txt"_s, u"risks.json"_s,
              u"host.json"_s, u"store/project.json"_s, u"store/stream_state.json"_s,
              u"store/run_heartbeat.json"_s, u"store/metric_sample.json"_s,
              u"store/datasource.json"_s, u"store/app_user.json"_s, u"logs/ferry.log.1"_s,
              u"logs/ferry.log"_s, u"manifest.json"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));

        const QString out = m_dir.filePath(u"extracted"_s);
        QVERIFY(QDir().mkpath(out));
        QProcess tar;
        tar.start(u"tar"_s, {u"-xzf"_s, archive, u"-C"_s, out});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);

        // Every byte of every file: no canary, in any spelling a file could hold it.
        const QStringList canaries = {kDataSourcePassword,
                                      kSaslPassword,
                                      kPropertyPassword,
                                      kFilePassword,
                                      kEnvPassword,
                                      kToken,
                                      kMaster};
        int files = 0;
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            QVERIFY2(!path.endsWith(u".db"_s), qPrintable(path));
            QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(path));
            for (const QString &canary : canaries) {
                QVERIFY2(!bytes.contains(canary.toUtf8()),
                         qPrintable(u"%1 holds %2"_s.arg(path, canary)));
                // A tail of it is a leak too (a secret cut by a mask in the wrong place).
                QVERIFY2(!bytes.contains(canary.mid(7).toUtf8()),
                         qPrintable(u"%1 holds part of %2"_s.arg(path, canary)));
            }
        }
        QCOMPARE(files, listed.size());

        const auto read = [&](const QString &name) {
            QFile f(out + u'/' + root + name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        // The lines are there, their secrets masked.
        const QByteArray current = read(u"logs/ferry.log"_s);
        QVERIFY(current.contains("starting with FERRY_EXTRA_PASSWORD=*** in the environment"));
        QVERIFY(current.contains("login as ferry_canary with *** refused"));
        QCOMPARE(read(u"logs/ferry.log.1"_s),
                 QByteArray("2026-11-27T02:00:00.000Z info ferry.sink [2b] webhook "
                            "https://alice:***@hooks.example/x token: *** "
                            "Authorization: Bearer ***\n"));
        // The stored definition keeps the property's name, not its value.
        const QJsonObject sasl =
            QJsonDocument::fromJson(read(u"projects/sasl-sync.json"_s)).object();
        QCOMPARE(sasl.value(u"definition"_s)
                     .toObject()
                     .value(u"target"_s)
                     .toObject()
                     .value(u"properties"_s)
                     .toObject(),
                 (QJsonObject {{u"ssl.key.password"_s, u"***"_s}}));
        // The password hash column is not exported at all.
        const QJsonObject users = QJsonDocument::fromJson(read(u"store/app_user.json"_s)).object();
        QCOMPARE(users.value(u"droppedColumns"_s).toArray(), (QJsonArray {u"password_hash"_s}));
        // Versions of Ferry and Qt; the data source's server answered the canary password.
        const QJsonObject versions = QJsonDocument::fromJson(read(u"versions.json"_s)).object();
        QCOMPARE(versions.value(u"ferry"_s).toString(), QStringLiteral(FERRY_VERSION));
        QCOMPARE(versions.value(u"qt"_s).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(versions.value(u"libmariadb"_s).toString().startsWith(u"libmariadb"_s)
                || !versions.value(u"libmariadb"_s).toString().isEmpty());
        QVERIFY(!versions.value(u"librdkafka"_s).toString().isEmpty());
        const QJsonArray servers = QJsonDocument::fromJson(read(u"servers.json"_s)).array();
        bool sawSource = false;
        bool sawInline = false;
        for (const QJsonValue &v : servers) {
            const QJsonObject o = v.toObject();
            if (o.value(u"of"_s).toString() == u"datasource canary-src") {
                sawSource = true;
                QVERIFY2(o.value(u"version"_s).toString().contains(u"MariaDB"_s),
                         qPrintable(QString::fromUtf8(QJsonDocument(o).toJson())));
            }
            if (o.value(u"of"_s).toString() == u"project inline-pw source") {
                sawInline = true; // no password stored: refused, recorded, not fatal
                QVERIFY(o.contains(u"error"_s));
            }
        }
        QVERIFY(sawSource);
        QVERIFY(sawInline);
    }
};

QTEST_GUILESS_MAIN(TestDiagBundle)
#include "tst_diagbundle.moc"

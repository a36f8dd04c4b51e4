// The metadata store: migrations, upgrades, and the data source repository.
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(u"store%1.db"_s.arg(++m_counter)); }

    static DataSource mariadbSource(const QString &name)
    {
        DataSource s;
        s.name = name;
        s.endpoint.engine = Engine::MariaDb;
        s.endpoint.host = u"db.example"_s;
        s.endpoint.port = 3306;
        s.endpoint.user = u"app"_s;
        s.endpoint.database = u"shop"_s;
        s.endpoint.tlsMode = TlsMode::VerifyFull;
        s.remark = u"production replica"_s;
        return s;
    }

private slots:
    void freshStoreHasLatestSchemaAndWal()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
        QCOMPARE((*store)->schemaVersion(), MetaStore::latestVersion());
        QVERIFY(MetaStore::latestVersion() >= 1);
        auto mode = (*store)->exec(u"PRAGMA journal_mode"_s);
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), u"wal"_s);
    }

    void olderStoreIsUpgradedKeepingItsData()
    {
        const QString path = freshPath();
        {
            auto v1 = MetaStore::openAtVersion(path, 1);
            QVERIFY(v1);
            QCOMPARE((*v1)->schemaVersion(), 1);
            // Rows as Ferry 0.1 (schema version 1) wrote them.
            QVERIFY((*v1)->exec(
                u"INSERT INTO datasource (uuid, name, engine, host, port, user_name, "
                "database_name, tls_mode, remark, created_at, updated_at, last_test_ok, "
                "last_test_at, last_test_summary) VALUES ('u-1', 'legacy', 'mariadb', "
                "'db.example', 3306, 'app', 'shop', 'verify-full', 'production replica', "
                "'2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z', 1, "
                "'2026-01-03T00:00:00.000Z', 'MariaDB 10.6.1 · ready')"_s));
        }
        auto latest = MetaStore::open(path);
        QVERIFY2(latest, qPrintable(latest ? QString() : latest.error().text()));
        QCOMPARE((*latest)->schemaVersion(), MetaStore::latestVersion());
        DataSourceRepository repo(*latest);
        auto found = repo.findByName(u"legacy"_s);
        QVERIFY(found);
        QCOMPARE(found->endpoint.host, u"db.example"_s);
        QCOMPARE(found->endpoint.tlsMode, TlsMode::VerifyFull);
        QCOMPARE(found->remark, u"production replica"_s);
        QCOMPARE(found->lastTest.summary, u"MariaDB 10.6.1 · ready"_s);
        QVERIFY(found->lastTest.report.isEmpty()); // column added by version 2
    }

    void newerStoreIsRefusedUntouched()
    {
        const QString path = freshPath();
        {
            auto store = MetaStore::open(path);
            QVERIFY(store);
            QVERIFY((*store)->exec(u"PRAGMA user_version = 999"_s));
        }
        auto again = MetaStore::open(path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Unsupported);
        QVERIFY2(again.error().message.contains(u"version 999"_s),
                 qPrintable(again.error().message));
        QVERIFY(again.error().fix.contains(u"newer Ferry"_s));
    }

    void addFindUpdateList()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        auto added = repo.add(mariadbSource(u"orders-db"_s));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().text()));
        QVERIFY(added->id > 0);
        QVERIFY(!added->uuid.isEmpty());
        QVERIFY(added->createdAt.isValid());
        QCOMPARE(added->endpoint.user, u"app"_s);
        QVERIFY(!added->lastTest.tested);

        DataSource sqlite;
        sqlite.name = u"archive"_s;
        sqlite.endpoint.engine = Engine::Sqlite;
        sqlite.endpoint.path = m_dir.filePath(u"archive.sqlite"_s);
        QVERIFY(repo.add(sqlite));

        DataSource changed = *added;
        changed.name = u"orders-main"_s;
        changed.endpoint.port = 3307;
        auto updated = repo.update(changed);
        QVERIFY(updated);
        QCOMPARE(updated->uuid, added->uuid);
        QCOMPARE(updated->endpoint.port, 3307);

        auto all = repo.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"archive"_s);
        QCOMPARE(all->at(0).endpoint.path, sqlite.endpoint.path);
        QCOMPARE(all->at(0).endpoint.host, QString());
        QCOMPARE(all->at(1).name, u"orders-main"_s);
        QCOMPARE(*repo.count(), 2);
    }

    // A Kafka cluster is stored beside the databases, every setting back as it went in.
    void kafkaSourceRoundTrips()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        DataSource k;
        k.name = u"kafka-prod"_s;
        k.kafka = KafkaTarget();
        k.kafka->bootstrapServers = u"10.0.0.5:9092,10.0.0.6:9092"_s;
        k.kafka->securityProtocol = u"sasl_plaintext"_s;
        k.kafka->saslMechanism = u"SCRAM-SHA-512"_s;
        k.kafka->user = u"ferry"_s;
        k.kafka->clientId = u"ferry-shop"_s;
        k.hasPassword = true;
        auto added = repo.add(k);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().text()));
        auto found = repo.findByName(u"kafka-prod"_s);
        QVERIFY(found);
        QVERIFY(found->isKafka());
        QCOMPARE(found->engineId(), u"kafka"_s);
        QCOMPARE(found->kafka->bootstrapServers, u"10.0.0.5:9092,10.0.0.6:9092"_s);
        QCOMPARE(found->kafka->securityProtocol, u"sasl_plaintext"_s);
        QCOMPARE(found->kafka->saslMechanism, u"SCRAM-SHA-512"_s);
        QCOMPARE(found->kafka->user, u"ferry"_s);
        QCOMPARE(found->kafka->clientId, u"ferry-shop"_s);
        QCOMPARE(found->kafka->password, QString());
        QVERIFY(found->hasPassword);
        QCOMPARE(found->displayAddress(), u"10.0.0.5:9092,10.0.0.6:9092"_s);

        // Back to PLAINTEXT: the SASL settings go.
        DataSource plain = *found;
        plain.kafka->securityProtocol.clear();
        plain.kafka->saslMechanism.clear();
        plain.kafka->user.clear();
        QVERIFY(repo.update(plain));
        QCOMPARE(repo.findByName(u"kafka-prod"_s)->kafka->saslMechanism, QString());
        QVERIFY(repo.add(mariadbSource(u"orders-db"_s)));
        QVERIFY(!repo.findByName(u"orders-db"_s)->isKafka());
    }

    void badKafkaSettingsAreNamed_data()
    {
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("message");
        QTest::newRow("no servers") << QString() << QString() << QString() << QString()
                                    << u"data source k: the bootstrap servers are empty"_s;
        QTest::newRow("no port") << u"broker1"_s << QString() << QString() << QString()
                                 << u"data source k: bootstrap server 'broker1' is not host:port"_s;
        QTest::newRow("bad protocol")
            << u"b:9092"_s << u"tls"_s << QString() << QString()
            << u"data source k: security protocol 'tls' is not one of plaintext, ssl, "
               "sasl_plaintext, sasl_ssl"_s;
        QTest::newRow("sasl without mechanism")
            << u"b:9092"_s << u"sasl_ssl"_s << QString() << u"u"_s
            << u"data source k: security protocol sasl_ssl needs a SASL mechanism (PLAIN, "
               "SCRAM-SHA-256, SCRAM-SHA-512), not ''"_s;
        QTest::newRow("sasl without user")
            << u"b:9092"_s << u"sasl_ssl"_s << u"PLAIN"_s << QString()
            << u"data source k: security protocol sasl_ssl needs a SASL user"_s;
        QTest::newRow("mechanism without sasl")
            << u"b:9092"_s << u"ssl"_s << u"PLAIN"_s << QString()
            << u"data source k: SASL mechanism PLAIN is set but security protocol ssl has no "
               "SASL"_s;
    }

    void badKafkaSettingsAreNamed()
    {
        QFETCH(QString, servers);
        QFETCH(QString, protocol);
        QFETCH(QString, mechanism);
        QFETCH(QString, user);
        QFETCH(QString, message);
        DataSource k;
        k.name = u"k"_s;
        k.kafka = KafkaTarget();
        k.kafka->bootstrapServers = servers;
        k.kafka->securityProtocol = protocol;
        k.kafka->saslMechanism = mechanism;
        k.kafka->user = user;
        const Status ok = datasources::validate(k);
        QVERIFY(!ok);
        QCOMPARE(ok.error().message, message);
    }

    void duplicateNameIsRefusedAndNothingStored()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        QVERIFY(repo.add(mariadbSource(u"Shop"_s)));
        auto again = repo.add(mariadbSource(u"shop"_s));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(again.error().message, u"a data source named 'shop' already exists"_s);
        QCOMPARE(*repo.count(), 1);

        auto other = repo.add(mariadbSource(u"other"_s));
        QVERIFY(other);
        DataSource renamed = *other;
        renamed.name = u"SHOP"_s;
        auto refused = repo.update(renamed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(repo.findById(other->id)->name, u"other"_s);
    }

    void invalidSourceIsRefusedAndNothingStored()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        DataSource bad = mariadbSource(u"has space"_s);
        auto added = repo.add(bad);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
        QCOMPARE(*repo.count(), 0);
    }

    void removeIsRefusedWhileAProjectUsesTheSource()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        auto source = repo.add(mariadbSource(u"src"_s));
        QVERIFY(source);
        QVERIFY((*store)->exec(u"INSERT INTO project (name, created_at, updated_at) "
                               "VALUES ('nightly-copy', '', '')"_s));
        QVERIFY((*store)->exec(u"INSERT INTO project_datasource (project_id, datasource_id, role) "
                               "SELECT id, ?, 'source' FROM project WHERE name = 'nightly-copy'"_s,
                               {source->id}));
        QCOMPARE(*repo.usedBy(source->id), QStringList {u"nightly-copy"_s});
        auto removed = repo.remove(source->id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Conflict);
        QCOMPARE(removed.error().message, u"data source 'src' is used by project nightly-copy"_s);
        QVERIFY(repo.findById(source->id));

        QVERIFY((*store)->exec(u"DELETE FROM project"_s));
        QVERIFY(repo.remove(source->id));
        QVERIFY(!repo.findById(source->id));
    }

    void freeCopyNames()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        QVERIFY(repo.add(mariadbSource(u"crm"_s)));
        QCOMPARE(*repo.freeCopyName(u"crm"_s), u"crm-copy"_s);
        QVERIFY(repo.add(mariadbSource(u"crm-copy"_s)));
        QCOMPARE(*repo.freeCopyName(u"crm"_s), u"crm-copy2"_s);
        const QString longName = QString(32, u'x');
        QCOMPARE(*repo.freeCopyName(longName), QString(27, u'x') + u"-copy"_s);
    }

    void recordTestKeepsOutcome()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        DataSourceRepository repo(*store);
        auto source = repo.add(mariadbSource(u"t"_s));
        QVERIFY(source);
        ConnectionTestSummary test;
        test.tested = true;
        test.ok = false;
        test.at = QDateTime(QDate(2026, 11, 25), QTime(10, 30, 0), Qt::UTC);
        test.summary = u"refused"_s;
        QVERIFY(repo.recordTest(source->id, test));
        auto found = repo.findById(source->id);
        QVERIFY(found->lastTest.tested);
        QVERIFY(!found->lastTest.ok);
        QCOMPARE(found->lastTest.at, test.at);
        QCOMPARE(found->lastTest.summary, u"refused"_s);
    }

    void storeIsUsableFromManyThreads()
    {
        auto store = MetaStore::open(freshPath());
        QVERIFY(store);
        auto shared = *store;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([shared, t] {
                DataSourceRepository repo(shared);
                for (int i = 0; i < 10; ++i)
                    (void)repo.add(mariadbSource(u"t%1-%2"_s.arg(t).arg(i)));
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(*DataSourceRepository(shared).count(), 40);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

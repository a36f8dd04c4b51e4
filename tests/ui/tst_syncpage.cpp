// Data Synchronization driven like a user, against the real MariaDB test server and librdkafka's
// mock cluster (a real Kafka protocol on 127.0.0.1): a Kafka data source added and tested (its
// brokers and topics listed exactly), one whose bootstrap server is down (a clear error naming
// it), the "New sync project" wizard (the preview's rows and the sample message exact), the
// project started from the page (its messages read back with a real consumer) and paused.
#include "consolecontext.h"
#include "consolemain.h"
#include "datasource/datasourceservice.h"
#include "datasources/datasourcedialog.h"
#include "datasources/datasourcepage.h"
#include "datasources/datasourcetablemodel.h"
#include "kafkatest.h"
#include "migrationfixture.h"
#include "project/projectservice.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"
#include "synchronization/synchronizationpage.h"
#include "synchronization/syncprojectmodel.h"
#include "synchronization/syncwizard.h"
#include "testservers.h"
#include "widgets/simpletablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"ferry_syncui"_s;

// The clock of the moment a message is written differs per run: it becomes 0 after the check
// that it is there. Everything else stays as sent.
QString masked(const QString &message)
{
    QString s = message;
    static const QRegularExpression writeClock(u",\"ts_ms\":\\d{13}}$"_s);
    s.replace(writeClock, u",\"ts_ms\":0}"_s);
    static const QRegularExpression clocks(
        u"\"commitTime\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\""_s);
    s.replace(clocks, u"\"commitTime\":\"T\""_s);
    static const QRegularExpression position(
        u"\"position\":\"mysql-bin\\.\\d+:\\d+(;gtid=[0-9,-]+)?\",\"transactionId\":\"\\d+-\\d+-\\d+\""_s);
    s.replace(position, u"\"position\":\"P\",\"transactionId\":\"G\""_s);
    return s;
}

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

    test::KafkaMock m_kafka;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    QString m_shots; // FERRY_SYNC_SHOTS: a folder for the docs' screenshots

    void shot(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QVERIFY(w->grab().save(m_shots + u'/' + name + u".png"_s));
    }

    template<typename T>
    static T *field(QObject *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    void addSources()
    {
        auto service = m_context->dataSourceService();
        QVERIFY(service);
        DataSource maria;
        maria.name = u"maria"_s;
        maria.endpoint = test::mariadb(kDatabase);
        const QString password = maria.endpoint.password;
        maria.endpoint.password.clear();
        QVERIFY((*service)->add(maria, password));
        DataSource kafka;
        kafka.name = u"kafka-mock"_s;
        kafka.kafka = KafkaTarget();
        kafka.kafka->bootstrapServers = m_kafka.bootstrap();
        auto added = (*service)->add(kafka, std::nullopt);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().text()));
    }

    SyncWizard *openWizard(SynchronizationPage &page)
    {
        SyncWizard *wizard = nullptr;
        [&] {
            page.findChild<QAction *>(u"createSyncProject"_s)->trigger();
            QTRY_VERIFY((wizard = page.findChild<SyncWizard *>()) != nullptr);
            auto *source = field<QComboBox>(wizard, "syncSource");
            auto *target = field<QComboBox>(wizard, "syncTarget");
            QTRY_COMPARE(source->count(), 1);
            QCOMPARE(target->count(), 1);
            QCOMPARE(source->currentData().toString(), u"maria"_s);
            QCOMPARE(target->currentData().toString(), u"kafka-mock"_s);
        }();
        return wizard;
    }

    QList<QStringList> previewRows(SyncWizard *wizard)
    {
        QList<QStringList> rows;
        SimpleTableModel *m = wizard->previewModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < m->columnCount(); ++c)
                row << m->index(r, c).data().toString();
            rows << row;
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        FERRY_REQUIRE_SERVERS();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("FERRY_SECRET_BACKEND", "vault");
        qputenv("FERRY_MASTER_PASSWORD", "ui-test-master");
        initResources();
        m_shots = qEnvironmentVariable("FERRY_SYNC_SHOTS");
        QVERIFY2(m_kafka.start(), qPrintable(m_kafka.error()));
        m_kafka.createTopic(u"existing"_s, 3);
        QTRY_COMPARE(test::listTopics(m_kafka.bootstrap()), QStringList {u"existing"_s});
        QVERIFY(test::execute(
            test::mariadb(),
            {u"DROP DATABASE IF EXISTS "_s + kDatabase, u"CREATE DATABASE "_s + kDatabase,
             u"CREATE TABLE %1.items (id INT PRIMARY KEY, name VARCHAR(20), price "
             "DECIMAL(10,2))"_s.arg(kDatabase),
             u"CREATE TABLE %1.orders (id INT PRIMARY KEY, item INT, region VARCHAR(8))"_s.arg(
                 kDatabase),
             u"INSERT INTO %1.items VALUES (1, 'apple', 12.50)"_s.arg(kDatabase),
             u"INSERT INTO %1.orders VALUES (10, 1, 'eu')"_s.arg(kDatabase)}));
    }

    void cleanupTestCase()
    {
        QVERIFY(test::execute(test::mariadb(), {u"DROP DATABASE IF EXISTS "_s + kDatabase}));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = MetaStore::open(m_dir->filePath(u"ui.db"_s));
        QVERIFY(store);
        m_context = std::make_unique<ConsoleContext>(*store);
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    // Added through the dialog like any data source; its test lists the mock's one broker and
    // its topic, in the dialog and again from the list.
    void kafkaDataSourceListsBrokersAndTopics()
    {
        DataSourcePage page(m_context.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QAction *>(u"addDataSource"_s)->trigger();
        DataSourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<DataSourceDialog *>()) != nullptr);
        auto *engine = field<QComboBox>(dialog, "engineField");
        engine->setCurrentIndex(engine->findData(u"kafka"_s));
        QVERIFY(field<QLineEdit>(dialog, "bootstrapServersField")->isVisible());
        QVERIFY(!field<QLineEdit>(dialog, "hostField")->isVisible());
        QVERIFY(!field<QLineEdit>(dialog, "passwordField")->isVisible()); // PLAINTEXT: no SASL
        QTest::keyClicks(field<QLineEdit>(dialog, "nameField"), u"kafka-mock"_s);
        auto *save = field<QPushButton>(dialog, "saveButton");
        QVERIFY(!save->isEnabled());
        QCOMPARE(field<QLabel>(dialog, "validationText")->text(),
                 u"data source kafka-mock: the bootstrap servers are empty. Name one or more "
                 "brokers as host:port, separated by commas (127.0.0.1:9092)."_s);
        QTest::keyClicks(field<QLineEdit>(dialog, "bootstrapServersField"), m_kafka.bootstrap());
        QVERIFY(save->isEnabled());

        // SASL asks for its mechanism, user and password.
        auto *protocol = field<QComboBox>(dialog, "securityProtocolField");
        protocol->setCurrentIndex(protocol->findData(u"sasl_plaintext"_s));
        QVERIFY(field<QComboBox>(dialog, "saslMechanismField")->isVisible());
        QVERIFY(field<QLineEdit>(dialog, "passwordField")->isVisible());
        QVERIFY(!save->isEnabled());
        QVERIFY(field<QLabel>(dialog, "validationText")
                    ->text()
                    .startsWith(u"data source kafka-mock: security protocol sasl_plaintext needs "
                                "a SASL user"_s));
        protocol->setCurrentIndex(protocol->findData(u"plaintext"_s));
        QVERIFY(save->isEnabled());

        QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(field<QLabel>(dialog, "testStatus")
                                     ->text()
                                     .startsWith(u"Connected to Kafka (1 broker, 1 topic) in "_s),
                                 20000);
        auto *findings = field<QTableView>(dialog, "findingsView")->model();
        QList<QStringList> rows;
        for (int r = 0; r < findings->rowCount(); ++r)
            rows << QStringList {findings->index(r, 0).data().toString(),
                                 findings->index(r, 1).data().toString()};
        const QList<QStringList> expected = {{u"broker 1"_s, m_kafka.bootstrap()},
                                             {u"topic existing"_s, u"3 partitions"_s}};
        QCOMPARE(rows, expected);
        shot(dialog, u"data-source-kafka"_s);

        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(page.findChild<DataSourceDialog *>() == nullptr);
        auto stored = m_context->dataSources()->findByName(u"kafka-mock"_s);
        QVERIFY(stored);
        QVERIFY(stored->isKafka());
        QCOMPARE(stored->kafka->bootstrapServers, m_kafka.bootstrap());
        QCOMPARE(stored->kafka->clientId, u"ferry"_s);
        QVERIFY(!stored->hasPassword);

        // Test again from the list: the same findings, the summary stored with the source.
        QTRY_COMPARE(page.model()->rowCount(), 1);
        field<QTableView>(&page, "dataSourceTable")->selectRow(0);
        QSignalSpy finished(&page, &DataSourcePage::testFinished);
        page.findChild<QAction *>(u"testDataSource"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QTRY_COMPARE(m_context->dataSources()->findByName(u"kafka-mock"_s)->lastTest.summary,
                     u"Kafka (1 broker, 1 topic) · ready"_s);
        QTRY_VERIFY(field<QTableView>(&page, "pageFindingsView")->isVisible());
        QCOMPARE(field<QTableView>(&page, "pageFindingsView")->model()->rowCount(), 2);
    }

    // A SASL cluster's settings come back into the dialog; an edit keeps the saved password,
    // a copy reuses it (the secret store holds it, as for a database).
    void kafkaDataSourceEditAndCopy()
    {
        auto service = m_context->dataSourceService();
        QVERIFY(service);
        DataSource k;
        k.name = u"kafka-sasl"_s;
        k.kafka = KafkaTarget();
        k.kafka->bootstrapServers = u"10.1.2.3:9093"_s;
        k.kafka->securityProtocol = u"sasl_plaintext"_s;
        k.kafka->saslMechanism = u"SCRAM-SHA-256"_s;
        k.kafka->user = u"ferry"_s;
        QVERIFY((*service)->add(k, u"s3cret"_s));
        DataSourcePage page(m_context.get());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, DataSourceTableModel::Engine).data().toString(),
                 u"Kafka"_s);
        QCOMPARE(page.model()->index(0, DataSourceTableModel::Endpoint).data().toString(),
                 u"10.1.2.3:9093"_s);
        QCOMPARE(page.model()->index(0, DataSourceTableModel::Tls).data().toString(),
                 u"sasl_plaintext"_s);
        field<QTableView>(&page, "dataSourceTable")->selectRow(0);

        page.findChild<QAction *>(u"editDataSource"_s)->trigger();
        DataSourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<DataSourceDialog *>()) != nullptr);
        QCOMPARE(field<QComboBox>(dialog, "engineField")->currentData().toString(), u"kafka"_s);
        QCOMPARE(field<QLineEdit>(dialog, "bootstrapServersField")->text(), u"10.1.2.3:9093"_s);
        QCOMPARE(field<QComboBox>(dialog, "securityProtocolField")->currentData().toString(),
                 u"sasl_plaintext"_s);
        QCOMPARE(field<QComboBox>(dialog, "saslMechanismField")->currentData().toString(),
                 u"SCRAM-SHA-256"_s);
        QCOMPARE(field<QLineEdit>(dialog, "userField")->text(), u"ferry"_s);
        QCOMPARE(field<QLineEdit>(dialog, "passwordField")->text(), QString());
        field<QLineEdit>(dialog, "clientIdField")->setText(u"ferry-ui"_s);
        QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<DataSourceDialog *>() == nullptr);
        auto edited = m_context->dataSources()->findByName(u"kafka-sasl"_s);
        QVERIFY(edited);
        QCOMPARE(edited->kafka->clientId, u"ferry-ui"_s);
        QCOMPARE(edited->kafka->saslMechanism, u"SCRAM-SHA-256"_s);
        QCOMPARE((*service)->kafkaWithPassword(*edited)->password, u"s3cret"_s);

        QTRY_COMPARE(page.model()->rowCount(), 1);
        field<QTableView>(&page, "dataSourceTable")->selectRow(0);
        page.findChild<QAction *>(u"copyDataSource"_s)->trigger();
        QTRY_VERIFY((dialog = page.findChild<DataSourceDialog *>()) != nullptr);
        QTRY_COMPARE(field<QLineEdit>(dialog, "nameField")->text(), u"kafka-sasl-copy"_s);
        QVERIFY(dialog->reusesPassword());
        QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        auto copy = m_context->dataSources()->findByName(u"kafka-sasl-copy"_s);
        QVERIFY(copy);
        QCOMPARE(copy->kafka->bootstrapServers, u"10.1.2.3:9093"_s);
        QCOMPARE(copy->kafka->clientId, u"ferry-ui"_s);
        QCOMPARE((*service)->kafkaWithPassword(*copy)->password, u"s3cret"_s);
    }

    // Nothing listens on the bootstrap server: the test ends with an error that names it.
    void downBootstrapServerIsAClearError()
    {
        DataSourcePage page(m_context.get());
        page.show();
        page.findChild<QAction *>(u"addDataSource"_s)->trigger();
        DataSourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<DataSourceDialog *>()) != nullptr);
        auto *engine = field<QComboBox>(dialog, "engineField");
        engine->setCurrentIndex(engine->findData(u"kafka"_s));
        QTest::keyClicks(field<QLineEdit>(dialog, "nameField"), u"kafka-down"_s);
        QTest::keyClicks(field<QLineEdit>(dialog, "bootstrapServersField"), u"127.0.0.1:1"_s);
        QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(field<QLabel>(dialog, "testStatus")->text().startsWith(u"Testing 127.0.0.1:1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            field<QLabel>(dialog, "testStatus")->text().startsWith(u"Connection failed: "_s),
            30000);
        const QString text = field<QLabel>(dialog, "testStatus")->text();
        QVERIFY2(text.startsWith(u"Connection failed: Kafka at 127.0.0.1:1 is unreachable: "_s),
                 qPrintable(text));
        QVERIFY2(text.endsWith(u"Check that the brokers run and that bootstrapServers names them; "
                               "Ferry keeps retrying and loses nothing meanwhile."_s),
                 qPrintable(text));
        QVERIFY(!field<QTableView>(dialog, "findingsView")->isVisible());
    }

    // The wizard's preview routes the selected tables and renders a real row in the format.
    void wizardPreviewsTopicsAndTheSampleMessage()
    {
        addSources();
        SynchronizationPage page(m_context.get());
        new QAbstractItemModelTester(page.model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(field<QLabel>(&page, "syncEmpty")->isVisible());
        SyncWizard *wizard = openWizard(page);
        QVERIFY(wizard);
        const QDateTime readAt = QDateTime::fromMSecsSinceEpoch(1795737600123, QTimeZone::utc());
        wizard->setSampleTime(readAt);
        QSignalSpy updated(wizard, &SyncWizard::previewUpdated);
        QTest::keyClicks(field<QLineEdit>(wizard, "syncName"), u"shop-sync"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->preview().sampleValue.contains("\"project\":\"shop-sync\""), 20000);
        QCOMPARE(wizard->preview().sampleTable, kDatabase + u".items"_s);
        const QList<QStringList> rows = {
            {kDatabase + u".items"_s, kDatabase + u".items"_s, u"hash of the key"_s, u"id"_s},
            {kDatabase + u".orders"_s, kDatabase + u".orders"_s, u"hash of the key"_s, u"id"_s}};
        QCOMPARE(previewRows(wizard), rows);
        QCOMPARE(wizard->preview().sampleKey, QByteArray("{\"id\":1}"));
        const QString ferryJson =
            u"{\"seq\":0,\"op\":\"insert\",\"snapshot\":true,\"database\":\"%1\",\"table\":"
            "\"items\",\"key\":{\"id\":1},\"before\":null,\"after\":{\"id\":1,\"name\":\"apple\","
            "\"price\":\"12.50\"},\"source\":{\"engine\":\"mariadb\",\"project\":\"shop-sync\","
            "\"position\":null,\"transactionId\":null,\"commitTime\":\"2026-11-27T00:00:00.123Z\","
            "\"row\":0}}"_s.arg(kDatabase);
        QCOMPARE(QString::fromUtf8(wizard->preview().sampleValue), ferryJson);
        QCOMPARE(field<QPlainTextEdit>(wizard, "syncSample")->toPlainText(), ferryJson);
        shot(wizard, u"sync-wizard"_s);

        // Debezium JSON, one topic per database, routed by a chosen column.
        auto *format = field<QComboBox>(wizard, "syncFormat");
        const int before = int(updated.size());
        format->setCurrentIndex(format->findData(u"debezium-json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() > before, 20000);
        QTRY_VERIFY(wizard->preview().sampleValue.startsWith("{\"before\":null"));
        const QString debezium =
            u"{\"before\":null,\"after\":{\"id\":1,\"name\":\"apple\",\"price\":\"BOI=\"},"
            "\"source\":{\"version\":\"ferry-%1\",\"connector\":\"mysql\",\"name\":\"shop-sync\","
            "\"ts_ms\":1795737600123,\"snapshot\":\"true\",\"db\":\"%2\",\"sequence\":null,"
            "\"table\":\"items\",\"server_id\":0,\"gtid\":null,\"file\":\"\",\"pos\":0,\"row\":0},"
            "\"op\":\"r\",\"ts_ms\":0}"_s.arg(QStringLiteral(FERRY_VERSION), kDatabase);
        QCOMPARE(masked(QString::fromUtf8(wizard->preview().sampleValue)), debezium);

        auto *mode = field<QComboBox>(wizard, "syncTopicMode");
        auto *by = field<QComboBox>(wizard, "syncPartitionBy");
        mode->setCurrentIndex(1); // one topic per database
        by->setCurrentIndex(by->findData(u"table"_s));
        QTRY_VERIFY_WITH_TIMEOUT(previewRows(wizard).value(0).value(1) == kDatabase
                                     && previewRows(wizard).value(0).value(2)
                                         == u"hash of the table name"_s,
                                 20000);
        const QList<QStringList> perDatabase = {
            {kDatabase + u".items"_s, kDatabase, u"hash of the table name"_s, QString()},
            {kDatabase + u".orders"_s, kDatabase, u"hash of the table name"_s, QString()}};
        QCOMPARE(previewRows(wizard), perDatabase);
        // A column that one table lacks is named with the table.
        by->setCurrentIndex(by->findData(u"columns"_s));
        QTest::keyClicks(field<QLineEdit>(wizard, "syncPartitionColumns"), u"region"_s);
        QTRY_VERIFY_WITH_TIMEOUT(previewRows(wizard).value(1).value(2) == u"hash of (region)"_s,
                                 20000);
        QCOMPARE(previewRows(wizard).value(1).value(3), u"region"_s);
        QVERIFY2(previewRows(wizard).value(0).value(1).contains(u"region"_s),
                 qPrintable(previewRows(wizard).value(0).value(1)));
        wizard->reject();
    }

    // Saved from the wizard, started from the page: the snapshot and a change arrive in the
    // topic (read back with a consumer), the list counts them, and Pause stops the stream.
    void startedProjectStreamsIntoKafkaAndPauses()
    {
        addSources();
        SynchronizationPage page(m_context.get());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SyncWizard *wizard = openWizard(page);
        QVERIFY(wizard);
        QTest::keyClicks(field<QLineEdit>(wizard, "syncName"), u"items-sync"_s);
        field<QLineEdit>(wizard, "syncInclude")->setText(u"items"_s);
        auto *mode = field<QComboBox>(wizard, "syncTopicMode");
        mode->setCurrentIndex(2); // one topic
        field<QLineEdit>(wizard, "syncTopic")->setText(u"ui-items"_s);
        auto *save = field<QPushButton>(wizard, "syncSave");
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(page.findChild<SyncWizard *>() == nullptr);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        auto stored = m_context->projects()->find(u"items-sync"_s);
        QVERIFY(stored);
        QCOMPARE(stored->definition.target.dataSource, u"kafka-mock"_s);
        QCOMPARE(stored->definition.steps, (QStringList {u"full"_s, u"incremental"_s}));
        QCOMPARE(stored->definition.sync.topic, u"ui-items"_s);

        auto *table = field<QTableView>(&page, "syncProjectTable");
        table->selectRow(0);
        QAction *start = page.findChild<QAction *>(u"startSyncProject"_s);
        QTRY_VERIFY(start->isEnabled());
        start->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()
                                     ->index(0, SyncProjectModel::State)
                                     .data()
                                     .toString()
                                     .startsWith(u"Running · streaming"_s),
                                 60000);
        QVERIFY(test::execute(test::mariadb(),
                              {u"INSERT INTO %1.items VALUES (2, 'pear', "
                               "0.99)"_s.arg(kDatabase)}));
        QList<test::KafkaMessage> messages;
        QTRY_VERIFY_WITH_TIMEOUT(
            (messages = test::readTopic(m_kafka.bootstrap(), u"ui-items"_s)).size() == 2, 60000);
        // The mock made the topic with several partitions: order by the stream's sequence.
        std::sort(messages.begin(), messages.end(),
                  [](const test::KafkaMessage &a, const test::KafkaMessage &b) {
                      return a.sequence() < b.sequence();
                  });
        QCOMPARE(messages[0].key, QByteArray("{\"id\":1}"));
        QCOMPARE(messages[1].key, QByteArray("{\"id\":2}"));
        QCOMPARE(masked(QString::fromUtf8(messages[0].value)),
                 u"{\"seq\":0,\"op\":\"insert\",\"snapshot\":true,\"database\":\"%1\",\"table\":"
                 "\"items\",\"key\":{\"id\":1},\"before\":null,\"after\":{\"id\":1,\"name\":"
                 "\"apple\",\"price\":\"12.50\"},\"source\":{\"engine\":\"mariadb\",\"project\":"
                 "\"items-sync\",\"position\":null,\"transactionId\":null,\"commitTime\":\"T\","
                 "\"row\":0}}"_s.arg(kDatabase));
        QCOMPARE(masked(QString::fromUtf8(messages[1].value)),
                 u"{\"seq\":1,\"op\":\"insert\",\"snapshot\":false,\"database\":\"%1\",\"table\":"
                 "\"items\",\"key\":{\"id\":2},\"before\":null,\"after\":{\"id\":2,\"name\":"
                 "\"pear\",\"price\":\"0.99\"},\"source\":{\"engine\":\"mariadb\",\"project\":"
                 "\"items-sync\",\"position\":\"P\",\"transactionId\":\"G\",\"commitTime\":\"T\","
                 "\"row\":0}}"_s.arg(kDatabase));
        QCOMPARE(messages[1].sequence(), 1);
        // The list and the details count what the broker acknowledged, per topic.
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()->index(0, SyncProjectModel::Messages).data().toString(), u"ui-items: 2"_s,
            30000);
        QCOMPARE(page.model()->index(0, SyncProjectModel::Format).data().toString(),
                 u"ferry-json"_s);
        QCOMPARE(page.model()->index(0, SyncProjectModel::Topic).data().toString(), u"ui-items"_s);
        shot(&page, u"data-synchronization"_s);

        QAction *pause = page.findChild<QAction *>(u"pauseSyncProject"_s);
        QVERIFY(pause->isEnabled());
        pause->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->index(0, SyncProjectModel::State).data().toString(),
                                  u"Paused"_s, 60000);
        QTRY_COMPARE(start->text(), u"Resume"_s);
        QVERIFY(start->isEnabled());
        QCOMPARE(m_context->projects()->find(u"items-sync"_s)->state, ProjectState::Paused);
    }

    // A viewer sees the projects and no action.
    void viewerSeesNoActions()
    {
        m_context->signedIn(Actor {u"val"_s, Role::Viewer});
        SynchronizationPage page(m_context.get());
        page.show();
        for (const char *name :
             {"createSyncProject", "startSyncProject", "pauseSyncProject", "deleteSyncProject"})
            QVERIFY2(!page.findChild<QAction *>(QString::fromLatin1(name))->isVisible(), name);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"

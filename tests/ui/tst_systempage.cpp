// System Management driven like a user: who signs in (the login dialog once admin has a
// password), the users, parameters and audit tabs, an audit edited behind Ferry's back shown
// broken, and a viewer who sees no action that would change anything on any page.
#include "admin/alertchannels.h"
#include "admin/auditlog.h"
#include "admin/userservice.h"
#include "consolecontext.h"
#include "consolemain.h"
#include "datasources/datasourcepage.h"
#include "migration/migrationpage.h"
#include "store/metastore.h"
#include "system/alertchanneldialog.h"
#include "system/logindialog.h"
#include "system/systempage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::ui;
using namespace Qt::StringLiterals;

class TestSystemPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MetaStore> m_store;
    std::unique_ptr<ConsoleContext> m_context;

    template<typename T>
    static T *field(QWidget *w, const QString &name)
    {
        return w->findChild<T *>(name);
    }

    static QStringList column(QTableView *table, int col)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, col).data().toString();
        return out;
    }

    // Who signs in as the login dialog does: the password checked, the context told.
    void signIn(const QString &name, const QString &password)
    {
        auto actor = UserService(m_store).signIn(name, password);
        QVERIFY2(actor, qPrintable(actor ? QString() : actor.error().text()));
        m_context->signedIn(*actor);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("FERRY_SECRET_BACKEND", "vault");
        qputenv("FERRY_MASTER_PASSWORD", "ui-test-master");
        initResources();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = MetaStore::open(m_dir->filePath(u"ui.db"_s));
        QVERIFY(store);
        m_store = *store;
        // A fresh store: admin acts without a password and adds two users, then gets one.
        {
            UserService users(m_store);
            QVERIFY(users.add(u"olga"_s, Role::Operator, u"operator-pass"_s));
            QVERIFY(users.add(u"val"_s, Role::Viewer, u"viewer-pass"_s));
            QVERIFY(users.setPassword(u"admin"_s, u"s3cret-admin"_s));
        }
        m_context = std::make_unique<ConsoleContext>(m_store);
        QVERIFY(!m_context->guard()->signedIn());
    }

    void cleanup()
    {
        m_context.reset();
        m_store.reset();
        m_dir.reset();
    }

    void loginDialog()
    {
        LoginDialog dialog(m_context.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = field<QPushButton>(&dialog, u"loginButton"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(field<QLineEdit>(&dialog, u"loginUser"_s), u"val"_s);
        QTest::keyClicks(field<QLineEdit>(&dialog, u"loginPassword"_s), u"wrong"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *error = field<QLabel>(&dialog, u"loginError"_s);
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), u"cannot sign in as 'val': wrong password"_s);
        QVERIFY(!m_context->guard()->signedIn());
        field<QLineEdit>(&dialog, u"loginPassword"_s)->clear();
        QTest::keyClicks(field<QLineEdit>(&dialog, u"loginPassword"_s), u"viewer-pass"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(m_context->userName(), u"val"_s);
        QCOMPARE(m_context->role(), Role::Viewer);
    }

    void administratorSeesEverything()
    {
        signIn(u"admin"_s, u"s3cret-admin"_s);
        SystemPage page(m_context.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *users = field<QTableView>(&page, u"userTable"_s);
        new QAbstractItemModelTester(users->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        QTRY_COMPARE(column(users, 0), (QStringList {u"admin"_s, u"olga"_s, u"val"_s}));
        QCOMPARE(column(users, 1), (QStringList {u"Administrator"_s, u"Operator"_s, u"Viewer"_s}));
        QCOMPARE(column(users, 2), (QStringList {u"Enabled"_s, u"Enabled"_s, u"Enabled"_s}));
        QVERIFY(field<QPushButton>(&page, u"addUser"_s)->isVisibleTo(&page));
        QCOMPARE(field<QLabel>(&page, u"signedInAs"_s)->text(),
                 u"Signed in as admin (Administrator)."_s);

        // Disable val from the page: the core does it, the table shows it.
        users->selectRow(2);
        auto *toggle = field<QPushButton>(&page, u"toggleUser"_s);
        QCOMPARE(toggle->text(), u"Disable"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE(column(users, 2), (QStringList {u"Enabled"_s, u"Enabled"_s, u"Disabled"_s}));

        // The audit: user.add olga, user.add val, user.passwd admin, login admin, user.disable.
        page.showTab(SystemPage::Tab::Audit);
        auto *audit = field<QTableView>(&page, u"auditTable"_s);
        QTRY_COMPARE(column(audit, 3),
                     (QStringList {u"user.disable"_s, u"login"_s, u"user.passwd"_s, u"user.add"_s,
                                   u"user.add"_s}));
        auto *status = field<QLabel>(&page, u"auditStatus"_s);
        QCOMPARE(status->text(), u"Chain intact: 5 record(s), none edited, removed or moved."_s);

        // Somebody edits record 2 with SQLite: Verify shows where the chain breaks.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_append_only_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_log SET object = 'vera' WHERE seq = 2"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QTest::mouseClick(field<QPushButton>(&page, u"verifyAudit"_s), Qt::LeftButton);
        QTRY_VERIFY2(status->text().startsWith(u"Chain broken at record 2: audit record 2 "_s),
                     qPrintable(status->text()));
        QVERIFY(status->text().endsWith(u"was changed: its content does not match its hash"_s));
    }

    // The Alerts tab: a channel, "Send test alert" through the core, the delivery listed.
    void alertsTab()
    {
        signIn(u"admin"_s, u"s3cret-admin"_s);
        const QString file = m_dir->filePath(u"alert.json"_s);
        QVERIFY(AlertChannels(m_store).add(u"script"_s, AlertChannel::Kind::Command,
                                           u"sh -c \"cat > %1\""_s.arg(file)));
        SystemPage page(m_context.get());
        page.resize(1100, 700);
        page.showTab(SystemPage::Tab::Alerts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *channels = field<QTableView>(&page, u"channelTable"_s);
        QTRY_COMPARE(column(channels, 0), QStringList {u"script"_s});
        QCOMPARE(column(channels, 1), QStringList {u"Command"_s});
        auto *send = field<QPushButton>(&page, u"sendTestAlert"_s);
        QVERIFY(!send->isEnabled());
        channels->selectRow(0);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        auto *deliveries = field<QTableView>(&page, u"deliveryTable"_s);
        QTRY_COMPARE(column(deliveries, 2), QStringList {u"Delivered"_s});
        QCOMPARE(column(deliveries, 1), QStringList {u"script"_s});
        QCOMPARE(column(deliveries, 3), QStringList {u"Ferry test alert"_s});
        QCOMPARE(column(deliveries, 4), QStringList {u"exit 0"_s});
        QVERIFY(QFile::exists(file));
    }

    // Adding an SMTP channel from the Alerts tab: the dialog, the core on a worker, the table;
    // then a rule sends to it.
    void addChannelFromAlertsTab()
    {
        signIn(u"admin"_s, u"s3cret-admin"_s);
        SystemPage page(m_context.get());
        page.resize(1100, 700);
        page.showTab(SystemPage::Tab::Alerts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *channels = field<QTableView>(&page, u"channelTable"_s);
        new QAbstractItemModelTester(channels->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        auto *rules = field<QTableView>(&page, u"ruleTable"_s);
        QTRY_COMPARE(column(rules, 0),
                     (QStringList {u"Project failed"_s, u"Paused at a schema change"_s,
                                   u"Lag above a threshold"_s, u"Verification found differences"_s,
                                   u"Source log retention at risk"_s, u"Disk nearly full"_s,
                                   u"Run dead (stale heartbeat)"_s}));
        field<QTabWidget>(&page, u"alertTabs"_s)->setCurrentIndex(1);
        auto *add = field<QPushButton>(&page, u"addChannel"_s);
        QVERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        AlertChannelDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<AlertChannelDialog *>()) != nullptr);
        QTest::keyClicks(field<QLineEdit>(dialog, u"channelName"_s), u"mail"_s);
        auto *kind = dialog->findChild<QComboBox *>(u"channelKind"_s);
        kind->setCurrentIndex(kind->findData(u"smtp"_s));
        QTest::keyClicks(field<QLineEdit>(dialog, u"smtpHost"_s), u"mail.lan"_s);
        QTest::keyClicks(field<QLineEdit>(dialog, u"smtpFrom"_s), u"ferry@db.lan"_s);
        QTest::keyClicks(field<QLineEdit>(dialog, u"smtpTo"_s), u"dba@db.lan, oncall@db.lan"_s);
        QTest::mouseClick(field<QPushButton>(dialog, u"channelOk"_s), Qt::LeftButton);
        QTRY_COMPARE(column(channels, 0), QStringList {u"mail"_s});
        QCOMPARE(column(channels, 1), QStringList {u"Mail (SMTP)"_s});
        QCOMPARE(column(channels, 2),
                 QStringList {u"mail.lan:25 (TLS starttls): ferry@db.lan → dba@db.lan, "
                              "oncall@db.lan"_s});
        auto stored = AlertChannels(m_store).find(u"mail"_s);
        QVERIFY(stored);
        QCOMPARE(stored->smtp.to, (QStringList {u"dba@db.lan"_s, u"oncall@db.lan"_s}));
        QCOMPARE(stored->smtp.security, SmtpSecurity::StartTls);
        QCOMPARE(AuditLog(m_store).list(1)->first().action, u"alert.channel.add"_s);
    }

    void viewerSeesNoChanges()
    {
        signIn(u"val"_s, u"viewer-pass"_s);
        SystemPage system(m_context.get());
        system.show();
        QVERIFY(QTest::qWaitForWindowExposed(&system));
        auto *users = field<QTableView>(&system, u"userTable"_s);
        QTRY_COMPARE(users->model()->rowCount(), 3);
        for (const QString &name :
             {u"addUser"_s, u"changeRole"_s, u"toggleUser"_s, u"removeUser"_s, u"editParameter"_s,
              u"resetParameter"_s, u"sendTestAlert"_s, u"addChannel"_s, u"editChannel"_s,
              u"removeChannel"_s, u"editAlertRule"_s, u"addSilence"_s, u"removeSilence"_s,
              u"addOverride"_s, u"removeOverride"_s})
            QVERIFY2(!field<QPushButton>(&system, name)->isVisibleTo(&system), qPrintable(name));
        // Their own password they may change; nobody else's.
        users->selectRow(2);
        QVERIFY(field<QPushButton>(&system, u"setPassword"_s)->isEnabled());
        users->selectRow(1);
        QVERIFY(!field<QPushButton>(&system, u"setPassword"_s)->isEnabled());

        DataSourcePage sources(m_context.get());
        sources.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sources));
        for (const QString &name : {u"addDataSource"_s, u"editDataSource"_s, u"copyDataSource"_s,
                                    u"deleteDataSource"_s, u"testDataSource"_s})
            QTRY_VERIFY2(!field<QAction>(&sources, name)->isVisible(), qPrintable(name));

        MigrationPage migration(m_context.get());
        migration.show();
        QVERIFY(QTest::qWaitForWindowExposed(&migration));
        for (const QString &name :
             {u"createProject"_s, u"importProject"_s, u"startProject"_s, u"pauseProject"_s,
              u"cloneProject"_s, u"editProject"_s, u"releaseProject"_s, u"deleteProject"_s})
            QTRY_VERIFY2(!field<QAction>(&migration, name)->isVisible(), qPrintable(name));
        QVERIFY(field<QAction>(&migration, u"exportProject"_s)->isVisible());
    }
};

QTEST_MAIN(TestSystemPage)
#include "tst_systempage.moc"

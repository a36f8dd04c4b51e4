// Alert rules and channels as an operator meets them: a real local SMTP relay started by the
// test (STARTTLS with the certificate of tests/data, AUTH) receives a test alert and a
// rule-fired one, exactly; a relay without STARTTLS refuses a channel that requires it with a
// clear error; a failed `ferry run` alerts once from its own evaluation, later evaluations send
// nothing more, and "resolved" goes out once the project is reset; a silence window holds an
// alert back until it ends; a per-project override disables a rule or changes its threshold;
// two evaluators at the same moment send one alert. SQLite endpoints: no server needed.
#include "admin/alertchannels.h"
#include "alerts/alertevaluator.h"
#include "alerts/alertrules.h"
#include "alerts/risklagthresholds.h"
#include "project/projectrepository.h"
#include "smtpsink.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
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

// A mail split into its header lines (in order) and its body, CRLF undone.
struct Received
{
    QStringList headers;
    QString body;

    QString header(const QString &name) const
    {
        for (const QString &h : headers)
            if (h.startsWith(name + u": "_s))
                return h.mid(name.size() + 2);
        return {};
    }
};

Received parse(const QByteArray &data)
{
    Received r;
    const QString text = QString::fromUtf8(data).replace(u"\r\n"_s, u"\n"_s);
    const qsizetype blank = text.indexOf(u"\n\n"_s);
    r.headers = text.left(blank).split(u'\n');
    r.body = text.mid(blank + 2);
    return r;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run ferry(const QString &store, const QStringList &args, const QString &stdinText = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FERRY_SECRET_BACKEND"_s, u"vault"_s);
        env.insert(u"FERRY_MASTER_PASSWORD"_s, u"master"_s);
        env.remove(u"FERRY_USER_PASSWORD"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FERRY_BINARY), QStringList {u"--store"_s, store} + args);
        p.write(stdinText.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static bool sqlite3(const QString &db, const QString &sql)
    {
        QProcess p;
        p.start(u"sqlite3"_s, {db, sql});
        p.waitForFinished(30000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // A project whose precheck fails: its target already holds rows of `orders`.
    void writeFailingProject(const QString &name)
    {
        QVERIFY(sqlite3(path(name + u"-src.db"_s),
                        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, total TEXT); "
                        "INSERT INTO orders VALUES (1, '9.50');"_s));
        QVERIFY(sqlite3(path(name + u"-dst.db"_s),
                        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, total TEXT); "
                        "INSERT INTO orders VALUES (7, '1.00');"_s));
        const QJsonObject project {
            {u"name"_s, name},
            {u"source"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, path(name + u"-src.db"_s)}}},
            {u"target"_s,
             QJsonObject {{u"engine"_s, u"sqlite"_s}, {u"path"_s, path(name + u"-dst.db"_s)}}},
            {u"steps"_s, QJsonArray {u"schema"_s, u"full"_s}}};
        QFile f(path(name + u".json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(project).toJson());
    }

    // A command channel appending each alert (one JSON line) to `file`.
    static QString appendCommand(const QString &file)
    {
        return u"sh -c \"cat >> %1; echo >> %1\""_s.arg(file);
    }

    static QStringList alertLines(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            out << o[u"state"_s].toString() + u": "_s + o[u"title"_s].toString();
        }
        return out;
    }

    // A store of its own with a project `name` in state `state`.
    std::shared_ptr<MetaStore> storeWithProject(const QString &file, const QString &name,
                                                ProjectState state, const QString &error = {})
    {
        auto store = MetaStore::open(path(file));
        if (!store)
            return {};
        ProjectDefinition d;
        d.name = name;
        d.source.endpoint.engine = Engine::Sqlite;
        d.source.endpoint.path = path(u"none-src.db"_s);
        d.target.endpoint.engine = Engine::Sqlite;
        d.target.endpoint.path = path(u"none-dst.db"_s);
        d.steps = {u"full"_s};
        ProjectRepository projects(*store);
        auto created = projects.create(d);
        if (!created || !projects.setState(created->id, state, error))
            return {};
        return *store;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A test alert and a rule-fired alert through STARTTLS and AUTH PLAIN to a real relay,
    // compared header by header and line by line.
    void smtpDeliversTestAndRuleAlerts()
    {
        SmtpSink sink({true, u"ferry-mailer"_s, u"relay-pass"_s});
        const QString store = path(u"smtp.db"_s);
        Run r = ferry(store,
                      {u"alert"_s, u"channel"_s, u"add"_s, u"mail"_s, u"--smtp"_s,
                       u"127.0.0.1:%1"_s.arg(sink.port()), u"--from"_s, u"ferry@db.test"_s,
                       u"--to"_s, u"dba@db.test,oncall@db.test"_s, u"--tls"_s, u"starttls"_s,
                       u"--ca-file"_s, SmtpSink::certificatePath(), u"--smtp-user"_s,
                       u"ferry-mailer"_s, u"--password-stdin"_s},
                      u"relay-pass\n"_s);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, u"Alert channel mail added.\n"_s);
        // The password is in the vault, not the store.
        {
            QFile f(store);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("relay-pass"));
        }

        r = ferry(store, {u"alert"_s, u"test"_s, u"mail"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, u"Test alert delivered to mail.\n"_s);
        QCOMPARE(sink.mails().size(), 1);
        SmtpSink::Mail mail = sink.mails().first();
        QVERIFY(mail.tls);
        QCOMPARE(mail.authUser, u"ferry-mailer"_s);
        QCOMPARE(mail.authMechanism, u"PLAIN"_s);
        QCOMPARE(mail.from, u"ferry@db.test"_s);
        QCOMPARE(mail.to, (QStringList {u"dba@db.test"_s, u"oncall@db.test"_s}));
        QCOMPARE(sink.commands().mid(0, 4),
                 (QStringList {u"EHLO "_s + QSysInfo::machineHostName(), u"STARTTLS"_s,
                               u"EHLO "_s + QSysInfo::machineHostName(), u"AUTH PLAIN ***"_s}));
        Received m = parse(mail.data);
        // The Date is the alert's time, which the body states too.
        static const QRegularExpression at(u"\nAt: (\\S+)\n"_s);
        const auto atMatch = at.match(m.body);
        QVERIFY2(atMatch.hasMatch(), qPrintable(m.body));
        const QDateTime sent = QDateTime::fromString(atMatch.captured(1), Qt::ISODate);
        QVERIFY(sent.isValid());
        const QString date =
            QLocale::c().toString(sent.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
        QVERIFY(QRegularExpression(u"^<[0-9a-f]{32}@db\\.test>$"_s)
                    .match(m.header(u"Message-ID"_s))
                    .hasMatch());
        m.headers.replace(m.headers.indexOf(u"Message-ID: "_s + m.header(u"Message-ID"_s)),
                          u"Message-ID: (checked)"_s);
        QCOMPARE(
            m.headers,
            (QStringList {u"Date: "_s + date, u"From: ferry@db.test"_s,
                          u"To: dba@db.test, oncall@db.test"_s,
                          u"Subject: [Ferry info] Ferry test alert"_s, u"Message-ID: (checked)"_s,
                          u"MIME-Version: 1.0"_s, u"Content-Type: text/plain; charset=utf-8"_s,
                          u"X-Ferry-Level: info"_s, u"Content-Transfer-Encoding: 7bit"_s}));
        QCOMPARE(m.body,
                 u"A test alert to channel 'mail': if you read this, the channel works.\n"
                 "\n"
                 "Level: info\n"
                 "State: firing\n"
                 "At: %1\n"
                 "\n"
                 "-- \n"
                 "Ferry on %2\n"_s.arg(atMatch.captured(1), QSysInfo::machineHostName()));

        // A failed `ferry run`: its own evaluation sends project-failed once, to the relay and
        // as a desktop notification, which a headless run records as not shown.
        QCOMPARE(
            ferry(store, {u"alert"_s, u"channel"_s, u"add"_s, u"desk"_s, u"--tray"_s}).exitCode, 0);
        QCOMPARE(ferry(store,
                       {u"alert"_s, u"rule"_s, u"set"_s, u"project-failed"_s, u"--channels"_s,
                        u"mail,desk"_s})
                     .exitCode,
                 0);
        // Only this rule may open incidents here, whatever the disk of the test machine holds.
        QCOMPARE(ferry(store, {u"alert"_s, u"rule"_s, u"set"_s, u"disk-full"_s, u"--disable"_s})
                     .exitCode,
                 0);
        writeFailingProject(u"shop"_s);
        r = ferry(store, {u"run"_s, path(u"shop.json"_s), u"--quiet"_s});
        QCOMPARE(r.exitCode, 1);
        QTRY_COMPARE(sink.mails().size(), 2);
        m = parse(sink.mails().at(1).data);
        QString lastError;
        {
            auto opened = MetaStore::open(store);
            QVERIFY(opened);
            auto shop = ProjectRepository(*opened).findByName(u"shop"_s);
            QVERIFY(shop);
            lastError = shop->lastError;
        }
        QVERIFY2(lastError.startsWith(u"precheck failed: target table main.orders already holds "
                                      "1 row(s)."_s),
                 qPrintable(lastError));
        const auto firedAt = at.match(m.body);
        QVERIFY(firedAt.hasMatch());
        const QString firedDate =
            QLocale::c().toString(QDateTime::fromString(firedAt.captured(1), Qt::ISODate).toUTC(),
                                  u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
        const QString messageId = m.header(u"Message-ID"_s);
        QVERIFY(QRegularExpression(u"^<[0-9a-f]{32}@db\\.test>$"_s).match(messageId).hasMatch());
        QCOMPARE(m.headers,
                 (QStringList {u"Date: "_s + firedDate, u"From: ferry@db.test"_s,
                               u"To: dba@db.test, oncall@db.test"_s,
                               u"Subject: [Ferry critical] Project shop failed"_s,
                               u"Message-ID: "_s + messageId, u"MIME-Version: 1.0"_s,
                               u"Content-Type: text/plain; charset=utf-8"_s,
                               u"X-Ferry-Level: critical"_s, u"X-Ferry-Rule: project-failed"_s,
                               u"X-Ferry-Project: shop"_s, u"Content-Transfer-Encoding: 7bit"_s}));
        QCOMPARE(
            m.body,
            u"Project shop failed: %1\n"
            "\n"
            "Level: critical\n"
            "Rule: project-failed\n"
            "Project: shop\n"
            "State: firing\n"
            "At: %2\n"
            "Incident: 1\n"
            "\n"
            "-- \n"
            "Ferry on %3\n"_s.arg(lastError, firedAt.captured(1), QSysInfo::machineHostName()));

        // Later evaluations send nothing more while it stays failed.
        r = ferry(store, {u"alert"_s, u"evaluate"_s});
        QCOMPARE(r.out, u"Nothing started or ended.\n"_s);
        QCOMPARE(sink.mails().size(), 2);
        // Reset: the condition ends, "resolved" goes out once.
        QCOMPARE(ferry(store, {u"project"_s, u"reset"_s, u"shop"_s, u"--yes"_s}).exitCode, 0);
        r = ferry(store, {u"alert"_s, u"evaluate"_s});
        QCOMPARE(r.out,
                 u"resolved  #1  project-failed  Project shop failed  delivered: desk, "
                 "mail\n"_s);
        QCOMPARE(sink.mails().size(), 3);
        QCOMPARE(parse(sink.mails().at(2).data).header(u"Subject"_s),
                 u"[Ferry resolved] Project shop failed"_s);
        r = ferry(store, {u"alert"_s, u"incidents"_s, u"--json"_s});
        const QJsonArray incidents =
            QJsonDocument::fromJson(r.out.toUtf8())[u"incidents"_s].toArray();
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents[0][u"rule"_s].toString(), u"project-failed"_s);
        QVERIFY(!incidents[0][u"resolvedAt"_s].isNull());
        r = ferry(store, {u"alert"_s, u"deliveries"_s, u"--json"_s});
        QStringList seen;
        for (const QJsonValue &d :
             QJsonDocument::fromJson(r.out.toUtf8())[u"deliveries"_s].toArray())
            seen << d[u"channel"_s].toString() + u' ' + d[u"status"_s].toString() + u' '
                    + d[u"title"_s].toString();
        QCOMPARE(
            seen,
            (QStringList {u"mail ok Resolved: Project shop failed"_s,
                          u"desk not-shown Resolved: Project shop failed"_s,
                          u"mail ok Project shop failed"_s, u"desk not-shown Project shop failed"_s,
                          u"mail ok Ferry test alert"_s}));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8())[u"deliveries"_s][3][u"detail"_s].toString(),
            u"not shown: this process shows no desktop notifications (a headless ferry, or "
            "no system tray); a console open on this store shows it"_s);
    }

    // Lines that start with a dot are stuffed on the way (RFC 5321 4.5.2) and arrive whole.
    void dotStuffing()
    {
        SmtpSink sink({true, {}, {}});
        SmtpSettings settings;
        settings.host = u"localhost"_s;
        settings.port = sink.port();
        settings.from = u"ferry@db.test"_s;
        settings.to = {u"dba@db.test"_s};
        settings.caFile = SmtpSink::certificatePath();
        SmtpMessage message;
        message.subject = u"Dots"_s;
        message.date = QDateTime::currentDateTimeUtc();
        message.body = u".\n..two\n.three\nlast\n"_s;
        auto sent = SmtpClient(settings).send(message);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().text()));
        QCOMPARE(*sent, u"250 2.0.0 Ok: queued as TEST1"_s);
        QCOMPARE(sink.mails().size(), 1);
        QVERIFY(sink.mails().first().tls);
        QCOMPARE(parse(sink.mails().first().data).body, u".\n..two\n.three\nlast\n"_s);
    }

    // A wrong password: the error names the relay, the step (never the password) and the reply.
    void authRefused()
    {
        SmtpSink sink({true, u"ferry-mailer"_s, u"relay-pass"_s});
        SmtpSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = sink.port();
        settings.from = u"ferry@db.test"_s;
        settings.to = {u"dba@db.test"_s};
        settings.caFile = SmtpSink::certificatePath();
        settings.user = u"ferry-mailer"_s;
        SmtpMessage message;
        message.subject = u"Refused"_s;
        message.body = u"x\n"_s;
        auto sent = SmtpClient(settings, u"wrong-pass"_s).send(message);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, Error::Code::Authentication);
        QCOMPARE(sent.error().text(),
                 u"SMTP server 127.0.0.1:%1 answered 'AUTH PLAIN (password hidden)' with: 535 "
                 "5.7.8 Authentication credentials invalid. Check the channel's user and the "
                 "password in the secret store (ferry alert channel add … --smtp-user USER "
                 "--password-stdin)."_s.arg(sink.port()));
        QCOMPARE(sink.mails().size(), 0);
    }

    // STARTTLS required and a relay that does not offer it: refused, naming the relay and why.
    void startTlsRequiredRefused()
    {
        SmtpSink plain({false, {}, {}});
        const QString store = path(u"plain.db"_s);
        QCOMPARE(ferry(store,
                       {u"alert"_s, u"channel"_s, u"add"_s, u"strict"_s, u"--smtp"_s,
                        u"127.0.0.1:%1"_s.arg(plain.port()), u"--from"_s, u"ferry@db.test"_s,
                        u"--to"_s, u"dba@db.test"_s})
                     .exitCode,
                 0);
        Run r = ferry(store, {u"alert"_s, u"test"_s, u"strict"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 u"ferry: SMTP server 127.0.0.1:%1 does not offer STARTTLS, which the channel "
                 "requires (its EHLO reply: sink.test greets %2, 8BITMIME). Enable STARTTLS on "
                 "the relay, or choose --tls optional or none for a relay on a trusted "
                 "network.\n"_s.arg(plain.port())
                     .arg(QSysInfo::machineHostName()));
        QCOMPARE(plain.mails().size(), 0);
        QCOMPARE(plain.commands(), QStringList {u"EHLO "_s + QSysInfo::machineHostName()});
        // --tls optional goes on in plain text.
        QCOMPARE(ferry(store,
                       {u"alert"_s, u"channel"_s, u"add"_s, u"lenient"_s, u"--smtp"_s,
                        u"127.0.0.1:%1"_s.arg(plain.port()), u"--from"_s, u"ferry@db.test"_s,
                        u"--to"_s, u"dba@db.test"_s, u"--tls"_s, u"optional"_s})
                     .exitCode,
                 0);
        r = ferry(store, {u"alert"_s, u"test"_s, u"lenient"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(plain.mails().size(), 1);
        QVERIFY(!plain.mails().first().tls);
        // Bad settings are refused before anything is stored.
        r = ferry(store,
                  {u"alert"_s, u"channel"_s, u"add"_s, u"bad"_s, u"--smtp"_s, u"127.0.0.1:25"_s,
                   u"--from"_s, u"ferry"_s, u"--to"_s, u"dba@db.test"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 u"ferry: alert channel 'bad': 'ferry' is not a sender address. Give "
                 "--from as name@domain, an address the relay accepts.\n"_s);
    }

    // Fires once for a failed project, resolves once; two evaluators at the same moment send
    // one alert between them.
    void firesOnceThenResolves()
    {
        auto store = storeWithProject(u"once.db"_s, u"orders"_s, ProjectState::Failed,
                                      u"target refused a row"_s);
        QVERIFY(store);
        const QString file = path(u"once.jsonl"_s);
        QVERIFY(
            AlertChannels(store).add(u"log"_s, AlertChannel::Kind::Command, appendCommand(file)));
        AlertRules rules(store);
        AlertRules::Change c;
        c.channels = QStringList {u"log"_s};
        QVERIFY(rules.set(AlertRuleKind::ProjectFailed, c));

        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        AlertEvaluator first(store), second(store);
        // Only the project's facts: whatever the test machine's disk holds.
        for (AlertEvaluator *e : {&first, &second})
            e->setDiskProvider([] { return std::optional<DiskFact>(); });
        auto a = first.evaluate(t0);
        QVERIFY(a);
        auto b = second.evaluate(t0);
        QVERIFY(b);
        QCOMPARE(a->size(), 1);
        QCOMPARE(a->first().kindId(), u"opened"_s);
        QCOMPARE(a->first().delivered, QStringList {u"log"_s});
        QCOMPARE(b->size(), 0);
        QCOMPARE(first.evaluate(t0.addSecs(30))->size(), 0);
        QCOMPARE(alertLines(file), QStringList {u"firing: Project orders failed"_s});

        ProjectRepository projects(store);
        const qint64 id = projects.findByName(u"orders"_s)->id;
        QVERIFY(projects.setState(id, ProjectState::Completed));
        auto resolved = second.evaluate(t0.addSecs(60));
        QCOMPARE(resolved->size(), 1);
        QCOMPARE(resolved->first().kindId(), u"resolved"_s);
        QCOMPARE(first.evaluate(t0.addSecs(90))->size(), 0);
        QCOMPARE(alertLines(file),
                 (QStringList {u"firing: Project orders failed"_s,
                               u"resolved: Project orders failed"_s}));
        // It fails again: a new incident, a new alert.
        QVERIFY(projects.setState(id, ProjectState::Failed, u"again"_s));
        QCOMPARE(first.evaluate(t0.addSecs(120))->first().incident, qint64(2));
        QCOMPARE(alertLines(file).size(), 3);
    }

    // A daily window 22:00-06:00 holds the alert back at 23:30 and lets it out at 06:30.
    void silenceWindow()
    {
        auto store = storeWithProject(u"quiet.db"_s, u"night"_s, ProjectState::Failed);
        QVERIFY(store);
        const QString file = path(u"quiet.jsonl"_s);
        QVERIFY(
            AlertChannels(store).add(u"log"_s, AlertChannel::Kind::Command, appendCommand(file)));
        AlertRules rules(store);
        AlertRules::Change c;
        c.channels = QStringList {u"log"_s};
        QVERIFY(rules.set(AlertRuleKind::ProjectFailed, c));
        AlertSilence s;
        s.dailyFrom = QTime(22, 0);
        s.dailyTo = QTime(6, 0);
        s.reason = u"nightly batch"_s;
        QVERIFY(rules.addSilence(s));

        const QDate day = QDate::currentDate().addDays(1);
        AlertEvaluator evaluator(store);
        evaluator.setDiskProvider([] { return std::optional<DiskFact>(); });
        auto at2330 = evaluator.evaluate(QDateTime(day, QTime(23, 30)).toUTC());
        QCOMPARE(at2330->size(), 1);
        QCOMPARE(at2330->first().kindId(), u"opened-silenced"_s);
        QCOMPARE(evaluator.evaluate(QDateTime(day.addDays(1), QTime(5, 59)).toUTC())->size(), 0);
        QCOMPARE(alertLines(file), QStringList());
        auto at0630 = evaluator.evaluate(QDateTime(day.addDays(1), QTime(6, 30)).toUTC());
        QCOMPARE(at0630->size(), 1);
        QCOMPARE(at0630->first().kindId(), u"notified"_s);
        QCOMPARE(alertLines(file), QStringList {u"firing: Project night failed"_s});

        // A silence of another project does not cover this one.
        AlertSilence other;
        other.project = u"someone-else"_s;
        other.until = QDateTime::currentDateTimeUtc().addDays(3);
        QVERIFY(rules.addSilence(other));
        QVERIFY(other.covers(AlertRuleKind::ProjectFailed, u"someone-else"_s,
                             QDateTime::currentDateTimeUtc()));
        QVERIFY(!other.covers(AlertRuleKind::ProjectFailed, u"night"_s,
                              QDateTime::currentDateTimeUtc()));
    }

    // Per-project overrides: one project's failures not alerted, another's lag alerted at its
    // own threshold; disk and log retention on facts given to the evaluator.
    // The risk board judges lag by the thresholds the alert rule "lag" carries: the rule's
    // for every project, an override's for its project.
    void riskBoardTakesTheLagThresholds()
    {
        auto store = storeWithProject(u"lagrisk.db"_s, u"slow"_s, ProjectState::Running);
        QVERIFY(store);
        auto lag = AlertRules(store).rule(AlertRuleKind::Lag);
        QVERIFY(lag);
        QCOMPARE(withAlertLagThresholds(store).lagThresholdMs, lag->threshold * 1000);
        AlertRules rules(store);
        AlertRules::Change c;
        c.threshold = 120;
        QVERIFY(rules.set(AlertRuleKind::Lag, c));
        AlertOverride o;
        o.kind = AlertRuleKind::Lag;
        o.project = u"slow"_s;
        o.threshold = 900;
        QVERIFY(rules.setOverride(o));
        const RiskOptions options = withAlertLagThresholds(store);
        QCOMPARE(options.lagThresholdMs, qint64(120000));
        QCOMPARE(options.projectLagThresholdMs,
                 (QHash<QString, qint64> {{u"slow"_s, qint64(900000)}}));
    }

    void overridesAndProvidedFacts()
    {
        auto store = storeWithProject(u"override.db"_s, u"noisy"_s, ProjectState::Failed);
        QVERIFY(store);
        ProjectRepository projects(store);
        ProjectDefinition d = projects.findByName(u"noisy"_s)->definition;
        d.name = u"calm"_s;
        auto calm = projects.create(d);
        QVERIFY(calm);
        QVERIFY(projects.setState(calm->id, ProjectState::Failed));
        const QString file = path(u"override.jsonl"_s);
        QVERIFY(
            AlertChannels(store).add(u"log"_s, AlertChannel::Kind::Command, appendCommand(file)));
        AlertRules rules(store);
        AlertRules::Change c;
        c.channels = QStringList {u"log"_s};
        for (AlertRuleKind k : alertrules::all())
            QVERIFY(rules.set(k, c));
        AlertOverride off;
        off.kind = AlertRuleKind::ProjectFailed;
        off.project = u"noisy"_s;
        off.enabled = false;
        QVERIFY(rules.setOverride(off));
        AlertOverride unknown = off;
        unknown.project = u"ghost"_s;
        auto refused = rules.setOverride(unknown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().text(),
                 u"rule project-failed cannot be overridden for project 'ghost': there is no "
                 "project of that name. ferry project list shows them."_s);

        AlertEvaluator evaluator(store);
        evaluator.setDiskProvider([] { return DiskFact {u"/srv/ferry"_s, 1000, 40}; });
        evaluator.setRetentionProvider([] {
            return std::optional<QList<RetentionFact>>(
                QList<RetentionFact> {{u"calm"_s, false, 7200, u"binlog.000042 is needed."_s},
                                      {u"noisy"_s, false, 200000, {}}});
        });
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto events = evaluator.evaluate(t0);
        QVERIFY(events);
        QStringList opened;
        for (const AlertEvent &e : *events)
            opened << e.rule + u' ' + e.subject;
        QCOMPARE(opened,
                 (QStringList {u"project-failed calm"_s, u"log-retention calm"_s,
                               u"disk-full /srv/ferry"_s}));
        QCOMPARE(alertLines(file),
                 (QStringList {u"firing: Project calm failed"_s,
                               u"firing: Source log retention at risk for project calm"_s,
                               u"firing: Disk nearly full: /srv/ferry is 96% used"_s}));

        // Lag: 90 s against the rule's 60 s for 300 s, and calm's own 120 s threshold.
        QVERIFY(sqlite3(store->path(),
                        u"UPDATE project SET state = 'running'; "
                        "INSERT INTO run_heartbeat (project_id, run_id, pid, host, at, "
                        "interval_ms) SELECT id, 'r', 0, 'elsewhere', '%1', 3600000 FROM project; "
                        "INSERT INTO stream_state (project_id, stream, state, lag_ms, updated_at) "
                        "SELECT id, 'forward', 'streaming', 90000, '%1' FROM project;"_s.arg(
                            t0.toString(Qt::ISODateWithMs))));
        AlertOverride patient;
        patient.kind = AlertRuleKind::Lag;
        patient.project = u"calm"_s;
        patient.threshold = 120;
        QVERIFY(rules.setOverride(patient));
        auto lag = evaluator.evaluate(t0.addSecs(10));
        QStringList changed;
        for (const AlertEvent &e : *lag)
            changed << e.kindId() + u' ' + e.rule + u' ' + e.subject;
        QCOMPARE(changed, QStringList {u"resolved project-failed calm"_s});
        lag = evaluator.evaluate(t0.addSecs(320));
        changed.clear();
        for (const AlertEvent &e : *lag)
            changed << e.kindId() + u' ' + e.rule + u' ' + e.subject;
        QCOMPARE(changed, QStringList {u"opened lag noisy"_s});
        QCOMPARE(alertLines(file).last(),
                 u"firing: Project noisy lags 1 min 30 s behind its "
                 "source"_s);
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"

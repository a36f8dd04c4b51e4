#include "smtpsink.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

class Server : public QTcpServer
{
public:
    std::function<void(qintptr)> onConnection;

protected:
    void incomingConnection(qintptr descriptor) override { onConnection(descriptor); }
};

} // namespace

// One client connection: a line-driven state machine on the sink's thread.
class SmtpSinkSession : public QObject
{
public:
    SmtpSinkSession(SmtpSink *sink, qintptr descriptor)
        : m_sink(sink)
        , m_socket(new QSslSocket(this))
    {
        m_socket->setSocketDescriptor(descriptor);
        QFile cert(SmtpSink::certificatePath());
        QFile key(QString(SmtpSink::certificatePath()).replace(u".crt"_s, u".key"_s));
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            m_socket->setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
            m_socket->setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        }
        connect(m_socket, &QSslSocket::readyRead, this, [this] { readLines(); });
        connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
        reply("220 sink.test ESMTP ferry-test-sink");
    }

private:
    void reply(const QByteArray &line) { m_socket->write(line + "\r\n"); }

    void readLines()
    {
        while (m_socket->canReadLine()) {
            QByteArray line = m_socket->readLine();
            if (line.endsWith("\r\n"))
                line.chop(2);
            else if (line.endsWith('\n'))
                line.chop(1);
            handle(line);
        }
    }

    void handle(const QByteArray &line)
    {
        if (m_inData) {
            if (line == ".") {
                m_inData = false;
                m_sink->accepted(m_mail);
                m_mail.data.clear();
                m_mail.to.clear();
                reply("250 2.0.0 Ok: queued as TEST1");
                return;
            }
            m_mail.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            return;
        }
        if (m_authStep == 1) {
            m_authUserLine = QString::fromUtf8(QByteArray::fromBase64(line));
            m_sink->received(u"(user)"_s);
            m_authStep = 2;
            reply("334 UGFzc3dvcmQ6");
            return;
        }
        if (m_authStep == 2) {
            m_sink->received(u"(password ***)"_s);
            m_authStep = 0;
            finishAuth(m_authUserLine, QString::fromUtf8(QByteArray::fromBase64(line)), u"LOGIN"_s);
            return;
        }
        const QString text = QString::fromUtf8(line);
        const QString verb = text.section(u' ', 0, 0).toUpper();
        m_sink->received(verb == u"AUTH" ? text.section(u' ', 0, 1) + u" ***"_s : text);
        const SmtpSink::Options &o = m_sink->m_options;
        if (verb == u"EHLO" || verb == u"HELO") {
            m_mail.helo = text.section(u' ', 1);
            QByteArray r = "250-sink.test greets " + text.section(u' ', 1).toUtf8() + "\r\n";
            if (o.startTls && !m_socket->isEncrypted())
                r += "250-STARTTLS\r\n";
            if (!o.user.isEmpty())
                r += "250-AUTH PLAIN LOGIN\r\n";
            r += "250 8BITMIME";
            reply(r);
        } else if (verb == u"STARTTLS" && o.startTls && !m_socket->isEncrypted()) {
            reply("220 2.0.0 Ready to start TLS");
            m_socket->startServerEncryption();
            m_mail.tls = true;
        } else if (verb == u"AUTH" && !o.user.isEmpty()) {
            const QString mechanism = text.section(u' ', 1, 1).toUpper();
            if (mechanism == u"PLAIN") {
                const QList<QByteArray> parts =
                    QByteArray::fromBase64(text.section(u' ', 2).toLatin1()).split('\0');
                finishAuth(QString::fromUtf8(parts.value(1)), QString::fromUtf8(parts.value(2)),
                           u"PLAIN"_s);
            } else if (mechanism == u"LOGIN") {
                m_authStep = 1;
                reply("334 VXNlcm5hbWU6");
            } else {
                reply("504 5.5.4 Unrecognized authentication type");
            }
        } else if (verb == u"MAIL") {
            if (!o.user.isEmpty() && m_mail.authUser.isEmpty()) {
                reply("530 5.7.0 Authentication required");
                return;
            }
            m_mail.from = text.section(u':', 1).remove(u'<').remove(u'>').trimmed();
            reply("250 2.1.0 Ok");
        } else if (verb == u"RCPT") {
            m_mail.to << text.section(u':', 1).remove(u'<').remove(u'>').trimmed();
            reply("250 2.1.5 Ok");
        } else if (verb == u"DATA") {
            m_inData = true;
            reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb == u"QUIT") {
            reply("221 2.0.0 Bye");
            m_socket->disconnectFromHost();
        } else {
            reply("502 5.5.2 Command not recognized");
        }
    }

    void finishAuth(const QString &user, const QString &password, const QString &mechanism)
    {
        const SmtpSink::Options &o = m_sink->m_options;
        if (user == o.user && password == o.password) {
            m_mail.authUser = user;
            m_mail.authMechanism = mechanism;
            reply("235 2.7.0 Authentication successful");
        } else {
            reply("535 5.7.8 Authentication credentials invalid");
        }
    }

    SmtpSink *m_sink;
    QSslSocket *m_socket;
    SmtpSink::Mail m_mail;
    bool m_inData = false;
    int m_authStep = 0;
    QString m_authUserLine;
};

SmtpSink::SmtpSink(Options options)
    : m_options(std::move(options))
{
    m_thread.start();
    moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        this, [this] { listen(); }, Qt::BlockingQueuedConnection);
}

SmtpSink::~SmtpSink()
{
    QMetaObject::invokeMethod(
        this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SmtpSink::certificatePath()
{
    return QStringLiteral(FERRY_TEST_DATA_DIR) + u"/smtp-test.crt"_s;
}

void SmtpSink::listen()
{
    auto *server = new Server;
    server->onConnection = [this](qintptr descriptor) {
        new SmtpSinkSession(this, descriptor); // deletes itself when the client leaves
    };
    server->listen(QHostAddress::LocalHost, 0);
    m_server = server;
    m_port = server->serverPort();
}

void SmtpSink::accepted(const Mail &mail)
{
    std::lock_guard lock(m_mutex);
    m_mails.append(mail);
}

void SmtpSink::received(const QString &command)
{
    std::lock_guard lock(m_mutex);
    m_commands.append(command);
}

QList<SmtpSink::Mail> SmtpSink::mails() const
{
    std::lock_guard lock(m_mutex);
    return m_mails;
}

QStringList SmtpSink::commands() const
{
    std::lock_guard lock(m_mutex);
    return m_commands;
}

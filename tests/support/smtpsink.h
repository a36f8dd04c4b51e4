#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <mutex>

class QTcpServer;

// A real SMTP server on 127.0.0.1 for tests, on its own thread (a test waits for `ferry`
// meanwhile): EHLO, STARTTLS with the test certificate of tests/data (smtp-test.crt/.key),
// AUTH PLAIN and LOGIN, MAIL FROM, RCPT TO, DATA (dot-stuffing undone), QUIT. Keeps every mail
// it accepted and the commands it received.
class SmtpSink : public QObject
{
public:
    struct Options
    {
        bool startTls = true; // offer STARTTLS
        QString user; // AUTH required when set
        QString password;
    };
    struct Mail
    {
        QString helo;
        QString from;
        QStringList to;
        QByteArray data; // the message as received, CRLF line ends, dots unstuffed
        bool tls = false;
        QString authUser;
        QString authMechanism;
    };

    explicit SmtpSink(Options options);
    ~SmtpSink() override;

    quint16 port() const { return m_port; }
    QList<Mail> mails() const;
    QStringList commands() const; // the AUTH lines with their token replaced by "***"

    // tests/data/smtp-test.crt: the CA a client trusts for this sink.
    static QString certificatePath();

private:
    void listen();
    friend class SmtpSinkSession;
    void accepted(const Mail &mail);
    void received(const QString &command);

    Options m_options;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QList<Mail> m_mails;
    QStringList m_commands;
};

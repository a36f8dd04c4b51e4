#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ferry {

// How an SMTP channel protects its connection.
enum class SmtpSecurity {
    None, // plain SMTP, never TLS
    StartTlsOptional, // STARTTLS when the server offers it, plain otherwise
    StartTls, // STARTTLS required: a server without it is an error
    Smtps, // TLS from the first byte (port 465)
};

namespace smtpsecurity {
QString id(SmtpSecurity security); // "none", "optional", "starttls", "smtps"
std::optional<SmtpSecurity> fromId(const QString &id);
} // namespace smtpsecurity

// Where an SMTP channel sends: a relay on the local network, the envelope and, when the relay
// wants it, the user for AUTH PLAIN/LOGIN (the password lives in the secret store).
struct SmtpSettings
{
    QString host;
    int port = 25;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString from;
    QStringList to;
    QString user; // empty: no AUTH
    QString caFile; // PEM certificates trusted besides the system's (a private CA)
    int timeoutMs = 15000; // per step of the dialogue

    QJsonObject toJson() const;
    static SmtpSettings fromJson(const QJsonObject &json);
    // "host:port"
    QString server() const;
    // What is wrong with these settings for channel `channel`, naming the fix.
    Status validate(const QString &channel) const;
};

// One mail.
struct SmtpMessage
{
    QString subject;
    QString body; // plain text; lines end in \n
    QDateTime date; // the Date header
    QList<std::pair<QByteArray, QString>> extraHeaders; // X-Ferry-*
};

// A blocking SMTP client (QSslSocket): EHLO, STARTTLS, AUTH PLAIN or LOGIN, MAIL FROM,
// RCPT TO, DATA with dot-stuffing, QUIT, each step within the timeout. Errors name the server
// and its reply. Call it from a worker thread.
class SmtpClient
{
public:
    explicit SmtpClient(SmtpSettings settings, QString password = {});

    // Sends `message`; returns the server's final reply to DATA ("250 2.0.0 queued as …").
    Result<QString> send(const SmtpMessage &message);

    // The message as it goes over the wire before dot-stuffing: headers, a blank line, the
    // body, CRLF line endings. Message-ID from the sender's domain.
    static QByteArray compose(const SmtpSettings &settings, const SmtpMessage &message);

private:
    SmtpSettings m_settings;
    QString m_password;
};

} // namespace ferry

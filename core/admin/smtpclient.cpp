#include "smtpclient.h"

#include "common/language.h"
#include "common/logging.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\n' && c != u'\t'))
            return false;
    return true;
}

// A header value on one line: no CR or LF can start a header of its own.
QString oneLine(QString s)
{
    s.replace(u'\r', u' ').replace(u'\n', u' ');
    return s.trimmed();
}

QByteArray encodedWord(const QString &s)
{
    const QString line = oneLine(s);
    if (isAscii(line))
        return line.toUtf8();
    return "=?UTF-8?B?" + line.toUtf8().toBase64() + "?=";
}

struct Reply
{
    int code = 0;
    QStringList lines; // text after the code
    QString text() const { return u"%1 %2"_s.arg(code).arg(lines.join(u" / "_s)); }
};

class Dialogue
{
public:
    Dialogue(const SmtpSettings &s)
        : m_s(s)
    { }

    Error error(const QString &message, const QString &fix = {}) const
    {
        return makeError(Error::Code::Connection,
                         Text::tr("SMTP server %1 %2").arg(m_s.server(), message), fix,
                         m_s.server());
    }

    Status connect()
    {
        if (m_s.security != SmtpSecurity::None) {
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            if (!m_s.caFile.isEmpty()) {
                const auto certs = QSslCertificate::fromPath(m_s.caFile, QSsl::Pem);
                if (certs.isEmpty())
                    return fail(
                        Error::Code::Tls,
                        Text::tr("no certificate could be read from %1 (the CA file of the SMTP "
                                 "channel to %2)")
                            .arg(m_s.caFile, m_s.server()),
                        Text::tr("Give a PEM file with the CA that signed the relay's "
                                 "certificate."),
                        m_s.caFile);
                config.addCaCertificates(certs);
            }
            m_socket.setSslConfiguration(config);
            m_socket.setPeerVerifyName(m_s.host);
        }
        if (m_s.security == SmtpSecurity::Smtps) {
            m_socket.connectToHostEncrypted(m_s.host, quint16(m_s.port));
            if (!m_socket.waitForEncrypted(m_s.timeoutMs))
                return tlsFailure(u"TLS connection"_s);
        } else {
            m_socket.connectToHost(m_s.host, quint16(m_s.port));
            if (!m_socket.waitForConnected(m_s.timeoutMs))
                return std::unexpected(
                    error(u"not reached: %1"_s.arg(m_socket.errorString()),
                          u"Check the host and port of the relay and that it accepts "
                          "connections from this machine."_s));
        }
        return {};
    }

    std::unexpected<Error> tlsFailure(const QString &what)
    {
        QStringList why;
        for (const QSslError &e : m_socket.sslHandshakeErrors())
            why << e.errorString();
        if (why.isEmpty())
            why << m_socket.errorString();
        Error e = error(u"refused the %1: %2"_s.arg(what, why.join(u"; "_s)),
                        u"Give the CA that signed the relay's certificate (--ca-file), or check "
                        "that the name in it is the host you gave."_s);
        e.code = Error::Code::Tls;
        return std::unexpected(e);
    }

    Result<Reply> read(const QString &after)
    {
        Reply reply;
        for (;;) {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(m_s.timeoutMs))
                    return std::unexpected(
                        error(m_socket.state() == QAbstractSocket::ConnectedState
                                  ? u"did not answer %1 within %2 s"_s.arg(after).arg(m_s.timeoutMs
                                                                                      / 1000)
                                  : u"closed the connection after %1: %2"_s.arg(
                                      after, m_socket.errorString())));
            }
            const QString line = QString::fromUtf8(m_socket.readLine()).trimmed();
            bool ok = false;
            const int code = line.left(3).toInt(&ok);
            if (!ok || line.size() < 3)
                return std::unexpected(
                    error(u"answered %1 with something that is not SMTP: '%2'"_s.arg(after, line)));
            reply.code = code;
            reply.lines << line.mid(4);
            if (line.size() == 3 || line.at(3) != u'-')
                return reply;
        }
    }

    Status write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0)
            if (!m_socket.waitForBytesWritten(m_s.timeoutMs))
                return std::unexpected(
                    error(u"did not take what was sent: %1"_s.arg(m_socket.errorString())));
        return {};
    }

    // Sends `command` (shown as `shown` in errors: never a password) and expects `expected`.
    Result<Reply> command(const QByteArray &command, int expected, const QString &shown = {})
    {
        const QString name = shown.isEmpty() ? QString::fromUtf8(command) : shown;
        if (auto ok = write(command + "\r\n"); !ok)
            return std::unexpected(ok.error());
        auto reply = read(u"'%1'"_s.arg(name));
        if (!reply)
            return reply;
        if (reply->code != expected && !(expected == 250 && reply->code == 251))
            return std::unexpected(error(u"answered '%1' with: %2"_s.arg(name, reply->text())));
        return reply;
    }

    QSslSocket &socket() { return m_socket; }

private:
    const SmtpSettings &m_s;
    QSslSocket m_socket;
};

bool offers(const Reply &ehlo, const QString &keyword)
{
    for (const QString &line : ehlo.lines)
        if (line.section(u' ', 0, 0).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QStringList authMechanisms(const Reply &ehlo)
{
    for (const QString &line : ehlo.lines)
        if (line.section(u' ', 0, 0).compare(u"AUTH"_s, Qt::CaseInsensitive) == 0)
            return line.section(u' ', 1).toUpper().split(u' ', Qt::SkipEmptyParts);
    return {};
}

} // namespace

QString smtpsecurity::id(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None: return u"none"_s;
    case SmtpSecurity::StartTlsOptional: return u"optional"_s;
    case SmtpSecurity::StartTls: return u"starttls"_s;
    case SmtpSecurity::Smtps: return u"smtps"_s;
    }
    return {};
}

std::optional<SmtpSecurity> smtpsecurity::fromId(const QString &id)
{
    for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTlsOptional,
                           SmtpSecurity::StartTls, SmtpSecurity::Smtps})
        if (smtpsecurity::id(s) == id)
            return s;
    return std::nullopt;
}

QJsonObject SmtpSettings::toJson() const
{
    QJsonObject o {{u"host"_s, host},
                   {u"port"_s, port},
                   {u"tls"_s, smtpsecurity::id(security)},
                   {u"from"_s, from},
                   {u"to"_s, QJsonArray::fromStringList(to)}};
    if (!user.isEmpty())
        o[u"user"_s] = user;
    if (!caFile.isEmpty())
        o[u"caFile"_s] = caFile;
    return o;
}

SmtpSettings SmtpSettings::fromJson(const QJsonObject &json)
{
    SmtpSettings s;
    s.host = json[u"host"_s].toString();
    s.port = json[u"port"_s].toInt(25);
    s.security = smtpsecurity::fromId(json[u"tls"_s].toString()).value_or(SmtpSecurity::StartTls);
    s.from = json[u"from"_s].toString();
    for (const QJsonValue &v : json[u"to"_s].toArray())
        s.to << v.toString();
    s.user = json[u"user"_s].toString();
    s.caFile = json[u"caFile"_s].toString();
    return s;
}

QString SmtpSettings::server() const
{
    return u"%1:%2"_s.arg(host).arg(port);
}

Status SmtpSettings::validate(const QString &channel) const
{
    const auto bad = [&](const QString &what, const QString &fix) {
        return fail(Error::Code::InvalidInput,
                    Text::tr("alert channel '%1': %2").arg(channel, what), fix, channel);
    };
    if (host.trimmed().isEmpty() || host.contains(u' '))
        return bad(u"'%1' is not an SMTP relay host"_s.arg(host),
                   u"Give the relay as HOST or HOST:PORT, such as mail.lan:25."_s);
    if (port < 1 || port > 65535)
        return bad(u"%1 is not a port"_s.arg(port), u"Give a port from 1 to 65535."_s);
    const auto isAddress = [](const QString &a) {
        const qsizetype at = a.indexOf(u'@');
        return at > 0 && at < a.size() - 1 && !a.contains(u' ') && !a.contains(u'<')
            && !a.contains(u'>') && !a.contains(u',');
    };
    if (!isAddress(from))
        return bad(u"'%1' is not a sender address"_s.arg(from),
                   u"Give --from as name@domain, an address the relay accepts."_s);
    if (to.isEmpty())
        return bad(u"no recipient"_s, u"Give --to with one or more addresses, comma-separated."_s);
    for (const QString &a : to)
        if (!isAddress(a))
            return bad(u"'%1' is not a recipient address"_s.arg(a),
                       u"Give --to as name@domain[,name@domain…]."_s);
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return bad(u"the CA file %1 cannot be read"_s.arg(caFile),
                   u"Give the path of a readable PEM file."_s);
    return {};
}

SmtpClient::SmtpClient(SmtpSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{ }

QByteArray SmtpClient::compose(const SmtpSettings &settings, const SmtpMessage &message)
{
    const QString domain = settings.from.section(u'@', 1);
    QByteArray out;
    const auto header = [&out](const QByteArray &name, const QByteArray &value) {
        out += name + ": " + value + "\r\n";
    };
    header("Date",
           QLocale::c()
               .toString(message.date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s)
               .toLatin1());
    header("From", oneLine(settings.from).toUtf8());
    header("To", oneLine(settings.to.join(u", "_s)).toUtf8());
    header("Subject", encodedWord(message.subject));
    header("Message-ID",
           "<" + QUuid::createUuid().toString(QUuid::Id128).toLatin1() + "@" + domain.toUtf8()
               + ">");
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=utf-8");
    for (const auto &[name, value] : message.extraHeaders)
        header(name, encodedWord(value));
    QString body = message.body;
    body.replace(u"\r\n"_s, u"\n"_s);
    if (isAscii(body)) {
        header("Content-Transfer-Encoding", "7bit");
        out += "\r\n";
        out += body.toUtf8().replace("\n", "\r\n");
    } else {
        header("Content-Transfer-Encoding", "base64");
        out += "\r\n";
        const QByteArray encoded = body.toUtf8().toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            out += encoded.mid(i, 76) + "\r\n";
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

Result<QString> SmtpClient::send(const SmtpMessage &message)
{
    Dialogue d(m_settings);
    if (auto ok = d.connect(); !ok)
        return std::unexpected(ok.error());
    auto greeting = d.read(u"the connection"_s);
    if (!greeting)
        return std::unexpected(greeting.error());
    if (greeting->code != 220)
        return std::unexpected(d.error(u"greeted with: %1"_s.arg(greeting->text())));
    QString helo = QSysInfo::machineHostName();
    if (helo.isEmpty() || helo.contains(u' '))
        helo = u"localhost"_s;
    auto ehlo = d.command("EHLO " + helo.toUtf8(), 250);
    if (!ehlo)
        return std::unexpected(ehlo.error());
    if (m_settings.security == SmtpSecurity::StartTls
        || m_settings.security == SmtpSecurity::StartTlsOptional) {
        if (offers(*ehlo, u"STARTTLS"_s)) {
            if (auto ok = d.command("STARTTLS", 220); !ok)
                return std::unexpected(ok.error());
            d.socket().startClientEncryption();
            if (!d.socket().waitForEncrypted(m_settings.timeoutMs))
                return d.tlsFailure(u"STARTTLS handshake"_s);
            ehlo = d.command("EHLO " + helo.toUtf8(), 250);
            if (!ehlo)
                return std::unexpected(ehlo.error());
        } else if (m_settings.security == SmtpSecurity::StartTls) {
            Error e = d.error(u"does not offer STARTTLS, which the channel requires (its EHLO "
                              "reply: %1)"_s.arg(ehlo->lines.join(u", "_s)),
                              u"Enable STARTTLS on the relay, or choose --tls optional or none "
                              "for a relay on a trusted network."_s);
            e.code = Error::Code::Tls;
            return std::unexpected(e);
        }
    }
    if (!m_settings.user.isEmpty()) {
        const QStringList mechanisms = authMechanisms(*ehlo);
        if (mechanisms.contains(u"PLAIN"_s)) {
            const QByteArray plain =
                QByteArray(1, '\0') + m_settings.user.toUtf8() + '\0' + m_password.toUtf8();
            const QByteArray token = plain.toBase64();
            if (auto ok = d.command("AUTH PLAIN " + token, 235, u"AUTH PLAIN (password hidden)"_s);
                !ok) {
                Error e = ok.error();
                e.code = Error::Code::Authentication;
                e.fix = u"Check the channel's user and the password in the secret store "
                        "(ferry alert channel add … --smtp-user USER --password-stdin)."_s;
                return std::unexpected(e);
            }
        } else if (mechanisms.contains(u"LOGIN"_s)) {
            if (auto ok = d.command("AUTH LOGIN", 334); !ok)
                return std::unexpected(ok.error());
            if (auto ok = d.command(m_settings.user.toUtf8().toBase64(), 334, u"the user"_s); !ok)
                return std::unexpected(ok.error());
            if (auto ok =
                    d.command(m_password.toUtf8().toBase64(), 235, u"the password (hidden)"_s);
                !ok) {
                Error e = ok.error();
                e.code = Error::Code::Authentication;
                e.fix = u"Check the channel's user and the password in the secret store."_s;
                return std::unexpected(e);
            }
        } else {
            return std::unexpected(
                d.error(u"offers no AUTH PLAIN or LOGIN for user '%1' (its EHLO reply: %2)"_s.arg(
                            m_settings.user, ehlo->lines.join(u", "_s)),
                        d.socket().isEncrypted()
                            ? u"Ask for PLAIN or LOGIN on the relay, or leave the user out."_s
                            : u"Many relays offer AUTH only after STARTTLS: choose --tls "
                              "starttls."_s));
        }
    }
    if (auto ok = d.command("MAIL FROM:<" + m_settings.from.toUtf8() + ">", 250); !ok)
        return std::unexpected(ok.error());
    for (const QString &to : m_settings.to)
        if (auto ok = d.command("RCPT TO:<" + to.toUtf8() + ">", 250); !ok)
            return std::unexpected(ok.error());
    if (auto ok = d.command("DATA", 354); !ok)
        return std::unexpected(ok.error());
    QByteArray data;
    const QByteArray composed = compose(m_settings, message);
    for (const QByteArray &line : composed.split('\n')) {
        if (line.isEmpty())
            continue; // the split after the last \n
        if (line.startsWith('.'))
            data += '.';
        data += line + '\n';
    }
    data += ".";
    auto accepted = d.command(data, 250, u"the message (DATA)"_s);
    if (!accepted)
        return std::unexpected(accepted.error());
    // A relay that took the message has it: a QUIT answered badly changes nothing.
    if (auto bye = d.command("QUIT", 221); !bye)
        qCInfo(lcAdmin).noquote() << "SMTP QUIT:" << bye.error().text();
    d.socket().disconnectFromHost();
    return accepted->text();
}

} // namespace ferry

#include "metricsserver.h"
#include "common/language.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <future>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QByteArray response(int status, const QByteArray &reason, const QByteArray &type,
                    const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

} // namespace

MetricsServer::MetricsServer(Provider provider)
    : m_provider(std::move(provider))
{ }

MetricsServer::~MetricsServer()
{
    stop();
}

Result<std::pair<QHostAddress, quint16>> MetricsServer::parseBindAddress(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(u':');
    const QString hostText = colon < 0 ? QString() : t.left(colon);
    const QString portText = colon < 0 ? t : t.mid(colon + 1);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    const QString fix = u"Give HOST:PORT, for example 127.0.0.1:9187."_s;
    if (!ok || port > 65535)
        return fail(Error::Code::InvalidInput,
                    Text::tr("the /metrics address '%1' has no valid port").arg(text), fix);
    QString host = hostText;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(Error::Code::InvalidInput,
                    Text::tr("the /metrics address '%1' is not an IP address").arg(text), fix);
    return std::pair {address, quint16(port)};
}

QString MetricsServer::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? QString(u"["_s + m_address.toString() + u"]"_s)
        : m_address.toString();
    return u"http://%1:%2/metrics"_s.arg(host).arg(m_port);
}

Status MetricsServer::start(const QString &bindAddress)
{
    if (m_thread)
        return {};
    auto parsed = parseBindAddress(bindAddress);
    if (!parsed)
        return std::unexpected(parsed.error());
    const auto [address, port] = *parsed;
    m_thread = new QThread;
    m_thread->setObjectName(u"ferry-metrics"_s);
    m_root = new QObject;
    m_root->moveToThread(m_thread);
    m_thread->start();
    std::promise<Result<quint16>> bound;
    auto boundFuture = bound.get_future();
    QMetaObject::invokeMethod(
        m_root,
        [this, address, port, &bound] {
            auto *server = new QTcpServer(m_root);
            if (!server->listen(address, port)) {
                bound.set_value(
                    fail(Error::Code::Io,
                         Text::tr("/metrics cannot listen on %1:%2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(server->errorString()),
                         Text::tr("Choose a free port, or an address of this machine.")));
                return;
            }
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                     &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        // The request line and headers: the body of a GET is empty.
                        if (!socket->property("ferryRequest").toByteArray().isEmpty())
                            return;
                        QByteArray head = socket->peek(8192);
                        if (!head.contains("\r\n\r\n") && !head.contains("\n\n")
                            && head.size() < 8192)
                            return;
                        socket->readAll();
                        const QList<QByteArray> line = head.left(head.indexOf('\n')).split(' ');
                        socket->setProperty("ferryRequest", head);
                        const QByteArray method = line.value(0);
                        QByteArray path = line.value(1);
                        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
                        if (method != "GET" && method != "HEAD")
                            socket->write(response(405, "Method Not Allowed",
                                                   "text/plain; charset=utf-8",
                                                   "only GET /metrics\n"));
                        else if (path != "/metrics")
                            socket->write(response(404, "Not Found", "text/plain; charset=utf-8",
                                                   "not found: try /metrics\n"));
                        else
                            socket->write(response(200, "OK",
                                                   "text/plain; version=0.0.4; charset=utf-8",
                                                   m_provider()));
                        socket->disconnectFromHost();
                    });
                }
            });
            bound.set_value(server->serverPort());
        },
        Qt::QueuedConnection);
    auto result = boundFuture.get();
    if (!result) {
        stop();
        return std::unexpected(result.error());
    }
    m_address = address;
    m_port = *result;
    return {};
}

void MetricsServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_root, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_root = nullptr;
}

} // namespace ferry

#include "delayingproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <future>

namespace ferry::test {

// Lives on the proxy's thread: accepts, waits the delay, then pipes bytes both ways.
class DelayingProxyWorker : public QObject
{
public:
    DelayingProxyWorker(QString host, int port)
        : m_host(std::move(host))
        , m_port(quint16(port))
    { }

    int listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server->nextPendingConnection()) {
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
                QTimer::singleShot(delay.load(), in, [this, in] { pipe(in); });
            }
        });
        return m_server->serverPort();
    }

    std::atomic_int delay {0};

private:
    void pipe(QTcpSocket *in)
    {
        auto *out = new QTcpSocket(in);
        connect(out, &QTcpSocket::connected, in, [in, out] {
            if (in->bytesAvailable() > 0)
                out->write(in->readAll());
        });
        connect(in, &QTcpSocket::readyRead, out, [in, out] {
            if (out->state() == QAbstractSocket::ConnectedState)
                out->write(in->readAll());
        });
        connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
        connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
        connect(out, &QTcpSocket::errorOccurred, in, &QTcpSocket::disconnectFromHost);
        connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
        out->connectToHost(m_host, m_port);
    }

    QString m_host;
    quint16 m_port;
    QTcpServer *m_server = nullptr;
};

DelayingProxy::DelayingProxy(const QString &host, int port)
    : m_thread(new QThread)
    , m_worker(new DelayingProxyWorker(host, port))
{
    m_thread->setObjectName(QStringLiteral("delaying-proxy"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    std::promise<int> listening;
    QMetaObject::invokeMethod(m_worker, [&] { listening.set_value(m_worker->listen()); });
    m_port = listening.get_future().get();
}

DelayingProxy::~DelayingProxy()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int DelayingProxy::port() const
{
    return m_port;
}

void DelayingProxy::setConnectDelay(int ms)
{
    m_worker->delay = ms;
}

} // namespace ferry::test

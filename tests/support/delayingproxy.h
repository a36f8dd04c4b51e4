#pragma once

#include <QString>

#include <memory>

class QThread;

namespace ferry::test {

class DelayingProxyWorker;

// A TCP proxy on 127.0.0.1, on its own thread, forwarding to a server; connections accepted
// after setConnectDelay() wait that long before they reach the server (a slow network for
// whatever connects next, e.g. the second connection that sends KILL QUERY).
class DelayingProxy
{
public:
    DelayingProxy(const QString &host, int port);
    ~DelayingProxy();
    DelayingProxy(const DelayingProxy &) = delete;
    DelayingProxy &operator=(const DelayingProxy &) = delete;

    int port() const;
    void setConnectDelay(int ms);

private:
    QThread *m_thread;
    DelayingProxyWorker *m_worker;
    int m_port = 0;
};

} // namespace ferry::test

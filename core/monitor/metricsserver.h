#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHostAddress>

#include <functional>

class QThread;
class QObject;

namespace ferry {

// A small HTTP server for GET /metrics (Prometheus text), on a thread of its own with its own
// event loop, so it answers while the thread that started it is busy inside a run. The body is
// made by `provider` on the server's thread for each request. Any other path is 404. start()
// and stop() on the owning thread.
class MetricsServer
{
public:
    using Provider = std::function<QByteArray()>;
    explicit MetricsServer(Provider provider);
    ~MetricsServer();
    MetricsServer(const MetricsServer &) = delete;
    MetricsServer &operator=(const MetricsServer &) = delete;

    // "HOST:PORT", ":PORT" (127.0.0.1) or "PORT"; port 0 takes a free one. A bad address or one
    // that cannot be bound fails, naming it.
    Status start(const QString &bindAddress);
    void stop();

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:9187/metrics"
    QString url() const;

    static Result<std::pair<QHostAddress, quint16>> parseBindAddress(const QString &text);

private:
    Provider m_provider;
    QThread *m_thread = nullptr;
    QObject *m_root = nullptr; // lives on m_thread; owns the QTcpServer
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace ferry

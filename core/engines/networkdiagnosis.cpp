#include "networkdiagnosis.h"

#include <QTcpSocket>

namespace ferry {

Reachability diagnoseTcp(const QString &host, int port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (socket.waitForConnected(timeoutMs)) {
        socket.abort();
        return Reachability::Open;
    }
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError: return Reachability::Refused;
    case QAbstractSocket::HostNotFoundError: return Reachability::Unresolved;
    case QAbstractSocket::SocketTimeoutError: return Reachability::Timeout;
    default: return Reachability::Unreachable;
    }
}

} // namespace ferry

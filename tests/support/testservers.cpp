#include "testservers.h"

#include <QTcpServer>

namespace ferry::test {

int closedPort()
{
    // Bind, learn the port, release it: nothing listens there for the next moments.
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace ferry::test

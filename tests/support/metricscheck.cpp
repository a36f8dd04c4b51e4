#include "metricscheck.h"

#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ferry::test {

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

QString promtoolProblems(const QByteArray &text)
{
    QProcess promtool;
    promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
    if (!promtool.waitForStarted())
        return u"promtool is not installed: install the Debian package prometheus "
               "(packaging/debian/install-deps.sh installs it for the tests)"_s;
    promtool.write(text);
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(30000))
        return u"promtool did not finish within 30 s"_s;
    if (promtool.exitStatus() == QProcess::NormalExit && promtool.exitCode() == 0)
        return {};
    return QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
}

} // namespace ferry::test

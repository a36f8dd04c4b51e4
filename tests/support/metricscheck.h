#pragma once

#include <QByteArray>
#include <QString>

namespace ferry::test {

// One plain HTTP/1.1 GET on 127.0.0.1:port; the whole answer (status line, headers, body), or
// empty when nothing listens.
QByteArray httpGet(quint16 port, const QByteArray &path);

// Runs `promtool check metrics` (Debian package prometheus) on a /metrics text: empty when it
// accepts it, else what it said (or that it is missing).
QString promtoolProblems(const QByteArray &text);

} // namespace ferry::test

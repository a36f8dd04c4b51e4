#pragma once

#include <QString>

namespace ferry {

// Why a TCP endpoint cannot be reached, found by a plain connect. Client libraries report
// a failed connect vaguely (Connector/C says "(115)" for a refused port); this tells a refused
// port from a timeout, an unknown name or a missing route. Blocking: worker threads only.
enum class Reachability { Open, Refused, Timeout, Unresolved, Unreachable };

Reachability diagnoseTcp(const QString &host, int port, int timeoutMs);

} // namespace ferry

#pragma once

#include <QString>

namespace ferry {

// Where Ferry keeps its files. The store file is chosen by --store, then FERRY_STORE, then the
// user's data directory; the vault and the logs live beside the store so one folder holds a
// whole installation (and a test can isolate one in a temporary directory).
namespace paths {

QString defaultStorePath();
// --store value if not empty, else FERRY_STORE, else defaultStorePath().
QString resolveStorePath(const QString &explicitPath);
QString vaultPathFor(const QString &storePath);
QString logDirFor(const QString &storePath);

} // namespace paths
} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "riskboard.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ferry {

class MetaStore;
class SecretStore;

// How far writing a bundle got.
struct BundleProgress
{
    int done = 0;
    int total = 0;
    QString step; // "logs", "store tables", "server versions", ...
};

struct BundleOptions
{
    std::shared_ptr<MetaStore> store;
    // Opens the secret store for the data sources' passwords (to reach their servers and to
    // know what to remove); may be null or fail: the bundle says what it could not reach.
    std::function<Result<std::shared_ptr<SecretStore>>()> openSecrets;
    QString logFile; // Ferry's log (its rotations path.1 … path.5 come too)
    int probeTimeoutSeconds = 3;
    int riskSampleMs = 0; // RiskBoard::assess(sampleMs)
    RiskOptions risks; // the board's limits (the caller's lag thresholds)
    std::function<void(const BundleProgress &)> progress; // called on the writing thread
    CancelToken cancel;
};

struct BundleResult
{
    QString path;
    QStringList files; // inside the archive, in order
    QStringList notes; // what could not be collected, and why
    qint64 bytes = 0;
};

// `ferry diag bundle OUT.tar.gz` and the console's button: one gzip'd tar with Ferry's logs
// (rotated ones too), project and data source definitions, server versions and probe results,
// a risk board snapshot, the store's tables as JSON (metrics, stream state, heartbeats,
// components) and the versions of Ferry, Qt and the client libraries. Every secret is removed
// (SecretScrubber): the store is exported table by table with secret columns dropped, never
// copied. A server that does not answer is a note, not a failure. Blocking: a worker thread.
Result<BundleResult> writeDiagnosticBundle(const QString &path, const BundleOptions &options);

} // namespace ferry

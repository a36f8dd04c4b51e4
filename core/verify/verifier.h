#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "pipeline/runprogress.h"
#include "schema/schemaplan.h"
#include "verifyreport.h"

#include <QHash>

#include <memory>

namespace ferry {

struct VerifyOptions
{
    int concurrency = 4;
    qint64 sliceRows = 50000; // rows per checksum slice
    int rowLevelRows = 2000; // slices are bisected until they hold about this many rows
    int recheckRounds = 2; // mismatches are read again this many times before reported
    int recheckDelayMs = 500; // ... waiting this long before each round
    // Beside a running change stream (the verify step of a project whose incremental step
    // streams, `ferry verify` on such a project) a row differs while its change is in flight:
    // differing rows are read again until they settle or settleMs() passes, instead of
    // recheckRounds. Set by the caller from the stream's record, not by the project file.
    bool besideStream = false;
    qint64 streamLagMs = 0; // the stream's lag when the verification began; unknown: 0
    // "settleSeconds": how long differing rows may take to settle beside a stream; 0: the
    // stream's lag + 10 s, at most 2 min.
    int settleSeconds = 0;
    static constexpr qint64 kSettleMarginMs = 10000;
    static constexpr qint64 kSettleCapMs = 120000;
    qint64 settleMs() const;
    int maxDifferences = 100000; // per table; beyond it the table stops collecting
    // Checksums pushed to the servers (where both render the values identically) send only
    // sums over the network but cost the servers an MD5 per row; streaming costs the network
    // every row. Auto pushes down when neither server is on this machine (measured on
    // loopback: streaming 1.5M rows took 1.6 s, pushdown 9.5 s).
    enum class Pushdown { Auto, Always, Never };
    Pushdown pushdown = Pushdown::Auto;

    static VerifyOptions fromJson(const QJsonObject &object);
};

struct VerifyInput
{
    QString project;
    Endpoint source;
    Endpoint target;
    QList<TablePlan> plans; // the project's mapping (renames, subsets, filters)
    QHash<QString, Table> targetTables; // the target catalog, by table name
    VerifyOptions options;
    CancelToken cancel;
    RunObserver *observer = nullptr;
    QString runId;
    qint64 projectId = 0;
};

// Full verification: proves source and target hold the same data through the project's
// mapping, and names every difference. Each table is cut into slices — key ranges when the key
// sorts the same in both engines, hash partitions of the key (or of the whole row for keyless
// tables) otherwise — and each slice is compared by a checksum computed on both sides: pushed
// down to the servers where both render the values identically, streamed and hashed in Ferry
// where they cannot. Mismatched ranges are bisected down to a few thousand rows, then compared
// row by row and column by column (values by meaning, see valuecompare.h); keyless tables are
// compared as multisets, which also finds duplicated rows. Mismatches are read again for a
// few rounds, so rows in flight under a live workload are not reported. Blocking: run it on a
// worker thread.
class Verifier
{
public:
    explicit Verifier(VerifyInput input);
    ~Verifier();

    Result<VerifyReport> run();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The statements that make the target equal to the source (the source is the truth):
// INSERT for missing rows, DELETE for extra ones, UPDATE for different ones, in one transaction.
QString correctionSql(const VerifyReport &report, Engine targetEngine);
// The same statements one by one (without the transaction around them), to run from code.
QStringList correctionStatements(const VerifyReport &report, Engine targetEngine);

} // namespace ferry

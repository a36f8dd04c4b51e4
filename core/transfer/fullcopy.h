#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "migrationoptions.h"
#include "pipeline/runprogress.h"
#include "schema/schemaplan.h"

#include <QHash>

#include <memory>

namespace ferry {

class Checkpoints;
class RunRecords;

struct FullCopyInput
{
    Endpoint source;
    Endpoint target;
    QList<TablePlan> plans;
    QHash<QString, Table> targetTables; // the target catalog, by target table name
    MigrationOptions options;
    RunRecords *records = nullptr; // table records, log, samples, progress; required
    Checkpoints *checkpoints = nullptr; // the chunk ledger; required
    qint64 projectId = 0; // for progress snapshots
    QString runId;
    CancelToken cancel;
    RunObserver *observer = nullptr;
};

struct FullCopySummary
{
    qint64 rows = 0; // copied by this run (a resumed run does not count the chunks done before)
    qint64 skipped = 0;
    qint64 bytes = 0;
    double seconds = 0;
    QStringList failedTables;
};

// The full migration step: plans each table's chunks into the ledger, then copies them with
// `concurrency` workers. Each worker pairs a reader thread and a writer thread joined by a
// bounded queue of RowBatches (memory stays flat), writes one target transaction per chunk,
// and marks the chunk done in the ledger after the commit; a chunk found 'started' is redone
// after deleting its key range in the same transaction, so rows arrive exactly once across
// crashes. A table whose value is refused stops with the row named; the others go on.
// After a table's last chunk its secondary indexes are built and identity counters moved past
// the copied maximum; foreign keys come after every table. Blocking: run it on a worker thread.
class FullCopy
{
public:
    explicit FullCopy(FullCopyInput input);
    ~FullCopy();

    Result<FullCopySummary> run();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "pipeline/runprogress.h"
#include "precheck.h"
#include "transfer/fullcopy.h"
#include "verify/verifyreport.h"

#include <QJsonObject>

#include <memory>

namespace ferry {

class MetaStore;

struct RunOutcome
{
    QString runId;
    bool completed = false;
    PrecheckReport precheck;
    QStringList stepsRun;
    std::optional<FullCopySummary> full;
    std::optional<QJsonObject> verification; // the verify step's report, when it ran
    std::optional<VerifyReport> verifyReport;
    bool caughtUp = false; // the incremental step stopped, caught up (setUntilCaughtUp)
    double seconds = 0;
};

// One run of a migration project: precheck, then every step not yet done, in order, each
// resumable from the store. The project's state follows (running, then completed, failed, or
// paused when cancelled). Blocking: the CLI calls it on its main thread, the console through
// ProjectRunner on a worker thread.
class MigrationRun
{
public:
    MigrationRun(std::shared_ptr<MetaStore> store, qint64 projectId, Endpoint source,
                 Endpoint target, RunObserver *observer, CancelToken cancel);

    // The run's outcome; an error says which step failed and why (Code::Cancelled when
    // stopped). The outcome is also returned inside the error path through outcome().
    Result<RunOutcome> execute();
    // The id execute() gives the run (the caller's heartbeat carries it); made up when unset.
    void setRunId(const QString &runId) { m_outcome.runId = runId; }
    const RunOutcome &outcome() const { return m_outcome; }
    // The incremental step stops (ok) once it has applied everything the source committed by
    // the time the finite steps ended; otherwise it streams until the run is cancelled.
    void setUntilCaughtUp(bool until) { m_untilCaughtUp = until; }

    // The precheck alone, writing nothing (the wizard's last page).
    static Result<PrecheckReport> precheckOnly(std::shared_ptr<MetaStore> store, qint64 projectId,
                                               const Endpoint &source, const Endpoint &target,
                                               const CancelToken &cancel);

private:
    Status message(const QString &level, const QString &text);

    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId;
    Endpoint m_source;
    Endpoint m_target;
    RunObserver *m_observer;
    CancelToken m_cancel;
    RunOutcome m_outcome;
    bool m_indexesWithSchema = false;
    bool m_untilCaughtUp = false;
};

} // namespace ferry

#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "migrationrun.h"
#include "pipeline/runprogress.h"
#include "switchover.h"
#include "verify/verifyreport.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>

namespace ferry {

class MetaStore;
class ProjectLock;

// Runs one project's work (a MigrationRun, or a verification alone) on its own QThread, holding
// the project lock, and reports back through queued signals: progress snapshots a few times a
// second, log messages, and the end. Created and controlled on the UI thread; the work never
// touches the UI and the UI never touches its connections. stop() asks the work to stop at its
// next checkpoint (a run's project becomes Paused; a verification ends writing nothing) and
// never blocks; destroying the runner stops the work and waits for it.
class ProjectRunner : public QObject
{
    Q_OBJECT

public:
    // `concurrency`: the project's option, for the reservation it shows while running.
    ProjectRunner(std::shared_ptr<MetaStore> store, qint64 projectId, QString projectName,
                  Endpoint source, Endpoint target, int concurrency, QObject *parent = nullptr);
    ~ProjectRunner() override;

    qint64 projectId() const { return m_projectId; }
    QString projectName() const { return m_projectName; }
    bool isRunning() const { return m_running; }
    int workers() const { return m_workers; }
    // Memory the run may use at most: its workers' queues and batches.
    qint64 memoryBudget() const;

    enum class Work {
        Run, // every step not done yet, resumable (the project's state follows)
        Verify, // "Verify now": the project's verification alone, kept in the store
        Switchover // the forward switchover (Switchover), its steps in switchoverStep()
    };

    // Starts the work; fails (Code::Conflict) when another process holds the project's lock.
    Status start(Work work = Work::Run);
    void stop();
    Work work() const { return m_work; }
    // The report of the last Work::Verify that succeeded; set before finished() is emitted.
    const std::optional<VerifyReport> &verification() const { return m_verification; }
    // What the last Work::Switchover that succeeded recorded; set before finished().
    const std::optional<SwitchoverOutcome> &switchover() const { return m_switchover; }
    // Why the last work failed, its cause and fix apart; set before finished(), empty when ok.
    const std::optional<Error> &failure() const { return m_failure; }

signals:
    void progress(const ferry::RunProgress &progress);
    void message(const QString &level, const QString &text);
    // Work::Switchover: step `step` of `steps` starts (`text` is the core's line for it).
    // Emitted on the runner's thread, never before the event loop runs after start().
    void switchoverStep(int step, int steps, const QString &text);
    // ok: every step done; otherwise `error` says why (cancelled when stopped).
    void finished(bool ok, const QString &error, int errorCode);

private:
    class Observer;
    Result<RunOutcome> run(const CancelToken &cancel);
    Result<VerifyReport> verify(const CancelToken &cancel);
    Result<SwitchoverOutcome> switchOver(const CancelToken &cancel);

    std::shared_ptr<MetaStore> m_store;
    qint64 m_projectId;
    QString m_projectName;
    Endpoint m_source;
    Endpoint m_target;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
    std::unique_ptr<Observer> m_observer;
    std::unique_ptr<ProjectLock> m_lock;
    bool m_running = false;
    Work m_work = Work::Run;
    std::optional<VerifyReport> m_verification;
    std::optional<SwitchoverOutcome> m_switchover;
    std::optional<Error> m_failure;
    int m_workers;
};

} // namespace ferry

#include "projectrunner.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "migrationrun.h"
#include "projectlock.h"
#include "projectrepository.h"
#include "projectverification.h"
#include "runheartbeat.h"
#include "store/metastore.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ferry {

// Forwards what the run reports to the runner's signals. Runs on the run's threads; the
// signals reach receivers on the UI thread queued.
class ProjectRunner::Observer : public RunObserver
{
public:
    explicit Observer(ProjectRunner *runner)
        : m_runner(runner)
    { }
    void progress(const RunProgress &p) override { emit m_runner->progress(p); }
    void message(const QString &level, const QString &text) override
    {
        emit m_runner->message(level, text);
    }

private:
    ProjectRunner *m_runner;
};

ProjectRunner::ProjectRunner(std::shared_ptr<MetaStore> store, qint64 projectId,
                             QString projectName, Endpoint source, Endpoint target, int concurrency,
                             QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_projectId(projectId)
    , m_projectName(std::move(projectName))
    , m_source(std::move(source))
    , m_target(std::move(target))
    , m_observer(std::make_unique<Observer>(this))
    , m_workers(
          std::clamp(concurrency, 1, Driver::forEngine(m_target.engine).maxConcurrentWriters()))
{
    qRegisterMetaType<ferry::RunProgress>();
}

ProjectRunner::~ProjectRunner()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

qint64 ProjectRunner::memoryBudget() const
{
    // Each worker: a reader and a writer thread, a queue of 3 batches plus one being filled
    // and one being written, 4 MiB each.
    return qint64(m_workers) * 5 * (qint64(4) << 20);
}

Status ProjectRunner::start(Work work)
{
    if (m_running)
        return fail(Error::Code::Conflict,
                    Text::tr("project %1 is already running").arg(m_projectName));
    auto lock = ProjectLock::acquire(m_store->path(), m_projectName);
    if (!lock)
        return std::unexpected(lock.error());
    m_lock = std::move(*lock);
    m_cancel = CancelToken();
    m_running = true;
    m_work = work;
    m_verification.reset();
    m_switchover.reset();
    m_failure.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    const CancelToken cancel = m_cancel;
    m_thread = QThread::create([this, cancel, work] {
        std::optional<Error> failure;
        std::optional<VerifyReport> verification;
        std::optional<SwitchoverOutcome> switchover;
        switch (work) {
        case Work::Run:
            if (auto outcome = run(cancel); !outcome)
                failure = outcome.error();
            break;
        case Work::Verify:
            if (auto report = verify(cancel))
                verification = std::move(*report);
            else
                failure = report.error();
            break;
        case Work::Switchover:
            if (auto outcome = switchOver(cancel))
                switchover = std::move(*outcome);
            else
                failure = outcome.error();
            break;
        }
        QMetaObject::invokeMethod(
            this,
            [this, failure, verification, switchover] {
                m_running = false;
                m_lock.reset();
                m_verification = verification;
                m_switchover = switchover;
                m_failure = failure;
                emit finished(!failure, failure ? failure->text() : QString(),
                              failure ? int(failure->code) : -1);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"ferry-run-"_s + m_projectName);
    m_thread->start();
    static const char *const doing[] = {"running", "verifying", "switching over"};
    qCInfo(lcProject).noquote() << "console started" << doing[int(work)] << "project"
                                << m_projectName;
    return {};
}

// On the run's thread.
Result<RunOutcome> ProjectRunner::run(const CancelToken &cancel)
{
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    RunHeartbeat heartbeat(m_store, m_projectId, runId);
    if (auto beating = heartbeat.start(); !beating)
        return std::unexpected(beating.error());
    MigrationRun migration(m_store, m_projectId, m_source, m_target, m_observer.get(), cancel);
    migration.setRunId(runId);
    return migration.execute();
}

// On the run's thread: the project's verification, saved with the project when it completes.
Result<VerifyReport> ProjectRunner::verify(const CancelToken &cancel)
{
    auto project = ProjectRepository(m_store).findById(m_projectId);
    if (!project)
        return std::unexpected(project.error());
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto report = verifyProject(project->definition, m_source, m_target, cancel, m_observer.get(),
                                runId, m_projectId);
    if (!report)
        return report;
    if (auto saved = VerificationRepository(m_store).save(m_projectId, *report); !saved)
        return std::unexpected(saved.error());
    return report;
}

// On the run's thread: the switchover, its steps reported as they start. It beats like a run:
// its first step is one (catching up).
Result<SwitchoverOutcome> ProjectRunner::switchOver(const CancelToken &cancel)
{
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    RunHeartbeat heartbeat(m_store, m_projectId, runId);
    if (auto beating = heartbeat.start(); !beating)
        return std::unexpected(beating.error());
    Switchover switchover(m_store, m_projectId, m_source, m_target, m_observer.get(), cancel);
    // Emitted on the runner's own thread, after the call that started the work has returned:
    // whoever connects right after start() sees every step.
    return switchover.execute([this](int step, int steps, const QString &text) {
        QMetaObject::invokeMethod(
            this, [this, step, steps, text] { emit switchoverStep(step, steps, text); },
            Qt::QueuedConnection);
    });
}

void ProjectRunner::stop()
{
    if (m_running)
        m_cancel.cancel();
}

} // namespace ferry

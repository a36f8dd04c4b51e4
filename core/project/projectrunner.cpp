#include "projectrunner.h"

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
        return fail(Error::Code::Conflict, u"project %1 is already running"_s.arg(m_projectName));
    auto lock = ProjectLock::acquire(m_store->path(), m_projectName);
    if (!lock)
        return std::unexpected(lock.error());
    m_lock = std::move(*lock);
    m_cancel = CancelToken();
    m_running = true;
    m_work = work;
    m_verification.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    const CancelToken cancel = m_cancel;
    m_thread = QThread::create([this, cancel, work] {
        Result<RunOutcome> result = fail(Error::Code::Internal, u"the run did not start"_s);
        std::optional<VerifyReport> verification;
        if (work == Work::Verify) {
            auto report = verify(cancel);
            if (report)
                verification = std::move(*report);
            else
                result = std::unexpected(report.error());
        } else {
            result = run(cancel);
        }
        const bool ok = work == Work::Verify ? verification.has_value() : result.has_value();
        const QString error = ok ? QString() : result.error().text();
        const int code = ok ? -1 : int(result.error().code);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, code, verification] {
                m_running = false;
                m_lock.reset();
                if (verification)
                    m_verification = verification;
                emit finished(ok, error, code);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"ferry-run-"_s + m_projectName);
    m_thread->start();
    qCInfo(lcProject).noquote() << "console started"
                                << (work == Work::Verify ? "verifying" : "running") << "project"
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

void ProjectRunner::stop()
{
    if (m_running)
        m_cancel.cancel();
}

} // namespace ferry

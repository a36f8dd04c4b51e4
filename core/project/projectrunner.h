#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "engines/endpoint.h"
#include "pipeline/runprogress.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace ferry {

class MetaStore;
class ProjectLock;

// Runs one project (a MigrationRun) on its own QThread and reports back through queued signals:
// progress snapshots a few times a second, log messages, and the end. Created and controlled on
// the UI thread; the run never touches the UI and the UI never touches the run's connections.
// stop() asks the run to stop at its next checkpoint (the project becomes Paused).
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

    // Starts the run; `lockError` is set when another process holds the project.
    Status start();
    void stop();

signals:
    void progress(const ferry::RunProgress &progress);
    void message(const QString &level, const QString &text);
    // ok: every step done; otherwise `error` says why (cancelled when stopped).
    void finished(bool ok, const QString &error, int errorCode);

private:
    class Observer;

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
    int m_workers;
};

} // namespace ferry

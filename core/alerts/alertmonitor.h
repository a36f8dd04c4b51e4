#pragma once

#include "admin/alertchannels.h"
#include "alertevaluator.h"

#include <QObject>

#include <memory>

class QThread;

namespace ferry {

class MetaStore;

// Evaluates the alert rules on its own timer, on its own worker thread (never the caller's):
// once at start, then every `alerts.evaluation_seconds` (read again each time: the parameter
// applies live; FERRY_ALERT_EVALUATION_SECONDS wins, for tests), and once more when stopped
// with a final evaluation. The console's context runs one; so does every headless `ferry run`.
// Create, start and stop it on one thread (its owner's).
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    AlertMonitor(std::shared_ptr<MetaStore> store, AlertChannels::SecretsProvider secrets,
                 QObject *parent = nullptr);
    ~AlertMonitor() override;

    // Before start(): where the rule log-retention takes its facts (the O&M risk board).
    void setRetentionProvider(RetentionProvider provider);
    void setDiskProvider(DiskProvider provider);

    void start();
    // Stops the timer, evaluates once more when `finalEvaluation` (what a run that just ended
    // left: a failed project alerts before `ferry run` exits), and waits for the thread.
    void stop(bool finalEvaluation = false);
    bool isRunning() const;

    // The interval: FERRY_ALERT_EVALUATION_SECONDS, else the parameter.
    static int intervalMs(const std::shared_ptr<MetaStore> &store);

signals:
    // After each evaluation that did something (queued to the owner's thread).
    void evaluated(const QList<ferry::AlertEvent> &events);
    // An evaluation that failed (the store unreadable): logged, retried at the next tick.
    void evaluationFailed(const QString &error);

private:
    class Worker;

    std::shared_ptr<MetaStore> m_store;
    AlertChannels::SecretsProvider m_secrets;
    RetentionProvider m_retention;
    DiskProvider m_disk;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

// Opens the secret store of `storePath` without asking anybody (a worker may not prompt):
// the keychain, or the vault unlocked by FERRY_MASTER_PASSWORD. Chosen once, on first use.
AlertChannels::SecretsProvider nonInteractiveSecrets(const QString &storePath);

} // namespace ferry

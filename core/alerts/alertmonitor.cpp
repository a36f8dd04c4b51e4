#include "alertmonitor.h"

#include "admin/parameters.h"
#include "common/language.h"
#include "common/logging.h"
#include "secrets/secretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/metastore.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <mutex>

using namespace Qt::StringLiterals;

namespace ferry {

// Lives on the monitor's thread. A delivery waits in a local event loop (a webhook), where a
// queued stop may arrive: it is then only noted, and done once the evaluation ends.
class AlertMonitor::Worker : public QObject
{
public:
    Worker(AlertMonitor *monitor, std::shared_ptr<MetaStore> store,
           AlertChannels::SecretsProvider secrets)
        : m_monitor(monitor)
        , m_store(store)
        , m_evaluator(store, std::move(secrets))
    { }

    AlertEvaluator &evaluator() { return m_evaluator; }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        tick();
    }

    void finish(bool finalEvaluation)
    {
        m_finalEvaluation = m_finalEvaluation || finalEvaluation;
        m_stopping = true;
        if (m_busy)
            return; // tick() ends it
        end();
    }

private:
    void tick()
    {
        if (m_stopping)
            return;
        evaluateOnce();
        if (m_stopping)
            end();
        else
            m_timer->start(AlertMonitor::intervalMs(m_store));
    }

    void end()
    {
        m_timer->stop();
        if (m_finalEvaluation) {
            m_finalEvaluation = false;
            evaluateOnce();
        }
        thread()->quit();
    }

    void evaluateOnce()
    {
        m_busy = true;
        auto events = m_evaluator.evaluate();
        m_busy = false;
        if (!events) {
            qCWarning(lcAdmin).noquote() << "alert evaluation failed:" << events.error().text();
            emit m_monitor->evaluationFailed(events.error().text());
        } else if (!events->isEmpty()) {
            emit m_monitor->evaluated(*events);
        }
    }

    AlertMonitor *m_monitor;
    std::shared_ptr<MetaStore> m_store;
    AlertEvaluator m_evaluator;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
    bool m_stopping = false;
    bool m_finalEvaluation = false;
};

AlertMonitor::AlertMonitor(std::shared_ptr<MetaStore> store, AlertChannels::SecretsProvider secrets,
                           QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(std::move(secrets))
{
    qRegisterMetaType<QList<ferry::AlertEvent>>();
}

AlertMonitor::~AlertMonitor()
{
    stop();
}

void AlertMonitor::setRetentionProvider(RetentionProvider provider)
{
    m_retention = std::move(provider);
}

void AlertMonitor::setDiskProvider(DiskProvider provider)
{
    m_disk = std::move(provider);
}

bool AlertMonitor::isRunning() const
{
    return m_thread != nullptr;
}

int AlertMonitor::intervalMs(const std::shared_ptr<MetaStore> &store)
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("FERRY_ALERT_EVALUATION_SECONDS").toDouble(&ok);
    if (ok && seconds > 0)
        return std::max(100, int(seconds * 1000));
    return int(Parameters(store).integer(u"alerts.evaluation_seconds"_s) * 1000);
}

void AlertMonitor::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"ferry-alerts"_s);
    m_worker = new Worker(this, m_store, m_secrets);
    if (m_retention)
        m_worker->evaluator().setRetentionProvider(m_retention);
    if (m_disk)
        m_worker->evaluator().setDiskProvider(m_disk);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(); });
}

void AlertMonitor::stop(bool finalEvaluation)
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, finalEvaluation] { worker->finish(finalEvaluation); });
    m_thread->wait();
    // The thread has ended: nothing runs on the worker any more.
    delete m_worker;
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

AlertChannels::SecretsProvider nonInteractiveSecrets(const QString &storePath)
{
    struct Cache
    {
        std::mutex mutex;
        std::shared_ptr<SecretStore> store;
    };
    auto cache = std::make_shared<Cache>();
    return [cache, storePath]() -> Result<std::shared_ptr<SecretStore>> {
        std::lock_guard lock(cache->mutex);
        if (cache->store)
            return cache->store;
        auto choice = chooseSecretStore(storePath);
        if (!choice)
            return std::unexpected(choice.error());
        if (choice->vault && !choice->vault->isUnlocked())
            return fail(
                Error::Code::Locked,
                Text::tr("the secret vault %1 is locked").arg(choice->vault->path()),
                Text::tr("Set FERRY_MASTER_PASSWORD for headless runs, or unlock the vault in "
                         "the console."),
                choice->vault->path());
        cache->store = choice->store;
        return cache->store;
    };
}

} // namespace ferry

#include "metricstab.h"

#include "consolecontext.h"
#include "metricschart.h"
#include "project/projectservice.h"
#include "widgets/async.h"
#include "widgets/messages.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

qint64 rangeSeconds(int index)
{
    static const qint64 seconds[] = {3600, 86400, 7 * 86400};
    return seconds[std::clamp(index, 0, 2)];
}

// The points of `metrics` as one series each, summed over projects or components per moment
// (lags: the largest), scaled by `scale`.
QList<MetricsChart::Series> seriesOf(const QList<MetricPoint> &points,
                                     const QList<std::pair<QString, QString>> &metrics,
                                     double scale = 1.0)
{
    QList<MetricsChart::Series> out;
    for (const auto &[metric, name] : metrics) {
        QMap<qint64, double> byTime;
        const bool isLag = metric.startsWith(u"lag_");
        for (const MetricPoint &p : points) {
            if (p.metric != metric)
                continue;
            double &v = byTime[p.at.toMSecsSinceEpoch()];
            v = isLag ? std::max(v, p.value) : v + p.value;
        }
        MetricsChart::Series s {name, {}};
        for (auto it = byTime.cbegin(); it != byTime.cend(); ++it)
            s.points.append(QPointF(double(it.key()), it.value() * scale));
        out.append(s);
    }
    return out;
}

} // namespace

MetricsTab::MetricsTab(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("metricsTab"));
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("metricsRange"));
    m_range->addItems({tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days")});
    m_project = new QComboBox;
    m_project->setObjectName(QStringLiteral("metricsProject"));
    m_project->addItem(tr("All projects"), qint64(-1));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_component = new QComboBox;
    m_component->setObjectName(QStringLiteral("metricsComponent"));
    m_component->addItem(tr("Project totals"), QString());
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_component->setEnabled(false);
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportMetricsCsv"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("metricsStatus"));

    m_rows = new MetricsChart(tr("Throughput"), tr("per second"));
    m_rows->setObjectName(QStringLiteral("rowsChart"));
    m_bytes = new MetricsChart(tr("Bytes"), tr("KiB per second"));
    m_bytes->setObjectName(QStringLiteral("bytesChart"));
    m_lag = new MetricsChart(tr("Lag by stage"), tr("ms"));
    m_lag->setObjectName(QStringLiteral("lagChart"));
    m_queue = new MetricsChart(tr("Queues, retries, errors"), tr("count"));
    m_queue->setObjectName(QStringLiteral("queueChart"));
    m_host = new MetricsChart(tr("Host"), tr("% used"));
    m_host->setObjectName(QStringLiteral("hostChart"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_range);
    filters->addWidget(m_project);
    filters->addWidget(m_component);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_export);
    auto *grid = new QGridLayout;
    grid->addWidget(m_rows, 0, 0);
    grid->addWidget(m_bytes, 0, 1);
    grid->addWidget(m_lag, 1, 0);
    grid->addWidget(m_queue, 1, 1);
    grid->addWidget(m_host, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(grid, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(10000);
    connect(m_timer, &QTimer::timeout, this, &MetricsTab::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &MetricsTab::refresh);
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        m_component->setCurrentIndex(0);
        m_component->setEnabled(m_project->currentData().toLongLong() > 0);
        refresh();
    });
    connect(m_component, &QComboBox::currentIndexChanged, this, &MetricsTab::refresh);
    connect(m_export, &QPushButton::clicked, this, &MetricsTab::chooseExportPath);
}

void MetricsTab::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

MetricsChart *MetricsTab::chart(const QString &objectName) const
{
    return findChild<MetricsChart *>(objectName);
}

void MetricsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void MetricsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void MetricsTab::refresh()
{
    if (m_loading) {
        m_again = true; // a filter changed while a read ran: read again once it ends
        return;
    }
    m_loading = true;
    const qint64 seconds = rangeSeconds(m_range->currentIndex());
    const qint64 projectId = m_project->currentData().toLongLong();
    const QString component = m_component->currentData().toString();
    runAsync(
        this,
        [store = m_context->store(), projects = m_context->projects(), seconds, projectId,
         component] {
            Loaded l;
            l.to = QDateTime::currentDateTimeUtc();
            l.from = l.to.addSecs(-seconds);
            const int bucket = MetricsHistory::bucketFor(seconds);
            MetricsHistory history(store);
            if (auto all = projects->list())
                for (const ProjectRecord &p : std::as_const(*all))
                    l.projects.append({p.id, p.name()});
            if (projectId > 0)
                if (auto names = history.componentNames(projectId, l.from))
                    l.components = *names;
            auto points = history.query(l.from, l.to, bucket, projectId, component);
            if (!points) {
                l.error = points.error().text();
                return l;
            }
            // All projects: the projects' totals, not the host.
            for (const MetricPoint &p : std::as_const(*points))
                if (p.projectId != 0)
                    l.points.append(p);
            if (auto host = history.query(l.from, l.to, bucket, 0, QString()))
                l.host = *host;
            return l;
        },
        [this](const Loaded &l) {
            m_loading = false;
            present(l);
            emit refreshed();
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void MetricsTab::present(const Loaded &l)
{
    // The filters follow the projects and components there are, keeping the choice.
    const qint64 chosen = m_project->currentData().toLongLong();
    {
        const QSignalBlocker block(m_project);
        while (m_project->count() > 1)
            m_project->removeItem(1);
        for (const auto &[id, name] : l.projects)
            m_project->addItem(name, id);
        m_project->setCurrentIndex(std::max(0, m_project->findData(chosen)));
    }
    const QString component = m_component->currentData().toString();
    {
        const QSignalBlocker block(m_component);
        while (m_component->count() > 1)
            m_component->removeItem(1);
        for (const QString &name : l.components)
            m_component->addItem(name, name);
        m_component->setCurrentIndex(std::max(0, m_component->findData(component)));
    }
    if (!l.error.isEmpty()) {
        m_status->setText(tr("Metrics not read: %1").arg(l.error));
        return;
    }
    m_shown = l.points + l.host;
    m_status->setText(l.points.isEmpty() && l.host.isEmpty()
                          ? tr("No metrics recorded in this range yet: runs record them at "
                               "their heartbeat.")
                          : tr("%n point(s)", nullptr, int(m_shown.size())));
    m_rows->setSeries(seriesOf(l.points,
                               {{QStringLiteral("rows_per_s"), tr("rows/s")},
                                {QStringLiteral("events_per_s"), tr("events/s")}}),
                      l.from, l.to);
    m_bytes->setSeries(
        seriesOf(l.points, {{QStringLiteral("bytes_per_s"), tr("KiB/s")}}, 1.0 / 1024.0), l.from,
        l.to);
    m_lag->setSeries(seriesOf(l.points,
                              {{QStringLiteral("lag_read_ms"), tr("read")},
                               {QStringLiteral("lag_queue_ms"), tr("queue")},
                               {QStringLiteral("lag_apply_ms"), tr("apply")}}),
                     l.from, l.to);
    m_queue->setSeries(seriesOf(l.points,
                                {{QStringLiteral("queue_depth"), tr("queue depth")},
                                 {QStringLiteral("retries"), tr("retries")},
                                 {QStringLiteral("errors"), tr("errors")}}),
                       l.from, l.to);
    // Memory and disk as shares, beside the CPU's.
    QList<MetricPoint> shares;
    QMap<qint64, QMap<QString, double>> byTime;
    for (const MetricPoint &p : l.host)
        byTime[p.at.toMSecsSinceEpoch()][p.metric] = p.value;
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC);
        const auto &m = it.value();
        if (m.contains(QStringLiteral("cpu_percent")))
            shares.append(
                {at, 0, 0, {}, {}, QStringLiteral("cpu"), m.value(QStringLiteral("cpu_percent"))});
        if (m.value(QStringLiteral("memory_total_bytes")) > 0)
            shares.append({at,
                           0,
                           0,
                           {},
                           {},
                           QStringLiteral("memory"),
                           100.0 * m.value(QStringLiteral("memory_used_bytes"))
                               / m.value(QStringLiteral("memory_total_bytes"))});
        if (m.value(QStringLiteral("disk_total_bytes")) > 0)
            shares.append({at,
                           0,
                           0,
                           {},
                           {},
                           QStringLiteral("disk"),
                           100.0 * m.value(QStringLiteral("disk_used_bytes"))
                               / m.value(QStringLiteral("disk_total_bytes"))});
    }
    m_host->setSeries(seriesOf(shares,
                               {{QStringLiteral("cpu"), tr("CPU")},
                                {QStringLiteral("memory"), tr("memory")},
                                {QStringLiteral("disk"), tr("disk")}}),
                      l.from, l.to);
}

void MetricsTab::chooseExportPath()
{
    auto *dialog = new QFileDialog(this, tr("Export metrics"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportMetricsDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("ferry-metrics.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MetricsTab::exportCsv);
    dialog->open();
}

void MetricsTab::exportCsv(const QString &path)
{
    runAsync(
        this,
        [path, text = MetricsHistory::toCsv(m_shown)]() -> QString {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(text.toUtf8()) < 0)
                return file.errorString();
            return QString();
        },
        [this, path, count = m_shown.size()](const QString &error) {
            if (!error.isEmpty()) {
                const QString message =
                    tr("Metrics not exported to %1: %2. Choose a folder you may write to.")
                        .arg(path, error);
                showMessage(this, QMessageBox::Warning, tr("Export CSV"), message);
                emit exported(false, message);
                return;
            }
            const QString message = tr("%n point(s) exported to %1", nullptr, int(count)).arg(path);
            m_status->setText(message);
            emit exported(true, message);
        });
}

} // namespace ferry::ui

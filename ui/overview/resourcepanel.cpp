#include "resourcepanel.h"

#include "consolecontext.h"
#include "monitor/hostresources.h"
#include "resourceusagemodel.h"
#include "widgets/async.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

// The bars' order from the top of a group down; a horizontal bar series draws its first set
// at the bottom, so the sets are added in reverse.
const QList<ResourceUsageModel::Column> kMeasures = {ResourceUsageModel::InUseColumn,
                                                     ResourceUsageModel::FerryColumn,
                                                     ResourceUsageModel::AllocatedColumn};
// Categories bottom to top: CPU ends up on top.
const QList<ResourceUsageModel::Row> kResources = {
    ResourceUsageModel::DiskRow, ResourceUsageModel::MemoryRow, ResourceUsageModel::CpuRow};

QFont chartFont(int pointSize)
{
    QFont font;
    font.setPointSize(pointSize);
    return font;
}

} // namespace

ResourcePanel::ResourcePanel(ConsoleContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_sampler(std::make_shared<HostResources>(context->storePath()))
    , m_model(new ResourceUsageModel(this))
{
    setObjectName(u"card"_s);

    auto *title = new QLabel(tr("Resources on this machine"));
    title->setObjectName(u"sectionTitle"_s);
    auto *interval = new QLabel(tr("Live, every %1 s").arg(intervalMs / 1000));
    interval->setObjectName(u"mutedLabel"_s);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(interval);

    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.78);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value%"_s);
    series->setLabelsPrecision(3);
    for (auto it = kMeasures.crbegin(); it != kMeasures.crend(); ++it) {
        auto *set = new QBarSet(m_model->headerData(*it, Qt::Horizontal).toString());
        const QColor color = ResourceUsageModel::measureColor(*it);
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(QColor(0x3d, 0x4b, 0x5f));
        set->setLabelFont(chartFont(9));
        for (qsizetype i = 0; i < kResources.size(); ++i)
            set->append(0);
        series->append(set);
        m_sets.prepend(set);
    }

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto *categories = new QBarCategoryAxis;
    for (auto row : kResources)
        categories->append(m_model->data(m_model->index(row, 0)).toString());
    categories->setLabelsFont(chartFont(10));
    categories->setLabelsColor(QColor(0x24, 0x30, 0x3e));
    categories->setGridLineVisible(false);
    categories->setLineVisible(false);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(5);
    values->setLabelFormat(u"%.0f%%"_s);
    values->setLabelsFont(chartFont(9));
    values->setLabelsColor(QColor(0x6b, 0x7a, 0x8c));
    values->setGridLineColor(QColor(0xee, 0xf1, 0xf5));
    values->setLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);

    auto *view = new QChartView(chart);
    view->setObjectName(u"resourceChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(150);
    view->setStyleSheet(u"background: transparent"_s);

    m_table = new QTableView;
    m_table->setObjectName(u"resourceTable"_s);
    m_table->setModel(m_model);
    m_table->setStyleSheet(u"QTableView { border: none; }"_s);
    m_table->setShowGrid(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setFixedHeight(std::max(28, m_table->horizontalHeader()->sizeHint().height())
                            + ResourceUsageModel::RowCount * 24 + 4);

    m_status = new QLabel;
    m_status->setObjectName(u"errorText"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(view, 1);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ResourcePanel::sample);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResourcePanel::updateBars);
    connect(context, &ConsoleContext::runnersChanged, this, &ResourcePanel::updateReserved);
    updateReserved();
}

ResourcePanel::~ResourcePanel() = default;

bool ResourcePanel::isSampling() const
{
    return m_timer->isActive();
}

void ResourcePanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_timer->isActive())
        return;
    sample();
    // The first sample only sets the baseline for the CPU rates: the second comes sooner.
    QTimer::singleShot(intervalMs / 4, this, [this] {
        if (isVisible())
            sample();
    });
    m_timer->start();
}

void ResourcePanel::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_timer->stop();
    // Rates over the time the page was hidden would not be live: start a new interval.
    m_restart = true;
}

void ResourcePanel::sample()
{
    // A minimized window shows nothing: skip, the timer resumes when it is restored.
    if (m_busy || !isVisible() || window()->isMinimized())
        return;
    m_busy = true;
    const bool restart = std::exchange(m_restart, false);
    runAsync(
        this,
        [sampler = m_sampler, restart] {
            if (restart)
                sampler->reset();
            return sampler->sample();
        },
        [this](const Result<ResourceSample> &sample) {
            m_busy = false;
            if (!sample) {
                m_status->setText(sample.error().text());
                m_status->show();
                m_timer->stop();
                return;
            }
            m_status->hide();
            updateReserved();
            m_model->setSample(*sample);
        });
}

void ResourcePanel::updateReserved()
{
    int workers = 0;
    qint64 memory = 0;
    for (const auto &r : m_context->reservations()) {
        workers += r.workers;
        memory += r.memoryBytes;
    }
    m_model->setReserved(workers, memory);
}

void ResourcePanel::updateBars()
{
    for (qsizetype s = 0; s < kMeasures.size(); ++s) {
        for (qsizetype c = 0; c < kResources.size(); ++c) {
            const double percent = m_model
                                       ->data(m_model->index(kResources[c], kMeasures[s]),
                                              ResourceUsageModel::PercentRole)
                                       .toDouble();
            // One decimal: the bar label prints the value itself.
            m_sets[s]->replace(c, percent > 0 ? std::round(percent * 10.0) / 10.0 : 0.0);
        }
    }
}

} // namespace ferry::ui

#include "taskstatuschart.h"

#include "taskstatusmodel.h"
#include "widgets/emptystate.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QVPieModelMapper>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ferry::ui {

TaskStatusChart::TaskStatusChart(const QString &type, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_model(new TaskStatusModel(this))
    , m_series(new QPieSeries)
{
    setObjectName(type + u"Status"_s);

    m_series->setHoleSize(0.58);
    m_series->setPieSize(0.9);
    auto *mapper = new QVPieModelMapper(this);
    mapper->setLabelsColumn(TaskStatusModel::StateColumn);
    mapper->setValuesColumn(TaskStatusModel::CountColumn);
    mapper->setFirstRow(0);
    mapper->setRowCount(m_model->rowCount());
    mapper->setSeries(m_series);
    mapper->setModel(m_model);
    connect(m_series, &QPieSeries::added, this, &TaskStatusChart::colourSlices);
    colourSlices();

    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);

    auto *view = new QChartView(chart);
    view->setObjectName(type + u"StatusChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(u"background: transparent"_s);
    view->setMinimumSize(180, 180);

    m_total = new QLabel;
    m_total->setObjectName(type + u"StatusTotal"_s);
    m_total->setAlignment(Qt::AlignCenter);
    m_total->setTextFormat(Qt::RichText);
    m_total->setAttribute(Qt::WA_TransparentForMouseEvents);

    // The total sits in the donut's hole: the chart has no legend or margins, so the pie is
    // centred in the view and a label centred over it lands in the hole.
    auto *donut = new QWidget;
    auto *donutLayout = new QGridLayout(donut);
    donutLayout->setContentsMargins(0, 0, 0, 0);
    donutLayout->addWidget(view, 0, 0);
    donutLayout->addWidget(m_total, 0, 0, Qt::AlignCenter);

    m_legend = new QTableView;
    m_legend->setObjectName(type + u"StatusLegend"_s);
    m_legend->setModel(m_model);
    m_legend->setStyleSheet(u"QTableView { border: none; }"_s);
    m_legend->setShowGrid(false);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_legend->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_legend->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_legend->setCursor(Qt::PointingHandCursor);
    m_legend->verticalHeader()->hide();
    m_legend->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_legend->verticalHeader()->setDefaultSectionSize(24);
    m_legend->horizontalHeader()->setHighlightSections(false);
    m_legend->horizontalHeader()->setSectionResizeMode(TaskStatusModel::StateColumn,
                                                       QHeaderView::Stretch);
    m_legend->horizontalHeader()->setSectionResizeMode(TaskStatusModel::CountColumn,
                                                       QHeaderView::ResizeToContents);
    m_legend->horizontalHeader()->setSectionResizeMode(TaskStatusModel::ShareColumn,
                                                       QHeaderView::ResizeToContents);
    m_legend->setMinimumWidth(230);
    m_legend->setMaximumWidth(280);
    // Every state on one screen: the header (28 px in ferry.qss) and a row per state.
    m_legend->setFixedHeight(std::max(28, m_legend->horizontalHeader()->sizeHint().height())
                             + m_model->rowCount() * 24 + 4);
    connect(m_legend, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_legend, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });

    auto *chartPage = new QWidget;
    auto *chartLayout = new QHBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(12);
    chartLayout->addWidget(donut, 1);
    chartLayout->addWidget(m_legend, 0, Qt::AlignVCenter);

    auto *empty = new EmptyState(emptyText);
    empty->setObjectName(type + u"StatusEmpty"_s);

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(chartPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_series, &QPieSeries::clicked, this,
            [this](QPieSlice *slice) { activateRow(int(m_series->slices().indexOf(slice))); });
    connect(m_series, &QPieSeries::hovered, this, [this, view](QPieSlice *slice, bool on) {
        slice->setExploded(on);
        if (on) {
            view->setCursor(Qt::PointingHandCursor);
            view->setToolTip(m_model
                                 ->data(m_model->index(int(m_series->slices().indexOf(slice)),
                                                       TaskStatusModel::StateColumn),
                                        Qt::ToolTipRole)
                                 .toString()
                             + u"\n"_s + tr("Click to list these projects."));
        } else {
            view->unsetCursor();
            view->setToolTip({});
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TaskStatusChart::updateTotal);
    updateTotal();
}

void TaskStatusChart::setCounts(const QList<int> &counts)
{
    m_model->setCounts(counts);
}

void TaskStatusChart::colourSlices()
{
    const QList<QPieSlice *> slices = m_series->slices();
    for (qsizetype row = 0; row < slices.size(); ++row) {
        QPieSlice *slice = slices[row];
        slice->setColor(TaskStatusModel::stateColor(m_model->state(int(row))));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(2);
        slice->setExplodeDistanceFactor(0.05);
        slice->setLabelVisible(false);
    }
}

void TaskStatusChart::updateTotal()
{
    const int total = m_model->total();
    m_stack->setCurrentIndex(total > 0 ? 1 : 0);
    m_total->setText(u"<div style='font-size:24px; font-weight:600; color:#1d2a3a'>%1</div>"
                     "<div style='color:#5b6b7f'>%2</div>"_s.arg(total)
                         .arg(total == 1 ? tr("project") : tr("projects")));
}

void TaskStatusChart::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, TaskStatusModel::CountColumn);
    if (m_model->data(index).toInt() == 0)
        return;
    emit stateClicked(m_model->data(index, TaskStatusModel::StateIdRole).toString());
}

} // namespace ferry::ui

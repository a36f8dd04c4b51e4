#include "throughputchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace ferry::ui {

namespace {
constexpr int kMaxPoints = 600;
}

ThroughputChart::ThroughputChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSize(10);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    m_series = new QLineSeries;
    QPen pen(QColor(0x2f, 0x6f, 0xb0));
    pen.setWidth(2);
    m_series->setPen(pen);
    // A run shorter than two samples still shows its one measure.
    m_series->setPointsVisible(true);
    chart->addSeries(m_series);

    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(5);
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(unit);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        QFont f = axis->labelsFont();
        f.setPointSize(8);
        axis->setLabelsFont(f);
        axis->setGridLineColor(QColor(0xee, 0xf1, 0xf5));
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    setMaximumHeight(190);
    rescale();
}

void ThroughputChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rescale();
}

int ThroughputChart::pointCount() const
{
    return int(m_series->count());
}

void ThroughputChart::setPoints(const QList<QPair<QDateTime, double>> &points)
{
    QList<QPointF> list;
    for (const auto &p : points)
        list.append(QPointF(double(p.first.toMSecsSinceEpoch()), p.second));
    while (list.size() > kMaxPoints)
        list.removeFirst();
    m_series->replace(list);
    rescale();
}

void ThroughputChart::addPoint(const QDateTime &at, double value)
{
    m_series->append(double(at.toMSecsSinceEpoch()), value);
    if (m_series->count() > kMaxPoints)
        m_series->removePoints(0, int(m_series->count()) - kMaxPoints);
    rescale();
}

void ThroughputChart::rescale()
{
    const auto points = m_series->points();
    if (points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_x->setRange(now.addSecs(-60), now);
        m_y->setRange(0, 1);
        // No scale without data ("0 0 1 1 1" read as numbers), and no unit beside nothing.
        m_y->setLabelsVisible(false);
        m_y->setTitleVisible(false);
        chart()->setTitle(m_emptyText.isEmpty()
                              ? chart()->title().section(QStringLiteral(" — "), 0, 0)
                              : chart()->title().section(QStringLiteral(" — "), 0, 0)
                                  + QStringLiteral(" — ") + m_emptyText);
        return;
    }
    chart()->setTitle(chart()->title().section(QStringLiteral(" — "), 0, 0));
    double top = 1;
    for (const QPointF &p : points)
        top = std::max(top, p.y());
    const qint64 first = qint64(points.first().x());
    const qint64 last = qint64(points.last().x());
    const qint64 pad = last - first < 10000 ? 5000 : 0;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                  QDateTime::fromMSecsSinceEpoch(last + pad));
    m_y->setRange(0, top * 1.15);
    m_y->applyNiceNumbers();
    // Below 10 a whole-number format would repeat labels ("0 1 1 2 2").
    m_y->setLabelFormat(m_y->max() < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_y->setLabelsVisible(true);
    m_y->setTitleVisible(true);
}

} // namespace ferry::ui

#include "metricschart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace ferry::ui {

namespace {

// The palette of ferry.qss: the series' colours in order.
const QColor kColors[] = {QColor(0x2f, 0x6f, 0xb0), QColor(0x1f, 0x7a, 0x4d),
                          QColor(0xd9, 0x9a, 0x1e), QColor(0xb3, 0x26, 0x1e),
                          QColor(0x7b, 0x8f, 0xc7), QColor(0x5b, 0x6b, 0x7f)};

} // namespace

MetricsChart::MetricsChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    // The unit beside the title: a vertical axis title is cut in a chart this short, in English
    // ("KiB per seco…") and more so in Chinese.
    chart->setTitle(unit.isEmpty() ? title : tr("%1 (%2)").arg(title, unit));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSize(10);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSize(8);
    chart->legend()->setFont(legendFont);
    m_x = new QDateTimeAxis;
    m_x->setTickCount(5);
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        QFont f = axis->labelsFont();
        f.setPointSize(8);
        axis->setLabelsFont(f);
        axis->setGridLineColor(QColor(0xee, 0xf1, 0xf5));
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
}

QStringList MetricsChart::seriesNames() const
{
    QStringList out;
    for (QAbstractSeries *s : chart()->series())
        out.append(s->name());
    return out;
}

void MetricsChart::setSeries(const QList<Series> &series, const QDateTime &from,
                             const QDateTime &to)
{
    chart()->removeAllSeries();
    m_points = 0;
    double top = 0;
    int i = 0;
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(kColors[i++ % std::size(kColors)]);
        pen.setWidth(2);
        line->setPen(pen);
        line->setPointsVisible(s.points.size() < 3);
        line->replace(s.points);
        for (const QPointF &p : s.points)
            top = std::max(top, p.y());
        m_points += int(s.points.size());
        chart()->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
    }
    const qint64 span = from.secsTo(to);
    m_x->setFormat(span > 2 * 86400 ? QStringLiteral("dd.MM HH:mm") : QStringLiteral("HH:mm"));
    m_x->setRange(from.toLocalTime(), to.toLocalTime());
    m_y->setRange(0, top > 0 ? top * 1.1 : 1);
    m_y->applyNiceNumbers();
    // Whole numbers once the ticks are whole; a small range (no data: 0..1) needs its tenths,
    // or every tick reads 0 or 1.
    m_y->setLabelFormat(m_y->max() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

} // namespace ferry::ui

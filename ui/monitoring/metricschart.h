#pragma once

#include <QChartView>
#include <QDateTime>

class QDateTimeAxis;
class QValueAxis;

namespace ferry::ui {

// A line chart of a few named series over a time range (the O&M metrics history): one line
// per series, a legend, the range's axis fixed so an hour with one point still reads as an
// hour. UI thread.
class MetricsChart : public QChartView
{
    Q_OBJECT

public:
    MetricsChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    struct Series
    {
        QString name;
        QList<QPointF> points; // x: ms since the epoch
    };
    void setSeries(const QList<Series> &series, const QDateTime &from, const QDateTime &to);
    // Points over all series (tests).
    int pointCount() const { return m_points; }
    QStringList seriesNames() const;

private:
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    int m_points = 0;
};

} // namespace ferry::ui

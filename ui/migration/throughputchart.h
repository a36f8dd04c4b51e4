#pragma once

#include <QChartView>
#include <QDateTime>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace ferry::ui {

// A live line chart of one measure over time (rows/s, lag in ms): the last few minutes,
// rescaled as points arrive. An empty chart says why it is empty.
class ThroughputChart : public QChartView
{
    Q_OBJECT

public:
    ThroughputChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setPoints(const QList<QPair<QDateTime, double>> &points);
    void addPoint(const QDateTime &at, double value);
    void setEmptyText(const QString &text);
    int pointCount() const;

private:
    void rescale();

    QLineSeries *m_series;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QString m_emptyText;
};

} // namespace ferry::ui

#pragma once

#include <QDateTime>

namespace ferry {

// A run's rates at one moment, kept for the project's charts.
struct MetricSample
{
    QDateTime at;
    double rowsPerSecond = 0;
    double bytesPerSecond = 0;
    qint64 lagMs = -1;
};

} // namespace ferry

#pragma once

#include <QString>

namespace ferry {

// A short span as people read it, for lags and waits: "850 ms", "1.2 s", "3 min 5 s",
// "2 h 14 min". Negative (unknown) is empty: each caller says "unknown" in its own words.
// Any thread.
QString durationText(qint64 ms);

} // namespace ferry

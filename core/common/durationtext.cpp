#include "durationtext.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    if (ms < 60000)
        return u"%1 s"_s.arg(double(ms) / 1000, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return u"%1 min %2 s"_s.arg(s / 60).arg(s % 60);
    return u"%1 h %2 min"_s.arg(s / 3600).arg((s / 60) % 60);
}

} // namespace ferry

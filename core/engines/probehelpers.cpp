#include "probehelpers.h"

#include "common/language.h"

using namespace Qt::StringLiterals;

namespace ferry::probe {

ProbeFinding clockSkew(const QDateTime &serverUtc)
{
    if (!serverUtc.isValid())
        return finding(ProbeFinding::Severity::Info, u"clock"_s, u"unknown"_s,
                       Text::tr("could not read the server clock"));
    const qint64 skewMs = serverUtc.msecsTo(QDateTime::currentDateTimeUtc());
    const QString value = u"%1 s"_s.arg(double(skewMs) / 1000.0, 0, 'f', 1);
    if (std::abs(skewMs) > 2000)
        return finding(ProbeFinding::Severity::Warning, u"clock"_s, value,
                       Text::tr("the server clock differs from this machine's by %1: lag figures "
                                "will be off by as much; synchronize both with NTP")
                           .arg(value));
    return finding(ProbeFinding::Severity::Ok, u"clock"_s, value,
                   Text::tr("server and local clocks agree within 2 s"));
}

} // namespace ferry::probe

#include "probereport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ferry {

QString ProbeFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok: return u"ok"_s;
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Blocker: return u"blocker"_s;
    }
    return u"ok"_s;
}

QJsonObject ProbeFinding::toJson() const
{
    return {{u"severity"_s, severityName(severity)},
            {u"item"_s, item},
            {u"value"_s, value},
            {u"message"_s, message},
            {u"blocks"_s, QJsonArray::fromStringList(blocks)}};
}

int ProbeReport::count(ProbeFinding::Severity severity) const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const ProbeFinding &f) { return f.severity == severity; }));
}

QStringList ProbeReport::blockedFeatures() const
{
    QStringList out;
    for (const ProbeFinding &f : findings)
        for (const QString &b : f.blocks)
            if (!out.contains(b))
                out.append(b);
    return out;
}

QString ProbeReport::summary() const
{
    QString s = product + u' ' + serverVersion;
    const int warnings = count(ProbeFinding::Severity::Warning);
    const int blockers = count(ProbeFinding::Severity::Blocker);
    if (blockers > 0)
        s += u" · %1 %2"_s.arg(blockers).arg(blockers == 1 ? u"blocker"_s : u"blockers"_s);
    if (warnings > 0)
        s += u" · %1 %2"_s.arg(warnings).arg(warnings == 1 ? u"warning"_s : u"warnings"_s);
    if (blockers == 0 && warnings == 0)
        s += u" · ready"_s;
    return s;
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray list;
    for (const ProbeFinding &f : findings)
        list.append(f.toJson());
    return {{u"product"_s, product},
            {u"serverVersion"_s, serverVersion},
            {u"connectMs"_s, connectMs},
            {u"findings"_s, list},
            {u"blocks"_s, QJsonArray::fromStringList(blockedFeatures())},
            {u"summary"_s, summary()}};
}

} // namespace ferry

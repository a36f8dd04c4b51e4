#include "probereport.h"

#include "common/language.h"

#include <QJsonArray>
#include <QJsonValue>

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

ProbeFinding ProbeFinding::fromJson(const QJsonObject &o)
{
    ProbeFinding f;
    const QString severity = o.value(u"severity"_s).toString();
    for (Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Blocker})
        if (severityName(s) == severity)
            f.severity = s;
    f.item = o.value(u"item"_s).toString();
    f.value = o.value(u"value"_s).toString();
    f.message = o.value(u"message"_s).toString();
    const QJsonArray blocks = o.value(u"blocks"_s).toArray();
    for (const QJsonValue &b : blocks)
        f.blocks.append(b.toString());
    return f;
}

ProbeReport ProbeReport::fromJson(const QJsonObject &o)
{
    ProbeReport r;
    r.product = o.value(u"product"_s).toString();
    r.serverVersion = o.value(u"serverVersion"_s).toString();
    r.connectMs = o.value(u"connectMs"_s).toInt();
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    for (const QJsonValue &f : findings)
        r.findings.append(ProbeFinding::fromJson(f.toObject()));
    return r;
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

QString ProbeReport::shortVersion() const
{
    // "10.11.19-MariaDB-0+deb12u1-log" -> "10.11.19", "15.20 (Debian ...)" -> "15.20"
    qsizetype end = 0;
    while (end < serverVersion.size()
           && (serverVersion[end].isDigit() || serverVersion[end] == u'.'))
        ++end;
    return end > 0 ? serverVersion.left(end) : serverVersion;
}

QString ProbeReport::summary() const
{
    QString s = product + u' ' + shortVersion();
    const int warnings = count(ProbeFinding::Severity::Warning);
    const int blockers = count(ProbeFinding::Severity::Blocker);
    if (blockers > 0)
        s += u" · "_s
            + (blockers == 1 ? Text::tr("1 blocker") : Text::tr("%1 blockers").arg(blockers));
    if (warnings > 0)
        s += u" · "_s
            + (warnings == 1 ? Text::tr("1 warning") : Text::tr("%1 warnings").arg(warnings));
    if (blockers == 0 && warnings == 0)
        s += u" · "_s + Text::tr("ready");
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

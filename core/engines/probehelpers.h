#pragma once

#include "probereport.h"

#include <QDateTime>

namespace ferry::probe {

inline ProbeFinding finding(ProbeFinding::Severity severity, const QString &item,
                            const QString &value, const QString &message,
                            const QStringList &blocks = {})
{
    ProbeFinding f;
    f.severity = severity;
    f.item = item;
    f.value = value;
    f.message = message;
    f.blocks = blocks;
    return f;
}

// Compares the server's UTC clock with this machine's; lag figures are only as good as this.
ProbeFinding clockSkew(const QDateTime &serverUtc);

} // namespace ferry::probe

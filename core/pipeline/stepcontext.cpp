#include "stepcontext.h"

#include "runrecords.h"

using namespace Qt::StringLiterals;

namespace ferry {

Status StepContext::message(const QLoggingCategory &category, const QString &level,
                            const QString &text) const
{
    if (level == u"error")
        qCWarning(category).noquote() << text;
    else
        qCInfo(category).noquote() << text;
    if (observer)
        observer->message(level, text);
    return records ? records->log(level, text) : Status();
}

void StepContext::progress(const RunProgress &progress) const
{
    if (observer)
        observer->progress(progress);
}

} // namespace ferry

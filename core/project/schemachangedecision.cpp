#include "schemachangedecision.h"

#include "common/language.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString SchemaChangeDecision::recorded() const
{
    switch (choice) {
    case Choice::Apply: return u"apply"_s;
    case Choice::ApplyEdited: return u"sql:"_s + statement;
    case Choice::Skip: return u"skip"_s;
    case Choice::Stop: return QString();
    }
    return QString();
}

QString SchemaChangeDecision::describe() const
{
    switch (choice) {
    case Choice::Apply: return Text::tr("apply as shown");
    case Choice::ApplyEdited: return Text::tr("apply instead: ") + statement;
    case Choice::Skip: return Text::tr("skip");
    case Choice::Stop: return Text::tr("stop");
    }
    return QString();
}

} // namespace ferry

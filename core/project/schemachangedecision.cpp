#include "schemachangedecision.h"

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
    case Choice::Apply: return u"apply as shown"_s;
    case Choice::ApplyEdited: return u"apply instead: "_s + statement;
    case Choice::Skip: return u"skip"_s;
    case Choice::Stop: return u"stop"_s;
    }
    return QString();
}

} // namespace ferry

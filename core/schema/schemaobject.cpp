#include "schemaobject.h"

#include "common/language.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ferry {

QString SchemaObject::kindName(Kind kind)
{
    switch (kind) {
    case Kind::View: return u"view"_s;
    case Kind::MaterializedView: return u"materialized view"_s;
    case Kind::Trigger: return u"trigger"_s;
    case Kind::Function: return u"function"_s;
    case Kind::Procedure: return u"procedure"_s;
    case Kind::Event: return u"event"_s;
    }
    return {};
}

QJsonObject NotCarried::toJson() const
{
    return {{u"kind"_s, kind},
            {u"object"_s, object},
            {u"definition"_s, definition},
            {u"reason"_s, reason},
            {u"changesData"_s, changesData}};
}

QString NotCarried::describe() const
{
    return Text::tr("%1 %2 is not carried: %3").arg(kind, object, reason);
}

QList<NotCarried> sortedForDisplay(QList<NotCarried> list)
{
    std::stable_sort(list.begin(), list.end(), [](const NotCarried &a, const NotCarried &b) {
        if (a.changesData != b.changesData)
            return a.changesData;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.object < b.object;
    });
    return list;
}

} // namespace ferry

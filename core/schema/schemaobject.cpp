#include "schemaobject.h"

#include "common/language.h"

#include <QHash>

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
    case Kind::Extension: return u"extension"_s;
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
    return Text::tr("%1 %2 is not carried: %3").arg(kindTitle(kind), object, reason);
}

QString NotCarried::kindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles {
        {u"view"_s, QT_TRANSLATE_NOOP("ferry", "view")},
        {u"materialized view"_s, QT_TRANSLATE_NOOP("ferry", "materialized view")},
        {u"trigger"_s, QT_TRANSLATE_NOOP("ferry", "trigger")},
        {u"function"_s, QT_TRANSLATE_NOOP("ferry", "function")},
        {u"procedure"_s, QT_TRANSLATE_NOOP("ferry", "procedure")},
        {u"event"_s, QT_TRANSLATE_NOOP("ferry", "event")},
        {u"extension"_s, QT_TRANSLATE_NOOP("ferry", "extension")},
        {u"generation expression"_s, QT_TRANSLATE_NOOP("ferry", "generation expression")},
        {u"comment"_s, QT_TRANSLATE_NOOP("ferry", "comment")},
        {u"set labels"_s, QT_TRANSLATE_NOOP("ferry", "set labels")},
        {u"geometry type"_s, QT_TRANSLATE_NOOP("ferry", "geometry type")},
        {u"domain constraint"_s, QT_TRANSLATE_NOOP("ferry", "domain constraint")},
        {u"default"_s, QT_TRANSLATE_NOOP("ferry", "default")},
        {u"partitioning"_s, QT_TRANSLATE_NOOP("ferry", "partitioning")},
        {u"check constraint"_s, QT_TRANSLATE_NOOP("ferry", "check constraint")},
        {u"index"_s, QT_TRANSLATE_NOOP("ferry", "index")},
        {u"foreign key"_s, QT_TRANSLATE_NOOP("ferry", "foreign key")},
    };
    const auto it = titles.constFind(kind);
    return it == titles.constEnd() ? kind : QCoreApplication::translate("ferry", *it);
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

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ferry {

// A source object beside the tables: a view, trigger, routine or event, with the definition
// the source prints for it. Views are translated where their SQL is portable; the others are
// only listed (never translated).
struct SchemaObject
{
    enum class Kind { View, MaterializedView, Trigger, Function, Procedure, Event, Extension };
    Kind kind = Kind::View;
    QString schema;
    QString name;
    QString table; // a trigger's table; the tables and views an extension owns ("a, b")
    QString definition; // a view's SELECT; the CREATE statement or body of the others

    QString qualifiedName() const { return schema.isEmpty() ? name : schema + u'.' + name; }
    static QString kindName(Kind kind); // "view", "materialized view", "trigger", ...
};

// One object the run does not carry to the target, or carries only in part, and why. The
// catalog readers, the schema plan and the schema step add to the plan's list; the precheck,
// `ferry run`, the run's log and the console show it.
struct NotCarried
{
    QString kind; // "trigger", "view", "check constraint", "comment", "index", ...
    QString object; // qualified source name: "shop.orders", "shop.orders.total_positive"
    QString definition; // as the source prints it
    QString reason;
    // The target accepts or holds other data than the source would (a CHECK or a domain
    // constraint that is not enforced, a generated column that no longer recomputes): listed
    // before the others.
    bool changesData = false;

    QJsonObject toJson() const;
    QString describe() const; // "trigger shop.t_audit is not carried: <reason>"
    // `kind` as a DBA reads it, in the console's language ("trigger" → 触发器).
    static QString kindTitle(const QString &kind);
    friend bool operator==(const NotCarried &, const NotCarried &) = default;
};

// The not-carried list ordered for display: the entries that change data first, then by kind
// and object.
QList<NotCarried> sortedForDisplay(QList<NotCarried> list);

} // namespace ferry

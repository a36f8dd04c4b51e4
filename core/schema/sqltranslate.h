#pragma once

#include "engines/endpoint.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace ferry {

class Dialect;

// Translates the small SQL a schema carries besides its tables (CHECK and generation
// expressions, views' SELECTs) from one engine family into another: identifiers re-quoted and
// renamed, the source schema's qualifier dropped, PostgreSQL's casts and "= ANY (ARRAY[...])"
// undone, the few functions with a known equivalent renamed. Anything else across families
// (an unknown function, a cast, an engine's own operator) is refused with the reason, so the
// caller lists the object instead of creating something that means another thing. Between
// engines of one family the SQL is kept as it is, but for names. Thread-safe.
namespace sqltranslate {

struct Translation
{
    QString sql; // the target's SQL, when why is empty
    QString why; // why it does not translate

    bool ok() const { return why.isEmpty(); }
};

using NameMap = std::function<QString(const QString &)>;

// A CHECK or generation expression over the columns `columns` (source names). Every bare or
// quoted name must be one of them; `name` gives each its target name.
Translation expression(const QString &sql, EngineFamily from, const Dialect &to,
                       const QSet<QString> &columns, const NameMap &name);

// A view's SELECT. Qualifiers naming `sourceSchema` are dropped; `name` maps every other name
// (tables, columns, aliases) to its target spelling.
Translation query(const QString &sql, EngineFamily from, const QString &sourceSchema,
                  const Dialect &to, const NameMap &name);

// The names a query mentions (quoted or bare, keywords left out): to order views after the
// views and tables they read.
QStringList names(const QString &sql, EngineFamily from);

// The SELECT of an SQLite "CREATE VIEW v AS SELECT ...".
QString selectOfCreateView(const QString &createView);

} // namespace sqltranslate
} // namespace ferry

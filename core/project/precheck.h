#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "projectdefinition.h"
#include "schema/schemaplan.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace ferry {

struct PrecheckItem
{
    enum class Severity { Ok, Info, Warning, Error };
    Severity severity = Severity::Ok;
    QString check; // "connect source", "target table", "type mapping", ...
    QString object; // the table or column concerned
    QString message;
    QString fix;
    QString definition; // a not-carried object's definition, as the source prints it

    static QString severityName(Severity s);
    // `check` as a DBA reads it, in the console's language ("type mapping" → 类型映射).
    static QString checkTitle(const QString &check);
    QJsonObject toJson() const;
};

struct PrecheckReport
{
    QList<PrecheckItem> items;
    SchemaPlan plan; // the plan the checks were made on
    QHash<QString, Table> targetTables; // target catalog at check time, by table name
    QHash<QString, qint64> targetRowCounts; // existing target tables: rows (0: empty)
    bool targetExists = true; // the target database / file exists

    bool passed() const;
    int count(PrecheckItem::Severity s) const;
    QJsonObject toJson() const;
    // The first error as one line (for the exit message).
    QString firstError() const;
};

// Checks a project before anything is written: connectivity and privileges on both sides,
// patterns that match nothing, target tables that hold rows (per the non-empty policy), types
// that cannot move losslessly, names the target cannot hold, tables without a key. Reads only.
// Blocking: run it on a worker thread.
// `ownTargets` are target tables this project already wrote to (a resumed run): their rows are
// its own, not a non-empty target. `resumePosition` is where the project's incremental step
// stands when it already started (the store's "forward" stream): the source must still hold it,
// and incremental.startPosition, which only anchors the first run, is not checked then.
Result<PrecheckReport> runPrecheck(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   const QSet<QString> &ownTargets = {},
                                   const QString &resumePosition = {});

} // namespace ferry

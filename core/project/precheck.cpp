#include "precheck.h"

#include "cdc/rowfilter.h"
#include "common/language.h"
#include "engines/driver.h"
#include "shardkeys.h"
#include "sink/kafkaproducer.h"
#include "sink/syncsink.h"
#include "transfer/valuetypes.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using Severity = ferry::PrecheckItem::Severity;

namespace ferry {

QString PrecheckItem::severityName(Severity s)
{
    switch (s) {
    case Severity::Ok: return u"ok"_s;
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Error: return u"error"_s;
    }
    return u"ok"_s;
}

QString PrecheckItem::checkTitle(const QString &check)
{
    static const QHash<QString, const char *> titles {
        {u"connect source"_s, QT_TRANSLATE_NOOP("ferry", "connect source")},
        {u"connect target"_s, QT_TRANSLATE_NOOP("ferry", "connect target")},
        {u"incremental capture"_s, QT_TRANSLATE_NOOP("ferry", "incremental capture")},
        {u"incremental key"_s, QT_TRANSLATE_NOOP("ferry", "incremental key")},
        {u"many-to-one"_s, QT_TRANSLATE_NOOP("ferry", "many-to-one")},
        {u"names"_s, QT_TRANSLATE_NOOP("ferry", "names")},
        {u"not carried"_s, QT_TRANSLATE_NOOP("ferry", "not carried")},
        {u"objects"_s, QT_TRANSLATE_NOOP("ferry", "objects")},
        {u"read source catalog"_s, QT_TRANSLATE_NOOP("ferry", "read source catalog")},
        {u"read source table"_s, QT_TRANSLATE_NOOP("ferry", "read source table")},
        {u"read target catalog"_s, QT_TRANSLATE_NOOP("ferry", "read target catalog")},
        {u"replica identity"_s, QT_TRANSLATE_NOOP("ferry", "replica identity")},
        {u"row filter"_s, QT_TRANSLATE_NOOP("ferry", "row filter")},
        {u"shard keys"_s, QT_TRANSLATE_NOOP("ferry", "shard keys")},
        {u"shard origin"_s, QT_TRANSLATE_NOOP("ferry", "shard origin")},
        {u"split"_s, QT_TRANSLATE_NOOP("ferry", "split")},
        {u"start position"_s, QT_TRANSLATE_NOOP("ferry", "start position")},
        {u"table"_s, QT_TRANSLATE_NOOP("ferry", "table")},
        {u"target database"_s, QT_TRANSLATE_NOOP("ferry", "target database")},
        {u"target privileges"_s, QT_TRANSLATE_NOOP("ferry", "target privileges")},
        {u"target table"_s, QT_TRANSLATE_NOOP("ferry", "target table")},
        {u"topic"_s, QT_TRANSLATE_NOOP("ferry", "topic")},
        {u"type mapping"_s, QT_TRANSLATE_NOOP("ferry", "type mapping")},
        {u"views"_s, QT_TRANSLATE_NOOP("ferry", "views")},
        {u"zero dates"_s, QT_TRANSLATE_NOOP("ferry", "zero dates")},
    };
    const auto it = titles.constFind(check);
    return it == titles.constEnd() ? check : QCoreApplication::translate("ferry", *it);
}

QJsonObject PrecheckItem::toJson() const
{
    QJsonObject o {
        {u"severity"_s, severityName(severity)}, {u"check"_s, check}, {u"message"_s, message}};
    if (!object.isEmpty())
        o[u"object"_s] = object;
    if (!fix.isEmpty())
        o[u"fix"_s] = fix;
    if (!definition.isEmpty())
        o[u"definition"_s] = definition;
    return o;
}

bool PrecheckReport::passed() const
{
    return count(Severity::Error) == 0;
}

int PrecheckReport::count(Severity s) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [s](const PrecheckItem &i) { return i.severity == s; }));
}

QJsonObject PrecheckReport::toJson() const
{
    QJsonArray list;
    for (const PrecheckItem &i : items)
        list.append(i.toJson());
    QJsonArray notCarried;
    for (const NotCarried &n : sortedForDisplay(plan.notCarried))
        notCarried.append(n.toJson());
    QJsonArray views;
    for (const TargetView &v : plan.views)
        views.append(QJsonObject {{u"source"_s, v.sourceName}, {u"target"_s, v.ref.display()}});
    return {{u"passed"_s, passed()},
            {u"errors"_s, count(Severity::Error)},
            {u"warnings"_s, count(Severity::Warning)},
            {u"items"_s, list},
            {u"notCarried"_s, notCarried},
            {u"views"_s, views}};
}

QString PrecheckReport::firstError() const
{
    for (const PrecheckItem &i : items)
        if (i.severity == Severity::Error)
            return Error::joined(i.message, i.fix);
    return {};
}

namespace {

void add(PrecheckReport &r, Severity s, const QString &check, const QString &object,
         const QString &message, const QString &fix = {})
{
    r.items.append({s, check, object, message, fix, {}});
}

// One finding per object the run does not carry, the ones that change data first, with the
// definition; and the views the schema step creates.
void addNotCarried(PrecheckReport &r, const SchemaPlan &plan)
{
    for (const NotCarried &n : sortedForDisplay(plan.notCarried)) {
        PrecheckItem item {
            Severity::Warning,
            u"not carried"_s,
            n.object,
            n.describe()
                + (n.changesData ? Text::tr(" (the target's data may differ)") : QString()),
            n.kind == u"trigger" || n.kind == u"function" || n.kind == u"procedure"
                    || n.kind == u"event" || n.kind == u"view"
                ? Text::tr("Recreate it on the target by hand if it is needed (its "
                           "definition is in the report).")
                : QString(),
            n.definition};
        r.items.append(item);
    }
    if (!plan.views.isEmpty()) {
        QStringList names;
        for (const TargetView &v : plan.views)
            names << v.ref.name;
        add(r, Severity::Info, u"views"_s, {},
            Text::tr("%1 view(s) are created after the tables, in this order: %2")
                .arg(plan.views.size())
                .arg(names.join(u", "_s)));
    }
}

// A zero-date finding only where a column holds one: one query per column that stops at the
// first such row, and gives up after a few seconds on a large table without an index.
void checkZeroDates(PrecheckReport &r, const ProjectDefinition &project, Engine engine,
                    Session &session, const Dialect &dialect, const TablePlan &t)
{
    for (const Column &c : t.readColumns) {
        if (c.type.kind != TypeKind::Date && c.type.kind != TypeKind::DateTime
            && c.type.kind != TypeKind::TimestampTz)
            continue;
        const QString object = t.sourceKey + u'.' + c.name;
        const QString q = dialect.quote(c.name);
        const QString select = u"SELECT 1 FROM %1 WHERE MONTH(%2) = 0 OR DAYOFMONTH(%2) = 0 "
                               "LIMIT 1"_s.arg(dialect.qualify(t.source.ref), q);
        auto found =
            session.query(engine == Engine::MariaDb
                              ? u"SET STATEMENT max_statement_time = 5 FOR "_s + select
                              : u"SELECT /*+ MAX_EXECUTION_TIME(5000) */"_s + select.mid(6));
        const QString policy = project.options.zeroDates == ZeroDatePolicy::Reject
            ? Text::tr("they stop the table with the row named (policy reject)")
            : Text::tr("they become NULL (policy null)");
        if (!found)
            add(r, Severity::Info, u"zero dates"_s, object,
                Text::tr("%1 could not be searched for zero dates (%2); if it holds any, %3")
                    .arg(object, found.error().message, policy));
        else if (found->size() > 0)
            add(r, Severity::Warning, u"zero dates"_s, object,
                Text::tr("%1 holds zero dates: %2").arg(object, policy),
                project.options.zeroDates == ZeroDatePolicy::Reject ? Text::tr(
                    "Set options.zeroDates to null to load them as NULL, or fix them at the "
                    "source.")
                                                                    : QString());
    }
}

// Whether the account may create tables in the target schema, as far as the server says.
void checkTargetPrivileges(PrecheckReport &r, Session &session, const Endpoint &target,
                           bool needCreate)
{
    const QString schema = target.effectiveSchema();
    switch (target.family()) {
    case EngineFamily::PostgreSql: {
        auto q = session.query(
            u"SELECT has_database_privilege(current_database(), 'CREATE'), "
            "CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = %1) "
            "THEN has_schema_privilege(%1, 'CREATE') END"_s.arg(session.quoteLiteral(schema)));
        if (!q || q->size() != 1)
            return;
        const bool schemaExists = !q->isNull(0, 1);
        if (needCreate && schemaExists && q->text(0, 1) != u"t")
            add(r, Severity::Error, u"target privileges"_s, schema,
                Text::tr("role '%1' may not create tables in schema %2").arg(target.user, schema),
                Text::tr("GRANT CREATE ON SCHEMA %1 TO %2.").arg(schema, target.user));
        else if (needCreate && !schemaExists && q->text(0, 0) != u"t")
            add(r, Severity::Error, u"target privileges"_s, schema,
                Text::tr("schema %1 does not exist and role '%2' may not create it")
                    .arg(schema, target.user),
                Text::tr("Create the schema first, or GRANT CREATE ON DATABASE to the role."));
        else
            add(r, Severity::Ok, u"target privileges"_s, schema,
                Text::tr("role '%1' may write to schema %2").arg(target.user, schema));
        return;
    }
    case EngineFamily::MySql: {
        auto q = session.query(u"SHOW GRANTS FOR CURRENT_USER()"_s);
        if (!q)
            return;
        QString grants;
        for (int i = 0; i < q->size(); ++i)
            grants += q->text(i, 0).toUpper() + u'\n';
        const QString db = u"`%1`.*"_s.arg(schema).toUpper();
        const bool all = grants.contains(u"GRANT ALL PRIVILEGES ON *.*"_s)
            || grants.contains(u"GRANT ALL PRIVILEGES ON "_s + db);
        bool create = all, insert = all;
        for (const QString &line : grants.split(u'\n')) {
            if (!(line.contains(u" ON *.*"_s) || line.contains(u" ON "_s + db)))
                continue;
            create = create || line.contains(u"CREATE"_s);
            insert = insert || line.contains(u"INSERT"_s);
        }
        QStringList missing;
        if (needCreate && !create)
            missing << u"CREATE"_s;
        if (!insert)
            missing << u"INSERT"_s;
        if (!missing.isEmpty())
            add(r, Severity::Error, u"target privileges"_s, schema,
                Text::tr("user '%1' lacks %2 on %3")
                    .arg(target.user, missing.join(u", "_s), schema),
                Text::tr("GRANT CREATE, INSERT, DELETE, ALTER, INDEX ON %1.* TO the user.")
                    .arg(schema));
        else
            add(r, Severity::Ok, u"target privileges"_s, schema,
                Text::tr("user '%1' may create and load tables in %2").arg(target.user, schema));
        return;
    }
    case EngineFamily::Sqlite: return;
    }
}

const QString kIncremental = u"incremental"_s;

// A probe finding says what is wrong and, after the last "; ", what to do: "binlog_format=MIXED:
// incremental sync needs ROW; SET GLOBAL binlog_format=ROW and restart the writers".
PrecheckItem findingItem(const ProbeFinding &f, const Endpoint &source)
{
    PrecheckItem item {Severity::Error, u"incremental capture"_s, f.item, f.message, {}, {}};
    const qsizetype cut = f.message.lastIndexOf(u"; "_s);
    if (cut > 0) {
        item.message = f.message.left(cut);
        item.fix = f.message.mid(cut + 2).trimmed();
        if (!item.fix.isEmpty())
            item.fix[0] = item.fix[0].toUpper();
        if (!item.fix.endsWith(u'.'))
            item.fix += u'.';
    } else {
        item.fix = Text::tr("See docs/capture-%1.md for what capture needs on the source.")
                       .arg(source.family() == EngineFamily::MySql            ? u"mysql"_s
                                : source.family() == EngineFamily::PostgreSql ? u"postgresql"_s
                                                                              : u"sqlite"_s);
    }
    return item;
}

// The source's binlog still holds `position` (FILE:OFFSET[;gtid=...]): SHOW BINARY LOGS lists the
// file and the offset is within it. `resumed`: the position the incremental step stands at
// (from the store), else incremental.startPosition.
void checkBinlogPosition(PrecheckReport &r, Session &session, const Endpoint &source,
                         const QString &position, bool resumed)
{
    const QString check = u"start position"_s;
    const QString redo = resumed
        ? Text::tr("Redo the full step for the project's tables (it records a new position to "
                   "capture from), and keep binlogs longer (binlog_expire_logs_seconds) than "
                   "capture may stop.")
        : Text::tr("Redo the full step (add \"full\" to the steps; it records the position "
                   "capture starts from) and remove incremental.startPosition, or give a "
                   "position the server still has (SHOW BINARY LOGS).");
    static const QRegularExpression form(u"^([^:;]+):(\\d+)(?:;gtid=[^;]*)?$"_s);
    const auto m = form.match(position);
    const qlonglong offset = m.hasMatch() ? m.captured(2).toLongLong() : -1;
    if (!m.hasMatch() || offset < 4) {
        add(r, Severity::Error, check, position,
            (resumed ? Text::tr("the position the incremental step resumes from, '%1', is not a "
                                "binlog position")
                     : Text::tr("incremental.startPosition '%1' is not a binlog position"))
                .arg(position),
            resumed
                ? redo
                : Text::tr("Write it as FILE:OFFSET, e.g. \"mysql-bin.000003:1234\" (SHOW MASTER "
                           "STATUS shows the current one)."));
        return;
    }
    const QString file = m.captured(1);
    auto logs = session.query(u"SHOW BINARY LOGS"_s);
    if (!logs) {
        add(r, Severity::Error, check, position,
            (resumed ? Text::tr("cannot list the binary logs of %1 to check the position the "
                                "incremental step resumes from, %2,: %3")
                     : Text::tr("cannot list the binary logs of %1 to check "
                                "incremental.startPosition %2: %3"))
                .arg(source.displayAddress(), position, logs.error().message),
            Text::tr(
                "Turn the binary log on and GRANT REPLICATION CLIENT (MariaDB: BINLOG MONITOR) to "
                "the source user."));
        return;
    }
    for (int i = 0; i < logs->size(); ++i) {
        if (logs->text(i, 0) != file)
            continue;
        const qlonglong size = logs->text(i, 1).toLongLong();
        if (offset > size)
            add(r, Severity::Error, check, position,
                (resumed
                     ? Text::tr("the position the incremental step resumes from, %1, is past the "
                                "end of binlog file %2 on %3 (%4 bytes)")
                     : Text::tr("incremental.startPosition %1 is past the end of binlog file %2 "
                                "on %3 (%4 bytes)"))
                    .arg(position, file, source.displayAddress(), QString::number(size)),
                redo);
        else
            add(r, Severity::Ok, check, position,
                (resumed ? Text::tr("binlog file %1 on %2 holds the position the incremental step "
                                    "resumes from, %3,")
                         : Text::tr("binlog file %1 on %2 holds incremental.startPosition %3"))
                    .arg(file, source.displayAddress(), position));
        return;
    }
    const QString oldest = logs->size() > 0 ? logs->text(0, 0) : QString();
    add(r, Severity::Error, check, position,
        (resumed ? Text::tr("binlog file %1 of the position the incremental step resumes from, "
                            "%2, is no longer on %3 (purged; the oldest is %4)")
                 : Text::tr("binlog file %1 of incremental.startPosition %2 is no longer on %3 "
                            "(purged; the oldest is %4)"))
            .arg(file, position, source.displayAddress(),
                 oldest.isEmpty() ? Text::tr("none") : oldest),
        redo);
}

// Whether the project's capture slot (PostgreSQL's replication slot) exists, and the position
// it confirmed; `known` is false where the engine keeps none or the catalog did not answer.
struct SlotState
{
    bool known = false;
    bool exists = false;
    QString name;
    QString confirmed;
};

SlotState slotState(const Driver &driver, Session &session, const QString &project)
{
    SlotState s;
    if (const auto slot = driver.captureSlot(session, project)) {
        s.known = true;
        s.exists = slot->exists;
        s.name = slot->name;
        s.confirmed = slot->confirmed;
    }
    return s;
}

void checkSlotPosition(PrecheckReport &r, Session &session, const Endpoint &source,
                       const SlotState &slot, const QString &position)
{
    const QString check = u"start position"_s;
    if (!slot.exists) {
        add(r, Severity::Error, check, position,
            Text::tr(
                "incremental.startPosition %1 cannot be used on %2: PostgreSQL capture reads "
                "through replication slot %3, which starts where it is created, and %3 does not "
                "exist")
                .arg(position, source.displayAddress(), slot.name),
            Text::tr(
                "Remove incremental.startPosition (capture starts when the step first runs), or "
                "add the full step (the slot is created with the copy's snapshot)."));
        return;
    }
    static const QRegularExpression lsn(u"^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$"_s);
    if (!lsn.match(position).hasMatch()) {
        add(r, Severity::Error, check, position,
            Text::tr("incremental.startPosition '%1' is not a PostgreSQL WAL position")
                .arg(position),
            Text::tr("Write it as an LSN, e.g. \"0/16B3748\" (pg_replication_slots shows slot %1's "
                     "confirmed_flush_lsn).")
                .arg(slot.name));
        return;
    }
    auto before = session.query(u"SELECT %1::pg_lsn < %2::pg_lsn"_s.arg(
        session.quoteLiteral(position), session.quoteLiteral(slot.confirmed)));
    if (before && before->size() == 1 && before->text(0, 0) == u"t")
        add(r, Severity::Error, check, position,
            Text::tr("incremental.startPosition %1 is before the position replication slot %2 has "
                     "confirmed (%3): the slot no longer holds the changes in between")
                .arg(position, slot.name, slot.confirmed),
            Text::tr("Redo the full step (add \"full\" to the steps) and remove "
                     "incremental.startPosition, or start from %1 or later.")
                .arg(slot.confirmed));
    else
        add(r, Severity::Ok, check, position,
            Text::tr("replication slot %1 exists and holds changes from %2 on")
                .arg(slot.name, slot.confirmed));
}

// A resumed PostgreSQL capture reads on from its slot; a slot that is gone (dropped, or
// invalidated by max_slot_wal_keep_size) lost the changes since.
void checkResumeSlot(PrecheckReport &r, const Endpoint &source, const SlotState &slot,
                     const QString &position)
{
    if (!slot.known)
        return;
    if (slot.exists)
        add(r, Severity::Ok, u"start position"_s, position,
            Text::tr("replication slot %1 holds the changes the incremental step resumes from (%2)")
                .arg(slot.name, position));
    else
        add(r, Severity::Error, u"start position"_s, position,
            Text::tr(
                "replication slot %1 no longer exists on %2: the incremental step cannot resume "
                "from %3")
                .arg(slot.name, source.displayAddress(), position),
            Text::tr("Redo the full step for the project's tables (it creates the slot again), and "
                     "keep max_slot_wal_keep_size large enough for the time capture may stop."));
}

// PostgreSQL names the old row of an update or delete by its replica identity: NOTHING names
// none, DEFAULT the primary key (none without one).
void checkReplicaIdentity(PrecheckReport &r, Session &session, const SchemaPlan &plan)
{
    QStringList rows;
    for (int i = 0; i < plan.tables.size(); ++i) {
        const TableRef &ref = plan.tables[i].source.ref;
        rows << u"(%1, %2, %3)"_s.arg(i).arg(
            session.quoteLiteral(ref.schema.isEmpty() ? u"public"_s : ref.schema),
            session.quoteLiteral(ref.name));
    }
    if (rows.isEmpty())
        return;
    auto q = session.query(
        u"SELECT v.i, c.relreplident, "
        "EXISTS (SELECT 1 FROM pg_index x WHERE x.indrelid = c.oid AND x.indisprimary) "
        "FROM (VALUES %1) v(i, s, n) "
        "JOIN pg_namespace ns ON ns.nspname = v.s "
        "JOIN pg_class c ON c.relnamespace = ns.oid AND c.relname = v.n "
        "ORDER BY v.i"_s.arg(rows.join(u", "_s)));
    if (!q) {
        add(r, Severity::Error, u"replica identity"_s, {},
            Text::tr("cannot read the replica identity of the source tables: %1")
                .arg(q.error().message),
            q.error().fix);
        return;
    }
    for (int i = 0; i < q->size(); ++i) {
        const TablePlan &t = plan.tables[q->text(i, 0).toInt()];
        const QString identity = q->text(i, 1);
        const bool primaryKey = q->text(i, 2) == u"t";
        const QString table = t.source.ref.display();
        if (identity == u"n")
            add(r, Severity::Error, u"replica identity"_s, t.sourceKey,
                Text::tr(
                    "table %1 has REPLICA IDENTITY NOTHING: its updates and deletes do not say "
                    "which row they change")
                    .arg(t.sourceKey),
                Text::tr(
                    "Run ALTER TABLE %1 REPLICA IDENTITY FULL (or DEFAULT, with a primary key).")
                    .arg(table));
        else if (identity == u"d" && !primaryKey)
            add(r, Severity::Error, u"replica identity"_s, t.sourceKey,
                Text::tr(
                    "table %1 has REPLICA IDENTITY DEFAULT and no primary key: its updates and "
                    "deletes do not say which row they change")
                    .arg(t.sourceKey),
                Text::tr("Add a primary key to %1, or run ALTER TABLE %1 REPLICA IDENTITY FULL.")
                    .arg(table));
    }
}

// What the incremental step needs beyond the full step's checks: the source's capture
// settings, a key on every table, filters it can evaluate and a start position the source
// still has.
void checkIncremental(PrecheckReport &r, const ProjectDefinition &project, const Endpoint &source,
                      Session &session, const QString &resumePosition)
{
    const Driver &driver = Driver::forEngine(source.engine);
    const SlotState slot = slotState(driver, session, project.name);

    auto probe = driver.probe(session);
    if (!probe) {
        add(r, Severity::Error, u"incremental capture"_s, source.displayAddress(),
            Text::tr("cannot read the capture settings of %1: %2")
                .arg(source.displayAddress(), probe.error().message),
            probe.error().fix);
    } else {
        int blockers = 0;
        for (const ProbeFinding &f : std::as_const(probe->findings)) {
            if (!f.blocks.contains(kIncremental))
                continue;
            // The project's own slot is there already: it needs no free one.
            if (slot.exists && f.item == u"replication slots")
                continue;
            r.items.append(findingItem(f, source));
            ++blockers;
        }
        if (blockers == 0)
            add(r, Severity::Ok, u"incremental capture"_s, source.displayAddress(),
                Text::tr("%1 is set up for change capture").arg(source.displayAddress()));
    }

    for (const TablePlan &t : std::as_const(r.plan.tables)) {
        const QStringList key = t.source.chunkKey();
        if (key.isEmpty())
            add(r, Severity::Error, u"incremental key"_s, t.sourceKey,
                Text::tr("table %1 has no primary key or unique key over NOT NULL columns: the "
                         "incremental step cannot tell which target row a change applies to")
                    .arg(t.sourceKey),
                Text::tr("Add a primary key to %1, or exclude it from the project (\"exclude\": "
                         "[\"%2\"]).")
                    .arg(t.sourceKey, t.source.ref.name));
        else if (t.keyColumns.isEmpty())
            add(r, Severity::Error, u"incremental key"_s, t.sourceKey,
                Text::tr("the key of table %1 (%2) is not among the columns the project moves: the "
                         "incremental step cannot apply its changes by key")
                    .arg(t.sourceKey, key.join(u", "_s)),
                Text::tr("Add %1 to the table rule's \"columns\".").arg(key.join(u", "_s)));

        if (t.captureFilter().isEmpty())
            continue;
        auto filter = RowFilter::parse(t.captureFilter(), t.source.columns, t.sourceKey);
        if (!filter) {
            add(r, Severity::Error, u"row filter"_s, t.sourceKey, filter.error().message,
                filter.error().fix);
            continue;
        }
        const QStringList text = filter->textColumns();
        if (!text.isEmpty()) {
            QStringList described;
            for (const QString &name : text) {
                const Column *c = t.source.column(name);
                described << (c && !c->type.collation.isEmpty()
                                  ? u"%1 (%2)"_s.arg(name, c->type.collation)
                                  : name);
            }
            add(r, Severity::Warning, u"row filter"_s, t.sourceKey,
                Text::tr(
                    "the row filter of %1 compares text column(s) %2: the incremental step "
                    "compares them byte by byte, the source under its collation, so a row that "
                    "differs only in case, accents or trailing spaces may be kept by one step and "
                    "left out by the other")
                    .arg(t.sourceKey, described.join(u", "_s)),
                Text::tr("Filter on columns that are not text, or make sure such variants do not "
                         "occur."));
        }
    }

    if (source.family() == EngineFamily::PostgreSql)
        checkReplicaIdentity(r, session, r.plan);

    if (!resumePosition.isEmpty()) {
        if (source.family() == EngineFamily::MySql)
            checkBinlogPosition(r, session, source, resumePosition, true);
        else if (slot.known)
            checkResumeSlot(r, source, slot, resumePosition);
        return;
    }
    const QString start = project.incremental.startPosition;
    if (start.isEmpty())
        return;
    if (source.family() == EngineFamily::MySql)
        checkBinlogPosition(r, session, source, start, false);
    else if (slot.known)
        checkSlotPosition(r, session, source, slot, start);
}

} // namespace

// A sync project: the source as for a migration, then where each table's messages go and
// whether Kafka answers and has (or may create) the topics.
Result<PrecheckReport> syncPrecheck(PrecheckReport r, const ProjectDefinition &project,
                                    const Endpoint &source, Session &sourceSession,
                                    const QList<Table> &sourceTables, const CancelToken &cancel,
                                    const QString &resumePosition)
{
    const Driver &sourceDriver = Driver::forEngine(source.engine);
    auto plan = schemaplan::plan(project.selection(), sourceTables, source.engine,
                                 sourceDriver.dialect(), source.effectiveSchema());
    if (!plan) {
        add(r, Severity::Error, u"objects"_s, {}, plan.error().message, plan.error().fix);
        return r;
    }
    r.plan = *plan;
    for (const QString &pattern : plan->patternsWithoutMatch)
        add(r, Severity::Error, u"objects"_s, pattern,
            Text::tr("'%1' matches no table in %2").arg(pattern, source.effectiveSchema()),
            Text::tr("Check the spelling (names are case-sensitive) or remove the pattern."));
    if (plan->tables.isEmpty()) {
        add(r, Severity::Error, u"objects"_s, {}, Text::tr("no table is selected"),
            Text::tr("Include at least one table (\"include\": [\"*\"] takes all)."));
        return r;
    }
    add(r, Severity::Ok, u"objects"_s, {},
        Text::tr("%1 table(s) selected in %2")
            .arg(plan->tables.size())
            .arg(source.effectiveSchema()));
    bool routed = true;
    for (const TablePlan &t : plan->tables) {
        auto one = SyncSink::route({t}, source, project.sync);
        if (!one) {
            routed = false;
            add(r, Severity::Error, u"topic"_s, t.sourceKey, one.error().message, one.error().fix);
            continue;
        }
        const SinkTable &s = one->front();
        add(r, Severity::Ok, u"topic"_s, t.sourceKey,
            Text::tr("%1 -> topic %2, %3")
                .arg(t.sourceKey, s.topic,
                     s.partition >= 0
                         ? Text::tr("partition %1").arg(s.partition)
                         : Text::tr("partition by %1").arg(partitionby::id(s.partitionBy))));
    }
    // Shards of one logical table that share a key: their changes carry one message key.
    auto collisions = findKeyCollisions(sourceSession, sourceDriver.dialect(), *plan, 3, cancel);
    if (!collisions && collisions.error().code == Error::Code::Cancelled)
        return std::unexpected(collisions.error());
    for (const KeyCollision &c : collisions.value_or(QList<KeyCollision>()))
        add(r, Severity::Warning, u"shard keys"_s, c.target,
            Text::tr("shards of logical table %1 share a key: (%2) = (%3) in %4 and %5")
                .arg(c.target, c.keyColumns.join(u", "_s), c.key.join(u", "_s), c.first, c.second),
            Text::tr(
                "Their messages carry the same key: a consumer that keeps the latest row per key "
                "merges them. Read the \"shard\" field (ferry-json) or the source table with the "
                "key, or give the shards distinct keys."));

    if (project.hasStep(u"incremental"_s)) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("the precheck was stopped"));
        checkIncremental(r, project, source, sourceSession, resumePosition);
    }
    if (!routed || !project.target.kafka)
        return r;
    const KafkaTarget &kafka = *project.target.kafka;
    auto producer = KafkaProducer::create(kafka);
    if (!producer) {
        add(r, Severity::Error, u"connect target"_s, kafka.bootstrapServers,
            producer.error().message, producer.error().fix);
        return r;
    }
    auto topics = (*producer)->topics(10000);
    if (!topics) {
        add(r, Severity::Error, u"connect target"_s, kafka.bootstrapServers, topics.error().message,
            topics.error().fix);
        return r;
    }
    add(r, Severity::Ok, u"connect target"_s, kafka.bootstrapServers,
        Text::tr("Kafka at %1 answers (%2 topics)")
            .arg(kafka.bootstrapServers)
            .arg(topics->size()));
    auto sinks = SyncSink::route(plan->tables, source, project.sync);
    QSet<QString> reported;
    for (const SinkTable &s : sinks.value_or(std::vector<SinkTable>())) {
        if (topics->contains(s.topic) || reported.contains(s.topic))
            continue;
        reported.insert(s.topic);
        if (project.sync.createTopics)
            add(r, Severity::Info, u"topic"_s, s.topic,
                Text::tr(
                    "topic %1 does not exist: Ferry creates it (%2 partitions, replication factor "
                    "%3)")
                    .arg(s.topic)
                    .arg(project.sync.partitions)
                    .arg(project.sync.replicationFactor));
        else
            add(r, Severity::Error, u"topic"_s, s.topic,
                Text::tr("Kafka at %1 has no topic %2").arg(kafka.bootstrapServers, s.topic),
                Text::tr(
                    "Create it, or let Ferry create it (\"createTopics\": true in \"sync\")."));
    }
    return r;
}

Result<PrecheckReport> runPrecheck(const ProjectDefinition &project, const Endpoint &source,
                                   const Endpoint &target, const CancelToken &cancel,
                                   const QSet<QString> &ownTargets, const QString &resumePosition)
{
    PrecheckReport r;
    const Driver &sourceDriver = Driver::forEngine(source.engine);
    const Driver &targetDriver = Driver::forEngine(target.engine);
    const Dialect &targetDialect = targetDriver.dialect();

    // Source: connect and read the catalog.
    auto sourceSession = sourceDriver.connect(source);
    if (!sourceSession) {
        add(r, Severity::Error, u"connect source"_s, source.displayAddress(),
            sourceSession.error().message, sourceSession.error().fix);
        return r;
    }
    add(r, Severity::Ok, u"connect source"_s, source.displayAddress(),
        Text::tr("connected to %1 %2")
            .arg(engines::displayName(source.engine), (*sourceSession)->serverVersion()));
    auto sourceTables = sourceDriver.readTables(**sourceSession, source.effectiveSchema());
    if (!sourceTables) {
        add(r, Severity::Error, u"read source catalog"_s, source.effectiveSchema(),
            sourceTables.error().message, sourceTables.error().fix);
        return r;
    }
    if (project.isSync())
        return syncPrecheck(std::move(r), project, source, **sourceSession, *sourceTables, cancel,
                            resumePosition);

    // Target: connect (a missing SQLite file or MySQL database is created later).
    std::unique_ptr<Session> targetSession;
    if (targetDriver.createdByFirstWrite(target)) {
        r.targetExists = false;
        const QFileInfo file(target.path);
        if (!QFileInfo(file.absolutePath()).isWritable())
            add(r, Severity::Error, u"connect target"_s, target.path,
                Text::tr("%1 does not exist and its folder is not writable").arg(target.path),
                Text::tr("Choose a writable folder for the target file."));
        else
            add(r, Severity::Info, u"connect target"_s, target.path,
                Text::tr("%1 does not exist yet: the schema step creates it").arg(target.path));
    } else {
        auto opened = targetDriver.connect(target.serverLevel());
        if (!opened) {
            add(r, Severity::Error, u"connect target"_s, target.displayAddress(),
                opened.error().message, opened.error().fix);
            return r;
        }
        targetSession = std::move(*opened);
        add(r, Severity::Ok, u"connect target"_s, target.displayAddress(),
            Text::tr("connected to %1 %2")
                .arg(engines::displayName(target.engine), targetSession->serverVersion()));
    }
    if (cancel.isCancelled())
        return fail(Error::Code::Cancelled, Text::tr("the precheck was stopped"));

    QList<Table> targetTables;
    if (targetSession) {
        auto read = targetDriver.readTables(*targetSession, target.effectiveSchema());
        if (!read) {
            add(r, Severity::Error, u"read target catalog"_s, target.effectiveSchema(),
                read.error().message, read.error().fix);
            return r;
        }
        targetTables = *read;
        for (const Table &t : targetTables)
            r.targetTables.insert(t.ref.name, t);
        if (target.family() == EngineFamily::MySql) {
            auto exists = targetSession->query(
                u"SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %1"_s.arg(
                    targetSession->quoteLiteral(target.database)));
            r.targetExists = exists && exists->size() == 1;
            if (!r.targetExists)
                add(r, project.hasStep(u"schema"_s) ? Severity::Info : Severity::Error,
                    u"target database"_s, target.database,
                    Text::tr("database %1 does not exist on the target").arg(target.database),
                    project.hasStep(u"schema"_s) ? Text::tr("The schema step creates it.")
                                                 : Text::tr("Add the schema step, or create it."));
        }
        checkTargetPrivileges(r, *targetSession, target, project.hasStep(u"schema"_s));
    }

    // The plan: patterns, rules, type choices. Spatial columns into PostgreSQL need PostGIS
    // in the target database (else bytea).
    MappingOptions mapping = project.mapping;
    if (targetSession && target.family() == EngineFamily::PostgreSql) {
        auto postgis =
            targetSession->query(u"SELECT 1 FROM pg_extension WHERE extname = 'postgis'"_s);
        mapping.targetWithoutPostgis = postgis && postgis->size() == 0;
    }
    mapping.targetTakesDefaultPartition = target.engine == Engine::MariaDb;
    auto plan = schemaplan::plan(project.selection(), *sourceTables, source.engine, targetDialect,
                                 target.effectiveSchema(), mapping);
    if (!plan) {
        add(r, Severity::Error, u"objects"_s, {}, plan.error().message, plan.error().fix);
        return r;
    }
    // Types that depend on the values: looked at once, then recorded in the project file.
    if (auto decided = valuetypes::decide(**sourceSession, sourceDriver.dialect(), source.engine,
                                          targetDialect, *plan, cancel);
        !decided) {
        if (decided.error().code == Error::Code::Cancelled)
            return std::unexpected(decided.error());
        add(r, Severity::Error, u"type mapping"_s, decided.error().object, decided.error().message,
            decided.error().fix);
        return r;
    }
    // Views, triggers, routines, events: views move where they translate, the rest is listed.
    if (auto objects = sourceDriver.readObjects(**sourceSession, source.effectiveSchema());
        objects) {
        schemaplan::planObjects(*plan, *objects, *sourceTables, source.engine, targetDialect,
                                target.effectiveSchema(), project.mapping);
    } else {
        add(r, Severity::Warning, u"not carried"_s, source.effectiveSchema(),
            Text::tr("the views, triggers and routines of %1 could not be read: %2")
                .arg(source.effectiveSchema(), objects.error().message),
            Text::tr(
                "Grant the source user SHOW VIEW / SELECT on the catalog to have them carried or "
                "listed; the tables move either way."));
    }
    if (!project.hasStep(u"schema"_s)) {
        for (const TargetView &v : std::as_const(plan->views))
            plan->notCarried.append(
                {u"view"_s, v.sourceName, v.select,
                 Text::tr("the project has no schema step, which creates views"), false});
        plan->views.clear();
    }
    r.plan = *plan;
    for (const QString &pattern : plan->patternsWithoutMatch)
        add(r, Severity::Error, u"objects"_s, pattern,
            Text::tr("'%1' matches no table in %2").arg(pattern, source.effectiveSchema()),
            Text::tr("Check the spelling (names are case-sensitive) or remove the pattern."));
    if (plan->tables.isEmpty())
        add(r, Severity::Error, u"objects"_s, {}, Text::tr("no table is selected"),
            Text::tr("Include at least one table (\"include\": [\"*\"] takes all)."));
    else
        add(r, Severity::Ok, u"objects"_s, {},
            Text::tr("%1 table(s) selected in %2")
                .arg(plan->tables.size())
                .arg(source.effectiveSchema()));

    addNotCarried(r, *plan);

    QSet<QString> seenTargets;
    QStringList unenforcedLengths; // SQLite VARCHAR(n) columns: one finding for all
    for (const TablePlan &t : plan->tables) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("the precheck was stopped"));
        const QString table = t.sourceKey;

        // Reading works (privileges, filter syntax).
        QStringList columns;
        const Dialect &sourceDialect = sourceDriver.dialect();
        for (const Column &c : t.readColumns)
            columns << sourceDialect.quote(c.name);
        auto probe = (*sourceSession)
                         ->query(u"SELECT %1 FROM %2%3 LIMIT 0"_s.arg(
                             columns.join(u", "_s), sourceDialect.qualify(t.source.ref),
                             t.filter.isEmpty() ? QString() : u" WHERE ("_s + t.filter + u')'));
        if (!probe)
            add(r, Severity::Error, u"read source table"_s, table,
                Text::tr("cannot read %1: %2").arg(table, probe.error().message),
                t.filter.isEmpty()
                    ? Text::tr("GRANT SELECT on the table to the source user.")
                    : Text::tr("Check the row filter \"%1\" and the SELECT privilege.")
                          .arg(t.filter));

        // Names the target can hold.
        auto checkName = [&](const QString &name, bool isTable) {
            if (name.size() > targetDialect.maxIdentifierLength())
                add(r, Severity::Error, u"names"_s, table,
                    (isTable ? Text::tr("target table name '%1' has %2 characters; %3 takes at "
                                        "most %4")
                             : Text::tr("column name '%1' has %2 characters; %3 takes at most %4"))
                        .arg(name, QString::number(name.size()),
                             engines::displayName(target.engine),
                             QString::number(targetDialect.maxIdentifierLength())),
                    Text::tr("Rename it in the project's table rules."));
        };
        checkName(t.target.ref.name, true);
        QSet<QString> targetColumnNames;
        for (const TargetColumn &c : t.target.columns) {
            checkName(c.name, false);
            if (targetColumnNames.contains(c.name.toLower()))
                add(r, Severity::Error, u"names"_s, table,
                    Text::tr("two columns of %1 would be named '%2' in the target")
                        .arg(table, c.name),
                    Text::tr("Give them distinct names in \"rename\"."));
            targetColumnNames.insert(c.name.toLower());
        }

        // Types.
        for (const TargetColumn &c : t.target.columns) {
            const QString object = table + u'.' + c.sourceName;
            // MySQL geometries are 2D: a PostGIS value with Z or M coordinates would stop the
            // load after other tables are written. Found here, by a query, with the value.
            if (source.family() == EngineFamily::PostgreSql
                && target.family() == EngineFamily::MySql && !c.overridden
                && c.sourceType.kind == TypeKind::Spatial) {
                const QString g = sourceDialect.quote(c.sourceName) + u"::geometry"_s;
                auto found = (*sourceSession)
                                 ->query(u"SELECT ST_AsEWKT(%1) FROM %2 WHERE ST_NDims(%1) > 2%3 "
                                         "LIMIT 1"_s.arg(g, sourceDialect.qualify(t.source.ref),
                                                         t.filter.isEmpty()
                                                             ? QString()
                                                             : u" AND ("_s + t.filter + u')'));
                if (found && found->size() == 1) {
                    QString value = found->text(0, 0);
                    if (value.size() > 80)
                        value = value.left(79) + u'…';
                    add(r, Severity::Error, u"type mapping"_s, object,
                        Text::tr("%1 holds %2: values with Z or M coordinates have no "
                                 "MySQL type (its geometries are 2D)")
                            .arg(object, value),
                        Text::tr("Leave the column out with \"columns\", or make its values 2D "
                                 "on the source (ST_Force2D) if the extra coordinates may go: "
                                 "Ferry does not drop them."));
                    continue;
                }
            }
            if (c.decidedFromValues)
                add(r, Severity::Info, u"type mapping"_s, object,
                    Text::tr("%1 %2 -> %3: %4 (decided from the values)")
                        .arg(object, c.sourceType.native, c.type.declaration, c.type.note));
            else if (c.type.fidelity == Fidelity::Unsupported)
                add(r, Severity::Error, u"type mapping"_s, object,
                    Text::tr("column %1 (%2) cannot be migrated: %3")
                        .arg(object, c.sourceType.native, c.type.note),
                    Text::tr("Leave the column out with \"columns\", or override its type."));
            else if (c.type.fidelity == Fidelity::Lossy && source.engine == Engine::Sqlite
                     && (c.sourceType.kind == TypeKind::VarChar
                         || c.sourceType.kind == TypeKind::Char))
                unenforcedLengths << u"%1 %2 -> %3"_s.arg(object, c.sourceType.native,
                                                          c.type.declaration);
            else if (c.type.fidelity == Fidelity::Lossy)
                add(r, Severity::Warning, u"type mapping"_s, object,
                    u"%1 %2 -> %3: %4"_s.arg(object, c.sourceType.native, c.type.declaration,
                                             c.type.note),
                    Text::tr(
                        "Values that do not fit stop the table with the row named; override the "
                        "type to keep them."));
            else if (c.type.fidelity == Fidelity::Widened)
                add(r, Severity::Info, u"type mapping"_s, object,
                    u"%1 %2 -> %3: %4"_s.arg(object, c.sourceType.native, c.type.declaration,
                                             c.type.note));
        }
        if (source.family() == EngineFamily::MySql && target.family() == EngineFamily::PostgreSql)
            checkZeroDates(r, project, source.engine, **sourceSession, sourceDialect, t);

        for (const QString &note : t.notes)
            add(r, note.contains(u"no primary key"_s) ? Severity::Warning : Severity::Info,
                u"table"_s, table, note);

        // The target table: exists? holds rows?
        const auto existing = r.targetTables.constFind(t.target.ref.name);
        if (existing == r.targetTables.constEnd()) {
            if (!project.hasStep(u"schema"_s) && !(seenTargets.contains(t.target.ref.name)))
                add(r, Severity::Error, u"target table"_s, t.target.ref.display(),
                    Text::tr("target table %1 does not exist").arg(t.target.ref.display()),
                    Text::tr("Add the schema step, or create the table first."));
        } else if (!seenTargets.contains(t.target.ref.name)) {
            // A table this project already loaded whose source gained a column since: a schema
            // change the incremental step meets in its stream, where it follows it by itself
            // (an added or renamed column) or pauses for the DBA.
            const bool streamed =
                project.hasStep(u"incremental"_s) && ownTargets.contains(t.target.ref.name);
            for (const TargetColumn &c : t.target.columns)
                if (!existing->column(c.name) && streamed)
                    add(r, Severity::Warning, u"target table"_s, t.target.ref.display(),
                        Text::tr("target table %1 has no column '%2' for %3.%4: the source changed "
                                 "since the full step")
                            .arg(t.target.ref.display(), c.name, table, c.sourceName),
                        Text::tr(
                            "The incremental step applies the change when its stream reaches it, "
                            "or pauses there for a decision with ferry ddl FILE."));
                else if (!existing->column(c.name))
                    add(r, Severity::Error, u"target table"_s, t.target.ref.display(),
                        Text::tr("target table %1 has no column '%2' for %3.%4")
                            .arg(t.target.ref.display(), c.name, table, c.sourceName),
                        Text::tr("Add the column, or rename or leave out the source column."));
            auto rows =
                targetSession->query(u"SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT 1001) x"_s.arg(
                    targetDialect.qualify(t.target.ref)));
            const qint64 count = rows && rows->size() == 1 ? rows->text(0, 0).toLongLong() : 0;
            r.targetRowCounts.insert(t.target.ref.name, count);
            const QString countText =
                count > 1000 ? Text::tr("more than 1000") : QString::number(count);
            if (ownTargets.contains(t.target.ref.name))
                add(r, Severity::Info, u"target table"_s, t.target.ref.display(),
                    Text::tr("target table %1 was written by this project's earlier run: resuming")
                        .arg(t.target.ref.display()));
            else if (count == 0)
                add(r, Severity::Info, u"target table"_s, t.target.ref.display(),
                    Text::tr(
                        "target table %1 exists and is empty: rows are loaded into it as it is")
                        .arg(t.target.ref.display()));
            else if (project.options.nonEmptyTarget == NonEmptyPolicy::Stop)
                add(r, Severity::Error, u"target table"_s, t.target.ref.display(),
                    Text::tr("target table %1 already holds %2 row(s)")
                        .arg(t.target.ref.display(), countText),
                    Text::tr(
                        "Empty it, or set options.nonEmptyTarget to 'ignore' (keep existing rows, "
                        "skip conflicting ones) or 'truncate' (delete them first)."));
            else if (project.options.nonEmptyTarget == NonEmptyPolicy::Ignore)
                add(r, Severity::Warning, u"target table"_s, t.target.ref.display(),
                    Text::tr(
                        "target table %1 holds %2 row(s): they are kept and source rows with the "
                        "same key are skipped (policy ignore)")
                        .arg(t.target.ref.display(), countText));
            else
                add(r, Severity::Warning, u"target table"_s, t.target.ref.display(),
                    Text::tr("target table %1 holds %2 row(s): they are deleted before the copy "
                             "(policy truncate)")
                        .arg(t.target.ref.display(), countText));
        }
        if (t.manyToOne && !t.primaryOfTarget)
            add(r, Severity::Info, u"many-to-one"_s, table,
                Text::tr("%1 also feeds %2").arg(table, t.target.ref.display()));
        if (t.split)
            add(r, Severity::Info, u"split"_s, table,
                Text::tr("%1 -> %2: shard %3 of %4, the rows where %5")
                    .arg(t.source.ref.display(), t.target.ref.display(), QString::number(t.shard),
                         t.split->describe(),
                         t.split->condition(sourceDriver.dialect().quote(t.split->column),
                                            t.shard)));
        if (!t.originColumn.isEmpty())
            add(r, Severity::Info, u"shard origin"_s, table,
                Text::tr("%1 -> %2: column %3 holds '%4' on each row%5")
                    .arg(table, t.target.ref.display(), t.originColumn, t.originValue(),
                         t.originInKey ? Text::tr(", and joins the primary key (%1)")
                                             .arg(t.target.primaryKey.join(u", "_s))
                                       : QString()));
        if (t.manyToOne && t.keyColumns.isEmpty())
            add(r, Severity::Warning, u"many-to-one"_s, table,
                Text::tr(
                    "%1 has no key: if its copy into %2 is interrupted, it cannot be resumed (its "
                    "rows cannot be told from the other sources')")
                    .arg(table, t.target.ref.display()),
                Text::tr("Give %1 a primary key, or copy it into a table of its own.").arg(table));
        seenTargets.insert(t.target.ref.name);
    }
    if (!unenforcedLengths.isEmpty())
        add(r, Severity::Warning, u"type mapping"_s, {},
            Text::tr(
                "SQLite does not enforce declared lengths; %1 column(s) get them enforced on the "
                "target, where a longer value is refused: %2")
                .arg(unenforcedLengths.size())
                .arg(unenforcedLengths.join(u"; "_s)),
            Text::tr("Override a column's type to text to keep longer values; the run stops at the "
                     "first one with the row named."));

    // Many-to-one: every source must fit the table its first source defines.
    for (const TablePlan &t : plan->tables) {
        if (t.primaryOfTarget)
            continue;
        for (const TablePlan &primary : plan->tables) {
            if (!primary.primaryOfTarget || primary.target.ref.name != t.target.ref.name)
                continue;
            for (const QString &c : t.targetColumns)
                if (!primary.targetColumns.contains(c))
                    add(r, Severity::Error, u"many-to-one"_s, t.sourceKey,
                        Text::tr("%1 has column '%2', which %3 (the table that defines %4) lacks")
                            .arg(t.sourceKey, c, primary.sourceKey, t.target.ref.display()),
                        Text::tr(
                            "Rename or leave out the column so every source fits the target."));
        }
    }

    // Many-to-one (shards of one logical table): a key two sources hold cannot be one row.
    if (project.hasStep(u"full"_s) || project.hasStep(u"incremental"_s)) {
        constexpr int kShown = 3;
        auto collisions =
            findKeyCollisions(**sourceSession, sourceDriver.dialect(), *plan, kShown, cancel);
        if (!collisions) {
            if (collisions.error().code == Error::Code::Cancelled)
                return std::unexpected(collisions.error());
            add(r, Severity::Warning, u"shard keys"_s, {},
                Text::tr("the keys of the tables merged into one target could not be compared: %1")
                    .arg(collisions.error().message),
                Text::tr(
                    "Check that the source user may read them; a key two of them hold stops the "
                    "copy at that row."));
        }
        QMap<QString, QList<KeyCollision>> byTarget;
        for (const KeyCollision &c : collisions.value_or(QList<KeyCollision>()))
            byTarget[c.target] << c;
        for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
            QStringList shown;
            for (const KeyCollision &c : it.value())
                shown << Text::tr("(%1) = (%2) in %3 and %4")
                             .arg(c.keyColumns.join(u", "_s), c.key.join(u", "_s), c.first,
                                  c.second);
            add(r, Severity::Error, u"shard keys"_s, it.key(),
                Text::tr("tables merged into %1 share keys: %2%3")
                    .arg(it.key(), shown.join(u"; "_s),
                         it.value().size() == kShown ? Text::tr(" (and maybe more)") : QString()),
                Text::tr(
                    "Each key must come from one table: record the source table in the key "
                    "(\"originColumn\": \"src_table\", \"originInKey\": true in the table rule), "
                    "give the tables distinct targets, leave the duplicates out with a filter, or "
                    "make their keys distinct at the source."));
        }
    }

    if (project.hasStep(u"incremental"_s)) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, Text::tr("the precheck was stopped"));
        checkIncremental(r, project, source, **sourceSession, resumePosition);
    }
    return r;
}

} // namespace ferry

#include "schemafollower.h"

#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "schemachange.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const TablePlan *findPlan(const QList<TablePlan> &plans, const TableRef &ref)
{
    for (const TablePlan &p : plans)
        if (p.source.ref.name == ref.name
            && (ref.schema.isEmpty() || p.source.ref.schema == ref.schema))
            return &p;
    return nullptr;
}

// The target name `plan` gives source column `column`; empty when it does not copy it.
QString targetName(const TablePlan &plan, const QString &column)
{
    for (int i = 0; i < plan.readColumns.size(); ++i)
        if (plan.readColumns[i].name == column)
            return plan.targetColumns[i];
    return {};
}

const Column *readColumn(const TablePlan &plan, const QString &column)
{
    for (const Column &c : plan.readColumns)
        if (c.name == column)
            return &c;
    return nullptr;
}

const TargetColumn *targetColumn(const TablePlan &plan, const QString &name)
{
    for (const TargetColumn &c : plan.target.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

// Whether the project copies only some of the table's columns (a "columns" list).
bool copiesSubset(const TablePlan &plan)
{
    // A generated column is copied when the target cannot compute it (schemaplan).
    int copyable = 0;
    for (const Column &c : plan.source.columns)
        copyable += c.generated && !readColumn(plan, c.name) ? 0 : 1;
    return plan.readColumns.size() != copyable;
}

} // namespace

SchemaFollower::SchemaFollower(TableSelection selection, Endpoint source, Endpoint target)
    : m_selection(std::move(selection))
    , m_source(std::move(source))
    , m_target(std::move(target))
{ }

Table SchemaFollower::captureView(const TablePlan &plan, const Table *targetTable,
                                  const QStringList &knownSourceColumns)
{
    if (!targetTable || !plan.primaryOfTarget || plan.manyToOne)
        return plan.source;
    Table view = plan.source;
    QStringList missing;
    for (int i = 0; i < plan.readColumns.size(); ++i)
        if (!targetTable->column(plan.targetColumns[i]))
            missing << plan.readColumns[i].name;
    view.columns.removeIf([&](const Column &c) { return missing.contains(c.name); });
    if (!copiesSubset(plan))
        for (const Column &c : targetTable->columns)
            if (!plan.targetColumns.contains(c.name) && !view.column(c.name)
                && knownSourceColumns.contains(c.name))
                view.columns.append(c);
    return view;
}

Result<SchemaFollower::Outcome> SchemaFollower::follow(const QList<TablePlan> &plans,
                                                       const std::vector<ChangeEvent> &ddl,
                                                       Session &target) const
{
    Outcome out;
    const auto pause = [&](const QString &why) -> Result<Outcome> {
        out.pause = why;
        out.statements.clear();
        return out;
    };

    QList<std::pair<SchemaChange, TableRef>> changes;
    for (const ChangeEvent &e : ddl) {
        SchemaChange change = SchemaChange::parse(e.statement);
        if (!change.followable())
            return pause(Text::tr("%1 is not a change Ferry applies by itself").arg(change.other));
        TableRef ref = change.table;
        if (ref.schema.isEmpty())
            ref.schema = e.table.schema;
        changes.append({change, ref});
    }

    // The source as it is now, planned with the project's own rules.
    const Driver &sourceDriver = Driver::forEngine(m_source.engine);
    auto sourceSession = sourceDriver.connect(m_source);
    if (!sourceSession)
        return std::unexpected(sourceSession.error());
    auto sourceTables = sourceDriver.readTables(**sourceSession, m_source.effectiveSchema());
    if (!sourceTables)
        return std::unexpected(sourceTables.error());
    const Driver &targetDriver = Driver::forEngine(m_target.engine);
    const Dialect &dialect = targetDriver.dialect();
    auto targetTables = targetDriver.readTables(target, m_target.effectiveSchema());
    if (!targetTables)
        return std::unexpected(targetTables.error());
    const auto targetTable = [&](const QString &name) -> const Table * {
        for (const Table &t : std::as_const(*targetTables))
            if (t.ref.name == name)
                return &t;
        return nullptr;
    };

    // A rule that names a column the source renamed or dropped cannot follow it by itself:
    // the project file says otherwise.
    const auto namedByRules = [&](const TableRef &table, const QString &column) {
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(column) + u"\\b"_s);
        for (const TableRule &r : m_selection.rules) {
            if (!schemaplan::matches(r.source, table))
                continue;
            if (r.columns.contains(column) || r.renames.contains(column) || r.types.contains(column)
                || word.match(r.filter).hasMatch())
                return true;
        }
        return false;
    };
    for (const auto &[change, ref] : std::as_const(changes)) {
        QStringList gone = change.drops;
        for (auto it = change.renames.begin(); it != change.renames.end(); ++it)
            gone << it.key();
        for (const QString &c : std::as_const(gone))
            if (namedByRules(ref, c))
                return pause(
                    change.drops.contains(c)
                        ? Text::tr("the project's rules for %1 name column %2, which the source "
                                   "dropped: change the project file to match")
                              .arg(ref.display(), c)
                        : Text::tr("the project's rules for %1 name column %2, which the source "
                                   "renamed: change the project file to match")
                              .arg(ref.display(), c));
    }

    auto planned = schemaplan::plan(m_selection, *sourceTables, m_source.engine, dialect,
                                    m_target.effectiveSchema());
    if (!planned)
        return pause(planned.error().text());
    const QList<TablePlan> &next = planned->tables;

    QStringList statements;
    for (const auto &[change, ref] : std::as_const(changes)) {
        const TablePlan *before = findPlan(plans, ref);
        const TablePlan *after = findPlan(next, ref);
        if (change.kind == SchemaChange::Kind::CreateTable) {
            if (!after) {
                out.notes
                    << Text::tr("table %1 was created on the source; it is not among the project's "
                                "objects, so it is not captured")
                           .arg(ref.display());
                continue;
            }
            if (before)
                continue; // CREATE TABLE IF NOT EXISTS of a table the project has
            if (after->manyToOne || !after->primaryOfTarget)
                return pause(
                    Text::tr("the new table %1 goes into target table %2 with other tables")
                        .arg(ref.display(), after->target.ref.display()));
            if (targetTable(after->target.ref.name)) {
                out.notes << Text::tr(
                                 "table %1 was created on the source; target table %2 exists and "
                                 "is kept")
                                 .arg(ref.display(), after->target.ref.display());
            } else {
                statements += dialect.createTable(after->target, true);
                out.notes << Text::tr(
                                 "table %1 was created on the source: created %2 on the target and "
                                 "captured from its creation on")
                                 .arg(ref.display(), after->target.ref.display());
            }
            out.created.append(*after);
            continue;
        }

        // ALTER TABLE
        if (!before && !after) {
            out.notes << Text::tr("%1 is not among the project's objects: its change is not "
                                  "followed")
                             .arg(ref.display());
            continue;
        }
        if (!before || !after)
            return pause(
                Text::tr("table %1 entered or left the project's objects").arg(ref.display()));
        if (before->manyToOne || !before->primaryOfTarget)
            return pause(Text::tr("several source tables feed target table %1: change it by hand")
                             .arg(before->target.ref.display()));
        const Table *current = targetTable(before->target.ref.name);
        if (!current || after->target.ref.name != before->target.ref.name)
            return pause(
                Text::tr("target table %1 does not exist").arg(before->target.ref.display()));
        const TableRef &to = current->ref;
        // What the target has, as the statements so far leave it.
        QStringList has;
        for (const Column &c : current->columns)
            has << c.name;
        const auto oldTarget = [&](const QString &column) {
            const QString name = targetName(*before, column);
            return name.isEmpty() ? column : name;
        };

        for (auto it = change.renames.begin(); it != change.renames.end(); ++it) {
            const QString from = oldTarget(it.key());
            const QString into = targetName(*after, it.value());
            if (into.isEmpty()) {
                out.notes << Text::tr("%1: column %2 is now %3, which the project does not copy")
                                 .arg(ref.display(), it.key(), it.value());
                continue;
            }
            if (has.contains(into))
                continue; // followed before
            if (!has.contains(from))
                return pause(Text::tr("target table %1 has neither column %2 nor %3")
                                 .arg(to.display(), from, into));
            statements << dialect.renameColumn(to, from, into);
            has.replace(has.indexOf(from), into);
        }
        for (const QString &column : change.drops) {
            const QString name = oldTarget(column);
            if (after->targetColumns.contains(name) || !has.contains(name))
                continue;
            if (copiesSubset(*before) && !readColumn(*before, column))
                continue; // never copied
            if (current->primaryKey && current->primaryKey->columns.contains(name))
                return pause(
                    Text::tr("column %1 of the key of %2 was dropped").arg(name, to.display()));
            statements << dialect.dropColumn(to, name);
            has.removeAll(name);
        }
        for (const QString &column : change.adds) {
            const Column *source = readColumn(*after, column);
            if (!source) {
                out.notes << Text::tr(
                                 "%1: column %2 was added on the source; the project copies only "
                                 "the columns it lists (or the column is generated), so it is not "
                                 "added to %3")
                                 .arg(ref.display(), column, to.display());
                continue;
            }
            const QString name = targetName(*after, column);
            if (has.contains(name))
                continue;
            const TargetColumn *declared = targetColumn(*after, name);
            if (!declared)
                continue;
            if (source->autoIncrement)
                return pause(Text::tr("the added column %1 of %2 numbers its rows")
                                 .arg(column, ref.display()));
            if (source->defaultKind == Column::DefaultKind::CurrentTimestamp
                || source->defaultKind == Column::DefaultKind::Expression)
                return pause(
                    Text::tr("the added column %1 of %2 has a default the source computed for "
                             "each existing row (%3)")
                        .arg(column, ref.display(),
                             source->defaultValue.isEmpty() ? u"CURRENT_TIMESTAMP"_s
                                                            : source->defaultValue));
            if (!source->nullable && source->defaultKind == Column::DefaultKind::None)
                return pause(
                    Text::tr("the added column %1 of %2 is NOT NULL without a default: the "
                             "source gave its existing rows a value the stream does not "
                             "carry")
                        .arg(column, ref.display()));
            statements += dialect.addColumn(to, *declared);
            has << name;
        }
        for (const QString &column : change.modifies) {
            const Column *now = readColumn(*after, column);
            if (!now)
                continue; // not copied
            QString was = column;
            for (auto it = change.renames.begin(); it != change.renames.end(); ++it)
                if (it.value() == column)
                    was = it.key();
            const Column *old = readColumn(*before, was);
            const QString name = targetName(*after, column);
            const Column *onTarget = current->column(name);
            const TargetColumn *declared = targetColumn(*after, name);
            if (!declared)
                continue;
            bool widen = false;
            if (old && !columntypes::sameShape(old->type, now->type)) {
                if (!columntypes::holds(now->type, old->type))
                    return pause(Text::tr("column %1 of %2 changes from %3 to %4, which is not a "
                                          "widening")
                                     .arg(column, ref.display(), old->type.describe(),
                                          now->type.describe()));
                widen = true;
            } else if (onTarget && !columntypes::holds(onTarget->type, now->type)) {
                // The plan already had the new type (the run started after the change): the
                // target's own column says what is missing.
                if (!columntypes::holds(now->type, onTarget->type))
                    return pause(
                        Text::tr("column %1 of %2 is %3 on the source and %4 on the target")
                            .arg(column, ref.display(), now->type.describe(),
                                 onTarget->type.describe()));
                widen = true;
            }
            if (old && old->nullable != now->nullable)
                return pause(
                    now->nullable
                        ? Text::tr("column %1 of %2 becomes NULL").arg(column, ref.display())
                        : Text::tr("column %1 of %2 becomes NOT NULL").arg(column, ref.display()));
            if (!widen)
                continue;
            if (declared->type.note == u"type override")
                out.notes << Text::tr("%1: column %2 is now %3 on the source; the project's type "
                                      "override %4 is kept")
                                 .arg(ref.display(), column, now->type.describe(),
                                      declared->type.declaration);
            else if (onTarget && has.contains(name))
                statements += dialect.changeColumnType(to, *declared);
        }
    }

    // Run them: in one transaction where DDL is transactional (PostgreSQL); elsewhere each
    // commits alone and a re-run skips what is there (every step above checked the catalog).
    const bool transactional = m_target.family() == EngineFamily::PostgreSql;
    if (transactional && !statements.isEmpty())
        if (auto ok = target.beginTransaction(); !ok)
            return std::unexpected(ok.error());
    for (const QString &sql : std::as_const(statements)) {
        if (auto ok = target.exec(sql); !ok) {
            if (transactional)
                target.rollbackTransaction();
            Error e = ok.error();
            e.message = Text::tr("following a source schema change on %1 failed: %2 (%3)")
                            .arg(m_target.displayAddress(), e.message, sql);
            e.fix = Text::tr("Correct the target table by hand, then run again.");
            return std::unexpected(e);
        }
    }
    if (transactional && !statements.isEmpty())
        if (auto ok = target.commitTransaction(); !ok)
            return std::unexpected(ok.error());
    out.statements = statements;

    // The step goes on with the tables it had, in their new shape, and the created ones.
    for (const TablePlan &p : next)
        if (findPlan(plans, p.source.ref))
            out.plans.append(p);
    out.plans += out.created;
    return out;
}

} // namespace ferry

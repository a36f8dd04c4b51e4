#include "schemaplan.h"

#include "engines/dialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ferry::schemaplan {

namespace {

bool globMatch(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion));
    const auto m = QRegularExpression(u"\\A(?:"_s + re.pattern() + u")\\z"_s).match(text);
    return m.hasMatch();
}

// The rules that apply to `table`, in file order.
QList<const TableRule *> rulesFor(const TableSelection &selection, const TableRef &table)
{
    QList<const TableRule *> out;
    for (const TableRule &r : selection.rules)
        if (matches(r.source, table))
            out.append(&r);
    return out;
}

// A PostgreSQL domain column: its base type (the catalog read it so) plus the domain's CHECKs
// as column CHECKs, VALUE replaced by the column's name. A CHECK with PostgreSQL casts (::) is
// carried to PostgreSQL only.
void carryDomainChecks(const Column &c, const QString &name, const Dialect &target,
                       TargetColumn &tc, QStringList &notes)
{
    static const QRegularExpression value(u"\\bVALUE\\b"_s);
    QStringList dropped;
    for (const QString &check : c.domainChecks) {
        QString expression = check;
        expression.replace(value, target.quote(name));
        if (target.family() != EngineFamily::PostgreSql && expression.contains(u"::"_s))
            dropped << check;
        else
            tc.checks << expression;
    }
    notes << u"column %1 has the domain %2: created as its base type %3%4"_s.arg(
        c.name, c.domain, c.type.native,
        tc.checks.isEmpty() ? QString() : u" with %1"_s.arg(tc.checks.join(u" "_s)));
    for (const QString &check : std::as_const(dropped))
        notes << u"column %1: the constraint %2 of its domain %3 is PostgreSQL SQL and is not "
                 "carried; add an equivalent CHECK by hand"_s.arg(c.name, check, c.domain);
}

QString methodName(Index::Method method)
{
    return method == Index::Method::Spatial ? u"SPATIAL"_s : u"FULLTEXT"_s;
}

// Why a SPATIAL or FULLTEXT index has no equivalent on the target; empty when it has one
// (MySQL: the same; PostgreSQL: GiST on PostGIS geometry, GIN on to_tsvector('simple', ...)).
QString methodNotCarried(const Index &mapped, const Index &source, const TargetTable &table,
                         const Dialect &target, const MappingOptions &mapping)
{
    switch (target.family()) {
    case EngineFamily::Sqlite:
        return u"SQLite has no spatial or full-text index on an ordinary table"_s;
    case EngineFamily::PostgreSql:
        if (source.method == Index::Method::Spatial && mapping.targetWithoutPostgis)
            return u"the target database has no PostGIS, the column is bytea"_s;
        return {};
    case EngineFamily::MySql:
        if (source.method == Index::Method::Spatial)
            for (const TargetColumn &c : table.columns)
                if (mapped.columns.contains(c.name) && c.nullable)
                    return u"MySQL takes a SPATIAL index only on a NOT NULL column, and %1 "
                           "is nullable"_s.arg(c.name);
        return {};
    }
    return {};
}

} // namespace

bool matches(const QString &pattern, const TableRef &table)
{
    const qsizetype dot = pattern.indexOf(u'.');
    if (dot > 0)
        return globMatch(pattern.left(dot), table.schema)
            && globMatch(pattern.mid(dot + 1), table.name);
    return globMatch(pattern, table.name);
}

Result<SchemaPlan> plan(const TableSelection &selection, const QList<Table> &sourceTables,
                        Engine sourceEngine, const Dialect &target, const QString &targetSchema,
                        const MappingOptions &mapping)
{
    SchemaPlan out;

    // Which tables move: include patterns or selecting rules, minus exclusions.
    QList<const Table *> selected;
    for (const Table &t : sourceTables) {
        bool in = false;
        for (const QString &pattern : selection.include)
            in = in || matches(pattern, t.ref);
        for (const TableRule &r : selection.rules)
            in = in || (r.selects && matches(r.source, t.ref));
        for (const QString &pattern : selection.exclude)
            if (matches(pattern, t.ref))
                in = false;
        if (in)
            selected.append(&t);
    }
    for (const QString &pattern : selection.include) {
        bool any = false;
        for (const Table &t : sourceTables)
            any = any || matches(pattern, t.ref);
        if (!any)
            out.patternsWithoutMatch << pattern;
    }
    for (const TableRule &r : selection.rules) {
        bool any = false;
        for (const Table &t : sourceTables)
            any = any || matches(r.source, t.ref);
        if (!any)
            out.patternsWithoutMatch << r.source;
    }

    const bool lower = mapping.lowerCaseNames && target.family() == EngineFamily::PostgreSql;
    auto fold = [lower](const QString &name) {
        return lower ? name.toLower() : name;
    };

    // Target names first: foreign keys and many-to-one need the whole map.
    QHash<QString, QString> targetName; // source table name -> target table name
    QSet<QString> namedByRule; // source tables whose target a table rule names
    QHash<QString, int> targetUse;
    QHash<QString, QString> foldedFrom; // folded target name -> the source table it came from
    for (const Table *t : std::as_const(selected)) {
        QString name = fold(t->ref.name);
        bool named = false;
        for (const TableRule *r : rulesFor(selection, t->ref))
            if (!r->target.isEmpty()) {
                name = r->target;
                named = true;
            }
        if (named)
            namedByRule.insert(t->ref.name);
        if (lower && !named) {
            if (foldedFrom.contains(name) && foldedFrom.value(name) != t->ref.name)
                return fail(Error::Code::InvalidInput,
                            u"tables %1 and %2 would both be named '%3' in the target with "
                            "lower-case names"_s.arg(foldedFrom.value(name), t->ref.name, name),
                            u"Give one of them another target name in a table rule, or keep the "
                            "names as they are (options.lowerCaseNames false)."_s);
            foldedFrom.insert(name, t->ref.name);
        }
        targetName.insert(t->ref.name, name);
        targetUse[name] += 1;
    }

    QHash<QString, bool> targetDefined;
    for (const Table *t : std::as_const(selected)) {
        TablePlan plan;
        plan.source = *t;
        plan.sourceKey = t->ref.display();
        const QList<const TableRule *> rules = rulesFor(selection, t->ref);
        QStringList subset;
        QMap<QString, QString> renames, types;
        QStringList filters;
        for (const TableRule *r : rules) {
            if (!r->columns.isEmpty())
                subset = r->columns;
            for (auto it = r->renames.begin(); it != r->renames.end(); ++it)
                renames.insert(it.key(), it.value());
            for (auto it = r->types.begin(); it != r->types.end(); ++it)
                types.insert(it.key(), it.value());
            if (!r->filter.trimmed().isEmpty())
                filters << r->filter.trimmed();
        }
        plan.filter = filters.size() == 1
            ? filters.first()
            : (filters.isEmpty() ? QString() : u"("_s + filters.join(u") AND ("_s) + u')');
        for (const QString &c : std::as_const(subset))
            if (!t->column(c))
                return fail(Error::Code::InvalidInput,
                            u"table %1 has no column '%2' (named in its column list)"_s.arg(
                                plan.sourceKey, c),
                            u"Check the spelling; column names are case-sensitive."_s);
        for (auto it = renames.begin(); it != renames.end(); ++it)
            if (!t->column(it.key()))
                return fail(Error::Code::InvalidInput,
                            u"table %1 has no column '%2' (named in its renames)"_s.arg(
                                plan.sourceKey, it.key()));
        for (auto it = types.begin(); it != types.end(); ++it)
            if (!t->column(it.key()))
                return fail(Error::Code::InvalidInput,
                            u"table %1 has no column '%2' (named in its type overrides)"_s.arg(
                                plan.sourceKey, it.key()));

        plan.target.ref = {targetSchema, targetName.value(t->ref.name)};
        plan.manyToOne = targetUse.value(plan.target.ref.name) > 1;
        plan.targetNamed = namedByRule.contains(t->ref.name);
        plan.primaryOfTarget = !targetDefined.value(plan.target.ref.name);
        targetDefined[plan.target.ref.name] = true;

        QHash<QString, QString> targetOf; // source column -> target column
        const QHash<QString, TypeDecision> decided = mapping.decisions.value(plan.sourceKey);
        for (const Column &c : t->columns) {
            if (c.generated) {
                plan.notes << u"column %1 is generated: the target computes it, it is not "
                              "copied"_s.arg(c.name);
                continue;
            }
            if (!subset.isEmpty() && !subset.contains(c.name))
                continue;
            const QString name = renames.value(c.name, fold(c.name));
            plan.readColumns.append(c);
            plan.targetColumns.append(name);
            targetOf.insert(c.name, name);

            TargetColumn tc;
            tc.name = name;
            tc.sourceName = c.name;
            tc.sourceType = c.type;
            tc.nullable = c.nullable;
            tc.autoIncrement = c.autoIncrement;
            tc.defaultKind = c.defaultKind;
            tc.defaultValue = c.defaultValue;
            if (types.contains(c.name)) {
                tc.type.declaration = types.value(c.name);
                tc.type.fidelity = Fidelity::Exact;
                tc.type.note = u"type override"_s;
                tc.overridden = true;
            } else if (decided.contains(c.name)) {
                const TypeDecision d = decided.value(c.name);
                tc.type = {d.declaration, Fidelity::Exact, d.reason};
                tc.decidedFromValues = true;
            } else if (mapping.sqliteDecimalsAsReal && target.family() == EngineFamily::Sqlite
                       && c.type.kind == TypeKind::Decimal && c.type.precision > 0
                       && c.type.precision <= 15) {
                tc.type = {u"NUMERIC(%1,%2)"_s.arg(c.type.precision).arg(c.type.scale),
                           Fidelity::Lossy,
                           u"options.sqliteDecimals is real: stored as a binary double (0.01 is "
                           "held as 0.010000000000000000208...), reads back with up to 15 "
                           "digits; arithmetic is fast but inexact"_s};
                tc.overridden = true; // the project's choice, not the dialect's
            } else if (c.type.kind == TypeKind::Spatial && mapping.targetWithoutPostgis
                       && target.family() == EngineFamily::PostgreSql) {
                tc.type = {u"bytea"_s, Fidelity::Exact,
                           u"the target database has no PostGIS (CREATE EXTENSION postgis): "
                           "kept as bytea holding the SRID (4 bytes, little-endian) and the "
                           "WKB"_s};
                plan.notes << u"column %1 (%2) becomes bytea holding the SRID and the WKB: the "
                              "target database has no postgis extension; create it before the "
                              "run to get geometry"_s.arg(c.name, c.type.native);
            } else {
                tc.type = target.declare(c.type, sourceEngine);
            }
            if (!c.domainChecks.isEmpty())
                carryDomainChecks(c, name, target, tc, plan.notes);
            if (c.defaultKind == Column::DefaultKind::Expression
                && engines::family(sourceEngine) != target.family()) {
                plan.notes << u"column %1: its default %2 is %3-specific and is not carried "
                              "over"_s.arg(c.name, c.defaultValue,
                                           engines::displayName(sourceEngine));
                tc.defaultKind = Column::DefaultKind::None;
            }
            plan.target.columns.append(tc);
        }
        if (!t->partitioning.isEmpty())
            plan.notes << u"table %1 is partitioned (%2): it is read through the partitioned "
                          "table and created as one table that keeps its columns, identity, "
                          "keys, indexes and foreign keys (and those every partition has), "
                          "without the partitioning; partition the target table by hand if "
                          "needed"_s.arg(plan.sourceKey, t->partitioning);
        if (plan.readColumns.isEmpty())
            return fail(Error::Code::InvalidInput,
                        u"table %1 would copy no column"_s.arg(plan.sourceKey),
                        u"Name at least one of its columns in \"columns\"."_s);

        // Chunk key: the table's key, if every key column is copied.
        const QStringList key = t->chunkKey();
        bool keyCopied = !key.isEmpty();
        for (const QString &k : key)
            keyCopied = keyCopied && targetOf.contains(k);
        if (keyCopied) {
            for (const QString &k : key) {
                Column source = *t->column(k);
                plan.keyColumns.append(source);
                Column renamed = source;
                renamed.name = targetOf.value(k);
                plan.targetKey.append(renamed);
            }
        } else if (key.isEmpty()) {
            plan.notes << u"table %1 has no primary key or NOT NULL unique key: it is copied "
                          "whole in one stream (no parallel chunks), a resumed run copies it "
                          "again from the start, and verification compares it as a multiset"_s.arg(
                              plan.sourceKey);
        } else {
            plan.notes << u"the key of table %1 (%2) is not among the copied columns: the "
                          "table is copied whole in one stream"_s.arg(plan.sourceKey,
                                                                      key.join(u", "_s));
        }

        if (t->primaryKey) {
            bool all = true;
            QStringList mapped;
            for (const QString &k : t->primaryKey->columns) {
                all = all && targetOf.contains(k);
                mapped << targetOf.value(k);
            }
            if (all)
                plan.target.primaryKey = mapped;
        }
        for (const Index &index : t->indexes) {
            Index mapped = index;
            mapped.name = fold(index.name);
            mapped.columns.clear();
            bool all = true;
            for (const QString &c : index.columns) {
                all = all && targetOf.contains(c);
                mapped.columns << targetOf.value(c);
            }
            if (all && index.method != Index::Method::Plain) {
                if (const QString why =
                        methodNotCarried(mapped, index, plan.target, target, mapping);
                    !why.isEmpty()) {
                    plan.notes << u"index %1 of %2 (%3) is not carried: %4"_s.arg(
                        index.name, plan.sourceKey, methodName(index.method), why);
                    continue;
                }
            }
            if (all)
                plan.target.indexes.append(mapped);
            else
                plan.notes << u"index %1 of %2 uses a column that is not copied: skipped"_s.arg(
                    index.name, plan.sourceKey);
        }
        for (const ForeignKey &fk : t->foreignKeys) {
            if (!targetName.contains(fk.referenced.name)) {
                plan.notes << u"foreign key %1 of %2 references %3, which is not migrated: "
                              "skipped"_s.arg(fk.name, plan.sourceKey, fk.referenced.display());
                continue;
            }
            ForeignKey mapped = fk;
            mapped.name = fold(fk.name);
            mapped.referenced = {targetSchema, targetName.value(fk.referenced.name)};
            mapped.columns.clear();
            bool all = true;
            for (const QString &c : fk.columns) {
                all = all && targetOf.contains(c);
                mapped.columns << targetOf.value(c);
            }
            // Referenced columns keep their names unless the referenced table renames them.
            for (const Table *other : std::as_const(selected)) {
                if (other->ref.name != fk.referenced.name)
                    continue;
                QMap<QString, QString> otherRenames;
                for (const TableRule *r : rulesFor(selection, other->ref))
                    for (auto it = r->renames.begin(); it != r->renames.end(); ++it)
                        otherRenames.insert(it.key(), it.value());
                for (QString &c : mapped.referencedColumns)
                    c = otherRenames.value(c, fold(c));
            }
            if (all)
                plan.target.foreignKeys.append(mapped);
        }
        out.tables.append(plan);
    }
    return out;
}

} // namespace ferry::schemaplan

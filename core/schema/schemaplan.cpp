#include "schemaplan.h"

#include "common/language.h"
#include "engines/dialect.h"
#include "sqltranslate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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

constexpr int kOriginLength = 255;

QString originText(const TablePlan &t)
{
    if (t.originColumn.isEmpty())
        return u"no origin column"_s;
    return u"origin column %1%2"_s.arg(t.originColumn,
                                       t.originInKey ? u" in the key"_s : QString());
}

// A column name as the source engine quotes it, for the conditions of a split.
QString quoted(Engine engine, const QString &name)
{
    if (engines::family(engine) == EngineFamily::MySql)
        return u'`' + QString(name).replace(u'`', u"``"_s) + u'`';
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// Each plan of a source table a rule splits becomes one plan per shard: the target named by
// the template, the shard's condition joined to the filter, index and foreign key names made
// distinct. Foreign keys that reference a split table are left out (its rows are spread).
Status expandSplits(const TableSelection &selection, Engine sourceEngine, SchemaPlan &out)
{
    QList<TablePlan> expanded;
    QSet<QString> splitTemplates;
    for (TablePlan &p : out.tables) {
        const SplitRule *split = nullptr;
        for (const TableRule *r : rulesFor(selection, p.source.ref))
            if (r->split)
                split = &*r->split;
        if (!split) {
            expanded.append(std::move(p));
            continue;
        }
        const QString templ = p.target.ref.name;
        const QString where = Text::tr("the split of %1 (%2)").arg(p.sourceKey, split->describe());
        const Column *column = p.source.column(split->column);
        if (!column)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("%1 names column '%2', which %3 does not have")
                    .arg(where, split->column, p.sourceKey),
                Text::tr("Name one of its integer columns in \"split\".\"column\"; names are "
                         "case-sensitive."));
        if (column->type.kind != TypeKind::Integer)
            return fail(Error::Code::InvalidInput,
                        Text::tr("%1: column %2 is %3, not an integer")
                            .arg(where, split->column, column->type.describe()),
                        Text::tr("Split by an integer column (a customer or tenant id)."));
        if (!templ.contains(u"{shard}"_s))
            return fail(
                Error::Code::InvalidInput,
                Text::tr("%1: the target '%2' has no {shard}, so every shard would have the same "
                         "name")
                    .arg(where, templ),
                Text::tr("Write the target as a template, e.g. \"%1_{shard}\".")
                    .arg(p.source.ref.name));
        if (p.manyToOne)
            return fail(Error::Code::InvalidInput,
                        Text::tr("%1: other tables feed the same shards %2").arg(where, templ),
                        Text::tr("Give each split table its own target template."));
        splitTemplates.insert(templ);
        const QString c = quoted(sourceEngine, split->column);
        for (int shard = 0; shard < split->count(); ++shard) {
            TablePlan q = p;
            const QString number = QString::number(shard);
            q.split = *split;
            q.shard = shard;
            q.target.ref.name = QString(templ).replace(u"{shard}"_s, number);
            q.sourceKey = p.sourceKey + u'[' + q.target.ref.name + u']';
            q.rowFilter = p.filter;
            const QString condition = split->condition(c, shard);
            q.filter = p.filter.isEmpty() ? condition
                                          : u"("_s + p.filter + u") AND ("_s + condition + u')';
            for (Index &i : q.target.indexes)
                i.name += u'_' + number;
            for (ForeignKey &fk : q.target.foreignKeys)
                fk.name += u'_' + number;
            q.notes << Text::tr("rows of %1 where %2 go to %3")
                           .arg(p.sourceKey, condition, q.target.ref.name);
            expanded.append(std::move(q));
        }
    }
    for (TablePlan &p : expanded)
        p.target.foreignKeys.removeIf([&](const ForeignKey &fk) {
            if (!splitTemplates.contains(fk.referenced.name))
                return false;
            p.notes << Text::tr("foreign key %1 of %2 references %3, which is split into shards: "
                                "skipped")
                           .arg(fk.name, p.sourceKey, fk.referenced.name);
            return true;
        });
    out.tables = std::move(expanded);
    return {};
}

// A PostgreSQL domain column: its base type (the catalog read it so) plus the domain's CHECKs
// as column CHECKs, VALUE replaced by the column's name. A CHECK with PostgreSQL casts (::) is
// carried to PostgreSQL only; returns the CHECKs left out.
QStringList carryDomainChecks(const Column &c, const QString &name, const Dialect &target,
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
    notes << (tc.checks.isEmpty()
                  ? Text::tr("column %1 has the domain %2: created as its base type %3")
                        .arg(c.name, c.domain, c.type.native)
                  : Text::tr("column %1 has the domain %2: created as its base type %3 with %4")
                        .arg(c.name, c.domain, c.type.native, tc.checks.join(u" "_s)));
    return dropped;
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
        return Text::tr("SQLite has no spatial or full-text index on an ordinary table");
    case EngineFamily::PostgreSql:
        if (source.method == Index::Method::Spatial && mapping.targetWithoutPostgis)
            return Text::tr("the target database has no PostGIS, the column is bytea");
        return {};
    case EngineFamily::MySql:
        if (source.method == Index::Method::Spatial)
            for (const TargetColumn &c : table.columns)
                if (mapped.columns.contains(c.name) && c.nullable)
                    return Text::tr("MySQL takes a SPATIAL index only on a NOT NULL column, and %1 "
                                    "is nullable")
                        .arg(c.name);
        return {};
    }
    return {};
}

// The target column types MySQL partitions by (RANGE/LIST COLUMNS, KEY).
bool mySqlPartitionable(const QString &declaration)
{
    static const QRegularExpression types(
        u"^(tinyint|smallint|mediumint|int|integer|bigint|date|datetime|char|varchar|binary|"
        "varbinary)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return types.match(declaration.trimmed()).hasMatch();
}

// A PostgreSQL partition table's name for a MySQL partition: MySQL partitions are named per
// table, PostgreSQL partitions are tables of the schema.
QString partitionTableName(const QString &table, const QString &partition, int maxLength)
{
    return QString(table + u'_' + partition).left(maxLength);
}

// The partitioning `plan.target` gets from its source table, with target names, or why it
// cannot have it (then the target is one table). `notes` receives what the DBA should know.
// The foreign-key rule of MySQL targets is applied by the caller, which sees every table.
QString planPartitioning(const TablePlan &plan, Engine sourceEngine, const Dialect &target,
                         const MappingOptions &mapping, Partitioning &out, QStringList &notes)
{
    const Partitioning &p = plan.source.partitioning;
    const EngineFamily from = engines::family(sourceEngine);
    const EngineFamily to = target.family();
    if (to == EngineFamily::Sqlite)
        return Text::tr("SQLite has no partitioned tables");
    if (!p.unsupported.isEmpty())
        return p.unsupported;
    if (plan.manyToOne || plan.split)
        return Text::tr("the target table is fed by other tables or split by a rule");
    if (p.partitions.isEmpty())
        return Text::tr("it has no partitions");
    out = p;
    out.columns.clear();
    QHash<QString, const TargetColumn *> byName;
    for (const TargetColumn &c : plan.target.columns)
        byName.insert(c.name, &c);
    for (const QString &c : p.columns) {
        qsizetype i = plan.readColumns.size() - 1;
        while (i >= 0 && plan.readColumns[i].name != c)
            --i;
        if (i < 0)
            return Text::tr("its partition column %1 is not copied").arg(c);
        out.columns << plan.targetColumns[i];
        if (to == EngineFamily::MySql
            && !mySqlPartitionable(byName.value(out.columns.last())->type.declaration))
            return Text::tr("its partition column %1 is %2 on the target, which MySQL does not "
                            "partition by")
                .arg(c, byName.value(out.columns.last())->type.declaration);
    }
    // Both engines want every unique key to hold the partition columns.
    QList<QStringList> uniqueKeys;
    if (!plan.target.primaryKey.isEmpty())
        uniqueKeys << plan.target.primaryKey;
    for (const Index &index : plan.target.indexes)
        if (index.unique || index.primary)
            uniqueKeys << index.columns;
    for (const QStringList &key : std::as_const(uniqueKeys))
        for (const QString &c : std::as_const(out.columns))
            if (!key.contains(c))
                return Text::tr("the unique key (%1) does not hold the partition column %2, which "
                                "%3 requires")
                    .arg(key.join(u", "_s), c,
                         to == EngineFamily::MySql ? u"MySQL"_s : u"PostgreSQL"_s);
    if (to == EngineFamily::MySql)
        for (const Index &index : plan.target.indexes)
            if (index.method != Index::Method::Plain)
                return Text::tr("MySQL has no FULLTEXT or SPATIAL index on a partitioned table "
                                "(index %1)")
                    .arg(index.name);

    bool hasDefault = false;
    for (const Partition &partition : std::as_const(out.partitions))
        hasDefault = hasDefault || partition.isDefault;
    if (to == EngineFamily::MySql && hasDefault && p.method == Partitioning::Method::List
        && !mapping.targetTakesDefaultPartition)
        return Text::tr(
            "it has a DEFAULT list partition, which MySQL does not take (MariaDB does)");

    if (from == EngineFamily::PostgreSql && to == EngineFamily::MySql) {
        switch (p.method) {
        case Partitioning::Method::Range: {
            QList<Partition> ranges;
            QString defaultName;
            for (const Partition &partition : std::as_const(out.partitions))
                if (partition.isDefault)
                    defaultName = partition.name;
                else
                    ranges << partition;
            std::sort(ranges.begin(), ranges.end(), [](const Partition &a, const Partition &b) {
                return partitioning::compare(a.to, b.to) < 0;
            });
            bool absorbed = !defaultName.isEmpty();
            for (qsizetype i = 0; i < ranges.size(); ++i) {
                const QList<PartitionValue> &lower = ranges[i].from;
                if (i == 0)
                    absorbed = absorbed
                        || !std::all_of(lower.begin(), lower.end(), [](const PartitionValue &v) {
                                   return v.kind == PartitionValue::Kind::MinValue;
                               });
                else
                    absorbed = absorbed || lower != ranges[i - 1].to;
                ranges[i].from.clear();
            }
            const bool open =
                !ranges.isEmpty() && ranges.last().to.last().kind == PartitionValue::Kind::MaxValue;
            if (!defaultName.isEmpty() && !open) {
                Partition last;
                last.name = defaultName;
                for (qsizetype i = 0; i < out.columns.size(); ++i)
                    last.to << PartitionValue {PartitionValue::Kind::MaxValue, QString()};
                ranges << last;
            }
            out.partitions = ranges;
            if (absorbed)
                notes << Text::tr("partitioning of %1: MySQL ranges have upper bounds only, so "
                                  "rows the source would put in a gap between ranges, below "
                                  "the first or in its DEFAULT partition go to the next range "
                                  "(or to %2, the last one)")
                             .arg(plan.sourceKey, out.partitions.last().name);
            break;
        }
        case Partitioning::Method::List: break;
        case Partitioning::Method::Hash: {
            const int modulus = int(out.partitions.size());
            for (const Partition &partition : std::as_const(out.partitions))
                if (partition.modulus != modulus)
                    return Text::tr("its hash partitions have different moduli, which MySQL "
                                    "cannot express");
            out.method = Partitioning::Method::Key;
            notes << Text::tr("partitioning of %1: HASH becomes KEY with %2 partitions, and rows "
                              "land in MySQL's own hash partitions, not in the same-named ones "
                              "of the source")
                         .arg(plan.sourceKey)
                         .arg(modulus);
            break;
        }
        case Partitioning::Method::Key:
        case Partitioning::Method::None: break;
        }
    } else if (from == EngineFamily::MySql && to == EngineFamily::PostgreSql) {
        const int lengthLimit = target.maxIdentifierLength();
        for (Partition &partition : out.partitions)
            partition.name = partitionTableName(plan.target.ref.name, partition.name, lengthLimit);
        switch (p.method) {
        case Partitioning::Method::Range: {
            QList<PartitionValue> lower;
            for (qsizetype i = 0; i < out.columns.size(); ++i)
                lower << PartitionValue {PartitionValue::Kind::MinValue, QString()};
            for (Partition &partition : out.partitions) {
                partition.from = lower;
                lower = partition.to;
            }
            break;
        }
        case Partitioning::Method::List:
            if (out.columns.size() != 1)
                return Text::tr("PostgreSQL partitions by LIST on one column only");
            break;
        case Partitioning::Method::Hash:
        case Partitioning::Method::Key:
            out.method = Partitioning::Method::Hash;
            notes << Text::tr("partitioning of %1: %2 becomes HASH with modulus %3, and rows "
                              "land in PostgreSQL's own hash partitions, not in the same-named "
                              "ones of the source")
                         .arg(plan.sourceKey, Partitioning::methodName(p.method))
                         .arg(out.partitions.size());
            break;
        case Partitioning::Method::None: break;
        }
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
            if (!r->target.isEmpty() || r->split) {
                // A split names its shards by a template: expanded once the plan is made.
                name = r->target.isEmpty() ? fold(t->ref.name) + u"_{shard}"_s : r->target;
                named = true;
            }
        if (named)
            namedByRule.insert(t->ref.name);
        if (lower && !named) {
            if (foldedFrom.contains(name) && foldedFrom.value(name) != t->ref.name)
                return fail(
                    Error::Code::InvalidInput,
                    Text::tr("tables %1 and %2 would both be named '%3' in the target with "
                             "lower-case names")
                        .arg(foldedFrom.value(name), t->ref.name, name),
                    Text::tr("Give one of them another target name in a table rule, or keep the "
                             "names as they are (options.lowerCaseNames false)."));
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
            if (!r->originColumn.isEmpty()) {
                plan.originColumn = r->originColumn;
                plan.originInKey = r->originInKey;
            }
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
                            Text::tr("table %1 has no column '%2' (named in its column list)")
                                .arg(plan.sourceKey, c),
                            Text::tr("Check the spelling; column names are case-sensitive."));
        for (auto it = renames.begin(); it != renames.end(); ++it)
            if (!t->column(it.key()))
                return fail(Error::Code::InvalidInput,
                            Text::tr("table %1 has no column '%2' (named in its renames)")
                                .arg(plan.sourceKey, it.key()));
        for (auto it = types.begin(); it != types.end(); ++it)
            if (!t->column(it.key()))
                return fail(Error::Code::InvalidInput,
                            Text::tr("table %1 has no column '%2' (named in its type overrides)")
                                .arg(plan.sourceKey, it.key()));

        plan.target.ref = {targetSchema, targetName.value(t->ref.name)};
        plan.manyToOne = targetUse.value(plan.target.ref.name) > 1;
        plan.targetNamed = namedByRule.contains(t->ref.name);
        plan.primaryOfTarget = !targetDefined.value(plan.target.ref.name);
        targetDefined[plan.target.ref.name] = true;

        QHash<QString, QString> targetOf; // source column -> target column
        const QHash<QString, TypeDecision> decided = mapping.decisions.value(plan.sourceKey);
        // CHECK and generation expressions may name the columns the target table has.
        QSet<QString> kept;
        for (const Column &c : t->columns)
            if (subset.isEmpty() || subset.contains(c.name))
                kept.insert(c.name);
        const sqltranslate::NameMap columnName = [&](const QString &c) {
            return renames.value(c, fold(c));
        };
        const EngineFamily sourceFamily = engines::family(sourceEngine);
        auto notCarried = [&](const QString &kind, const QString &object, const QString &definition,
                              const QString &reason, bool changesData) {
            if (plan.primaryOfTarget)
                out.notCarried.append(
                    {kind, object.isEmpty() ? plan.sourceKey : plan.sourceKey + u'.' + object,
                     definition, reason, changesData});
        };
        for (const Column &c : t->columns) {
            if (!subset.isEmpty() && !subset.contains(c.name))
                continue;
            const QString name = columnName(c.name);
            TargetColumn tc;
            if (c.generated) {
                sqltranslate::Translation generated = sqltranslate::expression(
                    c.generationExpression, sourceFamily, target, kept, columnName);
                // SQLite computes with binary doubles: a decimal it computed would not be the
                // exact value the source holds.
                if (generated.ok() && target.family() == EngineFamily::Sqlite
                    && sourceFamily != EngineFamily::Sqlite && c.type.kind == TypeKind::Decimal)
                    generated.why = Text::tr("SQLite would compute the decimal as a binary double");
                if (generated.ok() && !c.generationExpression.isEmpty()) {
                    tc.generationExpression = generated.sql;
                    tc.generatedStored = c.generatedStored;
                } else {
                    notCarried(
                        u"generation expression"_s, c.name, c.generationExpression,
                        Text::tr("%1: the column is created as a plain one holding the copied "
                                 "values, and no longer recomputes")
                            .arg(c.generationExpression.isEmpty()
                                     ? Text::tr("the source does not show the expression")
                                     : generated.why),
                        true);
                }
            }
            if (tc.generationExpression.isEmpty()) {
                plan.readColumns.append(c);
                plan.targetColumns.append(name);
                targetOf.insert(c.name, name);
            }
            tc.comment = c.comment;
            tc.onUpdateCurrentTimestamp = c.onUpdateCurrentTimestamp;
            if (!c.comment.isEmpty() && target.family() == EngineFamily::Sqlite)
                notCarried(u"comment"_s, c.name, c.comment, Text::tr("SQLite has no comments"),
                           false);
            if (c.type.kind == TypeKind::Set && target.family() == EngineFamily::Sqlite
                && !types.contains(c.name))
                notCarried(
                    u"set labels"_s, c.name, c.type.native,
                    Text::tr("SQLite keeps the SET as text and cannot check that it holds only "
                             "the labels"),
                    true);

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
                tc.type = {
                    u"NUMERIC(%1,%2)"_s.arg(c.type.precision).arg(c.type.scale), Fidelity::Lossy,
                    Text::tr("options.sqliteDecimals is real: stored as a binary double (0.01 is "
                             "held as 0.010000000000000000208...), reads back with up to 15 "
                             "digits; arithmetic is fast but inexact")};
                tc.overridden = true; // the project's choice, not the dialect's
            } else if (c.type.kind == TypeKind::Spatial && mapping.targetWithoutPostgis
                       && target.family() == EngineFamily::PostgreSql) {
                tc.type = {
                    u"bytea"_s, Fidelity::Exact,
                    Text::tr("the target database has no PostGIS (CREATE EXTENSION postgis): "
                             "kept as bytea holding the SRID (4 bytes, little-endian) and the "
                             "WKB")};
                notCarried(
                    u"geometry type"_s, c.name, c.type.native,
                    Text::tr("the target database has no postgis extension: the column becomes "
                             "bytea holding the SRID and the WKB (CREATE EXTENSION postgis before "
                             "the run to get geometry)"),
                    false);
            } else {
                tc.type = target.declare(c.type, sourceEngine);
            }
            if (!c.domainChecks.isEmpty())
                for (const QString &check : carryDomainChecks(c, name, target, tc, plan.notes))
                    notCarried(
                        u"domain constraint"_s, c.name, check,
                        Text::tr("a CHECK of the domain %1 in PostgreSQL SQL: add an equivalent "
                                 "CHECK by hand")
                            .arg(c.domain),
                        true);
            if (c.defaultKind == Column::DefaultKind::Expression
                && engines::family(sourceEngine) != target.family()) {
                plan.notes << Text::tr(
                                  "column %1: its default %2 is %3-specific and is not carried "
                                  "over")
                                  .arg(c.name, c.defaultValue, engines::displayName(sourceEngine));
                notCarried(
                    u"default"_s, c.name, c.defaultValue,
                    Text::tr("the expression is %1-specific: an INSERT without the column gets "
                             "NULL")
                        .arg(engines::displayName(sourceEngine)),
                    false);
                tc.defaultKind = Column::DefaultKind::None;
            }
            plan.target.columns.append(tc);
        }
        if (plan.readColumns.isEmpty())
            return fail(Error::Code::InvalidInput,
                        Text::tr("table %1 would copy no column").arg(plan.sourceKey),
                        Text::tr("Name at least one of its columns in \"columns\"."));
        if (!plan.originColumn.isEmpty()) {
            if (plan.targetColumns.contains(plan.originColumn))
                return fail(
                    Error::Code::InvalidInput,
                    Text::tr("table %1 already has a column '%2' in the target: it cannot also "
                             "be the origin column")
                        .arg(plan.sourceKey, plan.originColumn),
                    Text::tr("Choose another \"originColumn\", or rename the source column."));
            TargetColumn origin;
            origin.name = plan.originColumn;
            origin.sourceName = plan.originColumn;
            origin.sourceType.kind = TypeKind::VarChar;
            origin.sourceType.length = kOriginLength;
            origin.sourceType.native = u"varchar(%1)"_s.arg(kOriginLength);
            origin.type = target.declare(origin.sourceType, sourceEngine);
            origin.type.note = Text::tr("the source table of each row (originColumn)");
            origin.nullable = false;
            origin.overridden = true; // Ferry's choice, never decided from values
            plan.target.columns.append(origin);
        }

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
            plan.notes << Text::tr(
                              "table %1 has no primary key or NOT NULL unique key: it is copied "
                              "whole in one stream (no parallel chunks), a resumed run copies it "
                              "again from the start, and verification compares it as a multiset")
                              .arg(plan.sourceKey);
        } else {
            plan.notes << Text::tr("the key of table %1 (%2) is not among the copied columns: the "
                                   "table is copied whole in one stream")
                              .arg(plan.sourceKey, key.join(u", "_s));
        }

        plan.target.comment = t->comment;
        if (!t->comment.isEmpty() && target.family() == EngineFamily::Sqlite)
            notCarried(u"comment"_s, QString(), t->comment, Text::tr("SQLite has no comments"),
                       false);
        for (const CheckConstraint &check : t->checks) {
            const sqltranslate::Translation e =
                sqltranslate::expression(check.expression, sourceFamily, target, kept, columnName);
            if (e.ok())
                plan.target.checks.append({fold(check.name), e.sql});
            else
                notCarried(u"check constraint"_s, check.name, check.expression,
                           Text::tr("%1: the target does not check it").arg(e.why), true);
        }
        for (NotCarried n : t->notCarried)
            if (plan.primaryOfTarget)
                out.notCarried.append(n);

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
        if (plan.originInKey) {
            if (plan.target.primaryKey.isEmpty())
                return fail(
                    Error::Code::InvalidInput,
                    Text::tr("table %1 has no primary key among its copied columns: its origin "
                             "column '%2' cannot join one (originInKey)")
                        .arg(plan.sourceKey, plan.originColumn),
                    Text::tr("Give the table a primary key, or leave originInKey out."));
            plan.target.primaryKey << plan.originColumn;
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
                    notCarried(u"index"_s, index.name,
                               u"%1 INDEX %2 (%3)"_s.arg(methodName(index.method), index.name,
                                                         index.columns.join(u", "_s)),
                               why, false);
                    continue;
                }
            }
            if (all)
                plan.target.indexes.append(mapped);
            else
                plan.notes << Text::tr("index %1 of %2 uses a column that is not copied: skipped")
                                  .arg(index.name, plan.sourceKey);
        }
        for (const ForeignKey &fk : t->foreignKeys) {
            if (!targetName.contains(fk.referenced.name)) {
                plan.notes << Text::tr("foreign key %1 of %2 references %3, which is not migrated: "
                                       "skipped")
                                  .arg(fk.name, plan.sourceKey, fk.referenced.display());
                notCarried(u"foreign key"_s, fk.name,
                           u"(%1) REFERENCES %2 (%3)"_s.arg(fk.columns.join(u", "_s),
                                                            fk.referenced.display(),
                                                            fk.referencedColumns.join(u", "_s)),
                           Text::tr("it references %1, which is not migrated")
                               .arg(fk.referenced.display()),
                           true);
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
    if (auto split = expandSplits(selection, sourceEngine, out); !split)
        return std::unexpected(split.error());

    // Partitioned tables: partitioned alike where the target can, else one table, named.
    // InnoDB has no foreign keys on a partitioned table, referencing or referenced: there the
    // keys win.
    QSet<QString> referenced; // target tables a created foreign key references
    for (const TablePlan &t : std::as_const(out.tables))
        for (const ForeignKey &fk : t.target.foreignKeys)
            referenced.insert(fk.referenced.name);
    for (TablePlan &t : out.tables) {
        if (t.source.partitioning.isEmpty())
            continue;
        Partitioning partitioning;
        QStringList notes;
        QString why = planPartitioning(t, sourceEngine, target, mapping, partitioning, notes);
        if (why.isEmpty() && target.family() == EngineFamily::MySql
            && (!t.target.foreignKeys.isEmpty() || referenced.contains(t.target.ref.name)))
            why = t.target.foreignKeys.isEmpty()
                ? Text::tr("a foreign key references it, and MySQL has no foreign keys on "
                           "partitioned tables")
                : Text::tr("it has foreign keys, and MySQL has none on partitioned tables");
        if (!why.isEmpty()) {
            if (t.primaryOfTarget)
                out.notCarried.append(
                    {u"partitioning"_s, t.sourceKey,
                     u"PARTITION BY "_s + t.source.partitioning.definition,
                     Text::tr("%1: the table is created as one table that keeps its columns, "
                              "identity, keys, indexes and foreign keys (and those every "
                              "partition has), without the partitioning")
                         .arg(why),
                     false});
            continue;
        }
        t.target.partitioning = partitioning;
        t.notes << Text::tr("partitioned as on the source (%1)").arg(partitioning.describe())
                << notes;
    }

    // The sources of one target table agree on its origin column: it is NOT NULL there.
    QHash<QString, const TablePlan *> firstOf;
    for (const TablePlan &t : std::as_const(out.tables)) {
        const TablePlan *first = firstOf.value(t.target.ref.name);
        if (!first) {
            firstOf.insert(t.target.ref.name, &t);
            continue;
        }
        if (first->originColumn != t.originColumn || first->originInKey != t.originInKey)
            return fail(
                Error::Code::InvalidInput,
                Text::tr("%1 and %2 both feed %3 but record their origin differently (%4 and "
                         "%5)")
                    .arg(first->sourceKey, t.sourceKey, t.target.ref.display(), originText(*first),
                         originText(t)),
                Text::tr("Give every table rule of %1 the same \"originColumn\" and "
                         "\"originInKey\".")
                    .arg(t.target.ref.display()));
    }
    return out;
}

void planObjects(SchemaPlan &plan, const QList<SchemaObject> &objects,
                 const QList<Table> &sourceTables, Engine sourceEngine, const Dialect &target,
                 const QString &targetSchema, const MappingOptions &mapping)
{
    const bool lower = mapping.lowerCaseNames && target.family() == EngineFamily::PostgreSql;
    QHash<QString, QString> tableName; // migrated source table -> target table
    for (const TablePlan &t : std::as_const(plan.tables))
        tableName.insert(t.source.ref.name, t.target.ref.name);
    QSet<QString> sourceTableNames, viewNames;
    for (const Table &t : sourceTables)
        sourceTableNames.insert(t.ref.name);
    for (const SchemaObject &o : objects)
        if (o.kind == SchemaObject::Kind::View)
            viewNames.insert(o.name);
    const sqltranslate::NameMap name = [&](const QString &n) {
        return tableName.value(n, lower ? n.toLower() : n);
    };
    const EngineFamily from = engines::family(sourceEngine);

    // Views: translated, then ordered so that each comes after the views it reads.
    QList<TargetView> views;
    QHash<QString, QStringList> reads; // view -> the views it names
    for (const SchemaObject &o : objects) {
        if (o.kind != SchemaObject::Kind::View)
            continue;
        QString why;
        const QStringList names = sqltranslate::names(o.definition, from);
        for (const QString &n : names)
            if (sourceTableNames.contains(n) && !tableName.contains(n) && why.isEmpty())
                why = Text::tr("it reads table %1, which is not migrated").arg(n);
        sqltranslate::Translation t;
        if (why.isEmpty()) {
            t = sqltranslate::query(o.definition, from, o.schema, target, name);
            why = t.why;
        }
        if (!why.isEmpty()) {
            plan.notCarried.append({u"view"_s, o.qualifiedName(), o.definition,
                                    Text::tr("%1: recreate it on the target by hand").arg(why),
                                    false});
            continue;
        }
        for (const QString &n : names)
            if (viewNames.contains(n) && n != o.name)
                reads[o.name] << n;
        views.append({{targetSchema, lower ? o.name.toLower() : o.name}, o.qualifiedName(), t.sql});
    }
    // A view that reads a view which is not carried is not carried either.
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> carried;
        for (const TargetView &v : std::as_const(views))
            carried.insert(v.sourceName.section(u'.', -1));
        for (qsizetype i = 0; i < views.size(); ++i) {
            const QString source = views[i].sourceName.section(u'.', -1);
            for (const QString &n : reads.value(source))
                if (!carried.contains(n)) {
                    for (const SchemaObject &o : objects)
                        if (o.kind == SchemaObject::Kind::View && o.name == source)
                            plan.notCarried.append(
                                {u"view"_s, o.qualifiedName(), o.definition,
                                 Text::tr(
                                     "it reads view %1, which is not carried: recreate both on the "
                                     "target by hand")
                                     .arg(n),
                                 false});
                    views.removeAt(i);
                    changed = true;
                    break;
                }
            if (changed)
                break;
        }
    }
    QSet<QString> placed;
    while (!views.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < views.size(); ++i) {
            bool ready = true;
            for (const QString &n : reads.value(views[i].sourceName.section(u'.', -1)))
                ready = ready && placed.contains(n);
            if (ready) {
                next = i;
                break;
            }
        }
        placed.insert(views[next].sourceName.section(u'.', -1));
        plan.views.append(views.takeAt(next));
    }

    for (const SchemaObject &o : objects) {
        switch (o.kind) {
        case SchemaObject::Kind::View: break;
        case SchemaObject::Kind::Trigger:
            plan.notCarried.append(
                {u"trigger"_s, o.qualifiedName(), o.definition,
                 Text::tr(
                     "triggers are not translated: the target does not run it on %1 (recreate it "
                     "by hand if the application needs it)")
                     .arg(o.table),
                 true});
            break;
        case SchemaObject::Kind::Extension:
            plan.notCarried.append(
                {SchemaObject::kindName(o.kind), o.qualifiedName(), o.definition,
                 Text::tr("the tables and views the extension owns (%1) are not copied: "
                          "CREATE EXTENSION creates them on a PostgreSQL target")
                     .arg(o.table),
                 false});
            break;
        case SchemaObject::Kind::MaterializedView:
        case SchemaObject::Kind::Function:
        case SchemaObject::Kind::Procedure:
        case SchemaObject::Kind::Event: {
            QString why;
            if (o.kind == SchemaObject::Kind::MaterializedView)
                why = Text::tr(
                    "materialized views are not translated: recreate it on the target by hand "
                    "if the application needs it");
            else if (o.kind == SchemaObject::Kind::Function)
                why = Text::tr(
                    "functions are not translated: recreate it on the target by hand if the "
                    "application needs it");
            else if (o.kind == SchemaObject::Kind::Procedure)
                why = Text::tr(
                    "procedures are not translated: recreate it on the target by hand if the "
                    "application needs it");
            else
                why =
                    Text::tr("events are not translated: recreate it on the target by hand if the "
                             "application needs it");
            plan.notCarried.append(
                {SchemaObject::kindName(o.kind), o.qualifiedName(), o.definition, why, false});
            break;
        }
        }
    }
}

} // namespace ferry::schemaplan

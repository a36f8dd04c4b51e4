#include "postgresqlcatalog.h"

#include "common/language.h"
#include "common/logging.h"
#include "postgresqlcopytext.h"
#include "postgresqlsession.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// Tables of the schema; $S is the schema as a literal.
const QString kTablesSql = uR"(
SELECT c.oid, c.relname,
       CASE WHEN c.relkind = 'p' THEN
            (SELECT CASE WHEN bool_and(p.reltuples < 0) THEN -1
                         ELSE COALESCE(sum(GREATEST(p.reltuples, 0)), 0) END
             FROM pg_partition_tree(c.oid) pt JOIN pg_class p ON p.oid = pt.relid
             WHERE pt.isleaf)
            ELSE c.reltuples END::float8,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE $FILTER
ORDER BY c.relname)"_s;

// Relations an extension owns (PostGIS's spatial_ref_sys, geometry_columns) come with the
// extension on the target: they are not the database's own data.
const QString kOwnRelation = u"NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
                             "'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')"_s;

const QString kTableFilter =
    u"n.nspname = $S AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND $OWN"_s;

// Columns; a domain is read as its base type, its CHECKs come from kDomainChecksSql.
const QString kColumnsSql = uR"(
SELECT a.attrelid, a.attnum, a.attname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
       a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> 0 AND co.collname <> 'default' THEN co.collname END,
       col_description(a.attrelid, a.attnum),
       bt.typname, bn.nspname, bt.typtype, bt.typcategory,
       format_type(bt.oid, CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END),
       bt.oid, t.typtype = 'd', format_type(a.atttypid, a.atttypmod), a.atttypid
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
JOIN pg_namespace bn ON bn.oid = bt.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
WHERE $FILTER AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum)"_s;

// The CHECK constraints of the domains the columns use.
const QString kDomainChecksSql = uR"(
SELECT con.contypid, pg_get_constraintdef(con.oid) FROM pg_constraint con
WHERE con.contype = 'c' AND con.contypid IN (
    SELECT a.atttypid FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE $FILTER AND a.attnum > 0 AND NOT a.attisdropped)
ORDER BY con.contypid, con.conname)"_s;

// The partition key of each partitioned table: strategy, and its columns joined by chr(31)
// (an expression part reads as an empty name).
const QString kPartitionKeysSql = uR"(
SELECT p.partrelid, p.partstrat,
       (SELECT string_agg(COALESCE(a.attname, ''), chr(31) ORDER BY k.ord)
        FROM unnest(p.partattrs::int2[]) WITH ORDINALITY k(att, ord)
        LEFT JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = k.att AND k.att > 0)
FROM pg_partitioned_table p
JOIN pg_class c ON c.oid = p.partrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $S AND NOT c.relispartition)"_s;

// The direct partitions of each partitioned table, with their bounds as PostgreSQL prints
// them ("FOR VALUES FROM ('2022-01-01') TO ('2022-02-01')", "DEFAULT").
const QString kPartitionsSql = uR"(
SELECT i.inhparent, ch.relname, pg_get_expr(ch.relpartbound, ch.oid), ch.relkind
FROM pg_inherits i
JOIN pg_class ch ON ch.oid = i.inhrelid
JOIN pg_class c ON c.oid = i.inhparent
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $S AND c.relkind = 'p' AND NOT c.relispartition
ORDER BY i.inhparent, ch.relname)"_s;

// Indexes and foreign keys that every leaf partition of a partitioned table has on its own
// (not through the parent: older schemas made them per partition). The table is read through
// its parent only, so they are hoisted onto it. Column names are joined by chr(31).
const QString kPartitionObjectsSql = uR"(
WITH leaves AS (
    SELECT c.oid AS parent, pt.relid AS leaf
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
         pg_partition_tree(c.oid) pt
    WHERE n.nspname = $S AND c.relkind = 'p' AND NOT c.relispartition AND pt.isleaf),
counts AS (SELECT parent, count(*) AS n FROM leaves GROUP BY parent),
objects AS (
    SELECT l.parent, l.leaf, 'i' AS kind, i.indisunique AS uniq,
           (SELECT string_agg(a.attname, chr(31) ORDER BY k.ord)
            FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(att, ord)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.att) AS cols,
           NULL::name AS refschema, NULL::name AS reftable, NULL::text AS refcols,
           NULL::"char" AS ondelete, NULL::"char" AS onupdate
    FROM leaves l JOIN pg_index i ON i.indrelid = l.leaf
    WHERE NOT i.indisprimary AND i.indexprs IS NULL AND i.indpred IS NULL
      AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
    UNION ALL
    SELECT l.parent, l.leaf, 'f', false,
           (SELECT string_agg(a.attname, chr(31) ORDER BY k.ord)
            FROM unnest(con.conkey) WITH ORDINALITY k(att, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.att),
           fn.nspname, fc.relname,
           (SELECT string_agg(a.attname, chr(31) ORDER BY k.ord)
            FROM unnest(con.confkey) WITH ORDINALITY k(att, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.att),
           con.confdeltype, con.confupdtype
    FROM leaves l JOIN pg_constraint con ON con.conrelid = l.leaf AND con.contype = 'f'
         AND con.conparentid = 0
    JOIN pg_class fc ON fc.oid = con.confrelid
    JOIN pg_namespace fn ON fn.oid = fc.relnamespace)
SELECT o.parent, o.kind, o.uniq, o.cols, o.refschema, o.reftable, o.refcols, o.ondelete,
       o.onupdate
FROM objects o JOIN counts c ON c.parent = o.parent
GROUP BY o.parent, o.kind, o.uniq, o.cols, o.refschema, o.reftable, o.refcols, o.ondelete,
         o.onupdate, c.n
HAVING count(DISTINCT o.leaf) = c.n
ORDER BY o.parent, o.kind, o.cols, o.reftable)"_s;

const QString kEnumsSql = uR"(
SELECT e.enumtypid, e.enumlabel FROM pg_enum e
WHERE e.enumtypid IN (
    SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE $FILTER AND a.attnum > 0 AND NOT a.attisdropped)
ORDER BY e.enumtypid, e.enumsortorder)"_s;

const QString kIndexesSql = uR"(
SELECT i.indrelid, ic.relname, i.indisunique, i.indisprimary, i.indnkeyatts, i.indnatts,
       i.indkey, i.indexprs IS NOT NULL, i.indpred IS NOT NULL, i.indisvalid,
       (SELECT con.contype FROM pg_constraint con
        WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
          AND con.contype IN ('p', 'u', 'x') LIMIT 1),
       am.amname,
       pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE $FILTER
ORDER BY i.indrelid, ic.relname)"_s;

// One row per (constraint, column); conparentid <> 0 are the clones PostgreSQL adds for the
// partitions of a referenced partitioned table.
const QString kForeignKeysSql = uR"(
SELECT con.conrelid, con.conname, k.ord, a.attname, fa.attname, fn.nspname, fc.relname,
       con.confdeltype, con.confupdtype
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class fc ON fc.oid = con.confrelid
JOIN pg_namespace fn ON fn.oid = fc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(att, fatt, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.att
JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fatt
WHERE con.contype = 'f' AND con.conparentid = 0 AND $FILTER
ORDER BY con.conrelid, con.conname, k.ord)"_s;

// CHECK constraints and table comments, besides the columns.
const QString kChecksSql = uR"(
SELECT con.conrelid, con.conname, pg_get_constraintdef(con.oid)
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype = 'c' AND con.conislocal AND $FILTER
ORDER BY con.conrelid, con.conname)"_s;

const QString kTableCommentsSql = uR"(
SELECT c.oid, obj_description(c.oid, 'pg_class')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE $FILTER AND obj_description(c.oid, 'pg_class') IS NOT NULL)"_s;

const QString kViewsSql = uR"(
SELECT c.relname, c.relkind, pg_get_viewdef(c.oid, true)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $S AND c.relkind IN ('v', 'm') AND $OWN
ORDER BY c.relname)"_s;

const QString kTriggersSql = uR"(
SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid, true)
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $S AND NOT t.tgisinternal AND t.tgparentid = 0
ORDER BY c.relname, t.tgname)"_s;

// Functions and procedures, not those an extension (PostGIS, ...) installed.
const QString kRoutinesSql = uR"(
SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', p.prokind,
       CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid)
            ELSE 'AGGREGATE ' || p.oid::regprocedure::text END
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = $S
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1)"_s;

// The extensions that own tables or views in the schema, with those relations: they are not
// read as the database's data, and the plan names them.
const QString kExtensionsSql = uR"(
SELECT e.extname, string_agg(c.relname, ', ' ORDER BY c.relname)
FROM pg_extension e
JOIN pg_depend d ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
                AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
JOIN pg_class c ON c.oid = d.objid AND c.relkind IN ('r', 'p', 'v', 'm')
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $S
GROUP BY e.extname
ORDER BY e.extname)"_s;

// "CHECK ((a > 0)) NOT VALID" -> "(a > 0)"
QString checkExpression(const QString &definition)
{
    QString e = definition.trimmed();
    if (e.endsWith(u" NOT VALID"_s))
        e.chop(10);
    if (e.startsWith(u"CHECK "_s))
        e = e.mid(6).trimmed();
    if (e.startsWith(u'(') && e.endsWith(u')'))
        e = e.mid(1, e.size() - 2);
    return e;
}

QString bind(QString sql, const QString &schemaLiteral)
{
    sql.replace(u"$FILTER"_s, kTableFilter);
    sql.replace(u"$OWN"_s, kOwnRelation);
    sql.replace(u"$S"_s, schemaLiteral);
    return sql;
}

// The integers inside the first "(...)" of a format_type() text: "numeric(10,2)" -> {10, 2}.
QList<int> typmodNumbers(const QString &native)
{
    const qsizetype open = native.indexOf(u'(');
    const qsizetype close = native.indexOf(u')', open + 1);
    if (open < 0 || close < 0)
        return {};
    QList<int> out;
    const QStringList parts = native.mid(open + 1, close - open - 1).split(u',');
    for (const QString &p : parts)
        out << p.trimmed().toInt();
    return out;
}

QString foreignKeyAction(const QString &code)
{
    if (code == u"r")
        return u"RESTRICT"_s;
    if (code == u"c")
        return u"CASCADE"_s;
    if (code == u"n")
        return u"SET NULL"_s;
    if (code == u"d")
        return u"SET DEFAULT"_s;
    return {}; // 'a': NO ACTION
}

// 'content'::type with '' doubled; false when `expression` is anything else.
bool parseQuotedLiteral(const QString &expression, QString &content)
{
    if (!expression.startsWith(u'\''))
        return false;
    QString out;
    qsizetype i = 1;
    for (; i < expression.size(); ++i) {
        const QChar c = expression[i];
        if (c == u'\'') {
            if (i + 1 < expression.size() && expression[i + 1] == u'\'') {
                out += u'\'';
                ++i;
                continue;
            }
            break;
        }
        out += c;
    }
    if (i >= expression.size())
        return false;
    static const QRegularExpression cast(
        uR"(^(::("[^"]+"|[A-Za-z_][A-Za-z0-9_ .]*)(\(\d+(,\d+)?\))?( with(out)? time zone)?(\[\])*)?$)"_s);
    if (!cast.match(expression.mid(i + 1)).hasMatch())
        return false;
    content = out;
    return true;
}

// The canonical form of a constant as PostgreSQL prints it for `type`; false if it does not
// decode.
bool canonicalConstant(const QString &printed, const ColumnType &type, QString &canonicalOut)
{
    const pgcopy::Decode kind = pgcopy::decodeFor(type);
    QByteArray bytes = printed.toUtf8();
    const qsizetype size = bytes.size();
    bytes.resize(size + qsizetype(pgcopy::kDecodeSlack));
    const size_t n = pgcopy::decode(kind, bytes.data(), size_t(size));
    if (n == pgcopy::npos)
        return false;
    bytes.truncate(qsizetype(n));
    // Bytea defaults are raw bytes; the default is kept as text, so only valid UTF-8 survives.
    canonicalOut = QString::fromUtf8(bytes);
    return kind != pgcopy::Decode::Bytea || canonicalOut.toUtf8() == bytes;
}

} // namespace

ColumnType PostgreSqlCatalog::neutralType(const QString &name, const QString &schema,
                                          const QString &native, char typeType, char typeCategory)
{
    ColumnType t;
    t.native = native;
    const QList<int> mods = typmodNumbers(native);
    const auto fractionOr6 = [&] {
        return mods.isEmpty() ? 6 : mods.first();
    };
    if (typeType == 'e') {
        t.kind = TypeKind::Enum;
        return t;
    }
    if (typeCategory == 'A' && name.startsWith(u'_')) {
        // An array: kept as its text in PostgreSQL, a JSON array elsewhere. Arrays of arrays
        // do not exist (a nested literal is the same type).
        t.kind = TypeKind::Other;
        t.array = true;
        t.elementKind = neutralType(name.mid(1), schema, {}, 'b', ' ').kind;
        return t;
    }
    if (typeCategory == 'A' || typeType == 'r' || typeType == 'm' || typeType == 'c') {
        t.kind = TypeKind::Other; // arrays, ranges, multiranges, composites
        return t;
    }
    if (name == u"geometry" || name == u"geography") {
        t.kind = TypeKind::Spatial; // PostGIS, in whatever schema it is installed
        return t;
    }
    if (schema != u"pg_catalog") {
        t.kind = TypeKind::Other;
        return t;
    }
    if (name == u"int2" || name == u"int4" || name == u"int8") {
        t.kind = TypeKind::Integer;
        t.byteWidth = name == u"int2" ? 2 : name == u"int4" ? 4 : 8;
    } else if (name == u"numeric") {
        t.kind = TypeKind::Decimal;
        if (mods.size() == 2) {
            // PostgreSQL 15 allows scale < 0 and scale > precision: widen to a DECIMAL(p,s)
            // that holds every value.
            const int p = mods[0], s = mods[1];
            t.precision = s < 0 ? p - s : std::max(p, s);
            t.scale = std::max(s, 0);
        } else if (mods.size() == 1) {
            t.precision = mods[0];
        }
    } else if (name == u"float4") {
        t.kind = TypeKind::Float;
    } else if (name == u"float8") {
        t.kind = TypeKind::Double;
    } else if (name == u"bool") {
        t.kind = TypeKind::Boolean;
    } else if (name == u"bpchar") {
        t.kind = mods.isEmpty() ? TypeKind::Text : TypeKind::Char;
        t.length = mods.isEmpty() ? 0 : mods.first();
    } else if (name == u"varchar") {
        t.kind = mods.isEmpty() ? TypeKind::Text : TypeKind::VarChar;
        t.length = mods.isEmpty() ? 0 : mods.first();
    } else if (name == u"text") {
        t.kind = TypeKind::Text;
    } else if (name == u"bytea") {
        t.kind = TypeKind::Blob;
    } else if (name == u"date") {
        t.kind = TypeKind::Date;
    } else if (name == u"time") {
        t.kind = TypeKind::Time;
        t.fraction = fractionOr6();
    } else if (name == u"timestamp") {
        t.kind = TypeKind::DateTime;
        t.fraction = fractionOr6();
    } else if (name == u"timestamptz") {
        t.kind = TypeKind::TimestampTz;
        t.fraction = fractionOr6();
    } else if (name == u"interval") {
        t.kind = TypeKind::Interval;
    } else if (name == u"json" || name == u"jsonb") {
        t.kind = TypeKind::Json;
    } else if (name == u"uuid") {
        t.kind = TypeKind::Uuid;
    } else if (name == u"bit") {
        const int n = mods.isEmpty() ? 1 : mods.first();
        t.kind = n <= 64 ? TypeKind::Bit : TypeKind::Other;
        t.length = n;
    } else {
        // timetz, varbit, money, inet, xml, tsvector, ...; also the built-in geometric types
        // (point, box, ...): their text is not OGC geometry, so they are not Spatial.
        t.kind = TypeKind::Other;
    }
    return t;
}

void PostgreSqlCatalog::applyDefault(const QString &raw, Column &column)
{
    const QString expression = raw.trimmed();
    column.defaultKind = Column::DefaultKind::None;
    column.defaultValue.clear();
    if (expression.isEmpty() || expression == u"NULL" || expression.startsWith(u"NULL::"_s))
        return;
    if (expression.startsWith(u"nextval("_s)) {
        column.autoIncrement = true; // serial / bigserial
        return;
    }
    static const QRegularExpression now(
        uR"(^(now\(\)|CURRENT_TIMESTAMP(\(\d\))?|LOCALTIMESTAMP(\(\d\))?|transaction_timestamp\(\)|statement_timestamp\(\))$)"_s);
    if (now.match(expression).hasMatch()) {
        column.defaultKind = Column::DefaultKind::CurrentTimestamp;
        return;
    }
    QString printed;
    bool constant = false;
    if (expression == u"true" || expression == u"false") {
        printed = expression == u"true" ? u"t"_s : u"f"_s;
        constant = column.type.kind == TypeKind::Boolean;
    } else if (static const QRegularExpression number(uR"(^-?\d+(\.\d+)?$)"_s);
               number.match(expression).hasMatch()) {
        printed = expression;
        constant = true;
    } else {
        constant = parseQuotedLiteral(expression, printed);
    }
    QString canonical;
    if (constant && canonicalConstant(printed, column.type, canonical)) {
        column.defaultKind = Column::DefaultKind::Literal;
        column.defaultValue = canonical;
        return;
    }
    column.defaultKind = Column::DefaultKind::Expression;
    column.defaultValue = expression;
}

// The text inside the parentheses that open at `pos` (quotes respected); `pos` moves past
// the closing one. Empty optional when they do not close.
static std::optional<QString> parenthesised(const QString &text, qsizetype &pos)
{
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    if (pos >= text.size() || text[pos] != u'(')
        return std::nullopt;
    const qsizetype start = ++pos;
    int depth = 1;
    bool quoted = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')' && --depth == 0)
            return text.mid(start, pos++ - start);
    }
    return std::nullopt;
}

// Reads a partition's bound as pg_get_expr prints it into `p`; false if not understood.
static bool parseBound(const QString &bound, Partitioning::Method method, Partition &p)
{
    if (bound == u"DEFAULT") {
        p.isDefault = true;
        return true;
    }
    qsizetype pos = 0;
    const auto keyword = [&](const QString &word) {
        while (pos < bound.size() && bound[pos].isSpace())
            ++pos;
        if (!bound.mid(pos, word.size()).startsWith(word, Qt::CaseInsensitive))
            return false;
        pos += word.size();
        return true;
    };
    if (!keyword(u"FOR VALUES"_s))
        return false;
    switch (method) {
    case Partitioning::Method::Range: {
        if (!keyword(u"FROM"_s))
            return false;
        const auto from = parenthesised(bound, pos);
        if (!from || !keyword(u"TO"_s))
            return false;
        const auto to = parenthesised(bound, pos);
        return to && partitioning::parseValues(*from, p.from)
            && partitioning::parseValues(*to, p.to);
    }
    case Partitioning::Method::List: {
        if (!keyword(u"IN"_s))
            return false;
        const auto in = parenthesised(bound, pos);
        return in && partitioning::parseTuples(*in, 1, p.values);
    }
    case Partitioning::Method::Hash: {
        static const QRegularExpression hash(
            u"^\\s*WITH\\s*\\(\\s*modulus\\s+(\\d+)\\s*,\\s*remainder\\s+(\\d+)\\s*\\)\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption);
        const auto m = hash.match(bound.mid(pos));
        if (!m.hasMatch())
            return false;
        p.modulus = m.captured(1).toInt();
        p.remainder = m.captured(2).toInt();
        return true;
    }
    case Partitioning::Method::None:
    case Partitioning::Method::Key: break;
    }
    return false;
}

Status PostgreSqlCatalog::readPartitions(PostgreSqlSession &session, const QString &schema,
                                         const QHash<QString, qsizetype> &byOid,
                                         QList<Table> &tables)
{
    const QString s = session.quoteLiteral(schema);
    auto keys = session.query(bind(kPartitionKeysSql, s));
    if (!keys)
        return fail(keys.error());
    for (int r = 0; r < keys->size(); ++r) {
        const auto it = byOid.constFind(keys->text(r, 0));
        if (it == byOid.cend())
            continue;
        Partitioning &p = tables[*it].partitioning;
        const QString strategy = keys->text(r, 1);
        p.method = strategy == u"r" ? Partitioning::Method::Range
            : strategy == u"l"      ? Partitioning::Method::List
                                    : Partitioning::Method::Hash;
        const QStringList columns = keys->text(r, 2).split(QChar(31));
        if (columns.contains(QString())) {
            p.expression = p.definition.section(u'(', 1).chopped(1);
            p.unsupported = Text::tr("its partition key is an expression");
        } else {
            p.columns = columns;
        }
    }
    auto partitions = session.query(bind(kPartitionsSql, s));
    if (!partitions)
        return fail(partitions.error());
    for (int r = 0; r < partitions->size(); ++r) {
        const auto it = byOid.constFind(partitions->text(r, 0));
        if (it == byOid.cend())
            continue;
        Partitioning &p = tables[*it].partitioning;
        Partition partition;
        partition.name = partitions->text(r, 1);
        const QString bound = partitions->text(r, 2);
        if (partitions->text(r, 3) == u"p" && p.unsupported.isEmpty())
            p.unsupported = Text::tr("it is sub-partitioned (partition %1)").arg(partition.name);
        if (!parseBound(bound, p.method, partition) && p.unsupported.isEmpty())
            p.unsupported = Text::tr("the bound of partition %1 is not understood: %2")
                                .arg(partition.name, bound);
        p.partitions << partition;
    }
    return {};
}

Result<QList<Table>> PostgreSqlCatalog::readTables(PostgreSqlSession &session,
                                                   const QString &schema)
{
    const QString s = session.quoteLiteral(schema);
    // `reading` is the whole message, "%1" the schema and "%2" the server's error.
    const auto run = [&](const QString &sql, const QString &reading) -> Result<QueryResult> {
        auto r = session.query(bind(sql, s));
        if (!r) {
            Error e = r.error();
            e.message = reading.arg(schema, e.message);
            e.object = schema;
            return fail(e);
        }
        return r;
    };

    auto tables = run(kTablesSql, Text::tr("reading the tables of schema %1: %2"));
    if (!tables)
        return std::unexpected(tables.error());
    QList<Table> out;
    QHash<QString, qsizetype> byOid; // table oid -> index in `out`
    for (int r = 0; r < tables->size(); ++r) {
        Table t;
        t.ref = {schema, tables->text(r, 1)};
        const double estimate = tables->text(r, 2).toDouble();
        t.rowEstimate = estimate < 0 ? -1 : qint64(std::llround(estimate));
        t.partitioning.definition = tables->text(r, 3);
        byOid.insert(tables->text(r, 0), out.size());
        out.append(t);
    }
    if (out.isEmpty())
        return out;

    auto enums = run(kEnumsSql, Text::tr("reading the enum types of schema %1: %2"));
    if (!enums)
        return std::unexpected(enums.error());
    QHash<QString, QStringList> labels;
    for (int r = 0; r < enums->size(); ++r)
        labels[enums->text(r, 0)] << enums->text(r, 1);

    auto domainChecks =
        run(kDomainChecksSql, Text::tr("reading the domain constraints of schema %1: %2"));
    if (!domainChecks)
        return std::unexpected(domainChecks.error());
    QHash<QString, QStringList> checksOf; // domain oid -> "CHECK (VALUE > 0)", ...
    for (int r = 0; r < domainChecks->size(); ++r)
        checksOf[domainChecks->text(r, 0)] << domainChecks->text(r, 1);

    auto columns = run(kColumnsSql, Text::tr("reading the columns of schema %1: %2"));
    if (!columns)
        return std::unexpected(columns.error());
    // attnum -> column name, per table, for the indexes.
    QHash<QString, QHash<int, QString>> attnames;
    for (int r = 0; r < columns->size(); ++r) {
        const auto it = byOid.constFind(columns->text(r, 0));
        if (it == byOid.cend())
            continue;
        Table &t = out[*it];
        Column c;
        c.name = columns->text(r, 2);
        c.nullable = columns->text(r, 3) != u"t";
        const bool domain = columns->text(r, 15) == u"t";
        const QString typtype = columns->text(r, 11);
        const QString category = columns->text(r, 12);
        c.type = neutralType(columns->text(r, 9), columns->text(r, 10), columns->text(r, 13),
                             typtype.isEmpty() ? ' ' : char(typtype[0].unicode()),
                             category.isEmpty() ? ' ' : char(category[0].unicode()));
        if (c.type.kind == TypeKind::Enum)
            c.type.labels = labels.value(columns->text(r, 14));
        c.type.collation = columns->text(r, 7);
        if (domain) {
            // Read as its base type; the schema plan carries the domain's CHECKs to the column.
            c.domain = columns->text(r, 16);
            c.domainChecks = checksOf.value(columns->text(r, 17));
        }
        const QString identity = columns->text(r, 5);
        c.autoIncrement = identity == u"a" || identity == u"d";
        const QString generated = columns->text(r, 6);
        if (!generated.isEmpty()) {
            c.generated = true;
            c.generationExpression = columns->text(r, 4);
            c.generatedStored = generated == u"s";
        } else if (!columns->isNull(r, 4)) {
            applyDefault(columns->text(r, 4), c);
        }
        c.comment = columns->text(r, 8);
        attnames[columns->text(r, 0)].insert(columns->text(r, 1).toInt(), c.name);
        t.columns.append(c);
    }

    auto indexes = run(kIndexesSql, Text::tr("reading the indexes of schema %1: %2"));
    if (!indexes)
        return std::unexpected(indexes.error());
    for (int r = 0; r < indexes->size(); ++r) {
        const QString oid = indexes->text(r, 0);
        const auto it = byOid.constFind(oid);
        if (it == byOid.cend())
            continue;
        Table &t = out[*it];
        Index index;
        index.name = indexes->text(r, 1);
        index.unique = indexes->text(r, 2) == u"t";
        index.primary = indexes->text(r, 3) == u"t";
        const int keyColumns = indexes->text(r, 4).toInt();
        const QStringList attnums = indexes->text(r, 6).split(u' ', Qt::SkipEmptyParts);
        const bool expression = indexes->text(r, 7) == u"t";
        const bool partial = indexes->text(r, 8) == u"t";
        const bool valid = indexes->text(r, 9) == u"t";
        const QString constraint = indexes->text(r, 10);
        const QString where = u"%1.%2: index %3"_s.arg(schema, t.ref.name, index.name);
        if (expression || partial || constraint == u"x" || !valid) {
            const QString why = expression ? u"it is on an expression"_s
                : partial                  ? u"it is partial"_s
                : !valid                   ? u"it is not valid"_s
                                           : u"it is an exclusion constraint"_s;
            qCInfo(lcEngine).noquote()
                << where + u": "_s + why + u", not migrated; recreate it by hand on the target"_s;
            t.notCarried.append(
                {constraint == u"x" ? u"exclusion constraint"_s : u"index"_s,
                 t.ref.display() + u'.' + index.name, indexes->text(r, 12),
                 expression ? Text::tr("it is on an expression: recreate it by hand on the target")
                     : partial ? Text::tr("it is partial: recreate it by hand on the target")
                     : !valid
                     ? Text::tr("it is not valid: recreate it by hand on the target")
                     : Text::tr("it is an exclusion constraint: recreate it by hand on the target"),
                 constraint == u"x"});
            continue;
        }
        bool known = true;
        for (int k = 0; k < keyColumns && k < attnums.size(); ++k) {
            const QString name = attnames.value(oid).value(attnums[k].toInt());
            if (name.isEmpty())
                known = false;
            index.columns << name;
        }
        if (!known || index.columns.isEmpty())
            continue;
        // A GiST index on one PostGIS geometry column is what MySQL calls SPATIAL.
        const QString method = indexes->text(r, 11);
        if (const Column *c = t.column(index.columns.first());
            (method == u"gist" || method == u"spgist") && index.columns.size() == 1 && c
            && c->type.kind == TypeKind::Spatial)
            index.method = Index::Method::Spatial;
        if (attnums.size() > keyColumns)
            qCInfo(lcEngine).noquote()
                << Text::tr("%1.%2: index %3 has INCLUDE columns, which are not migrated")
                       .arg(schema, t.ref.name, index.name);
        if (index.primary)
            t.primaryKey = index;
        else
            t.indexes.append(index);
    }

    auto checks = run(kChecksSql, Text::tr("reading the CHECK constraints of schema %1: %2"));
    if (!checks)
        return std::unexpected(checks.error());
    for (int r = 0; r < checks->size(); ++r)
        if (const auto it = byOid.constFind(checks->text(r, 0)); it != byOid.cend())
            out[*it].checks.append({checks->text(r, 1), checkExpression(checks->text(r, 2))});
    auto comments = run(kTableCommentsSql, Text::tr("reading the table comments of schema %1: %2"));
    if (!comments)
        return std::unexpected(comments.error());
    for (int r = 0; r < comments->size(); ++r)
        if (const auto it = byOid.constFind(comments->text(r, 0)); it != byOid.cend())
            out[*it].comment = comments->text(r, 1);

    auto keys = run(kForeignKeysSql, Text::tr("reading the foreign keys of schema %1: %2"));
    if (!keys)
        return std::unexpected(keys.error());
    for (int r = 0; r < keys->size(); ++r) {
        const auto it = byOid.constFind(keys->text(r, 0));
        if (it == byOid.cend())
            continue;
        Table &t = out[*it];
        const QString name = keys->text(r, 1);
        if (t.foreignKeys.isEmpty() || t.foreignKeys.last().name != name) {
            ForeignKey fk;
            fk.name = name;
            fk.referenced = {keys->text(r, 5), keys->text(r, 6)};
            fk.onDelete = foreignKeyAction(keys->text(r, 7));
            fk.onUpdate = foreignKeyAction(keys->text(r, 8));
            t.foreignKeys.append(fk);
        }
        t.foreignKeys.last().columns << keys->text(r, 3);
        t.foreignKeys.last().referencedColumns << keys->text(r, 4);
    }

    bool partitioned = false;
    for (const Table &t : std::as_const(out))
        partitioned = partitioned || !t.partitioning.definition.isEmpty();
    if (!partitioned)
        return out;
    if (auto read = readPartitions(session, schema, byOid, out); !read)
        return std::unexpected(read.error());
    auto objects =
        run(kPartitionObjectsSql,
            Text::tr("reading the indexes and foreign keys of partitions of schema %1: %2"));
    if (!objects)
        return std::unexpected(objects.error());
    for (int r = 0; r < objects->size(); ++r) {
        const auto it = byOid.constFind(objects->text(r, 0));
        if (it == byOid.cend())
            continue;
        Table &t = out[*it];
        const QStringList columns = objects->text(r, 3).split(QChar(31));
        if (objects->text(r, 1) == u"i") {
            bool known = false;
            for (const Index &i : std::as_const(t.indexes))
                known = known || i.columns == columns;
            if (known || (t.primaryKey && t.primaryKey->columns == columns))
                continue;
            Index index;
            index.name = t.ref.name + u'_' + columns.join(u'_') + u"_idx"_s;
            index.columns = columns;
            index.unique = objects->text(r, 2) == u"t";
            t.indexes.append(index);
        } else {
            const TableRef referenced {objects->text(r, 4), objects->text(r, 5)};
            bool known = false;
            for (const ForeignKey &fk : std::as_const(t.foreignKeys))
                known = known || (fk.columns == columns && fk.referenced == referenced);
            if (known)
                continue;
            ForeignKey fk;
            fk.name = t.ref.name + u'_' + columns.join(u'_') + u"_fkey"_s;
            fk.columns = columns;
            fk.referenced = referenced;
            fk.referencedColumns = objects->text(r, 6).split(QChar(31));
            fk.onDelete = foreignKeyAction(objects->text(r, 7));
            fk.onUpdate = foreignKeyAction(objects->text(r, 8));
            t.foreignKeys.append(fk);
        }
    }
    return out;
}

Result<QList<SchemaObject>> PostgreSqlCatalog::readObjects(PostgreSqlSession &session,
                                                           const QString &schema)
{
    const QString s = session.quoteLiteral(schema);
    QList<SchemaObject> out;
    auto views = session.query(bind(kViewsSql, s));
    if (!views)
        return fail(views.error());
    for (int r = 0; r < views->size(); ++r)
        out.append({views->text(r, 1) == u"m" ? SchemaObject::Kind::MaterializedView
                                              : SchemaObject::Kind::View,
                    schema,
                    views->text(r, 0),
                    {},
                    views->text(r, 2).trimmed()});
    auto triggers = session.query(bind(kTriggersSql, s));
    if (!triggers)
        return fail(triggers.error());
    for (int r = 0; r < triggers->size(); ++r)
        out.append({SchemaObject::Kind::Trigger, schema, triggers->text(r, 0), triggers->text(r, 1),
                    triggers->text(r, 2)});
    auto routines = session.query(bind(kRoutinesSql, s));
    if (!routines)
        return fail(routines.error());
    for (int r = 0; r < routines->size(); ++r)
        out.append({routines->text(r, 1) == u"p" ? SchemaObject::Kind::Procedure
                                                 : SchemaObject::Kind::Function,
                    schema,
                    routines->text(r, 0),
                    {},
                    routines->text(r, 2)});
    auto extensions = session.query(bind(kExtensionsSql, s));
    if (!extensions)
        return fail(extensions.error());
    for (int r = 0; r < extensions->size(); ++r)
        out.append({SchemaObject::Kind::Extension, schema, extensions->text(r, 0),
                    extensions->text(r, 1),
                    u"CREATE EXTENSION %1 SCHEMA \"%2\";"_s.arg(extensions->text(r, 0), schema)});
    return out;
}

} // namespace ferry

#include "sqlitedialect.h"

#include "common/language.h"
#include "values/canonical.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace ferry {

QString SqliteDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString SqliteDialect::qualify(const TableRef &table) const
{
    // One database file: the schema of a TableRef ("main") is implicit.
    return quote(table.name);
}

int SqliteDialect::maxIdentifierLength() const
{
    return 1024;
}

SqliteDialect::Affinity SqliteDialect::affinityOf(const QString &declaration)
{
    const QString t = declaration.toUpper();
    if (t.contains(u"INT"))
        return Affinity::Integer;
    if (t.contains(u"CHAR") || t.contains(u"CLOB") || t.contains(u"TEXT"))
        return Affinity::Text;
    if (t.isEmpty() || t.contains(u"BLOB"))
        return Affinity::Blob;
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

QString SqliteDialect::countNonIntegers(const QString &quotedColumn) const
{
    return u"SUM(typeof(%1) NOT IN ('integer', 'null'))"_s.arg(quotedColumn);
}

TypeChoice SqliteDialect::declare(const ColumnType &type, Engine) const
{
    if (type.array)
        return {u"JSON"_s, Fidelity::Exact,
                u"a JSON array as text (numbers as numbers, NULL elements as null): json_each() "
                "and ->> read it"_s};
    switch (type.kind) {
    case TypeKind::Boolean: return {u"BOOLEAN"_s, Fidelity::Exact, {}};
    case TypeKind::Integer:
        if (type.isUnsigned && type.byteWidth >= 8)
            return {
                u"VARCHAR(20)"_s, Fidelity::Widened,
                Text::tr("SQLite integers are signed 64-bit: BIGINT UNSIGNED is kept as text so "
                         "values above 9223372036854775807 survive")};
        return {u"INTEGER"_s, Fidelity::Exact, {}};
    case TypeKind::Decimal:
        // TEXT affinity ("TEXT" in the name, no "INT"): SQLite keeps the digits as written.
        // NUMERIC(p,s) would store 0.01 as the double 0.01000000000000000020816... (the
        // project option sqliteDecimals = real chooses that, for arithmetic speed).
        if (type.precision > 0 && type.scale >= 0)
            return {
                u"DECIMAL_TEXT(%1,%2)"_s.arg(type.precision).arg(type.scale), Fidelity::Exact,
                Text::tr("kept as text, every digit and the scale's trailing zeros as written")};
        return {u"DECIMAL_TEXT"_s, Fidelity::Exact,
                Text::tr("kept as text, every digit as written")};
    case TypeKind::Float:
    case TypeKind::Double:
        return {u"REAL"_s, Fidelity::Lossy,
                Text::tr("NaN cannot be stored (SQLite turns it into NULL)")};
    case TypeKind::Char: return {u"CHAR(%1)"_s.arg(type.length), Fidelity::Exact, {}};
    case TypeKind::VarChar: return {u"VARCHAR(%1)"_s.arg(type.length), Fidelity::Exact, {}};
    case TypeKind::Text:
    case TypeKind::Json:
    case TypeKind::Enum:
    case TypeKind::Set:
    case TypeKind::Uuid:
    case TypeKind::Interval: return {u"TEXT"_s, Fidelity::Exact, {}};
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: return {u"BLOB"_s, Fidelity::Exact, {}};
    case TypeKind::Date: return {u"DATE"_s, Fidelity::Exact, Text::tr("ISO text")};
    case TypeKind::Time: return {u"TIME"_s, Fidelity::Exact, Text::tr("ISO text")};
    case TypeKind::DateTime: return {u"DATETIME"_s, Fidelity::Exact, Text::tr("ISO text")};
    case TypeKind::TimestampTz:
        return {u"TIMESTAMP"_s, Fidelity::Exact, Text::tr("ISO text in UTC")};
    case TypeKind::Year: return {u"INTEGER"_s, Fidelity::Exact, {}};
    case TypeKind::Bit:
        if (type.length >= 64)
            return {u"VARCHAR(20)"_s, Fidelity::Widened,
                    Text::tr("BIT(64) values can exceed SQLite's signed 64-bit integers: kept as "
                             "decimal text")};
        return {u"INTEGER"_s, Fidelity::Exact, Text::tr("the bits as an unsigned integer")};
    case TypeKind::Spatial:
        // NUMERIC affinity keeps a BLOB as it is; the name tells Ferry's catalog the form.
        return {
            u"GEOMETRY_SRID_WKB"_s, Fidelity::Exact,
            Text::tr("a BLOB: the SRID as 4 bytes little-endian, then the WKB (substr(col, 5) is "
                     "the WKB)")};
    case TypeKind::Other:
        return {u"TEXT"_s, Fidelity::Lossy,
                Text::tr("%1 has no SQLite equivalent: kept as its text form").arg(type.native)};
    }
    return {u"TEXT"_s, Fidelity::Lossy, {}};
}

QString SqliteDialect::literal(std::string_view canonical, const ColumnType &type) const
{
    const QString text = QString::fromUtf8(canonical.data(), qsizetype(canonical.size()));
    switch (type.kind) {
    case TypeKind::Boolean:
    case TypeKind::Integer:
    case TypeKind::Year:
    case TypeKind::Bit: {
        bool ok = false;
        text.toLongLong(&ok);
        if (ok)
            return text;
        break; // beyond 64-bit: compare as the text it is stored as
    }
    case TypeKind::Float:
    case TypeKind::Double: {
        bool ok = false;
        text.toDouble(&ok);
        if (ok)
            return text;
        break;
    }
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob:
    case TypeKind::Spatial: {
        const std::string hex = canonical::toHex(canonical);
        return u"X'"_s + QString::fromLatin1(hex.data(), qsizetype(hex.size())) + u'\'';
    }
    default: break;
    }
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

static QString quoteText(QString text)
{
    text.replace(u'\'', u"''"_s);
    return u'\'' + text + u'\'';
}

static QString defaultClause(const SqliteDialect &d, const TargetColumn &c)
{
    switch (c.defaultKind) {
    case Column::DefaultKind::None: return {};
    case Column::DefaultKind::Literal: {
        const QByteArray v = c.defaultValue.toUtf8();
        return u" DEFAULT "_s
            + d.literal(std::string_view(v.constData(), size_t(v.size())), c.sourceType);
    }
    case Column::DefaultKind::CurrentTimestamp: return u" DEFAULT CURRENT_TIMESTAMP"_s;
    case Column::DefaultKind::Expression: return {};
    }
    return {};
}

QStringList SqliteDialect::createTable(const TargetTable &t, bool withSecondaryIndexes) const
{
    QStringList lines;
    QList<TargetColumn> onUpdate;
    for (const TargetColumn &c : t.columns) {
        QString line = u"  "_s + quote(c.name) + u' ' + c.type.declaration;
        if (!c.generationExpression.isEmpty()) {
            line += u" GENERATED ALWAYS AS (%1) %2"_s.arg(
                c.generationExpression, c.generatedStored ? u"STORED"_s : u"VIRTUAL"_s);
            if (!c.nullable)
                line += u" NOT NULL"_s;
            lines << line;
            continue;
        }
        if (!c.nullable)
            line += u" NOT NULL"_s;
        line += defaultClause(*this, c);
        if (c.sourceType.kind == TypeKind::Enum && !c.sourceType.labels.isEmpty()
            && c.type.declaration == u"TEXT") {
            QStringList labels;
            for (const QString &label : c.sourceType.labels)
                labels << quoteText(label);
            line += u" CHECK (%1 IN (%2))"_s.arg(quote(c.name), labels.join(u", "_s));
        }
        if (c.onUpdateCurrentTimestamp)
            onUpdate << c;
        for (const QString &check : c.checks)
            line += u' ' + check;
        lines << line;
    }
    if (!t.primaryKey.isEmpty()) {
        QStringList keys;
        for (const QString &k : t.primaryKey)
            keys << quote(k);
        lines << u"  PRIMARY KEY ("_s + keys.join(u", "_s) + u')';
    }
    // SQLite cannot add a foreign key later, so they are declared here; they are checked only
    // with PRAGMA foreign_keys=ON, which the loader leaves off.
    for (const ForeignKey &fk : t.foreignKeys) {
        QStringList columns, referenced;
        for (const QString &c : fk.columns)
            columns << quote(c);
        for (const QString &c : fk.referencedColumns)
            referenced << quote(c);
        QString line = u"  FOREIGN KEY (%1) REFERENCES %2 (%3)"_s.arg(
            columns.join(u", "_s), quote(fk.referenced.name), referenced.join(u", "_s));
        if (!fk.onDelete.isEmpty())
            line += u" ON DELETE "_s + fk.onDelete;
        if (!fk.onUpdate.isEmpty())
            line += u" ON UPDATE "_s + fk.onUpdate;
        lines << line;
    }
    for (const CheckConstraint &check : t.checks)
        lines << u"  "_s
                + (check.name.isEmpty() ? QString() : u"CONSTRAINT "_s + quote(check.name) + u' ')
                + u"CHECK (%1)"_s.arg(check.expression);
    QStringList statements = {u"CREATE TABLE "_s + qualify(t.ref) + u" (\n"_s + lines.join(u",\n"_s)
                              + u"\n)"_s};
    // MySQL's ON UPDATE CURRENT_TIMESTAMP: after an UPDATE that changed the row but left the
    // column as it was, the column takes the current time (UTC, as CURRENT_TIMESTAMP gives it).
    // Recursive triggers are off by default, so the trigger's own UPDATE does not fire it again.
    for (const TargetColumn &c : std::as_const(onUpdate)) {
        QStringList changed;
        for (const TargetColumn &other : t.columns)
            if (other.name != c.name && other.generationExpression.isEmpty())
                changed << u"NEW.%1 IS NOT OLD.%1"_s.arg(quote(other.name));
        statements << u"CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON %2 FOR EACH ROW WHEN "
                      "NEW.%3 IS OLD.%3%4 BEGIN UPDATE %2 SET %3 = CURRENT_TIMESTAMP WHERE rowid "
                      "= NEW.rowid; END"_s.arg(quote(t.ref.name + u'_' + c.name + u"_on_update"_s),
                                               qualify(t.ref), quote(c.name),
                                               changed.isEmpty()
                                                   ? QString()
                                                   : u" AND ("_s + changed.join(u" OR "_s) + u')');
    }
    if (withSecondaryIndexes)
        statements += createIndexes(t);
    return statements;
}

QStringList SqliteDialect::createIndexes(const TargetTable &t) const
{
    QStringList out;
    for (const Index &index : t.indexes) {
        QStringList columns;
        for (const QString &c : index.columns)
            columns << quote(c);
        // Index names are global in SQLite: prefix the table to avoid collisions.
        const QString name = t.ref.name + u'_' + index.name;
        out << u"CREATE %1INDEX %2 ON %3 (%4)"_s.arg(index.unique ? u"UNIQUE "_s : QString(),
                                                     quote(name), qualify(t.ref),
                                                     columns.join(u", "_s));
    }
    return out;
}

QStringList SqliteDialect::createView(const TargetView &view) const
{
    return {u"CREATE VIEW IF NOT EXISTS %1 AS %2"_s.arg(qualify(view.ref), view.select)};
}

QStringList SqliteDialect::createForeignKeys(const TargetTable &) const
{
    return {}; // declared by createTable()
}

QStringList SqliteDialect::resetIdentity(const TargetTable &) const
{
    // An INTEGER PRIMARY KEY continues after the largest rowid by itself.
    return {};
}

QString SqliteDialect::deleteAll(const TableRef &table) const
{
    return u"DELETE FROM "_s + qualify(table);
}

QStringList SqliteDialect::createSchema(const QString &) const
{
    return {};
}

QString SqliteDialect::dropTable(const TableRef &table) const
{
    return u"DROP TABLE IF EXISTS "_s + qualify(table);
}

// No checksum push-down: a SQLite database is a local file, so streaming its rows costs no
// network and the verifier hashes them itself.
const ChecksumDialect *SqliteDialect::checksum() const
{
    return nullptr;
}

QString SqliteDialect::equals(const QString &c, const QString &literal, const ColumnType &) const
{
    return c + u" = "_s + literal;
}

QString SqliteDialect::deleteSome(const TableRef &table, const QString &where, int count) const
{
    // One arg() call: a value in `where` that reads "%3" stays as it is.
    return u"DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 WHERE %2 LIMIT %3)"_s.arg(
        qualify(table), where, QString::number(count));
}

QString SqliteDialect::beginTransaction() const
{
    return u"BEGIN"_s;
}

} // namespace ferry

#include "postgresqldialect.h"

#include "common/language.h"
#include "values/canonical.h"
#include "values/spatial.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr int kMaxIdentifierBytes = 63; // NAMEDATALEN - 1
constexpr int kMaxCharLength = 10485760; // character(n) / character varying(n) limit

bool isDigits(std::string_view v, size_t from = 0)
{
    if (from >= v.size())
        return false;
    for (size_t i = from; i < v.size(); ++i)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

bool isInteger(std::string_view v)
{
    return isDigits(v, !v.empty() && v[0] == '-' ? 1 : 0);
}

// Plain decimal notation: -12.340, 0.5, 7.
bool isPlainDecimal(std::string_view v)
{
    if (!v.empty() && v[0] == '-')
        v.remove_prefix(1);
    const size_t dot = v.find('.');
    if (dot == std::string_view::npos)
        return isDigits(v);
    return isDigits(v.substr(0, dot)) && isDigits(v.substr(dot + 1));
}

// The canonical UTC wall clock of a TimestampTz with "+00" so the server does not read it in
// the session's zone: '2024-01-01 10:00:00+00', '0044-03-15 10:00:00+00 BC'.
QString withUtcOffset(const QString &value)
{
    if (value.isEmpty() || !value.front().isDigit())
        return value; // infinity, -infinity
    if (value.endsWith(u" BC"_s))
        return value.left(value.size() - 3) + u"+00 BC"_s;
    return value + u"+00"_s;
}

QString lowerDeclaration(const QString &declaration)
{
    return declaration.trimmed().toLower();
}

bool isIntegerDeclaration(const QString &lower)
{
    static const QStringList names = {u"smallint"_s, u"integer"_s, u"bigint"_s, u"int"_s,
                                      u"int2"_s,     u"int4"_s,    u"int8"_s};
    return names.contains(lower);
}

bool isNumericDeclaration(const QString &lower)
{
    return lower.startsWith(u"numeric"_s) || lower.startsWith(u"decimal"_s);
}

bool isTextDeclaration(const QString &lower)
{
    return lower.startsWith(u"character"_s) || lower.startsWith(u"varchar"_s)
        || lower.startsWith(u"char"_s) || lower == u"text"_s;
}

// The n of "bit(n)"; 1 for a bare "bit" (PostgreSQL's default width).
int bitWidth(const QString &lower)
{
    const qsizetype open = lower.indexOf(u'(');
    const qsizetype close = lower.indexOf(u')');
    if (open < 0 || close < open)
        return 1;
    return lower.mid(open + 1, close - open - 1).trimmed().toInt();
}

int characters(const QString &s)
{
    return int(s.toUcs4().size());
}

// `base` cut to fit 63 bytes with "_<8 hex digits of hash(key)>", on a UTF-8 character boundary.
QString fitName(const QString &base, const QString &key)
{
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    const QString suffix = u'_' + QString::fromLatin1(hash);
    const qsizetype room = kMaxIdentifierBytes - suffix.size();
    QByteArray bytes = base.toUtf8();
    if (bytes.size() > room) {
        qsizetype cut = room;
        while (cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xc0) == 0x80)
            --cut; // bytes[cut] starts the first character that does not fit
        bytes.truncate(cut);
    }
    return QString::fromUtf8(bytes) + suffix;
}

QString quotedList(const PostgreSqlDialect &d, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << d.quote(n);
    return out.join(u", "_s);
}

QString foreignKeyAction(const QString &action)
{
    const QString a = action.simplified().toUpper();
    static const QStringList allowed = {u"CASCADE"_s, u"SET NULL"_s, u"SET DEFAULT"_s,
                                        u"RESTRICT"_s};
    return allowed.contains(a) ? a : QString();
}

// A column default's literal for the column's *target* declaration. A quoted literal has no
// type of its own: the column's input function reads it, so '1' fits boolean and smallint
// alike and an override of the target type never breaks the default.
QString defaultLiteral(const PostgreSqlDialect &d, const TargetColumn &c)
{
    const QByteArray bytes = c.defaultValue.toUtf8();
    const std::string_view v(bytes.constData(), size_t(bytes.size()));
    const QString lower = lowerDeclaration(c.type.declaration);
    switch (c.sourceType.kind) {
    case TypeKind::Boolean:
        if (lower.startsWith(u"bool"_s) && (v == "0" || v == "1"))
            return v == "1" ? u"TRUE"_s : u"FALSE"_s;
        break;
    case TypeKind::Bit:
        if (lower.startsWith(u"bit"_s) && !lower.startsWith(u"bit varying"_s)) {
            if (auto bits = canonical::decimalToBitString(v, bitWidth(lower)))
                return u"B'"_s + QString::fromLatin1(bits->data(), qsizetype(bits->size())) + u'\'';
        }
        break;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob:
        if (lower == u"bytea"_s)
            return d.literal(v, c.sourceType);
        break;
    case TypeKind::TimestampTz: return PostgreSqlDialect::quoteText(withUtcOffset(c.defaultValue));
    default: break;
    }
    return PostgreSqlDialect::quoteText(c.defaultValue);
}

QString currentTimestampFor(const QString &lower)
{
    if (lower.contains(u"with time zone"_s) || lower.startsWith(u"timestamptz"_s))
        return u"CURRENT_TIMESTAMP"_s;
    if (lower.startsWith(u"timestamp"_s))
        return u"LOCALTIMESTAMP"_s;
    if (lower == u"date"_s)
        return u"CURRENT_DATE"_s;
    if (lower.startsWith(u"time"_s))
        return lower.contains(u"with time zone"_s) || lower.startsWith(u"timetz"_s)
            ? u"CURRENT_TIME"_s
            : u"LOCALTIME"_s;
    return u"CURRENT_TIMESTAMP"_s;
}

TypeChoice choice(const QString &declaration, Fidelity fidelity = Fidelity::Exact,
                  const QString &note = {})
{
    return TypeChoice {declaration, fidelity, note};
}

QString fractionSuffix(int fraction)
{
    return u"(%1)"_s.arg(std::clamp(fraction, 0, 6));
}

} // namespace

QString PostgreSqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString PostgreSqlDialect::qualify(const TableRef &table) const
{
    return table.schema.isEmpty() ? quote(table.name)
                                  : quote(table.schema) + u'.' + quote(table.name);
}

int PostgreSqlDialect::maxIdentifierLength() const
{
    return kMaxIdentifierBytes; // bytes of UTF-8; longer names are cut by the server
}

QString PostgreSqlDialect::quoteText(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString PostgreSqlDialect::indexName(const TableRef &table, const QString &index)
{
    return fitName(table.name + u'_' + index,
                   table.schema + u'\x1f' + table.name + u'\x1f' + index);
}

TypeChoice PostgreSqlDialect::declare(const ColumnType &type, Engine source) const
{
    const bool fromPostgres = source == Engine::PostgreSql;
    const bool fromSqlite = source == Engine::Sqlite;
    const bool fromMySql = engines::family(source) == EngineFamily::MySql;

    if (fromPostgres) {
        switch (type.kind) {
        case TypeKind::Enum: break; // the enum type itself is not created in the target: see below
        case TypeKind::Spatial:
            if (type.native.startsWith(u"geometry"_s) || type.native.startsWith(u"geography"_s))
                return choice(type.native, Fidelity::Exact,
                              Text::tr("needs the PostGIS extension in the target database"));
            return choice(type.native);
        default:
            if (!type.native.isEmpty())
                return choice(type.native);
            break;
        }
    }

    switch (type.kind) {
    case TypeKind::Boolean:
        return choice(
            u"boolean"_s, Fidelity::Lossy,
            Text::tr("values other than 0 and 1 are refused; override to smallint to keep "
                     "them"));
    case TypeKind::Integer:
        switch (type.byteWidth) {
        case 1:
            return choice(u"smallint"_s, Fidelity::Widened,
                          Text::tr("widened: PostgreSQL has no 1-byte integer"));
        case 2:
            return type.isUnsigned ? choice(u"integer"_s, Fidelity::Widened,
                                            Text::tr("widened: SMALLINT UNSIGNED exceeds smallint"))
                                   : choice(u"smallint"_s);
        case 3:
            return choice(u"integer"_s, Fidelity::Widened,
                          Text::tr("widened: PostgreSQL has no 3-byte integer"));
        case 4:
            return type.isUnsigned ? choice(u"bigint"_s, Fidelity::Widened,
                                            Text::tr("widened: INT UNSIGNED exceeds integer"))
                                   : choice(u"integer"_s);
        default:
            return type.isUnsigned ? choice(
                       u"numeric(20,0)"_s, Fidelity::Widened,
                       Text::tr("widened: BIGINT UNSIGNED exceeds bigint (an auto-increment column "
                                "gets a sequence instead of an identity)"))
                                   : choice(u"bigint"_s);
        }
    case TypeKind::Decimal:
        if (type.precision > 0 && type.scale >= 0 && type.scale <= type.precision)
            return choice(u"numeric(%1,%2)"_s.arg(type.precision).arg(type.scale));
        return choice(u"numeric"_s);
    case TypeKind::Float: return choice(u"real"_s);
    case TypeKind::Double: return choice(u"double precision"_s);
    case TypeKind::Char:
        if (type.length <= 0 || type.length > kMaxCharLength)
            return choice(u"text"_s);
        return choice(
            u"character(%1)"_s.arg(type.length), Fidelity::Exact,
            Text::tr("PostgreSQL pads character(n) with spaces when read; trailing spaces do "
                     "not count in comparisons"));
    case TypeKind::VarChar:
        if (type.length <= 0 || type.length > kMaxCharLength)
            return choice(u"text"_s);
        if (fromSqlite)
            return choice(u"character varying(%1)"_s.arg(type.length), Fidelity::Lossy,
                          Text::tr("SQLite does not enforce the declared length: longer values are "
                                   "refused; override to text to keep them"));
        return choice(u"character varying(%1)"_s.arg(type.length));
    case TypeKind::Text:
        return choice(u"text"_s, Fidelity::Exact,
                      Text::tr("text with NUL bytes is refused; override to bytea to keep it"));
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: return choice(u"bytea"_s);
    case TypeKind::Date:
        if (fromMySql)
            return choice(u"date"_s, Fidelity::Lossy,
                          Text::tr("zero dates (0000-00-00) follow the zero-date policy"));
        if (fromSqlite)
            return choice(u"date"_s, Fidelity::Lossy,
                          Text::tr("SQLite keeps dates as text: values PostgreSQL cannot read are "
                                   "refused"));
        return choice(u"date"_s);
    case TypeKind::Time:
        if (fromSqlite)
            return choice(u"time"_s, Fidelity::Lossy,
                          Text::tr("SQLite keeps times as text: values PostgreSQL cannot read are "
                                   "refused"));
        return choice(u"time"_s + fractionSuffix(type.fraction), Fidelity::Lossy,
                      Text::tr("MySQL TIME outside 00:00:00–24:00:00, e.g. negative durations, is "
                               "refused; override to interval to keep them"));
    case TypeKind::DateTime:
        if (fromSqlite)
            return choice(
                u"timestamp"_s, Fidelity::Lossy,
                Text::tr("SQLite keeps timestamps as text: values PostgreSQL cannot read are "
                         "refused"));
        if (fromMySql)
            return choice(u"timestamp"_s + fractionSuffix(type.fraction), Fidelity::Lossy,
                          Text::tr("zero dates (0000-00-00 00:00:00) follow the zero-date policy"));
        return choice(u"timestamp"_s + fractionSuffix(type.fraction));
    case TypeKind::TimestampTz:
        if (fromMySql)
            return choice(u"timestamp%1 with time zone"_s.arg(fractionSuffix(type.fraction)),
                          Fidelity::Lossy,
                          Text::tr("zero dates (0000-00-00 00:00:00) follow the zero-date policy"));
        return choice(u"timestamp%1 with time zone"_s.arg(fractionSuffix(type.fraction)));
    case TypeKind::Year:
        return choice(u"smallint"_s, Fidelity::Exact,
                      Text::tr("the year as a number (0 for the zero year)"));
    case TypeKind::Json:
        return choice(u"json"_s, Fidelity::Exact,
                      Text::tr("json keeps the text exactly; jsonb would reorder keys"));
    case TypeKind::Enum: {
        int longest = 1;
        for (const QString &label : type.labels)
            longest = std::max(longest, characters(label));
        return choice(
            u"character varying(%1)"_s.arg(longest), Fidelity::Exact,
            fromPostgres
                ? Text::tr("the enum type %1 is not created in the target: the labels are kept "
                           "as text with a CHECK constraint")
                      .arg(type.native)
                : Text::tr("text with a CHECK constraint listing the labels"));
    }
    case TypeKind::Set: {
        int total = 0;
        for (const QString &label : type.labels)
            total += characters(label);
        total += std::max(0, int(type.labels.size()) - 1);
        return choice(u"character varying(%1)"_s.arg(std::max(1, total)), Fidelity::Exact,
                      Text::tr("the labels joined by commas, as text"));
    }
    case TypeKind::Bit: return choice(u"bit(%1)"_s.arg(std::clamp(type.length, 1, 64)));
    case TypeKind::Uuid: return choice(u"uuid"_s);
    case TypeKind::Interval: return choice(u"interval"_s);
    case TypeKind::Spatial: {
        // MySQL's geometry types, each value with its own SRID: PostGIS geometry of the same
        // subtype without an SRID constraint. The schema plan falls back to bytea when the
        // target database has no PostGIS.
        static const QHash<QString, QString> kSubtypes {
            {u"point"_s, u"Point"_s},
            {u"linestring"_s, u"LineString"_s},
            {u"polygon"_s, u"Polygon"_s},
            {u"multipoint"_s, u"MultiPoint"_s},
            {u"multilinestring"_s, u"MultiLineString"_s},
            {u"multipolygon"_s, u"MultiPolygon"_s},
            {u"geometrycollection"_s, u"GeometryCollection"_s},
            {u"geomcollection"_s, u"GeometryCollection"_s},
        };
        const QString base = type.native.section(u'(', 0, 0).trimmed().toLower();
        const QString subtype = kSubtypes.value(base);
        return choice(subtype.isEmpty() ? u"geometry"_s : u"geometry(%1)"_s.arg(subtype),
                      Fidelity::Exact,
                      Text::tr("PostGIS geometry: SRID and WKB kept per value (needs the postgis "
                               "extension in the target database, else bytea)"));
    }
    case TypeKind::Other:
        return choice(
            u"text"_s, Fidelity::Lossy,
            type.native.isEmpty()
                ? Text::tr("kept as its text form: the type other is not kept")
                : Text::tr("kept as its text form: the type %1 is not kept").arg(type.native));
    }
    return choice(u"text"_s, Fidelity::Lossy);
}

QString PostgreSqlDialect::literal(std::string_view v, const ColumnType &type) const
{
    const QString text = QString::fromUtf8(v.data(), qsizetype(v.size()));
    switch (type.kind) {
    case TypeKind::Boolean:
        if (v == "1")
            return u"TRUE"_s;
        if (v == "0")
            return u"FALSE"_s;
        break;
    case TypeKind::Integer:
    case TypeKind::Year:
        if (isInteger(v))
            return text;
        break;
    case TypeKind::Decimal:
        if (isPlainDecimal(v))
            return text;
        break;
    case TypeKind::Float:
    case TypeKind::Double:
        // Quoted on purpose: a bare 1.2345678 is numeric, and real = numeric compares as
        // double precision, where the real value 1.2345678 is 1.2345677614...
        break;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: {
        const std::string hex = canonical::toHex(v);
        return u"'\\x"_s + QString::fromLatin1(hex.data(), qsizetype(hex.size())) + u"'::bytea"_s;
    }
    case TypeKind::Bit:
        if (type.length > 0) {
            if (auto bits = canonical::decimalToBitString(v, std::min(type.length, 64)))
                return u"B'"_s + QString::fromLatin1(bits->data(), qsizetype(bits->size())) + u'\'';
        }
        if (isInteger(v))
            return text;
        break;
    case TypeKind::TimestampTz: return quoteText(withUtcOffset(text));
    case TypeKind::Spatial:
        // Hex EWKB, which PostGIS's input function takes (a geometry target column).
        if (auto ewkb = spatial::toEwkb(v)) {
            const std::string hex = canonical::toHex(*ewkb);
            return quoteText(QString::fromLatin1(hex.data(), qsizetype(hex.size())));
        }
        break;
    default: break;
    }
    return quoteText(text);
}

QString PostgreSqlDialect::boundValues(const QList<PartitionValue> &values) const
{
    QStringList out;
    for (const PartitionValue &v : values) {
        switch (v.kind) {
        case PartitionValue::Kind::Text: out << quoteText(v.text); break;
        case PartitionValue::Kind::Number: out << v.text; break;
        case PartitionValue::Kind::Null: out << u"NULL"_s; break;
        case PartitionValue::Kind::MinValue: out << u"MINVALUE"_s; break;
        case PartitionValue::Kind::MaxValue: out << u"MAXVALUE"_s; break;
        }
    }
    return out.join(u", "_s);
}

QStringList PostgreSqlDialect::createTable(const TargetTable &table,
                                           bool withSecondaryIndexes) const
{
    QStringList before;
    QStringList after;
    QStringList definitions;
    QList<TargetColumn> onUpdate;
    for (const TargetColumn &c : table.columns) {
        const QString lower = lowerDeclaration(c.type.declaration);
        QString def = quote(c.name) + u' ' + c.type.declaration;
        if (!c.generationExpression.isEmpty()) {
            // PostgreSQL 15 computes generated columns only when they are stored.
            def += u" GENERATED ALWAYS AS (%1) STORED"_s.arg(c.generationExpression);
        } else if (c.autoIncrement && isIntegerDeclaration(lower)) {
            def += u" GENERATED BY DEFAULT AS IDENTITY"_s;
        } else if (c.autoIncrement && isNumericDeclaration(lower)) {
            // BIGINT UNSIGNED AUTO_INCREMENT: identity needs an integer type, a sequence does
            // not. OWNED BY lets pg_get_serial_sequence() find it for resetIdentity().
            const TableRef sequence {
                table.ref.schema,
                fitName(table.ref.name + u'_' + c.name + u"_seq"_s,
                        table.ref.schema + u'\x1f' + table.ref.name + u'\x1f' + c.name)};
            before << u"CREATE SEQUENCE IF NOT EXISTS %1"_s.arg(qualify(sequence));
            def += u" DEFAULT nextval(%1::regclass)"_s.arg(quoteText(qualify(sequence)));
            after << u"ALTER SEQUENCE %1 OWNED BY %2.%3"_s.arg(qualify(sequence),
                                                               qualify(table.ref), quote(c.name));
        } else {
            switch (c.defaultKind) {
            case Column::DefaultKind::None: break;
            case Column::DefaultKind::Literal:
                def += u" DEFAULT "_s + defaultLiteral(*this, c);
                break;
            case Column::DefaultKind::CurrentTimestamp:
                def += u" DEFAULT "_s + currentTimestampFor(lower);
                break;
            case Column::DefaultKind::Expression:
                // Only a PostgreSQL source's own declaration is kept verbatim by declare():
                // that marks an expression this server can run. Others are dropped.
                if (!c.sourceType.native.isEmpty() && c.type.declaration == c.sourceType.native
                    && !c.defaultValue.isEmpty())
                    def += u" DEFAULT "_s + c.defaultValue;
                break;
            }
        }
        if (!c.nullable)
            def += u" NOT NULL"_s;
        if (c.sourceType.kind == TypeKind::Enum && !c.sourceType.labels.isEmpty()
            && isTextDeclaration(lower)) {
            QStringList labels;
            for (const QString &label : c.sourceType.labels)
                labels << quoteText(label);
            def += u" CHECK (%1 IN (%2))"_s.arg(quote(c.name), labels.join(u", "_s));
        }
        if (c.sourceType.kind == TypeKind::Set && !c.sourceType.labels.isEmpty()
            && isTextDeclaration(lower)) {
            // Labels joined by commas (MySQL's own text form of a SET value).
            QStringList labels;
            for (const QString &label : c.sourceType.labels)
                labels << QRegularExpression::escape(label);
            const QString one = u"(%1)"_s.arg(labels.join(u'|'));
            def += u" CHECK (%1 = '' OR %1 ~ %2)"_s.arg(quote(c.name),
                                                        quoteText(u"^%1(,%1)*$"_s.arg(one)));
        }
        if (c.onUpdateCurrentTimestamp)
            onUpdate << c;
        for (const QString &check : c.checks)
            def += u' ' + check;
        definitions << def;
    }
    if (!table.primaryKey.isEmpty())
        definitions << u"PRIMARY KEY (%1)"_s.arg(quotedList(*this, table.primaryKey));
    for (const CheckConstraint &check : table.checks)
        definitions << (check.name.isEmpty() ? QString()
                                             : u"CONSTRAINT "_s
                                + quote(fitName(check.name, table.ref.name + u'\x1f' + check.name))
                                + u' ')
                + u"CHECK (%1)"_s.arg(check.expression);
    QStringList statements = before;
    const Partitioning &parts = table.partitioning;
    statements << u"CREATE TABLE %1 (\n    %2\n)"_s.arg(qualify(table.ref),
                                                        definitions.join(u",\n    "_s))
            + (parts.isEmpty()
                   ? QString()
                   : u" PARTITION BY %1 (%2)"_s.arg(Partitioning::methodName(parts.method),
                                                    quotedList(*this, parts.columns)));
    for (const Partition &p : parts.partitions) {
        QString bound;
        if (p.isDefault) {
            bound = u"DEFAULT"_s;
        } else if (parts.method == Partitioning::Method::Range) {
            bound = u"FOR VALUES FROM (%1) TO (%2)"_s.arg(boundValues(p.from), boundValues(p.to));
        } else if (parts.method == Partitioning::Method::List) {
            QList<PartitionValue> values;
            for (const QList<PartitionValue> &tuple : p.values)
                values += tuple;
            bound = u"FOR VALUES IN (%1)"_s.arg(boundValues(values));
        } else {
            bound = u"FOR VALUES WITH (MODULUS %1, REMAINDER %2)"_s.arg(p.modulus).arg(p.remainder);
        }
        statements << u"CREATE TABLE %1 PARTITION OF %2 %3"_s.arg(
            qualify({table.ref.schema, p.name}), qualify(table.ref), bound);
    }
    statements += after;
    if (!table.comment.isEmpty())
        statements << u"COMMENT ON TABLE %1 IS %2"_s.arg(qualify(table.ref),
                                                         quoteText(table.comment));
    for (const TargetColumn &c : table.columns)
        if (!c.comment.isEmpty())
            statements << u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(qualify(table.ref), quote(c.name),
                                                                 quoteText(c.comment));
    if (!onUpdate.isEmpty()) {
        // MySQL's ON UPDATE CURRENT_TIMESTAMP: an UPDATE that changes the row but not the
        // column sets it to the current time; one that sets the column keeps that value.
        const QString base =
            fitName(table.ref.name + u"_on_update"_s,
                    table.ref.schema + u'\x1f' + table.ref.name + u"\x1fon_update"_s);
        // The row changed: compared column by column, since a BEFORE trigger sees generated
        // columns uncomputed (and may not name the whole row in a WHEN clause).
        QStringList changed;
        for (const TargetColumn &c : table.columns)
            if (c.generationExpression.isEmpty())
                changed << u"NEW.%1 IS DISTINCT FROM OLD.%1"_s.arg(quote(c.name));
        QStringList sets {
            u"    IF NOT (%1) THEN RETURN NEW; END IF;"_s.arg(changed.join(u" OR "_s))};
        for (const TargetColumn &c : std::as_const(onUpdate))
            sets << u"    IF NEW.%1 IS NOT DISTINCT FROM OLD.%1 THEN NEW.%1 := %2; END IF;"_s.arg(
                quote(c.name), currentTimestampFor(lowerDeclaration(c.type.declaration)));
        const QString function = qualify({table.ref.schema, base});
        statements << u"CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                      "$ferry$\nBEGIN\n%2\n    RETURN NEW;\nEND\n$ferry$"_s.arg(function,
                                                                                sets.join(u'\n'));
        statements << u"CREATE TRIGGER %1 BEFORE UPDATE ON %2 FOR EACH ROW EXECUTE FUNCTION "
                      "%3()"_s.arg(quote(base), qualify(table.ref), function);
    }
    if (withSecondaryIndexes)
        statements += createIndexes(table);
    return statements;
}

QStringList PostgreSqlDialect::createView(const TargetView &view) const
{
    // The SELECT names its tables unqualified: they resolve in the view's schema.
    return {u"SET search_path TO %1"_s.arg(quote(view.ref.schema)),
            u"CREATE OR REPLACE VIEW %1 AS %2"_s.arg(qualify(view.ref), view.select),
            u"RESET search_path"_s};
}

QStringList PostgreSqlDialect::createIndexes(const TargetTable &table) const
{
    QStringList statements;
    for (const Index &index : table.indexes) {
        if (index.primary || index.columns.isEmpty())
            continue;
        if (index.method == Index::Method::Spatial) {
            statements << u"CREATE INDEX IF NOT EXISTS %1 ON %2 USING gist (%3)"_s.arg(
                quote(indexName(table.ref, index.name)), qualify(table.ref),
                quotedList(*this, index.columns));
            continue;
        }
        if (index.method == Index::Method::FullText) {
            // MySQL FULLTEXT over several columns searches them as one text: the same here.
            QStringList parts;
            for (const QString &c : index.columns)
                parts << u"coalesce(%1, '')"_s.arg(quote(c));
            statements << u"CREATE INDEX IF NOT EXISTS %1 ON %2 USING gin "
                          "(to_tsvector('simple'::regconfig, %3))"_s.arg(
                              quote(indexName(table.ref, index.name)), qualify(table.ref),
                              parts.join(u" || ' ' || "_s));
            continue;
        }
        statements << u"CREATE %1INDEX IF NOT EXISTS %2 ON %3 (%4)"_s.arg(
            index.unique ? u"UNIQUE "_s : QString(), quote(indexName(table.ref, index.name)),
            qualify(table.ref), quotedList(*this, index.columns));
    }
    return statements;
}

QStringList PostgreSqlDialect::createForeignKeys(const TargetTable &table) const
{
    QStringList statements;
    for (const ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.isEmpty() || fk.columns.size() != fk.referencedColumns.size())
            continue;
        const QString name = !fk.name.isEmpty() && fk.name.toUtf8().size() <= kMaxIdentifierBytes
            ? fk.name
            : fitName(table.ref.name + u'_' + fk.columns.join(u'_') + u"_fkey"_s,
                      table.ref.schema + u'\x1f' + table.ref.name + u'\x1f' + fk.name + u'\x1f'
                          + fk.columns.join(u'\x1f'));
        TableRef referenced = fk.referenced;
        if (referenced.schema.isEmpty())
            referenced.schema = table.ref.schema;
        QString sql = u"ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 (%5)"_s.arg(
            qualify(table.ref), quote(name), quotedList(*this, fk.columns), qualify(referenced),
            quotedList(*this, fk.referencedColumns));
        if (const QString a = foreignKeyAction(fk.onDelete); !a.isEmpty())
            sql += u" ON DELETE "_s + a;
        if (const QString a = foreignKeyAction(fk.onUpdate); !a.isEmpty())
            sql += u" ON UPDATE "_s + a;
        statements << sql;
    }
    return statements;
}

QStringList PostgreSqlDialect::resetIdentity(const TargetTable &table) const
{
    QStringList statements;
    for (const TargetColumn &c : table.columns) {
        const QString lower = lowerDeclaration(c.type.declaration);
        if (!c.autoIncrement || !(isIntegerDeclaration(lower) || isNumericDeclaration(lower)))
            continue;
        // is_called = false: the next value handed out is exactly MAX + 1 (1 when empty).
        statements << u"SELECT setval(pg_get_serial_sequence(%1, %2), "
                      "GREATEST(COALESCE(MAX(%3), 0)::bigint + 1, 1), false) FROM %4"_s.arg(
                          quoteText(qualify(table.ref)), quoteText(c.name), quote(c.name),
                          qualify(table.ref));
    }
    return statements;
}

QString PostgreSqlDialect::deleteAll(const TableRef &table) const
{
    return u"DELETE FROM "_s + qualify(table);
}

QStringList PostgreSqlDialect::createSchema(const QString &schema) const
{
    if (schema.isEmpty())
        return {};
    return {u"CREATE SCHEMA IF NOT EXISTS "_s + quote(schema)};
}

QString PostgreSqlDialect::dropTable(const TableRef &table) const
{
    return u"DROP TABLE IF EXISTS "_s + qualify(table);
}

// ---------------------------------------------------------------- verification

namespace {

class PostgreSqlChecksumDialect : public ChecksumDialect
{
public:
    QString text(const QString &c, const ColumnType &type, bool trimTrailingSpaces) const override
    {
        switch (type.kind) {
        case TypeKind::Boolean: return u"CASE WHEN %1 THEN '1' ELSE '0' END"_s.arg(c);
        case TypeKind::Char:
        case TypeKind::VarChar:
        case TypeKind::Text:
        case TypeKind::Json:
        case TypeKind::Enum:
        case TypeKind::Set:
        case TypeKind::Uuid:
            return trimTrailingSpaces ? u"rtrim(%1::text)"_s.arg(c) : u"%1::text"_s.arg(c);
        case TypeKind::Binary:
        case TypeKind::VarBinary:
        case TypeKind::Blob: return u"encode(%1, 'hex')"_s.arg(c);
        case TypeKind::DateTime:
        case TypeKind::TimestampTz: return u"to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')"_s.arg(c);
        case TypeKind::Time: return u"to_char(%1, 'HH24:MI:SS.US')"_s.arg(c);
        default: return u"%1::text"_s.arg(c);
        }
    }
    QString rowString(const QStringList &columns, const QStringList &texts) const override
    {
        QStringList pieces;
        for (qsizetype i = 0; i < columns.size(); ++i)
            pieces
                << u"CASE WHEN %1 IS NULL THEN 'N' ELSE octet_length(%2)::text || ':' || %2 END"_s
                       .arg(columns[i], texts[i]);
        return u"concat_ws('|', "_s + pieces.join(u", "_s) + u')';
    }
    QString md5(const QString &expression) const override { return u"md5("_s + expression + u')'; }
    QString sums(const QString &h) const override
    {
        return u"count(*), COALESCE(sum(('x' || substr(%1, 1, 15))::bit(60)::bigint), 0), "
               "COALESCE(sum(('x' || substr(%1, 16, 15))::bit(60)::bigint), 0)"_s.arg(h);
    }
    QString partitionOf(const QString &keyString, int partitions) const override
    {
        return u"mod(('x' || substr(md5(%1), 1, 8))::bit(32)::bigint, %2)"_s.arg(
            keyString, QString::number(partitions));
    }
};

} // namespace

const ChecksumDialect *PostgreSqlDialect::checksum() const
{
    static const PostgreSqlChecksumDialect instance;
    return &instance;
}

QString PostgreSqlDialect::equals(const QString &c, const QString &literal,
                                  const ColumnType &type) const
{
    if (type.kind == TypeKind::Json)
        return c + u"::text = "_s + literal; // json has no equality operator
    return c + u" = "_s + literal;
}

QString PostgreSqlDialect::deleteSome(const TableRef &table, const QString &where, int count) const
{
    // One arg() call: a value in `where` that reads "%3" stays as it is.
    return u"DELETE FROM %1 WHERE ctid IN (SELECT ctid FROM %1 WHERE %2 LIMIT %3)"_s.arg(
        qualify(table), where, QString::number(count));
}

QString PostgreSqlDialect::beginTransaction() const
{
    return u"BEGIN"_s;
}

QStringList PostgreSqlDialect::emptyTables(const QList<TableRef> &tables) const
{
    // One TRUNCATE: PostgreSQL refuses to truncate a referenced table unless its referencing
    // tables go in the same statement. No CASCADE: a table outside the project stays as it is
    // (and its foreign key makes the TRUNCATE fail, naming it).
    QStringList names;
    for (const TableRef &t : tables)
        names << qualify(t);
    if (names.isEmpty())
        return {};
    return {u"TRUNCATE TABLE "_s + names.join(u", "_s)};
}

} // namespace ferry

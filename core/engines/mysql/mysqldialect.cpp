#include "mysqldialect.h"

#include "common/language.h"
#include "values/canonical.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// InnoDB (DYNAMIC rows) indexes at most 3072 bytes of a key; utf8mb4 takes 4 bytes a character.
constexpr int kMaxKeyBytes = 3072;
// The prefix a non-unique index takes of a TEXT/BLOB column: 191 utf8mb4 characters fit the
// 767 bytes of the oldest row formats, and four of them fit one key.
constexpr int kPrefixChars = 191;
constexpr int kPrefixBytes = 767;
// Longer VARCHAR/VARBINARY become LONGTEXT/LONGBLOB: a few VARCHAR(16383) utf8mb4 columns
// would overflow MySQL's 65,535-byte row.
constexpr int kMaxVarChars = 4096;
constexpr int kMaxVarBytes = 16383;

const QString kBin = u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s;

bool isMySqlFamily(Engine e)
{
    return engines::family(e) == EngineFamily::MySql;
}

bool isDigits(std::string_view s)
{
    return !s.empty()
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isInteger(std::string_view s)
{
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    return isDigits(s);
}

bool isPlainDecimal(std::string_view s)
{
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    const size_t dot = s.find('.');
    if (dot == std::string_view::npos)
        return isDigits(s);
    const std::string_view whole = s.substr(0, dot), fraction = s.substr(dot + 1);
    return (whole.empty() || isDigits(whole)) && (fraction.empty() || isDigits(fraction))
        && !(whole.empty() && fraction.empty());
}

QString labelList(const QStringList &labels)
{
    QStringList quoted;
    for (const QString &l : labels) {
        const QByteArray utf8 = l.toUtf8();
        quoted << MySqlDialect::quoteText(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    return quoted.join(u',');
}

QString charsetSuffix(const ColumnType &t)
{
    if (t.charset.isEmpty())
        return {};
    QString s = u" CHARACTER SET "_s + t.charset;
    if (!t.collation.isEmpty())
        s += u" COLLATE "_s + t.collation;
    return s;
}

QString unsignedSuffix(const ColumnType &t)
{
    return t.isUnsigned ? u" UNSIGNED"_s : QString();
}

QString textForLength(qint64 bytes)
{
    if (bytes <= 0 || bytes > 16777215)
        return u"LONGTEXT"_s;
    if (bytes <= 255)
        return u"TINYTEXT"_s;
    if (bytes <= 65535)
        return u"TEXT"_s;
    return u"MEDIUMTEXT"_s;
}

QString blobForLength(qint64 bytes)
{
    if (bytes <= 0 || bytes > 16777215)
        return u"LONGBLOB"_s;
    if (bytes <= 255)
        return u"TINYBLOB"_s;
    if (bytes <= 65535)
        return u"BLOB"_s;
    return u"MEDIUMBLOB"_s;
}

QString withFraction(const QString &name, int fraction)
{
    const int f = std::clamp(fraction, 0, 6);
    return f > 0 ? u"%1(%2)"_s.arg(name).arg(f) : name;
}

// The portable mapping: PostgreSQL and SQLite sources, and MySQL types without a native
// spelling.
TypeChoice declareGeneric(const ColumnType &t, Engine source)
{
    const bool fromMySql = isMySqlFamily(source);
    const QString textSuffix = fromMySql ? charsetSuffix(t) : kBin;
    switch (t.kind) {
    case TypeKind::Boolean: return {u"TINYINT(1)"_s, Fidelity::Exact, {}};
    case TypeKind::Integer: {
        QString name;
        switch (t.byteWidth) {
        case 1: name = u"TINYINT"_s; break;
        case 2: name = u"SMALLINT"_s; break;
        case 3: name = u"MEDIUMINT"_s; break;
        case 4: name = u"INT"_s; break;
        default: name = u"BIGINT"_s; break;
        }
        return {name + unsignedSuffix(t), Fidelity::Exact, {}};
    }
    case TypeKind::Decimal: {
        const QString nanNote = fromMySql ? QString()
                                          : Text::tr("PostgreSQL 'NaN' and infinities are refused "
                                                     "(MySQL DECIMAL has none)");
        if (t.precision <= 0)
            return {
                u"DECIMAL(65,30)"_s + unsignedSuffix(t), Fidelity::Lossy,
                nanNote.isEmpty()
                    ? Text::tr("numeric without a precision: DECIMAL(65,30) holds 35 integer and "
                               "30 fraction digits; larger values are refused, longer fractions "
                               "are refused rather than rounded; declare a precision to keep it "
                               "exact")
                    : Text::tr("numeric without a precision: DECIMAL(65,30) holds 35 integer and "
                               "30 fraction digits; larger values are refused, longer fractions "
                               "are refused rather than rounded; PostgreSQL 'NaN' and infinities "
                               "are refused (MySQL DECIMAL has none)")};
        int p = t.precision, s = t.scale;
        if (s < 0) { // PostgreSQL numeric(p,-s): integers rounded to 10^s
            p -= s;
            s = 0;
        }
        p = std::max(p, s);
        if (p <= 65 && s <= 30)
            return {u"DECIMAL(%1,%2)"_s.arg(p).arg(s) + unsignedSuffix(t), Fidelity::Exact,
                    nanNote};
        const int ts = std::min(s, 30);
        return {u"DECIMAL(65,%1)"_s.arg(ts) + unsignedSuffix(t), Fidelity::Lossy,
                Text::tr("numeric(%1,%2) exceeds MySQL's DECIMAL(65,30): values that do not fit "
                         "DECIMAL(65,%3) are refused")
                    .arg(t.precision)
                    .arg(t.scale)
                    .arg(ts)};
    }
    case TypeKind::Float:
        return {u"FLOAT"_s + unsignedSuffix(t), fromMySql ? Fidelity::Exact : Fidelity::Lossy,
                fromMySql ? QString()
                          : Text::tr("Infinity, -Infinity and NaN are refused (MySQL FLOAT has "
                                     "none)")};
    case TypeKind::Double:
        return {u"DOUBLE"_s + unsignedSuffix(t), fromMySql ? Fidelity::Exact : Fidelity::Lossy,
                fromMySql ? QString()
                          : Text::tr("Infinity, -Infinity and NaN are refused (MySQL DOUBLE has "
                                     "none)")};
    case TypeKind::Char:
        if (t.length >= 1 && t.length <= 255)
            return {u"CHAR(%1)"_s.arg(t.length) + textSuffix, Fidelity::Exact,
                    fromMySql ? QString()
                              : Text::tr("byte-wise, case-sensitive like PostgreSQL; MySQL returns "
                                         "CHAR without its trailing spaces")};
        [[fallthrough]];
    case TypeKind::VarChar:
        if (t.length >= 1 && t.length <= kMaxVarChars)
            return {u"VARCHAR(%1)"_s.arg(t.length) + textSuffix, Fidelity::Exact,
                    fromMySql ? QString()
                              : Text::tr("byte-wise, case-sensitive like PostgreSQL (utf8mb4_bin "
                                         "ignores trailing spaces in comparisons)")};
        if (t.length > kMaxVarChars)
            return {
                u"LONGTEXT"_s + textSuffix, Fidelity::Widened,
                Text::tr("longer than %1 characters: LONGTEXT keeps the row under MySQL's 65,535 "
                         "bytes; the length limit is not enforced")
                    .arg(kMaxVarChars)};
        return {u"LONGTEXT"_s + textSuffix, Fidelity::Exact, {}};
    case TypeKind::Text: return {textForLength(t.length) + textSuffix, Fidelity::Exact, {}};
    case TypeKind::Binary:
        if (t.length >= 1 && t.length <= 255)
            return {u"BINARY(%1)"_s.arg(t.length), Fidelity::Exact, {}};
        [[fallthrough]];
    case TypeKind::VarBinary:
        if (t.length >= 1 && t.length <= kMaxVarBytes)
            return {u"VARBINARY(%1)"_s.arg(t.length), Fidelity::Exact, {}};
        return {u"LONGBLOB"_s, t.length > 0 ? Fidelity::Widened : Fidelity::Exact, {}};
    case TypeKind::Blob: return {blobForLength(t.length), Fidelity::Exact, {}};
    case TypeKind::Date:
        return {u"DATE"_s, Fidelity::Exact,
                fromMySql ? QString()
                          : Text::tr("years 0001-9999 only: BC dates and 'infinity' are refused")};
    case TypeKind::Time: return {withFraction(u"TIME"_s, t.fraction), Fidelity::Exact, {}};
    case TypeKind::DateTime:
        return {withFraction(u"DATETIME"_s, t.fraction), Fidelity::Exact,
                fromMySql ? QString()
                          : Text::tr("years 0001-9999 only: BC dates and 'infinity' are refused")};
    case TypeKind::TimestampTz:
        if (fromMySql)
            return {withFraction(u"TIMESTAMP"_s, t.fraction), Fidelity::Exact, {}};
        return {withFraction(u"DATETIME"_s, t.fraction), Fidelity::Exact,
                Text::tr("stored as UTC; MySQL TIMESTAMP's 1970–2038 range is too narrow")};
    case TypeKind::Year: return {u"YEAR"_s, Fidelity::Exact, {}};
    case TypeKind::Json:
        return {u"JSON"_s, Fidelity::Exact,
                fromMySql
                    ? QString()
                    : Text::tr("MariaDB keeps the JSON text as written; MySQL 8 normalises it "
                               "(key order, spacing)")};
    case TypeKind::Enum:
        if (t.labels.isEmpty())
            return {u"VARCHAR(255)"_s + textSuffix, Fidelity::Exact, {}};
        return {u"ENUM("_s + labelList(t.labels) + u')' + textSuffix, Fidelity::Exact,
                fromMySql ? QString() : Text::tr("labels compared case-sensitively (utf8mb4_bin)")};
    case TypeKind::Set:
        return {u"SET("_s + labelList(t.labels) + u')' + textSuffix, Fidelity::Exact, {}};
    case TypeKind::Bit:
        if (t.length >= 1 && t.length <= 64)
            return {u"BIT(%1)"_s.arg(t.length), Fidelity::Exact, {}};
        return {u"BIT(64)"_s, Fidelity::Lossy,
                Text::tr("bit strings without a length of at most 64 bits: longer values are "
                         "refused")};
    case TypeKind::Uuid: return {u"CHAR(36)"_s, Fidelity::Exact, Text::tr("kept as text")};
    case TypeKind::Interval:
        return {u"VARCHAR(64)"_s, Fidelity::Lossy,
                Text::tr("kept as its text form ('1 day 02:00:00'): MySQL has no interval type")};
    case TypeKind::Spatial: {
        if (fromMySql)
            return {t.native.isEmpty() ? u"GEOMETRY"_s : t.native, Fidelity::Exact, {}};
        // PostGIS "geometry(Point,4326)": the subtype; the SRID stays in each value (MySQL
        // 8's column SRID attribute is not set, so any SRID is taken).
        const QString native = t.native.section(u'.', -1).toLower();
        static const QRegularExpression subtype(u"^geometry\\((\\w+?)(z|m|zm)?(,\\s*\\d+)?\\)"_s);
        const auto m = subtype.match(native);
        const QString mysql = m.hasMatch() ? m.captured(1).toUpper() : u"GEOMETRY"_s;
        static const QStringList kKnown {
            u"GEOMETRY"_s,   u"POINT"_s,           u"LINESTRING"_s,   u"POLYGON"_s,
            u"MULTIPOINT"_s, u"MULTILINESTRING"_s, u"MULTIPOLYGON"_s, u"GEOMETRYCOLLECTION"_s};
        if (native.startsWith(u"geography"_s))
            return {
                u"GEOMETRY"_s, Fidelity::Exact,
                Text::tr("PostGIS geography becomes geometry: the coordinates and SRID are kept, "
                         "distances are no longer on the spheroid")};
        if (!m.captured(2).isEmpty())
            return {
                u"GEOMETRY"_s, Fidelity::Lossy,
                Text::tr("MySQL geometries are 2D: values with Z or M coordinates are refused")};
        return {kKnown.contains(mysql) ? mysql : u"GEOMETRY"_s, Fidelity::Exact,
                Text::tr("SRID and WKB kept per value")};
    }
    case TypeKind::Other: break;
    }
    return {u"LONGTEXT"_s + kBin, Fidelity::Lossy,
            t.native.isEmpty()
                ? Text::tr("this type has no MySQL type: kept as its text form")
                : Text::tr("%1 has no MySQL type: kept as its text form").arg(t.native)};
}

// The base type of a declaration, lower-case: "varchar", "longtext", "datetime".
QString baseType(const QString &declaration)
{
    QString s = declaration.trimmed().toLower();
    const qsizetype end = s.indexOf(QRegularExpression(u"[\\s(]"_s));
    return end < 0 ? s : s.left(end);
}

bool isTextDeclaration(const QString &base)
{
    return base == u"tinytext" || base == u"text" || base == u"mediumtext" || base == u"longtext";
}

bool isBlobDeclaration(const QString &base)
{
    return base == u"tinyblob" || base == u"blob" || base == u"mediumblob" || base == u"longblob";
}

// What a column costs in an index, in bytes (an estimate good enough to stay under 3072).
int keyBytes(const QString &declaration)
{
    static const QRegularExpression sized(u"^\\s*(\\w+)\\s*\\(\\s*(\\d+)"_s);
    const QString lower = declaration.toLower();
    const auto m = sized.match(lower);
    const QString base = baseType(lower);
    const bool narrowCharset = lower.contains(u"latin1"_s) || lower.contains(u"ascii"_s);
    if (m.hasMatch() && (base == u"char" || base == u"varchar"))
        return m.captured(2).toInt() * (narrowCharset ? 1 : 4);
    if (m.hasMatch() && (base == u"binary" || base == u"varbinary"))
        return m.captured(2).toInt();
    if (base == u"decimal")
        return 30;
    return 8;
}

// The column's declaration with the type name replaced: "LONGTEXT CHARACTER SET x" ->
// "VARCHAR(768) CHARACTER SET x".
QString replaceBase(const QString &declaration, const QString &replacement)
{
    const QString trimmed = declaration.trimmed();
    const qsizetype end = trimmed.indexOf(u' ');
    return end < 0 ? replacement : replacement + trimmed.mid(end);
}

struct ColumnPlan
{
    QString declaration;
    bool autoIncrement = false;
    // An AUTO_INCREMENT column that leads no key (a key (created_at, id) from a PostgreSQL
    // partitioned table): InnoDB wants one, so it gets an index of its own.
    bool ownKey = false;
};

// Declarations as created: key columns declared TEXT/BLOB get a length InnoDB can index.
QList<ColumnPlan> planColumns(const TargetTable &t, bool withSecondaryIndexes)
{
    QList<ColumnPlan> plan;
    QHash<QString, int> byName;
    for (int i = 0; i < t.columns.size(); ++i) {
        plan.append({t.columns[i].type.declaration, false});
        byName.insert(t.columns[i].name, i);
    }
    QList<QStringList> keys;
    if (!t.primaryKey.isEmpty())
        keys << t.primaryKey;
    for (const Index &index : t.indexes)
        if (index.unique || index.primary)
            keys << index.columns;
    QHash<int, int> shareBytes; // column -> bytes it may take
    for (const QStringList &key : std::as_const(keys)) {
        int fixed = 0;
        QList<int> unbounded;
        for (const QString &name : key) {
            const int i = byName.value(name, -1);
            if (i < 0)
                continue;
            const QString base = baseType(plan[i].declaration);
            if (isTextDeclaration(base) || isBlobDeclaration(base))
                unbounded << i;
            else
                fixed += keyBytes(plan[i].declaration);
        }
        if (unbounded.isEmpty())
            continue;
        const int share = std::max(4, (kMaxKeyBytes - fixed) / int(unbounded.size()));
        for (int i : std::as_const(unbounded))
            shareBytes[i] = shareBytes.contains(i) ? std::min(shareBytes[i], share) : share;
    }
    for (auto it = shareBytes.cbegin(); it != shareBytes.cend(); ++it) {
        ColumnPlan &c = plan[it.key()];
        if (isTextDeclaration(baseType(c.declaration)))
            c.declaration = replaceBase(c.declaration, u"VARCHAR(%1)"_s.arg(it.value() / 4));
        else
            c.declaration = replaceBase(c.declaration, u"VARBINARY(%1)"_s.arg(it.value()));
    }
    // One AUTO_INCREMENT column, and it must lead a key.
    for (int i = 0; i < t.columns.size(); ++i) {
        if (!t.columns[i].autoIncrement)
            continue;
        bool leads = !t.primaryKey.isEmpty() && t.primaryKey.first() == t.columns[i].name;
        if (withSecondaryIndexes)
            for (const Index &index : t.indexes)
                leads = leads
                    || (!index.columns.isEmpty() && index.columns.first() == t.columns[i].name);
        plan[i].autoIncrement = true;
        plan[i].ownKey = !leads;
        break;
    }
    return plan;
}

// Whether a default expression may be MySQL SQL. The schema plan drops the expressions of
// other engine families (TargetTable does not say the source engine); this only keeps
// PostgreSQL's casts and sequences out of a declaration that would fail.
bool expressionIsMySql(const TargetColumn &c)
{
    return !c.defaultValue.contains(u"::"_s) && !c.defaultValue.contains(u"nextval("_s);
}

QString indexColumns(const MySqlDialect &d, const TargetTable &t, const Index &index,
                     const QList<ColumnPlan> &plan)
{
    QStringList parts;
    for (const QString &name : index.columns) {
        QString part = d.quote(name);
        if (!index.unique && index.method == Index::Method::Plain) {
            for (int i = 0; i < t.columns.size(); ++i) {
                if (t.columns[i].name != name)
                    continue;
                const QString base = baseType(plan[i].declaration);
                if (isTextDeclaration(base))
                    part += u"(%1)"_s.arg(kPrefixChars);
                else if (isBlobDeclaration(base))
                    part += u"(%1)"_s.arg(kPrefixBytes);
            }
        }
        parts << part;
    }
    return parts.join(u", "_s);
}

// "UNIQUE KEY ", "SPATIAL KEY ", "FULLTEXT INDEX ", ...: `word` is KEY or INDEX.
QString indexKeyword(const Index &index, const QString &word)
{
    switch (index.method) {
    case Index::Method::Spatial: return u"SPATIAL "_s + word;
    case Index::Method::FullText: return u"FULLTEXT "_s + word;
    case Index::Method::Plain: break;
    }
    return index.unique ? u"UNIQUE "_s + word : word;
}

QString indexName(const MySqlDialect &d, const TargetTable &t, const Index &index, int n)
{
    const QString name =
        index.name.isEmpty() ? u"ix_%1_%2"_s.arg(t.ref.name).arg(n + 1) : index.name;
    return d.quote(name.left(d.maxIdentifierLength()));
}

QString columnList(const MySqlDialect &d, const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << d.quote(n);
    return quoted.join(u", "_s);
}

} // namespace

QString MySqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'`', u"``"_s);
    return u'`' + escaped + u'`';
}

QString MySqlDialect::qualify(const TableRef &table) const
{
    return table.schema.isEmpty() ? quote(table.name)
                                  : quote(table.schema) + u'.' + quote(table.name);
}

int MySqlDialect::maxIdentifierLength() const
{
    return 64;
}

TypeChoice MySqlDialect::declare(const ColumnType &type, Engine source) const
{
    if (type.array)
        return {u"JSON"_s, Fidelity::Exact,
                Text::tr("a JSON array: numbers as numbers, NULL elements as null, nested arrays "
                         "nested")};
    if (type.kind == TypeKind::Spatial)
        return declareGeneric(type, source);
    if (isMySqlFamily(source) && !type.native.isEmpty()) {
        // MariaDB reports JSON as longtext (with a json_valid check); JSON restores both.
        if (type.kind == TypeKind::Json)
            return {u"JSON"_s, Fidelity::Exact, {}};
        QString declaration = type.native;
        switch (type.kind) {
        case TypeKind::Char:
        case TypeKind::VarChar:
        case TypeKind::Text:
        case TypeKind::Enum:
        case TypeKind::Set: declaration += charsetSuffix(type); break;
        default: break;
        }
        return {declaration, Fidelity::Exact, {}};
    }
    return declareGeneric(type, source);
}

QString MySqlDialect::quoteText(std::string_view text)
{
    if (!canonical::isValidUtf8(text)) {
        const std::string hex = canonical::toHex(text);
        return u"X'"_s + QString::fromLatin1(hex.data(), qsizetype(hex.size())) + u'\'';
    }
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('\'');
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\'': out += "\\'"; break;
        case '\0': out += "\\0"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\x1a': out += "\\Z"; break;
        default: out.push_back(c);
        }
    }
    out.push_back('\'');
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

QString MySqlDialect::literal(std::string_view v, const ColumnType &type) const
{
    const auto bare = [&] {
        return QString::fromLatin1(v.data(), qsizetype(v.size()));
    };
    switch (type.kind) {
    case TypeKind::Boolean:
    case TypeKind::Integer:
    case TypeKind::Year:
        if (isInteger(v))
            return bare();
        break;
    case TypeKind::Bit:
        if (isDigits(v))
            return bare();
        break;
    case TypeKind::Decimal:
        if (isPlainDecimal(v))
            return bare();
        break;
    case TypeKind::Float:
    case TypeKind::Double: {
        // An approximate (exponent) literal compares with FLOAT/DOUBLE columns as a double; a
        // FLOAT key's value is written as the double the server widens it to.
        double d = 0;
        const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
        if (r.ec != std::errc() || r.ptr != v.data() + v.size() || !std::isfinite(d))
            break;
        if (type.kind == TypeKind::Float)
            d = double(float(d));
        std::string s = canonical::formatDouble(d);
        if (s.find('e') == std::string::npos)
            s += "e0";
        return QString::fromLatin1(s.data(), qsizetype(s.size()));
    }
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob:
    case TypeKind::Spatial: {
        const std::string hex = canonical::toHex(v);
        return u"X'"_s + QString::fromLatin1(hex.data(), qsizetype(hex.size())) + u'\'';
    }
    default: break;
    }
    return quoteText(v);
}

static QString commentText(const QString &comment)
{
    const QByteArray utf8 = comment.toUtf8();
    return MySqlDialect::quoteText(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QStringList MySqlDialect::createTable(const TargetTable &t, bool withSecondaryIndexes) const
{
    const QList<ColumnPlan> plan = planColumns(t, withSecondaryIndexes);
    static const QRegularExpression temporal(
        u"^\\s*(datetime|timestamp)\\s*(?:\\(\\s*(\\d)\\s*\\))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    for (int i = 0; i < t.columns.size(); ++i) {
        const TargetColumn &c = t.columns[i];
        const QString &declaration = plan[i].declaration;
        const QString base = baseType(declaration);
        QString line = quote(c.name) + u' ' + declaration;
        if (!c.generationExpression.isEmpty()) {
            // A generated column takes neither NULL-ness nor a default in MariaDB.
            line += u" AS (%1) %2"_s.arg(c.generationExpression,
                                         c.generatedStored ? u"STORED"_s : u"VIRTUAL"_s);
            if (!c.comment.isEmpty())
                line += u" COMMENT "_s + commentText(c.comment);
            lines << line;
            continue;
        }
        if (!c.nullable)
            line += u" NOT NULL"_s;
        else if (base == u"timestamp")
            line += u" NULL"_s; // older servers make a bare TIMESTAMP NOT NULL
        if (!plan[i].autoIncrement) {
            // TEXT, BLOB and JSON take only expression defaults on MySQL 8: (literal).
            const bool parenthesise = isTextDeclaration(base) || isBlobDeclaration(base)
                || base == u"json" || base == u"geometry";
            switch (c.defaultKind) {
            case Column::DefaultKind::None: break;
            case Column::DefaultKind::Literal: {
                const QByteArray value = c.defaultValue.toUtf8();
                const QString lit = literal(
                    std::string_view(value.constData(), size_t(value.size())), c.sourceType);
                line += u" DEFAULT "_s + (parenthesise ? u'(' + lit + u')' : lit);
                break;
            }
            case Column::DefaultKind::CurrentTimestamp: {
                const auto m = temporal.match(declaration);
                if (m.hasMatch()) {
                    const QString fraction = m.captured(2);
                    line += u" DEFAULT CURRENT_TIMESTAMP"_s
                        + (fraction.isEmpty() || fraction == u"0" ? QString()
                                                                  : u'(' + fraction + u')');
                }
                break;
            }
            case Column::DefaultKind::Expression:
                if (expressionIsMySql(c) && !c.defaultValue.trimmed().isEmpty()) {
                    const QString e = c.defaultValue.trimmed();
                    line += u" DEFAULT "_s
                        + (e.startsWith(u'(') && e.endsWith(u')') ? e : u'(' + e + u')');
                }
                break;
            }
        } else {
            line += u" AUTO_INCREMENT"_s;
        }
        if (c.onUpdateCurrentTimestamp) {
            const auto m = temporal.match(declaration);
            if (m.hasMatch()) {
                const QString fraction = m.captured(2);
                line += u" ON UPDATE CURRENT_TIMESTAMP"_s
                    + (fraction.isEmpty() || fraction == u"0" ? QString() : u'(' + fraction + u')');
            }
        }
        if (!c.comment.isEmpty())
            line += u" COMMENT "_s + commentText(c.comment);
        for (const QString &check : c.checks)
            line += u' ' + check;
        lines << line;
    }
    if (!t.primaryKey.isEmpty())
        lines << u"PRIMARY KEY ("_s + columnList(*this, t.primaryKey) + u')';
    for (const CheckConstraint &check : t.checks)
        lines << (check.name.isEmpty() ? QString() : u"CONSTRAINT "_s + quote(check.name) + u' ')
                + u"CHECK ("_s + check.expression + u')';
    for (int i = 0; i < t.columns.size(); ++i)
        if (plan[i].ownKey)
            lines << u"KEY "_s
                    + quote(QString(t.columns[i].name + u"_auto_increment"_s)
                                .left(maxIdentifierLength()))
                    + u" ("_s + quote(t.columns[i].name) + u')';
    if (withSecondaryIndexes) {
        for (int n = 0; n < t.indexes.size(); ++n) {
            const Index &index = t.indexes[n];
            lines << indexKeyword(index, u"KEY "_s) + indexName(*this, t, index, n) + u" ("_s
                    + indexColumns(*this, t, index, plan) + u')';
        }
    }
    return {u"CREATE TABLE "_s + qualify(t.ref) + u" (\n  "_s + lines.join(u",\n  "_s)
            + u"\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"_s
            + (t.comment.isEmpty() ? QString() : u" COMMENT="_s + commentText(t.comment))
            + partitionClause(t)};
}

QString MySqlDialect::boundValues(const QList<PartitionValue> &values)
{
    QStringList out;
    for (const PartitionValue &v : values) {
        switch (v.kind) {
        case PartitionValue::Kind::Text: {
            const QByteArray utf8 = v.text.toUtf8();
            out << quoteText(std::string_view(utf8.constData(), size_t(utf8.size())));
            break;
        }
        case PartitionValue::Kind::Number: out << v.text; break;
        case PartitionValue::Kind::Null: out << u"NULL"_s; break;
        case PartitionValue::Kind::MinValue: // not in MySQL: a range starts at the previous one
        case PartitionValue::Kind::MaxValue: out << u"MAXVALUE"_s; break;
        }
    }
    return out.join(u", "_s);
}

QString MySqlDialect::partitionClause(const TargetTable &t) const
{
    const Partitioning &parts = t.partitioning;
    if (parts.isEmpty())
        return {};
    const QString columns = columnList(*this, parts.columns);
    if (parts.method == Partitioning::Method::Hash || parts.method == Partitioning::Method::Key)
        return u"\nPARTITION BY %1 (%2) PARTITIONS %3"_s
            .arg(Partitioning::methodName(parts.method), columns)
            .arg(parts.partitions.size());
    QStringList partitions;
    for (const Partition &p : parts.partitions) {
        QString bound;
        if (p.isDefault) {
            bound = u"DEFAULT"_s;
        } else if (parts.method == Partitioning::Method::Range) {
            bound = u"VALUES LESS THAN (%1)"_s.arg(boundValues(p.to));
        } else {
            QStringList tuples;
            for (const QList<PartitionValue> &tuple : p.values)
                tuples << (parts.columns.size() == 1 ? boundValues(tuple)
                                                     : u'(' + boundValues(tuple) + u')');
            bound = u"VALUES IN (%1)"_s.arg(tuples.join(u", "_s));
        }
        partitions << u"PARTITION %1 %2"_s.arg(quote(p.name), bound);
    }
    return u"\nPARTITION BY %1 COLUMNS (%2) (\n  %3\n)"_s.arg(
        Partitioning::methodName(parts.method), columns, partitions.join(u",\n  "_s));
}

QStringList MySqlDialect::createView(const TargetView &view) const
{
    // Unqualified names in the SELECT resolve in the session's database.
    return {u"USE "_s + quote(view.ref.schema),
            u"CREATE OR REPLACE VIEW %1 AS %2"_s.arg(qualify(view.ref), view.select)};
}

QStringList MySqlDialect::createIndexes(const TargetTable &t) const
{
    const QList<ColumnPlan> plan = planColumns(t, false);
    QStringList out;
    for (int n = 0; n < t.indexes.size(); ++n) {
        const Index &index = t.indexes[n];
        out << u"CREATE "_s + indexKeyword(index, u"INDEX "_s) + indexName(*this, t, index, n)
                + u" ON "_s + qualify(t.ref) + u" ("_s + indexColumns(*this, t, index, plan) + u')';
    }
    return out;
}

QStringList MySqlDialect::createForeignKeys(const TargetTable &t) const
{
    QStringList out;
    for (int n = 0; n < t.foreignKeys.size(); ++n) {
        const ForeignKey &fk = t.foreignKeys[n];
        const QString name =
            (fk.name.isEmpty() ? u"fk_%1_%2"_s.arg(t.ref.name).arg(n + 1) : fk.name)
                .left(maxIdentifierLength());
        QString sql = u"ALTER TABLE "_s + qualify(t.ref) + u" ADD CONSTRAINT "_s + quote(name)
            + u" FOREIGN KEY ("_s + columnList(*this, fk.columns) + u") REFERENCES "_s
            + qualify(fk.referenced) + u" ("_s + columnList(*this, fk.referencedColumns) + u')';
        if (!fk.onDelete.isEmpty())
            sql += u" ON DELETE "_s + fk.onDelete;
        if (!fk.onUpdate.isEmpty())
            sql += u" ON UPDATE "_s + fk.onUpdate;
        out << sql;
    }
    return out;
}

QStringList MySqlDialect::resetIdentity(const TargetTable &t) const
{
    // Only a column createTable() made AUTO_INCREMENT has a counter. The counter already
    // follows explicitly inserted values; this makes sure of it after any kind of load.
    const QList<ColumnPlan> plan = planColumns(t, true);
    for (const ColumnPlan &c : plan)
        if (c.autoIncrement)
            return {u"ALTER TABLE "_s + qualify(t.ref) + u" AUTO_INCREMENT = 1"_s};
    return {};
}

QString MySqlDialect::deleteAll(const TableRef &table) const
{
    return u"DELETE FROM "_s + qualify(table);
}

QStringList MySqlDialect::createSchema(const QString &schema) const
{
    return {u"CREATE DATABASE IF NOT EXISTS "_s + quote(schema) + u" CHARACTER SET utf8mb4"_s};
}

QStringList MySqlDialect::changeColumnType(const TableRef &table, const TargetColumn &column) const
{
    // MODIFY restates the whole column: its NOT NULL and default come with the new type.
    return {
        u"ALTER TABLE %1 MODIFY COLUMN %2"_s.arg(qualify(table), columnDefinition(table, column))};
}

QString MySqlDialect::dropTable(const TableRef &table) const
{
    return u"DROP TABLE IF EXISTS "_s + qualify(table);
}

// ---------------------------------------------------------------- verification

namespace {

class MySqlChecksumDialect : public ChecksumDialect
{
public:
    QString text(const QString &c, const ColumnType &type, bool trimTrailingSpaces) const override
    {
        switch (type.kind) {
        case TypeKind::Char:
        case TypeKind::VarChar:
        case TypeKind::Text:
        case TypeKind::Json:
        case TypeKind::Enum:
        case TypeKind::Set:
        case TypeKind::Uuid: return trimTrailingSpaces ? u"RTRIM(%1)"_s.arg(c) : c;
        case TypeKind::Binary:
        case TypeKind::VarBinary:
        case TypeKind::Blob: return u"LOWER(HEX(%1))"_s.arg(c);
        case TypeKind::DateTime:
        case TypeKind::TimestampTz: return u"DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')"_s.arg(c);
        case TypeKind::Time: return u"TIME_FORMAT(%1, '%H:%i:%s.%f')"_s.arg(c);
        // FLOAT is printed through DOUBLE, which keeps every bit.
        case TypeKind::Float: return u"CAST(CAST(%1 AS DOUBLE) AS CHAR)"_s.arg(c);
        case TypeKind::Bit: return u"CAST(CAST(%1 AS UNSIGNED) AS CHAR)"_s.arg(c);
        default: return u"CAST(%1 AS CHAR)"_s.arg(c); // integers (booleans too), decimals, dates
        }
    }
    QString rowString(const QStringList &columns, const QStringList &texts) const override
    {
        QStringList pieces;
        for (qsizetype i = 0; i < columns.size(); ++i)
            pieces << u"IF(%1 IS NULL, 'N', CONCAT(LENGTH(%2), ':', %2))"_s.arg(columns[i],
                                                                                texts[i]);
        return u"CONCAT_WS('|', "_s + pieces.join(u", "_s) + u')';
    }
    QString md5(const QString &expression) const override { return u"MD5("_s + expression + u')'; }
    QString sums(const QString &h) const override
    {
        return u"COUNT(*), COALESCE(SUM(CAST(CONV(SUBSTRING(%1, 1, 15), 16, 10) AS UNSIGNED)), 0), "
               "COALESCE(SUM(CAST(CONV(SUBSTRING(%1, 16, 15), 16, 10) AS UNSIGNED)), 0)"_s.arg(h);
    }
    QString partitionOf(const QString &keyString, int partitions) const override
    {
        return u"MOD(CAST(CONV(SUBSTRING(MD5(%1), 1, 8), 16, 10) AS UNSIGNED), %2)"_s.arg(
            keyString, QString::number(partitions));
    }
};

} // namespace

const ChecksumDialect *MySqlDialect::checksum() const
{
    static const MySqlChecksumDialect instance;
    return &instance;
}

QString MySqlDialect::equals(const QString &c, const QString &literal, const ColumnType &) const
{
    return c + u" = "_s + literal;
}

QString MySqlDialect::deleteSome(const TableRef &table, const QString &where, int count) const
{
    return u"DELETE FROM %1 WHERE %2 LIMIT %3"_s.arg(qualify(table), where, QString::number(count));
}

QString MySqlDialect::beginTransaction() const
{
    return u"START TRANSACTION"_s;
}

QStringList MySqlDialect::emptyTables(const QList<TableRef> &tables) const
{
    // Foreign key checks off for this session only, so a parent can be emptied before (or
    // without) its children; rows of tables outside the list are not touched.
    if (tables.isEmpty())
        return {};
    QStringList out = {u"SET FOREIGN_KEY_CHECKS = 0"_s};
    for (const TableRef &t : tables)
        out << deleteAll(t);
    out << u"SET FOREIGN_KEY_CHECKS = 1"_s;
    return out;
}

} // namespace ferry

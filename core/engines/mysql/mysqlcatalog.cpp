#include "mysqlcatalog.h"

#include "common/language.h"
#include "common/logging.h"
#include "mysqlsession.h"
#include "values/canonical.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// The body of a quoted literal as MySQL prints it: '' and backslash escapes.
QByteArray unescapeQuoted(QByteArrayView body)
{
    QByteArray out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
            out += '\'';
            ++i;
        } else if (c == '\\' && i + 1 < body.size()) {
            const char n = body[++i];
            switch (n) {
            case '0': out += '\0'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'b': out += '\b'; break;
            case 'Z': out += '\x1a'; break;
            case '%':
            case '_':
                out += '\\';
                out += n;
                break;
            default: out += n; break;
            }
        } else {
            out += c;
        }
    }
    return out;
}

bool isCurrentTimestamp(const QString &expression)
{
    static const QRegularExpression re(
        u"^(current_timestamp|now|localtimestamp|localtime)\\s*(\\(\\s*\\d?\\s*\\))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(expression.trimmed()).hasMatch();
}

bool isNumber(const QString &s)
{
    static const QRegularExpression re(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    return re.match(s).hasMatch();
}

// b'101' -> "5"
std::optional<QString> bitLiteral(const QString &s)
{
    static const QRegularExpression re(u"^[bB]'([01]*)'$"_s);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QByteArray bits = m.captured(1).toLatin1();
    if (bits.isEmpty())
        return u"0"_s;
    const auto d =
        canonical::bitStringToDecimal(std::string_view(bits.constData(), size_t(bits.size())));
    if (!d)
        return std::nullopt;
    return QString::fromStdString(*d);
}

// A literal default value in the canonical form of the column's type.
QString canonicalLiteral(const ColumnType &type, const QByteArray &value)
{
    switch (type.kind) {
    case TypeKind::Float:
    case TypeKind::Double: {
        double d = 0;
        const auto r = std::from_chars(value.constData(), value.constData() + value.size(), d);
        if (r.ec != std::errc() || r.ptr != value.constData() + value.size())
            break;
        const std::string s = type.kind == TypeKind::Float ? canonical::formatFloat(float(d))
                                                           : canonical::formatDouble(d);
        return QString::fromStdString(s);
    }
    case TypeKind::Year:
        if (value == "0000")
            return u"0"_s;
        break;
    default: break;
    }
    return QString::fromUtf8(value);
}

// Sorted by name, the way the catalog lists tables.
bool byName(const Table &a, const Table &b)
{
    return a.ref.name < b.ref.name;
}

QString ruleOf(const QString &rule)
{
    const QString r = rule.trimmed().toUpper();
    // InnoDB checks RESTRICT and NO ACTION alike, at once; MariaDB reports RESTRICT when the
    // rule was not given.
    if (r.isEmpty() || r == u"NO ACTION" || r == u"RESTRICT")
        return {};
    return r;
}

} // namespace

QStringList MySqlCatalog::parseLabels(const QString &columnType)
{
    QStringList labels;
    const QByteArray bytes = columnType.toUtf8();
    const qsizetype open = bytes.indexOf('(');
    if (open < 0)
        return labels;
    qsizetype i = open + 1;
    while (i < bytes.size()) {
        while (i < bytes.size() && (bytes[i] == ',' || bytes[i] == ' '))
            ++i;
        if (i >= bytes.size() || bytes[i] != '\'')
            break;
        const qsizetype start = ++i;
        while (i < bytes.size()) {
            if (bytes[i] == '\\' && i + 1 < bytes.size()) {
                i += 2;
            } else if (bytes[i] == '\'') {
                if (i + 1 < bytes.size() && bytes[i + 1] == '\'')
                    i += 2;
                else
                    break;
            } else {
                ++i;
            }
        }
        labels << QString::fromUtf8(unescapeQuoted(QByteArrayView(bytes).sliced(start, i - start)));
        ++i; // closing quote
    }
    return labels;
}

ColumnType MySqlCatalog::columnType(const QString &columnTypeIn, const QString &dataTypeIn,
                                    qint64 charLength, int precision, int scale, int fraction,
                                    const QString &charset, const QString &collation)
{
    ColumnType t;
    t.native = columnTypeIn;
    const QString columnType = columnTypeIn.toLower();
    const QString dataType = dataTypeIn.toLower();
    t.isUnsigned = columnType.contains(u" unsigned"_s);
    const auto textual = [&] {
        t.charset = charset;
        t.collation = collation;
    };
    if (dataType == u"tinyint" && columnType == u"tinyint(1)") {
        t.kind = TypeKind::Boolean;
    } else if (dataType == u"tinyint" || dataType == u"smallint" || dataType == u"mediumint"
               || dataType == u"int" || dataType == u"integer" || dataType == u"bigint") {
        t.kind = TypeKind::Integer;
        t.byteWidth = dataType == u"tinyint" ? 1
            : dataType == u"smallint"        ? 2
            : dataType == u"mediumint"       ? 3
            : dataType == u"bigint"          ? 8
                                             : 4;
    } else if (dataType == u"decimal" || dataType == u"numeric" || dataType == u"fixed") {
        t.kind = TypeKind::Decimal;
        t.precision = precision;
        t.scale = scale;
    } else if (dataType == u"float") {
        t.kind = TypeKind::Float;
    } else if (dataType == u"double" || dataType == u"real" || dataType == u"double precision") {
        t.kind = TypeKind::Double;
    } else if (dataType == u"char" || dataType == u"varchar") {
        t.kind = dataType == u"char" ? TypeKind::Char : TypeKind::VarChar;
        t.length = int(charLength);
        textual();
    } else if (dataType == u"tinytext" || dataType == u"text" || dataType == u"mediumtext"
               || dataType == u"longtext") {
        t.kind = TypeKind::Text;
        // LONGTEXT's 4294967295 does not fit an int: 0 is "unlimited".
        t.length = charLength > 0 && charLength <= 16777215 ? int(charLength) : 0;
        textual();
    } else if (dataType == u"binary" || dataType == u"varbinary") {
        t.kind = dataType == u"binary" ? TypeKind::Binary : TypeKind::VarBinary;
        t.length = int(charLength);
    } else if (dataType == u"tinyblob" || dataType == u"blob" || dataType == u"mediumblob"
               || dataType == u"longblob") {
        t.kind = TypeKind::Blob;
        t.length = charLength > 0 && charLength <= 16777215 ? int(charLength) : 0;
    } else if (dataType == u"date") {
        t.kind = TypeKind::Date;
    } else if (dataType == u"time") {
        t.kind = TypeKind::Time;
        t.fraction = fraction;
    } else if (dataType == u"datetime") {
        t.kind = TypeKind::DateTime;
        t.fraction = fraction;
    } else if (dataType == u"timestamp") {
        t.kind = TypeKind::TimestampTz;
        t.fraction = fraction;
    } else if (dataType == u"year") {
        t.kind = TypeKind::Year;
    } else if (dataType == u"json") {
        t.kind = TypeKind::Json;
        textual();
    } else if (dataType == u"enum" || dataType == u"set") {
        t.kind = dataType == u"enum" ? TypeKind::Enum : TypeKind::Set;
        t.labels = parseLabels(columnTypeIn);
        textual();
    } else if (dataType == u"bit") {
        t.kind = TypeKind::Bit;
        t.length = precision > 0 ? precision : 1;
    } else if (dataType == u"geometry" || dataType == u"point" || dataType == u"linestring"
               || dataType == u"polygon" || dataType == u"multipoint"
               || dataType == u"multilinestring" || dataType == u"multipolygon"
               || dataType == u"geometrycollection" || dataType == u"geomcollection") {
        t.kind = TypeKind::Spatial;
    } else if (dataType == u"uuid") { // MariaDB 10.7+
        t.kind = TypeKind::Uuid;
    } else {
        t.kind = TypeKind::Other;
        textual();
    }
    if (t.kind != TypeKind::Integer && t.kind != TypeKind::Decimal && t.kind != TypeKind::Float
        && t.kind != TypeKind::Double)
        t.isUnsigned = false;
    return t;
}

void MySqlCatalog::parseDefault(Column &column, const std::optional<QByteArray> &columnDefault,
                                bool expressionStyle, bool generated)
{
    column.defaultKind = Column::DefaultKind::None;
    column.defaultValue.clear();
    if (!columnDefault)
        return;
    const QByteArray raw = *columnDefault;
    const QString text = QString::fromUtf8(raw).trimmed();
    const ColumnType &type = column.type;
    const auto setLiteral = [&](const QByteArray &value) {
        column.defaultKind = Column::DefaultKind::Literal;
        column.defaultValue = canonicalLiteral(type, value);
    };
    const auto setExpression = [&] {
        if (isCurrentTimestamp(text)) {
            column.defaultKind = Column::DefaultKind::CurrentTimestamp;
        } else {
            column.defaultKind = Column::DefaultKind::Expression;
            column.defaultValue = text;
        }
    };
    if (expressionStyle) {
        if (text.compare(u"NULL"_s, Qt::CaseInsensitive) == 0)
            return;
        if (raw.size() >= 2 && raw.startsWith('\'') && raw.endsWith('\'')) {
            setLiteral(unescapeQuoted(QByteArrayView(raw).sliced(1, raw.size() - 2)));
            return;
        }
        if (const auto bits = bitLiteral(text)) {
            column.defaultKind = Column::DefaultKind::Literal;
            column.defaultValue = *bits;
            return;
        }
        if (isNumber(text)) {
            setLiteral(text.toLatin1());
            return;
        }
        setExpression();
        return;
    }
    // MySQL: literals unquoted, expressions flagged DEFAULT_GENERATED.
    if (generated) {
        setExpression();
        return;
    }
    if (type.kind == TypeKind::Bit) {
        if (const auto bits = bitLiteral(text)) {
            column.defaultKind = Column::DefaultKind::Literal;
            column.defaultValue = *bits;
            return;
        }
    }
    if (type.isBinary() && raw.startsWith("0x")) {
        const auto bytes =
            canonical::fromHex(std::string_view(raw.constData() + 2, size_t(raw.size() - 2)));
        if (bytes) {
            column.defaultKind = Column::DefaultKind::Literal;
            column.defaultValue = QString::fromUtf8(bytes->data(), qsizetype(bytes->size()));
            return;
        }
    }
    if ((type.kind == TypeKind::DateTime || type.kind == TypeKind::TimestampTz)
        && isCurrentTimestamp(text)) {
        column.defaultKind = Column::DefaultKind::CurrentTimestamp;
        return;
    }
    setLiteral(raw);
}

// The method and key of a partitioned table from information_schema.PARTITIONS: plain
// columns ("`a`,`b`") become `columns`, anything else ("year(`sold`)") the expression.
static void readPartitionKey(const QString &method, const QString &expression, Partitioning &p)
{
    QString m = method.toUpper();
    if (m.startsWith(u"LINEAR "_s))
        m = m.mid(7);
    const bool columnsForm = m.endsWith(u" COLUMNS"_s);
    if (columnsForm)
        m.chop(8);
    p.method = m == u"RANGE" ? Partitioning::Method::Range
        : m == u"LIST"       ? Partitioning::Method::List
        : m == u"HASH"       ? Partitioning::Method::Hash
                             : Partitioning::Method::Key;
    p.definition = u"%1 (%2)"_s.arg(method, expression);
    static const QRegularExpression plain(u"^\\s*`((?:[^`]|``)+)`\\s*$|^\\s*(\\w+)\\s*$"_s);
    QStringList columns;
    for (const QString &part : expression.split(u',')) {
        const auto match = plain.match(part);
        if (!match.hasMatch()) {
            columns.clear();
            break;
        }
        columns << (match.capturedLength(1) > 0 ? match.captured(1).replace(u"``"_s, u"`"_s)
                                                : match.captured(2));
    }
    if (expression.trimmed().isEmpty() && p.method == Partitioning::Method::Key)
        p.expression = QString(); // KEY (): the primary key, filled in by readTables
    else if (columns.isEmpty())
        p.expression = expression;
    else
        p.columns = columns;
    if (!p.expression.isEmpty())
        p.unsupported = Text::tr("its partition key is an expression");
}

Result<QList<Table>> MySqlCatalog::readTables(MySqlSession &session, const QString &database)
{
    const QString db = session.quoteLiteral(database);
    const QString version = session.serverVersion();
    const bool mariadb = version.contains(u"MariaDB"_s, Qt::CaseInsensitive);
    // MariaDB 10.2.7 and later report COLUMN_DEFAULT as an SQL expression.
    bool expressionStyle = false;
    if (mariadb) {
        static const QRegularExpression re(u"^(\\d+)\\.(\\d+)\\.(\\d+)"_s);
        const auto m = re.match(version);
        const int major = m.captured(1).toInt(), minor = m.captured(2).toInt(),
                  patch = m.captured(3).toInt();
        expressionStyle = major > 10 || (major == 10 && (minor > 2 || (minor == 2 && patch >= 7)));
    }

    auto tables = session.query(
        u"SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
        "AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"_s.arg(db));
    if (!tables)
        return fail(tables.error());

    QList<Table> out;
    QHash<QString, qsizetype> index;
    for (int r = 0; r < tables->size(); ++r) {
        Table t;
        t.ref = {database, tables->text(r, 0)};
        t.rowEstimate = tables->isNull(r, 1) ? -1 : tables->text(r, 1).toLongLong();
        out.append(t);
    }
    std::sort(out.begin(), out.end(), byName);
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out[i].ref.name, i);

    // CHECK constraints. MariaDB's JSON is LONGTEXT with a column-level CHECK
    // (json_valid(`col`)): that one makes the column JSON instead.
    QHash<QString, QSet<QString>> jsonColumns;
    QList<QPair<QString, CheckConstraint>> checkList; // table, check
    {
        auto checks = session.query(
            mariadb ? u"SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                      "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = %1 "
                      "ORDER BY TABLE_NAME, CONSTRAINT_NAME"_s.arg(db)
                    : u"SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM "
                      "information_schema.TABLE_CONSTRAINTS tc JOIN "
                      "information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = "
                      "tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME WHERE "
                      "tc.TABLE_SCHEMA = %1 AND tc.CONSTRAINT_TYPE = 'CHECK' ORDER BY "
                      "tc.TABLE_NAME, cc.CONSTRAINT_NAME"_s.arg(db));
        if (checks) {
            static const QRegularExpression re(u"^json_valid\\(`((?:[^`]|``)+)`\\)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
            for (int r = 0; r < checks->size(); ++r) {
                const QString clause = checks->text(r, 2).trimmed();
                const auto m = re.match(clause);
                if (mariadb && m.hasMatch())
                    jsonColumns[checks->text(r, 0)].insert(m.captured(1).replace(u"``"_s, u"`"_s));
                else
                    checkList.append({checks->text(r, 0), {checks->text(r, 1), clause}});
            }
        } else {
            qCInfo(lcEngine).noquote()
                << "no CHECK_CONSTRAINTS on" << version << ":" << checks.error().text();
        }
    }
    for (const auto &[table, check] : std::as_const(checkList))
        if (const auto it = index.constFind(table); it != index.cend())
            out[*it].checks.append(check);
    auto comments = session.query(u"SELECT TABLE_NAME, TABLE_COMMENT FROM "
                                  "information_schema.TABLES WHERE TABLE_SCHEMA = %1"_s.arg(db));
    if (!comments)
        return fail(comments.error());
    for (int r = 0; r < comments->size(); ++r)
        if (const auto it = index.constFind(comments->text(r, 0)); it != index.cend())
            out[*it].comment = comments->text(r, 1);

    auto columns = session.query(
        u"SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, "
        "NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, "
        "EXTRA, CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT, GENERATION_EXPRESSION FROM "
        "information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 ORDER BY TABLE_NAME, "
        "ORDINAL_POSITION"_s.arg(db));
    if (!columns)
        return fail(columns.error());
    for (int r = 0; r < columns->size(); ++r) {
        const auto it = index.constFind(columns->text(r, 0));
        if (it == index.cend())
            continue; // a view's column
        Table &t = out[*it];
        Column c;
        c.name = columns->text(r, 1);
        c.type =
            columnType(columns->text(r, 2), columns->text(r, 3), columns->text(r, 4).toLongLong(),
                       columns->text(r, 5).toInt(), columns->text(r, 6).toInt(),
                       columns->text(r, 7).toInt(), columns->text(r, 11), columns->text(r, 12));
        if (c.type.kind == TypeKind::Text && jsonColumns.value(t.ref.name).contains(c.name))
            c.type.kind = TypeKind::Json;
        c.nullable = columns->text(r, 8).compare(u"YES"_s, Qt::CaseInsensitive) == 0;
        const QString extra = columns->text(r, 10).toLower();
        c.autoIncrement = extra.contains(u"auto_increment"_s);
        c.generated = extra.contains(u"virtual generated"_s)
            || extra.contains(u"stored generated"_s) || extra.contains(u"persistent generated"_s)
            || extra == u"virtual"_s || extra == u"persistent"_s;
        if (!c.generated)
            parseDefault(c, columns->rows[size_t(r)][9], expressionStyle,
                         extra.contains(u"default_generated"_s));
        c.generationExpression = c.generated ? columns->text(r, 14) : QString();
        c.generatedStored =
            c.generated && (extra.contains(u"stored"_s) || extra.contains(u"persistent"_s));
        c.onUpdateCurrentTimestamp = extra.contains(u"on update current_timestamp"_s);
        c.comment = columns->text(r, 13);
        t.columns.append(c);
    }

    // Partitioned tables: read through the table; the plan recreates the partitioning where
    // the target can. One row per partition, or per sub-partition.
    auto partitions = session.query(
        u"SELECT TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_METHOD, "
        "PARTITION_EXPRESSION, PARTITION_DESCRIPTION FROM information_schema.PARTITIONS WHERE "
        "TABLE_SCHEMA = %1 AND PARTITION_NAME IS NOT NULL ORDER BY TABLE_NAME, "
        "PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION"_s.arg(db));
    if (!partitions)
        return fail(partitions.error());
    for (int r = 0; r < partitions->size(); ++r) {
        const auto it = index.constFind(partitions->text(r, 0));
        if (it == index.cend())
            continue;
        Partitioning &p = out[*it].partitioning;
        const QString name = partitions->text(r, 1);
        if (!p.partitions.isEmpty() && p.partitions.last().name == name)
            continue; // a further sub-partition
        const QString method = partitions->text(r, 3);
        const QString expression = partitions->text(r, 4);
        if (p.isEmpty())
            readPartitionKey(method, expression, p);
        if (!partitions->isNull(r, 2) && p.unsupported.isEmpty())
            p.unsupported = Text::tr("it is sub-partitioned");
        Partition partition;
        partition.name = name;
        const QString description = partitions->text(r, 5);
        bool understood = true;
        switch (p.method) {
        case Partitioning::Method::Range:
            understood = partitioning::parseValues(description, partition.to)
                && (p.columns.isEmpty() || partition.to.size() == p.columns.size());
            break;
        case Partitioning::Method::List:
            if (description == u"DEFAULT")
                partition.isDefault = true;
            else
                understood = partitioning::parseTuples(
                    description, std::max(1, int(p.columns.size())), partition.values);
            break;
        case Partitioning::Method::Hash:
        case Partitioning::Method::Key: partition.remainder = int(p.partitions.size()); break;
        case Partitioning::Method::None: understood = false; break;
        }
        if (!understood && p.unsupported.isEmpty())
            p.unsupported =
                Text::tr("the bound of partition %1 is not understood: %2").arg(name, description);
        p.partitions << partition;
    }
    const auto identifier = [](QString name) -> QString {
        return u'`' + name.replace(u'`', u"``"_s) + u'`';
    };
    for (Table &t : out) {
        Partitioning &p = t.partitioning;
        if (p.method == Partitioning::Method::Hash || p.method == Partitioning::Method::Key)
            for (Partition &partition : p.partitions)
                partition.modulus = int(p.partitions.size());
        if (p.method != Partitioning::Method::List)
            continue;
        // MariaDB's DEFAULT list partition reads as the description "0" in
        // information_schema: SHOW CREATE TABLE tells it from VALUES IN (0).
        auto create = session.query(
            u"SHOW CREATE TABLE %1.%2"_s.arg(identifier(database), identifier(t.ref.name)));
        if (!create)
            return fail(create.error());
        static const QRegularExpression defaultPartition(u"PARTITION `((?:[^`]|``)+)` DEFAULT"_s);
        for (auto m = defaultPartition.globalMatch(create->text(0, 1)); m.hasNext();) {
            const QString name = m.next().captured(1).replace(u"``"_s, u"`"_s);
            for (Partition &partition : p.partitions)
                if (partition.name == name) {
                    partition.isDefault = true;
                    partition.values.clear();
                }
        }
    }

    auto stats =
        session.query(u"SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE FROM "
                      "information_schema.STATISTICS WHERE TABLE_SCHEMA = %1 ORDER BY TABLE_NAME, "
                      "INDEX_NAME, SEQ_IN_INDEX"_s.arg(db));
    if (!stats)
        return fail(stats.error());
    QSet<QString> skipped;
    for (int r = 0; r < stats->size(); ++r) {
        const auto it = index.constFind(stats->text(r, 0));
        if (it == index.cend())
            continue;
        Table &t = out[*it];
        const QString name = stats->text(r, 1);
        const QString type = stats->text(r, 4).toUpper();
        if (stats->isNull(r, 3)) {
            // Functional indexes have no neutral form (FULLTEXT and SPATIAL ones are read with
            // their method).
            const QString part = u"(expression)"_s;
            if (!skipped.contains(t.ref.name + u'.' + name))
                t.notCarried.append(
                    {u"index"_s, t.ref.display() + u'.' + name,
                     u"%1 INDEX %2 (%3)"_s.arg(stats->isNull(r, 3) ? u"FUNCTIONAL"_s : type, name,
                                               part),
                     stats->isNull(r, 3)
                         ? Text::tr("a functional index has no equivalent the target is known to "
                                    "take: recreate it by hand")
                         : Text::tr("a %1 index has no equivalent the target is known to take: "
                                    "recreate it by hand")
                               .arg(type),
                     false});
            else
                t.notCarried.last().definition.insert(t.notCarried.last().definition.size() - 1,
                                                      u", "_s + part);
            skipped.insert(t.ref.name + u'.' + name);
            continue;
        }
        if (name == u"PRIMARY") {
            if (!t.primaryKey)
                t.primaryKey = Index {name, {}, true, true};
            t.primaryKey->columns << stats->text(r, 3);
            continue;
        }
        if (t.indexes.isEmpty() || t.indexes.last().name != name)
            t.indexes.append(Index {name,
                                    {},
                                    stats->text(r, 2) == u"0",
                                    false,
                                    type == u"SPATIAL"        ? Index::Method::Spatial
                                        : type == u"FULLTEXT" ? Index::Method::FullText
                                                              : Index::Method::Plain});
        t.indexes.last().columns << stats->text(r, 3);
    }
    for (Table &t : out)
        t.indexes.removeIf(
            [&](const Index &i) { return skipped.contains(t.ref.name + u'.' + i.name); });

    auto fks = session.query(
        u"SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
        "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE FROM "
        "information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS "
        "r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND "
        "r.CONSTRAINT_NAME = k.CONSTRAINT_NAME WHERE k.TABLE_SCHEMA = %1 AND "
        "k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, "
        "k.ORDINAL_POSITION"_s.arg(db));
    if (!fks)
        return fail(fks.error());
    for (int r = 0; r < fks->size(); ++r) {
        const auto it = index.constFind(fks->text(r, 0));
        if (it == index.cend())
            continue;
        Table &t = out[*it];
        const QString name = fks->text(r, 1);
        if (t.foreignKeys.isEmpty() || t.foreignKeys.last().name != name) {
            ForeignKey fk;
            fk.name = name;
            fk.referenced = {fks->text(r, 3), fks->text(r, 4)};
            fk.onDelete = ruleOf(fks->text(r, 6));
            fk.onUpdate = ruleOf(fks->text(r, 7));
            t.foreignKeys.append(fk);
        }
        t.foreignKeys.last().columns << fks->text(r, 2);
        t.foreignKeys.last().referencedColumns << fks->text(r, 5);
    }
    // PARTITION BY KEY () hashes the primary key.
    for (Table &t : out) {
        Partitioning &p = t.partitioning;
        if (p.method != Partitioning::Method::Key || !p.columns.isEmpty()
            || !p.expression.isEmpty())
            continue;
        if (t.primaryKey)
            p.columns = t.primaryKey->columns;
        else if (p.unsupported.isEmpty())
            p.unsupported = Text::tr("it is partitioned by KEY () without a primary key");
    }
    return out;
}

Result<QList<SchemaObject>> MySqlCatalog::readObjects(MySqlSession &session,
                                                      const QString &database)
{
    const QString db = session.quoteLiteral(database);
    QList<SchemaObject> out;
    auto views = session.query(u"SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS "
                               "WHERE TABLE_SCHEMA = %1 ORDER BY TABLE_NAME"_s.arg(db));
    if (!views)
        return fail(views.error());
    for (int r = 0; r < views->size(); ++r)
        out.append({SchemaObject::Kind::View, database, views->text(r, 0), {}, views->text(r, 1)});

    auto triggers = session.query(
        u"SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
        "ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %1 ORDER BY "
        "TRIGGER_NAME"_s.arg(db));
    if (!triggers)
        return fail(triggers.error());
    for (int r = 0; r < triggers->size(); ++r)
        out.append({SchemaObject::Kind::Trigger, database, triggers->text(r, 0),
                    triggers->text(r, 1),
                    u"CREATE TRIGGER `%1` %2 %3 ON `%4` FOR EACH ROW %5"_s.arg(
                        triggers->text(r, 0), triggers->text(r, 2), triggers->text(r, 3),
                        triggers->text(r, 1), triggers->text(r, 4))});

    auto routines = session.query(
        u"SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION FROM information_schema.ROUTINES "
        "WHERE ROUTINE_SCHEMA = %1 ORDER BY ROUTINE_TYPE, ROUTINE_NAME"_s.arg(db));
    if (!routines)
        return fail(routines.error());
    for (int r = 0; r < routines->size(); ++r) {
        const bool procedure =
            routines->text(r, 1).compare(u"PROCEDURE"_s, Qt::CaseInsensitive) == 0;
        const QString name = routines->text(r, 0);
        // SHOW CREATE gives the parameters too; without the privilege, the body is what we have.
        QString definition = routines->text(r, 2);
        auto create = session.query(u"SHOW CREATE %1 %2.%3"_s.arg(
            procedure ? u"PROCEDURE"_s : u"FUNCTION"_s, session.quoteIdentifier(database),
            session.quoteIdentifier(name)));
        if (create && create->size() == 1 && !create->isNull(0, 2))
            definition = create->text(0, 2);
        out.append({procedure ? SchemaObject::Kind::Procedure : SchemaObject::Kind::Function,
                    database,
                    name,
                    {},
                    definition});
    }

    auto events =
        session.query(u"SELECT EVENT_NAME, EVENT_DEFINITION FROM information_schema.EVENTS "
                      "WHERE EVENT_SCHEMA = %1 ORDER BY EVENT_NAME"_s.arg(db));
    if (!events)
        return fail(events.error());
    for (int r = 0; r < events->size(); ++r)
        out.append(
            {SchemaObject::Kind::Event, database, events->text(r, 0), {}, events->text(r, 1)});
    return out;
}

} // namespace ferry

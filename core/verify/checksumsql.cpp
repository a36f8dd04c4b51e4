#include "checksumsql.h"

using namespace Qt::StringLiterals;

namespace ferry::checksumsql {

bool supported(const Dialect &dialect)
{
    const EngineFamily family = dialect.family();
    return family == EngineFamily::MySql || family == EngineFamily::PostgreSql;
}

std::optional<QString> render(const Dialect &dialect, const QString &c, const ColumnType &own,
                              const ColumnType &other, valuecompare::Form form, bool sameFamily)
{
    const bool my = dialect.family() == EngineFamily::MySql;
    using valuecompare::Form;
    switch (own.kind) {
    case TypeKind::Integer:
        if (form != Form::Number)
            return std::nullopt;
        return my ? u"CAST(%1 AS CHAR)"_s.arg(c) : u"%1::text"_s.arg(c);
    case TypeKind::Boolean:
        if (form != Form::Number)
            return std::nullopt;
        return my ? u"CAST(%1 AS CHAR)"_s.arg(c) : u"CASE WHEN %1 THEN '1' ELSE '0' END"_s.arg(c);
    case TypeKind::Decimal:
        // Both print the declared scale: equal scales print equal text.
        if (form != Form::Number)
            return std::nullopt;
        if (!sameFamily && !(other.kind == TypeKind::Integer && own.scale == 0 && own.precision > 0)
            && !(other.kind == TypeKind::Decimal && own.precision > 0 && other.precision > 0
                 && own.scale == other.scale))
            return std::nullopt;
        return my ? u"CAST(%1 AS CHAR)"_s.arg(c) : u"%1::text"_s.arg(c);
    case TypeKind::Char:
    case TypeKind::VarChar:
    case TypeKind::Text:
    case TypeKind::Json:
    case TypeKind::Enum:
    case TypeKind::Set:
    case TypeKind::Uuid:
        if (form == Form::CharPadded)
            return my ? u"RTRIM(%1)"_s.arg(c) : u"rtrim(%1::text)"_s.arg(c);
        if (form != Form::Bytes)
            return std::nullopt;
        if (!sameFamily && (own.kind == TypeKind::Set || other.kind == TypeKind::Set))
            return std::nullopt;
        return my ? c : u"%1::text"_s.arg(c);
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob:
        if (form != Form::Bytes || !other.isBinary())
            return std::nullopt;
        return my ? u"LOWER(HEX(%1))"_s.arg(c) : u"encode(%1, 'hex')"_s.arg(c);
    case TypeKind::Date:
        if (form != Form::Bytes || other.kind != TypeKind::Date)
            return std::nullopt;
        return my ? u"CAST(%1 AS CHAR)"_s.arg(c) : u"%1::text"_s.arg(c);
    case TypeKind::DateTime:
    case TypeKind::TimestampTz:
        if (other.kind != TypeKind::DateTime && other.kind != TypeKind::TimestampTz)
            return std::nullopt;
        return my ? u"DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f')"_s.arg(c)
                  : u"to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')"_s.arg(c);
    case TypeKind::Time:
        if (other.kind != TypeKind::Time)
            return std::nullopt;
        return my ? u"TIME_FORMAT(%1, '%H:%i:%s.%f')"_s.arg(c)
                  : u"to_char(%1, 'HH24:MI:SS.US')"_s.arg(c);
    case TypeKind::Float:
    case TypeKind::Double:
        // Float text differs between engines; within one engine it is exact (MySQL FLOAT is
        // printed through DOUBLE, which keeps every bit).
        if (!sameFamily)
            return std::nullopt;
        if (my)
            return own.kind == TypeKind::Float ? u"CAST(CAST(%1 AS DOUBLE) AS CHAR)"_s.arg(c)
                                               : u"CAST(%1 AS CHAR)"_s.arg(c);
        return u"%1::text"_s.arg(c);
    case TypeKind::Year:
    case TypeKind::Bit:
    case TypeKind::Interval:
    case TypeKind::Other:
        if (!sameFamily)
            return std::nullopt;
        if (my)
            return own.kind == TypeKind::Bit ? u"CAST(CAST(%1 AS UNSIGNED) AS CHAR)"_s.arg(c)
                                             : u"CAST(%1 AS CHAR)"_s.arg(c);
        return u"%1::text"_s.arg(c);
    case TypeKind::Spatial: return std::nullopt;
    }
    return std::nullopt;
}

QString rowString(const Dialect &dialect, const QStringList &columns, const QStringList &rendered)
{
    const EngineFamily family = dialect.family();
    QStringList pieces;
    for (int i = 0; i < columns.size(); ++i) {
        if (family == EngineFamily::MySql)
            pieces << u"IF(%1 IS NULL, 'N', CONCAT(LENGTH(%2), ':', %2))"_s.arg(columns[i],
                                                                                rendered[i]);
        else
            pieces
                << u"CASE WHEN %1 IS NULL THEN 'N' ELSE octet_length(%2)::text || ':' || %2 END"_s
                       .arg(columns[i], rendered[i]);
    }
    return family == EngineFamily::MySql ? u"CONCAT_WS('|', "_s + pieces.join(u", "_s) + u')'
                                         : u"concat_ws('|', "_s + pieces.join(u", "_s) + u')';
}

namespace {

QString sums(EngineFamily family)
{
    if (family == EngineFamily::MySql)
        return u"COUNT(*), COALESCE(SUM(CAST(CONV(SUBSTRING(h, 1, 15), 16, 10) AS UNSIGNED)), 0), "
               "COALESCE(SUM(CAST(CONV(SUBSTRING(h, 16, 15), 16, 10) AS UNSIGNED)), 0)"_s;
    return u"count(*), COALESCE(sum(('x' || substr(h, 1, 15))::bit(60)::bigint), 0), "
           "COALESCE(sum(('x' || substr(h, 16, 15))::bit(60)::bigint), 0)"_s;
}

QString partitionOf(EngineFamily family, const QString &keyString, int partitions)
{
    if (family == EngineFamily::MySql)
        return u"MOD(CAST(CONV(SUBSTRING(MD5(%1), 1, 8), 16, 10) AS UNSIGNED), %2)"_s.arg(
            keyString, QString::number(partitions));
    return u"mod(('x' || substr(md5(%1), 1, 8))::bit(32)::bigint, %2)"_s.arg(
        keyString, QString::number(partitions));
}

QString whereClause(const QString &where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where;
}

} // namespace

QString sliceQuery(const Dialect &dialect, const QString &table, const QString &rowString,
                   const QString &where)
{
    const EngineFamily family = dialect.family();
    return u"SELECT "_s + sums(family) + u" FROM (SELECT "_s
        + (family == EngineFamily::MySql ? u"MD5("_s : u"md5("_s) + rowString + u") AS h FROM "_s
        + table + whereClause(where) + u") x"_s;
}

QString partitionQuery(const Dialect &dialect, const QString &table, const QString &rowString,
                       const QString &keyString, int partitions, const QString &where)
{
    const EngineFamily family = dialect.family();
    return u"SELECT p, "_s + sums(family) + u" FROM (SELECT "_s
        + partitionOf(family, keyString, partitions) + u" AS p, "_s
        + (family == EngineFamily::MySql ? u"MD5("_s : u"md5("_s) + rowString + u") AS h FROM "_s
        + table + whereClause(where) + u") x GROUP BY p"_s;
}

QString partitionPredicate(const Dialect &dialect, const QString &keyString, int partitions,
                           const QList<int> &parts)
{
    const EngineFamily family = dialect.family();
    QStringList list;
    for (int p : parts)
        list << QString::number(p);
    return partitionOf(family, keyString, partitions) + u" IN ("_s + list.join(u", "_s) + u')';
}

} // namespace ferry::checksumsql

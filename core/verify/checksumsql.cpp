#include "checksumsql.h"

using namespace Qt::StringLiterals;

namespace ferry::checksumsql {

namespace {

const ChecksumDialect &spelling(const Dialect &dialect)
{
    const ChecksumDialect *sql = dialect.checksum();
    Q_ASSERT_X(sql, "checksumsql", "the engine has no checksum push-down: check supported()");
    return *sql;
}

// Whether the engines print values of this column pair as the same text. Within one engine
// family every type prints identically; across families only the types below do.
bool comparable(const ColumnType &own, const ColumnType &other, valuecompare::Form form,
                bool sameFamily)
{
    using valuecompare::Form;
    switch (own.kind) {
    case TypeKind::Integer:
    case TypeKind::Boolean: return form == Form::Number;
    case TypeKind::Decimal:
        // Both print the declared scale: equal scales print equal text.
        return form == Form::Number
            && (sameFamily
                || (other.kind == TypeKind::Integer && own.scale == 0 && own.precision > 0)
                || (other.kind == TypeKind::Decimal && own.precision > 0 && other.precision > 0
                    && own.scale == other.scale));
    case TypeKind::Char:
    case TypeKind::VarChar:
    case TypeKind::Text:
    case TypeKind::Json:
    case TypeKind::Enum:
    case TypeKind::Set:
    case TypeKind::Uuid:
        if (form == Form::CharPadded)
            return true;
        return form == Form::Bytes
            && (sameFamily || (own.kind != TypeKind::Set && other.kind != TypeKind::Set));
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Blob: return form == Form::Bytes && other.isBinary();
    case TypeKind::Date: return form == Form::Bytes && other.kind == TypeKind::Date;
    case TypeKind::DateTime:
    case TypeKind::TimestampTz:
        return other.kind == TypeKind::DateTime || other.kind == TypeKind::TimestampTz;
    case TypeKind::Time: return other.kind == TypeKind::Time;
    // Float text differs between engines; within one engine it is exact.
    case TypeKind::Float:
    case TypeKind::Double:
    case TypeKind::Year:
    case TypeKind::Bit:
    case TypeKind::Interval:
    case TypeKind::Other: return sameFamily;
    case TypeKind::Spatial: return false;
    }
    return false;
}

QString whereClause(const QString &where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where;
}

} // namespace

bool supported(const Dialect &dialect)
{
    return dialect.checksum() != nullptr;
}

std::optional<QString> render(const Dialect &dialect, const QString &c, const ColumnType &own,
                              const ColumnType &other, valuecompare::Form form, bool sameFamily)
{
    const ChecksumDialect *sql = dialect.checksum();
    if (!sql || !comparable(own, other, form, sameFamily))
        return std::nullopt;
    return sql->text(c, own, form == valuecompare::Form::CharPadded);
}

QString rowString(const Dialect &dialect, const QStringList &columns, const QStringList &rendered)
{
    return spelling(dialect).rowString(columns, rendered);
}

QString sliceQuery(const Dialect &dialect, const QString &table, const QString &rowString,
                   const QString &where)
{
    const ChecksumDialect &sql = spelling(dialect);
    return u"SELECT "_s + sql.sums(u"h"_s) + u" FROM (SELECT "_s + sql.md5(rowString)
        + u" AS h FROM "_s + table + whereClause(where) + u") x"_s;
}

QString partitionQuery(const Dialect &dialect, const QString &table, const QString &rowString,
                       const QString &keyString, int partitions, const QString &where)
{
    const ChecksumDialect &sql = spelling(dialect);
    return u"SELECT p, "_s + sql.sums(u"h"_s) + u" FROM (SELECT "_s
        + sql.partitionOf(keyString, partitions) + u" AS p, "_s + sql.md5(rowString)
        + u" AS h FROM "_s + table + whereClause(where) + u") x GROUP BY p"_s;
}

QString partitionPredicate(const Dialect &dialect, const QString &keyString, int partitions,
                           const QList<int> &parts)
{
    QStringList list;
    for (int p : parts)
        list << QString::number(p);
    return spelling(dialect).partitionOf(keyString, partitions) + u" IN ("_s + list.join(u", "_s)
        + u')';
}

} // namespace ferry::checksumsql

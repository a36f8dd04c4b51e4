#include "columntype.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ferry {

bool ColumnType::isTextual() const
{
    switch (kind) {
    case TypeKind::Char:
    case TypeKind::VarChar:
    case TypeKind::Text:
    case TypeKind::Json:
    case TypeKind::Enum:
    case TypeKind::Set:
    case TypeKind::Uuid: return true;
    default: return false;
    }
}

bool ColumnType::isBinary() const
{
    return kind == TypeKind::Binary || kind == TypeKind::VarBinary || kind == TypeKind::Blob;
}

bool ColumnType::isTemporal() const
{
    switch (kind) {
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::TimestampTz:
    case TypeKind::Year: return true;
    default: return false;
    }
}

bool ColumnType::isNumeric() const
{
    switch (kind) {
    case TypeKind::Integer:
    case TypeKind::Decimal:
    case TypeKind::Float:
    case TypeKind::Double: return true;
    default: return false;
    }
}

namespace {
struct KindName
{
    TypeKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {TypeKind::Boolean, "boolean"},
    {TypeKind::Integer, "integer"},
    {TypeKind::Decimal, "decimal"},
    {TypeKind::Float, "float"},
    {TypeKind::Double, "double"},
    {TypeKind::Char, "char"},
    {TypeKind::VarChar, "varchar"},
    {TypeKind::Text, "text"},
    {TypeKind::Binary, "binary"},
    {TypeKind::VarBinary, "varbinary"},
    {TypeKind::Blob, "blob"},
    {TypeKind::Date, "date"},
    {TypeKind::Time, "time"},
    {TypeKind::DateTime, "datetime"},
    {TypeKind::TimestampTz, "timestamptz"},
    {TypeKind::Year, "year"},
    {TypeKind::Json, "json"},
    {TypeKind::Enum, "enum"},
    {TypeKind::Set, "set"},
    {TypeKind::Bit, "bit"},
    {TypeKind::Uuid, "uuid"},
    {TypeKind::Interval, "interval"},
    {TypeKind::Spatial, "spatial"},
    {TypeKind::Other, "other"},
};
} // namespace

QString ColumnType::kindName(TypeKind kind)
{
    for (const KindName &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return u"other"_s;
}

std::optional<TypeKind> ColumnType::kindFromName(const QString &name)
{
    for (const KindName &k : kKindNames)
        if (name == QLatin1StringView(k.name))
            return k.kind;
    return std::nullopt;
}

QString ColumnType::describe() const
{
    switch (kind) {
    case TypeKind::Integer:
        return u"integer (%1 bytes%2)"_s.arg(byteWidth).arg(isUnsigned ? u", unsigned"_s
                                                                       : QString());
    case TypeKind::Decimal:
        return precision > 0 ? u"decimal(%1,%2)"_s.arg(precision).arg(scale) : u"decimal"_s;
    case TypeKind::Char:
    case TypeKind::VarChar:
    case TypeKind::Binary:
    case TypeKind::VarBinary:
    case TypeKind::Bit: return u"%1(%2)"_s.arg(kindName(kind)).arg(length);
    case TypeKind::Time:
    case TypeKind::DateTime:
    case TypeKind::TimestampTz:
        return fraction > 0 ? u"%1(%2)"_s.arg(kindName(kind)).arg(fraction) : kindName(kind);
    case TypeKind::Enum:
    case TypeKind::Set: return u"%1(%2)"_s.arg(kindName(kind), labels.join(u","_s));
    case TypeKind::Other:
    case TypeKind::Spatial: return native.isEmpty() ? kindName(kind) : native;
    default: return kindName(kind);
    }
}

} // namespace ferry

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ferry {

// The neutral type model: what a column holds, independent of any engine's spelling. Catalog
// readers translate native types into it; dialects declare target columns from it.
enum class TypeKind {
    Boolean,
    Integer, // byteWidth 1, 2, 3, 4 or 8; isUnsigned
    Decimal, // precision, scale (precision 0: unconstrained, PostgreSQL numeric)
    Float, // 4-byte IEEE
    Double, // 8-byte IEEE
    Char, // fixed length, length in characters
    VarChar, // length in characters
    Text, // length: maximum bytes (0 = unlimited)
    Binary, // fixed length bytes
    VarBinary, // length in bytes
    Blob, // length: maximum bytes (0 = unlimited)
    Date,
    Time, // time of day or duration (MySQL TIME spans -838:59:59..838:59:59)
    DateTime, // date and time without a zone; fraction digits
    TimestampTz, // an instant; fraction digits
    Year,
    Json,
    Enum, // labels
    Set, // labels
    Bit, // length in bits (1..64)
    Uuid,
    Interval,
    Spatial, // geometry types: not supported yet
    Other, // anything else; `native` says what
};

struct ColumnType
{
    TypeKind kind = TypeKind::Other;
    int byteWidth = 0;
    bool isUnsigned = false;
    int length = 0;
    int precision = 0;
    int scale = 0;
    int fraction = 0;
    QStringList labels;
    QString charset;
    QString collation;
    QString native; // the declaration as the source engine spells it: "tinyint(1) unsigned"
    // A PostgreSQL array (kind Other, native "text[]"): its elements' kind. The canonical value
    // is PostgreSQL's array text ({a,"b c",NULL}); engines without arrays take it as a JSON
    // array (values/pgarray.h).
    bool array = false;
    TypeKind elementKind = TypeKind::Other;

    bool isTextual() const;
    bool isBinary() const;
    bool isTemporal() const;
    bool isNumeric() const;
    // "integer (8 bytes, unsigned)", "varchar(20)", "datetime(6)" — for messages and docs.
    QString describe() const;
    static QString kindName(TypeKind kind);
    static std::optional<TypeKind> kindFromName(const QString &name);

    friend bool operator==(const ColumnType &, const ColumnType &) = default;
};

} // namespace ferry

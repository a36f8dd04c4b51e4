#include "sqlitecatalog.h"

#include "sqlitesession.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry::sqlitecatalog {

ColumnType typeFromDeclaration(const QString &declaration)
{
    ColumnType t;
    t.native = declaration;
    static const QRegularExpression shape(
        u"^\\s*([A-Za-z_ ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*$"_s);
    const auto m = shape.match(declaration);
    const QString name =
        m.hasMatch() ? m.captured(1).toUpper().simplified() : declaration.toUpper().simplified();
    const int a = m.captured(2).toInt();
    const int b = m.captured(3).toInt();
    const bool isUnsigned = name.contains(u"UNSIGNED");
    auto integer = [&](int width) {
        t.kind = TypeKind::Integer;
        t.byteWidth = width;
        t.isUnsigned = isUnsigned;
        return t;
    };
    // How Ferry declares a spatial column in SQLite: a BLOB of the SRID (4 bytes, little
    // endian) and the WKB, MySQL's own form (values/spatial.h).
    if (name == u"GEOMETRY_SRID_WKB")
        return t.kind = TypeKind::Spatial, t;
    if (name == u"BOOLEAN" || name == u"BOOL")
        return t.kind = TypeKind::Boolean, t;
    if (name.startsWith(u"TINYINT"))
        return a == 1 && !isUnsigned ? (t.kind = TypeKind::Boolean, t) : integer(1);
    if (name.startsWith(u"SMALLINT"))
        return integer(2);
    if (name.startsWith(u"MEDIUMINT"))
        return integer(3);
    if (name.contains(u"INT")) // INTEGER, INT, BIGINT: SQLite stores 64-bit integers
        return integer(8);
    // DECIMAL_TEXT(p,s): how Ferry declares an exact decimal in SQLite (TEXT affinity).
    if (name == u"DECIMAL" || name == u"NUMERIC" || name == u"DECIMAL_TEXT") {
        t.kind = TypeKind::Decimal;
        t.precision = a;
        t.scale = b;
        return t;
    }
    if (name == u"REAL" || name.startsWith(u"DOUBLE") || name == u"FLOAT")
        return t.kind = TypeKind::Double, t;
    if (name == u"CHAR" || name == u"CHARACTER" || name == u"NCHAR") {
        t.kind = a > 0 ? TypeKind::Char : TypeKind::Text;
        t.length = a;
        return t;
    }
    if (name.contains(u"CHAR")) { // VARCHAR, NVARCHAR, CHARACTER VARYING, VARYING CHARACTER
        t.kind = a > 0 ? TypeKind::VarChar : TypeKind::Text;
        t.length = a;
        return t;
    }
    if (name.contains(u"TEXT") || name.contains(u"CLOB"))
        return t.kind = TypeKind::Text, t;
    if (name.contains(u"BLOB") || name == u"BYTEA" || name == u"VARBINARY" || name == u"BINARY")
        return t.kind = TypeKind::Blob, t;
    if (name == u"DATE")
        return t.kind = TypeKind::Date, t;
    if (name == u"DATETIME" || name == u"TIMESTAMP") {
        t.kind = TypeKind::DateTime;
        t.fraction = 6;
        return t;
    }
    if (name == u"TIME") {
        t.kind = TypeKind::Time;
        t.fraction = 6;
        return t;
    }
    if (name == u"JSON")
        return t.kind = TypeKind::Json, t;
    if (name == u"UUID")
        return t.kind = TypeKind::Uuid, t;
    if (name.isEmpty())
        return t.kind = TypeKind::Other, t.native = u"(no type)"_s, t;
    // Anything else follows SQLite's own rules: REAL/NUMERIC affinities.
    if (name.contains(u"REAL") || name.contains(u"FLOA") || name.contains(u"DOUB"))
        return t.kind = TypeKind::Double, t;
    t.kind = TypeKind::Decimal; // NUMERIC affinity
    return t;
}

static Column::DefaultKind parseDefault(const QString &raw, QString &value)
{
    const QString d = raw.trimmed();
    if (d.isEmpty() || d.compare(u"NULL"_s, Qt::CaseInsensitive) == 0)
        return Column::DefaultKind::None;
    if (d.compare(u"CURRENT_TIMESTAMP"_s, Qt::CaseInsensitive) == 0)
        return Column::DefaultKind::CurrentTimestamp;
    if (d.size() >= 2 && d.startsWith(u'\'') && d.endsWith(u'\'')) {
        value = d.mid(1, d.size() - 2).replace(u"''"_s, u"'"_s);
        return Column::DefaultKind::Literal;
    }
    bool ok = false;
    d.toDouble(&ok);
    if (ok) {
        value = d;
        return Column::DefaultKind::Literal;
    }
    value = d;
    return Column::DefaultKind::Expression;
}

// The change log SqliteChangeReader installs: named ferry_…_log, its first columns
// (seq INTEGER PRIMARY KEY, at, tbl, op) untyped but the key. Checked by shape as well as by
// name, so a user's table that only happens to be called so is still listed.
static bool isCaptureLog(const Table &table)
{
    static const QStringList fixed {u"seq"_s, u"at"_s, u"tbl"_s, u"op"_s};
    if (!table.ref.name.startsWith(u"ferry_") || !table.ref.name.endsWith(u"_log")
        || table.columns.size() < fixed.size())
        return false;
    for (int c = 0; c < fixed.size(); ++c) {
        const Column &col = table.columns.at(c);
        if (col.name != fixed.at(c) || col.type.native != (c == 0 ? u"INTEGER"_s : u"(no type)"_s))
            return false;
    }
    return true;
}

Result<QList<Table>> readTables(SqliteSession &session)
{
    auto names = session.query(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s);
    if (!names)
        return std::unexpected(names.error());
    QList<Table> tables;
    for (int r = 0; r < names->size(); ++r) {
        Table table;
        table.ref = {u"main"_s, names->text(r, 0)};
        const QString q = session.quoteLiteral(table.ref.name);

        auto columns = session.query(u"SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                     "FROM pragma_table_xinfo(%1) ORDER BY cid"_s.arg(q));
        if (!columns)
            return std::unexpected(columns.error());
        QList<QPair<int, QString>> keyParts;
        for (int c = 0; c < columns->size(); ++c) {
            Column col;
            col.name = columns->text(c, 0);
            col.type = typeFromDeclaration(columns->text(c, 1));
            col.nullable = columns->text(c, 2) != u"1";
            col.defaultKind = parseDefault(columns->text(c, 3), col.defaultValue);
            const int pk = columns->text(c, 4).toInt();
            const int hidden = columns->text(c, 5).toInt();
            col.generated = hidden == 2 || hidden == 3;
            if (pk > 0)
                keyParts.append({pk, col.name});
            if (hidden != 1) // 1: a virtual table's hidden column
                table.columns.append(col);
        }
        if (isCaptureLog(table))
            continue; // Ferry's own change log (docs/capture-sqlite.md): not the user's data
        std::sort(keyParts.begin(), keyParts.end());
        if (!keyParts.isEmpty()) {
            Index pk;
            pk.name = u"PRIMARY"_s;
            pk.primary = true;
            pk.unique = true;
            for (const auto &part : keyParts)
                pk.columns << part.second;
            table.primaryKey = pk;
            // A lone INTEGER PRIMARY KEY is the rowid: it numbers itself.
            if (pk.columns.size() == 1) {
                for (Column &col : table.columns)
                    if (col.name == pk.columns.first()
                        && col.type.native.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0)
                        col.autoIncrement = true;
            }
        }

        auto indexes = session.query(u"SELECT name, \"unique\", origin, partial FROM "
                                     "pragma_index_list(%1) ORDER BY name"_s.arg(q));
        if (!indexes)
            return std::unexpected(indexes.error());
        for (int i = 0; i < indexes->size(); ++i) {
            if (indexes->text(i, 2) == u"pk" || indexes->text(i, 3) == u"1")
                continue; // the primary key, or a partial index that cannot move as is
            Index index;
            index.name = indexes->text(i, 0);
            index.unique = indexes->text(i, 1) == u"1";
            auto parts =
                session.query(u"SELECT name FROM pragma_index_info(%1) ORDER BY seqno"_s.arg(
                    session.quoteLiteral(index.name)));
            if (!parts)
                return std::unexpected(parts.error());
            bool expression = false;
            for (int p = 0; p < parts->size(); ++p) {
                if (parts->isNull(p, 0))
                    expression = true;
                index.columns << parts->text(p, 0);
            }
            if (!expression)
                table.indexes.append(index);
        }

        auto fks =
            session.query(u"SELECT id, seq, \"table\", \"from\", \"to\", on_update, "
                          "on_delete FROM pragma_foreign_key_list(%1) ORDER BY id, seq"_s.arg(q));
        if (!fks)
            return std::unexpected(fks.error());
        for (int f = 0; f < fks->size(); ++f) {
            if (fks->text(f, 1) == u"0") {
                ForeignKey fk;
                fk.name = u"fk_%1_%2"_s.arg(table.ref.name, fks->text(f, 0));
                fk.referenced = {u"main"_s, fks->text(f, 2)};
                const QString onUpdate = fks->text(f, 5);
                const QString onDelete = fks->text(f, 6);
                fk.onUpdate = onUpdate == u"NO ACTION" ? QString() : onUpdate;
                fk.onDelete = onDelete == u"NO ACTION" ? QString() : onDelete;
                table.foreignKeys.append(fk);
            }
            table.foreignKeys.last().columns << fks->text(f, 3);
            table.foreignKeys.last().referencedColumns << fks->text(f, 4);
        }

        auto count =
            session.query(u"SELECT count(*) FROM "_s + session.quoteIdentifier(table.ref.name));
        if (count && count->size() == 1)
            table.rowEstimate = count->text(0, 0).toLongLong();
        tables.append(table);
    }
    // "REFERENCES parent" without columns means the parent's primary key.
    for (Table &t : tables) {
        for (ForeignKey &fk : t.foreignKeys) {
            if (!fk.referencedColumns.join(QString()).isEmpty())
                continue;
            for (const Table &parent : std::as_const(tables))
                if (parent.ref.name == fk.referenced.name && parent.primaryKey)
                    fk.referencedColumns = parent.primaryKey->columns;
        }
    }
    return tables;
}

} // namespace ferry::sqlitecatalog

#include "sqlitecatalog.h"

#include "schema/sqltranslate.h"
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

namespace {

// The top-level items of "CREATE TABLE t (a, b, CHECK (...))", split on commas outside
// parentheses and quotes.
QStringList topLevelItems(const QString &sql)
{
    QStringList items;
    const qsizetype open = sql.indexOf(u'(');
    if (open < 0)
        return items;
    int depth = 0;
    QString current;
    for (qsizetype i = open + 1; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            qsizetype end = sql.indexOf(close, i + 1);
            while (end > 0 && close != u']' && end + 1 < sql.size() && sql[end + 1] == close)
                end = sql.indexOf(close, end + 2);
            if (end < 0)
                end = sql.size() - 1;
            current += sql.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c == u'(')
            ++depth;
        if (c == u')' && depth-- == 0) {
            items << current.trimmed();
            return items;
        }
        if (c == u',' && depth == 0) {
            items << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    return items;
}

// The position of `word` as a whole word outside quotes and parentheses, from `from`; -1.
qsizetype findWord(const QString &text, const QString &word, qsizetype from = 0)
{
    int depth = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const qsizetype end = text.indexOf(c == u'[' ? u']' : c, i + 1);
            i = end < 0 ? text.size() : end;
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (depth == 0 && text.mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0
                 && (i == 0 || !(text[i - 1].isLetterOrNumber() || text[i - 1] == u'_'))
                 && (i + word.size() >= text.size()
                     || !(text[i + word.size()].isLetterOrNumber()
                          || text[i + word.size()] == u'_')))
            return i;
    }
    return -1;
}

// The content of the parentheses that open at or after `from`.
QString parenthesized(const QString &text, qsizetype from)
{
    const qsizetype open = text.indexOf(u'(', from);
    if (open < 0)
        return {};
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\'') {
            const qsizetype end = text.indexOf(u'\'', i + 1);
            i = end < 0 ? text.size() : end;
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return text.mid(open + 1, i - open - 1).trimmed();
    }
    return {};
}

QString unquoteName(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2
        && ((name.startsWith(u'"') && name.endsWith(u'"'))
            || (name.startsWith(u'`') && name.endsWith(u'`'))
            || (name.startsWith(u'[') && name.endsWith(u']'))))
        return name.mid(1, name.size() - 2);
    return name;
}

} // namespace

CreateTableParts parseCreateTable(const QString &table, const QString &createTable)
{
    CreateTableParts parts;
    int unnamed = 0;
    for (const QString &item : topLevelItems(createTable)) {
        const bool tableConstraint = findWord(item, u"CONSTRAINT"_s) == 0
            || findWord(item, u"CHECK"_s) == 0 || findWord(item, u"PRIMARY"_s) == 0
            || findWord(item, u"UNIQUE"_s) == 0 || findWord(item, u"FOREIGN"_s) == 0;
        QString column;
        if (!tableConstraint) {
            static const QRegularExpression name(uR"(^("(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|\S+))"_s);
            column = unquoteName(name.match(item).captured(1)).replace(u"\"\""_s, u"\""_s);
            const qsizetype as = findWord(item, u"AS"_s);
            if (as > 0) {
                const QString expression = parenthesized(item, as);
                const bool stored = findWord(item, u"STORED"_s, as) > 0;
                parts.generated.insert(column, {expression, stored});
            }
        }
        for (qsizetype at = findWord(item, u"CHECK"_s); at >= 0;
             at = findWord(item, u"CHECK"_s, at + 5)) {
            CheckConstraint check;
            check.expression = parenthesized(item, at);
            // "CONSTRAINT name CHECK (...)": the name just before.
            static const QRegularExpression named(
                uR"(CONSTRAINT\s+("(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|\S+)\s*$)"_s,
                QRegularExpression::CaseInsensitiveOption);
            const auto m = named.match(item.left(at).trimmed());
            check.name = m.hasMatch() ? unquoteName(m.captured(1))
                                      : u"%1_check%2"_s.arg(table).arg(++unnamed);
            if (!check.expression.isEmpty())
                parts.checks.append(check);
        }
    }
    return parts;
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
        auto create = session.query(
            u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = %1"_s.arg(q));
        if (!create)
            return std::unexpected(create.error());
        const CreateTableParts parts = create->size() == 1
            ? parseCreateTable(table.ref.name, create->text(0, 0))
            : CreateTableParts();
        table.checks = parts.checks;
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
            if (col.generated) {
                const auto g = parts.generated.value(col.name);
                col.generationExpression = g.first;
                col.generatedStored = hidden == 3;
            }
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

Result<QList<SchemaObject>> readObjects(SqliteSession &session)
{
    auto rows = session.query(u"SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN "
                              "('view', 'trigger') ORDER BY type DESC, name"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QList<SchemaObject> out;
    for (int r = 0; r < rows->size(); ++r) {
        const QString name = rows->text(r, 1);
        const QString sql = rows->text(r, 3);
        if (rows->text(r, 0) == u"view") {
            out.append({SchemaObject::Kind::View,
                        u"main"_s,
                        name,
                        {},
                        sqltranslate::selectOfCreateView(sql)});
            continue;
        }
        // The change capture's own triggers (docs/capture-sqlite.md) are not the user's.
        if (name.startsWith(u"ferry_"_s) && sql.contains(u"INSERT INTO \"ferry_"_s))
            continue;
        out.append({SchemaObject::Kind::Trigger, u"main"_s, name, rows->text(r, 2), sql});
    }
    return out;
}

} // namespace ferry::sqlitecatalog

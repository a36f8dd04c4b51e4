#include "schemachange.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

struct Token
{
    QString text; // an identifier unquoted, a word as written, or one punctuation character
    bool quoted = false;
    bool end = false;
};

// A statement read token by token: words, `quoted` and "quoted" identifiers, 'strings' and
// single punctuation characters; comments and white space skipped.
class Tokens
{
public:
    explicit Tokens(QStringView text)
        : m_text(text)
    { }

    Token next()
    {
        skip();
        Token t;
        if (m_at >= m_text.size()) {
            t.end = true;
            return t;
        }
        const QChar c = m_text[m_at];
        if (c == u'`' || c == u'"' || c == u'\'') {
            ++m_at;
            QString out;
            while (m_at < m_text.size()) {
                if (m_text[m_at] == c) {
                    if (m_at + 1 < m_text.size() && m_text[m_at + 1] == c) {
                        out += c;
                        m_at += 2;
                        continue;
                    }
                    ++m_at;
                    break;
                }
                if (c == u'\'' && m_text[m_at] == u'\\' && m_at + 1 < m_text.size())
                    ++m_at;
                out += m_text[m_at++];
            }
            t.text = out;
            t.quoted = c != u'\'';
            if (c == u'\'')
                t.text = u"'"_s; // a string literal: its content never matters here
            return t;
        }
        if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            const qsizetype from = m_at;
            while (m_at < m_text.size()
                   && (m_text[m_at].isLetterOrNumber() || m_text[m_at] == u'_'
                       || m_text[m_at] == u'$'))
                ++m_at;
            t.text = m_text.mid(from, m_at - from).toString();
            return t;
        }
        ++m_at;
        t.text = QString(c);
        return t;
    }

    Token peek()
    {
        const qsizetype at = m_at;
        Token t = next();
        m_at = at;
        return t;
    }

    // Whether the next token is the word `word` (any case); consumes it when it is.
    bool accept(QStringView word)
    {
        const Token t = peek();
        if (t.end || t.quoted || t.text.compare(word, Qt::CaseInsensitive) != 0)
            return false;
        next();
        return true;
    }

    QStringView rest()
    {
        skip();
        return m_text.mid(m_at);
    }

private:
    void skip()
    {
        for (;;) {
            while (m_at < m_text.size() && m_text[m_at].isSpace())
                ++m_at;
            if (m_text.mid(m_at).startsWith(u"/*")) {
                const qsizetype close = m_text.indexOf(u"*/", m_at + 2);
                m_at = close < 0 ? m_text.size() : close + 2;
                continue;
            }
            if (m_text.mid(m_at).startsWith(u"--") || m_text.mid(m_at).startsWith(u"#")) {
                const qsizetype close = m_text.indexOf(u'\n', m_at);
                m_at = close < 0 ? m_text.size() : close + 1;
                continue;
            }
            return;
        }
    }

    QStringView m_text;
    qsizetype m_at = 0;
};

// `text` cut at the separators at depth 0 (outside parentheses and quotes).
QList<QStringView> splitTopLevel(QStringView text, QChar separator)
{
    QList<QStringView> out;
    int depth = 0;
    QChar quote;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'\'')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'`' || c == u'"' || c == u'\'')
            quote = c;
        else if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == separator && depth == 0) {
            out << text.mid(from, i - from);
            from = i + 1;
        }
    }
    out << text.mid(from);
    return out;
}

bool isName(const Token &t)
{
    if (t.end || t.text.isEmpty())
        return false;
    return t.quoted || t.text[0].isLetterOrNumber() || t.text[0] == u'_' || t.text[0] == u'$';
}

// [schema.]name
bool readTableName(Tokens &in, TableRef &out)
{
    Token first = in.next();
    if (!isName(first))
        return false;
    out.name = first.text;
    if (in.peek().text == u".") {
        in.next();
        const Token second = in.next();
        if (!isName(second))
            return false;
        out.schema = first.text;
        out.name = second.text;
    }
    return true;
}

const QStringList kNotColumns = {u"INDEX"_s,      u"KEY"_s,       u"UNIQUE"_s,   u"PRIMARY"_s,
                                 u"CONSTRAINT"_s, u"FOREIGN"_s,   u"FULLTEXT"_s, u"SPATIAL"_s,
                                 u"PARTITION"_s,  u"CHECK"_s,     u"PERIOD"_s,   u"SYSTEM"_s,
                                 u"VECTOR"_s,     u"PARTITIONS"_s};

bool isNotColumn(const Token &t)
{
    return !t.quoted && kNotColumns.contains(t.text.toUpper());
}

void alterSpec(QStringView spec, SchemaChange &out)
{
    Tokens in(spec);
    const QString shown = spec.trimmed().toString().simplified();
    const auto other = [&] {
        if (out.other.isEmpty())
            out.other = shown;
    };
    const Token verb = in.next();
    if (verb.end)
        return;
    const QString v = verb.quoted ? QString() : verb.text.toUpper();
    if (v == u"ALGORITHM" || v == u"LOCK") // how, not what
        return;
    if (v == u"ADD") {
        in.accept(u"COLUMN");
        if (in.accept(u"IF")) {
            in.accept(u"NOT");
            in.accept(u"EXISTS");
        }
        const Token name = in.next();
        if (!isName(name) || isNotColumn(name) || in.peek().end)
            return other();
        out.adds << name.text;
        return;
    }
    if (v == u"DROP") {
        const bool column = in.accept(u"COLUMN");
        if (in.accept(u"IF"))
            in.accept(u"EXISTS");
        const Token name = in.next();
        if (!isName(name) || (!column && isNotColumn(name)) || !in.peek().end)
            return other(); // CASCADE / RESTRICT included: they say more than the column
        out.drops << name.text;
        return;
    }
    if (v == u"RENAME") {
        if (!in.accept(u"COLUMN"))
            return other(); // the table, an index or a key
        const Token from = in.next();
        if (!in.accept(u"TO"))
            return other();
        const Token to = in.next();
        if (!isName(from) || !isName(to) || !in.peek().end)
            return other();
        out.renames.insert(from.text, to.text);
        return;
    }
    if (v == u"CHANGE" || v == u"MODIFY") {
        in.accept(u"COLUMN");
        if (in.accept(u"IF"))
            in.accept(u"EXISTS");
        const Token from = in.next();
        if (!isName(from))
            return other();
        Token to = from;
        if (v == u"CHANGE") {
            to = in.next();
            if (!isName(to))
                return other();
        }
        if (in.peek().end)
            return other();
        if (from.text != to.text)
            out.renames.insert(from.text, to.text);
        out.modifies << to.text;
        return;
    }
    if (v == u"ALTER") {
        in.accept(u"COLUMN");
        const Token name = in.next();
        if (!isName(name))
            return other();
        if (in.accept(u"SET")) {
            if (!in.accept(u"DATA"))
                return other();
        }
        if (!in.accept(u"TYPE"))
            return other(); // SET DEFAULT, DROP NOT NULL, ...
        if (in.rest().contains(u"USING"_s, Qt::CaseInsensitive))
            return other(); // a conversion, not a widening
        out.modifies << name.text;
        return;
    }
    other();
}

void parseOne(QStringView statement, SchemaChange &out)
{
    Tokens in(statement);
    const QString shown = statement.trimmed().toString().simplified().left(120);
    const auto other = [&] {
        out.kind = SchemaChange::Kind::Other;
        if (out.other.isEmpty())
            out.other = shown;
    };
    if (in.accept(u"CREATE")) {
        if (in.peek().text.compare(u"OR", Qt::CaseInsensitive) == 0
            || in.peek().text.compare(u"TEMPORARY", Qt::CaseInsensitive) == 0
            || !in.accept(u"TABLE"))
            return other();
        if (in.accept(u"IF")) {
            in.accept(u"NOT");
            in.accept(u"EXISTS");
        }
        TableRef ref;
        if (!readTableName(in, ref))
            return other();
        // Rows a CREATE ... SELECT copies come with the statement, not as captured changes.
        const QString rest = in.rest().toString();
        static const QRegularExpression select(
            u"(^|\\)|\\s)(AS\\s+)?(SELECT|WITH|TABLE|VALUES)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        QString outside; // the text outside the column list's parentheses
        int depth = 0;
        for (const QChar c : rest) {
            if (c == u'(')
                ++depth;
            else if (c == u')')
                --depth;
            else if (depth == 0)
                outside += c;
        }
        if (select.match(outside).hasMatch())
            return other();
        if (out.kind == SchemaChange::Kind::AlterTable)
            return other();
        out.kind = SchemaChange::Kind::CreateTable;
        out.table = ref;
        return;
    }
    if (in.accept(u"ALTER")) {
        while (in.accept(u"ONLINE") || in.accept(u"IGNORE")) { }
        if (!in.accept(u"TABLE"))
            return other();
        if (in.accept(u"IF"))
            in.accept(u"EXISTS");
        in.accept(u"ONLY");
        TableRef ref;
        if (!readTableName(in, ref))
            return other();
        if (out.kind == SchemaChange::Kind::CreateTable
            || (!out.table.name.isEmpty() && out.table.name != ref.name))
            return other();
        out.kind = SchemaChange::Kind::AlterTable;
        out.table = ref;
        // MariaDB's "ALTER TABLE t WAIT n" / "NOWAIT"
        if (in.accept(u"WAIT"))
            in.next();
        in.accept(u"NOWAIT");
        const QStringView specs = in.rest();
        for (QStringView spec : splitTopLevel(specs, u','))
            alterSpec(spec, out);
        if (out.adds.isEmpty() && out.drops.isEmpty() && out.renames.isEmpty()
            && out.modifies.isEmpty() && out.other.isEmpty())
            out.other = shown; // table options only
        return;
    }
    other();
}

} // namespace

SchemaChange SchemaChange::parse(const QString &statement)
{
    SchemaChange out;
    for (QStringView one : splitTopLevel(statement, u';')) {
        if (one.trimmed().isEmpty())
            continue;
        parseOne(one, out);
        if (out.kind == Kind::Other)
            break;
    }
    if (out.kind == Kind::Other && out.other.isEmpty())
        out.other = statement.simplified().left(120);
    return out;
}

namespace columntypes {

bool sameShape(const ColumnType &a, const ColumnType &b)
{
    return holds(a, b) && holds(b, a);
}

bool holds(const ColumnType &to, const ColumnType &from)
{
    const auto integerDigits = [](const ColumnType &t) {
        return t.precision - t.scale;
    };
    switch (from.kind) {
    case TypeKind::Integer:
        if (to.kind == TypeKind::Integer) {
            if (to.isUnsigned == from.isUnsigned)
                return to.byteWidth >= from.byteWidth;
            return !to.isUnsigned && to.byteWidth > from.byteWidth; // unsigned into signed
        }
        if (to.kind == TypeKind::Decimal) // integer digits: 3, 5, 7, 10, 19 (20 unsigned)
            return to.precision == 0
                || integerDigits(to) >= (from.byteWidth >= 8 ? 20 : from.byteWidth * 2 + 2);
        return false;
    case TypeKind::Decimal:
        if (to.kind != TypeKind::Decimal)
            return false;
        if (to.precision == 0)
            return true;
        if (from.precision == 0)
            return false;
        return to.scale >= from.scale && integerDigits(to) >= integerDigits(from);
    case TypeKind::Float: return to.kind == TypeKind::Float || to.kind == TypeKind::Double;
    case TypeKind::Char:
    case TypeKind::VarChar:
        if (to.kind == TypeKind::Text)
            return true;
        if (to.kind == TypeKind::VarChar || (to.kind == TypeKind::Char && from.kind == to.kind))
            return to.length == 0 || (from.length > 0 && to.length >= from.length);
        return false;
    case TypeKind::Binary:
    case TypeKind::VarBinary:
        if (to.kind == TypeKind::Blob)
            return true;
        if (to.kind == TypeKind::VarBinary || (to.kind == TypeKind::Binary && from.kind == to.kind))
            return to.length == 0 || (from.length > 0 && to.length >= from.length);
        return false;
    case TypeKind::Text:
    case TypeKind::Blob:
        return to.kind == from.kind
            && (to.length == 0 || (from.length > 0 && to.length >= from.length));
    case TypeKind::DateTime:
    case TypeKind::TimestampTz:
    case TypeKind::Time: return to.kind == from.kind && to.fraction >= from.fraction;
    case TypeKind::Enum:
    case TypeKind::Set: {
        if (to.kind != from.kind)
            return false;
        for (const QString &label : from.labels)
            if (!to.labels.contains(label))
                return false;
        return true;
    }
    case TypeKind::Bit: return to.kind == TypeKind::Bit && to.length >= from.length;
    default:
        return to.kind == from.kind && to.native.compare(from.native, Qt::CaseInsensitive) == 0;
    }
}

} // namespace columntypes

} // namespace ferry

#include "sqltranslate.h"

#include "common/language.h"
#include "engines/dialect.h"

#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace ferry::sqltranslate {

namespace {

struct Token
{
    enum class Kind { Word, Quoted, String, Number, Symbol };
    Kind kind = Kind::Symbol;
    QString text; // a word as written, a quoted name or string unescaped, a symbol
    bool glued = false; // no space before it in the source
};

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Splits SQL into tokens; std::nullopt when a quote is not closed.
std::optional<QList<Token>> tokenize(const QString &sql, EngineFamily from)
{
    static const QStringList symbols {u"!~~"_s, u"->>"_s, u"<=>"_s, u"::"_s, u"<="_s, u">="_s,
                                      u"<>"_s,  u"!="_s,  u"=="_s,  u"||"_s, u"~~"_s, u"->"_s};
    QList<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    bool space = true;
    auto push = [&](Token::Kind kind, const QString &text) {
        out.append({kind, text, !space});
        space = false;
    };
    auto quoted = [&](QChar close, bool backslash) -> std::optional<QString> {
        QString body;
        ++i;
        while (i < n) {
            const QChar c = sql[i];
            if (backslash && c == u'\\' && i + 1 < n) {
                const QChar e = sql[i + 1];
                body += e == u'n' ? u'\n' : e == u't' ? u'\t' : e == u'0' ? QChar(0) : e;
                i += 2;
                continue;
            }
            if (c == close) {
                if (i + 1 < n && sql[i + 1] == close && close != u']') {
                    body += close;
                    i += 2;
                    continue;
                }
                ++i;
                return body;
            }
            body += c;
            ++i;
        }
        return std::nullopt;
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            space = true;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            space = true;
            continue;
        }
        if (c == u'\'') {
            auto body = quoted(u'\'', from == EngineFamily::MySql);
            if (!body)
                return std::nullopt;
            // MySQL's charset introducer (_utf8mb4'x') says nothing another engine needs.
            if (!out.isEmpty() && out.last().kind == Token::Kind::Word
                && out.last().text.startsWith(u'_') && !space)
                out.removeLast();
            push(Token::Kind::String, *body);
            continue;
        }
        if (c == u'"') {
            auto body = quoted(u'"', from == EngineFamily::MySql);
            if (!body)
                return std::nullopt;
            push(from == EngineFamily::MySql ? Token::Kind::String : Token::Kind::Quoted, *body);
            continue;
        }
        if (c == u'`' || (c == u'[' && from == EngineFamily::Sqlite)) {
            auto body = quoted(c == u'`' ? u'`' : u']', false);
            if (!body)
                return std::nullopt;
            push(Token::Kind::Quoted, *body);
            continue;
        }
        if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            const qsizetype start = i;
            while (i < n
                   && (sql[i].isLetterOrNumber() || sql[i] == u'.'
                       || ((sql[i] == u'+' || sql[i] == u'-')
                           && (sql[i - 1] == u'e' || sql[i - 1] == u'E'))))
                ++i;
            push(Token::Kind::Number, sql.mid(start, i - start));
            continue;
        }
        if (isWordStart(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(sql[i]))
                ++i;
            push(Token::Kind::Word, sql.mid(start, i - start));
            continue;
        }
        QString symbol = c;
        for (const QString &s : symbols)
            if (QStringView(sql).sliced(i).startsWith(s)) {
                symbol = s;
                break;
            }
        i += symbol.size();
        push(Token::Kind::Symbol, symbol);
    }
    return out;
}

const QSet<QString> &expressionKeywords()
{
    static const QSet<QString> words {u"and"_s,  u"or"_s,      u"not"_s,  u"in"_s,
                                      u"is"_s,   u"null"_s,    u"true"_s, u"false"_s,
                                      u"like"_s, u"between"_s, u"case"_s, u"when"_s,
                                      u"then"_s, u"else"_s,    u"end"_s,  u"escape"_s};
    return words;
}

const QSet<QString> &queryKeywords()
{
    static const QSet<QString> words {
        u"select"_s, u"from"_s,  u"where"_s,  u"as"_s,     u"join"_s,  u"inner"_s,
        u"left"_s,   u"right"_s, u"outer"_s,  u"cross"_s,  u"on"_s,    u"group"_s,
        u"by"_s,     u"order"_s, u"having"_s, u"asc"_s,    u"desc"_s,  u"distinct"_s,
        u"union"_s,  u"all"_s,   u"limit"_s,  u"offset"_s, u"exists"_s};
    return words;
}

// Words that look like names to the tokenizer but are an engine's own syntax.
const QSet<QString> &foreignKeywords()
{
    static const QSet<QString> words {
        u"regexp"_s,    u"rlike"_s,   u"div"_s,       u"xor"_s,      u"mod"_s,
        u"sounds"_s,    u"binary"_s,  u"collate"_s,   u"interval"_s, u"cast"_s,
        u"convert"_s,   u"ilike"_s,   u"similar"_s,   u"array"_s,    u"any"_s,
        u"some"_s,      u"row"_s,     u"using"_s,     u"natural"_s,  u"straight_join"_s,
        u"separator"_s, u"over"_s,    u"partition"_s, u"window"_s,   u"with"_s,
        u"recursive"_s, u"lateral"_s, u"returning"_s, u"fetch"_s,    u"top"_s,
        u"glob"_s,      u"match"_s,   u"against"_s,   u"full"_s,     u"filter"_s};
    return words;
}

// The spelling of `function` (lower case) from `from` in `to`; empty when there is none.
QString functionIn(const QString &function, EngineFamily from, EngineFamily to)
{
    static const QSet<QString> same {u"upper"_s,  u"lower"_s, u"abs"_s,   u"coalesce"_s,
                                     u"nullif"_s, u"trim"_s,  u"round"_s, u"count"_s,
                                     u"sum"_s,    u"min"_s,   u"max"_s,   u"avg"_s};
    if (same.contains(function))
        return function;
    const bool charLength = function == u"char_length" || function == u"character_length"
        || (function == u"length" && from != EngineFamily::MySql);
    const bool byteLength =
        function == u"octet_length" || (function == u"length" && from == EngineFamily::MySql);
    if (charLength)
        return to == EngineFamily::Sqlite ? u"length"_s : u"char_length"_s;
    if (byteLength)
        return to == EngineFamily::Sqlite ? QString() : u"octet_length"_s;
    return {};
}

QString stringLiteral(const QString &text, EngineFamily to)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    if (to == EngineFamily::MySql)
        escaped.replace(u'\\', u"\\\\"_s);
    return u'\'' + escaped + u'\'';
}

QString familyName(EngineFamily f)
{
    switch (f) {
    case EngineFamily::MySql: return u"MySQL"_s;
    case EngineFamily::PostgreSql: return u"PostgreSQL"_s;
    case EngineFamily::Sqlite: return u"SQLite"_s;
    }
    return {};
}

bool isSymbol(const Token &t, const QString &s)
{
    return t.kind == Token::Kind::Symbol && t.text == s;
}

bool isWord(const Token &t, const QString &lower)
{
    return t.kind == Token::Kind::Word && t.text.compare(lower, Qt::CaseInsensitive) == 0;
}

// PostgreSQL prints "x::type", "(x)::character varying(10)[]": the casts are dropped.
QList<Token> withoutCasts(const QList<Token> &in)
{
    static const QSet<QString> typeWords {u"varying"_s, u"precision"_s, u"with"_s,
                                          u"without"_s, u"time"_s,      u"zone"_s};
    QList<Token> out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (!isSymbol(in[i], u"::"_s)) {
            out.append(in[i]);
            continue;
        }
        ++i; // the type name
        while (i + 1 < in.size() && in[i + 1].kind == Token::Kind::Word
               && typeWords.contains(in[i + 1].text.toLower()))
            ++i;
        if (i + 1 < in.size() && isSymbol(in[i + 1], u"("_s)) {
            qsizetype j = i + 2;
            while (j < in.size() && (in[j].kind == Token::Kind::Number || isSymbol(in[j], u","_s)))
                ++j;
            if (j < in.size() && isSymbol(in[j], u")"_s))
                i = j;
        }
        while (i + 2 < in.size() && isSymbol(in[i + 1], u"["_s) && isSymbol(in[i + 2], u"]"_s))
            i += 2;
    }
    return out;
}

// "x = ANY (ARRAY[a, b])" -> "x IN (a, b)", "x <> ALL (ARRAY[a, b])" -> "x NOT IN (a, b)".
// False when an ANY/ALL has another shape.
bool rewriteArrays(QList<Token> &tokens)
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const bool any = isSymbol(tokens[i], u"="_s) && isWord(tokens[i + 1], u"any"_s);
        const bool all = (isSymbol(tokens[i], u"<>"_s) || isSymbol(tokens[i], u"!="_s))
            && isWord(tokens[i + 1], u"all"_s);
        if (!any && !all)
            continue;
        qsizetype j = i + 2;
        int opens = 0;
        while (j < tokens.size() && isSymbol(tokens[j], u"("_s)) {
            ++opens;
            ++j;
        }
        if (opens == 0 || j + 1 >= tokens.size() || !isWord(tokens[j], u"array"_s)
            || !isSymbol(tokens[j + 1], u"["_s))
            return false;
        qsizetype k = j + 2;
        int depth = 0;
        QList<Token> items;
        for (; k < tokens.size(); ++k) {
            if (isSymbol(tokens[k], u"["_s))
                ++depth;
            if (isSymbol(tokens[k], u"]"_s) && depth-- == 0)
                break;
            items.append(tokens[k]);
        }
        qsizetype end = k + 1;
        for (int c = 0; c < opens; ++c, ++end)
            if (end >= tokens.size() || !isSymbol(tokens[end], u")"_s))
                return false;
        QList<Token> replacement;
        if (all)
            replacement.append({Token::Kind::Word, u"NOT"_s, false});
        replacement.append({Token::Kind::Word, u"IN"_s, false});
        replacement.append({Token::Kind::Symbol, u"("_s, false});
        replacement += items;
        replacement.append({Token::Kind::Symbol, u")"_s, true});
        tokens.remove(i, end - i);
        for (qsizetype r = 0; r < replacement.size(); ++r)
            tokens.insert(i + r, replacement[r]);
    }
    return true;
}

// Drops "schema." where it names the source schema.
QList<Token> withoutQualifier(const QList<Token> &in, const QString &schema)
{
    QList<Token> out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const bool name = in[i].kind == Token::Kind::Word || in[i].kind == Token::Kind::Quoted;
        if (!schema.isEmpty() && name && in[i].text == schema && i + 2 < in.size()
            && isSymbol(in[i + 1], u"."_s)
            && (in[i + 2].kind == Token::Kind::Word || in[i + 2].kind == Token::Kind::Quoted)
            && (i == 0 || !isSymbol(in[i - 1], u"."_s))) {
            ++i; // the dot
            continue;
        }
        out.append(in[i]);
    }
    return out;
}

enum class Mode { Expression, Query };

Translation translate(QList<Token> tokens, EngineFamily from, const Dialect &to, Mode mode,
                      const QSet<QString> &columns, const NameMap &name)
{
    const EngineFamily target = to.family();
    const bool sameFamily = from == target;
    Translation out;
    auto refuse = [&](const QString &why) {
        out.sql.clear();
        out.why = why;
        return out;
    };
    if (!sameFamily && from == EngineFamily::PostgreSql) {
        tokens = withoutCasts(tokens);
        if (!rewriteArrays(tokens))
            return refuse(Text::tr("it compares with ANY/ALL over something other than a list"));
    }
    QStringList parts;
    auto append = [&](const QString &text, bool glue) {
        if (parts.isEmpty() || glue)
            parts.append(text);
        else
            parts.append(u' ' + text);
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        const bool call = i + 1 < tokens.size() && isSymbol(tokens[i + 1], u"("_s);
        const bool prevOpen = i > 0
            && (isSymbol(tokens[i - 1], u"("_s) || isSymbol(tokens[i - 1], u"."_s)
                || isSymbol(tokens[i - 1], u"["_s) || isSymbol(tokens[i - 1], u"::"_s));
        switch (t.kind) {
        case Token::Kind::Word: {
            const QString lower = t.text.toLower();
            const bool afterDot = i > 0 && isSymbol(tokens[i - 1], u"."_s);
            const bool keyword = !afterDot
                && (expressionKeywords().contains(lower)
                    || (mode == Mode::Query && queryKeywords().contains(lower)));
            if (keyword) {
                append(t.text.toUpper(), prevOpen);
                break;
            }
            if (!afterDot && call) {
                QString f = lower;
                if (!sameFamily) {
                    f = functionIn(lower, from, target);
                    if (f.isEmpty())
                        return refuse(Text::tr("%1() has no equivalent known to Ferry in %2")
                                          .arg(t.text, familyName(target)));
                } else {
                    f = t.text;
                }
                append(f, prevOpen);
                break;
            }
            if (!afterDot && foreignKeywords().contains(lower)) {
                if (!sameFamily)
                    return refuse(Text::tr("it uses %1, which is %2 syntax")
                                      .arg(t.text.toUpper(), familyName(from)));
                append(t.text, prevOpen);
                break;
            }
            if (!sameFamily && i + 1 < tokens.size() && tokens[i + 1].kind == Token::Kind::String)
                return refuse(Text::tr("it uses the typed literal %1 '...'").arg(t.text));
            [[fallthrough]];
        }
        case Token::Kind::Quoted: {
            // PostgreSQL folds a bare name to lower case; the others keep it as written.
            const QString source = t.kind == Token::Kind::Word && from == EngineFamily::PostgreSql
                ? t.text.toLower()
                : t.text;
            const QString mapped = name ? name(source) : source;
            if (sameFamily) {
                // Type names after ::, engine keywords: kept as written unless renamed.
                append(t.kind == Token::Kind::Word && mapped == source ? t.text : to.quote(mapped),
                       prevOpen);
                break;
            }
            if (mode == Mode::Expression && !columns.contains(source))
                return refuse(
                    Text::tr("it names %1, which is not a column of the table").arg(source));
            append(to.quote(mapped), prevOpen);
            break;
        }
        case Token::Kind::String: append(stringLiteral(t.text, target), prevOpen); break;
        case Token::Kind::Number: append(t.text, prevOpen); break;
        case Token::Kind::Symbol: {
            QString s = t.text;
            if (!sameFamily) {
                static const QSet<QString> portable {u"="_s,  u"<>"_s, u"<"_s, u">"_s, u"<="_s,
                                                     u">="_s, u"+"_s,  u"-"_s, u"*"_s, u"/"_s,
                                                     u"("_s,  u")"_s,  u","_s, u"."_s};
                if (s == u"!=" || s == u"==")
                    s = u"<>"_s;
                else if (s == u"~~" && from == EngineFamily::PostgreSql)
                    s = u"LIKE"_s;
                else if (s == u"!~~" && from == EngineFamily::PostgreSql)
                    s = u"NOT LIKE"_s;
                else if (s == u"||" && from != EngineFamily::MySql && target != EngineFamily::MySql)
                    ; // concatenation in both
                else if (s == u"%" && from != EngineFamily::PostgreSql
                         && target != EngineFamily::PostgreSql)
                    ; // modulo of numbers in both
                else if (!portable.contains(s))
                    return refuse(Text::tr("it uses the operator %1, which means something else or "
                                           "nothing in %2")
                                      .arg(s, familyName(target)));
            }
            const bool glue =
                s == u"," || s == u")" || s == u"." || s == u"]" || s == u"[" || s == u"::";
            const bool callParen = s == u"(" && i > 0 && tokens[i - 1].kind == Token::Kind::Word
                && !expressionKeywords().contains(tokens[i - 1].text.toLower())
                && !queryKeywords().contains(tokens[i - 1].text.toLower());
            append(s, glue || callParen || prevOpen);
            break;
        }
        }
    }
    out.sql = parts.join(QString());
    return out;
}

} // namespace

Translation expression(const QString &sql, EngineFamily from, const Dialect &to,
                       const QSet<QString> &columns, const NameMap &name)
{
    auto tokens = tokenize(sql, from);
    if (!tokens)
        return {{}, Text::tr("its quotes do not close")};
    if (tokens->isEmpty())
        return {{}, Text::tr("it is empty")};
    return translate(*tokens, from, to, Mode::Expression, columns, name);
}

Translation query(const QString &sql, EngineFamily from, const QString &sourceSchema,
                  const Dialect &to, const NameMap &name)
{
    QString body = sql.trimmed();
    while (body.endsWith(u';'))
        body.chop(1);
    auto tokens = tokenize(body, from);
    if (!tokens)
        return {{}, Text::tr("its quotes do not close")};
    if (tokens->isEmpty() || !isWord(tokens->first(), u"select"_s))
        return {{}, Text::tr("it is not a plain SELECT")};
    return translate(withoutQualifier(*tokens, sourceSchema), from, to, Mode::Query, {}, name);
}

QStringList names(const QString &sql, EngineFamily from)
{
    QStringList out;
    const auto tokens = tokenize(sql, from);
    if (!tokens)
        return out;
    for (const Token &t : *tokens) {
        if (t.kind == Token::Kind::Quoted)
            out << t.text;
        else if (t.kind == Token::Kind::Word && !queryKeywords().contains(t.text.toLower())
                 && !expressionKeywords().contains(t.text.toLower()))
            out << (from == EngineFamily::PostgreSql ? t.text.toLower() : t.text);
    }
    out.removeDuplicates();
    return out;
}

QString selectOfCreateView(const QString &createView)
{
    // The first AS outside parentheses and quotes ends the header: CREATE VIEW name [(...)] AS.
    int depth = 0;
    for (qsizetype i = 0; i < createView.size(); ++i) {
        const QChar c = createView[i];
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const qsizetype end = createView.indexOf(c == u'[' ? u']' : c, i + 1);
            i = end < 0 ? createView.size() : end;
        } else if (depth == 0 && createView.mid(i, 2).compare(u"as"_s, Qt::CaseInsensitive) == 0
                   && (i == 0 || !isWordChar(createView[i - 1]))
                   && (i + 2 >= createView.size() || !isWordChar(createView[i + 2]))) {
            return createView.mid(i + 2).trimmed();
        }
    }
    return {};
}

} // namespace ferry::sqltranslate

#include "partitioning.h"

#include "common/language.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString Partitioning::methodName(Method method)
{
    switch (method) {
    case Method::None: return QString();
    case Method::Range: return u"RANGE"_s;
    case Method::List: return u"LIST"_s;
    case Method::Hash: return u"HASH"_s;
    case Method::Key: return u"KEY"_s;
    }
    return QString();
}

QString Partitioning::describe() const
{
    return Text::tr("%1 on %2, %3 partitions")
        .arg(methodName(method), columns.isEmpty() ? expression : columns.join(u", "_s))
        .arg(partitions.size());
}

namespace partitioning {

namespace {

// Reads one value at `pos` (after blanks); false when there is none it understands.
bool readValue(const QString &text, qsizetype &pos, PartitionValue &out)
{
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    if (pos >= text.size())
        return false;
    if (text[pos] == u'\'') {
        QString value;
        for (++pos; pos < text.size(); ++pos) {
            if (text[pos] == u'\'') {
                if (pos + 1 < text.size() && text[pos + 1] == u'\'') {
                    value += u'\'';
                    ++pos;
                    continue;
                }
                ++pos;
                out = {PartitionValue::Kind::Text, value};
                return true;
            }
            value += text[pos];
        }
        return false;
    }
    qsizetype end = pos;
    while (end < text.size() && !text[end].isSpace() && text[end] != u',' && text[end] != u')'
           && text[end] != u'(')
        ++end;
    const QString word = text.mid(pos, end - pos);
    pos = end;
    const QString upper = word.toUpper();
    if (upper == u"MAXVALUE")
        out = {PartitionValue::Kind::MaxValue, QString()};
    else if (upper == u"MINVALUE")
        out = {PartitionValue::Kind::MinValue, QString()};
    else if (upper == u"NULL")
        out = {PartitionValue::Kind::Null, QString()};
    else {
        bool number = false;
        word.toDouble(&number);
        if (!number)
            return false;
        out = {PartitionValue::Kind::Number, word};
    }
    return true;
}

void skipBlanks(const QString &text, qsizetype &pos)
{
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
}

int rank(const PartitionValue &v)
{
    switch (v.kind) {
    case PartitionValue::Kind::MinValue: return 0;
    case PartitionValue::Kind::Null: return 1;
    case PartitionValue::Kind::Number:
    case PartitionValue::Kind::Text: return 2;
    case PartitionValue::Kind::MaxValue: return 3;
    }
    return 2;
}

} // namespace

bool parseValues(const QString &text, QList<PartitionValue> &out)
{
    out.clear();
    qsizetype pos = 0;
    for (;;) {
        PartitionValue v;
        if (!readValue(text, pos, v))
            return false;
        out << v;
        skipBlanks(text, pos);
        if (pos >= text.size())
            return true;
        if (text[pos] != u',')
            return false;
        ++pos;
    }
}

bool parseTuples(const QString &text, int width, QList<QList<PartitionValue>> &out)
{
    out.clear();
    qsizetype pos = 0;
    for (;;) {
        skipBlanks(text, pos);
        QList<PartitionValue> tuple;
        const bool parenthesised = pos < text.size() && text[pos] == u'(';
        if (parenthesised)
            ++pos;
        for (;;) {
            PartitionValue v;
            if (!readValue(text, pos, v))
                return false;
            tuple << v;
            skipBlanks(text, pos);
            if (!parenthesised || pos >= text.size() || text[pos] != u',')
                break;
            ++pos;
        }
        if (parenthesised) {
            if (pos >= text.size() || text[pos] != u')')
                return false;
            ++pos;
        }
        if (tuple.size() != width)
            return false;
        out << tuple;
        skipBlanks(text, pos);
        if (pos >= text.size())
            return true;
        if (text[pos] != u',')
            return false;
        ++pos;
    }
}

int compare(const QList<PartitionValue> &a, const QList<PartitionValue> &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const int ra = rank(a[i]), rb = rank(b[i]);
        if (ra != rb)
            return ra < rb ? -1 : 1;
        if (ra != 2)
            continue;
        if (a[i].kind == PartitionValue::Kind::Number
            && b[i].kind == PartitionValue::Kind::Number) {
            const double x = a[i].text.toDouble(), y = b[i].text.toDouble();
            if (x != y)
                return x < y ? -1 : 1;
        } else if (const int c = a[i].text.compare(b[i].text); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace partitioning
} // namespace ferry

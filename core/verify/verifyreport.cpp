#include "verifyreport.h"

#include "common/language.h"
#include "values/canonical.h"

#include <QJsonArray>

#include <charconv>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// A canonical value as JSON: integers as numbers where JSON keeps them exact, bytes as
// "0x..." hex, NULL as null, everything else as its text.
QJsonValue jsonValue(const std::optional<std::string> &v, const ColumnType &type)
{
    if (!v)
        return QJsonValue::Null;
    if (type.kind == TypeKind::Integer || type.kind == TypeKind::Year) {
        qint64 n = 0;
        const auto r = std::from_chars(v->data(), v->data() + v->size(), n);
        if (r.ec == std::errc() && r.ptr == v->data() + v->size() && n < (qint64(1) << 53)
            && n > -(qint64(1) << 53))
            return double(n);
    }
    if (type.isBinary() || !canonical::isValidUtf8(*v)) {
        const std::string hex = canonical::toHex(*v);
        return QString(u"0x"_s + QString::fromLatin1(hex.data(), qsizetype(hex.size())));
    }
    return QString::fromUtf8(v->data(), qsizetype(v->size()));
}

QString textValue(const std::optional<std::string> &v, const ColumnType &type)
{
    if (!v)
        return u"NULL"_s;
    return canonical::preview(*v, type.isBinary(), 200);
}

QJsonObject keyJson(const TableVerification &t, const RowDifference &d)
{
    QJsonObject key;
    if (!t.keyColumns.isEmpty()) {
        for (int i = 0; i < t.keyColumns.size() && size_t(i) < d.key.size(); ++i) {
            const int column = int(t.columns.indexOf(t.keyColumns[i]));
            key[t.keyColumns[i]] =
                jsonValue(d.key[size_t(i)], column >= 0 ? t.columnTypes[column] : ColumnType());
        }
        return key;
    }
    const RowValues &row = d.sourceRow.empty() ? d.targetRow : d.sourceRow;
    for (int i = 0; i < t.columns.size() && size_t(i) < row.size(); ++i)
        key[t.columns[i]] = jsonValue(row[size_t(i)], t.columnTypes[i]);
    return key;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString escaped = s;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString keyText(const TableVerification &t, const RowDifference &d)
{
    QStringList parts;
    const QJsonObject key = keyJson(t, d);
    for (auto it = key.begin(); it != key.end(); ++it) {
        const QJsonValue v = it.value();
        parts << it.key() + u'='
                + (v.isDouble() ? QString::number(qint64(v.toDouble()))
                                : (v.isNull() ? u"NULL"_s : v.toString()));
    }
    return parts.join(u", "_s);
}

QString kindName(RowDifference::Kind k)
{
    switch (k) {
    case RowDifference::Kind::Missing: return u"missing"_s;
    case RowDifference::Kind::Extra: return u"extra"_s;
    case RowDifference::Kind::Different: return u"different"_s;
    case RowDifference::Kind::Duplicate: return u"duplicate"_s;
    }
    return {};
}

} // namespace

bool VerifyReport::consistent() const
{
    for (const TableVerification &t : tables)
        if (!t.isConsistent())
            return false;
    return true;
}

qint64 VerifyReport::rows() const
{
    qint64 n = 0;
    for (const TableVerification &t : tables)
        n += t.rows;
    return n;
}

qint64 VerifyReport::settled() const
{
    qint64 n = 0;
    for (const TableVerification &t : tables)
        n += t.settled;
    return n;
}

QJsonObject VerifyReport::toJson(int limit) const
{
    QJsonArray list;
    for (const TableVerification &t : tables) {
        QJsonArray missing, extra, different, duplicates;
        int shown = 0;
        for (const RowDifference &d : t.differences) {
            if (limit >= 0 && shown >= limit)
                break;
            ++shown;
            switch (d.kind) {
            case RowDifference::Kind::Missing:
                for (int i = 0; i < d.count; ++i)
                    missing.append(keyJson(t, d));
                break;
            case RowDifference::Kind::Extra:
                for (int i = 0; i < d.count; ++i)
                    extra.append(keyJson(t, d));
                break;
            case RowDifference::Kind::Different:
                different.append(
                    QJsonObject {{u"key"_s, keyJson(t, d)},
                                 {u"columns"_s, QJsonArray::fromStringList(d.columns)}});
                break;
            case RowDifference::Kind::Duplicate:
                duplicates.append(
                    QJsonObject {{u"row"_s, keyJson(t, d)}, {u"extraCopies"_s, d.count}});
                break;
            }
        }
        QJsonObject o {{u"source"_s, t.source},
                       {u"target"_s, t.target},
                       {u"keyColumns"_s, QJsonArray::fromStringList(t.keyColumns)},
                       {u"method"_s, t.method},
                       {u"rows"_s, t.rows},
                       {u"targetRows"_s, t.targetRows},
                       {u"consistentRows"_s, t.consistent},
                       {u"missingCount"_s, t.missing},
                       {u"extraCount"_s, t.extra},
                       {u"differentCount"_s, t.different},
                       {u"duplicateCount"_s, t.duplicates},
                       {u"consistent"_s, t.isConsistent()},
                       {u"missing"_s, missing},
                       {u"extra"_s, extra},
                       {u"different"_s, different},
                       {u"duplicates"_s, duplicates},
                       {u"settledByRecheck"_s, t.settled},
                       {u"seconds"_s, t.seconds}};
        if (!t.error.isEmpty())
            o[u"error"_s] = t.error;
        if (!t.lossyByChoice.isEmpty())
            o[u"lossyByChoice"_s] = QJsonArray::fromStringList(t.lossyByChoice);
        if (!t.originColumn.isEmpty()) {
            o[u"originColumn"_s] = t.originColumn;
            o[u"origin"_s] = t.origin;
        }
        list.append(o);
    }
    QJsonObject o {
        {u"consistent"_s, consistent()},    {u"project"_s, project}, {u"rows"_s, rows()},
        {u"settledByRecheck"_s, settled()}, {u"seconds"_s, seconds}, {u"tables"_s, list}};
    if (besideStream)
        o[u"besideStream"_s] = QJsonObject {{u"settleMs"_s, settleMs}};
    return o;
}

QString VerifyReport::toCsv() const
{
    QString out = u"source,target,kind,key,column,source_value,target_value\n"_s;
    for (const TableVerification &t : tables) {
        for (const RowDifference &d : t.differences) {
            const QString prefix = csvField(t.source) + u',' + csvField(t.target) + u','
                + kindName(d.kind) + u',' + csvField(keyText(t, d)) + u',';
            if (d.kind == RowDifference::Kind::Different) {
                for (const QString &c : d.columns) {
                    const int i = int(t.columns.indexOf(c));
                    out += prefix + csvField(c) + u','
                        + csvField(textValue(d.sourceRow[size_t(i)], t.columnTypes[i])) + u','
                        + csvField(textValue(d.targetRow[size_t(i)], t.columnTypes[i])) + u'\n';
                }
            } else {
                out +=
                    prefix + u",,"_s + (d.count > 1 ? QString::number(d.count) : QString()) + u'\n';
            }
        }
        if (!t.error.isEmpty())
            out += csvField(t.source) + u',' + csvField(t.target) + u",error,,,"_s
                + csvField(t.error) + u",\n"_s;
    }
    return out;
}

QString VerifyReport::summary() const
{
    qint64 missing = 0, extra = 0, different = 0, duplicates = 0;
    int failed = 0;
    for (const TableVerification &t : tables) {
        missing += t.missing;
        extra += t.extra;
        different += t.different;
        duplicates += t.duplicates;
        failed += t.error.isEmpty() ? 0 : 1;
    }
    // Beside a change stream, rows in flight were rechecked until they settled: say how many.
    const qint64 settledRows = settled();
    const QString settledNote = besideStream
        ? Text::tr(
              "; %1 row(s) that differed while their changes were in flight settled on recheck")
              .arg(settledRows)
        : (settledRows > 0
               ? Text::tr("; %1 row(s) that differed at first settled on recheck").arg(settledRows)
               : QString());
    QStringList chosen;
    for (const TableVerification &t : tables)
        for (const QString &c : t.lossyByChoice)
            chosen << t.target + u'.' + c;
    const QString lossy = chosen.isEmpty()
        ? QString()
        : Text::tr("; compared as the target holds them, by the project's choice: %1")
              .arg(chosen.join(u"; "_s));
    if (consistent())
        return Text::tr("consistent: %1 rows in %2 table(s) are identical (%3 s)%4")
            .arg(rows())
            .arg(tables.size())
            .arg(seconds, 0, 'f', 1)
            .arg(settledNote + lossy);
    QStringList parts;
    if (missing)
        parts << Text::tr("%1 missing").arg(missing);
    if (extra)
        parts << Text::tr("%1 extra").arg(extra);
    if (different)
        parts << Text::tr("%1 different").arg(different);
    if (duplicates)
        parts << Text::tr("%1 duplicated").arg(duplicates);
    if (failed)
        parts << Text::tr("%1 table(s) not verified").arg(failed);
    return Text::tr("differences: %1 among %2 rows%3")
        .arg(parts.join(u", "_s))
        .arg(rows())
        .arg(settledNote + lossy);
}

QString VerifyReport::toHtml(int limit) const
{
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString h;
    h += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s
        + esc(Text::tr("Ferry verification: %1").arg(project)) + u"</title>\n<style>"_s
        + u"body{font-family:sans-serif;margin:24px;color:#1d2a3a}"
          "table{border-collapse:collapse;margin:8px 0 20px}"
          "td,th{border:1px solid #dde3ea;padding:4px 8px;text-align:left;font-size:13px}"
          "th{background:#f1f4f8}.ok{color:#1f7a4d;font-weight:600}"
          ".bad{color:#b3261e;font-weight:600}td.num{text-align:right}"
          "code{font-family:monospace;white-space:pre-wrap}"_s
        + u"</style></head><body>\n"_s;
    h += u"<h1>%1</h1>\n"_s.arg(esc(Text::tr("Verification of %1").arg(project)));
    h += u"<p>%1 &rarr; %2<br>%3</p>\n"_s.arg(
        esc(sourceEndpoint), esc(targetEndpoint),
        esc(Text::tr("Started %1, took %2 s.").arg(startedAt).arg(seconds, 0, 'f', 1)));
    h += u"<p class=\"%1\">%2</p>\n"_s.arg(consistent() ? u"ok"_s : u"bad"_s, esc(summary()));
    const auto headers = [&](const QStringList &names) -> QString {
        QString row = u"<tr>"_s;
        for (const QString &n : names)
            row += u"<th>"_s + esc(n) + u"</th>"_s;
        return row + u"</tr>\n"_s;
    };
    h += u"<table>"_s
        + headers({Text::tr("Source"), Text::tr("Target"), Text::tr("Method"), Text::tr("Rows"),
                   Text::tr("Consistent"), Text::tr("Missing"), Text::tr("Extra"),
                   Text::tr("Different"), Text::tr("Duplicated"), Text::tr("Verdict")});
    for (const TableVerification &t : tables)
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td class=num>%4</td><td class=num>%5</td>"
             "<td class=num>%6</td><td class=num>%7</td><td class=num>%8</td>"
             "<td class=num>%9</td>"_s.arg(esc(t.source), esc(t.target), esc(t.method))
                 .arg(t.rows)
                 .arg(t.consistent)
                 .arg(t.missing)
                 .arg(t.extra)
                 .arg(t.different)
                 .arg(t.duplicates)
            + u"<td class=\"%1\">%2</td></tr>\n"_s.arg(
                t.isConsistent() ? u"ok"_s : u"bad"_s,
                t.error.isEmpty()
                    ? (t.isConsistent() ? Text::tr("consistent") : Text::tr("differences"))
                    : esc(t.error));
    h += u"</table>\n"_s;
    for (const TableVerification &t : tables) {
        if (t.differences.isEmpty())
            continue;
        h += u"<h2>%1 &rarr; %2</h2>\n<table>"_s.arg(esc(t.source), esc(t.target))
            + headers({Text::tr("Kind"), Text::tr("Key"), Text::tr("Column"), Text::tr("Source"),
                       Text::tr("Target")});
        int shown = 0;
        for (const RowDifference &d : t.differences) {
            if (shown++ >= limit)
                break;
            if (d.kind == RowDifference::Kind::Different) {
                for (const QString &c : d.columns) {
                    const int i = int(t.columns.indexOf(c));
                    h += u"<tr><td>different</td><td><code>%1</code></td><td>%2</td>"
                         "<td><code>%3</code></td><td><code>%4</code></td></tr>\n"_s.arg(
                             esc(keyText(t, d)), esc(c),
                             esc(textValue(d.sourceRow[size_t(i)], t.columnTypes[i])),
                             esc(textValue(d.targetRow[size_t(i)], t.columnTypes[i])));
                }
            } else {
                h += u"<tr><td>%1</td><td><code>%2</code></td><td></td><td>%3</td><td>%4</td>"
                     "</tr>\n"_s.arg(kindName(d.kind), esc(keyText(t, d)),
                                     d.kind == RowDifference::Kind::Extra ? QString()
                                                                          : Text::tr("present"),
                                     d.kind == RowDifference::Kind::Missing
                                         ? Text::tr("absent")
                                         : Text::tr("present ×%1").arg(d.count));
            }
        }
        if (t.differences.size() > limit)
            h += u"<tr><td colspan=5>%1</td></tr>\n"_s.arg(esc(
                Text::tr("… %1 more in the CSV or JSON export").arg(t.differences.size() - limit)));
        h += u"</table>\n"_s;
    }
    h += u"</body></html>\n"_s;
    return h;
}

namespace {

QJsonArray valuesJson(const RowValues &values)
{
    QJsonArray a;
    for (const auto &v : values)
        a.append(v ? QJsonValue(
                     QString::fromLatin1(QByteArray(v->data(), qsizetype(v->size())).toBase64()))
                   : QJsonValue(QJsonValue::Null));
    return a;
}

RowValues valuesFrom(const QJsonArray &a)
{
    RowValues out;
    for (const QJsonValue &v : a) {
        if (v.isNull()) {
            out.emplace_back(std::nullopt);
        } else {
            const QByteArray bytes = QByteArray::fromBase64(v.toString().toLatin1());
            out.emplace_back(std::string(bytes.constData(), size_t(bytes.size())));
        }
    }
    return out;
}

QJsonArray typesJson(const QList<ColumnType> &types)
{
    QJsonArray a;
    for (const ColumnType &t : types)
        a.append(QJsonObject {{u"kind"_s, ColumnType::kindName(t.kind)},
                              {u"native"_s, t.native},
                              {u"length"_s, t.length},
                              {u"precision"_s, t.precision},
                              {u"scale"_s, t.scale},
                              {u"unsigned"_s, t.isUnsigned},
                              {u"labels"_s, QJsonArray::fromStringList(t.labels)}});
    return a;
}

QList<ColumnType> typesFrom(const QJsonArray &a)
{
    QList<ColumnType> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        ColumnType t;
        t.kind = ColumnType::kindFromName(o[u"kind"_s].toString()).value_or(TypeKind::Other);
        t.native = o[u"native"_s].toString();
        t.length = o[u"length"_s].toInt();
        t.precision = o[u"precision"_s].toInt();
        t.scale = o[u"scale"_s].toInt();
        t.isUnsigned = o[u"unsigned"_s].toBool();
        for (const QJsonValue &l : o[u"labels"_s].toArray())
            t.labels << l.toString();
        out.append(t);
    }
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QJsonObject VerifyReport::toStorageJson() const
{
    QJsonArray list;
    for (const TableVerification &t : tables) {
        QJsonArray diffs;
        for (const RowDifference &d : t.differences)
            diffs.append(QJsonObject {{u"kind"_s, int(d.kind)},
                                      {u"key"_s, valuesJson(d.key)},
                                      {u"columns"_s, QJsonArray::fromStringList(d.columns)},
                                      {u"source"_s, valuesJson(d.sourceRow)},
                                      {u"target"_s, valuesJson(d.targetRow)},
                                      {u"count"_s, d.count}});
        list.append(
            QJsonObject {{u"source"_s, t.source},
                         {u"target"_s, t.target},
                         {u"keyColumns"_s, QJsonArray::fromStringList(t.keyColumns)},
                         {u"columns"_s, QJsonArray::fromStringList(t.columns)},
                         {u"targetColumns"_s, QJsonArray::fromStringList(t.targetColumns)},
                         {u"targetKeyColumns"_s, QJsonArray::fromStringList(t.targetKeyColumns)},
                         {u"columnTypes"_s, typesJson(t.columnTypes)},
                         {u"targetTypes"_s, typesJson(t.targetTypes)},
                         {u"method"_s, t.method},
                         {u"lossyByChoice"_s, QJsonArray::fromStringList(t.lossyByChoice)},
                         {u"rows"_s, t.rows},
                         {u"targetRows"_s, t.targetRows},
                         {u"consistent"_s, t.consistent},
                         {u"missing"_s, t.missing},
                         {u"extra"_s, t.extra},
                         {u"different"_s, t.different},
                         {u"duplicates"_s, t.duplicates},
                         {u"slices"_s, t.slices},
                         {u"slicesMismatched"_s, t.slicesMismatched},
                         {u"recheckRounds"_s, t.recheckRounds},
                         {u"settled"_s, t.settled},
                         {u"seconds"_s, t.seconds},
                         {u"error"_s, t.error},
                         {u"differences"_s, diffs}});
    }
    return {{u"format"_s, 1},
            {u"project"_s, project},
            {u"sourceEndpoint"_s, sourceEndpoint},
            {u"targetEndpoint"_s, targetEndpoint},
            {u"startedAt"_s, startedAt},
            {u"seconds"_s, seconds},
            {u"besideStream"_s, besideStream},
            {u"settleMs"_s, settleMs},
            {u"tables"_s, list}};
}

VerifyReport VerifyReport::fromStorageJson(const QJsonObject &o)
{
    VerifyReport r;
    r.project = o[u"project"_s].toString();
    r.sourceEndpoint = o[u"sourceEndpoint"_s].toString();
    r.targetEndpoint = o[u"targetEndpoint"_s].toString();
    r.startedAt = o[u"startedAt"_s].toString();
    r.seconds = o[u"seconds"_s].toDouble();
    r.besideStream = o[u"besideStream"_s].toBool();
    r.settleMs = qint64(o[u"settleMs"_s].toDouble());
    for (const QJsonValue &v : o[u"tables"_s].toArray()) {
        const QJsonObject j = v.toObject();
        TableVerification t;
        t.source = j[u"source"_s].toString();
        t.target = j[u"target"_s].toString();
        t.originColumn = j[u"originColumn"_s].toString();
        t.origin = j[u"origin"_s].toString();
        t.keyColumns = strings(j[u"keyColumns"_s]);
        t.columns = strings(j[u"columns"_s]);
        t.targetColumns = strings(j[u"targetColumns"_s]);
        t.targetKeyColumns = strings(j[u"targetKeyColumns"_s]);
        t.columnTypes = typesFrom(j[u"columnTypes"_s].toArray());
        t.targetTypes = typesFrom(j[u"targetTypes"_s].toArray());
        t.method = j[u"method"_s].toString();
        t.lossyByChoice = strings(j[u"lossyByChoice"_s]);
        t.rows = qint64(j[u"rows"_s].toDouble());
        t.targetRows = qint64(j[u"targetRows"_s].toDouble());
        t.consistent = qint64(j[u"consistent"_s].toDouble());
        t.missing = qint64(j[u"missing"_s].toDouble());
        t.extra = qint64(j[u"extra"_s].toDouble());
        t.different = qint64(j[u"different"_s].toDouble());
        t.duplicates = qint64(j[u"duplicates"_s].toDouble());
        t.slices = j[u"slices"_s].toInt();
        t.slicesMismatched = j[u"slicesMismatched"_s].toInt();
        t.recheckRounds = j[u"recheckRounds"_s].toInt();
        t.settled = qint64(j[u"settled"_s].toDouble());
        t.seconds = j[u"seconds"_s].toDouble();
        t.error = j[u"error"_s].toString();
        for (const QJsonValue &dv : j[u"differences"_s].toArray()) {
            const QJsonObject dj = dv.toObject();
            RowDifference d;
            d.kind = RowDifference::Kind(dj[u"kind"_s].toInt());
            d.key = valuesFrom(dj[u"key"_s].toArray());
            d.columns = strings(dj[u"columns"_s]);
            d.sourceRow = valuesFrom(dj[u"source"_s].toArray());
            d.targetRow = valuesFrom(dj[u"target"_s].toArray());
            d.count = dj[u"count"_s].toInt(1);
            t.differences.append(d);
        }
        r.tables.append(t);
    }
    return r;
}

} // namespace ferry

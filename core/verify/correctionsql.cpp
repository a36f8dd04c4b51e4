#include "engines/driver.h"
#include "verifier.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString literal(const Dialect &d, const std::optional<std::string> &v, const ColumnType &type)
{
    return v ? d.literal(*v, type) : u"NULL"_s;
}

// col = value, NULL-safe.
QString equals(const Dialect &d, const QString &column, const std::optional<std::string> &v,
               const ColumnType &type)
{
    const QString c = d.quote(column);
    if (!v)
        return c + u" IS NULL"_s;
    return d.equals(c, literal(d, v, type), type);
}

// The origin of the verified source's rows, in a target that records it.
QString originLiteral(const Dialect &d, const TableVerification &t)
{
    ColumnType text;
    text.kind = TypeKind::VarChar;
    return d.literal(t.origin.toStdString(), text);
}

QString originCondition(const Dialect &d, const TableVerification &t)
{
    return d.quote(t.originColumn) + u" = "_s + originLiteral(d, t);
}

QString keyCondition(const Dialect &d, const TableVerification &t, const RowValues &key)
{
    QStringList terms;
    for (int i = 0; i < t.targetKeyColumns.size(); ++i) {
        const int column = int(t.targetColumns.indexOf(t.targetKeyColumns[i]));
        terms << equals(d, t.targetKeyColumns[i], key[size_t(i)], t.targetTypes[column]);
    }
    if (!t.originColumn.isEmpty())
        terms << originCondition(d, t);
    return terms.join(u" AND "_s);
}

QString rowCondition(const Dialect &d, const TableVerification &t, const RowValues &row)
{
    QStringList terms;
    for (int i = 0; i < t.targetColumns.size(); ++i)
        terms << equals(d, t.targetColumns[i], row[size_t(i)], t.targetTypes[i]);
    if (!t.originColumn.isEmpty())
        terms << originCondition(d, t);
    return terms.join(u" AND "_s);
}

} // namespace

// Statements in order; entries starting with "--" are comments.
static QStringList buildStatements(const VerifyReport &report, Engine targetEngine)
{
    const Dialect &d = Driver::forEngine(targetEngine).dialect();
    QStringList out;
    for (const TableVerification &t : report.tables) {
        if (t.differences.isEmpty())
            continue;
        const TableRef ref = [&] {
            const qsizetype dot = t.target.lastIndexOf(u'.');
            return dot > 0 ? TableRef {t.target.left(dot), t.target.mid(dot + 1)}
                           : TableRef {{}, t.target};
        }();
        const QString table = d.qualify(ref);
        QStringList columns;
        for (const QString &c : t.targetColumns)
            columns << d.quote(c);
        if (!t.originColumn.isEmpty())
            columns << d.quote(t.originColumn);
        out << u"-- %1 -> %2: %3 missing, %4 extra, %5 different, %6 duplicated"_s.arg(
            t.source, t.target, QString::number(t.missing), QString::number(t.extra),
            QString::number(t.different), QString::number(t.duplicates));
        for (const RowDifference &diff : t.differences) {
            switch (diff.kind) {
            case RowDifference::Kind::Missing: {
                QStringList values;
                for (int i = 0; i < t.targetColumns.size(); ++i)
                    values << literal(d, diff.sourceRow[size_t(i)], t.targetTypes[i]);
                if (!t.originColumn.isEmpty())
                    values << originLiteral(d, t);
                for (int n = 0; n < diff.count; ++n)
                    out << u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                                    values.join(u", "_s));
                break;
            }
            case RowDifference::Kind::Different: {
                QStringList sets;
                for (const QString &c : diff.columns) {
                    const int i = int(t.columns.indexOf(c));
                    sets << d.quote(t.targetColumns[i]) + u" = "_s
                            + literal(d, diff.sourceRow[size_t(i)], t.targetTypes[i]);
                }
                out << u"UPDATE %1 SET %2 WHERE %3"_s.arg(table, sets.join(u", "_s),
                                                          keyCondition(d, t, diff.key));
                break;
            }
            case RowDifference::Kind::Extra:
            case RowDifference::Kind::Duplicate: {
                if (!t.targetKeyColumns.isEmpty()) {
                    if (diff.kind == RowDifference::Kind::Extra) {
                        out << u"DELETE FROM %1 WHERE %2"_s.arg(table,
                                                                keyCondition(d, t, diff.key));
                        break;
                    }
                }
                // Remove exactly `count` copies of a row that has no key to name it by.
                const RowValues &row = diff.targetRow.empty() ? diff.sourceRow : diff.targetRow;
                const QString where = t.targetKeyColumns.isEmpty() ? rowCondition(d, t, row)
                                                                   : keyCondition(d, t, diff.key);
                out << d.deleteSome(ref, where, diff.count);
                break;
            }
            }
        }
    }
    return out;
}

QString correctionSql(const VerifyReport &report, Engine targetEngine)
{
    QString sql;
    sql += u"-- Ferry correction script for project %1\n"_s.arg(report.project);
    sql += u"-- Source (the truth): %1\n-- Target: %2\n"_s.arg(report.sourceEndpoint,
                                                               report.targetEndpoint);
    sql += u"-- Verified %1: %2\n"_s.arg(report.startedAt, report.summary());
    sql += u"-- Review before running. It makes the target equal to the source at verification "
           "time.\n\n"_s;
    sql += Driver::forEngine(targetEngine).dialect().beginTransaction() + u";\n"_s;
    for (const QString &statement : buildStatements(report, targetEngine))
        sql += statement.startsWith(u"--") ? QString(u'\n' + statement + u'\n')
                                           : QString(statement + u";\n"_s);
    sql += u"\nCOMMIT;\n"_s;
    return sql;
}

QStringList correctionStatements(const VerifyReport &report, Engine targetEngine)
{
    QStringList out;
    for (const QString &statement : buildStatements(report, targetEngine))
        if (!statement.startsWith(u"--"))
            out << statement;
    return out;
}

} // namespace ferry

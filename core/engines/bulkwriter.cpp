#include "bulkwriter.h"

#include "values/canonical.h"

using namespace Qt::StringLiterals;

namespace ferry {

QString previewValue(std::string_view value, const ColumnType &type, int max)
{
    if (type.isNumeric() || type.kind == TypeKind::Boolean || type.kind == TypeKind::Year
        || type.kind == TypeKind::Bit) {
        bool plain = !value.empty() && value.size() <= size_t(max);
        for (char c : value)
            plain = plain
                && ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e'
                    || c == 'E');
        if (plain)
            return QString::fromLatin1(value.data(), qsizetype(value.size()));
    }
    return canonical::preview(value, type.isBinary(), max);
}

QString describeRowKey(const WriteRequest &request, const RowBatch &batch, int row)
{
    if (request.keyCells.isEmpty())
        return u"row %1 of the batch (the table has no key)"_s.arg(row + 1);
    QStringList parts;
    for (int i = 0; i < request.keyCells.size(); ++i) {
        const int cell = request.keyCells[i];
        const QString value = batch.isNull(row, cell)
            ? u"NULL"_s
            : previewValue(batch.cell(row, cell), request.sourceTypes[cell], 40);
        parts << request.keyNames.value(i) + u'=' + value;
    }
    return parts.join(u", "_s);
}

Error rejectedValue(const WriteRequest &request, const RowBatch &batch, int row, int cell,
                    const QString &reason, const QString &fix)
{
    const QString value = batch.isNull(row, cell)
        ? u"NULL"_s
        : previewValue(batch.cell(row, cell), request.sourceTypes[cell], 60);
    Error e;
    e.code = Error::Code::DataRejected;
    e.object = request.sourceName;
    e.message = u"%1, row %2: column %3 value %4 %5"_s.arg(
        request.sourceName, describeRowKey(request, batch, row), request.columns.value(cell), value,
        reason);
    e.fix =
        fix.isEmpty() ? u"Correct the source row, or override the column's target type."_s : fix;
    return e;
}

} // namespace ferry

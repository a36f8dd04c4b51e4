#include "bulkwriter.h"

#include "common/language.h"
#include "values/canonical.h"
#include "values/pgarray.h"

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
        return Text::tr("row %1 of the batch (the table has no key)").arg(row + 1);
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
    e.message = Text::tr("%1, row %2: column %3 value %4 %5")
                    .arg(request.sourceName, describeRowKey(request, batch, row),
                         request.columns.value(cell), value, reason);
    e.fix = fix.isEmpty()
        ? Text::tr("Correct the source row, or override the column's target type.")
        : fix;
    return e;
}

Result<std::optional<RowBatch>> arraysAsJson(const WriteRequest &request, const RowBatch &batch)
{
    std::vector<int> arrays;
    for (int c = 0; c < request.sourceTypes.size(); ++c)
        if (request.sourceTypes[c].array && !request.targetTypes.value(c).array)
            arrays.push_back(c);
    if (arrays.empty())
        return std::optional<RowBatch>();
    RowBatch out(batch.columns());
    out.reserve(batch.bytes() + batch.bytes() / 4, batch.rows());
    for (int r = 0; r < batch.rows(); ++r) {
        size_t next = 0;
        for (int c = 0; c < batch.columns(); ++c) {
            const bool array = next < arrays.size() && arrays[next] == c;
            if (array)
                ++next;
            if (batch.isNull(r, c)) {
                out.appendNull();
                continue;
            }
            if (!array) {
                out.append(batch.cell(r, c));
                continue;
            }
            const auto json = pgarray::toJson(batch.cell(r, c), request.sourceTypes[c].elementKind);
            if (!json)
                return fail(rejectedValue(
                    request, batch, r, c,
                    Text::tr("is not an array as PostgreSQL prints it, so it has no JSON form"),
                    Text::tr("Override the column's target type with a text type to keep the array "
                             "text.")));
            out.append(*json);
        }
        out.endRow();
    }
    return std::optional<RowBatch>(std::move(out));
}

} // namespace ferry

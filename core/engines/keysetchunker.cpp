#include "keysetchunker.h"

#include "common/language.h"

using namespace Qt::StringLiterals;

namespace ferry {

KeysetChunker::KeysetChunker(TableReader &reader, TableRef table, QList<Column> keyColumns,
                             QString filter, qint64 rowsPerChunk)
    : m_reader(reader)
    , m_table(std::move(table))
    , m_keyColumns(std::move(keyColumns))
    , m_filter(std::move(filter))
    , m_rowsPerChunk(rowsPerChunk)
{ }

Result<std::optional<KeyValues>> KeysetChunker::next(const std::optional<KeyValues> &after,
                                                     const CancelToken &cancel)
{
    const QString what = u"cutting %1 into chunks"_s.arg(m_table.display());
    if (m_keyColumns.isEmpty())
        return fail(Error::Code::InvalidInput,
                    Text::tr("cutting %1 into chunks: the table has no key to cut on")
                        .arg(m_table.display()),
                    Text::tr("Copy it in one piece, or give it a primary key or a unique key."),
                    m_table.display());
    if (m_rowsPerChunk < 1)
        return fail(
            Error::Code::InvalidInput,
            Text::tr("cutting %1 into chunks: chunks of %2 rows; the chunk size must be at least 1")
                .arg(m_table.display())
                .arg(m_rowsPerChunk),
            Text::tr("Set chunkRows to 1 or more."), m_table.display());
    if (after && after->size() != size_t(m_keyColumns.size()))
        return fail(Error::Code::Internal,
                    what
                        + u": a boundary of %1 values for a key of %2 columns"_s.arg(after->size())
                              .arg(m_keyColumns.size()),
                    {}, m_table.display());
    if (cancel.isCancelled())
        return fail(Error::Code::Cancelled,
                    Text::tr("cutting %1 into chunks was cancelled").arg(m_table.display()), {},
                    m_table.display());

    ReadRequest request;
    request.table = m_table;
    request.columns = m_keyColumns;
    request.keyColumns = m_keyColumns;
    request.range.lower = after;
    request.filter = m_filter;
    request.offset = m_rowsPerChunk - 1;
    request.limit = 2; // the boundary, and proof that another chunk follows it
    request.batchRows = 2;

    RowBatch rows(int(m_keyColumns.size()));
    auto read = m_reader.read(
        request,
        [&](RowBatch &&batch) -> Status {
            for (int r = 0; r < batch.rows() && rows.rows() < 2; ++r) {
                for (int c = 0; c < batch.columns(); ++c) {
                    if (batch.isNull(r, c))
                        rows.appendNull();
                    else
                        rows.append(batch.cell(r, c));
                }
                rows.endRow();
            }
            return {};
        },
        cancel);
    if (!read) {
        Error e = read.error();
        if (e.object.isEmpty())
            e.object = m_table.display();
        if (e.code == Error::Code::Cancelled || cancel.isCancelled())
            return fail(Error::Code::Cancelled,
                        Text::tr("cutting %1 into chunks was cancelled").arg(m_table.display()), {},
                        m_table.display());
        return fail(e);
    }
    // Without a second row the rest of the table belongs to the last, open-ended chunk.
    if (rows.rows() < 2)
        return std::optional<KeyValues>();
    KeyValues key;
    for (int c = 0; c < rows.columns(); ++c) {
        if (rows.isNull(0, c))
            return fail(
                Error::Code::InvalidInput,
                Text::tr(
                    "cutting %1 into chunks: key column %2 holds NULL, so it cannot cut chunks")
                    .arg(m_table.display(), m_keyColumns[c].name),
                Text::tr("Choose a key whose columns are NOT NULL."), m_table.display());
        key.emplace_back(rows.cell(0, c));
    }
    return std::optional<KeyValues>(std::move(key));
}

Result<std::vector<KeyValues>> KeysetChunker::all(const CancelToken &cancel)
{
    std::vector<KeyValues> boundaries;
    std::optional<KeyValues> after;
    for (;;) {
        auto boundary = next(after, cancel);
        if (!boundary)
            return std::unexpected(boundary.error());
        if (!*boundary)
            return boundaries;
        boundaries.push_back(**boundary);
        after = std::move(*boundary);
    }
}

} // namespace ferry

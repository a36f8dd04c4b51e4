#pragma once

#include "engines/bulkwriter.h"

#include <string>
#include <vector>

namespace ferry {

class MySqlSession;

// Loads rows into a MySQL / MariaDB table with LOAD DATA LOCAL INFILE served from memory (one
// statement per batch), or with multi-row INSERTs of about 1 MB where the server refuses LOCAL
// INFILE. LOAD DATA LOCAL turns data errors into warnings and skips duplicate keys, so every
// statement's warnings are read back: a truncation, an out-of-range value or an invalid string
// fails the batch with the row named, a skipped duplicate is a Conflict unless the policy
// ignores it. Runs on the session's thread; the session must outlive it.
class MySqlBulkWriter : public BulkWriter
{
public:
    explicit MySqlBulkWriter(MySqlSession &session);
    ~MySqlBulkWriter() override;

    Status begin(const WriteRequest &request) override;
    Status deleteRange(const QList<Column> &keyColumns, const KeyRange &range) override;
    Status deleteAll() override;
    Status write(const RowBatch &batch) override;
    Result<WriteStats> commit() override;
    void rollback() override;

    // Loads with INSERT even where LOAD DATA LOCAL works: for tests, and for servers known to
    // refuse LOCAL INFILE. The writer switches by itself when the server refuses it.
    void setInsertOnly(bool insertOnly) { m_insertOnly = insertOnly; }
    bool usesInsert() const { return m_insertOnly; }

    enum class Form : uint8_t {
        Text, // the canonical bytes
        Bit, // an unsigned decimal into a BIT column
        Year, // "0" is the zero year, which MySQL reads as 2000 unless spelled "0000"
        Binary, // bytes into a binary column (X'..' in INSERT)
        Float, // into FLOAT: spelled as the double of the float (see encodeFloat)
    };
    enum class Check : uint8_t {
        None,
        FloatSpecial, // Infinity / NaN: MySQL has neither
        ZeroDate, // the zero-date policy applies
    };

private:
    struct Codec
    {
        Form form = Form::Text;
        Check check = Check::None;
    };
    struct Outcome
    {
        qint64 records = 0;
        qint64 skipped = 0;
        qint64 warnings = 0;
    };
    enum class CellAction { Value, Null };

    Result<CellAction> checkCell(const RowBatch &batch, int row, int cell) const;
    Status writeLoadData(const RowBatch &batch);
    Status writeInsert(const RowBatch &batch);
    // Appends row `row` as "(v1, v2, ...)" to m_buffer.
    Status appendInsertRow(const RowBatch &batch, int row);
    Status runInsert(const RowBatch &batch, int first, int count);
    // The warnings of the statement that loaded batch rows [first, first + count).
    Status afterStatement(const RowBatch &batch, int first, int count, const Outcome &outcome);
    // Finds the row behind an error that names none by inserting the rows one by one.
    Status locate(const RowBatch &batch, int first, int count, const QString &message);
    Error dataError(const RowBatch &batch, int row, unsigned int code,
                    const QString &message) const;
    Error conflictError(const QString &message) const;
    Error statementError(const QString &what) const;
    QString target() const;
    void endTransaction(const char *sql);

    MySqlSession &m_session;
    WriteRequest m_request;
    std::vector<Codec> m_codecs;
    QByteArray m_loadSql;
    QByteArray m_insertHead;
    std::string m_buffer;
    WriteStats m_stats;
    bool m_inTransaction = false;
    bool m_joined = false; // inside the session owner's transaction
    bool m_insertOnly = false;
};

} // namespace ferry

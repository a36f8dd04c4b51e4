#pragma once

#include "common/error.h"
#include "postgresqlcopytext.h"
#include "schema/table.h"
#include "values/change.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The logical replication protocol of PostgreSQL (the CopyBoth frames of a replication
// connection and the pgoutput plugin's messages, proto_version 1), decoded without a server:
// pure functions and one stateful decoder. Any thread; a decoder is used by one at a time.
namespace ferry::pgoutput {

using Lsn = std::uint64_t;

// PostgreSQL's text form of an LSN, "%X/%X": "0/16B3748" (what pg_replication_slots shows).
QString formatLsn(Lsn lsn);
// "X/Y" in hex, each half at most 8 digits; std::nullopt otherwise.
std::optional<Lsn> parseLsn(QStringView text);

// Microseconds since 2000-01-01 00:00 UTC (PostgreSQL's epoch) to and from UTC time.
QDateTime fromPgTime(std::int64_t micros);
std::int64_t toPgTime(const QDateTime &time);

// One CopyData message a walsender sends while streaming.
struct Frame
{
    enum class Kind { XLogData, Keepalive };
    Kind kind = Kind::Keepalive;
    Lsn walStart = 0; // XLogData: where the payload's WAL starts
    Lsn walEnd = 0; // the server's end of WAL (sent position)
    std::int64_t serverTime = 0; // PostgreSQL epoch microseconds
    bool replyRequested = false; // Keepalive: the server asks for a status update now
    std::string_view payload; // XLogData: one pgoutput message (points into the input)
};
Result<Frame> parseFrame(std::string_view message);

// The client's Standby Status Update ('r'): written, flushed and applied LSNs and the clock.
std::string standbyStatusUpdate(Lsn written, Lsn flushed, Lsn applied, std::int64_t clock,
                                bool replyRequested);

struct ByteReader; // bounds-checked big-endian reads (pgoutputdecoder.cpp)

// Assembles pgoutput messages into whole transactions over the captured tables: Relation
// messages map the server's relation ids to the tables by schema and name, tuples become
// RowImages in the table's column order with values in canonical form (decoded exactly as
// PostgreSqlTableReader decodes them, pgcopy::decode by the catalog column's type).
//
// Relations outside `tables` are ignored (the publication should not send them). A Relation
// message that differs from its table (a column the table does not know or lacks, a type of
// another size) is a schema change: a Ddl event in the transaction, with the ALTER TABLE that
// makes the table what the server sent (one column gone and one come of the same type: RENAME
// COLUMN). Truncate becomes one Ddl event per captured table: `TRUNCATE "schema"."table"`
// (with RESTART IDENTITY / CASCADE when the source used them). Logical decoding messages
// (pg_logical_emit_message) and Origin and Type messages are read and dropped.
class PgOutputDecoder
{
public:
    explicit PgOutputDecoder(const QList<Table> &tables);

    // Decodes one pgoutput message. Returns the transaction when `message` was its Commit;
    // an error when the message is malformed or out of place (the stream cannot continue).
    Result<std::optional<ChangeTransaction>> decode(std::string_view message);

    // Between a Begin and its Commit.
    bool inTransaction() const { return m_inTransaction; }
    // The end LSN of the last Commit decoded (ChangeTransaction::position as a number).
    Lsn lastCommitEnd() const { return m_lastCommitEnd; }

private:
    struct Relation
    {
        int table = -1; // index into m_tables, -1 when not captured
        TableRef ref;
        std::vector<int> target; // per relation column: index in the table's columns
        std::vector<bool> key; // per relation column: part of the replica identity
    };
    struct RelationColumn
    {
        QString name;
        QString type; // as PostgreSQL names it
        std::function<bool(const ColumnType &)> sameType;
    };
    Result<std::optional<ChangeTransaction>> fail(const QString &problem) const;
    Status readRelation(ByteReader &in);
    void schemaChange(const Table &table, const std::vector<RelationColumn> &sent);
    Status readTuple(ByteReader &in, const Relation &relation, bool keyOnly, RowImage &image);
    Status readChange(ByteReader &in, char type);
    Status readTruncate(ByteReader &in);

    QList<Table> m_tables;
    std::vector<std::vector<pgcopy::Decode>> m_decodes; // per table column
    QHash<QString, int> m_tableByName; // schema + '\0' + name
    QHash<std::uint32_t, Relation> m_relations;

    bool m_inTransaction = false;
    ChangeTransaction m_current;
    Lsn m_lastCommitEnd = 0;
};

} // namespace ferry::pgoutput

#pragma once

#include "common/error.h"
#include "schema/table.h"
#include "values/change.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ferry::binlog {

// Event type codes of the MySQL and MariaDB binary logs that the decoder tells apart.
enum EventType : uint8_t {
    QueryEvent = 2,
    StopEvent = 3,
    RotateEvent = 4,
    FormatDescriptionEvent = 15,
    XidEvent = 16,
    TableMapEvent = 19,
    WriteRowsV1 = 23,
    UpdateRowsV1 = 24,
    DeleteRowsV1 = 25,
    IncidentEvent = 26,
    HeartbeatEvent = 27,
    WriteRowsV2 = 30,
    UpdateRowsV2 = 31,
    DeleteRowsV2 = 32,
    MySqlGtidEvent = 33,
    MySqlAnonymousGtidEvent = 34,
    XaPrepareEvent = 38,
    PartialUpdateRowsEvent = 39,
    TransactionPayloadEvent = 40,
    HeartbeatV2Event = 41,
    AnnotateRowsEvent = 160,
    BinlogCheckpointEvent = 161,
    MariaDbGtidEvent = 162,
    GtidListEvent = 163,
    QueryCompressedEvent = 165,
    WriteRowsCompressedV1 = 166,
    DeleteRowsCompressedV2 = 171,
};

// Column type codes of a TABLE_MAP event (enum_field_types).
enum ColumnTypeCode : uint8_t {
    TypeDecimal = 0,
    TypeTiny = 1,
    TypeShort = 2,
    TypeLong = 3,
    TypeFloat = 4,
    TypeDouble = 5,
    TypeNull = 6,
    TypeTimestamp = 7,
    TypeLongLong = 8,
    TypeInt24 = 9,
    TypeDate = 10,
    TypeTime = 11,
    TypeDateTime = 12,
    TypeYear = 13,
    TypeNewDate = 14,
    TypeVarChar = 15,
    TypeBit = 16,
    TypeTimestamp2 = 17,
    TypeDateTime2 = 18,
    TypeTime2 = 19,
    TypeJson = 245,
    TypeNewDecimal = 246,
    TypeEnum = 247,
    TypeSet = 248,
    TypeTinyBlob = 249,
    TypeMediumBlob = 250,
    TypeLongBlob = 251,
    TypeBlob = 252,
    TypeVarString = 253,
    TypeString = 254,
    TypeGeometry = 255,
};

// The common 19-byte header of every event.
struct EventHeader
{
    uint32_t timestamp = 0;
    uint8_t type = 0;
    uint32_t serverId = 0;
    uint32_t eventLength = 0;
    uint32_t logPosition = 0; // end of the event in its file; 0 for artificial events
    uint16_t flags = 0;

    static constexpr uint16_t artificialFlag = 0x20;
};

// One column of a TABLE_MAP event.
struct MappedColumn
{
    uint8_t type = 0;
    std::array<uint8_t, 2> meta {}; // the type's metadata bytes as written
    bool nullable = true;
    // Optional metadata (binlog_row_metadata=FULL, or MINIMAL for signedness): unset when absent.
    std::optional<bool> isUnsigned;
    std::optional<std::string> name;
    std::optional<std::vector<std::string>> labels; // ENUM / SET values, in the column charset
    std::optional<int> collation;

    // STRING columns carry the real type (CHAR, ENUM, SET) and the byte length in their meta.
    uint8_t realType() const;
    int stringLength() const;
};

struct TableMap
{
    uint64_t tableId = 0;
    std::string schema;
    std::string table;
    std::vector<MappedColumn> columns;
};

// A WRITE/UPDATE/DELETE_ROWS event, not yet decoded into row images (that needs the table).
struct RowsEvent
{
    ChangeEvent::Kind kind = ChangeEvent::Kind::Insert;
    uint64_t tableId = 0;
    uint16_t flags = 0;
    uint32_t columnCount = 0;
    std::vector<bool> present; // columns of the before image (Delete, Update) or after (Insert)
    std::vector<bool> presentAfter; // Update only
    std::string_view rows; // the row images, a view into the event
};

// One event, decoded as far as it can be without the catalog.
struct Event
{
    enum class Kind {
        Skipped, // an event capture does not need (ANNOTATE_ROWS, BINLOG_CHECKPOINT, ...)
        FormatDescription,
        Rotate,
        Gtid,
        Query,
        Xid,
        TableMap,
        Rows,
        Heartbeat,
        XaPrepare,
    };
    EventHeader header;
    Kind kind = Kind::Skipped;
    // Rotate: the next file and where in it
    std::string file;
    uint64_t position = 0;
    // Gtid: "0-1-42" (MariaDB) or "3e11fa47-71ca-11e1-9e33-c80aa9429562:23" (MySQL)
    std::string gtid;
    uint32_t gtidDomain = 0;
    bool standalone = false; // MariaDB: the group is one statement without BEGIN/COMMIT
    // Query: default database and statement
    std::string schema;
    std::string statement;
    // FormatDescription
    bool checksum = false;
    std::string serverVersion;
    std::shared_ptr<const TableMap> tableMap;
    RowsEvent rowsEvent;
};

// The decoding state of one stream: the format (checksums, post-header lengths) set by the last
// FORMAT_DESCRIPTION event. Pure: bytes in, values out; any thread, one at a time.
class EventDecoder
{
public:
    // `checksum`: whether events carry a CRC32 before the first FORMAT_DESCRIPTION says so (the
    // artificial ROTATE a dump starts with has one when the replica announced its checksum).
    explicit EventDecoder(bool checksum = true)
        : m_checksum(checksum)
    { }

    // Decodes one event as it comes off the wire after the packet's 0x00 status byte: the
    // header, the body and the checksum when there is one. Malformed bytes are an error, never
    // a crash or an out-of-bounds read.
    Result<Event> decode(std::string_view bytes);

    bool checksum() const { return m_checksum; }

private:
    Result<Event> decodeBody(Event &event, std::string_view body);

    bool m_checksum;
    std::array<uint8_t, 256> m_postHeader {};
    bool m_haveFormat = false;
    bool m_mariadb = true;
    // The last TABLE_MAP of each table id, by its bytes: every transaction maps its tables
    // again, nearly always with the same bytes, which then give the same (shared) TableMap.
    struct KnownMap
    {
        std::string body;
        std::shared_ptr<const TableMap> map;
    };
    std::unordered_map<uint64_t, KnownMap> m_maps;
};

// How the rows of one mapped table become row images in the catalog's column order and
// canonical form (values/canonical.h), exactly as MySqlTableReader reads the same values.
class RowDecoder
{
public:
    // Matches the TABLE_MAP to the catalog's table: same column count, and the same names when
    // the map carries them. A mismatch means a DDL changed the table since the catalog was read.
    static Result<RowDecoder> make(const TableMap &map, const Table &table);

    // Decodes every row of `rows` into change events of the table.
    Status decode(const RowsEvent &rows, std::vector<ChangeEvent> &out) const;

    struct Column
    {
        uint8_t type = 0;
        uint8_t realType = 0;
        int length = 0; // STRING: max bytes; VARCHAR: max bytes; BLOB: length bytes; BIT: bits
        int precision = 0;
        int scale = 0; // NEWDECIMAL scale, temporal fraction digits
        bool isUnsigned = false;
        int target = 0; // index in Table::columns
        TypeKind kind = TypeKind::Other;
        int binaryLength = 0; // BINARY(n): the stored length (the binlog strips trailing NULs)
        enum class Charset : uint8_t { Utf8, Latin1, Binary } charset = Charset::Utf8;
        enum class Special : uint8_t { None, Uuid, Inet6, Inet4 } special = Special::None;
        std::vector<std::string> labels; // ENUM / SET labels, UTF-8
    };

private:
    Result<RowImage> image(std::string_view &data, const std::vector<bool> &present) const;
    Result<std::string> value(std::string_view &data, const Column &c) const;
    Error corrupt(const QString &what) const;

    TableRef m_table;
    QStringList m_names;
    std::vector<Column> m_columns; // in binlog order
    size_t m_targetCount = 0;
};

// The whole decoding of a replication stream, from raw events to whole transactions of the
// captured tables: the state of a MySqlChangeReader without its connection. Pure and
// deterministic (the clock is injected), so it is unit-tested and fuzzed on bytes.
class StreamDecoder
{
public:
    using Sink = std::function<Status(ChangeTransaction &&)>;

    // `scope`: the captured tables (names case-sensitive). `file`/`offset`: where the stream
    // starts; `gtids`: the GTID state there ("0-1-42,1-2-7"), may be empty. `checksum`: whether
    // the first events carry a CRC32 (the source's binlog_checksum).
    StreamDecoder(const QList<Table> &scope, const std::string &file, uint64_t offset,
                  const QString &gtids, bool checksum);

    // Decodes one event and calls `sink` with each transaction it completes: events of the
    // scope's tables, or none for a heartbeat (sent while idle, and at most every
    // `quietSeconds` for transactions that touch no captured table, so the position moves).
    Status feed(std::string_view event, const Sink &sink);

    // "mysql-bin.000003:1234;gtid=0-1-42": after the last whole transaction.
    QString position() const;
    bool inTransaction() const { return m_inTransaction || m_standalonePending; }

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setQuietSeconds(int seconds) { m_quietSeconds = seconds; }

    // Parses "FILE:OFFSET[;gtid=LIST]".
    struct Position
    {
        std::string file;
        uint64_t offset = 0;
        QString gtids;
    };
    static std::optional<Position> parsePosition(const QString &text);

private:
    struct Mapped
    {
        std::shared_ptr<const TableMap> map;
        const Table *table = nullptr; // null: outside the scope
        std::optional<RowDecoder> decoder;
        std::optional<Error> error;
        uint64_t group = 0; // the group that mapped it last (m_group): rows need their own
    };
    Status finish(uint32_t timestamp, const Sink &sink);
    Status deliver(ChangeTransaction &&transaction, const Sink &sink);
    void beginGroup();
    bool ddlInScope(const std::string &schema, const std::string &statement, TableRef &ref) const;
    Status refuseStatementDml(const std::string &schema, const QString &sql) const;
    QString gtidText() const;

    QList<Table> m_scope;
    QHash<QString, qsizetype> m_byName; // "schema\0name" -> index in m_scope
    EventDecoder m_decoder;
    // Table ids with their decoders, kept across groups: a group that maps a table with the
    // TableMap an earlier one had (the same bytes) reuses its decoder.
    std::map<uint64_t, Mapped> m_tables;
    uint64_t m_group = 1;
    std::string m_file;
    uint64_t m_offset = 0;
    std::map<uint32_t, std::string> m_gtids; // domain -> last GTID, as of the last whole group
    bool m_mariaGtids = false;

    bool m_inTransaction = false;
    bool m_standalonePending = false;
    std::string m_groupGtid;
    uint32_t m_groupDomain = 0;
    std::vector<ChangeEvent> m_events;

    std::function<QDateTime()> m_clock;
    int m_quietSeconds = 10;
    QDateTime m_lastEmit;
};

// Text helpers shared with the tests: MySQL's latin1 (cp1252) to UTF-8.
std::string latin1ToUtf8(std::string_view bytes);

} // namespace ferry::binlog

// libFuzzer target for the binlog decoder (core/engines/mysql/binlogdecoder.h): arbitrary
// bytes as a replication stream must give transactions or an error, never a crash, a hang or
// an out-of-bounds read (built with AddressSanitizer). See docs/fuzzing.md.
//
// Input: one byte of options (bit 0: the stream starts with checksums), then events, each
// preceded by its length as 2 bytes little-endian. The harness writes each event's real length
// into its header, so mutations reach the bodies instead of stopping at the length check.
// Every TABLE_MAP in the input is also given a catalog table of matching columns (by the
// map's own names when it has them), so the row decoder runs on every rows event.
#include "engines/mysql/binlogdecoder.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

using namespace ferry;
using namespace ferry::binlog;

namespace {

struct Input
{
    bool checksum = true;
    std::vector<std::string> events;
};

Input split(const uint8_t *data, size_t size)
{
    Input in;
    if (size == 0)
        return in;
    in.checksum = data[0] & 1;
    size_t p = 1;
    while (p + 2 <= size) {
        size_t n = size_t(data[p]) | (size_t(data[p + 1]) << 8);
        p += 2;
        n = std::min(n, size - p);
        std::string e(reinterpret_cast<const char *>(data + p), n);
        if (e.size() >= 13) {
            const uint32_t length = uint32_t(e.size());
            std::memcpy(e.data() + 9, &length, 4); // little-endian hosts only, as libFuzzer runs
        }
        in.events.push_back(std::move(e));
        p += n;
    }
    return in;
}

// A catalog column for a mapped one: the kind its binlog type stands for, varied by position
// so CHAR/BINARY, TEXT/BLOB and utf8mb4/latin1 all occur.
Column columnFor(const MappedColumn &m, size_t i)
{
    Column c;
    c.name = m.name ? QString::fromUtf8(m.name->data(), qsizetype(m.name->size()))
                    : QStringLiteral("c%1").arg(i);
    ColumnType &t = c.type;
    const bool odd = i % 2;
    switch (m.realType()) {
    case TypeTiny:
    case TypeShort:
    case TypeInt24:
    case TypeLong:
    case TypeLongLong: t.kind = TypeKind::Integer; break;
    case TypeFloat: t.kind = TypeKind::Float; break;
    case TypeDouble: t.kind = TypeKind::Double; break;
    case TypeNewDecimal: t.kind = TypeKind::Decimal; break;
    case TypeYear: t.kind = TypeKind::Year; break;
    case TypeDate:
    case TypeNewDate: t.kind = TypeKind::Date; break;
    case TypeTime:
    case TypeTime2: t.kind = TypeKind::Time; break;
    case TypeDateTime:
    case TypeDateTime2: t.kind = TypeKind::DateTime; break;
    case TypeTimestamp:
    case TypeTimestamp2: t.kind = TypeKind::TimestampTz; break;
    case TypeVarChar:
    case TypeVarString: t.kind = TypeKind::VarChar; break;
    case TypeString:
        t.kind = odd ? TypeKind::Binary : TypeKind::Char;
        t.length = int(i * 3 % 300);
        break;
    case TypeEnum:
        t.kind = TypeKind::Enum;
        t.labels = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        break;
    case TypeSet:
        t.kind = TypeKind::Set;
        t.labels = {QStringLiteral("x"), QStringLiteral("y")};
        break;
    case TypeBlob:
    case TypeTinyBlob:
    case TypeMediumBlob:
    case TypeLongBlob: t.kind = odd ? TypeKind::Blob : TypeKind::Text; break;
    case TypeBit: t.kind = TypeKind::Bit; break;
    case TypeJson: t.kind = TypeKind::Json; break;
    case TypeGeometry: t.kind = TypeKind::Spatial; break;
    default: t.kind = TypeKind::Other; break;
    }
    if (t.isTextual())
        t.charset = i % 3 == 0 ? QStringLiteral("latin1") : QStringLiteral("utf8mb4");
    t.isUnsigned = i % 4 == 1;
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Input in = split(data, size);

    // First pass: the tables the input maps become the capture scope.
    QList<Table> scope;
    {
        EventDecoder decoder(in.checksum);
        for (const std::string &e : in.events) {
            auto ev = decoder.decode(e);
            if (!ev || ev->kind != Event::Kind::TableMap || scope.size() >= 8)
                continue;
            const TableMap &map = *ev->tableMap;
            Table t;
            t.ref = {QString::fromUtf8(map.schema.data(), qsizetype(map.schema.size())),
                     QString::fromUtf8(map.table.data(), qsizetype(map.table.size()))};
            for (size_t i = 0; i < map.columns.size() && i < 512; ++i)
                t.columns << columnFor(map.columns[i], i);
            scope << t;
        }
    }

    // Second pass: the stream as MySqlChangeReader runs it, stopping at the first error.
    StreamDecoder stream(scope, "mysql-bin.000001", 4, QStringLiteral("0-1-1"), in.checksum);
    stream.setClock([] { return QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC); });
    size_t bytes = 0;
    const StreamDecoder::Sink sink = [&](ChangeTransaction &&t) -> Status {
        bytes += size_t(t.position.size());
        for (const ChangeEvent &e : t.events) {
            for (const auto &v : e.before.values)
                bytes += v ? v->size() : 0;
            for (const auto &v : e.after.values)
                bytes += v ? v->size() : 0;
            bytes += size_t(e.statement.size());
        }
        return {};
    };
    for (const std::string &e : in.events)
        if (!stream.feed(e, sink))
            break;
    bytes += size_t(stream.position().size());
    return bytes == size_t(-1); // keeps `bytes` alive; never true
}

// libFuzzer target: the PostgreSQL logical replication stream as Ferry decodes it
// (engines/postgresql/pgoutputdecoder.h). The input is a sequence of messages, each a 2-byte
// big-endian length and that many bytes; every message goes through parseFrame() and, as a
// pgoutput message, through one PgOutputDecoder, so the fuzzer reaches deep decoder states
// without learning the 25-byte XLogData header first. Malformed input must come back as an
// Error; a crash, a sanitizer report or a broken invariant (a row image that is not one cell per
// table column) is a finding. Run: docs/fuzzing.md.
#include "engines/postgresql/pgoutputdecoder.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace ferry;

namespace {

Column column(const char *name, TypeKind kind)
{
    Column c;
    c.name = QString::fromLatin1(name);
    c.type.kind = kind;
    return c;
}

// Two captured tables whose columns cover every way a value is decoded.
QList<Table> tables()
{
    Table t;
    t.ref = {QStringLiteral("public"), QStringLiteral("t")};
    t.columns = {column("id", TypeKind::Integer), column("b", TypeKind::Boolean),
                 column("by", TypeKind::Blob),    column("tz", TypeKind::TimestampTz),
                 column("bit", TypeKind::Bit),    column("f4", TypeKind::Float),
                 column("f8", TypeKind::Double),  column("tx", TypeKind::Text)};
    Table u;
    u.ref = {QStringLiteral("s"), QStringLiteral("u")};
    u.columns = {column("k", TypeKind::Text), column("v", TypeKind::VarBinary)};
    return {t, u};
}

void check(const RowImage &image, size_t width)
{
    if (image.empty())
        return;
    if (image.values.size() != width || (!image.present.empty() && image.present.size() != width))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Table> scope = tables();
    pgoutput::PgOutputDecoder decoder(scope);
    const auto feed = [&](std::string_view message) {
        auto decoded = decoder.decode(message);
        if (!decoded || !decoded->has_value())
            return; // an Error is the expected answer to most inputs
        const ChangeTransaction &t = **decoded;
        if (pgoutput::parseLsn(t.position).value_or(~0ull) != decoder.lastCommitEnd())
            std::abort();
        for (const ChangeEvent &e : t.events) {
            const Table *table = nullptr;
            for (const Table &candidate : scope)
                if (candidate.ref == e.table)
                    table = &candidate;
            if (!table)
                std::abort();
            check(e.before, size_t(table->columns.size()));
            check(e.after, size_t(table->columns.size()));
        }
    };
    size_t at = 0;
    while (at + 2 <= size) {
        const size_t length =
            std::min<size_t>(size - at - 2, (size_t(data[at]) << 8) | data[at + 1]);
        const std::string_view message(reinterpret_cast<const char *>(data) + at + 2, length);
        at += 2 + length;
        if (auto frame = pgoutput::parseFrame(message); frame && !frame->payload.empty())
            feed(frame->payload);
        feed(message);
    }
    const std::string_view text(reinterpret_cast<const char *>(data), std::min<size_t>(size, 40));
    if (auto lsn = pgoutput::parseLsn(QString::fromLatin1(text.data(), qsizetype(text.size()))))
        if (pgoutput::parseLsn(pgoutput::formatLsn(*lsn)) != lsn)
            std::abort();
    return 0;
}

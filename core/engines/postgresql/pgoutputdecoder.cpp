#include "pgoutputdecoder.h"

#include "common/language.h"
#include "values/canonical.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry::pgoutput {

namespace {

// 2000-01-01 00:00:00 UTC in milliseconds since the Unix epoch.
constexpr qint64 kPgEpochMs = 946684800000LL;

void putU64(std::string &out, std::uint64_t v)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(char((v >> shift) & 0xff));
}

QString tableKey(const QString &schema, const QString &name)
{
    return schema + QChar(0) + name;
}

QString quoteIdent(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// A relation column's type as PostgreSQL names it, from its type oid and modifier; for the
// built-in types a captured table's change is most likely to touch.
QString typeName(std::uint32_t oid, std::int32_t typmod)
{
    const std::int32_t mod = typmod - 4; // VARHDRSZ
    switch (oid) {
    case 16: return u"boolean"_s;
    case 17: return u"bytea"_s;
    case 20: return u"bigint"_s;
    case 21: return u"smallint"_s;
    case 23: return u"integer"_s;
    case 25: return u"text"_s;
    case 114: return u"json"_s;
    case 700: return u"real"_s;
    case 701: return u"double precision"_s;
    case 1042: return typmod < 0 ? u"character"_s : u"character(%1)"_s.arg(mod);
    case 1043: return typmod < 0 ? u"character varying"_s : u"character varying(%1)"_s.arg(mod);
    case 1082: return u"date"_s;
    case 1083: return typmod < 0 ? u"time"_s : u"time(%1)"_s.arg(typmod);
    case 1114: return typmod < 0 ? u"timestamp"_s : u"timestamp(%1)"_s.arg(typmod);
    case 1184: return typmod < 0 ? u"timestamptz"_s : u"timestamptz(%1)"_s.arg(typmod);
    case 1700:
        return typmod < 0 ? u"numeric"_s
                          : u"numeric(%1,%2)"_s.arg((mod >> 16) & 0xffff).arg(mod & 0xffff);
    case 2950: return u"uuid"_s;
    case 3802: return u"jsonb"_s;
    default: return u"oid %1"_s.arg(oid);
    }
}

// Whether a relation column of type `oid`/`typmod` is still the catalog column's `type`, for
// the types whose size a schema change alters; other types are taken as unchanged.
bool sameType(const ColumnType &type, std::uint32_t oid, std::int32_t typmod)
{
    const std::int32_t mod = typmod - 4;
    switch (oid) {
    case 21:
    case 23:
    case 20: {
        const int width = oid == 21 ? 2 : oid == 23 ? 4 : 8;
        return type.kind == TypeKind::Integer && (type.byteWidth == 0 || type.byteWidth == width);
    }
    case 25: return type.kind == TypeKind::Text;
    case 1042:
    case 1043:
        if (typmod < 0)
            return type.kind == TypeKind::Text;
        return (type.kind == TypeKind::VarChar || type.kind == TypeKind::Char)
            && type.length == mod;
    case 1700:
        if (type.kind != TypeKind::Decimal)
            return false;
        if (typmod < 0)
            return type.precision == 0;
        return type.precision == ((mod >> 16) & 0xffff) && type.scale == (mod & 0xffff);
    default: return true;
    }
}

} // namespace

// Big-endian reads that never pass the end: a short message sets `ok` false and reads zeros.
struct ByteReader
{
    const unsigned char *p;
    const unsigned char *end;
    bool ok = true;

    explicit ByteReader(std::string_view s)
        : p(reinterpret_cast<const unsigned char *>(s.data()))
        , end(p + s.size())
    { }
    bool need(size_t n)
    {
        if (!ok || size_t(end - p) < n)
            ok = false;
        return ok;
    }
    std::uint64_t uint(int bytes)
    {
        if (!need(size_t(bytes)))
            return 0;
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | *p++;
        return v;
    }
    char byte() { return char(uint(1)); }
    std::uint32_t u32() { return std::uint32_t(uint(4)); }
    std::int32_t i32() { return std::int32_t(std::uint32_t(uint(4))); }
    std::int64_t i64() { return std::int64_t(uint(8)); }
    std::uint16_t u16() { return std::uint16_t(uint(2)); }
    // A NUL-terminated string.
    QString string()
    {
        if (!ok)
            return {};
        const void *nul = std::memchr(p, 0, size_t(end - p));
        if (!nul) {
            ok = false;
            return {};
        }
        const auto *z = static_cast<const unsigned char *>(nul);
        QString s = QString::fromUtf8(reinterpret_cast<const char *>(p), z - p);
        p = z + 1;
        return s;
    }
    std::string_view bytes(size_t n)
    {
        if (!need(n))
            return {};
        std::string_view v(reinterpret_cast<const char *>(p), n);
        p += n;
        return v;
    }
    bool atEnd() const { return p == end; }
};

QString formatLsn(Lsn lsn)
{
    return u"%1/%2"_s.arg(QString::number(lsn >> 32, 16).toUpper(),
                          QString::number(lsn & 0xffffffffu, 16).toUpper());
}

std::optional<Lsn> parseLsn(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 1 || slash > 8 || text.size() - slash - 1 < 1 || text.size() - slash - 1 > 8)
        return std::nullopt;
    bool okHi = false, okLo = false;
    const qulonglong hi = text.left(slash).toULongLong(&okHi, 16);
    const qulonglong lo = text.mid(slash + 1).toULongLong(&okLo, 16);
    // toULongLong accepts a sign and "0x"; an LSN is plain hex digits.
    for (const QChar c : text)
        if (c != u'/' && !QStringView(u"0123456789abcdefABCDEF").contains(c))
            return std::nullopt;
    if (!okHi || !okLo)
        return std::nullopt;
    return (Lsn(hi) << 32) | Lsn(lo);
}

QDateTime fromPgTime(std::int64_t micros)
{
    // Floor division keeps times before 2000 right to the microsecond's millisecond.
    std::int64_t ms = micros / 1000;
    if (micros % 1000 < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(kPgEpochMs + ms, Qt::UTC);
}

std::int64_t toPgTime(const QDateTime &time)
{
    return (time.toMSecsSinceEpoch() - kPgEpochMs) * 1000;
}

Result<Frame> parseFrame(std::string_view message)
{
    ByteReader in(message);
    Frame f;
    const char type = in.byte();
    if (type == 'w') {
        f.kind = Frame::Kind::XLogData;
        f.walStart = in.uint(8);
        f.walEnd = in.uint(8);
        f.serverTime = in.i64();
        if (in.ok)
            f.payload = message.substr(25);
    } else if (type == 'k') {
        f.kind = Frame::Kind::Keepalive;
        f.walEnd = in.uint(8);
        f.serverTime = in.i64();
        f.replyRequested = in.byte() != 0;
    } else {
        return ferry::fail(
            Error::Code::Internal,
            u"the replication stream sent a message of unknown type %1 (%2 bytes)"_s
                .arg(message.empty() ? u"(empty)"_s : u"0x"_s + QString::number(uchar(type), 16))
                .arg(message.size()));
    }
    if (!in.ok)
        return ferry::fail(Error::Code::Internal,
                           u"the replication stream sent a truncated '%1' message (%2 bytes)"_s
                               .arg(QChar::fromLatin1(type))
                               .arg(message.size()));
    return f;
}

std::string standbyStatusUpdate(Lsn written, Lsn flushed, Lsn applied, std::int64_t clock,
                                bool replyRequested)
{
    std::string out;
    out.reserve(34);
    out.push_back('r');
    putU64(out, written);
    putU64(out, flushed);
    putU64(out, applied);
    putU64(out, std::uint64_t(clock));
    out.push_back(replyRequested ? 1 : 0);
    return out;
}

PgOutputDecoder::PgOutputDecoder(const QList<Table> &tables)
    : m_tables(tables)
{
    for (int i = 0; i < m_tables.size(); ++i) {
        const Table &t = m_tables[i];
        m_tableByName.insert(tableKey(t.ref.schema, t.ref.name), i);
        std::vector<pgcopy::Decode> decodes;
        for (const Column &c : t.columns)
            decodes.push_back(pgcopy::decodeFor(c.type));
        m_decodes.push_back(std::move(decodes));
    }
}

Result<std::optional<ChangeTransaction>> PgOutputDecoder::fail(const QString &problem) const
{
    return ferry::fail(Error::Code::Internal, u"pgoutput stream: "_s + problem,
                       Text::tr("Report this: the server sent what Ferry does not expect."));
}

Result<std::optional<ChangeTransaction>> PgOutputDecoder::decode(std::string_view message)
{
    ByteReader in(message);
    const char type = in.byte();
    if (!in.ok)
        return fail(u"an empty message"_s);
    const QString what = u"a '%1' message (%2 bytes)"_s
                             .arg(type >= 0x20 && type < 0x7f ? QChar::fromLatin1(type) : u'?')
                             .arg(message.size());
    const auto malformed = [&] {
        return fail(what + u" is truncated or malformed"_s);
    };
    switch (type) {
    case 'B': {
        in.i64(); // final LSN of the transaction (its commit record)
        in.i64(); // commit time (the Commit message has it too)
        const std::uint32_t xid = in.u32();
        if (!in.ok || !in.atEnd())
            return malformed();
        if (m_inTransaction)
            return fail(u"Begin of transaction %1 inside another transaction"_s.arg(xid));
        m_inTransaction = true;
        m_current = ChangeTransaction();
        m_current.transactionId = QString::number(xid);
        return std::optional<ChangeTransaction>();
    }
    case 'C': {
        in.byte(); // flags, unused
        in.uint(8); // commit LSN
        const Lsn end = in.uint(8);
        const std::int64_t time = in.i64();
        if (!in.ok || !in.atEnd())
            return malformed();
        if (!m_inTransaction)
            return fail(u"Commit at %1 outside a transaction"_s.arg(formatLsn(end)));
        m_inTransaction = false;
        m_lastCommitEnd = end;
        m_current.position = formatLsn(end);
        m_current.commitTime = fromPgTime(time);
        ChangeTransaction done = std::move(m_current);
        m_current = ChangeTransaction();
        return std::optional<ChangeTransaction>(std::move(done));
    }
    case 'O': // Origin: commit LSN, name
        in.i64();
        in.string();
        break;
    case 'Y': // Type: oid, namespace, name
        in.u32();
        in.string();
        in.string();
        break;
    case 'M': { // logical decoding message: flags, LSN, prefix, length, content
        in.byte();
        in.i64();
        in.string();
        const std::int32_t length = in.i32();
        if (length < 0)
            return malformed();
        in.bytes(size_t(length));
        break;
    }
    case 'R':
        if (auto ok = readRelation(in); !ok)
            return std::unexpected(ok.error());
        break;
    case 'I':
    case 'U':
    case 'D':
        if (!m_inTransaction)
            return fail(what + u" outside a transaction"_s);
        if (auto ok = readChange(in, type); !ok)
            return std::unexpected(ok.error());
        break;
    case 'T':
        if (!m_inTransaction)
            return fail(what + u" outside a transaction"_s);
        if (auto ok = readTruncate(in); !ok)
            return std::unexpected(ok.error());
        break;
    default:
        return fail(u"a message of unknown type 0x%1"_s.arg(uint(uchar(type)), 2, 16, QChar(u'0')));
    }
    if (!in.ok || !in.atEnd())
        return malformed();
    return std::optional<ChangeTransaction>();
}

Status PgOutputDecoder::readRelation(ByteReader &in)
{
    const std::uint32_t oid = in.u32();
    Relation r;
    r.ref.schema = in.string();
    r.ref.name = in.string();
    in.byte(); // replica identity setting; the column flags say which columns are the identity
    const int columns = in.u16();
    if (!in.ok)
        return ferry::fail(Error::Code::Internal,
                           u"pgoutput stream: a truncated Relation message"_s);
    if (r.ref.schema.isEmpty())
        r.ref.schema = u"pg_catalog"_s;
    r.table = m_tableByName.value(tableKey(r.ref.schema, r.ref.name), -1);
    struct Sent
    {
        QString name;
        std::uint32_t type = 0;
        std::int32_t typmod = -1;
    };
    std::vector<Sent> sent;
    for (int i = 0; i < columns && in.ok; ++i) {
        const char flags = in.byte();
        Sent c;
        c.name = in.string();
        c.type = in.u32(); // values decode by the catalog column's type, as the full copy does
        c.typmod = in.i32();
        r.key.push_back((flags & 1) != 0);
        r.target.push_back(r.table >= 0 ? m_tables[r.table].columnIndex(c.name) : -1);
        sent.push_back(c);
    }
    if (!in.ok)
        return ferry::fail(
            Error::Code::Internal,
            u"pgoutput stream: a truncated Relation message for %1"_s.arg(r.ref.display()));
    if (r.table >= 0)
        schemaChange(m_tables[r.table], [&] {
            std::vector<RelationColumn> out;
            for (const Sent &c : sent)
                out.push_back({c.name, typeName(c.type, c.typmod), [c](const ColumnType &t) {
                                   return sameType(t, c.type, c.typmod);
                               }});
            return out;
        }());
    m_relations.insert(oid, std::move(r));
    return {};
}

void PgOutputDecoder::schemaChange(const Table &table, const std::vector<RelationColumn> &sent)
{
    // The server sends a Relation message before the first change of a table in a stream and
    // again after its schema changed. One that differs from the table the decoder was given
    // is the schema change, told as the ALTER TABLE that makes the table what was sent: its
    // rows in this transaction keep only the columns the table knows (the stream is read
    // again once the project has followed the change).
    QStringList adds, drops, types;
    QStringList unknown;
    QList<int> unknownAt;
    for (size_t i = 0; i < sent.size(); ++i) {
        const RelationColumn &c = sent[i];
        const int at = table.columnIndex(c.name);
        if (at < 0) {
            unknown << c.name;
            unknownAt << int(i);
        } else if (!c.sameType(table.columns[at].type)) {
            types << u"ALTER COLUMN %1 TYPE %2"_s.arg(quoteIdent(c.name), c.type);
        }
    }
    QStringList missing;
    for (const Column &c : table.columns) {
        if (c.generated)
            continue;
        bool found = false;
        for (const RelationColumn &s : sent)
            found = found || s.name == c.name;
        if (!found)
            missing << c.name;
    }
    QString rename;
    // One column gone and one come, of the same type: a rename (PostgreSQL keeps its place).
    if (unknown.size() == 1 && missing.size() == 1
        && sent[size_t(unknownAt.first())].sameType(table.column(missing.first())->type)) {
        rename = u"RENAME COLUMN %1 TO %2"_s.arg(quoteIdent(missing.first()),
                                                 quoteIdent(unknown.first()));
        unknown.clear();
        missing.clear();
    }
    for (int i = 0; i < unknown.size(); ++i)
        adds << u"ADD COLUMN %1 %2"_s.arg(quoteIdent(unknown[i]), sent[size_t(unknownAt[i])].type);
    for (const QString &name : std::as_const(missing))
        drops << u"DROP COLUMN %1"_s.arg(quoteIdent(name));
    if (rename.isEmpty() && adds.isEmpty() && drops.isEmpty() && types.isEmpty())
        return;
    const QString name = quoteIdent(table.ref.schema) + u'.' + quoteIdent(table.ref.name);
    QStringList statements;
    if (!rename.isEmpty())
        statements << u"ALTER TABLE %1 %2"_s.arg(name, rename);
    const QStringList rest = drops + adds + types;
    if (!rest.isEmpty())
        statements << u"ALTER TABLE %1 %2"_s.arg(name, rest.join(u", "_s));
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::Ddl;
    event.table = table.ref;
    event.statement = statements.join(u"; "_s);
    if (m_inTransaction)
        m_current.events.push_back(std::move(event));
}

Status PgOutputDecoder::readTuple(ByteReader &in, const Relation &relation, bool keyOnly,
                                  RowImage &image)
{
    const Table &table = m_tables[relation.table];
    const size_t width = size_t(table.columns.size());
    image.values.assign(width, std::nullopt);
    std::vector<bool> present(width, false);
    const int columns = in.u16();
    if (!in.ok)
        return ferry::fail(Error::Code::Internal,
                           u"pgoutput stream: a truncated row of %1"_s.arg(relation.ref.display()));
    if (size_t(columns) != relation.target.size())
        return ferry::fail(Error::Code::Internal,
                           u"pgoutput stream: a row of %1 has %2 columns where its Relation "
                           "message announced %3"_s.arg(relation.ref.display())
                               .arg(columns)
                               .arg(relation.target.size()));
    for (int i = 0; i < columns; ++i) {
        const char kind = in.byte();
        const int target = relation.target[size_t(i)];
        const bool sent = !keyOnly || relation.key[size_t(i)];
        switch (kind) {
        case 'n':
            if (sent && target >= 0)
                present[size_t(target)] = true;
            break;
        case 'u': break; // unchanged TOAST value: not sent
        case 't': {
            const std::int32_t length = in.i32();
            if (length < 0 || !in.need(size_t(length)))
                return ferry::fail(Error::Code::Internal,
                                   u"pgoutput stream: a truncated value in a row of %1"_s.arg(
                                       relation.ref.display()));
            const std::string_view text = in.bytes(size_t(length));
            if (!sent || target < 0)
                break;
            std::string value(text.size() + pgcopy::kDecodeSlack, '\0');
            std::memcpy(value.data(), text.data(), text.size());
            const size_t n = pgcopy::decode(m_decodes[size_t(relation.table)][size_t(target)],
                                            value.data(), text.size());
            if (n == pgcopy::npos) {
                const Column &column = table.columns[target];
                return ferry::fail(
                    Error::Code::Internal,
                    u"pgoutput stream: the value %1 of %2.%3 is not what PostgreSQL prints for "
                    "%4"_s.arg(canonical::preview(text, false), relation.ref.display(), column.name,
                               column.type.native),
                    {}, relation.ref.display());
            }
            value.resize(n);
            image.values[size_t(target)] = std::move(value);
            present[size_t(target)] = true;
            break;
        }
        default:
            return ferry::fail(Error::Code::Internal,
                               u"pgoutput stream: a value of unknown kind 0x%1 in a row of %2"_s
                                   .arg(uint(uchar(kind)), 2, 16, QChar(u'0'))
                                   .arg(relation.ref.display()));
        }
        if (!in.ok)
            return ferry::fail(
                Error::Code::Internal,
                u"pgoutput stream: a truncated row of %1"_s.arg(relation.ref.display()));
    }
    bool all = true;
    for (const bool p : present)
        all = all && p;
    if (all)
        image.present.clear();
    else
        image.present = std::move(present);
    return {};
}

Status PgOutputDecoder::readChange(ByteReader &in, char type)
{
    const std::uint32_t oid = in.u32();
    if (!in.ok)
        return ferry::fail(Error::Code::Internal, u"pgoutput stream: a truncated change"_s);
    const auto it = m_relations.constFind(oid);
    if (it == m_relations.cend())
        return ferry::fail(Error::Code::Internal,
                           u"pgoutput stream: a change of relation %1 before its Relation "
                           "message"_s.arg(oid));
    const Relation &relation = *it;
    if (relation.table < 0) {
        // Not captured: read past it, so the message is still checked for its shape.
        const auto skipTuple = [&] {
            const int columns = in.u16();
            for (int i = 0; i < columns && in.ok; ++i)
                if (in.byte() == 't') {
                    const std::int32_t n = in.i32();
                    if (n < 0)
                        in.ok = false;
                    else
                        in.bytes(size_t(n));
                }
        };
        char marker = in.byte();
        if (type == 'U' && (marker == 'K' || marker == 'O')) {
            skipTuple();
            marker = in.byte();
        }
        skipTuple();
        return {};
    }

    ChangeEvent event;
    event.table = m_tables[relation.table].ref;
    char marker = in.byte();
    const auto bad = [&] {
        return ferry::fail(Error::Code::Internal,
                           u"pgoutput stream: an unexpected tuple marker 0x%1 in a change of %2"_s
                               .arg(uint(uchar(marker)), 2, 16, QChar(u'0'))
                               .arg(relation.ref.display()));
    };
    switch (type) {
    case 'I':
        event.kind = ChangeEvent::Kind::Insert;
        if (marker != 'N')
            return bad();
        if (auto ok = readTuple(in, relation, false, event.after); !ok)
            return ok;
        break;
    case 'U':
        event.kind = ChangeEvent::Kind::Update;
        if (marker == 'K' || marker == 'O') {
            if (auto ok = readTuple(in, relation, marker == 'K', event.before); !ok)
                return ok;
            marker = in.byte();
        }
        if (marker != 'N')
            return bad();
        if (auto ok = readTuple(in, relation, false, event.after); !ok)
            return ok;
        if (event.before.empty()) {
            // The key did not change: the old row's key is the new row's.
            const size_t width = event.after.values.size();
            event.before.values.assign(width, std::nullopt);
            event.before.present.assign(width, false);
            for (size_t i = 0; i < relation.target.size(); ++i) {
                const int t = relation.target[i];
                if (t >= 0 && relation.key[i] && event.after.isPresent(size_t(t))) {
                    event.before.values[size_t(t)] = event.after.values[size_t(t)];
                    event.before.present[size_t(t)] = true;
                }
            }
        }
        break;
    case 'D':
        event.kind = ChangeEvent::Kind::Delete;
        if (marker != 'K' && marker != 'O')
            return bad();
        if (auto ok = readTuple(in, relation, marker == 'K', event.before); !ok)
            return ok;
        break;
    }
    m_current.events.push_back(std::move(event));
    return {};
}

Status PgOutputDecoder::readTruncate(ByteReader &in)
{
    const std::int32_t count = in.i32();
    const int options = in.byte();
    if (!in.ok || count < 0 || !in.need(size_t(count) * 4))
        return ferry::fail(Error::Code::Internal, u"pgoutput stream: a truncated Truncate"_s);
    for (std::int32_t i = 0; i < count; ++i) {
        const std::uint32_t oid = in.u32();
        const auto it = m_relations.constFind(oid);
        if (it == m_relations.cend())
            return ferry::fail(Error::Code::Internal,
                               u"pgoutput stream: a Truncate of relation %1 before its Relation "
                               "message"_s.arg(oid));
        if (it->table < 0)
            continue;
        ChangeEvent event;
        event.kind = ChangeEvent::Kind::Ddl;
        event.table = m_tables[it->table].ref;
        event.statement =
            u"TRUNCATE %1.%2"_s.arg(quoteIdent(event.table.schema), quoteIdent(event.table.name));
        if (options & 2)
            event.statement += u" RESTART IDENTITY"_s;
        if (options & 1)
            event.statement += u" CASCADE"_s;
        m_current.events.push_back(std::move(event));
    }
    return {};
}

} // namespace ferry::pgoutput

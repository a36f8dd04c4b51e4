#include "chunkledger.h"

#include "store/metastore.h"
#include "values/canonical.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

ChunkLedger::ChunkLedger(std::shared_ptr<MetaStore> store, qint64 projectId)
    : m_store(std::move(store))
    , m_project(projectId)
{ }

QString ChunkLedger::encodeKey(const std::optional<KeyValues> &key)
{
    if (!key)
        return {};
    QJsonArray array;
    for (const std::string &v : *key) {
        // Text keys stay readable; bytes that JSON strings cannot carry go as base64.
        if (canonical::isValidUtf8(v) && v.find('\0') == std::string::npos)
            array.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
        else
            array.append(QJsonObject {
                {u"b64"_s,
                 QString::fromLatin1(QByteArray(v.data(), qsizetype(v.size())).toBase64())}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<KeyValues> ChunkLedger::decodeKey(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    KeyValues key;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        if (v.isObject()) {
            const QByteArray bytes =
                QByteArray::fromBase64(v.toObject().value(u"b64"_s).toString().toLatin1());
            key.emplace_back(bytes.constData(), size_t(bytes.size()));
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            key.emplace_back(utf8.constData(), size_t(utf8.size()));
        }
    }
    return key;
}

Status ChunkLedger::savePlan(const QString &table, const std::vector<Chunk> &chunks)
{
    return m_store->transaction([&]() -> Status {
        if (auto q = m_store->exec(u"DELETE FROM chunk WHERE project_id = ? AND source_table = ?"_s,
                                   {m_project, table});
            !q)
            return std::unexpected(q.error());
        for (const Chunk &c : chunks)
            if (auto ok = appendChunk(table, c); !ok)
                return ok;
        return {};
    });
}

Status ChunkLedger::appendChunk(const QString &table, const Chunk &c)
{
    const QString lower = encodeKey(c.range.lower);
    const QString upper = encodeKey(c.range.upper);
    auto q = m_store->exec(
        u"INSERT INTO chunk (project_id, source_table, ordinal, "
        "lower_key, upper_key, state) VALUES (?,?,?,?,?,?)"_s,
        {m_project, table, c.ordinal, lower.isNull() ? QVariant() : QVariant(lower),
         upper.isNull() ? QVariant() : QVariant(upper), stateId(ChunkState::Pending)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::vector<Chunk>> ChunkLedger::chunks(const QString &table) const
{
    auto q = m_store->exec(u"SELECT ordinal, lower_key, upper_key, state, rows, bytes, attempts "
                           "FROM chunk WHERE project_id = ? AND source_table = ? "
                           "ORDER BY ordinal"_s,
                           {m_project, table});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Chunk> out;
    while (q->next()) {
        Chunk c;
        c.ordinal = q->value(0).toInt();
        c.range.lower = decodeKey(q->value(1).toString());
        c.range.upper = decodeKey(q->value(2).toString());
        c.state = stateFromId<ChunkState>(q->value(3).toString()).value_or(ChunkState::Pending);
        c.rows = q->value(4).toLongLong();
        c.bytes = q->value(5).toLongLong();
        c.attempts = q->value(6).toInt();
        out.push_back(std::move(c));
    }
    return out;
}

Status ChunkLedger::markStarted(const QString &table, int ordinal)
{
    auto q = m_store->exec(u"UPDATE chunk SET state = ?, attempts = attempts + 1 "
                           "WHERE project_id = ? AND source_table = ? AND ordinal = ?"_s,
                           {stateId(ChunkState::Started), m_project, table, ordinal});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status ChunkLedger::markDone(const QString &table, int ordinal, qint64 rows, qint64 bytes)
{
    auto q = m_store->exec(u"UPDATE chunk SET state = ?, rows = ?, bytes = ?, "
                           "finished_at = ? WHERE project_id = ? AND source_table = ? "
                           "AND ordinal = ?"_s,
                           {stateId(ChunkState::Done), rows, bytes,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_project,
                            table, ordinal});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status ChunkLedger::reset(const QString &table)
{
    auto q = m_store->exec(u"UPDATE chunk SET state = ?, rows = 0, bytes = 0 "
                           "WHERE project_id = ? AND source_table = ?"_s,
                           {stateId(ChunkState::Pending), m_project, table});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace ferry

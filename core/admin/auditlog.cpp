#include "auditlog.h"

#include "common/files.h"
#include "common/language.h"
#include "store/metastore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

const QString kColumns =
    u"seq, at, actor, action, object_type, object, result, detail, before_json, after_json, "
    "prev_hash, hash"_s;

// The stored text of one row, in column order.
struct Row
{
    qint64 seq = 0;
    QString fields[11];
};

Row readRow(const QSqlQuery &q)
{
    Row r;
    r.seq = q.value(0).toLongLong();
    for (int i = 0; i < 11; ++i)
        r.fields[i] = q.value(i + 1).toString();
    return r;
}

AuditRecord toRecord(const Row &r)
{
    AuditRecord a;
    a.seq = r.seq;
    a.at = QDateTime::fromString(r.fields[0], Qt::ISODateWithMs);
    a.actor = r.fields[1];
    a.action = r.fields[2];
    a.objectType = r.fields[3];
    a.object = r.fields[4];
    a.result = r.fields[5];
    a.detail = r.fields[6];
    a.before = parse(r.fields[7]);
    a.after = parse(r.fields[8]);
    a.prevHash = r.fields[9];
    a.hash = r.fields[10];
    return a;
}

QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n'))
        return v;
    QString quoted = v;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QJsonObject AuditRecord::toJson() const
{
    return {{u"seq"_s, seq},       {u"at"_s, stamp(at)},          {u"actor"_s, actor},
            {u"action"_s, action}, {u"objectType"_s, objectType}, {u"object"_s, object},
            {u"result"_s, result}, {u"detail"_s, detail},         {u"before"_s, before},
            {u"after"_s, after},   {u"prevHash"_s, prevHash},     {u"hash"_s, hash}};
}

AuditLog::AuditLog(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

QString AuditLog::hashOf(const QString &prevHash, qint64 seq, const QString &at,
                         const QString &actor, const QString &action, const QString &objectType,
                         const QString &object, const QString &result, const QString &detail,
                         const QString &before, const QString &after)
{
    // A JSON array: no field can pass for its neighbour whatever characters it holds.
    const QJsonArray canonical {prevHash, seq,    at,     actor,  action, objectType,
                                object,   result, detail, before, after};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<AuditRecord> AuditLog::append(AuditRecord record)
{
    record.at = QDateTime::currentDateTimeUtc();
    const QString at = stamp(record.at);
    const QString before = compact(record.before);
    const QString after = compact(record.after);
    auto ok = m_store->transaction([&]() -> Status {
        // The write comes first: it takes the store's write lock before the head is read, so
        // two processes never chain to the same record.
        if (auto bumped = m_store->exec(u"UPDATE audit_head SET seq = seq + 1 WHERE id = 1"_s);
            !bumped)
            return std::unexpected(bumped.error());
        auto head = m_store->exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s);
        if (!head)
            return std::unexpected(head.error());
        if (!head->next())
            return fail(Error::Code::Internal, Text::tr("the audit head row is missing"),
                        Text::tr("Run ferry audit verify."), m_store->path());
        record.seq = head->value(0).toLongLong();
        record.prevHash = head->value(1).toString();
        record.hash =
            hashOf(record.prevHash, record.seq, at, record.actor, record.action, record.objectType,
                   record.object, record.result, record.detail, before, after);
        if (auto inserted = m_store->exec(
                u"INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                    kColumns),
                {record.seq, at, record.actor, record.action, record.objectType, record.object,
                 record.result, record.detail, before, after, record.prevHash, record.hash});
            !inserted)
            return std::unexpected(inserted.error());
        auto moved = m_store->exec(u"UPDATE audit_head SET hash = ? WHERE id = 1"_s, {record.hash});
        if (!moved)
            return std::unexpected(moved.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return record;
}

Result<QList<AuditRecord>> AuditLog::list(int limit) const
{
    QString sql = u"SELECT %1 FROM audit_log ORDER BY seq DESC"_s.arg(kColumns);
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    auto q = m_store->exec(sql);
    if (!q)
        return std::unexpected(q.error());
    QList<AuditRecord> out;
    while (q->next())
        out.append(toRecord(readRow(*q)));
    return out;
}

Result<AuditCheck> AuditLog::verify() const
{
    auto q = m_store->exec(u"SELECT %1 FROM audit_log ORDER BY rowid"_s.arg(kColumns));
    if (!q)
        return std::unexpected(q.error());
    AuditCheck check;
    QString prev;
    qint64 expected = 1;
    const auto broken = [&](qint64 seq, const QString &why) {
        check.intact = false;
        check.firstBroken = seq;
        check.reason = why;
    };
    while (q->next()) {
        const Row r = readRow(*q);
        ++check.records;
        if (!check.intact)
            continue;
        const QString what = u"audit record %1 (%2 %3 %4 %5)"_s.arg(r.seq).arg(
            r.fields[0], r.fields[1], r.fields[2], r.fields[4]);
        if (r.seq != expected) {
            broken(expected,
                   r.seq > expected
                       ? u"audit record %1 is missing: the chain goes from record %2 to %3"_s
                             .arg(expected)
                             .arg(expected - 1)
                             .arg(r.seq)
                       : u"%1 is out of its place: it stands after record %2"_s.arg(what).arg(
                           expected - 1));
            continue;
        }
        if (r.fields[9] != prev) {
            broken(r.seq,
                   u"%1 does not follow record %2: a record before it was removed, "
                   "replaced or moved"_s.arg(what)
                       .arg(r.seq - 1));
            continue;
        }
        const QString hash =
            hashOf(r.fields[9], r.seq, r.fields[0], r.fields[1], r.fields[2], r.fields[3],
                   r.fields[4], r.fields[5], r.fields[6], r.fields[7], r.fields[8]);
        if (hash != r.fields[10]) {
            broken(r.seq, u"%1 was changed: its content does not match its hash"_s.arg(what));
            continue;
        }
        prev = r.fields[10];
        ++expected;
    }
    if (!check.intact)
        return check;
    auto head = m_store->exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s);
    if (!head)
        return std::unexpected(head.error());
    if (!head->next()) {
        broken(expected, u"the audit head is missing"_s);
        return check;
    }
    const qint64 last = expected - 1;
    const qint64 headSeq = head->value(0).toLongLong();
    if (headSeq > last)
        broken(last + 1,
               u"audit record %1 is missing: the audit ends at record %2 but %3 "
               "were written"_s.arg(last + 1)
                   .arg(last)
                   .arg(headSeq));
    else if (headSeq < last || head->value(1).toString() != prev)
        broken(last,
               u"audit record %1 does not match the audit's head: records were added "
               "or changed outside Ferry"_s.arg(last));
    return check;
}

Status AuditLog::exportTo(const QString &path) const
{
    auto records = list();
    if (!records)
        return std::unexpected(records.error());
    std::reverse(records->begin(), records->end());
    QByteArray data;
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        QJsonArray array;
        for (const AuditRecord &r : std::as_const(*records))
            array.append(r.toJson());
        data = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QString csv = u"seq,at,actor,action,object_type,object,result,detail,before,after,"
                      "prev_hash,hash\n"_s;
        for (const AuditRecord &r : std::as_const(*records)) {
            const QStringList fields {
                QString::number(r.seq), stamp(r.at),      r.actor,    r.action,
                r.objectType,           r.object,         r.result,   r.detail,
                compact(r.before),      compact(r.after), r.prevHash, r.hash};
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            csv += quoted.join(u',') + u'\n';
        }
        data = csv.toUtf8();
    }
    return writeFileAtomically(path, data);
}

} // namespace ferry

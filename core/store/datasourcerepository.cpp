#include "datasourcerepository.h"

#include "common/language.h"
#include "metastore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const QString kColumns = u"id, uuid, name, engine, host, port, user_name, database_name, "
                         "schema_name, file_path, tls_mode, ca_file, has_password, remark, "
                         "created_at, updated_at, last_test_ok, last_test_at, "
                         "last_test_summary, last_test_report, kafka_security_protocol, "
                         "kafka_sasl_mechanism, kafka_client_id"_s;

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

DataSource fromRow(const QSqlQuery &q)
{
    DataSource s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.name = q.value(2).toString();
    s.endpoint.engine = engines::parse(q.value(3).toString()).value_or(Engine::MariaDb);
    s.endpoint.host = q.value(4).toString();
    s.endpoint.port = q.value(5).toInt();
    s.endpoint.user = q.value(6).toString();
    s.endpoint.database = q.value(7).toString();
    s.endpoint.schema = q.value(8).toString();
    s.endpoint.path = q.value(9).toString();
    s.endpoint.tlsMode = engines::parseTlsMode(q.value(10).toString()).value_or(TlsMode::Prefer);
    s.endpoint.caFile = q.value(11).toString();
    s.hasPassword = q.value(12).toBool();
    s.remark = q.value(13).toString();
    s.createdAt = parseTimestamp(q.value(14));
    s.updatedAt = parseTimestamp(q.value(15));
    s.lastTest.tested = !q.value(16).isNull();
    s.lastTest.ok = q.value(16).toBool();
    if (s.lastTest.tested)
        s.lastTest.at = parseTimestamp(q.value(17));
    s.lastTest.summary = q.value(18).toString();
    s.lastTest.report = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    if (q.value(3).toString() == u"kafka") {
        KafkaTarget k;
        k.bootstrapServers = s.endpoint.host;
        k.user = s.endpoint.user;
        k.caFile = s.endpoint.caFile;
        k.securityProtocol = q.value(20).toString();
        k.saslMechanism = q.value(21).toString();
        k.clientId = q.value(22).toString();
        if (k.clientId.isEmpty())
            k.clientId = u"ferry"_s;
        s.kafka = k;
        s.endpoint = Endpoint();
        s.endpoint.host = k.bootstrapServers;
        s.endpoint.user = k.user;
    }
    return s;
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariantList fieldValues(const DataSource &s)
{
    if (s.kafka) {
        const KafkaTarget &k = *s.kafka;
        return {text(s.name),
                u"kafka"_s,
                text(k.bootstrapServers.trimmed()),
                0,
                text(k.user),
                text(QString()),
                text(QString()),
                text(QString()),
                u"prefer"_s,
                text(k.caFile),
                s.hasPassword ? 1 : 0,
                text(s.remark),
                text(k.securityProtocol),
                text(k.saslMechanism),
                text(k.clientId)};
    }
    const Endpoint &e = s.endpoint;
    const bool file = e.engine == Engine::Sqlite;
    return {text(s.name),
            engines::id(e.engine),
            text(file ? QString() : e.host.trimmed()),
            file ? 0 : e.port,
            text(file ? QString() : e.user),
            text(file ? QString() : e.database),
            text(e.engine == Engine::PostgreSql ? e.schema : QString()),
            text(file ? e.path : QString()),
            engines::tlsModeId(e.tlsMode),
            text(file ? QString() : e.caFile),
            s.hasPassword ? 1 : 0,
            text(s.remark),
            text(QString()),
            text(QString()),
            text(QString())};
}

Error conflictName(const QString &name)
{
    return makeError(Error::Code::Conflict,
                     Text::tr("a data source named '%1' already exists").arg(name),
                     Text::tr("Choose another name, or edit the existing data source."), name);
}

} // namespace

DataSourceRepository::DataSourceRepository(std::shared_ptr<MetaStore> store)
    : m_store(std::move(store))
{ }

Result<QList<DataSource>> DataSourceRepository::list() const
{
    auto q = m_store->exec(u"SELECT "_s + kColumns + u" FROM datasource ORDER BY name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<DataSource> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<DataSource> DataSourceRepository::findByName(const QString &name) const
{
    auto q = m_store->exec(u"SELECT "_s + kColumns + u" FROM datasource WHERE name = ?"_s, {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Text::tr("no data source named '%1'").arg(name),
                    Text::tr("List them with 'ferry datasource list'."), name);
    return fromRow(*q);
}

Result<DataSource> DataSourceRepository::findById(qint64 id) const
{
    auto q = m_store->exec(u"SELECT "_s + kColumns + u" FROM datasource WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Text::tr("no data source with id %1").arg(id));
    return fromRow(*q);
}

Result<DataSource> DataSourceRepository::add(DataSource source)
{
    if (auto ok = datasources::validate(source); !ok)
        return std::unexpected(ok.error());
    if (findByName(source.name))
        return fail(conflictName(source.name));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    source.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    source.createdAt = now;
    source.updatedAt = now;
    source.lastTest = {};
    QVariantList values = {source.uuid};
    values += fieldValues(source);
    values += QVariantList {timestamp(now), timestamp(now)};
    auto q = m_store->exec(u"INSERT INTO datasource (uuid, name, engine, host, port, user_name, "
                           "database_name, schema_name, file_path, tls_mode, ca_file, "
                           "has_password, remark, kafka_security_protocol, "
                           "kafka_sasl_mechanism, kafka_client_id, created_at, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                           values);
    if (!q) {
        if (q.error().code == Error::Code::Conflict)
            return fail(conflictName(source.name));
        return std::unexpected(q.error());
    }
    source.id = q->lastInsertId().toLongLong();
    return findById(source.id);
}

Result<DataSource> DataSourceRepository::update(DataSource source)
{
    if (auto ok = datasources::validate(source); !ok)
        return std::unexpected(ok.error());
    if (auto other = findByName(source.name); other && other->id != source.id)
        return fail(conflictName(source.name));
    QVariantList values = fieldValues(source);
    values += QVariantList {timestamp(QDateTime::currentDateTimeUtc()), source.id};
    auto q = m_store->exec(u"UPDATE datasource SET name=?, engine=?, host=?, port=?, "
                           "user_name=?, database_name=?, schema_name=?, file_path=?, "
                           "tls_mode=?, ca_file=?, has_password=?, remark=?, "
                           "kafka_security_protocol=?, kafka_sasl_mechanism=?, "
                           "kafka_client_id=?, updated_at=? "
                           "WHERE id=?"_s,
                           values);
    if (!q) {
        if (q.error().code == Error::Code::Conflict)
            return fail(conflictName(source.name));
        return std::unexpected(q.error());
    }
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound,
                    Text::tr("the data source '%1' no longer exists").arg(source.name));
    return findById(source.id);
}

Status DataSourceRepository::recordTest(qint64 id, const ConnectionTestSummary &test)
{
    const QString report = test.report.isEmpty()
        ? QString(u""_s)
        : QString::fromUtf8(QJsonDocument(test.report).toJson(QJsonDocument::Compact));
    auto q = m_store->exec(u"UPDATE datasource SET last_test_ok=?, last_test_at=?, "
                           "last_test_summary=?, last_test_report=? WHERE id=?"_s,
                           {test.ok ? 1 : 0, timestamp(test.at), text(test.summary), report, id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QStringList> DataSourceRepository::usedBy(qint64 id) const
{
    auto q = m_store->exec(u"SELECT DISTINCT p.name FROM project_datasource r "
                           "JOIN project p ON p.id = r.project_id "
                           "WHERE r.datasource_id = ? ORDER BY p.name"_s,
                           {id});
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

Status DataSourceRepository::remove(qint64 id)
{
    auto source = findById(id);
    if (!source)
        return std::unexpected(source.error());
    auto users = usedBy(id);
    if (!users)
        return std::unexpected(users.error());
    if (!users->isEmpty())
        return fail(Error::Code::Conflict,
                    (users->size() == 1 ? Text::tr("data source '%1' is used by project %2")
                                        : Text::tr("data source '%1' is used by projects %2"))
                        .arg(source->name, users->join(u", "_s)),
                    Text::tr("Delete or re-point those projects first."), source->name);
    auto q = m_store->exec(u"DELETE FROM datasource WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QString> DataSourceRepository::freeCopyName(const QString &name) const
{
    for (int n = 1; n < 1000; ++n) {
        const QString suffix = n == 1 ? u"-copy"_s : u"-copy%1"_s.arg(n);
        const QString candidate = name.left(32 - int(suffix.size())) + suffix;
        auto existing = findByName(candidate);
        if (!existing && existing.error().code == Error::Code::NotFound)
            return candidate;
        if (!existing)
            return std::unexpected(existing.error());
    }
    return fail(Error::Code::Conflict, Text::tr("no free copy name for '%1'").arg(name),
                Text::tr("Rename some copies first."), name);
}

Result<int> DataSourceRepository::count() const
{
    auto q = m_store->exec(u"SELECT COUNT(*) FROM datasource"_s);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toInt();
}

} // namespace ferry

#include "diagnosticbundle.h"

#include "common/language.h"
#include "common/logging.h"
#include "common/targzwriter.h"
#include "datasource/datasource.h"
#include "engines/driver.h"
#include "engines/session.h"
#include "hostresources.h"
#include "logreader.h"
#include "project/endpointresolver.h"
#include "project/projectrepository.h"
#include "riskboard.h"
#include "secrets/secretstore.h"
#include "secretscrubber.h"
#include "store/datasourcerepository.h"
#include "store/metastore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <librdkafka/rdkafka.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr int kMaxRowsPerTable = 200000;

QByteArray json(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

// "shop sync/1" -> "shop_sync_1": a file name inside the archive.
QString fileSafe(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    return out.isEmpty() ? u"_"_s : out;
}

// A column the export leaves out: it holds a secret (a password hash) by its name.
bool secretColumn(const QString &column)
{
    return SecretScrubber::isSecretKey(column);
}

// A webhook's URL may carry its token in the path or query: only scheme, host and port stay.
QString urlOrigin(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return text;
    return url.scheme() + u"://"_s + url.host()
        + (url.port() > 0 ? u":"_s + QString::number(url.port()) : QString()) + u"/***"_s;
}

class Bundle
{
public:
    Bundle(const QString &path, const BundleOptions &options)
        : m_writer(path)
        , m_options(options)
        , m_root(u"ferry-diag-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)
                 + u'/')
    { }

    Result<BundleResult> write(const QString &path);

private:
    Status add(const QString &name, const QByteArray &data)
    {
        const QByteArray clean = m_scrubber.scrub(data);
        m_result.files.append(m_root + name);
        m_result.bytes += clean.size();
        return m_writer.addFile(m_root + name, clean);
    }
    void step(const QString &what)
    {
        ++m_progress.done;
        m_progress.step = what;
        if (m_options.progress)
            m_options.progress(m_progress);
    }
    void note(const QString &text) { m_result.notes.append(m_scrubber.scrub(text)); }

    void collectSecrets();
    QJsonObject versions();
    QJsonArray servers();
    Status storeTables();
    Status logs();

    TarGzWriter m_writer;
    BundleOptions m_options;
    QString m_root;
    SecretScrubber m_scrubber;
    BundleResult m_result;
    BundleProgress m_progress;
    std::shared_ptr<SecretStore> m_secrets;
    QList<DataSource> m_sources;
    QList<ProjectRecord> m_projects;
};

void Bundle::collectSecrets()
{
    m_scrubber.addEnvironmentSecrets();
    if (m_options.openSecrets) {
        auto opened = m_options.openSecrets();
        if (opened)
            m_secrets = *opened;
        else
            note(u"secret store: %1 (data sources with a saved password were not probed)"_s.arg(
                opened.error().message));
    }
    if (auto sources = DataSourceRepository(m_options.store).list(); sources) {
        m_sources = *sources;
        for (const DataSource &s : std::as_const(m_sources)) {
            if (!s.hasPassword || !m_secrets)
                continue;
            if (auto secret = m_secrets->read(s.secretKey()); secret && *secret)
                m_scrubber.addSecret(**secret);
        }
    } else {
        note(u"data sources: %1"_s.arg(sources.error().message));
    }
    if (auto projects = ProjectRepository(m_options.store).list(); projects) {
        m_projects = *projects;
        for (const ProjectRecord &p : std::as_const(m_projects)) {
            for (const EndpointSpec *spec : {&p.definition.source, &p.definition.target}) {
                if (!spec->passwordEnv.isEmpty())
                    m_scrubber.addSecret(
                        qEnvironmentVariable(spec->passwordEnv.toLocal8Bit().constData()));
                m_scrubber.addSecret(spec->endpoint.password);
                if (spec->kafka) {
                    m_scrubber.addSecret(spec->kafka->password);
                    for (auto it = spec->kafka->properties.cbegin();
                         it != spec->kafka->properties.cend(); ++it)
                        if (SecretScrubber::isSecretKey(it.key()))
                            m_scrubber.addSecret(it.value());
                }
            }
        }
    } else {
        note(u"projects: %1"_s.arg(projects.error().message));
    }
    // Inline passwords a stored definition should never hold, but might (an old file).
    if (auto q = m_options.store->exec(u"SELECT definition FROM project"_s); q) {
        while (q->next()) {
            const QJsonObject d = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
            for (const QString &role : {u"source"_s, u"target"_s}) {
                const QJsonObject e = d.value(role).toObject();
                for (auto it = e.begin(); it != e.end(); ++it)
                    if (SecretScrubber::isSecretKey(it.key()) && it.value().isString())
                        m_scrubber.addSecret(it.value().toString());
                const QJsonObject props = e.value(u"properties"_s).toObject();
                for (auto it = props.begin(); it != props.end(); ++it)
                    if (SecretScrubber::isSecretKey(it.key()))
                        m_scrubber.addSecret(it.value().toString());
            }
        }
    }
}

QJsonObject Bundle::versions()
{
    return {{u"ferry"_s, QStringLiteral(FERRY_VERSION)},
            {u"qt"_s, QString::fromLatin1(qVersion())},
            {u"qtBuild"_s, QStringLiteral(QT_VERSION_STR)},
            {u"libmariadb"_s, Driver::forEngine(Engine::MariaDb).clientLibrary()},
            {u"libpq"_s, Driver::forEngine(Engine::PostgreSql).clientLibrary()},
            {u"sqlite"_s, Driver::forEngine(Engine::Sqlite).clientLibrary()},
            {u"librdkafka"_s, QString::fromLatin1(rd_kafka_version_str())},
            {u"zlib"_s, QString::fromLatin1(zlibVersion())},
            {u"os"_s, QSysInfo::prettyProductName()},
            {u"kernel"_s, QSysInfo::kernelVersion()},
            {u"host"_s, QHostInfo::localHostName()}};
}

// Every data source and every project's inline endpoint: version and reachability, asked with
// a short timeout; a failure is recorded.
QJsonArray Bundle::servers()
{
    struct Target
    {
        QString name;
        EndpointSpec spec;
    };
    QList<Target> targets;
    for (const DataSource &s : std::as_const(m_sources)) {
        EndpointSpec spec;
        spec.dataSource = s.name;
        targets.append({u"datasource "_s + s.name, spec});
    }
    for (const ProjectRecord &p : std::as_const(m_projects))
        for (const auto &[role, spec] : {std::pair {u"source"_s, &p.definition.source},
                                         std::pair {u"target"_s, &p.definition.target}})
            if (!spec->isDataSource() && !spec->isKafka())
                targets.append({u"project %1 %2"_s.arg(p.name(), role), *spec});
    auto repository = std::make_shared<DataSourceRepository>(m_options.store);
    QJsonArray out;
    for (const Target &t : std::as_const(targets)) {
        if (m_options.cancel.isCancelled())
            break;
        QJsonObject o {{u"of"_s, t.name}};
        auto endpoint = resolveEndpoint(t.spec, repository, m_secrets);
        if (!endpoint) {
            o[u"error"_s] = endpoint.error().message;
            out.append(o);
            continue;
        }
        Endpoint e = *endpoint;
        e.connectTimeoutSeconds = m_options.probeTimeoutSeconds;
        o[u"engine"_s] = engines::id(e.engine);
        o[u"address"_s] = e.displayAddress();
        QElapsedTimer clock;
        clock.start();
        auto session = Driver::forEngine(e.engine).connect(e);
        o[u"connectMs"_s] = clock.elapsed();
        if (!session) {
            o[u"error"_s] = session.error().message;
        } else {
            o[u"version"_s] = (*session)->serverVersion();
            if (e.family() == EngineFamily::MySql) {
                if (auto q = (*session)->query(
                        u"SELECT @@GLOBAL.binlog_format, @@GLOBAL.binlog_row_image, "
                        "@@GLOBAL.binlog_expire_logs_seconds, @@GLOBAL.log_bin"_s);
                    q && q->size() == 1)
                    o[u"settings"_s] =
                        QJsonObject {{u"binlog_format"_s, q->text(0, 0)},
                                     {u"binlog_row_image"_s, q->text(0, 1)},
                                     {u"binlog_expire_logs_seconds"_s, q->text(0, 2)},
                                     {u"log_bin"_s, q->text(0, 3)}};
            } else if (e.family() == EngineFamily::PostgreSql) {
                if (auto q = (*session)->query(u"SELECT current_setting('wal_level'), "
                                               "current_setting('max_replication_slots'), "
                                               "current_setting('max_slot_wal_keep_size')"_s);
                    q && q->size() == 1)
                    o[u"settings"_s] = QJsonObject {{u"wal_level"_s, q->text(0, 0)},
                                                    {u"max_replication_slots"_s, q->text(0, 1)},
                                                    {u"max_slot_wal_keep_size"_s, q->text(0, 2)}};
            }
        }
        out.append(o);
    }
    return out;
}

// Every table of the store as JSON, secret columns dropped, values scrubbed: never the raw
// SQLite file (its free pages may hold what was deleted).
Status Bundle::storeTables()
{
    auto tables = m_options.store->exec(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"_s);
    if (!tables)
        return std::unexpected(tables.error());
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString &table : std::as_const(names)) {
        auto q = m_options.store->exec(
            u"SELECT * FROM \"%1\" LIMIT %2"_s.arg(table).arg(kMaxRowsPerTable + 1));
        if (!q) {
            note(u"store table %1: %2"_s.arg(table, q.error().message));
            continue;
        }
        const QSqlRecord record = q->record();
        QJsonArray columns;
        QJsonArray dropped;
        QList<int> kept;
        for (int c = 0; c < record.count(); ++c) {
            if (secretColumn(record.fieldName(c))) {
                dropped.append(record.fieldName(c));
            } else {
                kept.append(c);
                columns.append(record.fieldName(c));
            }
        }
        QJsonArray rows;
        bool truncated = false;
        while (q->next()) {
            if (rows.size() >= kMaxRowsPerTable) {
                truncated = true;
                break;
            }
            QJsonArray row;
            for (int c : std::as_const(kept)) {
                const QVariant v = q->value(c);
                if (v.isNull())
                    row.append(QJsonValue());
                else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                    row.append(v.toLongLong());
                else if (v.typeId() == QMetaType::Double)
                    row.append(v.toDouble());
                else if (v.typeId() == QMetaType::QByteArray)
                    row.append(QString::fromLatin1(v.toByteArray().toBase64()));
                else if (table == u"alert_channel" && record.fieldName(c) == u"target")
                    row.append(urlOrigin(v.toString()));
                else
                    row.append(v.toString());
            }
            rows.append(m_scrubber.scrub(QJsonValue(row)));
        }
        QJsonObject o {{u"table"_s, table}, {u"columns"_s, columns}, {u"rows"_s, rows}};
        if (!dropped.isEmpty())
            o[u"droppedColumns"_s] = dropped;
        if (truncated)
            o[u"truncatedAt"_s] = kMaxRowsPerTable;
        if (auto ok = add(u"store/%1.json"_s.arg(fileSafe(table)), json(o)); !ok)
            return ok;
    }
    return {};
}

Status Bundle::logs()
{
    if (m_options.logFile.isEmpty()) {
        note(u"logs: no log file was given"_s);
        return {};
    }
    const LogReader reader(m_options.logFile);
    const QStringList files = reader.files();
    if (files.isEmpty())
        note(u"logs: %1 does not exist"_s.arg(m_options.logFile));
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            note(u"log %1: %2"_s.arg(file, f.errorString()));
            continue;
        }
        if (auto ok = add(u"logs/"_s + QFileInfo(file).fileName(), f.readAll()); !ok)
            return ok;
    }
    return {};
}

Result<BundleResult> Bundle::write(const QString &path)
{
    m_result.path = QFileInfo(path).absoluteFilePath();
    m_progress.total = 9;
    if (auto ok = m_writer.open(); !ok)
        return std::unexpected(ok.error());
    step(u"secrets to remove"_s);
    collectSecrets();
    const auto cancelled = [&]() -> Result<BundleResult> {
        return fail(Error::Code::Cancelled,
                    Text::tr("writing the diagnostic bundle was cancelled"));
    };

    step(u"versions"_s);
    if (auto ok = add(u"versions.json"_s, json(versions())); !ok)
        return std::unexpected(ok.error());

    step(u"projects and data sources"_s);
    {
        QJsonArray sources;
        for (const DataSource &s : std::as_const(m_sources))
            sources.append(s.toJson());
        if (auto ok = add(u"datasources.json"_s, json(m_scrubber.scrub(QJsonValue(sources)))); !ok)
            return std::unexpected(ok.error());
        for (const ProjectRecord &p : std::as_const(m_projects)) {
            const QJsonObject o {{u"name"_s, p.name()},
                                 {u"state"_s, projectStateId(p.state)},
                                 {u"lastError"_s, p.lastError},
                                 {u"progress"_s, p.progress},
                                 {u"definition"_s, p.definition.toJson()}};
            if (auto ok = add(u"projects/%1.json"_s.arg(fileSafe(p.name())),
                              json(m_scrubber.scrub(QJsonValue(o))));
                !ok)
                return std::unexpected(ok.error());
        }
    }
    if (m_options.cancel.isCancelled())
        return cancelled();

    step(u"server versions"_s);
    if (auto ok = add(u"servers.json"_s, json(m_scrubber.scrub(QJsonValue(servers())))); !ok)
        return std::unexpected(ok.error());
    if (m_options.cancel.isCancelled())
        return cancelled();

    step(u"risk board"_s);
    {
        RiskBoard board(
            m_options.store,
            [this]() -> Result<std::shared_ptr<SecretStore>> {
                if (m_secrets)
                    return m_secrets;
                return fail(Error::Code::Locked, Text::tr("the secret store is not open"));
            },
            m_options.risks);
        RiskOptions riskOptions;
        riskOptions.probeTimeoutSeconds = m_options.probeTimeoutSeconds;
        board.setOptions(riskOptions);
        auto risks = board.assess(m_options.riskSampleMs);
        QJsonObject o;
        if (risks) {
            QJsonArray list;
            for (const Risk &r : std::as_const(*risks))
                list.append(r.toJson());
            o[u"risks"_s] = list;
            if (auto ok = add(u"diagnosis.txt"_s, diagnosisText(*risks).toUtf8()); !ok)
                return std::unexpected(ok.error());
        } else {
            o[u"error"_s] = risks.error().message;
            note(u"risk board: %1"_s.arg(risks.error().message));
        }
        if (auto facts = board.retentionFacts(0); facts) {
            QJsonArray list;
            for (const RetentionFacts &f : std::as_const(*facts))
                list.append(f.toJson());
            o[u"retention"_s] = list;
        }
        if (auto ok = add(u"risks.json"_s, json(m_scrubber.scrub(QJsonValue(o)))); !ok)
            return std::unexpected(ok.error());
    }
    if (m_options.cancel.isCancelled())
        return cancelled();

    step(u"host"_s);
    {
        HostResources host(m_options.store->path());
        QJsonObject o;
        if (auto s = host.sample(); s) {
            o = {{u"cores"_s, s->cores},           {u"memoryTotal"_s, s->memoryTotal},
                 {u"memoryUsed"_s, s->memoryUsed}, {u"ferryMemory"_s, s->ferryMemory},
                 {u"diskTotal"_s, s->diskTotal},   {u"diskUsed"_s, s->diskUsed},
                 {u"ferryDisk"_s, s->ferryDisk}};
        } else {
            o[u"error"_s] = s.error().message;
        }
        o[u"storePath"_s] = m_options.store->path();
        o[u"storeSchemaVersion"_s] = m_options.store->schemaVersion();
        if (auto ok = add(u"host.json"_s, json(o)); !ok)
            return std::unexpected(ok.error());
    }

    step(u"store tables"_s);
    if (auto ok = storeTables(); !ok)
        return std::unexpected(ok.error());
    if (m_options.cancel.isCancelled())
        return cancelled();

    step(u"logs"_s);
    if (auto ok = logs(); !ok)
        return std::unexpected(ok.error());

    step(u"manifest"_s);
    QJsonArray files;
    for (const QString &f : std::as_const(m_result.files))
        files.append(f.mid(m_root.size()));
    const QJsonObject manifest {
        {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"ferry"_s, QStringLiteral(FERRY_VERSION)},
        {u"files"_s, files},
        {u"notes"_s, QJsonArray::fromStringList(m_result.notes)},
        {u"redaction"_s,
         u"Secrets are replaced by ***: saved data source passwords, the environment's "
         "passwords and tokens, projects' inline and SASL passwords, key=value pairs whose key "
         "names a secret, URL passwords, bearer tokens and secret JSON keys. The store is "
         "exported table by table with secret columns dropped, never copied."_s}};
    if (auto ok = add(u"manifest.json"_s, json(manifest)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_writer.close(); !ok)
        return std::unexpected(ok.error());
    m_result.bytes = QFileInfo(m_result.path).size();
    return m_result;
}

} // namespace

Result<BundleResult> writeDiagnosticBundle(const QString &path, const BundleOptions &options)
{
    if (!options.store)
        return fail(Error::Code::Internal, Text::tr("the diagnostic bundle needs the store"));
    Bundle bundle(path, options);
    auto result = bundle.write(path);
    if (result)
        qCInfo(lcCli).noquote() << "diagnostic bundle written:" << result->path
                                << result->files.size() << "files";
    return result;
}

} // namespace ferry

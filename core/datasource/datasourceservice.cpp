#include "datasourceservice.h"

#include "admin/guard.h"
#include "common/language.h"
#include "common/logging.h"
#include "engines/driver.h"
#include "secrets/secretstore.h"
#include "sink/kafkaprobe.h"
#include "store/datasourcerepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// The acting user's permission for `what`, recorded in the audit when refused.
Status allow(const DataSourceRepository &repository, Permission permission, const QString &what,
             const QString &action, const QString &name)
{
    return Guard::of(repository.store())->require(permission, what, action, u"datasource"_s, name);
}

void audit(const DataSourceRepository &repository, const QString &action, const QString &name,
           const Status &outcome, const QJsonObject &before = {}, const QJsonObject &after = {})
{
    Guard::of(repository.store())->record(action, u"datasource"_s, name, outcome, before, after);
}

template<typename T>
Status statusOf(const Result<T> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace

DataSourceService::DataSourceService(std::shared_ptr<DataSourceRepository> repository,
                                     std::shared_ptr<SecretStore> secrets)
    : m_repository(std::move(repository))
    , m_secrets(std::move(secrets))
{ }

Result<DataSource> DataSourceService::add(DataSource source, const std::optional<QString> &password)
{
    if (auto ok =
            allow(*m_repository, Permission::Change, u"add data source '%1'"_s.arg(source.name),
                  u"datasource.add"_s, source.name);
        !ok)
        return std::unexpected(ok.error());
    auto added = addAllowed(std::move(source), password);
    audit(*m_repository, u"datasource.add"_s, added ? added->name : source.name, statusOf(added),
          {}, added ? added->toJson() : QJsonObject());
    return added;
}

Result<DataSource> DataSourceService::addAllowed(DataSource source,
                                                 const std::optional<QString> &password)
{
    if (auto ok = datasources::validate(source); !ok)
        return std::unexpected(ok.error());
    if (source.endpoint.engine == Engine::Sqlite && !source.kafka)
        source.hasPassword = false;
    else
        source.hasPassword = password.has_value() && !password->isEmpty();
    source.endpoint.password.clear();

    auto added = m_repository->add(source);
    if (!added)
        return added;
    if (source.hasPassword) {
        if (auto ok = m_secrets->write(added->secretKey(), *password); !ok) {
            logIfFailed(lcStore(), m_repository->remove(added->id),
                        "could not take back the data source whose password was not stored");
            return std::unexpected(ok.error());
        }
    }
    qCInfo(lcStore).noquote() << "added data source" << added->name << "(" << added->engineName()
                              << ")";
    return added;
}

Result<DataSource> DataSourceService::update(DataSource source, const PasswordChange &password)
{
    auto previous = m_repository->findById(source.id);
    if (!previous)
        return previous;
    if (auto ok =
            allow(*m_repository, Permission::Change, u"edit data source '%1'"_s.arg(previous->name),
                  u"datasource.edit"_s, previous->name);
        !ok)
        return std::unexpected(ok.error());
    auto updated = updateAllowed(std::move(source), password, *previous);
    audit(*m_repository, u"datasource.edit"_s, previous->name, statusOf(updated),
          previous->toJson(), updated ? updated->toJson() : QJsonObject());
    return updated;
}

Result<DataSource> DataSourceService::updateAllowed(DataSource source,
                                                    const PasswordChange &password,
                                                    const DataSource &previous)
{
    source.uuid = previous.uuid;
    source.endpoint.password.clear();
    switch (password.kind) {
    case PasswordChange::Kind::Keep: source.hasPassword = previous.hasPassword; break;
    case PasswordChange::Kind::Set: source.hasPassword = !password.value.isEmpty(); break;
    case PasswordChange::Kind::Clear: source.hasPassword = false; break;
    }
    if (source.endpoint.engine == Engine::Sqlite && !source.kafka)
        source.hasPassword = false;
    if (auto ok = datasources::validate(source); !ok)
        return std::unexpected(ok.error());

    // The secret changes first: if the row update then fails, the old secret is put back.
    std::optional<QString> oldSecret;
    const bool touchSecret = password.kind != PasswordChange::Kind::Keep
        || (previous.hasPassword && !source.hasPassword);
    if (touchSecret) {
        auto old = m_secrets->read(previous.secretKey());
        if (!old)
            return std::unexpected(old.error());
        oldSecret = *old;
        Status changed = source.hasPassword ? m_secrets->write(source.secretKey(), password.value)
                                            : m_secrets->remove(source.secretKey());
        if (!changed)
            return std::unexpected(changed.error());
    }
    auto updated = m_repository->update(source);
    if (!updated && touchSecret) {
        if (oldSecret)
            logIfFailed(lcSecrets(), m_secrets->write(previous.secretKey(), *oldSecret),
                        "could not restore the password of a data source whose edit failed");
        else
            logIfFailed(lcSecrets(), m_secrets->remove(previous.secretKey()),
                        "could not remove the password of a data source whose edit failed");
    }
    return updated;
}

Result<DataSource> DataSourceService::copy(const QString &sourceName, const QString &newName,
                                           const PasswordChange &password)
{
    auto original = m_repository->findByName(sourceName);
    if (!original)
        return original;
    QString name = newName;
    if (name.isEmpty()) {
        auto free = m_repository->freeCopyName(original->name);
        if (!free)
            return std::unexpected(free.error());
        name = *free;
    }
    DataSource copy = *original;
    copy.id = 0;
    copy.uuid.clear();
    copy.name = name;
    std::optional<QString> secret;
    switch (password.kind) {
    case PasswordChange::Kind::Keep:
        if (original->hasPassword) {
            auto saved = m_secrets->read(original->secretKey());
            if (!saved)
                return std::unexpected(saved.error());
            secret = *saved;
        }
        break;
    case PasswordChange::Kind::Set: secret = password.value; break;
    case PasswordChange::Kind::Clear: break;
    }
    return add(copy, secret);
}

Status DataSourceService::remove(const QString &name)
{
    auto source = m_repository->findByName(name);
    if (!source)
        return std::unexpected(source.error());
    if (auto ok =
            allow(*m_repository, Permission::Change, u"delete data source '%1'"_s.arg(source->name),
                  u"datasource.delete"_s, source->name);
        !ok)
        return ok;
    auto removed = m_repository->remove(source->id);
    audit(*m_repository, u"datasource.delete"_s, source->name, removed, source->toJson());
    if (!removed)
        return removed;
    if (source->hasPassword) {
        if (auto ok = m_secrets->remove(source->secretKey()); !ok)
            qCWarning(lcSecrets).noquote()
                << "data source" << name << "removed, but its password stays in the"
                << m_secrets->backendName() << ":" << ok.error().text();
    }
    qCInfo(lcStore).noquote() << "removed data source" << name;
    return {};
}

Result<Endpoint> DataSourceService::endpointWithPassword(const DataSource &source) const
{
    Endpoint e = source.endpoint;
    if (source.hasPassword) {
        auto secret = m_secrets->read(source.secretKey());
        if (!secret)
            return std::unexpected(secret.error());
        if (!*secret)
            return fail(Error::Code::NotFound,
                        Text::tr("the password of data source '%1' is missing from the %2")
                            .arg(source.name, m_secrets->backendName()),
                        Text::tr("Edit the data source and enter the password again."),
                        source.name);
        e.password = **secret;
    }
    return e;
}

Result<ProbeReport> DataSourceService::test(const QString &name)
{
    auto source = m_repository->findByName(name);
    if (!source)
        return std::unexpected(source.error());
    if (auto ok =
            allow(*m_repository, Permission::Run, u"test data source '%1'"_s.arg(source->name),
                  u"datasource.test"_s, source->name);
        !ok)
        return std::unexpected(ok.error());
    Result<ProbeReport> report;
    if (source->kafka) {
        auto kafka = kafkaWithPassword(*source);
        if (!kafka)
            return std::unexpected(kafka.error());
        report = probeKafka(*kafka);
    } else {
        auto endpoint = endpointWithPassword(*source);
        if (!endpoint)
            return std::unexpected(endpoint.error());
        report = testConnection(*endpoint);
    }
    ConnectionTestSummary summary;
    summary.tested = true;
    summary.at = QDateTime::currentDateTimeUtc();
    summary.ok = report.has_value();
    summary.summary = report ? report->summary() : report.error().text();
    if (report)
        summary.report = report->toJson();
    if (auto ok = m_repository->recordTest(source->id, summary); !ok)
        qCWarning(lcStore).noquote()
            << "cannot record the test of" << name << ":" << ok.error().text();
    return report;
}

Result<ProbeReport> DataSourceService::testUnsaved(const Endpoint &endpoint)
{
    return testConnection(endpoint);
}

Result<ProbeReport> DataSourceService::testUnsavedKafka(const KafkaTarget &kafka)
{
    return probeKafka(kafka);
}

Result<KafkaTarget> DataSourceService::kafkaWithPassword(const DataSource &source) const
{
    if (!source.kafka)
        return fail(Error::Code::InvalidInput,
                    Text::tr("data source '%1' is a %2 database, not a Kafka cluster")
                        .arg(source.name, source.engineName()),
                    Text::tr("Choose a Kafka data source as the target of a sync project."),
                    source.name);
    auto endpoint = endpointWithPassword(source);
    if (!endpoint)
        return std::unexpected(endpoint.error());
    KafkaTarget k = *source.kafka;
    k.password = endpoint->password;
    return k;
}

} // namespace ferry

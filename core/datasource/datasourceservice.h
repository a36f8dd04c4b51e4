#pragma once

#include "common/error.h"
#include "datasource.h"
#include "engines/probereport.h"

#include <memory>
#include <optional>

namespace ferry {

class DataSourceRepository;
class SecretStore;

// What to do with the password when a data source is saved.
struct PasswordChange
{
    enum class Kind { Keep, Set, Clear };
    Kind kind = Kind::Keep;
    QString value;

    static PasswordChange keep() { return {}; }
    static PasswordChange set(const QString &v) { return {Kind::Set, v}; }
    static PasswordChange clear() { return {Kind::Clear, {}}; }
};

// Data sources with their passwords: the repository keeps the fields, the secret store the
// password, and every operation either completes on both or changes neither.
// Blocking (keychain, vault key derivation, network): call from worker threads.
class DataSourceService
{
public:
    DataSourceService(std::shared_ptr<DataSourceRepository> repository,
                      std::shared_ptr<SecretStore> secrets);

    DataSourceRepository &repository() const { return *m_repository; }

    Result<DataSource> add(DataSource source, const std::optional<QString> &password);
    Result<DataSource> update(DataSource source, const PasswordChange &password);
    // Copies `sourceName` as `newName` (empty: "NAME-copy"). The password is reused, replaced
    // by `password`, or left out (PasswordChange::Clear).
    Result<DataSource> copy(const QString &sourceName, const QString &newName,
                            const PasswordChange &password);
    Status remove(const QString &name);

    // The endpoint with its saved password filled in.
    Result<Endpoint> endpointWithPassword(const DataSource &source) const;

    // A Kafka data source's settings with its saved SASL password filled in.
    Result<KafkaTarget> kafkaWithPassword(const DataSource &source) const;

    // Tests the saved data source and records the outcome with it (a Kafka cluster: its
    // brokers and topics).
    Result<ProbeReport> test(const QString &name);
    // Tests unsaved settings (the dialog's "Test" before "Save").
    static Result<ProbeReport> testUnsaved(const Endpoint &endpoint);
    static Result<ProbeReport> testUnsavedKafka(const KafkaTarget &kafka);

private:
    // add() and update() once the acting user's permission is settled.
    Result<DataSource> addAllowed(DataSource source, const std::optional<QString> &password);
    Result<DataSource> updateAllowed(DataSource source, const PasswordChange &password,
                                     const DataSource &previous);

    std::shared_ptr<DataSourceRepository> m_repository;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace ferry

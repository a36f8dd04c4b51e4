#pragma once

#include "engines/endpoint.h"
#include "sink/kafkatarget.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ferry {

// The outcome of the last "test connection", kept with the data source.
struct ConnectionTestSummary
{
    bool tested = false;
    bool ok = false;
    QDateTime at; // UTC
    QString summary; // "MariaDB 10.11.19 · 2 warnings" or the error line
    QJsonObject report; // ProbeReport::toJson() of a successful test; empty otherwise
};

// A saved connection: a database (endpoint) or a Kafka cluster (kafka). The password is not
// part of it: it lives in the secret store under secretKey(); hasPassword says whether one was
// saved.
struct DataSource
{
    qint64 id = 0; // 0 until stored
    QString uuid; // stable across renames; names the secret
    QString name;
    Endpoint endpoint; // endpoint.password is empty here; unused for a Kafka cluster
    // A Kafka cluster (engine "kafka"): a sync project's target, not a database. Its password
    // is the SASL password (kafka->password is empty here).
    std::optional<KafkaTarget> kafka;
    bool hasPassword = false;
    QString remark;
    QDateTime createdAt;
    QDateTime updatedAt;
    ConnectionTestSummary lastTest;

    bool isKafka() const { return kafka.has_value(); }
    // "MariaDB", "Kafka"; "mariadb", "kafka"
    QString engineName() const;
    QString engineId() const;
    // "127.0.0.1:3306/shop", "/data/app.db", "127.0.0.1:9092" — never with a password.
    QString displayAddress() const;
    QString secretKey() const;
    // For `datasource show --json` and exports: never holds a password.
    QJsonObject toJson() const;
};

// Checks a data source before it is stored. Messages name the field and the fix.
namespace datasources {
Status validateName(const QString &name);
Status validate(const DataSource &source);
// A database endpoint's settings; `who` names the data source or the project file's key.
Status validateEndpoint(const Endpoint &endpoint, const QString &who);
// A Kafka cluster's settings; `who` names the data source or the project file's key.
Status validateKafka(const KafkaTarget &kafka, const QString &who);
QStringList kafkaSecurityProtocols(); // "plaintext", "ssl", "sasl_plaintext", "sasl_ssl"
QStringList kafkaSaslMechanisms(); // "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"
} // namespace datasources

} // namespace ferry

#pragma once

#include <QMap>
#include <QString>

namespace ferry {

// Where a sync project's messages go: a Kafka cluster (the project file's "target" with
// "engine": "kafka"). Not a database Endpoint: Kafka is a sink of the pipeline, not an engine.
// The password lives only in memory, read from passwordEnv.
struct KafkaTarget
{
    QString bootstrapServers; // "host:port[,host:port...]"
    QString clientId = QStringLiteral("ferry");
    // plaintext (default), ssl, sasl_plaintext, sasl_ssl: librdkafka's security.protocol
    QString securityProtocol;
    QString saslMechanism; // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    QString user;
    QString password;
    QString passwordEnv;
    QString caFile; // PEM bundle that signs the brokers' certificates
    // Further librdkafka producer properties ("linger.ms": "10"); the ones delivery relies on
    // (enable.idempotence, acks) cannot be changed here.
    QMap<QString, QString> properties;

    QString displayAddress() const { return bootstrapServers; }
};

} // namespace ferry

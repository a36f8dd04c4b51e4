#pragma once

// The Kafka side of the sync tests: librdkafka's mock cluster in its own process
// (ferry-kafka-mock, built with the tests) and a real consumer that reads topics back.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>

#include <memory>

namespace ferry::test {

// One ferry-kafka-mock process: a Kafka cluster on 127.0.0.1 for as long as the object lives.
class KafkaMock
{
public:
    KafkaMock();
    ~KafkaMock();
    KafkaMock(const KafkaMock &) = delete;
    KafkaMock &operator=(const KafkaMock &) = delete;

    // Starts it and waits for its address; false (with the reason in error()) when it fails.
    bool start();
    QString bootstrap() const { return m_bootstrap; }
    QString error() const { return m_error; }
    // The broker closes its connections and refuses new ones / accepts them again.
    void down();
    void up();
    // Creates topic `name` with `partitions` partitions (asynchronous: poll listTopics()).
    void createTopic(const QString &name, int partitions);

private:
    void command(const QByteArray &line);

    std::unique_ptr<QProcess> m_process;
    QString m_bootstrap;
    QString m_error;
};

struct KafkaMessage
{
    QString topic;
    int partition = 0;
    qint64 offset = 0;
    QByteArray key;
    QByteArray value;
    QMap<QString, QByteArray> headers;

    qint64 sequence() const { return headers.value(QStringLiteral("ferry.seq")).toLongLong(); }
};

// Every message of `topic`, partition by partition (0, 1, ...) in offset order, read with a
// librdkafka consumer from the beginning to the end. An empty list when the topic is missing;
// `error` says why when the cluster did not answer.
QList<KafkaMessage> readTopic(const QString &bootstrap, const QString &topic,
                              QString *error = nullptr);
// The names of the cluster's topics.
QStringList listTopics(const QString &bootstrap);

} // namespace ferry::test

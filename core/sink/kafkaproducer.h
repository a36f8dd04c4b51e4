#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "kafkatarget.h"

#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct rd_kafka_s;
struct rd_kafka_topic_s;

namespace ferry {

// What a metadata request tells about a cluster: its brokers ("host:port" by id) and its topics
// with their partition counts, both in order.
struct KafkaCluster
{
    QMap<int, QString> brokers;
    QMap<QString, int> topics;
};

// A Kafka producer (librdkafka) set for delivery that loses nothing and keeps order per
// partition: idempotent, acks=all, retries without end while a broker is away. Each message
// carries a ticket that comes back in the delivery handler once the broker acknowledged it (or
// refused it for good). Used on one thread: produce(), poll() and the handler run there.
class KafkaProducer
{
public:
    // A message's fate: `error` is null when the broker acknowledged it.
    using DeliveryHandler = std::function<void(void *ticket, const Error *error)>;

    ~KafkaProducer();

    // Sets the producer up (no network yet). Bad properties: InvalidInput naming them.
    static Result<std::unique_ptr<KafkaProducer>> create(const KafkaTarget &target);

    void setDeliveryHandler(DeliveryHandler handler) { m_onDelivery = std::move(handler); }

    // The cluster's topics and their partition counts (a metadata request). Connection and
    // Authentication errors name the bootstrap servers and the fix.
    Result<QMap<QString, int>> topics(int timeoutMs);
    // The brokers and topics (a metadata request), errors as topics().
    Result<KafkaCluster> cluster(int timeoutMs);
    // Creates `names` (CreateTopics); a topic that exists already is fine.
    Status createTopics(const QStringList &names, int partitions, int replicationFactor,
                        int timeoutMs);

    // Queues one message: partition -1 lets the key's hash choose (murmur2, as Java clients).
    // While the local queue is full it serves deliveries and waits; Cancelled when `cancel`
    // fires meanwhile.
    Status produce(const std::string &topic, int partition, std::string_view key,
                   std::string_view value, int64_t sequence, bool snapshot, void *ticket,
                   const CancelToken &cancel);
    // Serves delivery reports and client errors for up to `timeoutMs`.
    void poll(int timeoutMs);
    // Messages queued or in flight, not yet reported.
    int outstanding() const;
    // Waits until every message is reported or `cancel` fires (Cancelled).
    Status flush(const CancelToken &cancel);

    // The last client-level error (brokers unreachable, authentication refused), cleared by
    // the next acknowledged message; std::nullopt while all is well.
    const std::optional<Error> &clientError() const { return m_clientError; }
    // A fatal error (the idempotent producer cannot go on, authentication refused): the stream
    // stops and says why.
    std::optional<Error> fatalError() const;

private:
    KafkaProducer() = default;
    static void onDelivery(rd_kafka_s *rk, const void *message, void *opaque);
    static void onError(rd_kafka_s *rk, int err, const char *reason, void *opaque);
    rd_kafka_topic_s *topicHandle(const std::string &name);
    // Asks for each topic's metadata until the broker made it (auto.create.topics.enable).
    Status autoCreate(const QStringList &names, int timeoutMs);

    rd_kafka_s *m_rk = nullptr;
    QString m_servers;
    std::unordered_map<std::string, rd_kafka_topic_s *> m_topics;
    DeliveryHandler m_onDelivery;
    std::optional<Error> m_clientError;
    std::optional<Error> m_fatal;
};

} // namespace ferry

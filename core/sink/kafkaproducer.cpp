#include "kafkaproducer.h"

#include "common/language.h"
#include "common/logging.h"

#include <librdkafka/rdkafka.h>

#include <QElapsedTimer>

#include <charconv>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

// Properties that delivery relies on: the project file cannot change them.
const QStringList kFixed = {u"enable.idempotence"_s, u"acks"_s, u"bootstrap.servers"_s,
                            u"max.in.flight.requests.per.connection"_s};

Error classify(rd_kafka_resp_err_t err, const QString &reason, const QString &servers)
{
    switch (err) {
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
        return makeError(
            Error::Code::Authentication,
            Text::tr("Kafka at %1 refused Ferry: %2").arg(servers, reason),
            Text::tr("Check the target's user, password (passwordEnv), SASL mechanism and "
                     "the ACLs of the topics."),
            servers);
    case RD_KAFKA_RESP_ERR__SSL:
        return makeError(Error::Code::Tls,
                         Text::tr("TLS with Kafka at %1 failed: %2").arg(servers, reason),
                         Text::tr("Check securityProtocol and caFile of the target."), servers);
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
        return makeError(
            Error::Code::NotFound,
            Text::tr("Kafka at %1: a topic does not exist: %2").arg(servers, reason),
            Text::tr("Create the topic, or let Ferry create it (\"createTopics\": true)."),
            servers);
    default:
        return makeError(
            Error::Code::Connection,
            Text::tr("Kafka at %1 is unreachable: %2").arg(servers, reason),
            Text::tr("Check that the brokers run and that bootstrapServers names them; "
                     "Ferry keeps retrying and loses nothing meanwhile."),
            servers);
    }
}

} // namespace

KafkaProducer::~KafkaProducer()
{
    for (auto &[name, handle] : m_topics)
        rd_kafka_topic_destroy(handle);
    if (m_rk) {
        // Whatever was not acknowledged is sent again from the stored position next time.
        rd_kafka_purge(m_rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(m_rk, 0);
        rd_kafka_destroy_flags(m_rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    }
}

Result<std::unique_ptr<KafkaProducer>> KafkaProducer::create(const KafkaTarget &target)
{
    std::unique_ptr<KafkaProducer> p(new KafkaProducer);
    p->m_servers = target.bootstrapServers;
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char error[512];
    QString password = target.password;
    if (password.isEmpty() && !target.passwordEnv.isEmpty())
        password = qEnvironmentVariable(target.passwordEnv.toLocal8Bit().constData());
    QList<QPair<QString, QString>> settings = {
        {u"bootstrap.servers"_s, target.bootstrapServers},
        {u"client.id"_s, target.clientId.isEmpty() ? u"ferry"_s : target.clientId},
        {u"enable.idempotence"_s, u"true"_s},
        {u"acks"_s, u"all"_s},
        {u"max.in.flight.requests.per.connection"_s, u"5"_s},
        // Never give a message up: a broker that is away is waited for, and the stream shows it.
        {u"message.timeout.ms"_s, u"0"_s},
        {u"linger.ms"_s, u"5"_s},
        {u"batch.num.messages"_s, u"10000"_s},
        {u"queue.buffering.max.messages"_s, u"200000"_s},
        {u"queue.buffering.max.kbytes"_s, u"262144"_s},
        {u"partitioner"_s, u"murmur2_random"_s},
        {u"log_level"_s, u"3"_s},
    };
    if (!target.securityProtocol.isEmpty())
        settings.append({u"security.protocol"_s, target.securityProtocol});
    if (!target.saslMechanism.isEmpty())
        settings.append({u"sasl.mechanisms"_s, target.saslMechanism});
    if (!target.user.isEmpty())
        settings.append({u"sasl.username"_s, target.user});
    if (!password.isEmpty())
        settings.append({u"sasl.password"_s, password});
    if (!target.caFile.isEmpty())
        settings.append({u"ssl.ca.location"_s, target.caFile});
    for (auto it = target.properties.begin(); it != target.properties.end(); ++it) {
        if (kFixed.contains(it.key())) {
            rd_kafka_conf_destroy(conf);
            return fail(
                Error::Code::InvalidInput,
                Text::tr("target.properties: %1 cannot be changed").arg(it.key()),
                Text::tr("Ferry's delivery needs enable.idempotence=true, acks=all and at most "
                         "5 requests in flight; remove %1.")
                    .arg(it.key()));
        }
        settings.append({it.key(), it.value()});
    }
    for (const auto &[key, value] : std::as_const(settings)) {
        if (rd_kafka_conf_set(conf, key.toUtf8().constData(), value.toUtf8().constData(), error,
                              sizeof error)
            != RD_KAFKA_CONF_OK) {
            rd_kafka_conf_destroy(conf);
            return fail(Error::Code::InvalidInput,
                        Text::tr("Kafka setting %1: %2").arg(key, QString::fromUtf8(error)),
                        Text::tr("Correct or remove it in the target's properties."));
        }
    }
    rd_kafka_conf_set_opaque(conf, p.get());
    rd_kafka_conf_set_dr_msg_cb(
        conf, [](rd_kafka_t *rk, const rd_kafka_message_t *m, void *o) { onDelivery(rk, m, o); });
    rd_kafka_conf_set_error_cb(conf, [](rd_kafka_t *rk, int err, const char *reason, void *o) {
        onError(rk, err, reason, o);
    });
    p->m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof error);
    if (!p->m_rk) {
        return fail(Error::Code::InvalidInput,
                    Text::tr("the Kafka producer for %1 did not start: %2")
                        .arg(target.bootstrapServers, QString::fromUtf8(error)),
                    Text::tr("Check the target's settings."));
    }
    return p;
}

void KafkaProducer::onDelivery(rd_kafka_s *, const void *message, void *opaque)
{
    auto *self = static_cast<KafkaProducer *>(opaque);
    const auto *m = static_cast<const rd_kafka_message_t *>(message);
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        self->m_clientError.reset();
        if (self->m_onDelivery)
            self->m_onDelivery(m->_private, nullptr);
        return;
    }
    const QString topic = m->rkt ? QString::fromUtf8(rd_kafka_topic_name(m->rkt)) : QString();
    Error e = classify(
        m->err, Text::tr("topic %1: %2").arg(topic, QString::fromUtf8(rd_kafka_err2str(m->err))),
        self->m_servers);
    if (e.code == Error::Code::NotFound)
        e.object = topic;
    if (self->m_onDelivery)
        self->m_onDelivery(m->_private, &e);
}

void KafkaProducer::onError(rd_kafka_s *rk, int err, const char *reason, void *opaque)
{
    auto *self = static_cast<KafkaProducer *>(opaque);
    const auto code = rd_kafka_resp_err_t(err);
    Error e = classify(code, QString::fromUtf8(reason), self->m_servers);
    qCWarning(lcSink).noquote() << e.message;
    if (code == RD_KAFKA_RESP_ERR__FATAL) {
        char text[512];
        const rd_kafka_resp_err_t original = rd_kafka_fatal_error(rk, text, sizeof text);
        e = classify(original, QString::fromUtf8(text), self->m_servers);
        if (e.code == Error::Code::Connection)
            e.code = Error::Code::Database; // fatal: retrying the same producer cannot help
        self->m_fatal = e;
    } else if (e.code == Error::Code::Authentication || e.code == Error::Code::Tls) {
        self->m_fatal = e;
    }
    self->m_clientError = e;
}

std::optional<Error> KafkaProducer::fatalError() const
{
    return m_fatal;
}

rd_kafka_topic_s *KafkaProducer::topicHandle(const std::string &name)
{
    auto found = m_topics.find(name);
    if (found != m_topics.end())
        return found->second;
    rd_kafka_topic_t *handle = rd_kafka_topic_new(m_rk, name.c_str(), nullptr);
    m_topics.emplace(name, handle);
    return handle;
}

Result<QMap<QString, int>> KafkaProducer::topics(int timeoutMs)
{
    auto c = cluster(timeoutMs);
    if (!c)
        return std::unexpected(c.error());
    return c->topics;
}

Result<KafkaCluster> KafkaProducer::cluster(int timeoutMs)
{
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(m_rk, 1, nullptr, &md, timeoutMs);
    rd_kafka_poll(m_rk, 0); // the error callback says why, when it knows
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (m_clientError && m_clientError->code != Error::Code::Connection)
            return fail(*m_clientError);
        return fail(
            classify(err,
                     QString::fromUtf8(rd_kafka_err2str(err))
                         + (m_clientError ? u" ("_s + m_clientError->message + u')' : QString()),
                     m_servers));
    }
    KafkaCluster out;
    for (int i = 0; i < md->broker_cnt; ++i)
        out.brokers.insert(
            md->brokers[i].id,
            u"%1:%2"_s.arg(QString::fromUtf8(md->brokers[i].host)).arg(md->brokers[i].port));
    for (int i = 0; i < md->topic_cnt; ++i)
        if (md->topics[i].err == RD_KAFKA_RESP_ERR_NO_ERROR)
            out.topics.insert(QString::fromUtf8(md->topics[i].topic), md->topics[i].partition_cnt);
    rd_kafka_metadata_destroy(md);
    return out;
}

Status KafkaProducer::createTopics(const QStringList &names, int partitions, int replicationFactor,
                                   int timeoutMs)
{
    if (names.isEmpty())
        return {};
    char error[512];
    std::vector<rd_kafka_NewTopic_t *> topics;
    for (const QString &name : names) {
        rd_kafka_NewTopic_t *t = rd_kafka_NewTopic_new(name.toUtf8().constData(), partitions,
                                                       replicationFactor, error, sizeof error);
        if (!t) {
            rd_kafka_NewTopic_destroy_array(topics.data(), topics.size());
            return fail(Error::Code::InvalidInput,
                        Text::tr("topic %1: %2").arg(name, QString::fromUtf8(error)), {}, name);
        }
        topics.push_back(t);
    }
    rd_kafka_queue_t *queue = rd_kafka_queue_new(m_rk);
    rd_kafka_AdminOptions_t *options =
        rd_kafka_AdminOptions_new(m_rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMs, error, sizeof error);
    rd_kafka_CreateTopics(m_rk, topics.data(), topics.size(), options, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 2000);
    Status status;
    if (!event || rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE
        || rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION) {
        // No answer to CreateTopics (librdkafka's mock cluster has none): a broker that creates
        // topics on first use makes them when asked for their metadata.
        qCInfo(lcSink).noquote() << "Kafka at" << m_servers
                                 << "did not answer CreateTopics; asking for the topics instead";
        status = autoCreate(names, 10000);
    } else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        status = fail(classify(rd_kafka_event_error(event),
                               Text::tr("creating topics: %1")
                                   .arg(QString::fromUtf8(rd_kafka_event_error_string(event))),
                               m_servers));
    } else {
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        for (size_t i = 0; i < count && status; ++i) {
            const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
            if (err == RD_KAFKA_RESP_ERR_NO_ERROR || err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
                continue;
            const QString name = QString::fromUtf8(rd_kafka_topic_result_name(results[i]));
            const QString why = QString::fromUtf8(rd_kafka_topic_result_error_string(results[i]));
            Error e = classify(err, Text::tr("creating topic %1: %2").arg(name, why), m_servers);
            if (e.code == Error::Code::Connection) {
                e.code = Error::Code::Database;
                e.fix =
                    Text::tr("Create topic %1 yourself (partitions %2, replication factor %3), or "
                             "change sync.partitions / sync.replicationFactor.")
                        .arg(name)
                        .arg(partitions)
                        .arg(replicationFactor);
            }
            e.object = name;
            status = fail(e);
        }
    }
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_queue_destroy(queue);
    rd_kafka_NewTopic_destroy_array(topics.data(), topics.size());
    return status;
}

Status KafkaProducer::autoCreate(const QStringList &names, int timeoutMs)
{
    for (const QString &name : names) {
        rd_kafka_topic_t *rkt = topicHandle(name.toStdString());
        bool made = false;
        QElapsedTimer clock;
        clock.start();
        while (!made && clock.elapsed() < timeoutMs) {
            const rd_kafka_metadata_t *md = nullptr;
            if (rd_kafka_metadata(m_rk, 0, rkt, &md, timeoutMs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                made = md->topic_cnt == 1 && md->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR
                    && md->topics[0].partition_cnt > 0;
                rd_kafka_metadata_destroy(md);
            }
            if (!made)
                rd_kafka_poll(m_rk, 200);
        }
        if (!made)
            return fail(Error::Code::NotFound,
                        Text::tr("Kafka at %1 did not create topic %2").arg(m_servers, name),
                        Text::tr("Create the topic yourself, then run again."), name);
    }
    return {};
}

Status KafkaProducer::produce(const std::string &topic, int partition, std::string_view key,
                              std::string_view value, int64_t sequence, bool snapshot, void *ticket,
                              const CancelToken &cancel)
{
    char seq[24];
    const auto seqEnd = std::to_chars(seq, seq + sizeof seq, sequence).ptr;
    rd_kafka_topic_t *rkt = topicHandle(topic);
    for (;;) {
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            m_rk, RD_KAFKA_V_RKT(rkt),
            RD_KAFKA_V_PARTITION(partition < 0 ? RD_KAFKA_PARTITION_UA : partition),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_KEY(const_cast<char *>(key.data()), key.size()),
            RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
            RD_KAFKA_V_HEADER("ferry.seq", seq, (seqEnd - seq)),
            RD_KAFKA_V_HEADER("ferry.snapshot", snapshot ? "true" : "false", snapshot ? 4 : 5),
            RD_KAFKA_V_OPAQUE(ticket), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
            return {};
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            return fail(classify(
                err,
                Text::tr("topic %1: %2")
                    .arg(QString::fromStdString(topic), QString::fromUtf8(rd_kafka_err2str(err))),
                m_servers));
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, u"stopped"_s);
        if (m_fatal)
            return fail(*m_fatal);
        rd_kafka_poll(m_rk, 50); // the queue drains as the broker acknowledges
    }
}

void KafkaProducer::poll(int timeoutMs)
{
    rd_kafka_poll(m_rk, timeoutMs);
}

int KafkaProducer::outstanding() const
{
    return rd_kafka_outq_len(m_rk);
}

Status KafkaProducer::flush(const CancelToken &cancel)
{
    while (rd_kafka_outq_len(m_rk) > 0) {
        if (cancel.isCancelled())
            return fail(Error::Code::Cancelled, u"stopped"_s);
        if (m_fatal)
            return fail(*m_fatal);
        rd_kafka_flush(m_rk, 100);
    }
    return {};
}

} // namespace ferry

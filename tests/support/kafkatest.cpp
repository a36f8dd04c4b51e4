#include "kafkatest.h"

#include <librdkafka/rdkafka.h>

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace ferry::test {

KafkaMock::KafkaMock() = default;

KafkaMock::~KafkaMock()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool KafkaMock::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(FERRY_KAFKA_MOCK), {});
    if (!m_process->waitForStarted(10000)) {
        m_error = m_process->errorString();
        return false;
    }
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    while (!line.contains('\n') && clock.elapsed() < 20000) {
        m_process->waitForReadyRead(500);
        line += m_process->readAllStandardOutput();
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (!line.contains('\n')) {
        m_error = u"ferry-kafka-mock printed no address: "_s
            + QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }
    m_bootstrap = QString::fromUtf8(line.left(line.indexOf('\n'))).trimmed();
    return true;
}

void KafkaMock::command(const QByteArray &line)
{
    m_process->write(line + '\n');
    m_process->waitForBytesWritten(5000);
}

void KafkaMock::down()
{
    command("down");
}

void KafkaMock::up()
{
    command("up");
}

void KafkaMock::createTopic(const QString &name, int partitions)
{
    command("topic " + name.toUtf8() + ' ' + QByteArray::number(partitions));
}

namespace {

rd_kafka_t *client(const QString &bootstrap, rd_kafka_type_t type)
{
    char error[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const QByteArray servers = bootstrap.toUtf8();
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.constData(), error, sizeof error);
    rd_kafka_conf_set(conf, "log_level", "3", error, sizeof error);
    if (type == RD_KAFKA_CONSUMER) {
        rd_kafka_conf_set(conf, "group.id", "ferry-tests", error, sizeof error);
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", error, sizeof error);
        rd_kafka_conf_set(conf, "enable.partition.eof", "true", error, sizeof error);
        rd_kafka_conf_set(conf, "allow.auto.create.topics", "false", error, sizeof error);
    }
    return rd_kafka_new(type, conf, error, sizeof error);
}

// topic -> partitions, from the cluster's metadata.
QMap<QString, int> topicPartitions(rd_kafka_t *rk)
{
    QMap<QString, int> out;
    const rd_kafka_metadata_t *md = nullptr;
    if (rd_kafka_metadata(rk, 1, nullptr, &md, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return out;
    for (int i = 0; i < md->topic_cnt; ++i)
        if (md->topics[i].err == RD_KAFKA_RESP_ERR_NO_ERROR)
            out.insert(QString::fromUtf8(md->topics[i].topic), md->topics[i].partition_cnt);
    rd_kafka_metadata_destroy(md);
    return out;
}

} // namespace

QStringList listTopics(const QString &bootstrap)
{
    rd_kafka_t *rk = client(bootstrap, RD_KAFKA_PRODUCER);
    const QStringList out = topicPartitions(rk).keys();
    rd_kafka_destroy(rk);
    return out;
}

QList<KafkaMessage> readTopic(const QString &bootstrap, const QString &topic, QString *error)
{
    QList<KafkaMessage> out;
    rd_kafka_t *rk = client(bootstrap, RD_KAFKA_CONSUMER);
    const QMap<QString, int> topics = topicPartitions(rk);
    const int partitions = topics.value(topic, 0);
    if (partitions == 0) {
        if (error)
            *error = topics.isEmpty() ? u"no answer from %1"_s.arg(bootstrap)
                                      : u"no topic %1"_s.arg(topic);
        rd_kafka_destroy(rk);
        return out;
    }
    const QByteArray name = topic.toUtf8();
    for (int p = 0; p < partitions; ++p) {
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(list, name.constData(), p)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
        rd_kafka_assign(rk, list);
        rd_kafka_topic_partition_list_destroy(list);
        QElapsedTimer idle;
        idle.start();
        for (;;) {
            rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 500);
            if (!m) {
                if (idle.elapsed() > 30000) {
                    if (error)
                        *error = u"%1 [%2]: no end of partition in 30 s"_s.arg(topic).arg(p);
                    break;
                }
                continue;
            }
            idle.restart();
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                rd_kafka_message_destroy(m);
                break;
            }
            if (m->err) {
                if (error)
                    *error = QString::fromUtf8(rd_kafka_message_errstr(m));
                rd_kafka_message_destroy(m);
                break;
            }
            KafkaMessage k;
            k.topic = topic;
            k.partition = m->partition;
            k.offset = m->offset;
            k.key = QByteArray(static_cast<const char *>(m->key), qsizetype(m->key_len));
            k.value = QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len));
            rd_kafka_headers_t *headers = nullptr;
            if (rd_kafka_message_headers(m, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                const char *hname = nullptr;
                const void *value = nullptr;
                size_t size = 0;
                for (size_t i = 0; rd_kafka_header_get_all(headers, i, &hname, &value, &size)
                     == RD_KAFKA_RESP_ERR_NO_ERROR;
                     ++i)
                    k.headers.insert(QString::fromUtf8(hname),
                                     QByteArray(static_cast<const char *>(value), qsizetype(size)));
            }
            out.append(k);
            rd_kafka_message_destroy(m);
        }
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return out;
}

} // namespace ferry::test

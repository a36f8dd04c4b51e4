// bench_kafka_consumer BOOTSTRAP TOPIC COUNT SECONDS: reads TOPIC from its end as messages
// arrive, and prints "at_us received_us" for each message whose value has "at_us":N (a probe
// row of bench-kafka.sh), until COUNT such messages or SECONDS passed. received_us is this
// process's clock when librdkafka handed the message over: commit -> consumer, end to end.
#include <librdkafka/rdkafka.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

long long nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: bench_kafka_consumer BOOTSTRAP TOPIC COUNT SECONDS\n");
        return 2;
    }
    const int count = std::atoi(argv[3]);
    const long long until = nowUs() + std::atoll(argv[4]) * 1000000LL;
    char error[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", argv[1], error, sizeof error);
    rd_kafka_conf_set(conf, "group.id", "ferry-bench", error, sizeof error);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", error, sizeof error);
    rd_kafka_conf_set(conf, "fetch.wait.max.ms", "5", error, sizeof error);
    rd_kafka_conf_set(conf, "fetch.error.backoff.ms", "5", error, sizeof error);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof error);
    if (!rk) {
        std::fprintf(stderr, "bench_kafka_consumer: %s\n", error);
        return 1;
    }
    const rd_kafka_metadata_t *md = nullptr;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, argv[2], nullptr);
    if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR
        || md->topic_cnt != 1 || md->topics[0].partition_cnt == 0) {
        std::fprintf(stderr, "bench_kafka_consumer: no topic %s\n", argv[2]);
        return 1;
    }
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(4);
    for (int p = 0; p < md->topics[0].partition_cnt; ++p)
        rd_kafka_topic_partition_list_add(list, argv[2], p)->offset = RD_KAFKA_OFFSET_END;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    rd_kafka_assign(rk, list);
    rd_kafka_topic_partition_list_destroy(list);
    std::fprintf(stderr, "bench_kafka_consumer: reading %s\n", argv[2]);
    int seen = 0;
    while (seen < count && nowUs() < until) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m)
            continue;
        const long long received = nowUs();
        if (!m->err) {
            const std::string value(static_cast<const char *>(m->payload), m->len);
            const size_t after = value.find("\"after\":{");
            const size_t at = value.find("\"at_us\":", after == std::string::npos ? 0 : after);
            if (at != std::string::npos) {
                const long long atUs = std::atoll(value.c_str() + at + 8);
                if (atUs > 0) {
                    std::printf("%lld %lld\n", atUs, received);
                    ++seen;
                }
            }
        }
        rd_kafka_message_destroy(m);
    }
    std::fflush(stdout);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return 0;
}

// ferry-kafka-mock: librdkafka's mock cluster (the real Kafka protocol, in memory) on
// 127.0.0.1, for tests, benchmarks and people. Prints its bootstrap address on the first line
// of stdout and runs until SIGINT/SIGTERM or "quit" on stdin. No Kafka broker is packaged in
// Debian; this one speaks the same wire protocol to Ferry, kcat and any librdkafka client.
//
//   ferry-kafka-mock [--brokers N]
//
// A topic a client names before anyone created it is made on the fly with 4 partitions (the
// mock cluster's default).
//
// Commands on stdin (one a line), for fault tests:
//   down [ID]   the broker (all when no ID) closes its connections and refuses new ones
//   up [ID]     it accepts connections again, with the messages it had
//   topic NAME PARTITIONS   creates a topic
//   quit        stop
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

std::atomic<bool> stopRequested {false};

void onSignal(int)
{
    stopRequested = true;
}

void setBrokers(rd_kafka_mock_cluster_t *cluster, int brokers, const std::string &arg, bool up)
{
    const int only = arg.empty() ? 0 : std::atoi(arg.c_str());
    for (int id = 1; id <= brokers; ++id) {
        if (only != 0 && id != only)
            continue;
        const rd_kafka_resp_err_t err = up ? rd_kafka_mock_broker_set_up(cluster, id)
                                           : rd_kafka_mock_broker_set_down(cluster, id);
        std::fprintf(stderr, "ferry-kafka-mock: broker %d %s%s%s\n", id, up ? "up" : "down",
                     err ? ": " : "", err ? rd_kafka_err2str(err) : "");
    }
}

void createTopic(rd_kafka_mock_cluster_t *cluster, int brokers, const std::string &arg)
{
    const size_t space = arg.find(' ');
    const std::string name = arg.substr(0, space);
    const int partitions = space == std::string::npos ? 1 : std::atoi(arg.c_str() + space + 1);
    const rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(
        cluster, name.c_str(), partitions < 1 ? 1 : partitions, brokers < 3 ? brokers : 3);
    std::fprintf(stderr, "ferry-kafka-mock: topic %s: %s\n", name.c_str(),
                 err ? rd_kafka_err2str(err) : "created");
}

} // namespace

int main(int argc, char **argv)
{
    int brokers = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--brokers" && i + 1 < argc) {
            brokers = std::atoi(argv[++i]);
            if (brokers < 1) {
                std::fprintf(stderr, "ferry-kafka-mock: --brokers needs a number from 1\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "usage: ferry-kafka-mock [--brokers N]\n");
            return a == "--help" ? 0 : 2;
        }
    }

    char error[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    // The cluster lives inside a client instance; this one never sends anything.
    if (rd_kafka_conf_set(conf, "log_level", "3", error, sizeof error) != RD_KAFKA_CONF_OK) {
        std::fprintf(stderr, "ferry-kafka-mock: %s\n", error);
        return 1;
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof error);
    if (!rk) {
        std::fprintf(stderr, "ferry-kafka-mock: %s\n", error);
        return 1;
    }
    rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(rk, brokers);
    if (!cluster) {
        std::fprintf(stderr, "ferry-kafka-mock: the mock cluster did not start\n");
        rd_kafka_destroy(rk);
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    std::printf("%s\n", rd_kafka_mock_cluster_bootstraps(cluster));
    std::fflush(stdout);

    std::string line;
    bool stdinOpen = true;
    while (!stopRequested) {
        pollfd p {STDIN_FILENO, POLLIN, 0};
        const int ready = stdinOpen ? ::poll(&p, 1, 200) : (::usleep(200 * 1000), 0);
        if (ready <= 0)
            continue;
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinOpen = false; // run on until a signal (started with </dev/null, or detached)
            continue;
        }
        line.append(buffer, size_t(n));
        for (size_t eol; (eol = line.find('\n')) != std::string::npos; line.erase(0, eol + 1)) {
            const std::string command = line.substr(0, eol);
            const size_t space = command.find(' ');
            const std::string verb = command.substr(0, space);
            const std::string arg = space == std::string::npos ? "" : command.substr(space + 1);
            if (verb == "quit")
                stopRequested = true;
            else if (verb == "down" || verb == "up")
                setBrokers(cluster, brokers, arg, verb == "up");
            else if (verb == "topic")
                createTopic(cluster, brokers, arg);
            else if (!verb.empty())
                std::fprintf(stderr,
                             "ferry-kafka-mock: unknown command '%s' (down, up, topic, quit)\n",
                             verb.c_str());
        }
    }
    rd_kafka_mock_cluster_destroy(cluster);
    rd_kafka_destroy(rk);
    return 0;
}

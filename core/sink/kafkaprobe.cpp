#include "kafkaprobe.h"

#include "common/language.h"
#include "kafkaproducer.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace ferry {

Result<ProbeReport> probeKafka(const KafkaTarget &target, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    auto producer = KafkaProducer::create(target);
    if (!producer)
        return std::unexpected(producer.error());
    auto cluster = (*producer)->cluster(timeoutMs);
    if (!cluster)
        return std::unexpected(cluster.error());
    ProbeReport report;
    report.product = u"Kafka"_s;
    report.serverVersion = u"(%1 %2, %3 %4)"_s.arg(cluster->brokers.size())
                               .arg(cluster->brokers.size() == 1 ? u"broker"_s : u"brokers"_s)
                               .arg(cluster->topics.size())
                               .arg(cluster->topics.size() == 1 ? u"topic"_s : u"topics"_s);
    report.connectMs = int(clock.elapsed());
    for (auto it = cluster->brokers.begin(); it != cluster->brokers.end(); ++it) {
        ProbeFinding f;
        f.severity = ProbeFinding::Severity::Ok;
        f.item = u"broker %1"_s.arg(it.key());
        f.value = it.value();
        f.message = Text::tr("broker %1 answers at %2").arg(it.key()).arg(it.value());
        report.findings.append(f);
    }
    for (auto it = cluster->topics.begin(); it != cluster->topics.end(); ++it) {
        ProbeFinding f;
        f.severity = ProbeFinding::Severity::Info;
        f.item = u"topic %1"_s.arg(it.key());
        f.value = it.value() == 1 ? u"1 partition"_s : u"%1 partitions"_s.arg(it.value());
        f.message = Text::tr("topic %1 exists").arg(it.key());
        report.findings.append(f);
    }
    if (cluster->topics.isEmpty()) {
        ProbeFinding f;
        f.severity = ProbeFinding::Severity::Info;
        f.item = u"topics"_s;
        f.value = u"none"_s;
        f.message = Text::tr("the cluster has no topics yet: a sync project creates them");
        report.findings.append(f);
    }
    return report;
}

} // namespace ferry

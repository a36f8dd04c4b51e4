#include "prometheustext.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

QString escaped(QString value)
{
    return value.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// One metric family: its HELP and TYPE, then a sample per component.
class Family
{
public:
    Family(QString &out, const QString &name, const QString &type, const QString &help)
        : m_out(out)
        , m_name(name)
    {
        m_out += u"# HELP "_s + name + u' ' + help + u"\n# TYPE "_s + name + u' ' + type + u'\n';
    }
    void add(const QString &labels, double value)
    {
        m_out += m_name + (labels.isEmpty() ? QString() : QString(u'{' + labels + u'}')) + u' '
            + number(value) + u'\n';
    }

private:
    QString &m_out;
    QString m_name;
};

QString labelsOf(const ComponentSnapshot &c)
{
    return u"project=\"%1\",step=\"%2\",component=\"%3\",kind=\"%4\""_s.arg(
        escaped(c.project), escaped(c.step), escaped(c.name), stateId(c.kind));
}

} // namespace

QByteArray prometheusText(const QList<ComponentSnapshot> &all,
                          const std::optional<ResourceSample> &host)
{
    QList<ComponentSnapshot> components;
    for (const ComponentSnapshot &c : all)
        if (c.state != ComponentState::Dead)
            components.append(c);
    QString out;
    {
        Family f(out, u"ferry_component_state"_s, u"gauge"_s,
                 u"1 for the state each running pipeline component is in."_s);
        for (const ComponentSnapshot &c : components)
            f.add(labelsOf(c) + u",state=\"%1\""_s.arg(stateId(c.state)), 1);
    }
    const struct
    {
        const char16_t *name;
        const char16_t *type;
        const char16_t *help;
        double (*value)(const ComponentSnapshot &);
    } families[] = {
        {u"ferry_component_rows_total", u"counter", u"Rows read, written or applied.",
         [](const ComponentSnapshot &c) {
             return double(c.rows);
         }},
        {u"ferry_component_bytes_total", u"counter", u"Bytes read or written.",
         [](const ComponentSnapshot &c) {
             return double(c.bytes);
         }},
        {u"ferry_component_events_total", u"counter", u"Change events read or applied.",
         [](const ComponentSnapshot &c) {
             return double(c.events);
         }},
        {u"ferry_component_rows_per_second", u"gauge", u"Rows per second, recently.",
         [](const ComponentSnapshot &c) {
             return c.rowsPerSecond;
         }},
        {u"ferry_component_bytes_per_second", u"gauge", u"Bytes per second, recently.",
         [](const ComponentSnapshot &c) {
             return c.bytesPerSecond;
         }},
        {u"ferry_component_events_per_second", u"gauge", u"Change events per second, recently.",
         [](const ComponentSnapshot &c) {
             return c.eventsPerSecond;
         }},
        {u"ferry_component_queue_depth", u"gauge", u"Batches or transactions queued.",
         [](const ComponentSnapshot &c) {
             return double(c.queueDepth);
         }},
        {u"ferry_component_retries_total", u"counter", u"Retries after a lost connection.",
         [](const ComponentSnapshot &c) {
             return double(c.retries);
         }},
        {u"ferry_component_errors_total", u"counter", u"Errors.",
         [](const ComponentSnapshot &c) {
             return double(c.errors);
         }},
    };
    for (const auto &family : families) {
        Family f(out, QString::fromUtf16(family.name), QString::fromUtf16(family.type),
                 QString::fromUtf16(family.help));
        for (const ComponentSnapshot &c : components)
            f.add(labelsOf(c), family.value(c));
    }
    {
        Family f(out, u"ferry_component_lag_seconds"_s, u"gauge"_s,
                 u"A change stream's lag by stage: read (source commit to read), queue, apply."_s);
        for (const ComponentSnapshot &c : components) {
            const qint64 lags[] = {c.lagReadMs, c.lagQueueMs, c.lagApplyMs};
            const char16_t *stages[] = {u"read", u"queue", u"apply"};
            for (int i = 0; i < 3; ++i)
                if (lags[i] >= 0)
                    f.add(labelsOf(c) + u",stage=\"%1\""_s.arg(QString::fromUtf16(stages[i])),
                          double(lags[i]) / 1000.0);
        }
    }
    if (host) {
        if (host->hasRates())
            Family(out, u"ferry_host_cpu_busy_ratio"_s, u"gauge"_s,
                   u"The machine's CPU busy share over every core, 0 to 1."_s)
                .add({}, host->cpuBusyPercent / 100.0);
        Family(out, u"ferry_host_memory_used_bytes"_s, u"gauge"_s,
               u"The machine's memory in use (total less available)."_s)
            .add({}, double(host->memoryUsed));
        Family(out, u"ferry_host_memory_total_bytes"_s, u"gauge"_s, u"The machine's memory."_s)
            .add({}, double(host->memoryTotal));
        Family(out, u"ferry_host_disk_used_bytes"_s, u"gauge"_s,
               u"Used space of the file system holding the store."_s)
            .add({}, double(host->diskUsed));
        Family(out, u"ferry_host_disk_total_bytes"_s, u"gauge"_s,
               u"Size of the file system holding the store."_s)
            .add({}, double(host->diskTotal));
        Family(out, u"ferry_process_resident_memory_bytes"_s, u"gauge"_s,
               u"Resident memory of this Ferry process."_s)
            .add({}, double(host->ferryMemory));
    }
    return out.toUtf8();
}

} // namespace ferry

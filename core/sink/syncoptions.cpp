#include "syncoptions.h"

#include "common/language.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

template<typename E>
struct Names
{
    QList<QPair<QString, E>> list;

    QString id(E value) const
    {
        for (const auto &n : list)
            if (n.second == value)
                return n.first;
        return {};
    }
    QStringList ids() const
    {
        QStringList out;
        for (const auto &n : list)
            out << n.first;
        return out;
    }
    Result<E> fromId(const QString &id, const QString &what) const
    {
        for (const auto &n : list)
            if (n.first == id)
                return n.second;
        return fail(Error::Code::InvalidInput,
                    Text::tr("%1 '%2' is not one of: %3").arg(what, id, ids().join(u", "_s)),
                    Text::tr("Write one of: %1.").arg(ids().join(u", "_s)));
    }
};

const Names<MessageFormat> kFormats {{{u"ferry-json"_s, MessageFormat::FerryJson},
                                      {u"canal-json"_s, MessageFormat::CanalJson},
                                      {u"debezium-json"_s, MessageFormat::DebeziumJson},
                                      {u"maxwell-json"_s, MessageFormat::MaxwellJson},
                                      {u"flat-json"_s, MessageFormat::FlatJson}}};
const Names<PartitionBy> kPartitionBy {{{u"key"_s, PartitionBy::Key},
                                        {u"table"_s, PartitionBy::Table},
                                        {u"single"_s, PartitionBy::Single},
                                        {u"columns"_s, PartitionBy::Columns}}};
const Names<DecimalHandling> kDecimals {{{u"string"_s, DecimalHandling::String},
                                         {u"precise"_s, DecimalHandling::Precise},
                                         {u"double"_s, DecimalHandling::Double}}};

Error bad(const QString &message, const QString &fix = {})
{
    return makeError(Error::Code::InvalidInput, message, fix);
}

Result<int> wholeNumber(const QJsonObject &o, const QString &key, int fallback, int min, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return fail(bad(
            Text::tr("sync.%1 must be a whole number from %2 to %3").arg(key).arg(min).arg(max)));
    return int(d);
}

// A topic name Kafka takes: letters, digits, '.', '_', '-', at most 249 characters.
const QRegularExpression kTopicChars(u"^[A-Za-z0-9._-]+$"_s);

} // namespace

namespace messageformats {
QString id(MessageFormat format)
{
    return kFormats.id(format);
}
Result<MessageFormat> fromId(const QString &id)
{
    return kFormats.fromId(id, u"sync.format"_s);
}
QStringList ids()
{
    return kFormats.ids();
}
} // namespace messageformats

namespace partitionby {
QString id(PartitionBy by)
{
    return kPartitionBy.id(by);
}
Result<PartitionBy> fromId(const QString &id)
{
    return kPartitionBy.fromId(id, u"sync.partitionBy"_s);
}
QStringList ids()
{
    return kPartitionBy.ids();
}
} // namespace partitionby

namespace decimalhandling {
QString id(DecimalHandling handling)
{
    return kDecimals.id(handling);
}
Result<DecimalHandling> fromId(const QString &id)
{
    return kDecimals.fromId(id, u"sync.decimals"_s);
}
QStringList ids()
{
    return kDecimals.ids();
}
} // namespace decimalhandling

Result<SyncOptions> SyncOptions::fromJson(const QJsonValue &value)
{
    SyncOptions out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject())
        return fail(bad(Text::tr("\"sync\" must be an object"),
                        Text::tr("Example: \"sync\": {\"format\": \"debezium-json\", \"topic\": "
                                 "\"{database}.{table}\", \"partitionBy\": \"key\"}")));
    const QJsonObject o = value.toObject();
    const QStringList known = {
        u"format"_s,       u"schema"_s,      u"decimals"_s,         u"topic"_s,
        u"topics"_s,       u"partitionBy"_s, u"partitionColumns"_s, u"partition"_s,
        u"createTopics"_s, u"partitions"_s,  u"replicationFactor"_s};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(bad(Text::tr("unknown key '%1' in sync").arg(it.key()),
                            Text::tr("Known keys: %1.").arg(known.join(u", "_s))));

    const auto text = [&](const QString &key) -> Result<QString> {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return fail(bad(Text::tr("sync.%1 must be a string").arg(key)));
        return v.toString();
    };
    const auto flag = [&](const QString &key, bool &into) -> Status {
        if (!o.contains(key))
            return {};
        if (!o.value(key).isBool())
            return fail(bad(Text::tr("sync.%1 must be true or false").arg(key)));
        into = o.value(key).toBool();
        return {};
    };

    if (o.contains(u"format"_s)) {
        auto name = text(u"format"_s);
        if (!name)
            return std::unexpected(name.error());
        auto format = messageformats::fromId(*name);
        if (!format)
            return std::unexpected(format.error());
        out.format = *format;
    }
    if (auto ok = flag(u"schema"_s, out.schema); !ok)
        return std::unexpected(ok.error());
    if (out.schema && out.format != MessageFormat::DebeziumJson)
        return fail(
            bad(Text::tr("sync.schema is for debezium-json only, not %1")
                    .arg(messageformats::id(out.format)),
                Text::tr("Leave \"schema\" out, or choose \"format\": \"debezium-json\".")));
    if (o.contains(u"decimals"_s)) {
        auto name = text(u"decimals"_s);
        if (!name)
            return std::unexpected(name.error());
        auto decimals = decimalhandling::fromId(*name);
        if (!decimals)
            return std::unexpected(decimals.error());
        out.decimals = *decimals;
    }
    if (o.contains(u"topic"_s)) {
        auto topic = text(u"topic"_s);
        if (!topic)
            return std::unexpected(topic.error());
        out.topic = topic->trimmed();
    }
    QString rest = out.topic;
    for (const QString &placeholder : {u"{database}"_s, u"{schema}"_s, u"{table}"_s})
        rest.replace(placeholder, u"x"_s);
    if (out.topic.isEmpty() || !kTopicChars.match(rest).hasMatch())
        return fail(
            bad(Text::tr("sync.topic '%1' is not a topic name template").arg(out.topic),
                Text::tr("Use letters, digits, '.', '_', '-' and the placeholders {database}, "
                         "{schema} and {table}: \"{database}.{table}\" (one topic per table), "
                         "\"{database}\" (one per database), \"changes\" (one for all).")));
    if (o.contains(u"topics"_s)) {
        if (!o.value(u"topics"_s).isObject())
            return fail(bad(Text::tr("sync.topics must be an object of table -> topic"),
                            Text::tr("Example: \"topics\": {\"shop.orders\": \"orders-v2\"}")));
        const QJsonObject topics = o.value(u"topics"_s).toObject();
        for (auto it = topics.begin(); it != topics.end(); ++it) {
            const QString topic = it.value().toString();
            if (!it.value().isString() || !kTopicChars.match(topic).hasMatch()
                || topic.size() > 249)
                return fail(
                    bad(Text::tr("sync.topics.%1: '%2' is not a topic name").arg(it.key(), topic),
                        Text::tr("Use 1 to 249 letters, digits, '.', '_' or '-'.")));
            out.topics.insert(it.key(), topic);
        }
    }
    if (o.contains(u"partitionBy"_s)) {
        auto name = text(u"partitionBy"_s);
        if (!name)
            return std::unexpected(name.error());
        auto by = partitionby::fromId(*name);
        if (!by)
            return std::unexpected(by.error());
        out.partitionBy = *by;
    }
    if (o.contains(u"partitionColumns"_s)) {
        const QJsonValue v = o.value(u"partitionColumns"_s);
        const QJsonArray columns = v.toArray();
        for (const QJsonValue &c : columns)
            if (c.isString() && !c.toString().isEmpty())
                out.partitionColumns << c.toString();
        if (!v.isArray() || out.partitionColumns.size() != columns.size())
            return fail(bad(Text::tr("sync.partitionColumns must be a list of column names")));
    }
    if (out.partitionBy == PartitionBy::Columns && out.partitionColumns.isEmpty())
        return fail(
            bad(Text::tr("sync.partitionBy is \"columns\" but sync.partitionColumns is empty"),
                Text::tr("List the columns whose values choose the partition: "
                         "\"partitionColumns\": [\"customer_id\"].")));
    if (out.partitionBy != PartitionBy::Columns && !out.partitionColumns.isEmpty())
        return fail(
            bad(Text::tr("sync.partitionColumns is set but sync.partitionBy is \"%1\"")
                    .arg(partitionby::id(out.partitionBy)),
                Text::tr("Write \"partitionBy\": \"columns\", or leave partitionColumns out.")));
    auto partition = wholeNumber(o, u"partition"_s, 0, 0, 100000);
    auto partitions = wholeNumber(o, u"partitions"_s, 1, 1, 100000);
    auto replication = wholeNumber(o, u"replicationFactor"_s, 1, -1, 32767);
    for (const auto *r : {&partition, &partitions, &replication})
        if (!*r)
            return std::unexpected(r->error());
    if (*replication == 0)
        return fail(
            bad(Text::tr("sync.replicationFactor must be -1 (the broker's default) or from 1")));
    if (o.contains(u"partition"_s) && out.partitionBy != PartitionBy::Single)
        return fail(bad(
            Text::tr("sync.partition is set but sync.partitionBy is \"%1\"")
                .arg(partitionby::id(out.partitionBy)),
            Text::tr("Write \"partitionBy\": \"single\" to send everything to one partition.")));
    out.partition = *partition;
    out.partitions = *partitions;
    out.replicationFactor = *replication;
    if (auto ok = flag(u"createTopics"_s, out.createTopics); !ok)
        return std::unexpected(ok.error());
    return out;
}

QJsonObject SyncOptions::toJson() const
{
    QJsonObject o {{u"format"_s, messageformats::id(format)},
                   {u"topic"_s, topic},
                   {u"partitionBy"_s, partitionby::id(partitionBy)},
                   {u"createTopics"_s, createTopics},
                   {u"partitions"_s, partitions},
                   {u"replicationFactor"_s, replicationFactor}};
    if (schema)
        o[u"schema"_s] = true;
    if (decimals)
        o[u"decimals"_s] = decimalhandling::id(*decimals);
    if (!topics.isEmpty()) {
        QJsonObject m;
        for (auto it = topics.begin(); it != topics.end(); ++it)
            m[it.key()] = it.value();
        o[u"topics"_s] = m;
    }
    if (partitionBy == PartitionBy::Columns)
        o[u"partitionColumns"_s] = QJsonArray::fromStringList(partitionColumns);
    if (partitionBy == PartitionBy::Single)
        o[u"partition"_s] = partition;
    return o;
}

} // namespace ferry

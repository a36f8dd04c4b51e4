#include "topicrouter.h"

#include "common/language.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ferry {

TopicRouter::TopicRouter(SyncOptions options, Endpoint source)
    : m_options(std::move(options))
    , m_source(std::move(source))
{ }

QString TopicRouter::databaseOf(const TableRef &table) const
{
    switch (m_source.family()) {
    case EngineFamily::MySql: return table.schema.isEmpty() ? m_source.database : table.schema;
    case EngineFamily::PostgreSql: return m_source.database;
    case EngineFamily::Sqlite: return u"main"_s;
    }
    return m_source.database;
}

Result<QString> TopicRouter::topicFor(const TableRef &table, const QString &logical) const
{
    const QString database = databaseOf(table);
    // An explicit topic for the physical table wins, then one for its logical table.
    QString topic =
        m_options.topics.value(database + u'.' + table.name, m_options.topics.value(table.name));
    if (topic.isEmpty() && !logical.isEmpty())
        topic = m_options.topics.value(database + u'.' + logical, m_options.topics.value(logical));
    if (topic.isEmpty()) {
        topic = m_options.topic;
        topic.replace(u"{database}"_s, database);
        topic.replace(u"{schema}"_s, table.schema.isEmpty() ? database : table.schema);
        topic.replace(u"{table}"_s, logical.isEmpty() ? table.name : logical);
    }
    static const QRegularExpression valid(u"^[A-Za-z0-9._-]{1,249}$"_s);
    if (!valid.match(topic).hasMatch() || topic == u"." || topic == u"..")
        return fail(
            Error::Code::InvalidInput,
            Text::tr("table %1 would go to topic '%2', which Kafka does not accept")
                .arg(table.display(), topic),
            Text::tr("Name its topic in sync.topics (\"%1\": \"a-valid.name\"): topic names "
                     "have 1 to 249 letters, digits, '.', '_' or '-'.")
                .arg(table.display()),
            table.display());
    return topic;
}

Result<SinkTable> TopicRouter::route(const Table &table, const QList<Column> &keyColumns,
                                     const QString &logical) const
{
    SinkTable t;
    t.ref = table.ref;
    t.logical = logical == table.ref.name ? QString() : logical;
    t.database = databaseOf(table.ref);
    t.sourceKey = table.ref.display();
    t.columns = table.columns;
    t.partitionBy = m_options.partitionBy;
    auto topic = topicFor(table.ref, t.logical);
    if (!topic)
        return std::unexpected(topic.error());
    t.topic = *topic;
    const auto cellOf = [&](const QString &name) {
        for (int i = 0; i < table.columns.size(); ++i)
            if (table.columns[i].name == name)
                return i;
        return -1;
    };
    for (const Column &k : keyColumns)
        if (const int cell = cellOf(k.name); cell >= 0)
            t.keyCells.append(cell);
    switch (m_options.partitionBy) {
    case PartitionBy::Key:
        if (t.keyCells.isEmpty())
            return fail(Error::Code::Unsupported,
                        Text::tr("table %1 has no primary key or non-null unique key: its messages "
                                 "cannot be keyed (and ordered) by row")
                            .arg(t.sourceKey),
                        Text::tr("Add a primary key to %1, exclude it, or route by table "
                                 "(\"partitionBy\": \"table\").")
                            .arg(t.sourceKey),
                        t.sourceKey);
        t.routeCells = t.keyCells;
        break;
    case PartitionBy::Columns:
        for (const QString &name : std::as_const(m_options.partitionColumns)) {
            const int cell = cellOf(name);
            if (cell < 0)
                return fail(Error::Code::InvalidInput,
                            Text::tr("table %1 has no column %2 (sync.partitionColumns)")
                                .arg(t.sourceKey, name),
                            Text::tr("List columns every selected table has, or exclude %1.")
                                .arg(t.sourceKey),
                            t.sourceKey);
            t.routeCells.append(cell);
        }
        break;
    case PartitionBy::Table: break;
    case PartitionBy::Single: t.partition = m_options.partition; break;
    }
    return t;
}

} // namespace ferry

#include "syncdetails.h"

#include "consolecontext.h"
#include "migration/incrementalpanel.h"
#include "project/syncpreview.h"
#include "store/datasourcerepository.h"
#include "widgets/async.h"
#include "widgets/simpletablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

struct Loaded
{
    Result<ProjectOverview> overview;
    QMap<QString, qint64> topics;
    QString target; // "kafka-prod (127.0.0.1:9092)"
};

} // namespace

SyncDetails::SyncDetails(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncDetails"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_topics = new SimpleTableModel({tr("Topic"), tr("Messages")}, this);
    m_topicsView = new QTableView;
    m_topicsView->setObjectName(QStringLiteral("syncTopics"));
    m_topicsView->setModel(m_topics);
    m_topicsView->verticalHeader()->hide();
    m_topicsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_topicsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_topicsView->setMaximumWidth(360);

    m_stream = new IncrementalPanel;
    m_stream->setObjectName(QStringLiteral("syncStream"));
    // A sync project's target is Kafka: there is nothing to switch over to.
    m_stream->switchoverButton()->hide();
    m_stream->setNote(
        tr("The stream saves where it stands every few seconds, once Kafka acknowledged every "
           "message before that point: after a stop or a crash it resends at most the "
           "unacknowledged tail, with the same sequence numbers. Lag runs from the source's "
           "commit to the broker's acknowledgement."));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_topicsView);
    split->addWidget(m_stream);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_context->runner(m_projectId)
            && m_context->runner(m_projectId)->isRunning())
            refresh();
    });
    m_timer->start();
    connect(m_context, &ConsoleContext::runnersChanged, this, [this] {
        if (m_projectId)
            refresh();
    });
}

void SyncDetails::showProject(qint64 id)
{
    if (id != m_projectId) {
        m_stream->clear();
        m_topics->setRows({});
    }
    m_projectId = id;
    refresh();
}

void SyncDetails::refresh()
{
    if (!m_projectId)
        return;
    const int generation = ++m_generation;
    auto projects = m_context->projects();
    auto sources = m_context->dataSources();
    runAsync(
        this,
        [projects, sources, id = m_projectId] {
            Loaded l {projects->overview(id, 0, 120, false), {}, {}};
            if (!l.overview)
                return l;
            const ProjectDefinition &d = l.overview->project.definition;
            Endpoint source = d.source.endpoint;
            if (d.source.isDataSource())
                if (auto s = sources->findByName(d.source.dataSource))
                    source = s->endpoint;
            l.topics = messagesPerTopic(d, source, l.overview->tables, l.overview->streams);
            if (d.target.isDataSource()) {
                auto t = sources->findByName(d.target.dataSource);
                l.target = t ? tr("%1 (%2)").arg(d.target.dataSource, t->displayAddress())
                             : d.target.dataSource;
            } else if (d.target.kafka) {
                l.target = d.target.kafka->bootstrapServers;
            }
            return l;
        },
        [this, generation](const Loaded &l) {
            if (generation != m_generation)
                return;
            if (!l.overview) {
                m_summary->setText(l.overview.error().text());
                return;
            }
            const ProjectRecord &p = l.overview->project;
            const ProjectDefinition &d = p.definition;
            m_title->setText(p.name());
            const bool snapshot = d.hasStep(QStringLiteral("full"));
            QString routing = partitionby::id(d.sync.partitionBy);
            if (d.sync.partitionBy == PartitionBy::Columns)
                routing += QStringLiteral(" (%1)").arg(d.sync.partitionColumns.join(u", "));
            m_summary->setText(
                tr("<b>Kafka</b> %1 &nbsp;·&nbsp; <b>Format</b> %2 &nbsp;·&nbsp; <b>Topic</b> %3 "
                   "&nbsp;·&nbsp; <b>Partition by</b> %4 &nbsp;·&nbsp; <b>Snapshot</b> %5")
                    .arg(l.target.toHtmlEscaped(), messageformats::id(d.sync.format),
                         d.sync.topic.toHtmlEscaped(), routing.toHtmlEscaped(),
                         snapshot ? tr("yes") : tr("no")));
            m_error->setVisible(!p.lastError.isEmpty());
            m_error->setText(tr("Last error: %1").arg(p.lastError));
            QList<SimpleTableModel::Row> rows;
            for (auto it = l.topics.begin(); it != l.topics.end(); ++it)
                rows.append({SimpleTableModel::Cell(it.key()),
                             SimpleTableModel::Cell(QVariant(it.value()))});
            m_topics->setRows(rows, l.topics.keys());
            ProjectRunner *runner = m_context->runner(p.id);
            m_stream->setStreams(l.overview->streams, runner && runner->isRunning());
            m_stream->setSamples(l.overview->samples);
            emit refreshed();
        });
}

} // namespace ferry::ui

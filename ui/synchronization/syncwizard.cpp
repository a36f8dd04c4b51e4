#include "syncwizard.h"

#include "consolecontext.h"
#include "datasource/datasourceservice.h"
#include "project/projectservice.h"
#include "store/datasourcerepository.h"
#include "widgets/async.h"
#include "widgets/simpletablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

enum TopicMode { Template, PerDatabase, OneTopic, Explicit };

QStringList patterns(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

} // namespace

SyncWizard::SyncWizard(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncWizard"));
    setWindowTitle(tr("New sync project"));
    buildUi();
    loadDataSources();
}

void SyncWizard::buildUi()
{
    auto named = [](auto *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_name = named(new QLineEdit, "syncName");
    m_name->setPlaceholderText(tr("shop-to-kafka"));
    m_source = named(new QComboBox, "syncSource");
    m_target = named(new QComboBox, "syncTarget");
    m_include = named(new QLineEdit(QStringLiteral("*")), "syncInclude");
    m_include->setPlaceholderText(tr("patterns, comma-separated: orders, shop.order_*"));
    m_exclude = named(new QLineEdit, "syncExclude");
    m_exclude->setPlaceholderText(tr("patterns to leave out"));

    m_format = named(new QComboBox, "syncFormat");
    m_format->addItem(tr("Ferry JSON"), QStringLiteral("ferry-json"));
    m_format->addItem(tr("Canal JSON"), QStringLiteral("canal-json"));
    m_format->addItem(tr("Debezium JSON"), QStringLiteral("debezium-json"));
    m_format->addItem(tr("Maxwell JSON"), QStringLiteral("maxwell-json"));
    m_format->addItem(tr("Flat JSON row"), QStringLiteral("flat-json"));
    m_schema =
        named(new QCheckBox(tr("With the schema (Kafka Connect's schemas.enable)")), "syncSchema");

    m_topicMode = named(new QComboBox, "syncTopicMode");
    m_topicMode->addItem(tr("One topic per table (name template)"), int(Template));
    m_topicMode->addItem(tr("One topic per database"), int(PerDatabase));
    m_topicMode->addItem(tr("One topic for everything"), int(OneTopic));
    m_topicMode->addItem(tr("Explicit map (the template names the rest)"), int(Explicit));
    m_topic = named(new QLineEdit(QStringLiteral("{database}.{table}")), "syncTopic");
    m_topicMap = named(new QPlainTextEdit, "syncTopicMap");
    m_topicMap->setPlaceholderText(tr("one per line:  orders = shop-orders"));
    m_topicMap->setMaximumHeight(64);

    m_partitionBy = named(new QComboBox, "syncPartitionBy");
    m_partitionBy->addItem(tr("Primary key hash (keeps each row's order)"), QStringLiteral("key"));
    m_partitionBy->addItem(tr("Table (keeps each table's order)"), QStringLiteral("table"));
    m_partitionBy->addItem(tr("One partition (keeps all order)"), QStringLiteral("single"));
    m_partitionBy->addItem(tr("Chosen columns"), QStringLiteral("columns"));
    m_partitionColumns = named(new QLineEdit, "syncPartitionColumns");
    m_partitionColumns->setPlaceholderText(tr("columns, comma-separated"));
    m_partition = named(new QSpinBox, "syncPartition");
    m_partition->setRange(0, 9999);

    m_createTopics = named(new QCheckBox(tr("Create missing topics")), "syncCreateTopics");
    m_createTopics->setChecked(true);
    m_partitions = named(new QSpinBox, "syncPartitions");
    m_partitions->setRange(1, 10000);
    m_partitions->setPrefix(tr("partitions "));
    m_replication = named(new QSpinBox, "syncReplication");
    m_replication->setRange(-1, 32);
    m_replication->setValue(1);
    m_replication->setPrefix(tr("replication factor "));
    m_replication->setSpecialValueText(tr("broker default"));
    m_snapshot =
        named(new QCheckBox(tr("Full snapshot of the tables before streaming")), "syncSnapshot");
    m_snapshot->setChecked(true);
    m_startNow = named(new QCheckBox(tr("Start after saving")), "syncStartNow");

    auto row = [](std::initializer_list<QWidget *> widgets) {
        auto *w = new QWidget;
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        for (QWidget *x : widgets)
            l->addWidget(x);
        l->addStretch(1);
        w->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return w;
    };

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Source database:"), m_source);
    form->addRow(tr("Kafka target:"), m_target);
    form->addRow(tr("Include:"), m_include);
    form->addRow(tr("Exclude:"), m_exclude);
    form->addRow(tr("Format:"), row({m_format, m_schema}));
    form->addRow(tr("Topics:"), m_topicMode);
    form->addRow(tr("Topic name:"), m_topic);
    form->addRow(tr("Explicit topics:"), m_topicMap);
    form->addRow(tr("Partition by:"), row({m_partitionBy, m_partitionColumns, m_partition}));
    form->addRow(tr("Topic creation:"), row({m_createTopics, m_partitions, m_replication}));
    form->addRow(tr("Snapshot:"), m_snapshot);
    for (QComboBox *c : {m_source, m_target})
        c->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *settings = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addLayout(form);
    settingsLayout->addStretch(1);

    m_previewRows = new SimpleTableModel(
        {tr("Source table"), tr("Topic"), tr("Partition rule"), tr("Key columns")}, this);
    m_previewView = named(new QTableView, "syncPreview");
    m_previewView->setModel(m_previewRows);
    m_previewView->verticalHeader()->hide();
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewStatus =
        named(new QLabel(tr("Choose a source to see where its tables go.")), "syncPreviewStatus");
    m_previewStatus->setWordWrap(true);
    m_sampleTitle = named(new QLabel, "syncSampleTitle");
    m_sampleTitle->setWordWrap(true);
    m_sample = named(new QPlainTextEdit, "syncSample");
    m_sample->setReadOnly(true);
    m_sample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sample->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *previewBox = new QGroupBox(tr("Preview"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_previewView, 2);
    previewLayout->addWidget(m_sampleTitle);
    previewLayout->addWidget(m_sample, 3);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(settings);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);
    split->setSizes({520, 660});

    m_validation = named(new QLabel, "syncValidation");
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("syncSave"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_validation);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_startNow);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &SyncWizard::refreshPreview);

    for (QLineEdit *e : {m_name, m_include, m_exclude, m_topic, m_partitionColumns})
        connect(e, &QLineEdit::textChanged, this, &SyncWizard::fieldsChanged);
    connect(m_topicMap, &QPlainTextEdit::textChanged, this, &SyncWizard::fieldsChanged);
    for (QComboBox *c : {m_source, m_target, m_format, m_partitionBy})
        connect(c, &QComboBox::currentIndexChanged, this, &SyncWizard::fieldsChanged);
    connect(m_topicMode, &QComboBox::currentIndexChanged, this, &SyncWizard::topicModeChanged);
    for (QSpinBox *s : {m_partition, m_partitions, m_replication})
        connect(s, &QSpinBox::valueChanged, this, &SyncWizard::fieldsChanged);
    for (QCheckBox *c : {m_schema, m_createTopics, m_snapshot})
        connect(c, &QCheckBox::toggled, this, &SyncWizard::fieldsChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncWizard::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    topicModeChanged();
    resize(1180, 680);
}

void SyncWizard::loadDataSources()
{
    auto repository = m_context->dataSources();
    runAsync(
        this, [repository] { return repository->list(); },
        [this](const Result<QList<DataSource>> &sources) {
            if (!sources) {
                m_validation->setText(sources.error().text());
                return;
            }
            m_sources = *sources;
            for (QComboBox *c : {m_source, m_target})
                c->blockSignals(true);
            m_source->clear();
            m_target->clear();
            for (const DataSource &s : m_sources) {
                const QString text =
                    tr("%1  ·  %2  ·  %3").arg(s.name, s.engineName(), s.displayAddress());
                (s.isKafka() ? m_target : m_source)->addItem(text, s.name);
            }
            for (QComboBox *c : {m_source, m_target})
                c->blockSignals(false);
            if (m_target->count() == 0)
                m_previewStatus->setText(
                    tr("No Kafka data source yet: add one in Data Source Management "
                       "(engine Kafka)."));
            fieldsChanged();
        });
}

void SyncWizard::topicModeChanged()
{
    const auto mode = TopicMode(m_topicMode->currentData().toInt());
    m_topic->setEnabled(mode != PerDatabase);
    if (mode == PerDatabase)
        m_topic->setText(QStringLiteral("{database}"));
    else if (mode == OneTopic && m_topic->text().contains(QLatin1Char('{')))
        m_topic->setText(m_name->text().isEmpty() ? QStringLiteral("ferry-changes")
                                                  : m_name->text());
    else if (mode == Template && !m_topic->text().contains(QLatin1Char('{')))
        m_topic->setText(QStringLiteral("{database}.{table}"));
    m_topicMap->setEnabled(mode == Explicit);
    fieldsChanged();
}

ProjectDefinition SyncWizard::definition() const
{
    ProjectDefinition d;
    d.name = m_name->text().trimmed();
    d.type = QStringLiteral("sync");
    d.source.dataSource = m_source->currentData().toString();
    d.target.dataSource = m_target->currentData().toString();
    d.steps = m_snapshot->isChecked()
        ? QStringList {QStringLiteral("full"), QStringLiteral("incremental")}
        : QStringList {QStringLiteral("incremental")};
    d.include = patterns(m_include->text());
    d.exclude = patterns(m_exclude->text());
    SyncOptions &o = d.sync;
    o.format = messageformats::fromId(m_format->currentData().toString())
                   .value_or(MessageFormat::FerryJson);
    o.schema = o.format == MessageFormat::DebeziumJson && m_schema->isChecked();
    o.topic = m_topic->text().trimmed();
    if (TopicMode(m_topicMode->currentData().toInt()) == Explicit) {
        for (const QString &line : m_topicMap->toPlainText().split(QLatin1Char('\n'))) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0 && !line.mid(eq + 1).trimmed().isEmpty())
                o.topics.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
    }
    o.partitionBy =
        partitionby::fromId(m_partitionBy->currentData().toString()).value_or(PartitionBy::Key);
    if (o.partitionBy == PartitionBy::Columns)
        o.partitionColumns = patterns(m_partitionColumns->text());
    if (o.partitionBy == PartitionBy::Single)
        o.partition = m_partition->value();
    o.createTopics = m_createTopics->isChecked();
    o.partitions = m_partitions->value();
    o.replicationFactor = m_replication->value() == 0 ? 1 : m_replication->value();
    return d;
}

QString SyncWizard::validationError() const
{
    if (m_source->count() == 0)
        return tr("Add a database data source first (Data Source Management).");
    if (m_target->count() == 0)
        return tr("Add a Kafka data source first (Data Source Management, engine Kafka).");
    const ProjectDefinition d = definition();
    // The file format's own checks, as `ferry run` would make them.
    auto parsed = ProjectDefinition::fromJson(d.toJson(), ProjectDefinition::Parse::Stored);
    if (!parsed)
        return parsed.error().text();
    if (TopicMode(m_topicMode->currentData().toInt()) == OneTopic
        && d.sync.topic.contains(QLatin1Char('{')))
        return tr("One topic for everything: give a topic name without placeholders.");
    return {};
}

void SyncWizard::fieldsChanged()
{
    const auto by = m_partitionBy->currentData().toString();
    m_partitionColumns->setVisible(by == QLatin1String("columns"));
    m_partition->setVisible(by == QLatin1String("single"));
    m_schema->setVisible(m_format->currentData().toString() == QLatin1String("debezium-json"));
    m_partitions->setEnabled(m_createTopics->isChecked());
    m_replication->setEnabled(m_createTopics->isChecked());
    const QString error = validationError();
    if (!m_saving)
        m_validation->setText(error);
    m_save->setEnabled(error.isEmpty() && !m_saving);
    if (m_source->count() > 0)
        m_debounce->start();
}

void SyncWizard::refreshPreview()
{
    m_debounce->stop();
    const QString sourceName = m_source->currentData().toString();
    if (sourceName.isEmpty())
        return;
    DataSource source;
    for (const DataSource &s : std::as_const(m_sources))
        if (s.name == sourceName)
            source = s;
    ProjectDefinition d = definition();
    if (d.name.isEmpty())
        d.name = QStringLiteral("preview");
    const int generation = ++m_previewGeneration;
    const QDateTime at = m_sampleTime.isValid() ? m_sampleTime : QDateTime::currentDateTimeUtc();
    m_previewStatus->setText(tr("Reading %1…").arg(source.displayAddress()));
    ConsoleContext *context = m_context;
    runAsync(
        this,
        [context, source, d, at]() -> Result<SyncPreview> {
            Endpoint endpoint = source.endpoint;
            if (source.hasPassword) {
                auto service = context->dataSourceService();
                if (!service)
                    return std::unexpected(service.error());
                auto resolved = (*service)->endpointWithPassword(source);
                if (!resolved)
                    return std::unexpected(resolved.error());
                endpoint = *resolved;
            }
            return previewSync(d, endpoint, at);
        },
        [this, generation](const Result<SyncPreview> &preview) {
            if (generation != m_previewGeneration)
                return; // the fields changed since: a newer preview is on its way
            if (!preview) {
                m_preview = {};
                m_previewRows->setRows({});
                m_previewStatus->setText(tr("No preview: %1").arg(preview.error().text()));
                m_sampleTitle->clear();
                m_sample->clear();
                emit previewUpdated();
                return;
            }
            m_preview = *preview;
            QList<SimpleTableModel::Row> rows;
            QStringList keys;
            int errors = 0;
            for (const SyncPreviewRow &r : m_preview.rows) {
                keys << r.sourceTable;
                if (!r.error.isEmpty()) {
                    ++errors;
                    rows.append(
                        {SimpleTableModel::Cell(r.sourceTable),
                         SimpleTableModel::Cell(r.error).withForeground(QColor(0xb3, 0x26, 0x1e)),
                         SimpleTableModel::Cell(QString()), SimpleTableModel::Cell(QString())});
                    continue;
                }
                rows.append({SimpleTableModel::Cell(r.sourceTable), SimpleTableModel::Cell(r.topic),
                             SimpleTableModel::Cell(r.partitionRule),
                             SimpleTableModel::Cell(r.keyColumns.join(QStringLiteral(", ")))});
            }
            m_previewRows->setRows(rows, keys);
            m_previewStatus->setText(
                errors ? tr("%n table(s) cannot be routed: see the topic column.", nullptr, errors)
                       : tr("%n table(s) selected.", nullptr, int(m_preview.rows.size())));
            if (m_preview.sampleValue.isEmpty()) {
                m_sampleTitle->setText(m_preview.sampleNote);
                m_sample->clear();
            } else {
                m_sampleTitle->setText(
                    tr("A message of %1 in %2, from its first row as the snapshot sends it; "
                       "key: %3")
                        .arg(m_preview.sampleTable, m_format->currentText(),
                             QString::fromUtf8(m_preview.sampleKey)));
                m_sample->setPlainText(QString::fromUtf8(m_preview.sampleValue));
            }
            emit previewUpdated();
        });
}

void SyncWizard::save()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_validation->setText(error);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_validation->setText(tr("Saving…"));
    auto projects = m_context->projects();
    const ProjectDefinition d = definition();
    const bool startNow = m_startNow->isChecked();
    runAsync(
        this, [projects, d] { return projects->create(d); },
        [this, startNow](const Result<ProjectRecord> &created) {
            m_saving = false;
            if (!created) {
                m_validation->setText(created.error().text());
                m_save->setEnabled(true);
                return;
            }
            emit projectCreated(created->id, startNow);
            accept();
        });
}

} // namespace ferry::ui

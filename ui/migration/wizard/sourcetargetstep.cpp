#include "sourcetargetstep.h"

#include "widgets/statetext.h"

#include "consolecontext.h"
#include "datasource/datasourceservice.h"
#include "datasourcechoicemodel.h"
#include "datasources/adddatasource.h"
#include "engines/probereport.h"
#include "project/projectservice.h"
#include "store/datasourcerepository.h"
#include "widgets/async.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::ui {

namespace {

constexpr int kMaxName = 64;

int roleIndex(SourceTargetStep::Role role)
{
    return role == SourceTargetStep::Role::Source ? 0 : 1;
}

} // namespace

SourceTargetStep::SourceTargetStep(ConsoleContext *context, QWidget *parent)
    : WizardStep(tr("Source and target"),
                 tr("Name the project and choose where the data comes from and where it goes."),
                 parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("sourceTargetStep"));
    m_choices = new DataSourceChoiceModel(this);
    m_choices->setObjectName(QStringLiteral("dataSourceChoices"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setPlaceholderText(tr("e.g. shop-to-reporting"));
    m_name->setMaxLength(200); // longer names are explained, not silently cut
    m_nameStatus = new QLabel;
    m_nameStatus->setObjectName(QStringLiteral("nameStatus"));
    m_nameStatus->setWordWrap(false); // one short line; wrapping would squeeze it in the form
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tagsField"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. q4-cutover, shop"));

    auto *projectCard = new QFrame;
    projectCard->setObjectName(QStringLiteral("card"));
    auto *form = new QFormLayout(projectCard);
    form->setContentsMargins(16, 14, 16, 14);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *title = new QLabel(tr("Project"));
    title->setObjectName(QStringLiteral("sectionTitle"));
    form->addRow(title);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_nameStatus);
    form->addRow(tr("Tags:"), m_tags);

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetCombo"));
    for (QComboBox *c : {m_source, m_target}) {
        c->setModel(m_choices);
        c->setPlaceholderText(tr("Choose a data source…"));
        c->setCurrentIndex(-1);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(30);
    }
    m_sourceDetails = new QLabel;
    m_sourceDetails->setObjectName(QStringLiteral("sourceDetails"));
    m_targetDetails = new QLabel;
    m_targetDetails->setObjectName(QStringLiteral("targetDetails"));

    auto *arrow = new QLabel(QStringLiteral("→"));
    arrow->setStyleSheet(QStringLiteral("font-size: 26px; color: #8a97a8;"));
    arrow->setAlignment(Qt::AlignCenter);
    auto *endpoints = new QHBoxLayout;
    endpoints->setSpacing(12);
    endpoints->addWidget(endpointCard(Role::Source), 1);
    endpoints->addWidget(arrow);
    endpoints->addWidget(endpointCard(Role::Target), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(projectCard);
    layout->addLayout(endpoints);
    layout->addStretch(1);

    m_nameTimer = new QTimer(this);
    m_nameTimer->setSingleShot(true);
    m_nameTimer->setInterval(250);
    connect(m_nameTimer, &QTimer::timeout, this, &SourceTargetStep::checkName);
    connect(m_name, &QLineEdit::textChanged, this, &SourceTargetStep::nameEdited);
    connect(m_tags, &QLineEdit::textChanged, this, &WizardStep::changed);
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { choiceChanged(Role::Source); });
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this] { choiceChanged(Role::Target); });
    connect(m_context, &ConsoleContext::dataSourcesChanged, this,
            &SourceTargetStep::reloadDataSources);

    nameEdited();
    updateDetails(Role::Source);
    updateDetails(Role::Target);
    reloadDataSources();
}

QWidget *SourceTargetStep::endpointCard(Role role)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    auto *title = new QLabel(role == Role::Source ? tr("Source") : tr("Target"));
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto *hint = new QLabel(role == Role::Source ? tr("The database the data is read from.")
                                                 : tr("The database the data is written to."));
    hint->setObjectName(QStringLiteral("mutedLabel"));
    QLabel *details = role == Role::Source ? m_sourceDetails : m_targetDetails;
    details->setWordWrap(true);
    details->setTextFormat(Qt::RichText);
    details->setMinimumHeight(72);
    details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(combo(role));
    layout->addWidget(details, 1);
    return card;
}

QComboBox *SourceTargetStep::combo(Role role) const
{
    return role == Role::Source ? m_source : m_target;
}

void SourceTargetStep::loadProject(const ProjectDefinition &definition)
{
    m_editing = true;
    m_project = definition;
    m_name->setText(definition.name);
    m_name->setReadOnly(true);
    m_name->setFocusPolicy(Qt::ClickFocus); // Tab starts at the tags, the one editable field
    m_name->setStyleSheet(QStringLiteral("QLineEdit { background: #f1f4f8; color: #3d4b5f; }"));
    m_tags->setText(definition.tags.join(QStringLiteral(", ")));
    for (Role role : {Role::Source, Role::Target}) {
        const EndpointSpec &spec = role == Role::Source ? definition.source : definition.target;
        QComboBox *c = combo(role);
        c->setEnabled(false);
        if (spec.isDataSource()) {
            m_wanted[roleIndex(role)] = spec.dataSource;
        } else {
            c->setPlaceholderText(
                tr("%1 (written in the project file)").arg(spec.endpoint.displayAddress()));
            c->setCurrentIndex(-1);
        }
    }
    nameEdited();
    reloadDataSources();
}

void SourceTargetStep::reloadDataSources()
{
    auto repository = m_context->dataSources();
    runAsync(
        this, [repository] { return repository->list(); },
        [this](const Result<QList<DataSource>> &sources) {
            m_sourcesLoaded = true;
            m_sourcesError = sources ? QString() : sources.error().text();
            // Keep the choices across the reload (the names are the identity).
            std::array<QString, 2> keep;
            for (Role role : {Role::Source, Role::Target}) {
                const int i = roleIndex(role);
                keep[i] = !m_wanted[i].isEmpty()
                    ? m_wanted[i]
                    : combo(role)->currentData(DataSourceChoiceModel::NameRole).toString();
            }
            for (QComboBox *c : {m_source, m_target})
                c->blockSignals(true);
            // A Kafka cluster is a sync project's target, never a migration's end.
            QList<DataSource> databases;
            for (const DataSource &d : sources ? *sources : QList<DataSource>())
                if (!d.isKafka())
                    databases.append(d);
            m_choices->setSources(databases);
            for (Role role : {Role::Source, Role::Target}) {
                const int i = roleIndex(role);
                const int row = keep[i].isEmpty() ? -1 : m_choices->rowOf(keep[i]);
                combo(role)->setCurrentIndex(row);
                m_lastRow[i] = row;
                if (row >= 0 || !m_editing)
                    m_wanted[i].clear();
                updateDetails(role);
            }
            for (QComboBox *c : {m_source, m_target})
                c->blockSignals(false);
            emit endpointsChanged();
            emit changed();
        });
}

void SourceTargetStep::choiceChanged(Role role)
{
    QComboBox *c = combo(role);
    const int i = roleIndex(role);
    if (c->currentIndex() == m_choices->newRow()) {
        // "New data source…" is an action, not a choice: go back to the previous choice and
        // open the dialog; a saved data source becomes the choice.
        c->blockSignals(true);
        c->setCurrentIndex(m_lastRow[i]);
        c->blockSignals(false);
        addDataSource(role);
        return;
    }
    m_lastRow[i] = c->currentIndex();
    updateDetails(role);
    emit endpointsChanged();
    emit changed();
}

void SourceTargetStep::addDataSource(Role role)
{
    DataSource initial;
    initial.endpoint.engine = role == Role::Target ? Engine::PostgreSql : Engine::MariaDb;
    // The combos reload on dataSourcesChanged and select the new one.
    addDataSourceInteractively(this, m_context, initial, [this, role](const DataSource &added) {
        m_wanted[roleIndex(role)] = added.name;
    });
}

void SourceTargetStep::nameEdited()
{
    m_nameTimer->stop();
    ++m_nameGeneration;
    const QString name = m_name->text();
    if (m_editing) {
        showNameState(NameState::Own,
                      tr("A project keeps its name, source and target; its tags can change."));
        return;
    }
    if (name.isEmpty()) {
        showNameState(NameState::Empty,
                      tr("Enter a name: 1 to %1 characters, no spaces.").arg(kMaxName));
        return;
    }
    if (name.size() > kMaxName) {
        showNameState(NameState::Invalid,
                      tr("The name has %1 characters: at most %2 are allowed.")
                          .arg(name.size())
                          .arg(kMaxName));
        return;
    }
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.isSpace(); })) {
        showNameState(NameState::Invalid,
                      tr("The name must not contain spaces: use - or _ instead."));
        return;
    }
    showNameState(NameState::Checking, tr("Checking the name…"));
    m_nameTimer->start();
}

void SourceTargetStep::checkName()
{
    const int generation = m_nameGeneration;
    const QString name = m_name->text();
    auto projects = m_context->projects();
    runAsync(
        this,
        [projects, name]() -> Result<bool> {
            auto found = projects->find(name);
            if (found)
                return true;
            if (found.error().code == Error::Code::NotFound)
                return false;
            return std::unexpected(found.error());
        },
        [this, generation, name](const Result<bool> &taken) {
            if (generation != m_nameGeneration)
                return; // typed on since
            if (!taken)
                showNameState(NameState::Failed,
                              tr("Cannot check the name: %1").arg(taken.error().text()));
            else if (*taken)
                showNameState(
                    NameState::Taken,
                    tr("A project named %1 already exists: choose another name.").arg(name));
            else
                showNameState(NameState::Free, tr("✓ The name is free."));
        });
}

void SourceTargetStep::showNameState(NameState state, const QString &text)
{
    m_nameState = state;
    m_nameText = text;
    m_nameStatus->setText(text);
    m_nameStatus->setVisible(!text.isEmpty());
    switch (state) {
    case NameState::Free: m_nameStatus->setStyleSheet(QStringLiteral("color: #1f7a4d;")); break;
    case NameState::Checking:
    case NameState::Empty:
    case NameState::Own: m_nameStatus->setStyleSheet(QStringLiteral("color: #6b7a8c;")); break;
    case NameState::Invalid:
    case NameState::Taken:
    case NameState::Failed: m_nameStatus->setStyleSheet(QStringLiteral("color: #b3261e;")); break;
    }
    emit changed();
}

void SourceTargetStep::updateDetails(Role role)
{
    QLabel *label = role == Role::Source ? m_sourceDetails : m_targetDetails;
    const std::optional<DataSource> source = dataSource(role);
    if (!source) {
        if (m_project) {
            const EndpointSpec &spec = role == Role::Source ? m_project->source : m_project->target;
            if (!spec.isDataSource()) {
                label->setText(tr("<b>%1</b> · %2<br><span style='color:#6b7a8c'>An endpoint "
                                  "written in the project file.</span>")
                                   .arg(StateText::engine(spec.endpoint.engine),
                                        spec.endpoint.displayAddress().toHtmlEscaped()));
                return;
            }
            if (m_sourcesLoaded) {
                label->setText(tr("<span style='color:#b3261e'>The data source %1 no longer "
                                  "exists.</span>")
                                   .arg(spec.dataSource.toHtmlEscaped()));
                return;
            }
        }
        label->setText(m_choices->sources().isEmpty() && m_sourcesLoaded
                           ? tr("<span style='color:#6b7a8c'>No data sources are saved yet: "
                                "choose <b>New data source…</b> in the list to add one.</span>")
                           : tr("<span style='color:#6b7a8c'>Choose a saved data source, or "
                                "<b>New data source…</b> to add one.</span>"));
        return;
    }
    const Endpoint &e = source->endpoint;
    QStringList lines;
    QString where;
    if (e.engine == Engine::Sqlite)
        where = tr("file %1").arg(e.path.toHtmlEscaped());
    else if (e.engine == Engine::PostgreSql)
        where = tr("%1:%2 · database %3 · schema %4")
                    .arg(e.host.toHtmlEscaped())
                    .arg(e.port)
                    .arg(e.database.toHtmlEscaped(), e.effectiveSchema().toHtmlEscaped());
    else
        where = e.database.isEmpty()
            ? tr("%1:%2 · <i>no database chosen</i>").arg(e.host.toHtmlEscaped()).arg(e.port)
            : tr("%1:%2 · database %3")
                  .arg(e.host.toHtmlEscaped())
                  .arg(e.port)
                  .arg(e.database.toHtmlEscaped());
    lines << tr("<b>%1</b> · %2").arg(StateText::engine(e.engine), where);
    if (!source->lastTest.tested) {
        lines << tr("<span style='color:#6b7a8c'>Not tested yet: test it on the Data Source "
                    "Management page so the wizard can tell what it allows.</span>");
    } else {
        const QString at =
            QLocale().toString(source->lastTest.at.toLocalTime(), QLocale::ShortFormat);
        lines << tr("<span style='color:%1'>Last test %2: %3</span>")
                     .arg(source->lastTest.ok ? QStringLiteral("#1f7a4d")
                                              : QStringLiteral("#b3261e"),
                          at, source->lastTest.summary.toHtmlEscaped());
        const QStringList relevant = role == Role::Source
            ? QStringList {QStringLiteral("source")}
            : QStringList {QStringLiteral("target"), QStringLiteral("schema-target")};
        const ProbeReport report = ProbeReport::fromJson(source->lastTest.report);
        for (const ProbeFinding &f : report.findings)
            for (const QString &feature : f.blocks)
                if (relevant.contains(feature)) {
                    lines << tr("<span style='color:#b3261e'>⚠ %1</span>")
                                 .arg(f.message.toHtmlEscaped());
                    break;
                }
    }
    if (role == Role::Source && e.family() == EngineFamily::MySql && e.database.isEmpty())
        lines << tr("<span style='color:#b3261e'>⚠ A source needs a database: edit the data "
                    "source and name the database to read.</span>");
    label->setText(lines.join(QStringLiteral("<br>")));
}

QString SourceTargetStep::blocker() const
{
    switch (m_nameState) {
    case NameState::Free:
    case NameState::Own: break;
    default: return m_nameText;
    }
    if (!m_sourcesLoaded)
        return tr("Reading the saved data sources…");
    if (!m_sourcesError.isEmpty())
        return tr("Cannot read the data sources: %1").arg(m_sourcesError);
    for (Role role : {Role::Source, Role::Target}) {
        const EndpointSpec s = spec(role);
        if (!s.isDataSource() && m_project)
            continue; // an inline endpoint of the project file
        if (s.dataSource.isEmpty())
            return role == Role::Source ? tr("Choose the source data source.")
                                        : tr("Choose the target data source.");
        if (!dataSource(role))
            return tr("The data source %1 no longer exists.").arg(s.dataSource);
    }
    const auto source = dataSource(Role::Source);
    const auto target = dataSource(Role::Target);
    if (source && target && source->name == target->name)
        return tr("The source and the target are the same data source: choose another target.");
    if (source && source->endpoint.family() == EngineFamily::MySql
        && source->endpoint.database.isEmpty())
        return tr("The source %1 names no database: edit it on the Data Source Management page.")
            .arg(source->name);
    if (target && target->endpoint.family() == EngineFamily::MySql
        && target->endpoint.database.isEmpty())
        return tr("The target %1 names no database: edit it on the Data Source Management page.")
            .arg(target->name);
    return {};
}

QString SourceTargetStep::name() const
{
    return m_name->text();
}

QStringList SourceTargetStep::tags() const
{
    QStringList out;
    const QStringList parts = m_tags->text().split(u',');
    for (const QString &part : parts)
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !out.contains(tag))
            out << tag;
    return out;
}

EndpointSpec SourceTargetStep::spec(Role role) const
{
    if (m_project) {
        const EndpointSpec &own = role == Role::Source ? m_project->source : m_project->target;
        return own;
    }
    EndpointSpec s;
    s.dataSource = combo(role)->currentData(DataSourceChoiceModel::NameRole).toString();
    return s;
}

std::optional<DataSource> SourceTargetStep::dataSource(Role role) const
{
    const EndpointSpec s = spec(role);
    if (!s.isDataSource())
        return std::nullopt;
    const int row = m_choices->rowOf(s.dataSource);
    if (row < 0)
        return std::nullopt;
    return *m_choices->sourceAt(row);
}

std::optional<Engine> SourceTargetStep::engine(Role role) const
{
    if (const auto source = dataSource(role))
        return source->endpoint.engine;
    const EndpointSpec s = spec(role);
    if (m_project && !s.isDataSource())
        return s.endpoint.engine;
    return std::nullopt;
}

} // namespace ferry::ui

#include "migrationwizard.h"

#include "consolecontext.h"
#include "migrationtypestep.h"
#include "objectselectionstep.h"
#include "optionsstep.h"
#include "precheckstep.h"
#include "project/projectservice.h"
#include "project/typepreview.h"
#include "sourcetargetstep.h"
#include "typemappingmodel.h"
#include "widgets/async.h"
#include "widgets/icons.h"
#include "widgets/vaultgate.h"
#include "wizardstepbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ferry::ui {

using Role = SourceTargetStep::Role;

MigrationWizard::MigrationWizard(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    build();
    enterStep(SourceTarget);
}

MigrationWizard::MigrationWizard(ConsoleContext *context, const ProjectRecord &project,
                                 QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_projectId(project.id)
    , m_projectState(project.state)
    , m_base(project.definition)
{
    build();
    m_sourceTarget->loadProject(project.definition);
    m_types->setSteps(project.definition.steps);
    m_objects->loadDefinition(project.definition);
    m_objects->setLocked(project.state != ProjectState::NotStarted);
    m_options->setOptions(project.definition.options);
    m_options->setLowerCaseNames(project.definition.mapping.lowerCaseNames);
    // Read the tables at once, so that the user may jump to any page.
    connect(m_sourceTarget, &SourceTargetStep::endpointsChanged, this, [this] {
        if (m_sourceTarget->sourcesLoaded() && m_sourceTarget->blocker().isEmpty())
            m_objects->setSource(m_sourceTarget->spec(Role::Source),
                                 m_sourceTarget->dataSource(Role::Source));
    });
    enterStep(SourceTarget);
}

void MigrationWizard::build()
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(isEditing() ? tr("Edit migration project %1").arg(m_base.name)
                               : tr("Create migration project"));
    setStyleSheet(QStringLiteral("QDialog#migrationWizard { background: #f4f6f9; }"
                                 "QLabel#stepTitle { font-size: 16px; font-weight: 600;"
                                 " color: #1d2a3a; }"
                                 "QPushButton#nextButton:enabled,"
                                 " QPushButton#saveAndStartButton:enabled {"
                                 " background: #2f6fb0; color: #ffffff; border-color: #2a63a0; }"
                                 "QPushButton#nextButton:enabled:hover,"
                                 " QPushButton#saveAndStartButton:enabled:hover {"
                                 " background: #2a63a0; }"));

    m_sourceTarget = new SourceTargetStep(m_context);
    m_types = new MigrationTypeStep;
    m_objects = new ObjectSelectionStep(m_context);
    m_options = new OptionsStep(m_objects->objects());
    m_precheck = new PrecheckStep(m_context);
    m_steps = {m_sourceTarget, m_types, m_objects, m_options, m_precheck};

    m_title = new QLabel(isEditing() ? tr("Edit migration project %1").arg(m_base.name)
                                     : tr("Create migration project"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(
        isEditing() ? tr("Change the project's parameters. The precheck runs again before it "
                         "is saved.")
                    : tr("Move a database from one data source to another: schema, full data "
                         "and verification."));
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));

    QStringList titles;
    for (WizardStep *step : std::as_const(m_steps))
        titles << step->title();
    m_stepBar = new WizardStepBar(titles);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("wizardPages"));
    for (WizardStep *step : std::as_const(m_steps))
        m_stack->addWidget(stepPage(step));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_back = new QPushButton(tr("Back"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_saveAndStart = new QPushButton(icons::get(QStringLiteral("action/start")),
                                     isEditing() ? tr("Save and resume") : tr("Save and start"));
    m_saveAndStart->setObjectName(QStringLiteral("saveAndStartButton"));
    m_saveAndStart->setToolTip(tr("Needs a passed precheck of the project as it is now."));
    for (QPushButton *b : {m_cancel, m_back, m_save, m_saveAndStart})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_status, 1);
    buttons->addSpacing(12);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAndStart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(subtitle);
    layout->addLayout(header);
    layout->addWidget(m_stepBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    for (WizardStep *step : std::as_const(m_steps))
        connect(step, &WizardStep::changed, this, &MigrationWizard::updateButtons);
    connect(m_stepBar, &WizardStepBar::stepClicked, this, &MigrationWizard::goToStep);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { enterStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_steps[currentStep()]->blocker().isEmpty())
            enterStep(currentStep() + 1);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveAndStart, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_precheck, &PrecheckStep::runRequested, this, &MigrationWizard::runPrecheck);
    connect(m_precheck, &PrecheckStep::finished, this, &MigrationWizard::updateButtons);

    m_next->setDefault(true); // Enter goes on; set once the button is in the dialog
    resize(1180, 780);
    setMinimumSize(960, 640);
}

QWidget *MigrationWizard::stepPage(WizardStep *step)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto *title = new QLabel(step->title());
    title->setObjectName(QStringLiteral("stepTitle"));
    auto *summary = new QLabel(step->summary());
    summary->setObjectName(QStringLiteral("mutedLabel"));
    summary->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(10);
    layout->addWidget(step, 1);
    return page;
}

int MigrationWizard::currentStep() const
{
    return m_stack->currentIndex();
}

int MigrationWizard::firstIncomplete() const
{
    for (int i = SourceTarget; i < Precheck; ++i)
        if (!m_steps[i]->blocker().isEmpty())
            return i;
    return Precheck;
}

void MigrationWizard::goToStep(int step)
{
    if (step < 0 || step >= StepCount || m_saving)
        return;
    if (step <= currentStep() || step <= firstIncomplete())
        enterStep(step);
}

void MigrationWizard::enterStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    m_stack->setCurrentIndex(step);
    switch (step) {
    case Types:
        m_types->setEndpoints(m_sourceTarget->engine(Role::Source).value_or(Engine::MariaDb),
                              m_sourceTarget->dataSource(Role::Source),
                              m_sourceTarget->engine(Role::Target).value_or(Engine::MariaDb),
                              m_sourceTarget->dataSource(Role::Target));
        break;
    case Objects:
        m_objects->setSource(m_sourceTarget->spec(Role::Source),
                             m_sourceTarget->dataSource(Role::Source));
        break;
    case Options:
        m_options->setEngines(m_objects->sourceEngine(),
                              m_sourceTarget->engine(Role::Target).value_or(Engine::MariaDb));
        previewTypes();
        break;
    case Precheck:
        if (!m_precheck->isRunning() && !m_precheck->hasReportFor(definition()))
            runPrecheck();
        break;
    default: break;
    }
    updateButtons();
}

void MigrationWizard::previewTypes()
{
    const int generation = ++m_typesGeneration;
    const ProjectDefinition definition = this->definition();
    auto look = [this, generation, definition](bool ready) {
        if (!ready || generation != m_typesGeneration)
            return;
        runAsync(
            this,
            [projects = m_context->projects(), definition]() -> Result<SchemaPlan> {
                auto endpoints = projects->endpoints(definition);
                if (!endpoints)
                    return std::unexpected(endpoints.error());
                return ferry::previewTypes(definition, endpoints->first, endpoints->second,
                                           CancelToken());
            },
            [this, generation](const Result<SchemaPlan> &plan) {
                // A source that cannot be read shows the dialect's choices; the precheck says why.
                if (generation == m_typesGeneration && plan)
                    m_options->typeMapping()->setDecisions(*plan);
            });
    };
    // The objects page read the source already: the passwords are open by now.
    if (needsSecrets())
        ensureSecretsReady(this, m_context, look);
    else
        look(true);
}

void MigrationWizard::runPrecheck()
{
    if (firstIncomplete() < Precheck)
        return;
    m_precheck->run(definition(), m_projectId, needsSecrets());
}

bool MigrationWizard::needsSecrets() const
{
    for (Role role : {Role::Source, Role::Target})
        if (const auto source = m_sourceTarget->dataSource(role); source && source->hasPassword)
            return true;
    return false;
}

ProjectDefinition MigrationWizard::definition() const
{
    ProjectDefinition d = m_base;
    if (!isEditing()) {
        d.name = m_sourceTarget->name();
        d.source = m_sourceTarget->spec(Role::Source);
        d.target = m_sourceTarget->spec(Role::Target);
    }
    d.tags = m_sourceTarget->tags();
    d.steps = m_types->steps();
    if (m_objects->isLoaded()) {
        d.include = m_objects->include();
        d.exclude = m_objects->exclude();
        d.tables = m_objects->tableRules();
    }
    d.options = m_options->options();
    d.mapping.lowerCaseNames = m_options->lowerCaseNames();
    return d;
}

void MigrationWizard::updateButtons()
{
    const int current = currentStep();
    const int reachable = firstIncomplete();
    m_stepBar->setState(current, reachable);
    const bool last = current == Precheck;
    const QString blocker = m_steps[current]->blocker();
    m_back->setEnabled(current > 0 && !m_saving);
    m_cancel->setEnabled(!m_saving); // the store answers in a moment: wait for it
    m_next->setVisible(!last);
    m_next->setEnabled(!last && blocker.isEmpty() && !m_saving);
    m_save->setVisible(last);
    m_saveAndStart->setVisible(last);

    bool saveOk = false;
    bool startOk = false;
    if (last && reachable == Precheck && !m_saving && !m_precheck->isRunning()) {
        const ProjectDefinition d = definition();
        const bool checked = m_precheck->hasReportFor(d);
        saveOk = !(checked && m_precheck->errorCount() > 0);
        startOk = checked && m_precheck->passed();
    }
    m_save->setEnabled(saveOk);
    m_saveAndStart->setEnabled(startOk);

    QString status;
    const char *color = "#5b6b7f";
    if (m_saving) {
        status = tr("Saving…");
    } else if (!m_saveError.isEmpty()) {
        status = m_saveError;
        color = "#b3261e";
    } else if (!blocker.isEmpty()) {
        status = blocker;
    } else if (last && reachable < Precheck) {
        status = m_steps[reachable]->blocker();
    } else if (last && saveOk && !startOk) {
        status = tr("Run the precheck to completion before starting the project.");
    }
    m_status->setText(status);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1StringView(color)));
}

void MigrationWizard::save(bool start)
{
    if (m_saving)
        return;
    m_saving = true;
    m_saveError.clear();
    updateButtons();
    const ProjectDefinition definition = this->definition();
    auto projects = m_context->projects();
    const qint64 id = m_projectId;
    runAsync(
        this,
        [projects, definition, id]() -> Result<qint64> {
            auto saved = id == 0 ? projects->create(definition) : projects->update(id, definition);
            if (!saved)
                return std::unexpected(saved.error());
            return saved->id;
        },
        [this, start](const Result<qint64> &saved) {
            m_saving = false;
            if (!saved) {
                m_saveError = tr("Not saved: %1").arg(saved.error().text());
                updateButtons();
                return;
            }
            if (isEditing())
                emit projectUpdated(*saved, start);
            else
                emit projectCreated(*saved, start);
            accept();
        });
}

} // namespace ferry::ui

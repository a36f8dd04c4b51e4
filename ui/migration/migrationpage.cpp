#include "migrationpage.h"

#include "widgets/statetext.h"

#include "common/files.h"
#include "consolecontext.h"
#include "project/projectdefinition.h"
#include "project/projectrecord.h"
#include "project/projectrunner.h"
#include "project/projectservice.h"
#include "projectdetails.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "widgets/async.h"
#include "widgets/emptystate.h"
#include "widgets/icons.h"
#include "widgets/listdetailssplitter.h"
#include "widgets/messages.h"
#include "widgets/pageheader.h"
#include "widgets/progressdelegate.h"
#include "widgets/vaultgate.h"
#include "wizard/migrationwizard.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

MigrationPage::MigrationPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"migrationPage"_s);
    auto *header = new PageHeader(
        tr("Data Migration"),
        tr("Projects that move a database: schema, full data and verification, resumable from "
           "their checkpoints."));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto action = [&](const char *icon, const QString &text, const char *name) {
        QAction *a = toolbar->addAction(icons::get(QString::fromLatin1(icon)), text);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_create = action("action/add", tr("Create"), "createProject");
    m_start = action("action/start", tr("Start"), "startProject");
    m_pause = action("action/pause", tr("Pause"), "pauseProject");
    m_clone = action("action/copy", tr("Clone"), "cloneProject");
    m_edit = action("action/edit", tr("Edit parameters"), "editProject");
    m_release = action("action/stop", tr("Release"), "releaseProject");
    m_delete = action("action/delete", tr("Delete"), "deleteProject");
    toolbar->addSeparator();
    m_import = action("action/import", tr("Import"), "importProject");
    m_export = action("action/export", tr("Export"), "exportProject");

    m_search = new QLineEdit;
    m_search->setObjectName(u"projectSearch"_s);
    m_search->setPlaceholderText(tr("Search by name…"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox;
    m_state->setObjectName(u"stateFilter"_s);
    m_state->addItem(tr("All states"), QString());
    for (ProjectState s :
         {ProjectState::NotStarted, ProjectState::Running, ProjectState::Interrupted,
          ProjectState::Paused, ProjectState::Failed, ProjectState::Completed,
          ProjectState::Releasing, ProjectState::Released})
        m_state->addItem(StateText::of(s), projectStateId(s));
    m_tag = new QComboBox;
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->addItem(tr("All tags"), QString());

    m_search->setMaximumWidth(320);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_tag);
    filters->addStretch(1);

    m_model = new ProjectTableModel(this);
    m_filter = new ProjectFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ProjectTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(u"projectTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectTableModel::Route,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(ProjectTableModel::Name, 170);
    m_table->setColumnWidth(ProjectTableModel::Steps, 150);
    m_table->setColumnWidth(ProjectTableModel::State, 110);
    m_table->setColumnWidth(ProjectTableModel::Progress, 110);
    m_table->setColumnWidth(ProjectTableModel::Lag, 60);
    m_table->setColumnWidth(ProjectTableModel::Tags, 100);
    m_table->setColumnWidth(ProjectTableModel::Created, 150);
    m_table->setItemDelegateForColumn(
        ProjectTableModel::Progress,
        new ProgressDelegate(ProjectTableModel::ProgressRole, m_table));

    m_empty = new EmptyState(
        tr("No migration projects yet.<br>Click <b>Create</b> to plan one step by step, or "
           "<b>Import</b> a project file (the same JSON <code>ferry run</code> takes)."));
    m_empty->hide();

    m_details = new ProjectDetails(context);
    m_details->hide();

    // Five projects in view above the details.
    QSplitter *splitter = listAboveDetails(m_table, m_empty, m_details, 200, 480);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(header);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ProjectFilterModel::setSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tag->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const ProjectRecord *p = selected();
        m_details->setVisible(p != nullptr);
        if (p)
            m_details->showProject(p->id);
        updateActions();
    });
    // The shown project's lag follows its details' reads (every two seconds while in view).
    connect(m_details, &ProjectDetails::refreshed, this, [this] {
        if (m_details->projectId() != 0)
            m_model->setStream(m_details->projectId(), m_details->forwardStream());
    });
    connect(m_create, &QAction::triggered, this, &MigrationPage::createProject);
    connect(m_import, &QAction::triggered, this, &MigrationPage::importProject);
    connect(m_export, &QAction::triggered, this, &MigrationPage::exportSelected);
    connect(m_start, &QAction::triggered, this, &MigrationPage::startSelected);
    connect(m_pause, &QAction::triggered, this, &MigrationPage::pauseSelected);
    connect(m_clone, &QAction::triggered, this, &MigrationPage::cloneSelected);
    connect(m_edit, &QAction::triggered, this, &MigrationPage::editSelected);
    connect(m_release, &QAction::triggered, this, &MigrationPage::releaseSelected);
    connect(m_delete, &QAction::triggered, this, &MigrationPage::deleteSelected);
    connect(m_context, &ConsoleContext::projectsChanged, this, &MigrationPage::reload);
    connect(m_context, &ConsoleContext::userChanged, this, &MigrationPage::updateActions);
    connect(m_context, &ConsoleContext::runnersChanged, this, [this] {
        for (ProjectRunner *runner : m_context->runningProjects()) {
            disconnect(runner, &ProjectRunner::progress, this, nullptr);
            connect(runner, &ProjectRunner::progress, this,
                    [this](const RunProgress &p) { m_model->setLive(p.projectId, p); });
        }
        updateActions();
    });
    updateActions();
    reload();
}

void MigrationPage::reload()
{
    auto service = m_context->projects();
    struct Listing
    {
        Result<QList<ProjectRecord>> projects;
        Result<QHash<qint64, StreamRecord>> streams;
    };
    runAsync(
        this,
        [service] {
            return Listing {service->list(), service->forwardStreams()};
        },
        [this](const Listing &listing) {
            const Result<QList<ProjectRecord>> &projects = listing.projects;
            if (!projects || !listing.streams) {
                showMessage(this, QMessageBox::Warning, tr("Cannot read the projects"),
                            !projects ? projects.error().text() : listing.streams.error().text());
                return;
            }
            qint64 keep =
                m_pendingSelection ? m_pendingSelection : (selected() ? selected()->id : 0);
            m_pendingSelection = 0;
            for (const ProjectRecord &p : *projects)
                if (!m_pendingName.isEmpty() && p.name() == m_pendingName)
                    keep = p.id;
            m_pendingName.clear();
            // Sync projects (changes into Kafka) live on the Data Synchronization page.
            QList<ProjectRecord> migrations;
            for (const ProjectRecord &p : *projects)
                if (!p.definition.isSync())
                    migrations.append(p);
            m_model->setProjects(migrations, *listing.streams);
            const QString tag = m_tag->currentData().toString();
            m_tag->blockSignals(true);
            m_tag->clear();
            m_tag->addItem(tr("All tags"), QString());
            for (const QString &t : m_model->tags())
                m_tag->addItem(t, t);
            m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
            m_tag->blockSignals(false);
            m_empty->setVisible(migrations.isEmpty());
            m_table->setVisible(!migrations.isEmpty());
            if (keep)
                selectProject(keep);
            updateActions();
            emit reloaded();
        });
}

void MigrationPage::setStateFilter(const QString &stateId)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(stateId)));
}

void MigrationPage::selectProjectNamed(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const ProjectRecord *p = m_model->projectAt(row); p->name() == name) {
            selectProject(p->id);
            return;
        }
    m_pendingName = name;
}

void MigrationPage::selectProject(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelection = id;
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

const ProjectRecord *MigrationPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->projectAt(m_filter->mapToSource(rows.first()).row());
}

void MigrationPage::updateActions()
{
    const ProjectRecord *p = selected();
    const bool has = p != nullptr;
    ProjectRunner *runner = has ? m_context->runner(p->id) : nullptr;
    const bool running = runner && runner->isRunning();
    const ProjectState state =
        has ? (running ? ProjectState::Running : p->state) : ProjectState::NotStarted;
    // What each state allows, as in the console this mirrors.
    const bool startable = has && !running
        && (state == ProjectState::NotStarted || state == ProjectState::Paused
            || state == ProjectState::Failed || state == ProjectState::Interrupted
            || (state == ProjectState::Running && !running));
    m_start->setEnabled(startable);
    m_start->setText(has && state != ProjectState::NotStarted ? tr("Resume") : tr("Start"));
    m_pause->setEnabled(running);
    m_clone->setEnabled(has);
    m_edit->setEnabled(has && !running
                       && (state == ProjectState::NotStarted || state == ProjectState::Paused
                           || state == ProjectState::Failed || state == ProjectState::Interrupted));
    m_release->setEnabled(has && !running && state != ProjectState::Released
                          && state != ProjectState::Releasing);
    m_delete->setEnabled(has && !running);
    m_export->setEnabled(has);
    // A viewer reads; the core refuses the rest anyway.
    const bool mayRun = m_context->allows(Permission::Run);
    const bool mayChange = m_context->allows(Permission::Change);
    m_start->setVisible(mayRun);
    m_pause->setVisible(mayRun);
    for (QAction *a : {m_create, m_import, m_clone, m_edit, m_release, m_delete})
        a->setVisible(mayChange);
}

void MigrationPage::createProject()
{
    auto *wizard = new MigrationWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MigrationWizard::projectCreated, this, &MigrationPage::projectSaved);
    wizard->open();
}

// After the wizard stored a project: select it and, when asked, start the stored definition.
void MigrationPage::projectSaved(qint64 id, bool startNow)
{
    m_pendingSelection = id;
    if (!startNow)
        return;
    auto projects = m_context->projects();
    runAsync(
        this, [projects, id] { return projects->find(id); },
        [this](const Result<ProjectRecord> &project) {
            if (project)
                start(*project);
            else
                showMessage(this, QMessageBox::Warning, tr("Cannot start the project"),
                            project.error().text());
        });
}

void MigrationPage::editSelected()
{
    const ProjectRecord *p = selected();
    if (!p)
        return;
    auto *wizard = new MigrationWizard(m_context, *p, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MigrationWizard::projectUpdated, this, &MigrationPage::projectSaved);
    wizard->open();
}

void MigrationPage::importProject()
{
    auto *dialog = new QFileDialog(this, tr("Import a project file"), QString(),
                                   tr("Project files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto projects = m_context->projects();
        runAsync(
            this, [projects, path] { return projects->importFile(path); },
            [this](const Result<ProjectRecord> &created) {
                if (!created) {
                    showMessage(this, QMessageBox::Warning, tr("Not imported"),
                                created.error().text(), u"importError"_s);
                    return;
                }
                m_pendingSelection = created->id;
            });
    });
    dialog->open();
}

void MigrationPage::exportSelected()
{
    const ProjectRecord *p = selected();
    if (!p)
        return;
    const QByteArray json = QJsonDocument(p->definition.toJson()).toJson(QJsonDocument::Indented);
    auto *dialog = new QFileDialog(this, tr("Export the project file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(p->name() + u".json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString &path) {
        runAsync(
            this, [path, json] { return writeFileAtomically(path, json); },
            [this](const Status &written) {
                if (!written)
                    showMessage(this, QMessageBox::Warning, tr("Not exported"),
                                written.error().text());
            });
    });
    dialog->open();
}

void MigrationPage::start(const ProjectRecord &project)
{
    const ProjectRecord copy = project;
    ConsoleContext *context = m_context;
    auto resolveAndLaunch = [this, copy, context](bool ready) {
        if (!ready)
            return;
        runAsync(
            this,
            [context, definition = copy.definition] {
                return context->resolveEndpoints(definition);
            },
            [this, copy](const Result<std::pair<Endpoint, Endpoint>> &endpoints) {
                if (!endpoints) {
                    showMessage(this, QMessageBox::Warning, tr("Cannot start %1").arg(copy.name()),
                                endpoints.error().text(), u"startError"_s);
                    return;
                }
                auto runner =
                    m_context->launch(copy.id, copy.name(), endpoints->first, endpoints->second,
                                      copy.definition.options.concurrency);
                if (!runner)
                    showMessage(this, QMessageBox::Warning, tr("Cannot start %1").arg(copy.name()),
                                runner.error().text(), u"startError"_s);
                m_details->showProject(copy.id);
                updateActions();
            });
    };
    // Saved data sources may keep their passwords in the vault: unlock it first if needed.
    const bool dataSources =
        copy.definition.source.isDataSource() || copy.definition.target.isDataSource();
    if (dataSources)
        ensureSecretsReady(this, m_context, resolveAndLaunch);
    else
        resolveAndLaunch(true);
}

void MigrationPage::startSelected()
{
    if (const ProjectRecord *p = selected())
        start(*p);
}

void MigrationPage::pauseSelected()
{
    if (const ProjectRecord *p = selected())
        if (auto ok = m_context->pause(p->id); !ok)
            showMessage(this, QMessageBox::Warning, tr("Project not paused"), ok.error().text());
}

void MigrationPage::cloneSelected()
{
    const ProjectRecord *p = selected();
    if (!p)
        return;
    auto projects = m_context->projects();
    runAsync(
        this, [projects, id = p->id] { return projects->clone(id); },
        [this](const Result<ProjectRecord> &clone) {
            if (!clone) {
                showMessage(this, QMessageBox::Warning, tr("Not cloned"), clone.error().text());
                return;
            }
            m_pendingSelection = clone->id;
        });
}

void MigrationPage::releaseSelected()
{
    const ProjectRecord *p = selected();
    if (!p)
        return;
    const qint64 id = p->id;
    confirmThenChange(tr("Release project"),
                      tr("Release %1?\nIts checkpoints are deleted: it cannot be resumed "
                         "afterwards. Its log, verification results and the target's tables are "
                         "kept.")
                          .arg(p->name()),
                      u"confirmRelease"_s, tr("Not released"),
                      [id](ProjectService &projects) { return projects.release(id); });
}

void MigrationPage::deleteSelected()
{
    const ProjectRecord *p = selected();
    if (!p)
        return;
    const qint64 id = p->id;
    confirmThenChange(tr("Delete project"),
                      tr("Delete the project %1 with its checkpoints, log and verification "
                         "results?\nThe tables it created in the target are kept.")
                          .arg(p->name()),
                      u"confirmDeleteProject"_s, tr("Not deleted"),
                      [id](ProjectService &projects) { return projects.remove(id); });
}

// Asks first, then changes the project on a worker (the service takes its lock: another Ferry
// process, a terminal, may be running it).
void MigrationPage::confirmThenChange(const QString &title, const QString &question,
                                      const QString &objectName, const QString &failure,
                                      std::function<Status(ProjectService &)> change)
{
    confirm(this, title, question, objectName, [=, this] {
        auto projects = m_context->projects();
        runAsync(
            this, [projects, change]() -> Status { return change(*projects); },
            [this, failure](const Status &changed) {
                if (!changed)
                    showMessage(this, QMessageBox::Warning, failure, changed.error().text());
                emit m_context->projectsChanged();
            });
    });
}

} // namespace ferry::ui

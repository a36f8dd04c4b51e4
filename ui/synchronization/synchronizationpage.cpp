#include "synchronizationpage.h"

#include "consolecontext.h"
#include "project/projectrecord.h"
#include "project/projectrunner.h"
#include "project/projectservice.h"
#include "project/syncpreview.h"
#include "store/datasourcerepository.h"
#include "syncdetails.h"
#include "syncprojectmodel.h"
#include "syncwizard.h"
#include "widgets/async.h"
#include "widgets/emptystate.h"
#include "widgets/icons.h"
#include "widgets/listdetailssplitter.h"
#include "widgets/messages.h"
#include "widgets/pageheader.h"
#include "widgets/vaultgate.h"

#include <QAction>
#include <QHeaderView>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ferry::ui {

SynchronizationPage::SynchronizationPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("synchronizationPage"));
    auto *header = new PageHeader(
        tr("Data Synchronization"),
        tr("Real-time change streams from a database into Kafka, in the formats consumers "
           "expect."));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto action = [&](const char *icon, const QString &text, const char *name) {
        QAction *a = toolbar->addAction(icons::get(QString::fromLatin1(icon)), text);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_create = action("action/add", tr("New sync project"), "createSyncProject");
    m_start = action("action/start", tr("Start"), "startSyncProject");
    m_pause = action("action/pause", tr("Pause"), "pauseSyncProject");
    m_delete = action("action/delete", tr("Delete"), "deleteSyncProject");

    m_model = new SyncProjectModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SyncProjectModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("syncProjectTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SyncProjectModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SyncProjectModel::Messages,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(SyncProjectModel::Name, 150);
    m_table->setColumnWidth(SyncProjectModel::State, 180);
    m_table->setColumnWidth(SyncProjectModel::Format, 100);
    m_table->setColumnWidth(SyncProjectModel::Topic, 140);
    m_table->setColumnWidth(SyncProjectModel::Lag, 70);
    m_table->setColumnWidth(SyncProjectModel::EventsPerSecond, 70);
    m_table->setColumnWidth(SyncProjectModel::LastError, 200);

    m_empty = new EmptyState(
        tr("No sync projects yet.<br>Add a Kafka data source in <b>Data Source Management</b>, "
           "then click <b>New sync project</b> — or run a <code>\"type\": \"sync\"</code> "
           "project file with <code>ferry run</code>."));
    m_empty->setObjectName(QStringLiteral("syncEmpty"));
    m_empty->hide();

    m_details = new SyncDetails(context);
    m_details->hide();

    QSplitter *splitter = listAboveDetails(m_table, m_empty, m_details, 180, 500);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(header);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const SyncProjectRow *r = selected();
        m_details->setVisible(r != nullptr);
        if (r && r->project.id != m_details->projectId())
            m_details->showProject(r->project.id);
        updateActions();
    });
    connect(m_create, &QAction::triggered, this, &SynchronizationPage::createProject);
    connect(m_start, &QAction::triggered, this, &SynchronizationPage::startSelected);
    connect(m_pause, &QAction::triggered, this, &SynchronizationPage::pauseSelected);
    connect(m_delete, &QAction::triggered, this, &SynchronizationPage::deleteSelected);
    connect(m_context, &ConsoleContext::projectsChanged, this, &SynchronizationPage::reload);
    connect(m_context, &ConsoleContext::userChanged, this, &SynchronizationPage::updateActions);
    connect(m_context, &ConsoleContext::runnersChanged, this, [this] {
        QSet<qint64> running;
        for (ProjectRunner *runner : m_context->runningProjects()) {
            running.insert(runner->projectId());
            disconnect(runner, &ProjectRunner::progress, this, nullptr);
            connect(runner, &ProjectRunner::progress, this,
                    [this](const RunProgress &p) { m_model->setLive(p.projectId, p); });
        }
        m_model->setRunning(running);
        updateActions();
    });
    // The list's lag and counts follow the details' reads of the shown project.
    connect(m_details, &SyncDetails::refreshed, this, [this] {
        if (m_context->runner(m_details->projectId()))
            reload();
    });
    updateActions();
    reload();
}

void SynchronizationPage::reload()
{
    auto service = m_context->projects();
    auto sources = m_context->dataSources();
    runAsync(
        this,
        [service, sources]() -> Result<QList<SyncProjectRow>> {
            auto projects = service->list();
            if (!projects)
                return std::unexpected(projects.error());
            QList<SyncProjectRow> rows;
            for (const ProjectRecord &p : std::as_const(*projects)) {
                if (!p.definition.isSync())
                    continue;
                auto overview = service->overview(p.id, 0, 0, false);
                if (!overview)
                    return std::unexpected(overview.error());
                SyncProjectRow row;
                row.project = overview->project;
                for (const StreamRecord &s : std::as_const(overview->streams))
                    if (s.stream == QLatin1String("forward"))
                        row.stream = s;
                Endpoint source = p.definition.source.endpoint;
                if (p.definition.source.isDataSource())
                    if (auto s = sources->findByName(p.definition.source.dataSource))
                        source = s->endpoint;
                row.messagesPerTopic =
                    messagesPerTopic(p.definition, source, overview->tables, overview->streams);
                rows.append(row);
            }
            return rows;
        },
        [this](const Result<QList<SyncProjectRow>> &rows) {
            if (!rows) {
                showMessage(this, QMessageBox::Warning, tr("Cannot read the sync projects"),
                            rows.error().text());
                return;
            }
            const qint64 keep =
                m_pendingSelection ? m_pendingSelection : (selected() ? selected()->project.id : 0);
            m_pendingSelection = 0;
            m_model->setRows(*rows);
            m_empty->setVisible(rows->isEmpty());
            m_table->setVisible(!rows->isEmpty());
            if (keep)
                selectProject(keep);
            updateActions();
            emit reloaded();
        });
}

void SynchronizationPage::selectProject(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelection = id;
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

const SyncProjectRow *SynchronizationPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
}

void SynchronizationPage::updateActions()
{
    const SyncProjectRow *r = selected();
    const bool has = r != nullptr;
    ProjectRunner *runner = has ? m_context->runner(r->project.id) : nullptr;
    const bool running = runner && runner->isRunning();
    const ProjectState state = has ? r->project.state : ProjectState::NotStarted;
    m_start->setEnabled(has && !running && state != ProjectState::Released
                        && state != ProjectState::Releasing);
    m_start->setText(has && state != ProjectState::NotStarted ? tr("Resume") : tr("Start"));
    m_pause->setEnabled(running);
    m_delete->setEnabled(has && !running);
    // A viewer reads; the core refuses the rest anyway.
    m_start->setVisible(m_context->allows(Permission::Run));
    m_pause->setVisible(m_context->allows(Permission::Run));
    m_create->setVisible(m_context->allows(Permission::Change));
    m_delete->setVisible(m_context->allows(Permission::Change));
}

void SynchronizationPage::createProject()
{
    auto *wizard = new SyncWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SyncWizard::projectCreated, this, &SynchronizationPage::projectSaved);
    wizard->open();
    emit wizardOpened(wizard);
}

void SynchronizationPage::projectSaved(qint64 id, bool startNow)
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

void SynchronizationPage::start(const ProjectRecord &project)
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
                                endpoints.error().text(), QStringLiteral("startError"));
                    return;
                }
                auto runner =
                    m_context->launch(copy.id, copy.name(), endpoints->first, endpoints->second,
                                      copy.definition.options.concurrency);
                if (!runner)
                    showMessage(this, QMessageBox::Warning, tr("Cannot start %1").arg(copy.name()),
                                runner.error().text(), QStringLiteral("startError"));
                m_details->showProject(copy.id);
                updateActions();
            });
    };
    // Saved data sources may keep their passwords in the vault: unlock it first if needed.
    if (copy.definition.source.isDataSource() || copy.definition.target.isDataSource())
        ensureSecretsReady(this, m_context, resolveAndLaunch);
    else
        resolveAndLaunch(true);
}

void SynchronizationPage::startSelected()
{
    if (const SyncProjectRow *r = selected())
        start(r->project);
}

void SynchronizationPage::pauseSelected()
{
    if (const SyncProjectRow *r = selected())
        if (auto ok = m_context->pause(r->project.id); !ok)
            showMessage(this, QMessageBox::Warning, tr("Project not paused"), ok.error().text());
}

void SynchronizationPage::deleteSelected()
{
    const SyncProjectRow *r = selected();
    if (!r)
        return;
    const qint64 id = r->project.id;
    confirm(this, tr("Delete sync project"),
            tr("Delete the sync project %1 with its stream position and log?\nThe topics and "
               "the messages already in Kafka are kept.")
                .arg(r->project.name()),
            QStringLiteral("confirmDeleteSync"), [this, id] {
                auto projects = m_context->projects();
                runAsync(
                    this, [projects, id]() -> Status { return projects->remove(id); },
                    [this](const Status &removed) {
                        if (!removed)
                            showMessage(this, QMessageBox::Warning, tr("Not deleted"),
                                        removed.error().text());
                        emit m_context->projectsChanged();
                    });
            });
}

} // namespace ferry::ui

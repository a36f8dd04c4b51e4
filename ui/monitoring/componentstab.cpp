#include "componentstab.h"

#include "componentsmodel.h"
#include "consolecontext.h"
#include "monitor/componentrepository.h"
#include "project/projectservice.h"
#include "widgets/async.h"
#include "widgets/messages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {

ComponentsTab::ComponentsTab(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ComponentsModel(this))
{
    setObjectName(QStringLiteral("componentsTab"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("componentTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("stopComponentButton"));
    m_stop->setToolTip(tr("Pause the component's run at its next checkpoint (the whole run "
                          "stops: its components work together)."));
    m_restart = new QPushButton(tr("Restart"));
    m_restart->setObjectName(QStringLiteral("restartComponentButton"));
    m_restart->setToolTip(tr("Resume the component's project in this console, from its "
                             "checkpoints."));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("componentsStatus"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_stop);
    actions->addWidget(m_restart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ComponentsTab::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComponentsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComponentsTab::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComponentsTab::updateActions);
    connect(context, &ConsoleContext::userChanged, this, &ComponentsTab::updateActions);
    connect(m_stop, &QPushButton::clicked, this, &ComponentsTab::stopSelected);
    connect(m_restart, &QPushButton::clicked, this, &ComponentsTab::restartSelected);
    updateActions();
}

void ComponentsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void ComponentsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void ComponentsTab::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    runAsync(
        this, [store = m_context->store()] { return ComponentRepository(store).list(); },
        [this](const Result<QList<ComponentSnapshot>> &components) {
            m_loading = false;
            if (!components) {
                m_status->setText(tr("Components not read: %1").arg(components.error().text()));
                emit refreshed();
                return;
            }
            const int before = m_model->rowCount();
            m_model->setComponents(*components);
            if (before == 0 && m_model->rowCount() > 0)
                m_view->resizeColumnsToContents();
            int dead = 0;
            for (const ComponentSnapshot &c : *components)
                dead += c.state == ComponentState::Dead ? 1 : 0;
            m_status->setText(
                components->isEmpty()
                    ? tr("No component is running on this machine.")
                    : QString(tr("%n component(s)", nullptr, int(components->size()))
                              + (dead > 0 ? tr(", %n dead", nullptr, dead) : QString())));
            emit refreshed();
        });
}

const ComponentSnapshot *ComponentsTab::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->component(rows.first().row());
}

void ComponentsTab::updateActions()
{
    const bool mayRun = m_context->allows(Permission::Run);
    m_stop->setVisible(mayRun);
    m_restart->setVisible(mayRun);
    const ComponentSnapshot *c = selected();
    const bool dead = c && c->state == ComponentState::Dead;
    m_stop->setEnabled(c && !dead);
    // A live run holds the project: only a dead one's project can be resumed here.
    const ProjectRunner *runner = c ? m_context->runner(c->projectId) : nullptr;
    m_restart->setEnabled(dead && !(runner && runner->isRunning()));
}

void ComponentsTab::stopSelected()
{
    const ComponentSnapshot *c = selected();
    if (!c)
        return;
    const ComponentSnapshot component = *c;
    confirm(this, tr("Stop component"),
            tr("Stop %1 of project %2? Its run (process %3) pauses at its next checkpoint with "
               "every component of the run; Restart, or running the project again, resumes it.")
                .arg(component.name, component.project)
                .arg(component.pid),
            QStringLiteral("confirmStopComponent"), [this, component] {
                // The console's own run stops through its runner; another process's is asked
                // to stop (SIGTERM) by the core, as `ferry project pause` does.
                if (m_context->runner(component.projectId)
                    && m_context->runner(component.projectId)->isRunning()) {
                    if (auto ok = m_context->pause(component.projectId); !ok)
                        showMessage(this, QMessageBox::Warning, tr("Not stopped"),
                                    ok.error().text());
                    return;
                }
                runAsync(
                    this,
                    [projects = m_context->projects(), id = component.projectId] {
                        return projects->pause(id);
                    },
                    [this](const Status &ok) {
                        if (!ok)
                            showMessage(this, QMessageBox::Warning, tr("Not stopped"),
                                        ok.error().text());
                        refresh();
                    });
            });
}

void ComponentsTab::restartSelected()
{
    const ComponentSnapshot *c = selected();
    if (!c)
        return;
    const ComponentSnapshot component = *c;
    confirm(this, tr("Restart component"),
            tr("Resume project %1 in this console? Its run starts again from its checkpoints "
               "with all its components.")
                .arg(component.project),
            QStringLiteral("confirmRestartComponent"), [this, component] {
                ConsoleContext *context = m_context;
                runAsync(
                    this,
                    [context, id = component.projectId]()
                        -> Result<std::pair<ProjectRecord, std::pair<Endpoint, Endpoint>>> {
                        auto project = context->projects()->find(id);
                        if (!project)
                            return std::unexpected(project.error());
                        auto endpoints = context->resolveEndpoints(project->definition);
                        if (!endpoints)
                            return std::unexpected(endpoints.error());
                        return std::pair {*project, *endpoints};
                    },
                    [this](const Result<std::pair<ProjectRecord, std::pair<Endpoint, Endpoint>>>
                               &resolved) {
                        Status ok;
                        if (!resolved)
                            ok = std::unexpected(resolved.error());
                        else if (auto runner = m_context->launch(
                                     resolved->first.id, resolved->first.name(),
                                     resolved->second.first, resolved->second.second,
                                     resolved->first.definition.options.concurrency);
                                 !runner)
                            ok = std::unexpected(runner.error());
                        if (!ok)
                            showMessage(this, QMessageBox::Warning, tr("Not restarted"),
                                        ok.error().text());
                        refresh();
                    });
            });
}

} // namespace ferry::ui

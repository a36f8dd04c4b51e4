#include "switchoverdialog.h"

#include "consolecontext.h"
#include "project/projectrunner.h"
#include "project/switchover.h"
#include "widgets/async.h"
#include "widgets/icons.h"
#include "widgets/simpletablemodel.h"
#include "widgets/vaultgate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

using Cell = SimpleTableModel::Cell;
using StepState = SwitchoverDialog::StepState;

QString stepTitle(int step)
{
    switch (step) {
    case 1: return SwitchoverDialog::tr("Forward stream caught up");
    case 2: return SwitchoverDialog::tr("Source quiet");
    case 3: return SwitchoverDialog::tr("Final verification");
    case 4: return SwitchoverDialog::tr("Switchover positions recorded");
    case 5: return SwitchoverDialog::tr("Forward stream stopped");
    case 6: return SwitchoverDialog::tr("Reverse increment started");
    }
    return QString();
}

QString stateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return SwitchoverDialog::tr("waiting");
    case StepState::Running: return SwitchoverDialog::tr("running");
    case StepState::Done: return SwitchoverDialog::tr("done");
    case StepState::Failed: return SwitchoverDialog::tr("failed");
    case StepState::Stopped: return SwitchoverDialog::tr("stopped");
    case StepState::NotRun: return SwitchoverDialog::tr("not run");
    }
    return QString();
}

QString stateIcon(StepState state)
{
    switch (state) {
    case StepState::Running: return u"status/running"_s;
    case StepState::Done: return u"status/ok"_s;
    case StepState::Failed: return u"status/error"_s;
    case StepState::Stopped: return u"status/warning"_s;
    case StepState::Pending:
    case StepState::NotRun: break;
    }
    return u"status/unknown"_s;
}

} // namespace

SwitchoverDialog::SwitchoverDialog(ConsoleContext *context, ProjectRecord project, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_project(std::move(project))
{
    setObjectName(u"switchoverDialog"_s);
    setWindowTitle(tr("Switch over %1").arg(m_project.name()));
    for (int i = 0; i < kSteps; ++i) {
        m_states << StepState::Pending;
        m_details << QString();
    }
    m_summary = new QLabel(
        tr("Switching project %1 over from its source to its target, one step at a time.")
            .arg(m_project.name()));
    m_summary->setObjectName(u"switchoverSummary"_s);
    m_summary->setWordWrap(true);
    m_steps = new SimpleTableModel({tr("Step"), tr("State"), tr("Detail")}, this);
    m_stepsView = new QTableView;
    m_stepsView->setObjectName(u"switchoverSteps"_s);
    m_stepsView->setModel(m_steps);
    m_stepsView->verticalHeader()->hide();
    m_stepsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_stepsView->setFocusPolicy(Qt::NoFocus);
    m_stepsView->setWordWrap(false);
    m_stepsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stepsView->horizontalHeader()->setStretchLastSection(true);
    m_stepsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_error = new QLabel;
    m_error->setObjectName(u"switchoverError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_cancel = new QPushButton(icons::get(u"action/stop"_s), tr("Cancel switchover"));
    m_cancel->setObjectName(u"switchoverCancel"_s);
    m_cancel->setToolTip(tr("Stops the switchover before the positions are recorded: nothing is "
                            "switched. From then on it is carried through."));
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(u"switchoverClose"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner && m_runner->isRunning() && m_current <= Switchover::kLastCancellableStep) {
            m_cancelling = true;
            m_runner->stop();
            updateButtons();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_stepsView);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    showSteps();
    updateButtons();
    setMinimumWidth(900);
}

SwitchoverDialog::~SwitchoverDialog() = default;

SwitchoverDialog::StepState SwitchoverDialog::stepState(int step) const
{
    return m_states.value(step - 1, StepState::Pending);
}

void SwitchoverDialog::reject()
{
    // The switchover goes on without a window to show it; closing waits for its end.
    if (!m_running)
        QDialog::reject();
}

void SwitchoverDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_current = 1;
    setStep(1, StepState::Running, tr("starting"));
    updateButtons();
    ProjectRunner *runner = m_context->runner(m_project.id);
    if (runner && runner->isRunning()) {
        if (runner->work() != ProjectRunner::Work::Run) {
            failAt(1,
                   makeError(Error::Code::Conflict,
                             tr("project %1 is busy (a verification or a switchover runs)")
                                 .arg(m_project.name()),
                             tr("Wait for it to end, then switch over again.")));
            return;
        }
        // The switchover catches up itself, holding the project's lock: this console's run
        // lets go of it first.
        m_forwardWasRunning = true;
        setStep(1, StepState::Running, tr("stopping the project's run in this console first"));
        connect(
            runner, &ProjectRunner::finished, this, [this] { launchSwitchover(); },
            Qt::SingleShotConnection);
        runner->stop();
        return;
    }
    launchSwitchover();
}

void SwitchoverDialog::launchSwitchover()
{
    ConsoleContext *context = m_context;
    auto resolveAndLaunch = [this, context](bool ready) {
        if (!ready) {
            failAt(1,
                   makeError(Error::Code::Locked, tr("the secret store was not opened"),
                             tr("Unlock it, then switch over again.")));
            return;
        }
        runAsync(
            this,
            [context, definition = m_project.definition] {
                return context->resolveEndpoints(definition);
            },
            [this](const Result<std::pair<Endpoint, Endpoint>> &endpoints) {
                if (!endpoints) {
                    failAt(1, endpoints.error());
                    return;
                }
                m_endpoints = *endpoints;
                auto runner = m_context->launch(
                    m_project.id, m_project.name(), endpoints->first, endpoints->second,
                    m_project.definition.options.concurrency, ProjectRunner::Work::Switchover);
                if (!runner) {
                    failAt(1, runner.error());
                    return;
                }
                m_runner = *runner;
                connect(m_runner, &ProjectRunner::switchoverStep, this,
                        [this](int step, int, const QString &text) { onStep(step, text); });
                connect(m_runner, &ProjectRunner::finished, this, &SwitchoverDialog::onFinished);
            });
    };
    const ProjectDefinition &d = m_project.definition;
    if (d.source.isDataSource() || d.target.isDataSource())
        ensureSecretsReady(this, m_context, resolveAndLaunch);
    else
        resolveAndLaunch(true);
}

void SwitchoverDialog::onStep(int step, const QString &text)
{
    for (int s = 1; s < step; ++s)
        if (m_states[s - 1] == StepState::Pending || m_states[s - 1] == StepState::Running)
            setStep(s, StepState::Done);
    m_current = step;
    setStep(step, StepState::Running, text);
    updateButtons();
}

void SwitchoverDialog::onFinished()
{
    if (sender() != m_runner || !m_runner)
        return;
    if (const std::optional<Error> &failure = m_runner->failure()) {
        failAt(m_current, *failure);
        return;
    }
    for (int s = 1; s <= Switchover::kSteps; ++s)
        if (m_states[s - 1] != StepState::Done)
            setStep(s, StepState::Done);
    if (const auto &outcome = m_runner->switchover()) {
        setStep(3, StepState::Done,
                outcome->verifiedTables.isEmpty()
                    ? tr("no table changed since the full step")
                    : tr("%n table(s) identical", nullptr, int(outcome->verifiedTables.size())));
        setStep(4, StepState::Done,
                tr("source applied through %1; the reverse increment starts at target position %2")
                    .arg(outcome->forwardPosition, outcome->reversePosition));
    }
    startReverse();
}

// The project's next run is its reverse increment (target -> source).
void SwitchoverDialog::startReverse()
{
    m_current = kSteps;
    setStep(kSteps, StepState::Running, tr("starting the project's run"));
    updateButtons();
    // The switchover's runner has just finished: launch() replaces it.
    auto runner = m_context->launch(m_project.id, m_project.name(), m_endpoints->first,
                                    m_endpoints->second, m_project.definition.options.concurrency);
    if (!runner) {
        setStep(kSteps, StepState::Failed, runner.error().text());
        m_error->setText(
            tr("<b>Switched over, but the reverse increment did not start:</b> %1<br><b>Fix:</b> "
               "%2 Then start the project: its runs keep the old database in step.")
                .arg(runner.error().message.toHtmlEscaped(), runner.error().fix.toHtmlEscaped()));
        m_error->show();
        finish(true, tr("Project %1 is switched over.").arg(m_project.name()));
        return;
    }
    m_runner.clear();
    setStep(kSteps, StepState::Done,
            tr("running: what is written to %1 flows back to %2")
                .arg(m_endpoints->second.displayAddress(), m_endpoints->first.displayAddress()));
    finish(true,
           tr("Project %1 is switched over. The reverse increment keeps %2 in step with %3: "
              "the old database stays a live fallback.")
               .arg(m_project.name(), m_endpoints->first.displayAddress(),
                    m_endpoints->second.displayAddress()));
}

void SwitchoverDialog::failAt(int step, const Error &error)
{
    const bool stopped = error.code == Error::Code::Cancelled;
    const int at = std::clamp(step, 1, kSteps);
    setStep(at, stopped ? StepState::Stopped : StepState::Failed, error.message);
    for (int s = at + 1; s <= kSteps; ++s)
        setStep(s, StepState::NotRun);
    const bool switched = at > Switchover::kLastCancellableStep;
    m_error->setText((stopped ? tr("<b>Stopped:</b> %1").arg(error.message.toHtmlEscaped())
                              : tr("<b>Cause:</b> %1").arg(error.message.toHtmlEscaped()))
                     + (error.fix.isEmpty()
                            ? QString()
                            : tr("<br><b>Fix:</b> %1").arg(error.fix.toHtmlEscaped())));
    m_error->show();
    if (!switched && m_forwardWasRunning && m_endpoints) {
        runForwardAgain();
        return;
    }
    finish(false,
           switched ? tr("The switchover of %1 failed after its positions were recorded: "
                         "see the project's log.")
                          .arg(m_project.name())
                    : tr("Nothing was switched.") + u' '
                   + (stopped ? tr("The switchover was stopped.")
                              : tr("Fix the cause, then switch over again.")));
}

// Nothing was switched: the forward stream this switchover stopped runs again.
void SwitchoverDialog::runForwardAgain()
{
    auto runner = m_context->launch(m_project.id, m_project.name(), m_endpoints->first,
                                    m_endpoints->second, m_project.definition.options.concurrency);
    m_runner.clear();
    finish(false,
           runner ? tr("Nothing was switched. The forward stream runs again.")
                  : tr("Nothing was switched, and the forward stream did not start again: "
                       "%1")
                        .arg(runner.error().text()));
}

void SwitchoverDialog::finish(bool switched, const QString &summary)
{
    m_running = false;
    m_cancelling = false;
    m_summary->setText(summary);
    updateButtons();
    adjustSize(); // the cause and fix below the steps
    emit ended(switched);
}

void SwitchoverDialog::setStep(int step, StepState state, const QString &detail)
{
    m_states[step - 1] = state;
    if (!detail.isNull())
        m_details[step - 1] = detail;
    showSteps();
}

void SwitchoverDialog::showSteps()
{
    QList<SimpleTableModel::Row> rows;
    for (int s = 1; s <= kSteps; ++s) {
        const StepState state = m_states[s - 1];
        Cell stateCell = Cell(stateName(state)).withIcon(icons::get(stateIcon(state)));
        if (state == StepState::Failed)
            stateCell.foreground = QColor(0xb3, 0x26, 0x1e);
        rows << SimpleTableModel::Row {Cell(u"%1. %2"_s.arg(s).arg(stepTitle(s))), stateCell,
                                       Cell(m_details[s - 1]).withToolTip(m_details[s - 1])};
    }
    m_steps->setRows(rows);
    m_stepsView->setFixedHeight(m_stepsView->horizontalHeader()->sizeHint().height()
                                + m_stepsView->verticalHeader()->defaultSectionSize() * kSteps
                                + 2 * m_stepsView->frameWidth());
}

void SwitchoverDialog::updateButtons()
{
    const bool cancellable =
        m_running && m_runner && !m_cancelling && m_current <= Switchover::kLastCancellableStep;
    m_cancel->setEnabled(cancellable);
    m_cancel->setVisible(m_running);
    m_close->setEnabled(!m_running);
}

} // namespace ferry::ui

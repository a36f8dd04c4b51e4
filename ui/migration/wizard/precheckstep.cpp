#include "precheckstep.h"

#include "consolecontext.h"
#include "precheckmodel.h"
#include "project/precheck.h"
#include "project/projectservice.h"
#include "widgets/async.h"
#include "widgets/icons.h"
#include "widgets/vaultgate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

QJsonObject scopeOf(const ProjectDefinition &definition)
{
    QJsonObject o = definition.toJson();
    o.remove(QStringLiteral("name"));
    o.remove(QStringLiteral("tags"));
    return o;
}

} // namespace

PrecheckStep::PrecheckStep(ConsoleContext *context, QWidget *parent)
    : WizardStep(tr("Precheck"),
                 tr("Ferry checks connections, privileges, tables, names and types before "
                    "anything is written."),
                 parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("precheckStep"));
    m_model = new PrecheckModel(this);
    m_model->setObjectName(QStringLiteral("precheckModel"));

    m_run = new QPushButton(icons::get(QStringLiteral("action/refresh")), tr("Run again"));
    m_run->setObjectName(QStringLiteral("rerunButton"));
    m_cancel = new QPushButton(icons::get(QStringLiteral("action/stop")), tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelPrecheckButton"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("precheckProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("precheckSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("precheckView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    auto *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    m_view->setColumnWidth(PrecheckModel::SeverityColumn, 96);
    m_view->setColumnWidth(PrecheckModel::Check, 130);
    m_view->setColumnWidth(PrecheckModel::Object, 210);
    m_view->setTextElideMode(Qt::ElideLeft); // "…src.hard.dt": the end names the object
    m_view->setColumnWidth(PrecheckModel::Message, 420);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(10);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_run, &QPushButton::clicked, this, &PrecheckStep::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PrecheckStep::cancel);
    setState(State::Idle, tr("The precheck runs when you reach this step."), "#6b7a8c");
}

void PrecheckStep::setState(State state, const QString &summary, const char *color)
{
    m_state = state;
    m_summary->setText(summary);
    m_summary->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(QLatin1StringView(color)));
    m_progress->setVisible(state == State::Running);
    m_cancel->setVisible(state == State::Running);
    m_run->setEnabled(state != State::Running);
    m_run->setText(state == State::Idle ? tr("Run precheck") : tr("Run again"));
    emit changed();
}

void PrecheckStep::run(const ProjectDefinition &definition, qint64 projectId, bool needsSecrets)
{
    m_token.cancel(); // a run still going is for an older definition
    m_token = CancelToken();
    const int generation = ++m_generation;
    m_errors = 0;
    m_checked = QJsonObject();
    m_model->setItems({});
    setState(State::Running, tr("Checking connections, privileges, tables and types…"), "#2f6fb0");

    ConsoleContext *context = m_context;
    const CancelToken token = m_token;
    auto check = [this, generation, context, definition, projectId, token](bool ready) {
        if (generation != m_generation)
            return;
        if (!ready) {
            setState(State::Failed,
                     tr("The precheck could not run: the vault holding the data sources' "
                        "passwords is locked."),
                     "#b3261e");
            emit finished();
            return;
        }
        runAsync(
            this,
            [projects = context->projects(), definition, projectId, token] {
                return projects->precheck(definition, projectId, token);
            },
            [this, generation, definition](const Result<PrecheckReport> &report) {
                if (generation != m_generation)
                    return; // cancelled, or run again since
                if (!report) {
                    setState(State::Failed,
                             tr("The precheck could not run: %1").arg(report.error().text()),
                             "#b3261e");
                    emit finished();
                    return;
                }
                m_model->setItems(report->items);
                m_view->resizeRowsToContents();
                m_errors = report->count(PrecheckItem::Severity::Error);
                m_checked = scopeOf(definition);
                const int warnings = report->count(PrecheckItem::Severity::Warning);
                const int infos = report->count(PrecheckItem::Severity::Info);
                const int oks = report->count(PrecheckItem::Severity::Ok);
                if (m_errors == 0)
                    setState(State::Done,
                             tr("Precheck passed: %1 warning(s), %2 note(s), %3 check(s) passed. "
                                "Save the project, or save and start it.")
                                 .arg(warnings)
                                 .arg(infos)
                                 .arg(oks),
                             warnings ? "#a15c00" : "#1f7a4d");
                else
                    setState(State::Done,
                             tr("Precheck failed: %1 error(s), %2 warning(s). The Fix column says "
                                "what to do; go back to change the project, then run it again.")
                                 .arg(m_errors)
                                 .arg(warnings),
                             "#b3261e");
                emit finished();
            });
    };
    if (needsSecrets)
        ensureSecretsReady(this, m_context, check);
    else
        check(true);
}

void PrecheckStep::cancel()
{
    if (m_state != State::Running)
        return;
    m_token.cancel();
    ++m_generation; // its findings, when they come, are dropped
    setState(State::Cancelled,
             tr("The precheck was cancelled. Run it again before starting the project."),
             "#a15c00");
    emit finished();
}

bool PrecheckStep::hasReportFor(const ProjectDefinition &definition) const
{
    return m_state == State::Done && m_checked == scopeOf(definition);
}

QString PrecheckStep::blocker() const
{
    switch (m_state) {
    case State::Running: return tr("The precheck is running…");
    case State::Done:
        if (m_errors > 0)
            return tr("The precheck found %n error(s): fix them before saving.", nullptr, m_errors);
        return {};
    case State::Idle:
    case State::Cancelled:
    case State::Failed: return {};
    }
    return {};
}

} // namespace ferry::ui

#include "riskstab.h"

#include "alerts/risklagthresholds.h"
#include "consolecontext.h"
#include "monitor/riskboard.h"
#include "widgets/async.h"
#include "widgets/icons.h"
#include "widgets/simpletablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

QString severityName(Risk::Severity s)
{
    switch (s) {
    case Risk::Severity::Critical: return RisksTab::tr("Critical");
    case Risk::Severity::Warning: return RisksTab::tr("Warning");
    case Risk::Severity::Info: return RisksTab::tr("Info");
    }
    return {};
}

QString kindName(Risk::Kind k)
{
    switch (k) {
    case Risk::Kind::BinlogRetention: return RisksTab::tr("Binlog retention");
    case Risk::Kind::SlotWal: return RisksTab::tr("Slot WAL");
    case Risk::Kind::PausedSlot: return RisksTab::tr("Slot of a paused project");
    case Risk::Kind::OrphanSlot: return RisksTab::tr("Orphan slot");
    case Risk::Kind::Lag: return RisksTab::tr("Lag");
    case Risk::Kind::FailedStep: return RisksTab::tr("Failed step");
    case Risk::Kind::StoreDisk: return RisksTab::tr("Store disk");
    case Risk::Kind::Unreachable: return RisksTab::tr("Source unreachable");
    }
    return {};
}

QString severityIcon(Risk::Severity s)
{
    switch (s) {
    case Risk::Severity::Critical: return u"status/error"_s;
    case Risk::Severity::Warning: return u"status/warning"_s;
    case Risk::Severity::Info: return u"status/info"_s;
    }
    return {};
}

} // namespace

RisksTab::RisksTab(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"risksTab"_s);
    m_board =
        std::make_shared<RiskBoard>(context->store(), [context] { return context->secrets(); });
    m_model = new SimpleTableModel(
        {tr("Severity"), tr("Project"), tr("Risk"), tr("Object"), tr("What"), tr("What to do")},
        this);
    m_table = new QTableView;
    m_table->setObjectName(u"risksTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status = new QLabel(tr("Looking at the projects' sources…"));
    m_status->setObjectName(u"risksStatus"_s);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(icons::get(u"action/refresh"_s), tr("Look again"));
    m_refresh->setObjectName(u"refreshRisks"_s);
    connect(m_refresh, &QPushButton::clicked, this, &RisksTab::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &RisksTab::refresh);
}

RisksTab::~RisksTab() = default;

void RisksTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void RisksTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void RisksTab::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    m_refresh->setEnabled(false);
    runAsync(
        this,
        [board = m_board, store = m_context->store()] {
            // The lag thresholds as the alert rule "lag" sets them, per project.
            board->setOptions(withAlertLagThresholds(store));
            return board->assess(0);
        },
        [this](const Result<QList<Risk>> &risks) {
            m_busy = false;
            m_refresh->setEnabled(true);
            const QString at = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
            if (!risks) {
                m_status->setText(
                    tr("The risk board could not look (%1): %2").arg(at, risks.error().text()));
                emit refreshed(-1);
                return;
            }
            QList<SimpleTableModel::Row> rows;
            QStringList keys;
            for (const Risk &r : *risks) {
                rows.append({SimpleTableModel::Cell(severityName(r.severity), int(r.severity))
                                 .withIcon(icons::get(severityIcon(r.severity))),
                             SimpleTableModel::Cell(r.project),
                             SimpleTableModel::Cell(kindName(r.kind)),
                             SimpleTableModel::Cell(r.object),
                             SimpleTableModel::Cell(r.summary).withToolTip(r.summary),
                             SimpleTableModel::Cell(r.action).withToolTip(r.action)});
                keys.append(r.project + u'/' + Risk::kindId(r.kind) + u'/' + r.object);
            }
            m_model->setRows(rows, keys);
            // Short columns fit their text; what is wrong and what to do wrap.
            for (int c = 0; c < 4; ++c)
                m_table->resizeColumnToContents(c);
            m_table->setColumnWidth(4, 320);
            m_table->resizeRowsToContents();
            m_status->setText(
                risks->isEmpty()
                    ? tr("No risks at %1: every stream keeps the log it needs.").arg(at)
                    : tr("%n risk(s) at %1. Rates need two looks: the board looks again every "
                         "15 s.",
                         nullptr, int(risks->size()))
                          .arg(at));
            emit refreshed(int(risks->size()));
        });
}

} // namespace ferry::ui

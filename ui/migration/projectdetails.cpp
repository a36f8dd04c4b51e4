#include "projectdetails.h"

#include "common/files.h"
#include "consolecontext.h"
#include "incrementalpanel.h"
#include "pipeline/streamstate.h"
#include "project/projectrunner.h"
#include "project/projectservice.h"
#include "project/projectverification.h"
#include "store/datasourcerepository.h"
#include "switchoverdialog.h"
#include "throughputchart.h"
#include "values/canonical.h"
#include "verify/verifier.h"
#include "widgets/async.h"
#include "widgets/icons.h"
#include "widgets/messages.h"
#include "widgets/progressdelegate.h"
#include "widgets/simpletablemodel.h"
#include "widgets/statetext.h"
#include "widgets/vaultgate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

struct ProjectDetails::Snapshot
{
    std::optional<ProjectRecord> project;
    QList<StepRecord> steps;
    QList<TableRecord> tables;
    QList<Checkpoint> checkpoints;
    QList<LogLine> log;
    QList<MetricSample> samples;
    QList<StreamRecord> streams;
    std::optional<VerifyReport> verification;
    QString error;
};

namespace {

using Cell = SimpleTableModel::Cell;

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// A project's source or target as the page names it: the data source, or engine and address.
QString endpointText(const EndpointSpec &e)
{
    return e.isDataSource()
        ? e.dataSource
        : StateText::engine(e.endpoint.engine) + u' ' + e.endpoint.displayAddress();
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

// A table by its own name; the database or schema it lives in (the same for every row, and in
// the subtitle) goes to the tooltip.
Cell tableCell(const QString &qualified)
{
    const qsizetype dot = qualified.indexOf(u'.');
    return Cell(dot > 0 ? qualified.mid(dot + 1) : qualified, qualified).withToolTip(qualified);
}

// Where a table's copy stands: the upper key of its furthest committed chunk, "(33334, 0)".
QString checkpointText(const Checkpoint &c)
{
    if (c.done == 0)
        return QObject::tr("(none yet)");
    if (c.lastCommittedKey.isEmpty())
        return QObject::tr("(to the end of the table)");
    QStringList parts;
    for (const QJsonValue &v : QJsonDocument::fromJson(c.lastCommittedKey.toUtf8()).array())
        parts << (v.isNull() ? u"NULL"_s : v.toVariant().toString());
    return u'(' + parts.join(u", "_s) + u')';
}

// "42%" sorting by the fraction and drawn as a bar.
Cell percentCell(double fraction)
{
    const double shown = std::clamp(fraction, 0.0, 1.0);
    return Cell(QString(QString::number(shown * 100, 'f', 0) + u'%'), shown).withProgress(shown);
}

// A compared value as a DBA reads it: numbers bare, text quoted, bytes in hex, NULL as NULL.
QString valueText(const std::optional<std::string> &value, const ColumnType &type, int max)
{
    if (!value)
        return u"NULL"_s;
    if (type.isNumeric())
        return QString::fromUtf8(value->data(), qsizetype(value->size()));
    return canonical::preview(*value, type.isBinary(), max);
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return ProjectDetails::tr("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60);
    if (s >= 60)
        return ProjectDetails::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return ProjectDetails::tr("%1 s").arg(s);
}

QIcon stateIcon(TableState state)
{
    if (state == TableState::Done)
        return icons::get(u"status/ok"_s);
    if (state == TableState::Failed)
        return icons::get(u"status/error"_s);
    if (isActive(state))
        return icons::get(u"status/running"_s);
    return icons::get(u"status/unknown"_s);
}

QIcon stateIcon(StepState state)
{
    if (state == StepState::Done)
        return icons::get(u"status/ok"_s);
    if (state == StepState::Failed)
        return icons::get(u"status/error"_s);
    if (state == StepState::Running)
        return icons::get(u"status/running"_s);
    return icons::get(u"status/unknown"_s);
}

QString stepTitle(const QString &step)
{
    if (step == u"schema")
        return QObject::tr("Schema migration");
    if (step == u"full")
        return QObject::tr("Full migration");
    if (step == u"incremental")
        return QObject::tr("Incremental synchronization");
    if (step == u"verify")
        return QObject::tr("Full verification");
    return step;
}

// What the project does with a target table that already holds rows, as the wizard says it.
QString nonEmptyText(NonEmptyPolicy policy)
{
    switch (policy) {
    case NonEmptyPolicy::Stop: return ProjectDetails::tr("stop");
    case NonEmptyPolicy::Ignore: return ProjectDetails::tr("ignore existing rows");
    case NonEmptyPolicy::Truncate: return ProjectDetails::tr("truncate first");
    }
    return {};
}

} // namespace

ProjectDetails::ProjectDetails(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"projectDetails"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"sectionTitle"_s);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(u"mutedLabel"_s);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_live = new QLabel;
    m_live->setObjectName(u"liveStatus"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"projectError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: #fdecea; color: #8c1d18; border: 1px solid "
                           "#f3c2bd; border-radius: 4px; padding: 6px 8px; }"_s);
    m_error->hide();

    // Progress tab: steps, charts, tables.
    m_steps = new SimpleTableModel(
        {tr("Step"), tr("State"), tr("Progress"), tr("Started"), tr("Finished")}, this);
    m_stepsView = makeTable(m_steps, u"stepsView"_s);
    m_stepsView->setItemDelegateForColumn(
        2, new ProgressDelegate(SimpleTableModel::ProgressRole, m_stepsView));
    m_stepsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tables =
        new SimpleTableModel({tr("Source table"), tr("Target table"), tr("State"), tr("Rows"),
                              tr("Progress"), tr("Bytes"), tr("Rows/s"), tr("ETA"), tr("Chunks")},
                             this);
    m_tablesView = makeTable(m_tables, u"tableProgressView"_s);
    m_tablesView->setItemDelegateForColumn(
        4, new ProgressDelegate(SimpleTableModel::ProgressRole, m_tablesView));
    m_tablesView->setColumnWidth(4, 110);
    m_throughput = new ThroughputChart(tr("Throughput"), tr("rows/s"));
    m_throughput->setObjectName(u"throughputChart"_s);
    // Steps and the chart side by side on top, every table below at full width.
    auto *top = new QHBoxLayout;
    top->addWidget(m_stepsView, 3, Qt::AlignTop);
    top->addWidget(m_throughput, 2);
    auto *progressTab = new QWidget;
    auto *progressLayout = new QVBoxLayout(progressTab);
    progressLayout->addLayout(top);
    progressLayout->addWidget(m_tablesView, 1);

    // Incremental synchronization: where the change streams stand, their lag and changes.
    m_incremental = new IncrementalPanel;
    connect(m_incremental, &IncrementalPanel::switchoverRequested, this,
            &ProjectDetails::switchOver);
    connect(m_incremental, &IncrementalPanel::schemaChangeDecided, this,
            &ProjectDetails::decideSchemaChange);

    // Checkpoints.
    m_checkpoints = new SimpleTableModel({tr("Source table"), tr("Chunks done"), tr("In flight"),
                                          tr("Rows committed"), tr("Last committed key")},
                                         this);
    auto *checkpointsTab = new QWidget;
    auto *checkpointsLayout = new QVBoxLayout(checkpointsTab);
    auto *checkpointsHelp = new QLabel(
        tr("Each table is copied in chunks recorded here. A chunk is committed in one target "
           "transaction; after a stop or crash, chunks in flight are redone exactly once."));
    checkpointsHelp->setWordWrap(true);
    checkpointsHelp->setObjectName(u"mutedLabel"_s);
    checkpointsLayout->addWidget(checkpointsHelp);
    checkpointsLayout->addWidget(makeTable(m_checkpoints, u"checkpointsView"_s), 1);

    // Verification.
    m_results =
        new SimpleTableModel({tr("Source"), tr("Target"), tr("Rows"), tr("Missing"), tr("Extra"),
                              tr("Different"), tr("Duplicated"), tr("Method"), tr("Verdict")},
                             this);
    m_differences = new SimpleTableModel({tr("Table"), tr("Kind"), tr("Key or row"), tr("Columns"),
                                          tr("Source value"), tr("Target value")},
                                         this);
    m_verificationSummary = new QLabel(tr("Not verified yet."));
    m_verificationSummary->setObjectName(u"verificationSummary"_s);
    m_verificationSummary->setWordWrap(true);
    m_verifyButton = new QPushButton(icons::get(u"action/test"_s), tr("Verify now"));
    m_verifyButton->setObjectName(u"verifyNow"_s);
    auto *verifyBar = new QHBoxLayout;
    verifyBar->addWidget(m_verificationSummary, 1);
    verifyBar->addWidget(m_verifyButton);
    const QList<QPair<Export, QString>> exports = {{Export::Html, tr("Report (HTML)…")},
                                                   {Export::Csv, tr("CSV…")},
                                                   {Export::Json, tr("JSON…")},
                                                   {Export::CorrectionSql, tr("Correction SQL…")}};
    for (const auto &[kind, text] : exports) {
        auto *b = new QPushButton(icons::get(u"action/export"_s), text);
        b->setObjectName(u"export%1"_s.arg(int(kind)));
        connect(b, &QPushButton::clicked, this, [this, kind] { chooseExport(kind); });
        verifyBar->addWidget(b);
        m_exportButtons << b;
    }
    auto *verificationTab = new QWidget;
    auto *verificationLayout = new QVBoxLayout(verificationTab);
    verificationLayout->addLayout(verifyBar);
    auto *resultsView = makeTable(m_results, u"verificationResults"_s);
    resultsView->setMaximumHeight(150);
    verificationLayout->addWidget(resultsView);
    verificationLayout->addWidget(makeTable(m_differences, u"differencesView"_s), 1);

    // Log and definition.
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"projectLog"_s);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_definition = new QPlainTextEdit;
    m_definition->setObjectName(u"projectDefinition"_s);
    m_definition->setReadOnly(true);
    QFont mono(u"Monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSize(9);
    m_log->setFont(mono);
    m_definition->setFont(mono);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"detailsTabs"_s);
    m_tabs->addTab(progressTab, tr("Progress"));
    m_tabs->addTab(m_incremental, tr("Incremental synchronization"));
    m_tabs->setTabVisible(int(Tab::Incremental), false);
    m_tabs->addTab(checkpointsTab, tr("Checkpoints"));
    m_tabs->addTab(verificationTab, tr("Verification"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_definition, tr("Definition"));
    // The switchover sits in the tab bar's corner while the incremental tab is in front.
    QPushButton *switchover = m_incremental->switchoverButton();
    m_tabs->setCornerWidget(switchover, Qt::TopRightCorner);
    switchover->hide();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, switchover](int index) {
        switchover->setVisible(index == int(Tab::Incremental));
    });

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    head->addWidget(m_live);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ProjectDetails::refresh);
    connect(m_verifyButton, &QPushButton::clicked, this, &ProjectDetails::verifyNow);
    connect(m_context, &ConsoleContext::runnersChanged, this, [this] {
        attachRunner();
        refresh();
    });
    showVerification();
}

void ProjectDetails::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void ProjectDetails::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void ProjectDetails::showProject(qint64 projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    m_project.reset();
    m_verification.reset();
    m_liveRunId.clear();
    m_lastProgress = {};
    m_throughput->setPoints({});
    m_incremental->clear();
    m_tables->setRows({});
    attachRunner();
    showVerification();
    refresh();
}

void ProjectDetails::attachRunner()
{
    ProjectRunner *runner = m_context->runner(m_projectId);
    if (runner == m_runner)
        return;
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_liveRunId.clear();
    if (m_runner)
        connect(m_runner, &ProjectRunner::progress, this, &ProjectDetails::onProgress);
}

void ProjectDetails::onProgress(const RunProgress &p)
{
    if (sender() != m_runner || p.projectId != m_projectId)
        return; // a stale snapshot of another project or an earlier run
    if (m_liveRunId.isEmpty())
        m_liveRunId = p.runId;
    else if (p.runId != m_liveRunId)
        return;
    ++m_liveUpdates;
    m_lastProgress = p;
    if (m_verifying && p.step == u"verify")
        m_verificationSummary->setText(
            tr("Verifying… %1 of %2 rows compared")
                .arg(QLocale().toString(p.rowsDone), QLocale().toString(p.rowsTotal)));
    emit liveUpdated();
    m_live->setText(tr("%1 · %2 rows/s · ETA %3")
                        .arg(stepTitle(p.step), QLocale().toString(qint64(p.rowsPerSecond)),
                             duration(p.etaSeconds)));
    if (!p.tables.isEmpty())
        showTables(p.tables);
    if (p.step == u"full" && p.stepState == StepState::Running && !p.tables.isEmpty())
        m_throughput->addPoint(p.at.toLocalTime(), p.rowsPerSecond);
}

void ProjectDetails::showTables(const QList<TableProgress> &tables)
{
    QList<SimpleTableModel::Row> rows;
    QStringList keys;
    for (const TableProgress &t : tables) {
        const double fraction = t.rowsTotal > 0 ? double(t.rowsDone) / double(t.rowsTotal)
                                                : (t.state == TableState::Done ? 1.0 : 0.0);
        SimpleTableModel::Row row;
        row << tableCell(t.source) << tableCell(t.target);
        Cell state = Cell(StateText::of(t.state)).withIcon(stateIcon(t.state)).withToolTip(t.error);
        if (t.state == TableState::Failed)
            state.foreground = QColor(0xb3, 0x26, 0x1e);
        row << state << Cell(u"%1 / %2"_s.arg(count(t.rowsDone), count(t.rowsTotal)), t.rowsDone)
            << percentCell(fraction) << Cell(bytes(t.bytesDone), t.bytesDone)
            << Cell(t.rowsPerSecond > 0 ? QLocale().toString(qint64(t.rowsPerSecond)) : u"—"_s,
                    t.rowsPerSecond)
            << Cell(duration(t.etaSeconds), t.etaSeconds)
            << Cell(u"%1 / %2"_s.arg(t.chunksDone).arg(t.chunksTotal));
        rows << row;
        keys << t.source;
    }
    m_tables->setRows(rows, keys);
}

void ProjectDetails::refresh()
{
    if (m_projectId == 0 || m_loading)
        return;
    m_loading = true;
    auto projects = m_context->projects();
    const qint64 id = m_projectId;
    const bool wantVerification = !m_verification.has_value();
    runAsync(
        this,
        [projects, id, wantVerification] {
            Snapshot s;
            auto o = projects->overview(id, 500, 600, wantVerification);
            if (!o) {
                s.error = o.error().text();
                return s;
            }
            s.project = o->project;
            s.steps = o->steps;
            s.tables = o->tables;
            s.checkpoints = o->checkpoints;
            s.log = o->log;
            s.samples = o->samples;
            s.streams = o->streams;
            s.verification = o->verification;
            return s;
        },
        [this, id](const Snapshot &s) {
            m_loading = false;
            if (id != m_projectId)
                return; // another project was selected meanwhile
            apply(s);
            emit refreshed();
        });
}

void ProjectDetails::apply(const Snapshot &s)
{
    if (!s.project) {
        m_title->setText(s.error);
        return;
    }
    m_project = s.project;
    const ProjectRecord &p = *s.project;
    const ProjectDefinition &d = p.definition;
    const auto endpoint = endpointText;
    m_title->setText(u"%1 — %2"_s.arg(p.name(), StateText::of(p.state)));
    m_subtitle->setText(tr("%1 → %2 · concurrency %3 · non-empty target: %4%5")
                            .arg(endpoint(d.source), endpoint(d.target))
                            .arg(d.options.concurrency)
                            .arg(nonEmptyText(d.options.nonEmptyTarget),
                                 d.tags.isEmpty() ? QString() : u" · "_s + d.tags.join(u", "_s)));
    const bool running = m_runner && m_runner->isRunning();
    if (!running)
        m_live->clear();

    // The error, split into its cause and its fix where the message has both.
    if (!p.lastError.isEmpty() && p.state != ProjectState::Running) {
        m_error->setText(tr("<b>Stopped:</b> %1").arg(p.lastError.toHtmlEscaped()));
        m_error->show();
    } else {
        m_error->hide();
    }

    QList<SimpleTableModel::Row> stepRows;
    for (const StepRecord &step : s.steps) {
        double progress = step.state == StepState::Done ? 1.0 : 0.0;
        if (running && m_lastProgress.step == step.step)
            progress = m_lastProgress.fraction;
        else if (step.state == StepState::Running && step.step == u"full")
            progress = p.progress;
        Cell state =
            Cell(StateText::of(step.state)).withIcon(stateIcon(step.state)).withToolTip(step.error);
        if (step.state == StepState::Failed)
            state.foreground = QColor(0xb3, 0x26, 0x1e);
        stepRows << SimpleTableModel::Row {Cell(stepTitle(step.step)), state, percentCell(progress),
                                           Cell(when(step.startedAt), step.startedAt),
                                           Cell(when(step.finishedAt), step.finishedAt)};
    }
    m_steps->setRows(stepRows);
    // Every step in view without a scroll bar: there are at most five.
    m_stepsView->setFixedHeight(m_stepsView->horizontalHeader()->height()
                                + m_stepsView->verticalHeader()->defaultSectionSize()
                                    * std::max(1, m_steps->rowCount())
                                + 2 * m_stepsView->frameWidth());

    if (!running || m_lastProgress.tables.isEmpty()) {
        QList<TableProgress> tables;
        for (const TableRecord &t : s.tables) {
            TableProgress tp;
            tp.source = t.sourceTable;
            tp.target = t.targetTable;
            tp.state = t.state;
            tp.rowsTotal =
                t.state == TableState::Done ? t.rowsDone : std::max(t.rowsEstimate, t.rowsDone);
            tp.rowsDone = t.rowsDone;
            tp.bytesDone = t.bytesDone;
            tp.error = t.error;
            for (const Checkpoint &c : s.checkpoints)
                if (c.sourceTable == t.sourceTable) {
                    tp.chunksDone = c.done;
                    tp.chunksTotal = c.chunks;
                    if (t.state != TableState::Done) {
                        tp.rowsDone = c.rows;
                        tp.bytesDone = 0;
                    }
                }
            tables << tp;
        }
        showTables(tables);
    }

    QList<SimpleTableModel::Row> checkpointRows;
    for (const Checkpoint &c : s.checkpoints)
        checkpointRows << SimpleTableModel::Row {
            tableCell(c.sourceTable), Cell(u"%1 / %2"_s.arg(c.done).arg(c.chunks), c.done),
            Cell(c.inFlight), Cell(count(c.rows), c.rows), Cell(checkpointText(c))};
    m_checkpoints->setRows(checkpointRows);

    if (!running) {
        QList<QPair<QDateTime, double>> points;
        for (const MetricSample &m : s.samples)
            points.append({m.at.toLocalTime(), m.rowsPerSecond});
        m_throughput->setPoints(points);
        m_throughput->setEmptyText(points.isEmpty() ? tr("no samples yet") : QString());
    }
    m_tabs->setTabVisible(int(Tab::Incremental), d.hasStep(u"incremental"_s));
    if (m_wantedTab && m_tabs->isTabVisible(int(*m_wantedTab)))
        showTab(*m_wantedTab);
    m_incremental->setStreams(s.streams, p.state == ProjectState::Running);
    m_incremental->setSamples(s.samples);
    updateIncrementalActions(s.streams);

    QStringList lines;
    for (const LogLine &l : s.log)
        lines << u"%1  %2  %3"_s.arg(l.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                     l.level.leftJustified(7), l.message);
    const QString text = lines.join(u'\n');
    if (m_log->toPlainText() != text) {
        m_log->setPlainText(text);
        m_log->moveCursor(QTextCursor::End);
    }
    const QString json =
        QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented));
    if (m_definition->toPlainText() != json)
        m_definition->setPlainText(json);

    if (s.verification) {
        m_verification = s.verification;
        showVerification();
    }
    m_verifyButton->setEnabled(!running && !m_verifying);
}

void ProjectDetails::showVerification()
{
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(m_verification.has_value());
    if (!m_verification) {
        if (!m_verifying)
            m_verificationSummary->setText(
                tr("Not verified yet. Verify compares every row of source and target and "
                   "names each difference."));
        m_results->setRows({});
        m_differences->setRows({});
        return;
    }
    const VerifyReport &r = *m_verification;
    m_verificationSummary->setText(u"<b style='color:%1'>%2</b> — %3"_s.arg(
        r.consistent() ? u"#1f7a4d"_s : u"#b3261e"_s, r.summary().toHtmlEscaped(),
        tr("verified %1").arg(when(QDateTime::fromString(r.startedAt, Qt::ISODate)))));
    QList<SimpleTableModel::Row> results;
    QList<SimpleTableModel::Row> diffs;
    for (const TableVerification &t : r.tables) {
        const Cell verdict =
            Cell(t.error.isEmpty() ? (t.isConsistent() ? tr("consistent") : tr("differences"))
                                   : tr("not verified"))
                .withIcon(icons::get(t.isConsistent() ? u"status/ok"_s : u"status/error"_s))
                .withToolTip(t.error);
        results << SimpleTableModel::Row {
            Cell(t.source),     Cell(t.target), Cell(count(t.rows), t.rows),
            Cell(t.missing),    Cell(t.extra),  Cell(t.different),
            Cell(t.duplicates), Cell(t.method), verdict};
        int shown = 0;
        for (const RowDifference &d : t.differences) {
            if (++shown > 1000)
                break;
            QStringList key;
            const RowValues &values =
                !d.key.empty() ? d.key : (d.sourceRow.empty() ? d.targetRow : d.sourceRow);
            const QStringList names = !d.key.empty() ? t.keyColumns : t.columns;
            for (int i = 0; i < names.size() && size_t(i) < values.size(); ++i)
                key << names[i] + u'='
                        + valueText(values[size_t(i)],
                                    t.columnTypes.value(int(t.columns.indexOf(names[i]))), 30);
            QString kind;
            switch (d.kind) {
            case RowDifference::Kind::Missing: kind = tr("missing in target"); break;
            case RowDifference::Kind::Extra: kind = tr("only in target"); break;
            case RowDifference::Kind::Different: kind = tr("different"); break;
            case RowDifference::Kind::Duplicate: kind = tr("duplicated ×%1").arg(d.count); break;
            }
            QString sourceValue, targetValue;
            if (d.kind == RowDifference::Kind::Different && !d.columns.isEmpty()) {
                const int c = int(t.columns.indexOf(d.columns.first()));
                auto show = [&](const RowValues &row) {
                    return size_t(c) < row.size()
                        ? valueText(row[size_t(c)], t.columnTypes.value(c), 40)
                        : QString();
                };
                sourceValue = show(d.sourceRow);
                targetValue = show(d.targetRow);
            }
            diffs << SimpleTableModel::Row {Cell(t.target),          Cell(kind),
                                            Cell(key.join(u", "_s)), Cell(d.columns.join(u", "_s)),
                                            Cell(sourceValue),       Cell(targetValue)};
        }
    }
    m_results->setRows(results);
    m_differences->setRows(diffs);
}

void ProjectDetails::showTab(Tab tab)
{
    m_wantedTab.reset();
    if (!m_tabs->isTabVisible(int(tab))) {
        m_wantedTab = tab;
        return;
    }
    m_tabs->setCurrentIndex(int(tab));
}

std::optional<StreamRecord> ProjectDetails::forwardStream() const
{
    for (const StreamRecord &s : m_incremental->streams())
        if (s.stream == u"forward")
            return s;
    return std::nullopt;
}

ProjectDetails::Tab ProjectDetails::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

// Through the same runner as a run: it holds the project lock, Pause stops it, and closing the
// console stops it instead of waiting for it.
void ProjectDetails::verifyNow()
{
    if (!m_project || m_verifying)
        return;
    m_verifying = true;
    m_verifyButton->setEnabled(false);
    m_verificationSummary->setText(tr("Verifying…"));
    showTab(Tab::Verification);
    ConsoleContext *context = m_context;
    const ProjectRecord project = *m_project;
    runAsync(
        this,
        [context, definition = project.definition] {
            return context->resolveEndpoints(definition);
        },
        [this, project](const Result<std::pair<Endpoint, Endpoint>> &endpoints) {
            Result<ProjectRunner *> runner = endpoints
                ? m_context->launch(project.id, project.name(), endpoints->first, endpoints->second,
                                    project.definition.options.concurrency,
                                    ProjectRunner::Work::Verify)
                : std::unexpected(endpoints.error());
            if (!runner) {
                verificationEnded(project.id, runner.error().text());
                return;
            }
            connect(*runner, &ProjectRunner::finished, this,
                    [this, id = project.id,
                     r = QPointer<ProjectRunner>(*runner)](bool ok, const QString &error) {
                        if (ok && r && r->verification()) {
                            if (id == m_projectId)
                                m_verification = r->verification();
                            verificationEnded(id, QString(), r->verification()->consistent());
                        } else {
                            verificationEnded(id, error);
                        }
                    });
        });
}

void ProjectDetails::verificationEnded(qint64 projectId, const QString &error, bool consistent)
{
    m_verifying = false;
    m_verifyButton->setEnabled(true);
    if (projectId != m_projectId)
        return;
    if (!error.isEmpty()) {
        m_verificationSummary->setText(
            tr("<b style='color:#b3261e'>Verification failed:</b> %1").arg(error.toHtmlEscaped()));
        return;
    }
    showVerification();
    emit verificationFinished(consistent);
}

void ProjectDetails::updateIncrementalActions(const QList<StreamRecord> &streams)
{
    const StreamRecord *forward = nullptr;
    bool reverse = false;
    for (const StreamRecord &s : streams) {
        if (s.stream == u"forward")
            forward = &s;
        reverse = reverse || s.stream == u"reverse";
    }
    const bool busy =
        m_runner && m_runner->isRunning() && m_runner->work() != ProjectRunner::Work::Run;
    const bool switching = m_switchoverDialog && m_switchoverDialog->isRunning();
    bool enabled = false;
    QString why;
    if (reverse)
        why = tr("Switched over already: the reverse increment keeps the old database in step.");
    else if (!forward)
        why = tr("The incremental step has not started yet.");
    else if (switching)
        why = tr("A switchover is under way.");
    else if (busy)
        why = tr("The project is busy: wait for its verification to end.");
    else if (m_project && m_project->state == ProjectState::Released)
        why = tr("The project is released.");
    else if (const auto state = stateFromId<StreamState>(forward->state); !state)
        why = tr("The forward stream is %1.").arg(forward->state);
    else
        switch (*state) {
        case StreamState::Starting:
        case StreamState::CatchingUp:
        case StreamState::Streaming:
        case StreamState::Stopped:
            enabled = true;
            why = tr("Catch up, check that the source is quiet, verify the changed tables, "
                     "record the positions, stop the forward stream and start the reverse "
                     "increment, so the old database stays a live fallback.");
            break;
        case StreamState::PausedDdl:
            why = tr("The stream is paused at a schema change: decide about it first.");
            break;
        case StreamState::Retrying:
            why = tr("The stream is retrying a lost connection: wait until it streams again.");
            break;
        case StreamState::Failed:
            why = tr("The stream failed: resume the project and let it catch up first.");
            break;
        }
    m_incremental->setSwitchoverAvailable(enabled, why);
    const bool running = m_runner && m_runner->isRunning();
    m_incremental->setDecisionEnabled(!m_deciding && !running);
}

SwitchoverDialog *ProjectDetails::switchoverDialog() const
{
    return m_switchoverDialog.data();
}

void ProjectDetails::switchOver()
{
    if (!m_project || (m_switchoverDialog && m_switchoverDialog->isRunning()))
        return;
    const ProjectRecord project = *m_project;
    const ProjectDefinition &d = project.definition;
    confirm(this, tr("Switch over %1?").arg(project.name()),
            tr("Ferry catches up with %1, checks that it has had no writes to the project's "
               "tables for %2 s, verifies the tables the stream changed, records the "
               "switchover positions, stops the forward stream for good and starts the reverse "
               "increment (%3 → %1), so the old database stays a live fallback.\n\nStop the "
               "applications that write to %1 first. Switch over now?")
                .arg(endpointText(d.source))
                .arg(d.incremental.quietSeconds)
                .arg(endpointText(d.target)),
            u"confirmSwitchover"_s, [this, project] {
                if (m_switchoverDialog && m_switchoverDialog->isRunning())
                    return;
                auto *dialog = new SwitchoverDialog(m_context, project, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                m_switchoverDialog = dialog;
                connect(dialog, &SwitchoverDialog::ended, this, [this] { refresh(); });
                dialog->show(); // not modal: the console stays usable while it runs
                dialog->start();
                refresh();
            });
}

void ProjectDetails::decideSchemaChange(const SchemaChangeDecision &decision)
{
    if (!m_project || m_deciding)
        return;
    if (decision.choice != SchemaChangeDecision::Choice::Skip) {
        recordDecision(decision);
        return;
    }
    confirm(this, tr("Skip the schema change?"),
            tr("The target keeps its shape and the stream goes on after the statement; rows "
               "that need the change may then fail to apply. The statement stays in the "
               "project's log. Skip it and resume?"),
            u"confirmSkipDdl"_s, [this, decision] { recordDecision(decision); });
}

void ProjectDetails::recordDecision(const SchemaChangeDecision &decision)
{
    if (!m_project || m_deciding)
        return;
    m_deciding = true;
    m_incremental->setDecisionEnabled(false);
    const ProjectRecord project = *m_project;
    runAsync(
        this,
        [projects = m_context->projects(), id = project.id, decision] {
            return projects->decideSchemaChange(id, decision);
        },
        [this, project, decision](const Result<StreamRecord> &decided) {
            m_deciding = false;
            m_incremental->setDecisionEnabled(true);
            if (!decided) {
                showMessage(this, QMessageBox::Warning, tr("Decision not recorded"),
                            decided.error().text(), u"ddlError"_s);
                emit schemaChangeDecisionDone(false, decided.error().text());
                return;
            }
            if (decision.choice != SchemaChangeDecision::Choice::Stop)
                resume(project);
            refresh();
            emit schemaChangeDecisionDone(true, QString());
        });
}

// Runs the project again (the decided schema change first), as the page's Resume does.
void ProjectDetails::resume(const ProjectRecord &project)
{
    ConsoleContext *context = m_context;
    auto resolveAndLaunch = [this, project, context](bool ready) {
        if (!ready)
            return;
        runAsync(
            this,
            [context, definition = project.definition] {
                return context->resolveEndpoints(definition);
            },
            [this, project](const Result<std::pair<Endpoint, Endpoint>> &endpoints) {
                Result<ProjectRunner *> runner = endpoints
                    ? m_context->launch(project.id, project.name(), endpoints->first,
                                        endpoints->second, project.definition.options.concurrency)
                    : std::unexpected(endpoints.error());
                if (!runner)
                    showMessage(this, QMessageBox::Warning,
                                tr("Cannot resume %1").arg(project.name()), runner.error().text(),
                                u"resumeError"_s);
            });
    };
    const ProjectDefinition &d = project.definition;
    if (d.source.isDataSource() || d.target.isDataSource())
        ensureSecretsReady(this, m_context, resolveAndLaunch);
    else
        resolveAndLaunch(true);
}

namespace {

// A verification report as one export; the correction SQL speaks the target's dialect, read from
// its saved data source when the project names one.
Status writeExport(const VerifyReport &report, ProjectDetails::Export kind,
                   const EndpointSpec &target, const DataSourceRepository &sources,
                   const QString &path)
{
    QString text;
    switch (kind) {
    case ProjectDetails::Export::Html: text = report.toHtml(); break;
    case ProjectDetails::Export::Csv: text = report.toCsv(); break;
    case ProjectDetails::Export::Json:
        text = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        break;
    case ProjectDetails::Export::CorrectionSql: {
        Engine engine = target.endpoint.engine;
        if (target.isDataSource()) {
            auto source = sources.findByName(target.dataSource);
            if (!source)
                return std::unexpected(source.error());
            engine = source->endpoint.engine;
        }
        text = correctionSql(report, engine);
        break;
    }
    }
    return writeFileAtomically(path, text.toUtf8());
}

} // namespace

Status ProjectDetails::exportVerification(Export kind, const QString &path) const
{
    if (!m_verification || !m_project)
        return fail(Error::Code::NotFound, tr("there is no verification to export"),
                    tr("Verify the project first."));
    return writeExport(*m_verification, kind, m_project->definition.target,
                       *m_context->dataSources(), path);
}

void ProjectDetails::chooseExport(Export kind)
{
    static const QStringList suffixes = {u"html"_s, u"csv"_s, u"json"_s, u"sql"_s};
    auto *dialog = new QFileDialog(this, tr("Export verification"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString suffix = suffixes[int(kind)];
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(
        u"%1-verification.%2"_s.arg(m_project ? m_project->name() : u"ferry"_s,
                                    kind == Export::CorrectionSql ? u"fix.sql"_s : suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind](const QString &path) {
        if (!m_verification || !m_project)
            return;
        // A report may hold 100,000 differences: rendered and written on a worker.
        runAsync(
            this,
            [report = *m_verification, kind, target = m_project->definition.target,
             sources = m_context->dataSources(),
             path] { return writeExport(report, kind, target, *sources, path); },
            [this, path](const Status &written) {
                if (!written)
                    showMessage(this, QMessageBox::Warning, tr("Export failed"),
                                written.error().text());
                else
                    showMessage(this, QMessageBox::Information, tr("Exported"),
                                tr("Written to %1.").arg(path));
            });
    });
    dialog->open();
}

} // namespace ferry::ui

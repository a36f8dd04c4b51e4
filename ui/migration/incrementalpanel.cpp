#include "incrementalpanel.h"

#include "common/durationtext.h"
#include "pipeline/streamstate.h"
#include "throughputchart.h"
#include "widgets/emptystate.h"
#include "widgets/icons.h"
#include "widgets/simpletablemodel.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ferry::ui {

namespace {

using Cell = SimpleTableModel::Cell;

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *nameLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(u"mutedLabel"_s);
    return label;
}

// The palette's tone of a label (ferry.qss: QLabel[tone="..."]), repolished to take effect.
void setTone(QLabel *label, const QString &tone)
{
    if (label->property("tone").toString() == tone)
        return;
    label->setProperty("tone", tone);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"—"_s;
}

QString streamTitle(const QString &stream)
{
    if (stream == u"forward")
        return IncrementalPanel::tr("Forward (source → target)");
    if (stream == u"reverse")
        return IncrementalPanel::tr("Reverse (target → source)");
    return stream;
}

} // namespace

IncrementalPanel::IncrementalPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"incrementalPanel"_s);
    m_empty = new EmptyState(
        tr("The incremental step has not started yet. It starts after the full copy (at once "
           "in a project without one) and shows here where its change stream stands: state, "
           "positions, lag and the changes per table."));

    m_streamChoice = new QComboBox;
    m_streamChoice->setObjectName(u"streamChoice"_s);
    m_streamChoice->hide();
    connect(m_streamChoice, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    m_switchover = new QPushButton(icons::get(u"action/start"_s), tr("Switch over…"));
    m_switchover->setObjectName(u"switchoverButton"_s);
    m_switchover->setEnabled(false);
    connect(m_switchover, &QPushButton::clicked, this, &IncrementalPanel::switchoverRequested);

    // The paused-DDL prompt: the statement and the choices of `ferry ddl`.
    m_prompt = new QFrame;
    m_prompt->setObjectName(u"ddlPrompt"_s);
    auto *promptTitle = new QLabel(tr("Paused at a schema change"));
    promptTitle->setObjectName(u"ddlPromptTitle"_s);
    m_promptText = new QLabel;
    m_promptText->setObjectName(u"ddlPromptText"_s);
    m_promptText->setWordWrap(true);
    m_statement = new QPlainTextEdit;
    m_statement->setObjectName(u"ddlStatement"_s);
    QFont mono(u"Monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    m_statement->setFont(mono);
    m_statement->setFixedHeight(m_statement->fontMetrics().lineSpacing() * 2 + 16);
    m_statement->setToolTip(
        tr("The statement as the source logged it. Edit it into the target's dialect to run "
           "your own statement instead."));
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] { updatePromptButtons(); });
    m_decision = new QLabel;
    m_decision->setObjectName(u"ddlDecision"_s);
    m_decision->setTextFormat(Qt::PlainText);
    m_apply = new QPushButton(tr("Apply as shown"));
    m_apply->setObjectName(u"ddlApply"_s);
    m_apply->setToolTip(tr("Run the statement on the target as the source logged it, and resume"));
    m_applyEdited = new QPushButton(tr("Apply edited statement"));
    m_applyEdited->setObjectName(u"ddlApplyEdited"_s);
    m_applyEdited->setToolTip(tr("Run the statement as edited above on the target instead, "
                                 "and resume"));
    m_skip = new QPushButton(tr("Skip"));
    m_skip->setObjectName(u"ddlSkip"_s);
    m_skip->setToolTip(tr("Leave the target as it is, and resume"));
    m_stop = new QPushButton(icons::get(u"action/stop"_s), tr("Stop the project"));
    m_stop->setObjectName(u"ddlStop"_s);
    m_stop->setToolTip(tr("Decide nothing: the project stays stopped at this statement"));
    const auto decide = [this](SchemaChangeDecision::Choice choice) {
        SchemaChangeDecision d;
        d.choice = choice;
        if (choice == SchemaChangeDecision::Choice::ApplyEdited)
            d.statement = m_statement->toPlainText().trimmed();
        emit schemaChangeDecided(d);
    };
    connect(m_apply, &QPushButton::clicked, this,
            [decide] { decide(SchemaChangeDecision::Choice::Apply); });
    connect(m_applyEdited, &QPushButton::clicked, this,
            [decide] { decide(SchemaChangeDecision::Choice::ApplyEdited); });
    connect(m_skip, &QPushButton::clicked, this,
            [decide] { decide(SchemaChangeDecision::Choice::Skip); });
    connect(m_stop, &QPushButton::clicked, this,
            [decide] { decide(SchemaChangeDecision::Choice::Stop); });
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_apply);
    choices->addWidget(m_applyEdited);
    choices->addWidget(m_skip);
    choices->addSpacing(8);
    choices->addWidget(m_decision, 1);
    choices->addWidget(m_stop);
    auto *prompt = new QVBoxLayout(m_prompt);
    prompt->setSpacing(6);
    prompt->addWidget(promptTitle);
    prompt->addWidget(m_promptText);
    prompt->addWidget(m_statement);
    prompt->addLayout(choices);
    m_prompt->hide();

    m_stateIcon = new QLabel;
    m_stateIcon->setObjectName(u"streamStateIcon"_s);
    m_state = valueLabel(u"streamState"_s);
    m_readPosition = valueLabel(u"readPosition"_s);
    m_appliedPosition = valueLabel(u"appliedPosition"_s);
    m_lastCommit = valueLabel(u"lastSourceCommit"_s);
    m_lag = valueLabel(u"streamLag"_s);
    m_rate = valueLabel(u"eventsPerSecond"_s);
    m_transactions = valueLabel(u"transactions"_s);
    m_savedAt = valueLabel(u"streamSavedAt"_s);
    m_detail = valueLabel(u"streamDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->hide();
    QFont strong = m_lag->font();
    strong.setBold(true);
    m_lag->setFont(strong);
    m_state->setFont(strong);

    auto *state = new QHBoxLayout;
    state->setSpacing(5);
    state->addWidget(m_stateIcon);
    state->addWidget(m_state, 1);
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(6);
    facts->addWidget(nameLabel(tr("State")), 0, 0);
    facts->addLayout(state, 0, 1);
    facts->addWidget(nameLabel(tr("Read position")), 1, 0);
    facts->addWidget(m_readPosition, 1, 1);
    facts->addWidget(nameLabel(tr("Applied position")), 2, 0);
    facts->addWidget(m_appliedPosition, 2, 1);
    facts->addWidget(nameLabel(tr("Last source commit")), 3, 0);
    facts->addWidget(m_lastCommit, 3, 1);
    facts->addWidget(nameLabel(tr("Lag")), 0, 2);
    facts->addWidget(m_lag, 0, 3);
    facts->addWidget(nameLabel(tr("Events/s")), 1, 2);
    facts->addWidget(m_rate, 1, 3);
    facts->addWidget(nameLabel(tr("Transactions")), 2, 2);
    facts->addWidget(m_transactions, 2, 3);
    facts->addWidget(nameLabel(tr("Saved")), 3, 2);
    facts->addWidget(m_savedAt, 3, 3);
    facts->setColumnStretch(1, 3);
    facts->setColumnStretch(3, 2);
    facts->setColumnMinimumWidth(2, 0);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addLayout(facts);
    left->addWidget(m_detail);
    m_note = new QLabel(
        tr("The stream saves where it stands every few seconds. Its applied position is "
           "committed in the target with the rows it covers: a stopped or failed stream resumes "
           "exactly there. Lag runs from the source's commit to the target's."));
    m_note->setObjectName(u"mutedLabel"_s);
    m_note->setWordWrap(true);
    left->addWidget(m_note);
    left->addStretch(1);

    m_lagChart = new ThroughputChart(tr("Lag"), tr("s"));
    m_lagChart->setObjectName(u"lagChart"_s);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addWidget(m_lagChart, 2);

    m_tables = new SimpleTableModel(
        {tr("Source table"), tr("Inserts"), tr("Updates"), tr("Deletes"), tr("Total")}, this);
    m_tablesView = new QTableView;
    m_tablesView->setObjectName(u"streamTablesView"_s);
    m_tablesView->setModel(m_tables);
    m_tablesView->verticalHeader()->hide();
    m_tablesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tablesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tablesView->setAlternatingRowColors(true);
    m_tablesView->setWordWrap(false);
    // The table's name takes the room; the counts stay together at their width.
    m_tablesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tablesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *head = new QHBoxLayout;
    head->addWidget(m_streamChoice);
    head->addStretch(1);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(head);
    content->addWidget(m_prompt);
    content->addLayout(top);
    content->addWidget(m_tablesView, 1);

    auto *layout = new QVBoxLayout(this);
    m_empty->setObjectName(u"incrementalEmpty"_s); // styled as emptyState (ferry.qss)
    m_empty->setMinimumWidth(520); // a paragraph, not one line across the page
    m_empty->setMaximumWidth(620);
    layout->addWidget(m_empty, 1, Qt::AlignHCenter);
    // Scrolls rather than squeezes: a paused stream's prompt on a short window stays whole.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"incrementalScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);
    clear();
}

void IncrementalPanel::clear()
{
    m_streams.clear();
    m_running = false;
    const QSignalBlocker quiet(m_streamChoice);
    m_streamChoice->clear();
    m_lagChart->setPoints({});
    m_lagChart->setEmptyText(tr("no lag measured yet"));
    showCurrent();
}

void IncrementalPanel::setStreams(const QList<StreamRecord> &streams, bool running)
{
    m_streams = streams;
    m_running = running;
    const QString shown = shownStream();
    {
        const QSignalBlocker quiet(m_streamChoice);
        m_streamChoice->clear();
        for (const StreamRecord &s : streams)
            m_streamChoice->addItem(streamTitle(s.stream), s.stream);
        const int keep = m_streamChoice->findData(shown.isEmpty() ? u"forward"_s : shown);
        m_streamChoice->setCurrentIndex(std::max(0, keep));
    }
    m_streamChoice->setVisible(streams.size() > 1);
    showCurrent();
}

void IncrementalPanel::setSamples(const QList<MetricSample> &samples)
{
    QList<QPair<QDateTime, double>> points;
    for (const MetricSample &m : samples)
        if (m.lagMs >= 0)
            points.append({m.at.toLocalTime(), double(m.lagMs) / 1000});
    m_lagChart->setPoints(points);
    m_lagChart->setEmptyText(points.isEmpty() ? tr("no lag measured yet") : QString());
}

QString IncrementalPanel::shownStream() const
{
    return m_streamChoice->currentData().toString();
}

void IncrementalPanel::showStream(const QString &stream)
{
    const int index = m_streamChoice->findData(stream);
    if (index >= 0)
        m_streamChoice->setCurrentIndex(index);
}

void IncrementalPanel::showCurrent()
{
    const StreamRecord *s = nullptr;
    const QString shown = shownStream();
    for (const StreamRecord &candidate : std::as_const(m_streams))
        if (candidate.stream == shown)
            s = &candidate;
    m_empty->setVisible(s == nullptr);
    m_scroll->setVisible(s != nullptr);
    showPrompt(s);
    if (!s) {
        m_tables->setRows({});
        return;
    }

    const std::optional<StreamState> state = stateFromId<StreamState>(s->state);
    QString stateText = state ? streamStateName(*state) : s->state;
    QString icon = u"status/unknown"_s;
    QString tone;
    if (state && isMoving(*state) && !m_running) {
        // Saved by a run that has stopped or died: where it was, not where it is.
        stateText = tr("%1 (when last saved; the project is not running)").arg(stateText);
    } else if (state) {
        switch (*state) {
        case StreamState::Streaming:
            icon = u"status/ok"_s;
            tone = u"ok"_s;
            break;
        case StreamState::Starting:
        case StreamState::CatchingUp:
            icon = u"status/running"_s;
            tone = u"busy"_s;
            break;
        case StreamState::Retrying:
        case StreamState::PausedDdl:
            icon = u"status/warning"_s;
            tone = u"warning"_s;
            break;
        case StreamState::Failed:
            icon = u"status/error"_s;
            tone = u"error"_s;
            break;
        case StreamState::Stopped: break;
        }
    }
    m_stateIcon->setPixmap(icons::get(icon).pixmap(14, 14));
    m_state->setText(stateText);
    setTone(m_state, tone);

    m_readPosition->setText(s->readPosition.isEmpty() ? u"—"_s : s->readPosition);
    m_appliedPosition->setText(s->appliedPosition.isEmpty() ? u"—"_s : s->appliedPosition);
    m_lastCommit->setText(when(s->lastCommitAt));
    m_lastCommit->setToolTip(s->appliedAt.isValid()
                                 ? tr("Committed in the target at %1").arg(when(s->appliedAt))
                                 : QString());
    m_lag->setText(s->lagMs < 0 ? tr("unknown") : durationText(s->lagMs));
    m_lag->setToolTip(s->lagMs < 0 ? tr("No transaction applied yet to measure it by")
                                   : tr("%1 ms from the source's commit to the target's")
                                         .arg(QLocale().toString(s->lagMs)));
    m_rate->setText(QLocale().toString(s->eventsPerSecond, 'f', 1));
    m_transactions->setText(
        tr("%1 (%2 events)")
            .arg(QLocale().toString(s->transactions), QLocale().toString(s->events)));
    m_savedAt->setText(when(s->updatedAt));
    m_detail->setText(s->detail);
    // A paused schema change's statement is in the prompt.
    m_detail->setVisible(!s->detail.isEmpty() && !m_prompt->isVisibleTo(this));
    setTone(m_detail,
            state == StreamState::Failed
                ? u"error"_s
                : (state == StreamState::PausedDdl || state == StreamState::Retrying ? u"warning"_s
                                                                                     : QString()));

    QList<SimpleTableModel::Row> rows;
    QStringList keys;
    for (auto it = s->tables.cbegin(); it != s->tables.cend(); ++it) {
        const qint64 total = it->inserts + it->updates + it->deletes;
        rows << SimpleTableModel::Row {Cell(it.key()),
                                       Cell(QLocale().toString(it->inserts), it->inserts),
                                       Cell(QLocale().toString(it->updates), it->updates),
                                       Cell(QLocale().toString(it->deletes), it->deletes),
                                       Cell(QLocale().toString(total), total)};
        keys << it.key();
    }
    m_tables->setRows(rows, keys);
}

void IncrementalPanel::setSwitchoverAvailable(bool enabled, const QString &why)
{
    m_switchover->setEnabled(enabled);
    m_switchover->setToolTip(why);
}

void IncrementalPanel::setDecisionEnabled(bool enabled)
{
    m_decisionEnabled = enabled;
    updatePromptButtons();
}

void IncrementalPanel::showPrompt(const StreamRecord *s)
{
    const bool paused =
        s && s->state == stateId(StreamState::PausedDdl) && !s->heldPosition.isEmpty();
    m_prompt->setVisible(paused);
    // A paused stream does not move: the decision takes the room of the note and the chart.
    m_note->setVisible(!paused);
    m_lagChart->setVisible(!paused);
    if (!paused) {
        m_promptFor.clear();
        return;
    }
    m_promptText->setText(
        tr("The %1 stream stopped before the source transaction at %2, a schema change Ferry "
           "does not apply by itself; nothing after it is lost. Apply it, or edit it into the "
           "target's dialect and apply that, or skip it (each resumes the project), or stop "
           "here.")
            .arg(streamTitle(s->stream).toLower(), s->heldPosition));
    const QString decided = s->ddlDecision;
    // Filled once per statement: the refresh every two seconds must not undo an edit.
    const QString key = s->stream + u'\n' + s->heldPosition + u'\n' + s->detail;
    if (key != m_promptFor) {
        m_promptFor = key;
        m_statement->setPlainText(decided.startsWith(u"sql:") ? decided.mid(4) : s->detail);
    }
    QString text;
    if (decided == u"apply")
        text = tr("Decided: apply as shown; the next run carries it out.");
    else if (decided == u"skip")
        text = tr("Decided: skip; the next run goes on without it.");
    else if (decided.startsWith(u"sql:"))
        text = tr("Decided: run the statement above instead; the next run carries it out.");
    else if (!m_running)
        text = tr("Undecided: the project stays stopped here until you choose.");
    m_decision->setText(text);
    m_decision->setVisible(!text.isEmpty());
    updatePromptButtons();
}

void IncrementalPanel::updatePromptButtons()
{
    const bool enabled = m_decisionEnabled && !m_running;
    const QString edited = m_statement->toPlainText().trimmed();
    QString shown;
    for (const StreamRecord &s : std::as_const(m_streams))
        if (s.stream == shownStream())
            shown = s.detail.trimmed();
    m_apply->setEnabled(enabled);
    m_applyEdited->setEnabled(enabled && !edited.isEmpty() && edited != shown);
    m_skip->setEnabled(enabled);
    m_stop->setEnabled(enabled);
}

void IncrementalPanel::setNote(const QString &text)
{
    m_note->setText(text);
}

} // namespace ferry::ui

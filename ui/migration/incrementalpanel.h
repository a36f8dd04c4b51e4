#pragma once

#include "pipeline/metricsample.h"
#include "pipeline/streamrecord.h"
#include "project/schemachangedecision.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableView;

namespace ferry::ui {

class SimpleTableModel;
class ThroughputChart;

// A project's incremental synchronization as its change streams last saved it: the stream's
// state, read and applied positions, the source commit time of the last applied transaction,
// the lag, events per second and transactions, the inserts, updates and deletes per table, and
// the lag over the project's metric samples. A stream paused at a schema change shows the
// statement with the choices of `ferry ddl` (apply as shown, apply an edited statement, skip,
// stop); the forward switchover is offered beside the stream. Shows what it is given and asks
// through signals: ProjectDetails reads the store and acts on workers. UI thread.
class IncrementalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncrementalPanel(QWidget *parent = nullptr);

    // `running`: a live run moves the streams on; a moving state saved by a run that is gone
    // says so.
    void setStreams(const QList<StreamRecord> &streams, bool running);
    void setSamples(const QList<MetricSample> &samples);
    void clear();

    const QList<StreamRecord> &streams() const { return m_streams; }
    // The switchover action, for the page to place (beside the tabs, saving a row here).
    QPushButton *switchoverButton() const { return m_switchover; }
    // The switchover action: enabled or not, with the reason in its tooltip.
    void setSwitchoverAvailable(bool enabled, const QString &why);
    // While a decision is being recorded or the project runs, the prompt's choices wait.
    void setDecisionEnabled(bool enabled);
    // The stream shown ("forward" unless another was chosen), empty before any was saved.
    QString shownStream() const;
    void showStream(const QString &stream);
    // Replaces the line under the figures that says how the stream saves where it stands (a
    // sync project's stream saves it once Kafka acknowledged, not in a target transaction).
    void setNote(const QString &text);

signals:
    void switchoverRequested();
    // The DBA's choice about the schema change the shown stream paused at.
    void schemaChangeDecided(const ferry::SchemaChangeDecision &decision);

private:
    void showCurrent();
    void showPrompt(const StreamRecord *stream);
    void updatePromptButtons();

    QList<StreamRecord> m_streams;
    bool m_running = false;
    bool m_decisionEnabled = true;
    QString m_promptFor; // the held position and statement the editor was filled for

    QLabel *m_empty;
    QWidget *m_content;
    QScrollArea *m_scroll;
    QComboBox *m_streamChoice;
    QPushButton *m_switchover;
    QFrame *m_prompt;
    QLabel *m_promptText;
    QPlainTextEdit *m_statement;
    QLabel *m_decision;
    QPushButton *m_apply;
    QPushButton *m_applyEdited;
    QPushButton *m_skip;
    QPushButton *m_stop;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_readPosition;
    QLabel *m_appliedPosition;
    QLabel *m_lastCommit;
    QLabel *m_lag;
    QLabel *m_rate;
    QLabel *m_transactions;
    QLabel *m_savedAt;
    QLabel *m_detail;
    QLabel *m_note; // how the stream saves where it stands; hidden while the prompt shows
    ThroughputChart *m_lagChart;
    SimpleTableModel *m_tables;
    QTableView *m_tablesView;
};

} // namespace ferry::ui

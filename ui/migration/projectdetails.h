#pragma once

#include "pipeline/runprogress.h"
#include "project/projectrecord.h"
#include "project/schemachangedecision.h"
#include "verify/verifyreport.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QPushButton;

namespace ferry {
class ProjectRunner;
}

namespace ferry::ui {

class ConsoleContext;
class IncrementalPanel;
class SwitchoverDialog;
class SimpleTableModel;
class ThroughputChart;

// Everything about one migration project: its steps with state and progress, each table's
// progress (rows, bytes, rate, ETA), the live throughput chart, the incremental step's change
// streams with their lag (for a project with that step), the checkpoints, errors with their
// cause and fix, the last verification with its differences and exports, the project's own log
// and its definition. Follows a running project through its runner's queued
// progress; reads the store on workers every two seconds while visible. On the incremental tab
// it carries out the DBA's decision about a paused schema change (then resumes the project)
// and the forward switchover (SwitchoverDialog), both through the same core as the CLI.
class ProjectDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectDetails(ConsoleContext *context, QWidget *parent = nullptr);

    void showProject(qint64 projectId);
    qint64 projectId() const { return m_projectId; }
    // How many times live progress reached the page (the responsiveness test counts them).
    int liveUpdates() const { return m_liveUpdates; }
    const std::optional<VerifyReport> &verification() const { return m_verification; }
    // The shown project's forward change stream as last read; none before it started.
    std::optional<StreamRecord> forwardStream() const;

    // Incremental is in view only for a project with the incremental step; asked for before
    // the project has loaded, it shows once it is in view.
    enum class Tab { Progress, Incremental, Checkpoints, Verification, Log, Definition };
    void showTab(Tab tab);
    Tab currentTab() const;

    enum class Export { Html, Csv, Json, CorrectionSql };
    // Writes the shown verification as `kind`. Blocks on the file and the store: the console's
    // buttons run it on a worker; scripts and tests call it directly.
    Status exportVerification(Export kind, const QString &path) const;

    // The switchover shown (or last shown) for this page; null before one started.
    SwitchoverDialog *switchoverDialog() const;

public slots:
    void refresh();
    void verifyNow();
    // Asks to confirm, then switches the shown project over (SwitchoverDialog).
    void switchOver();
    // Records the decision about the paused schema change (Skip asks to confirm), then resumes
    // the project unless the decision is to stop.
    void decideSchemaChange(const ferry::SchemaChangeDecision &decision);

signals:
    void refreshed();
    void verificationFinished(bool consistent);
    // Live progress of the running project reached the page.
    void liveUpdated();
    // A schema change decision was recorded (and the project resumed) or refused (`error`).
    void schemaChangeDecisionDone(bool ok, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void verificationEnded(qint64 projectId, const QString &error, bool consistent = false);
    struct Snapshot;
    void apply(const Snapshot &snapshot);
    void attachRunner();
    void onProgress(const RunProgress &progress);
    void showTables(const QList<TableProgress> &tables);
    void showVerification();
    void chooseExport(Export kind);
    void recordDecision(const SchemaChangeDecision &decision);
    void resume(const ProjectRecord &project);
    void updateIncrementalActions(const QList<StreamRecord> &streams);

    ConsoleContext *m_context;
    qint64 m_projectId = 0;
    std::optional<ProjectRecord> m_project;
    QPointer<ProjectRunner> m_runner;
    QString m_liveRunId;
    RunProgress m_lastProgress;
    int m_liveUpdates = 0;
    bool m_loading = false;
    bool m_verifying = false;
    std::optional<VerifyReport> m_verification;
    std::optional<Tab> m_wantedTab; // asked for while not in view
    bool m_deciding = false;
    QPointer<SwitchoverDialog> m_switchoverDialog;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_error;
    QLabel *m_live;
    QTabWidget *m_tabs;
    SimpleTableModel *m_steps;
    SimpleTableModel *m_tables;
    SimpleTableModel *m_checkpoints;
    SimpleTableModel *m_results;
    SimpleTableModel *m_differences;
    QTableView *m_stepsView;
    QTableView *m_tablesView;
    ThroughputChart *m_throughput;
    IncrementalPanel *m_incremental;
    QLabel *m_verificationSummary;
    QPushButton *m_verifyButton;
    QList<QPushButton *> m_exportButtons;
    QPlainTextEdit *m_log;
    QPlainTextEdit *m_definition;
    QTimer *m_timer;
};

} // namespace ferry::ui

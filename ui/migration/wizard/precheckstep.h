#pragma once

#include "common/canceltoken.h"
#include "project/projectdefinition.h"
#include "wizardstep.h"

#include <QJsonObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ferry::ui {

class ConsoleContext;
class PrecheckModel;

// Step 5: the precheck of the project as defined so far, on a worker, with Cancel. Lists every
// finding with its severity, object, message and fix, and sums them up. The wizard saves only
// when no error remains, and starts only after a precheck of this very definition passed.
class PrecheckStep : public WizardStep
{
    Q_OBJECT

public:
    explicit PrecheckStep(ConsoleContext *context, QWidget *parent = nullptr);

    // Checks `definition`; `projectId` (edit mode) lets tables this project already wrote to
    // count as its own, not as non-empty targets. `needsSecrets`: a data source has a password.
    void run(const ProjectDefinition &definition, qint64 projectId, bool needsSecrets);
    void cancel();
    bool isRunning() const { return m_state == State::Running; }
    // Whether the findings shown were made for `definition` (name and tags aside).
    bool hasReportFor(const ProjectDefinition &definition) const;
    bool passed() const { return m_state == State::Done && m_errors == 0; }
    int errorCount() const { return m_errors; }
    PrecheckModel *model() const { return m_model; }
    QString blocker() const override;

signals:
    // The user asked for another run (the wizard supplies the definition).
    void runRequested();
    void finished();

private:
    enum class State { Idle, Running, Cancelled, Failed, Done };
    void setState(State state, const QString &summary, const char *color);

    ConsoleContext *m_context;
    PrecheckModel *m_model;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_view;
    State m_state = State::Idle;
    int m_errors = 0;
    int m_generation = 0;
    CancelToken m_token;
    QJsonObject m_checked; // the definition (without name and tags) the findings are for
};

} // namespace ferry::ui

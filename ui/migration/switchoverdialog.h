#pragma once

#include "common/error.h"
#include "engines/endpoint.h"
#include "project/projectrecord.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ferry {
class ProjectRunner;
}

namespace ferry::ui {

class ConsoleContext;
class SimpleTableModel;

// The forward switchover of one project run from the console, its steps shown one by one with
// their state: the same core Switchover as `ferry switchover`, on the project's runner (its
// thread, its lock). A run of the project in this console is stopped first. After the core's
// five steps it starts the reverse increment (a run of the project), so the old database stays
// a live fallback. A failure shows its cause and fix, and a forward stream stopped for the
// switchover runs again when nothing was switched. Cancel stops it through the final
// verification; from the positions on it is carried through. The caller confirms first.
// UI thread; never blocks.
class SwitchoverDialog : public QDialog
{
    Q_OBJECT

public:
    enum class StepState { Pending, Running, Done, Failed, Stopped, NotRun };
    static constexpr int kSteps = 6; // the core's five, then the reverse increment started

    SwitchoverDialog(ConsoleContext *context, ProjectRecord project, QWidget *parent = nullptr);
    ~SwitchoverDialog() override;

    void start();
    StepState stepState(int step) const; // 1..kSteps
    bool isRunning() const { return m_running; }

signals:
    // The switchover ended: `switched` when the project was switched over (whether or not the
    // reverse increment could start).
    void ended(bool switched);

protected:
    void reject() override;

private:
    void launchSwitchover();
    void onStep(int step, const QString &text);
    void onFinished();
    void startReverse();
    void runForwardAgain();
    void failAt(int step, const Error &error);
    void finish(bool switched, const QString &summary);
    void setStep(int step, StepState state, const QString &detail = QString());
    void showSteps();
    void updateButtons();

    ConsoleContext *m_context;
    ProjectRecord m_project;
    std::optional<std::pair<Endpoint, Endpoint>> m_endpoints;
    QPointer<ProjectRunner> m_runner;
    QList<StepState> m_states;
    QStringList m_details;
    int m_current = 0;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_forwardWasRunning = false;

    QLabel *m_summary;
    SimpleTableModel *m_steps;
    QTableView *m_stepsView;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace ferry::ui

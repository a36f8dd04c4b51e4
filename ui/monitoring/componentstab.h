#pragma once

#include "common/error.h"
#include "pipeline/component.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace ferry::ui {

class ComponentsModel;
class ConsoleContext;

// O&M › Components: every pipeline component of the runs on this machine (the console's and
// headless `ferry run` processes', through the store), refreshed every two seconds on a
// worker while shown. Stop pauses the component's run; Restart resumes its project in the
// console. Both are hidden for a viewer.
class ComponentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ComponentsTab(ConsoleContext *context, QWidget *parent = nullptr);

    ComponentsModel *model() const { return m_model; }

public slots:
    void refresh();

signals:
    // After each refresh has reached the model (tests wait on it).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActions();
    void stopSelected();
    void restartSelected();
    const ComponentSnapshot *selected() const;

    ConsoleContext *m_context;
    ComponentsModel *m_model;
    QTableView *m_view;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QLabel *m_status;
    QTimer *m_timer;
    bool m_loading = false;
};

} // namespace ferry::ui

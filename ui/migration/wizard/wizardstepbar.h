#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace ferry::ui {

// The wizard's steps in a row: done ones with a check mark, the current one highlighted, the
// ones not reachable yet muted. A reachable step can be clicked to go there.
class WizardStepBar : public QWidget
{
    Q_OBJECT

public:
    explicit WizardStepBar(const QStringList &titles, QWidget *parent = nullptr);

    // `reachable`: the last step the user may go to (every step before it is complete).
    void setState(int current, int reachable);

signals:
    void stepClicked(int step);

private:
    QStringList m_titles;
    QList<QPushButton *> m_buttons;
};

} // namespace ferry::ui

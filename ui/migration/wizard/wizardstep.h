#pragma once

#include <QWidget>

namespace ferry::ui {

// One page of the migration wizard: a title, a one-line purpose, and what stops the user from
// going on (empty when nothing does).
class WizardStep : public QWidget
{
    Q_OBJECT

public:
    WizardStep(const QString &title, const QString &summary, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString summary() const { return m_summary; }
    // Why the wizard cannot go past this step, as one line; empty when it can.
    virtual QString blocker() const = 0;

signals:
    // Something changed that may change blocker() or the project definition.
    void changed();

private:
    QString m_title;
    QString m_summary;
};

} // namespace ferry::ui

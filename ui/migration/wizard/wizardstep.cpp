#include "wizardstep.h"

namespace ferry::ui {

WizardStep::WizardStep(const QString &title, const QString &summary, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_summary(summary)
{ }

} // namespace ferry::ui

#include "wizardstepbar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

namespace ferry::ui {

WizardStepBar::WizardStepBar(const QStringList &titles, QWidget *parent)
    : QWidget(parent)
    , m_titles(titles)
{
    setObjectName(QStringLiteral("wizardStepBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("QWidget#wizardStepBar { background: #ffffff; border: 1px solid #dde3ea;"
                       " border-radius: 6px; }"
                       "QPushButton { border: none; background: transparent; padding: 6px 10px;"
                       " color: #8a97a8; text-align: left; }"
                       "QPushButton:hover { background: #eef3f9; }"
                       "QPushButton:disabled { color: #a3adba; background: transparent; }"
                       "QPushButton[state=\"current\"] { color: #2f6fb0; font-weight: 600; }"
                       "QPushButton[state=\"done\"] { color: #1f7a4d; }"
                       "QFrame#stepLine { color: #dde3ea; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    for (int i = 0; i < titles.size(); ++i) {
        if (i > 0) {
            auto *line = new QFrame;
            line->setObjectName(QStringLiteral("stepLine"));
            line->setFrameShape(QFrame::HLine);
            line->setMinimumWidth(16);
            layout->addWidget(line, 1);
        }
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("stepButton%1").arg(i + 1));
        button->setFlat(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // Back and Next are the keyboard's way
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this, [this, i] { emit stepClicked(i); });
        m_buttons << button;
        layout->addWidget(button);
    }
    setState(0, 0);
}

void WizardStepBar::setState(int current, int reachable)
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPushButton *b = m_buttons[i];
        const QString state = i == current ? QStringLiteral("current")
            : i < current                  ? QStringLiteral("done")
                                           : QStringLiteral("todo");
        const QString mark = i < current ? QStringLiteral("✓") : QString::number(i + 1);
        b->setText(tr("%1   %2").arg(mark, m_titles[i]));
        b->setEnabled(i <= reachable || i < current);
        b->setProperty("state", state);
        b->style()->unpolish(b);
        b->style()->polish(b);
    }
}

} // namespace ferry::ui

#include "emptystate.h"

namespace ferry::ui {

EmptyState::EmptyState(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
}

} // namespace ferry::ui

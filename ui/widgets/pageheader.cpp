#include "pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
{
    auto *titleLabel = new QLabel(title);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitleLabel = new QLabel(subtitle);
    subtitleLabel->setObjectName(QStringLiteral("pageSubtitle"));
    subtitleLabel->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(titleLabel);
    text->addWidget(subtitleLabel);

    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addLayout(text, 1);
    layout->addLayout(m_actions);
}

void PageHeader::addAction(QWidget *widget)
{
    m_actions->addWidget(widget);
}

} // namespace ferry::ui

#pragma once

#include <QLabel>

namespace ferry::ui {

// A centred, muted explanation shown where a list or chart has nothing to show yet.
class EmptyState : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &text, QWidget *parent = nullptr);
};

} // namespace ferry::ui

#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace ferry::ui {

// The title line of a console page: title, one-line purpose, and room for page actions.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);
    void addAction(QWidget *widget);

private:
    QHBoxLayout *m_actions;
};

} // namespace ferry::ui

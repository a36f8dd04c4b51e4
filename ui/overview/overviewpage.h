#pragma once

#include <QWidget>

class QLabel;

namespace ferry::ui {

class ConsoleContext;

// Overview: how many projects and data sources there are.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(ConsoleContext *context, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    ConsoleContext *m_context;
    QLabel *m_migrations;
    QLabel *m_synchronizations;
    QLabel *m_dataSources;
};

} // namespace ferry::ui

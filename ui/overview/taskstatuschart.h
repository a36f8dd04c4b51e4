#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPieSeries;
class QStackedWidget;
class QTableView;

namespace ferry::ui {

class TaskStatusModel;

// The projects of one type by state: a donut with one clickable slice per state, the total in
// its hole and a legend with counts and shares; an explanation instead when there are none.
class TaskStatusChart : public QWidget
{
    Q_OBJECT

public:
    // `type` is the project type ("migration"); it prefixes the children's object names.
    TaskStatusChart(const QString &type, const QString &emptyText, QWidget *parent = nullptr);

    QString type() const { return m_type; }
    TaskStatusModel *model() const { return m_model; }
    QPieSeries *series() const { return m_series; }

    // One count per TaskStatus::states() entry.
    void setCounts(const QList<int> &counts);

signals:
    // A slice or legend row was clicked: the state id as projectStateId() spells it.
    void stateClicked(const QString &stateId);

private:
    void colourSlices();
    void updateTotal();
    void activateRow(int row);

    QString m_type;
    TaskStatusModel *m_model;
    QPieSeries *m_series;
    QStackedWidget *m_stack;
    QLabel *m_total;
    QTableView *m_legend;
};

} // namespace ferry::ui

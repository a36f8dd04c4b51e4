#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace ferry {
class RiskBoard;
}

namespace ferry::ui {

class ConsoleContext;
class SimpleTableModel;

// O&M's Risks tab: the risk board (log retention against catch-up, slots, lag, failed steps,
// the store's disk), each row with what to do. Looked at on a worker every 15 s while shown:
// rates come from the second look on.
class RisksTab : public QWidget
{
    Q_OBJECT

public:
    explicit RisksTab(ConsoleContext *context, QWidget *parent = nullptr);
    ~RisksTab() override;

    SimpleTableModel *model() const { return m_model; }

public slots:
    void refresh();

signals:
    // After each look: how many risks it found (or -1 when the board could not look).
    void refreshed(int risks);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    ConsoleContext *m_context;
    std::shared_ptr<RiskBoard> m_board;
    SimpleTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QTimer *m_timer;
    bool m_busy = false;
};

} // namespace ferry::ui

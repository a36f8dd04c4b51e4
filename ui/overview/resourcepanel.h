#pragma once

#include <QFrame>

#include <memory>

class QBarSet;
class QLabel;
class QTableView;
class QTimer;

namespace ferry {
class HostResources;
}

namespace ferry::ui {

class ConsoleContext;
class ResourceUsageModel;

// The Overview's resource card: this machine's CPU, memory and disk as bars (in use, used by
// Ferry, reserved by running projects) with the numbers in a table below. Samples every 2 s
// on a worker, only while visible.
class ResourcePanel : public QFrame
{
    Q_OBJECT

public:
    explicit ResourcePanel(ConsoleContext *context, QWidget *parent = nullptr);
    ~ResourcePanel() override;

    ResourceUsageModel *model() const { return m_model; }
    // Whether the 2 s sampling runs (only while the panel is visible).
    bool isSampling() const;
    static constexpr int intervalMs = 2000;

public slots:
    void sample();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateReserved();
    void updateBars();

    ConsoleContext *m_context;
    std::shared_ptr<HostResources> m_sampler;
    ResourceUsageModel *m_model;
    QList<QBarSet *> m_sets; // In use, Ferry, Allocated
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_timer;
    bool m_busy = false;
    bool m_restart = true;
};

} // namespace ferry::ui

#pragma once

#include "monitor/metricshistory.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace ferry::ui {

class ConsoleContext;
class MetricsChart;

// O&M › Metrics: the metrics history over the last hour, day or week, for all projects, one
// project or one of its components, with the host's CPU, memory and disk beside it; Export
// CSV writes what is shown. Read on a worker; refreshed every 10 s while shown.
class MetricsTab : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsTab(ConsoleContext *context, QWidget *parent = nullptr);

    enum class Range { Hour, Day, Week };
    void setRange(Range range);
    // Writes the shown points as CSV to `path` on a worker; exported(ok, message) says how it
    // went. The Export button asks for the path first.
    void exportCsv(const QString &path);
    MetricsChart *chart(const QString &objectName) const;

public slots:
    void refresh();

signals:
    void refreshed();
    void exported(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Loaded
    {
        QDateTime from, to;
        QList<std::pair<qint64, QString>> projects; // id, name
        QStringList components;
        QList<MetricPoint> points; // the chosen project(s) or component
        QList<MetricPoint> host;
        QString error;
    };
    void present(const Loaded &loaded);
    void chooseExportPath();

    ConsoleContext *m_context;
    QComboBox *m_range;
    QComboBox *m_project;
    QComboBox *m_component;
    QPushButton *m_export;
    QLabel *m_status;
    MetricsChart *m_rows;
    MetricsChart *m_bytes;
    MetricsChart *m_lag;
    MetricsChart *m_queue;
    MetricsChart *m_host;
    QTimer *m_timer;
    QList<MetricPoint> m_shown;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace ferry::ui

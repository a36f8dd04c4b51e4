#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace ferry::ui {

class ConsoleContext;

// O&M and Monitoring: Ferry's own log, followed live and searchable.
class MonitoringPage : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringPage(ConsoleContext *context, QWidget *parent = nullptr);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    ConsoleContext *m_context;
    QPlainTextEdit *m_log;
    QLineEdit *m_filter;
    QLabel *m_path;
    QTimer *m_timer;
    QStringList m_lines;
    bool m_loading = false;
};

} // namespace ferry::ui

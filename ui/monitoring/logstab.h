#pragma once

#include "monitor/logreader.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ferry::ui {

class ConsoleContext;

// O&M's Logs tab: Ferry's log read through the core (LogReader), global or one project's
// lines (its name and run ids), by level, text, category and thread (one component's lines),
// with a live tail that follows rotations and a jump to the first error. Every read runs on a
// worker; a result for filters since changed is dropped.
class LogsTab : public QWidget
{
    Q_OBJECT

public:
    explicit LogsTab(ConsoleContext *context, QWidget *parent = nullptr);

    // The filters as the controls hold them (the project's run ids included once known).
    LogQuery query() const;
    QString logFile() const { return m_path; }
    // Reads from `path` instead of the context's log file (tests, another installation).
    void setLogFile(const QString &path);

public slots:
    void reload();
    void showFirstError();

signals:
    // The view was filled anew (`appended` false) or grew by a live tail (true).
    void linesShown(int lines, bool appended);
    // The first error's line, or empty when there is none.
    void firstErrorShown(const QString &line);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadProjects();
    void tail();
    void showEntries(const QList<LogEntry> &entries, bool append);

    ConsoleContext *m_context;
    QString m_path;
    QComboBox *m_scope;
    QComboBox *m_level;
    QLineEdit *m_text;
    QLineEdit *m_category;
    QLineEdit *m_thread;
    QCheckBox *m_live;
    QPushButton *m_firstError;
    QPlainTextEdit *m_view;
    QLabel *m_status;
    QTimer *m_tailTimer;
    QTimer *m_debounce;
    std::shared_ptr<LogReader> m_reader;
    QStringList m_runIds; // of the chosen project
    int m_generation = 0;
    bool m_reading = false;
    int m_shown = 0;
};

} // namespace ferry::ui

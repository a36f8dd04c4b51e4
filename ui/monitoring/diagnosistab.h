#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ferry::ui {

class ConsoleContext;

// O&M's Diagnosis tab: the risks and failed steps as one readable list, and the diagnostic
// bundle (the same archive as `ferry diag bundle`), written on a worker with its progress.
class DiagnosisTab : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosisTab(ConsoleContext *context, QWidget *parent = nullptr);

    // Where the next bundle goes (a folder; the file is named by the time).
    void setFolder(const QString &folder);

public slots:
    void refreshDiagnosis();
    void writeBundle();

signals:
    void diagnosisShown(const QString &text);
    // The archive's path, or empty with the error shown when it failed.
    void bundleWritten(const QString &path);

private:
    ConsoleContext *m_context;
    QPlainTextEdit *m_diagnosis;
    QPushButton *m_refresh;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_write;
    QProgressBar *m_progress;
    QLabel *m_result;
    bool m_writing = false;
};

} // namespace ferry::ui

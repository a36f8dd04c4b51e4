#pragma once

#include "datasource/datasource.h"
#include "project/projectdefinition.h"
#include "project/syncpreview.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace ferry::ui {

class ConsoleContext;
class SimpleTableModel;

// "New sync project": the source database and the Kafka target (saved data sources), the
// objects (include / exclude), the message format, the topics (a name template, one per
// database, one for all, or an explicit map), the partition routing, topic creation and the
// optional snapshot. A live preview routes the selected tables (source table → topic,
// partition rule, key columns) and renders a message of the first one from a real row of the
// source with the real MessageSerializer, on a worker. Save stores the project through
// ProjectService (the same definition as a `ferry run` sync file). UI thread.
class SyncWizard : public QDialog
{
    Q_OBJECT

public:
    explicit SyncWizard(ConsoleContext *context, QWidget *parent = nullptr);

    // The project as the fields describe it.
    ProjectDefinition definition() const;
    // The time the sample message says the row was read (now, unless a test fixes it).
    void setSampleTime(const QDateTime &at) { m_sampleTime = at; }
    const SyncPreview &preview() const { return m_preview; }
    SimpleTableModel *previewModel() const { return m_previewRows; }

public slots:
    // Re-reads the preview now (the fields' changes schedule it by themselves).
    void refreshPreview();

signals:
    void previewUpdated();
    void projectCreated(qint64 id, bool startNow);

private:
    void buildUi();
    void loadDataSources();
    void fieldsChanged();
    void topicModeChanged();
    void save();
    QString validationError() const;

    ConsoleContext *m_context;
    QList<DataSource> m_sources;
    SyncPreview m_preview;
    QDateTime m_sampleTime;
    int m_previewGeneration = 0;
    bool m_saving = false;

    QLineEdit *m_name;
    QComboBox *m_source;
    QComboBox *m_target;
    QLineEdit *m_include;
    QLineEdit *m_exclude;
    QComboBox *m_format;
    QCheckBox *m_schema;
    QComboBox *m_topicMode;
    QLineEdit *m_topic;
    QPlainTextEdit *m_topicMap;
    QComboBox *m_partitionBy;
    QLineEdit *m_partitionColumns;
    QSpinBox *m_partition;
    QCheckBox *m_createTopics;
    QSpinBox *m_partitions;
    QSpinBox *m_replication;
    QCheckBox *m_snapshot;
    QCheckBox *m_startNow;
    SimpleTableModel *m_previewRows;
    QTableView *m_previewView;
    QLabel *m_previewStatus;
    QLabel *m_sampleTitle;
    QPlainTextEdit *m_sample;
    QLabel *m_validation;
    QPushButton *m_save;
    QTimer *m_debounce;
};

} // namespace ferry::ui

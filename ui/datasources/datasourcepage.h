#pragma once

#include "engines/probereport.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ferry {
struct DataSource;
}

namespace ferry::ui {

class ConsoleContext;
class DataSourceTableModel;
class ProbeFindingsModel;

// Data Source Management: the list (search, sort, last test), add / edit / copy / delete /
// test, and the findings of the last probe of the selected source. All store, keychain and
// network work runs on workers.
class DataSourcePage : public QWidget
{
    Q_OBJECT

public:
    explicit DataSourcePage(ConsoleContext *context, QWidget *parent = nullptr);

    DataSourceTableModel *model() const { return m_model; }

public slots:
    void reload();
    void addSource();
    void editSelected();
    void copySelected();
    void deleteSelected();
    void testSelected();

signals:
    void reloaded();
    void testStarted(const QString &name);
    void testFinished(const QString &name, bool ok);

private:
    const DataSource *selected() const;
    void selectionChanged();
    void showDetails();
    void selectById(qint64 id);

    ConsoleContext *m_context;
    DataSourceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_copyAction;
    QAction *m_deleteAction;
    QAction *m_testAction;
    QLabel *m_detailsTitle;
    QLabel *m_details;
    QLabel *m_testState;
    QTableView *m_findingsView;
    ProbeFindingsModel *m_findings;
    QLabel *m_empty;
    QHash<qint64, ProbeReport> m_reports; // this session's last probe per data source
    QHash<qint64, bool> m_testing;
    qint64 m_pendingSelection = 0;
};

} // namespace ferry::ui

#pragma once

#include "datasource/datasource.h"
#include "project/projectdefinition.h"
#include "wizardstep.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace ferry::ui {

class ConsoleContext;
class ObjectTreeModel;
class RulePreviewModel;

// Step 3: what moves. The source's tables are read on a worker (with the data source's saved
// password) into a tree with a check box per table and column, an editable target name and a
// row filter per table. Include and exclude rules narrow the selection; a preview lists what
// they take and leave, judged by schemaplan::matches like the run.
class ObjectSelectionStep : public WizardStep
{
    Q_OBJECT

public:
    explicit ObjectSelectionStep(ConsoleContext *context, QWidget *parent = nullptr);

    // Reads the source's tables, unless they are already read for this source.
    void setSource(const EndpointSpec &spec, const std::optional<DataSource> &dataSource);
    // Reads them again (the Retry button).
    void reload();
    // Edit mode: the project's rules, applied to the tables once they are read.
    void loadDefinition(const ProjectDefinition &definition);
    // A started project's objects are fixed: shown, not editable.
    void setLocked(bool locked);
    QString blocker() const override;

    bool isLoaded() const { return m_state == State::Loaded; }
    Engine sourceEngine() const { return m_engine; }
    ObjectTreeModel *objects() const { return m_objects; }
    RulePreviewModel *preview() const { return m_preview; }

    // The definition's objects: patterns (unchecked tables join the exclusions) and one rule
    // per migrated table that renames, filters, drops columns or overrides types.
    QStringList include() const;
    QStringList exclude() const;
    QList<TableRule> tableRules() const;

signals:
    // The tables were read (or could not be).
    void loadFinished(bool ok);

private:
    enum class State { Idle, Loading, Failed, Loaded };

    void startLoad();
    void showTables(const QList<Table> &tables);
    void showError(const Error &error);
    void applyPending();
    void rulesEdited();
    void refresh();

    ConsoleContext *m_context;
    ObjectTreeModel *m_objects;
    RulePreviewModel *m_preview;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_lockedBanner;
    QLineEdit *m_include;
    QLineEdit *m_exclude;
    QLabel *m_ruleWarnings;
    QLineEdit *m_search;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QLabel *m_selectionSummary;
    QStackedWidget *m_stack;
    QLabel *m_loadingText;
    QLabel *m_errorText;
    QLabel *m_emptyText;
    QPushButton *m_retry;
    QTreeView *m_tree;
    QLabel *m_previewSummary;
    QTableView *m_previewView;

    State m_state = State::Idle;
    EndpointSpec m_spec;
    std::optional<DataSource> m_dataSource;
    QString m_loadedKey;
    Engine m_engine = Engine::MariaDb;
    int m_generation = 0;
    std::optional<ProjectDefinition> m_pending;
    QList<TableRule> m_extraRules; // rules of a project file that apply by pattern: kept as is
    bool m_locked = false;
};

} // namespace ferry::ui

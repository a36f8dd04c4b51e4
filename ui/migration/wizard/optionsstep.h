#pragma once

#include "project/projectdefinition.h"
#include "wizardstep.h"

#include <tuple>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace ferry::ui {

class ObjectTreeModel;
class TypeMappingModel;

// Step 4: how the data moves (concurrency, throttles, chunk size, what to do with a target
// that holds rows, when to build indexes, MySQL zero dates) and the type mapping of every
// selected column, whose target declaration can be overridden.
class OptionsStep : public WizardStep
{
    Q_OBJECT

public:
    explicit OptionsStep(ObjectTreeModel *objects, QWidget *parent = nullptr);

    // Recomputes the type mapping for the current selection and engine pair.
    void setEngines(Engine source, Engine target);
    MigrationOptions options() const;
    void setOptions(const MigrationOptions &options);
    // PostgreSQL targets: fold table, column and index names to lower case (off by default).
    bool lowerCaseNames() const;
    void setLowerCaseNames(bool on);
    TypeMappingModel *typeMapping() const { return m_types; }
    QString blocker() const override { return {}; }

private:
    QComboBox *policyCombo(const QString &objectName,
                           const QList<std::tuple<QString, QString, QString>> &items, QLabel *help);
    void updateTypeSummary();

    ObjectTreeModel *m_objects;
    TypeMappingModel *m_types;
    QSortFilterProxyModel *m_typeProxy;
    QSpinBox *m_concurrency;
    QSpinBox *m_rows;
    QDoubleSpinBox *m_bytes;
    QSpinBox *m_chunkRows;
    QComboBox *m_nonEmpty;
    QComboBox *m_indexes;
    QComboBox *m_zeroDates;
    QCheckBox *m_lowerCase;
    QLabel *m_lowerCaseHelp;
    QLabel *m_nonEmptyHelp;
    QLabel *m_indexesHelp;
    QLabel *m_zeroDatesHelp;
    QLabel *m_concurrencyHelp;
    QLineEdit *m_typeSearch;
    QCheckBox *m_changesOnly;
    QLabel *m_typeSummary;
    QTableView *m_typeView;
};

} // namespace ferry::ui

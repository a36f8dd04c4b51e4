#pragma once

#include "objectrules.h"
#include "schema/table.h"

#include <QAbstractItemModel>
#include <QList>

namespace ferry::ui {

// The source's tables and their columns as the Objects step edits them: which tables and
// columns move (check boxes), under which target names, with which row filter and column type
// overrides. Tables are the top level, their columns the children. A table's check box is
// derived from its columns: checked when all move, partly when some do.
class ObjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Section { Name, Type, Rows, Target, Filter, ColumnCount };
    enum Role {
        MigratedRole = Qt::UserRole + 1, // tables: moves with the current rules and checks
        SourceNameRole, // the table or column name as the source spells it
    };

    struct TableState
    {
        Table table;
        QList<bool> columnChecked; // per column of `table`; generated columns stay false
        QString target; // target table name; empty: the source's name
        QString filter; // SQL condition on the source; empty: every row
        QStringList columnTarget; // per column: target name, empty: the source's name
        QStringList columnType; // per column: target declaration override, empty: none

        static TableState initial(const Table &table);
        bool copyable(int column) const { return !table.columns[column].generated; }
        bool anyChecked() const;
        bool allChecked() const;
        QString targetName() const { return target.isEmpty() ? table.ref.name : target; }
        QString columnTargetName(int column) const;
    };

    explicit ObjectTreeModel(QObject *parent = nullptr);

    void setTables(const QList<Table> &tables);
    void setStates(const QList<TableState> &states);
    const QList<TableState> &states() const { return m_states; }
    QList<Table> tables() const;

    void setRules(const ObjectRules &rules);
    const ObjectRules &rules() const { return m_rules; }
    // Checked in the list and selected by the rules: the table moves.
    bool isMigrated(int table) const;

    // Read-only: a started project's objects are fixed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setAllChecked(bool checked);
    void setTypeOverride(int table, int column, const QString &declaration);

    QModelIndex tableIndex(int table, int column = Name) const;
    QModelIndex columnIndex(int table, int column, int modelColumn = Name) const;
    // Table row of a tree index (its own row for tables, the parent's for columns).
    static int tableOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A check, name, filter or type override changed (not emitted by setTables/setStates).
    void edited();

private:
    QVariant tableData(int table, int column, int role) const;
    QVariant columnData(int table, int row, int column, int role) const;
    void tableChanged(int table);

    QList<TableState> m_states;
    ObjectRules m_rules;
    bool m_readOnly = false;
};

} // namespace ferry::ui

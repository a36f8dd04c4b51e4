#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace ferry::ui {

class ObjectTreeModel;

// What the Objects step's rules and check boxes make of each source table: migrated or left
// out, and why. Recomputed from the ObjectTreeModel as the user types.
class RulePreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Table, Outcome, Reason, ColumnCount };
    enum Role { MigratedRole = Qt::UserRole + 1 };

    struct Entry
    {
        QString table;
        bool migrated = false;
        QString reason;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void update(const ObjectTreeModel &objects);
    const QList<Entry> &entries() const { return m_entries; }
    int migratedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Entry> m_entries;
};

} // namespace ferry::ui

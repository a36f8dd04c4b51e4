#pragma once

#include "engines/endpoint.h"
#include "schema/schemaplan.h"
#include "schema/targettable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ferry::ui {

class ObjectTreeModel;

// Every column the project moves, with its source type, the declaration the target dialect
// chooses for it (Dialect::declare) and what that costs. The target declaration is editable:
// what the user types becomes the column's type override, kept in the ObjectTreeModel.
class TypeMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Table, ColumnName, SourceType, TargetType, FidelityColumn, Note, ColumnCount };
    enum Role {
        FidelityRole = Qt::UserRole + 1, // int(Fidelity) of the dialect's choice
        OverriddenRole, // bool
        ChangesRole, // bool: anything but an exact mapping, or an override
    };

    TypeMappingModel(ObjectTreeModel *objects, QObject *parent = nullptr);

    // Recomputes the rows from the objects' current selection for this engine pair.
    void rebuild(Engine source, Engine target);
    // The types a run would decide from the source's values (a TINYINT(1) holding 2 becomes
    // smallint): they replace the dialect's choice of those columns, with the reason as note.
    void setDecisions(const SchemaPlan &plan);
    int count(Fidelity fidelity) const;
    int overrideCount() const;
    // Row of a table's column, or -1.
    int rowOf(const QString &table, const QString &column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void overridesChanged();

private:
    struct Row
    {
        int table = 0;
        int column = 0;
        TypeChoice automatic;
    };
    QString overrideOf(const Row &row) const;
    void applyDecisions();

    ObjectTreeModel *m_objects;
    QList<Row> m_rows;
    QHash<QString, TypeChoice> m_decided; // "table\ncolumn" (source names)
};

} // namespace ferry::ui

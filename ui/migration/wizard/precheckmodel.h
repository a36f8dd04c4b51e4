#pragma once

#include "project/precheck.h"

#include <QAbstractTableModel>
#include <QList>

namespace ferry::ui {

// The precheck's findings, errors first, then warnings, information and passed checks (each
// group in the order the precheck made them).
class PrecheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, Check, Object, Message, Fix, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, DefinitionRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<PrecheckItem> &items);
    const QList<PrecheckItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PrecheckItem> m_items;
};

} // namespace ferry::ui

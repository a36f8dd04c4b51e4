#pragma once

#include "engines/probereport.h"

#include <QAbstractTableModel>

namespace ferry::ui {

// The findings of one capability probe: severity, item, value, meaning, what it blocks.
class ProbeFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Value, Message, Blocks, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const QList<ProbeFinding> &findings);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ProbeFinding> m_findings;
};

} // namespace ferry::ui

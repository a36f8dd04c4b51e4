#pragma once

#include "monitor/hostresources.h"

#include <QAbstractTableModel>
#include <QColor>

#include <optional>

namespace ferry::ui {

// This machine's CPU, memory and disk: one row each, with what is in use, what Ferry uses and
// what running projects have reserved, as text with units (DisplayRole) and as a share of the
// total (PercentRole) for the bars.
class ResourceUsageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { CpuRow, MemoryRow, DiskRow, RowCount };
    enum Column {
        ResourceColumn,
        InUseColumn,
        FerryColumn,
        AllocatedColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role {
        PercentRole = Qt::UserRole + 1, // 0..100 of the total, or -1 when not known yet
    };

    explicit ResourceUsageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSample(const ResourceSample &sample);
    // What running projects have reserved: worker threads and memory.
    void setReserved(int workers, qint64 memoryBytes);
    bool hasSample() const { return m_sample.has_value(); }

    // The colour of a measure's bars and header marker.
    static QColor measureColor(Column column);

private:
    QString text(int row, int column) const;
    double percent(int row, int column) const;
    QString toolTip(int row, int column) const;

    std::optional<ResourceSample> m_sample;
    int m_reservedWorkers = 0;
    qint64 m_reservedMemory = 0;
};

} // namespace ferry::ui

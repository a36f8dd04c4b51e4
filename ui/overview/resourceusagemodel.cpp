#include "resourceusagemodel.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace ferry::ui {

namespace {

QString bytes(qint64 value)
{
    return QLocale().formattedDataSize(value, 1);
}

QString percentText(double value)
{
    return ResourceUsageModel::tr("%1%").arg(QLocale().toString(value, 'f', 1));
}

// A small rounded square of the measure's colour for the table's header.
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0, 0, 10, 10), 2, 2);
    return QIcon(pixmap);
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::clamp(100.0 * double(part) / double(whole), 0.0, 100.0) : 0.0;
}

} // namespace

ResourceUsageModel::ResourceUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ResourceUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ResourceUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case Qt::ToolTipRole: return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignVCenter);
    case PercentRole: return percent(index.row(), index.column());
    }
    return {};
}

QVariant ResourceUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case ResourceColumn: return tr("Resource");
        case InUseColumn: return tr("In use");
        case FerryColumn: return tr("Ferry");
        case AllocatedColumn: return tr("Allocated");
        case TotalColumn: return tr("Total");
        }
        break;
    case Qt::DecorationRole:
        if (section >= InUseColumn && section <= AllocatedColumn)
            return swatch(measureColor(Column(section)));
        break;
    case Qt::TextAlignmentRole:
        // Left, as the cells: the colour swatch sits beside the text.
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (section) {
        case InUseColumn: return tr("Used by every process on this machine");
        case FerryColumn: return tr("Used by this Ferry process and its files");
        case AllocatedColumn:
            return tr("Reserved by running projects: worker threads and memory budgets");
        }
        break;
    }
    return {};
}

void ResourceUsageModel::setSample(const ResourceSample &sample)
{
    m_sample = sample;
    emit dataChanged(index(0, InUseColumn), index(RowCount - 1, TotalColumn));
}

void ResourceUsageModel::setReserved(int workers, qint64 memoryBytes)
{
    if (workers == m_reservedWorkers && memoryBytes == m_reservedMemory)
        return;
    m_reservedWorkers = workers;
    m_reservedMemory = memoryBytes;
    emit dataChanged(index(0, AllocatedColumn), index(RowCount - 1, AllocatedColumn));
}

QColor ResourceUsageModel::measureColor(Column column)
{
    switch (column) {
    case InUseColumn: return QColor(0x8f, 0xb8, 0xe3);
    case FerryColumn: return QColor(0x2f, 0x6f, 0xb0);
    case AllocatedColumn: return QColor(0xd9, 0x9a, 0x1e);
    default: return {};
    }
}

QString ResourceUsageModel::text(int row, int column) const
{
    if (column == ResourceColumn) {
        switch (row) {
        case CpuRow: return tr("CPU");
        case MemoryRow: return tr("Memory");
        case DiskRow: return tr("Disk");
        }
        return {};
    }
    if (row == CpuRow && column == AllocatedColumn)
        return m_reservedWorkers == 1 ? tr("%n worker", nullptr, m_reservedWorkers)
                                      : tr("%n workers", nullptr, m_reservedWorkers);
    if (row == MemoryRow && column == AllocatedColumn)
        return bytes(m_reservedMemory);
    if (row == DiskRow && column == AllocatedColumn)
        return tr("none");
    if (!m_sample)
        return QStringLiteral("–");
    const ResourceSample &s = *m_sample;
    switch (row) {
    case CpuRow:
        switch (column) {
        case InUseColumn: return s.hasRates() ? percentText(s.cpuBusyPercent) : tr("measuring…");
        case FerryColumn: return s.hasRates() ? percentText(s.ferryCpuPercent) : tr("measuring…");
        case TotalColumn:
            return s.cores == 1 ? tr("%n core", nullptr, s.cores)
                                : tr("%n cores", nullptr, s.cores);
        }
        break;
    case MemoryRow:
        switch (column) {
        case InUseColumn: return bytes(s.memoryUsed);
        case FerryColumn: return bytes(s.ferryMemory);
        case TotalColumn: return bytes(s.memoryTotal);
        }
        break;
    case DiskRow:
        switch (column) {
        case InUseColumn: return bytes(s.diskUsed);
        case FerryColumn: return bytes(s.ferryDisk);
        case TotalColumn: return bytes(s.diskTotal);
        }
        break;
    }
    return {};
}

double ResourceUsageModel::percent(int row, int column) const
{
    if (column == AllocatedColumn) {
        switch (row) {
        case CpuRow: return m_sample ? share(m_reservedWorkers, m_sample->cores) : -1;
        case MemoryRow: return m_sample ? share(m_reservedMemory, m_sample->memoryTotal) : -1;
        default: return 0;
        }
    }
    if (!m_sample || column == ResourceColumn || column == TotalColumn)
        return -1;
    const ResourceSample &s = *m_sample;
    switch (row) {
    case CpuRow: return column == InUseColumn ? s.cpuBusyPercent : s.ferryCpuPercent;
    case MemoryRow:
        return share(column == InUseColumn ? s.memoryUsed : s.ferryMemory, s.memoryTotal);
    case DiskRow: return share(column == InUseColumn ? s.diskUsed : s.ferryDisk, s.diskTotal);
    }
    return -1;
}

QString ResourceUsageModel::toolTip(int row, int column) const
{
    const double p = percent(row, column);
    if (row == CpuRow && column == AllocatedColumn)
        return tr("Worker threads reserved by running projects: %1").arg(m_reservedWorkers)
            + (p >= 0 ? tr(" (%1 of the cores)").arg(percentText(p)) : QString());
    if (row == DiskRow && column == AllocatedColumn)
        return tr("Projects reserve no disk space: the store grows with their checkpoints");
    if (row == DiskRow && column == FerryColumn)
        return tr("The store with its write-ahead log, the vault and the logs");
    if (row == DiskRow && column == TotalColumn)
        return tr("The file system that holds the store");
    if (p >= 0 && column != ResourceColumn && column != TotalColumn)
        return tr("%1 of the total").arg(percentText(p));
    return {};
}

} // namespace ferry::ui

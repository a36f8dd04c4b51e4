#include "simpletablemodel.h"

namespace ferry::ui {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return true;
    default: return false;
    }
}

} // namespace

SimpleTableModel::SimpleTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{ }

void SimpleTableModel::setRows(const QList<Row> &rows, const QStringList &keys)
{
    if (rows.size() == m_rows.size() && keys == m_keys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_keys = keys;
    endResetModel();
}

int SimpleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SimpleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SimpleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (index.column() >= row.size())
        return {};
    const Cell &c = row[index.column()];
    switch (role) {
    case Qt::DisplayRole: return c.display;
    case SortRole: return c.sort.isValid() ? c.sort : c.display;
    case Qt::DecorationRole: return c.icon.isNull() ? QVariant() : QVariant(c.icon);
    case Qt::ToolTipRole: return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::ForegroundRole: return c.foreground.isValid() ? QVariant(c.foreground) : QVariant();
    case ProgressRole: return c.progress < 0 ? QVariant() : QVariant(c.progress);
    case KeyRole: return m_keys.value(index.row());
    case Qt::TextAlignmentRole:
        // Counts and rates line up on the right, as figures do in a report; bars stay left.
        if (c.progress < 0 && (isNumber(c.display) || isNumber(c.sort)))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant SimpleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace ferry::ui

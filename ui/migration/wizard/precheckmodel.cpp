#include "precheckmodel.h"

#include "widgets/icons.h"

#include <QBrush>
#include <QColor>

namespace ferry::ui {

namespace {

int rank(PrecheckItem::Severity s)
{
    switch (s) {
    case PrecheckItem::Severity::Error: return 0;
    case PrecheckItem::Severity::Warning: return 1;
    case PrecheckItem::Severity::Info: return 2;
    case PrecheckItem::Severity::Ok: return 3;
    }
    return 3;
}

} // namespace

void PrecheckModel::setItems(const QList<PrecheckItem> &items)
{
    QList<PrecheckItem> sorted = items;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PrecheckItem &a, const PrecheckItem &b) {
                         return rank(a.severity) < rank(b.severity);
                     });
    beginResetModel();
    m_items = sorted;
    endResetModel();
}

int PrecheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PrecheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrecheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrecheckItem &item = m_items[index.row()];
    switch (role) {
    case SeverityRole: return int(item.severity);
    case DefinitionRole: return item.definition;
    case Qt::ToolTipRole:
        // A not-carried object shows its definition, for the DBA to recreate it by hand.
        if (index.column() == Message && !item.definition.isEmpty())
            return tr("%1\n\nDefinition:\n%2").arg(item.message, item.definition);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (item.severity) {
            case PrecheckItem::Severity::Ok: return tr("passed");
            case PrecheckItem::Severity::Info: return tr("info");
            case PrecheckItem::Severity::Warning: return tr("warning");
            case PrecheckItem::Severity::Error: return tr("error");
            }
            return {};
        case Check: return PrecheckItem::checkTitle(item.check);
        case Object: return item.object;
        case Message: return item.message;
        case Fix: return item.fix;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (item.severity) {
        case PrecheckItem::Severity::Ok: return icons::get(QStringLiteral("status/ok"));
        case PrecheckItem::Severity::Info: return icons::get(QStringLiteral("status/info"));
        case PrecheckItem::Severity::Warning: return icons::get(QStringLiteral("status/warning"));
        case PrecheckItem::Severity::Error: return icons::get(QStringLiteral("status/error"));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (item.severity) {
        case PrecheckItem::Severity::Ok: return QBrush(QColor(0x1f, 0x7a, 0x4d));
        case PrecheckItem::Severity::Info: return QBrush(QColor(0x2f, 0x6f, 0xb0));
        case PrecheckItem::Severity::Warning: return QBrush(QColor(0xa1, 0x5c, 0x00));
        case PrecheckItem::Severity::Error: return QBrush(QColor(0xb3, 0x26, 0x1e));
        }
        return {};
    }
    return {};
}

QVariant PrecheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Result");
    case Check: return tr("Check");
    case Object: return tr("Object");
    case Message: return tr("Finding");
    case Fix: return tr("Fix");
    }
    return {};
}

} // namespace ferry::ui

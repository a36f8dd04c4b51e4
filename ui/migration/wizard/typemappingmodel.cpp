#include "typemappingmodel.h"

#include "engines/driver.h"
#include "objecttreemodel.h"
#include "widgets/icons.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ferry::ui {

namespace {

QColor fidelityColor(Fidelity f)
{
    switch (f) {
    case Fidelity::Exact: return QColor(0x1f, 0x7a, 0x4d);
    case Fidelity::Widened: return QColor(0x2f, 0x6f, 0xb0);
    case Fidelity::Lossy: return QColor(0xa1, 0x5c, 0x00);
    case Fidelity::Unsupported: return QColor(0xb3, 0x26, 0x1e);
    }
    return {};
}

QString fidelityIcon(Fidelity f)
{
    switch (f) {
    case Fidelity::Exact: return QStringLiteral("status/ok");
    case Fidelity::Widened: return QStringLiteral("status/info");
    case Fidelity::Lossy: return QStringLiteral("status/warning");
    case Fidelity::Unsupported: return QStringLiteral("status/error");
    }
    return {};
}

} // namespace

TypeMappingModel::TypeMappingModel(ObjectTreeModel *objects, QObject *parent)
    : QAbstractTableModel(parent)
    , m_objects(objects)
{ }

void TypeMappingModel::rebuild(Engine source, Engine target)
{
    const Dialect &dialect = Driver::forEngine(target).dialect();
    QList<Row> rows;
    const auto &states = m_objects->states();
    for (int t = 0; t < states.size(); ++t) {
        if (!m_objects->isMigrated(t))
            continue;
        const auto &s = states[t];
        for (int c = 0; c < s.table.columns.size(); ++c)
            if (s.columnChecked[c] && s.copyable(c))
                rows.append({t, c, dialect.declare(s.table.columns[c].type, source)});
    }
    beginResetModel();
    m_rows = rows;
    applyDecisions();
    endResetModel();
}

void TypeMappingModel::setDecisions(const SchemaPlan &plan)
{
    m_decided.clear();
    for (const TablePlan &t : plan.tables)
        for (const TargetColumn &c : t.target.columns)
            if (c.decidedFromValues)
                m_decided.insert(t.source.ref.name + u'\n' + c.sourceName, c.type);
    beginResetModel();
    applyDecisions();
    endResetModel();
}

void TypeMappingModel::applyDecisions()
{
    for (Row &r : m_rows) {
        const auto &s = m_objects->states()[r.table];
        const auto it =
            m_decided.constFind(s.table.ref.name + u'\n' + s.table.columns[r.column].name);
        if (it != m_decided.constEnd())
            r.automatic = *it;
    }
}

QString TypeMappingModel::overrideOf(const Row &row) const
{
    return m_objects->states()[row.table].columnType[row.column];
}

int TypeMappingModel::count(Fidelity fidelity) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const Row &r) {
        return overrideOf(r).isEmpty() && r.automatic.fidelity == fidelity;
    }));
}

int TypeMappingModel::overrideCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [&](const Row &r) { return !overrideOf(r).isEmpty(); }));
}

int TypeMappingModel::rowOf(const QString &table, const QString &column) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto &s = m_objects->states()[m_rows[i].table];
        if (s.table.ref.name == table && s.table.columns[m_rows[i].column].name == column)
            return i;
    }
    return -1;
}

int TypeMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TypeMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TypeMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const auto &s = m_objects->states()[r.table];
    const ferry::Column &c = s.table.columns[r.column];
    const QString custom = overrideOf(r);
    const bool overridden = !custom.isEmpty();
    switch (role) {
    case FidelityRole: return int(r.automatic.fidelity);
    case OverriddenRole: return overridden;
    case ChangesRole: return overridden || r.automatic.fidelity != Fidelity::Exact;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Table:
            return s.target.isEmpty() ? s.table.ref.name
                                      : tr("%1 → %2").arg(s.table.ref.name, s.target);
        case ColumnName:
            return s.columnTarget[r.column].isEmpty()
                ? c.name
                : tr("%1 → %2").arg(c.name, s.columnTarget[r.column]);
        case SourceType: return c.type.native;
        case TargetType: return overridden ? custom : r.automatic.declaration;
        case FidelityColumn:
            if (role == Qt::EditRole)
                return {};
            if (overridden)
                return tr("override");
            switch (r.automatic.fidelity) {
            case Fidelity::Exact: return tr("exact");
            case Fidelity::Widened: return tr("widened");
            case Fidelity::Lossy: return tr("lossy");
            case Fidelity::Unsupported: return tr("unsupported");
            }
            return {};
        case Note:
            if (overridden)
                return tr("your override; Ferry would declare %1").arg(r.automatic.declaration);
            return r.automatic.note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TargetType)
            return m_objects->isReadOnly()
                ? tr("The project has started: its types are fixed.")
                : tr("Double-click to declare the target column yourself; clear it to return "
                     "to Ferry's choice.");
        if (index.column() == Note || index.column() == FidelityColumn)
            return overridden ? tr("Your override. Ferry would declare %1 (%2): %3")
                                    .arg(r.automatic.declaration,
                                         fidelityName(r.automatic.fidelity), r.automatic.note)
                              : r.automatic.note;
        return {};
    case Qt::DecorationRole:
        if (index.column() == FidelityColumn)
            return icons::get(overridden ? QStringLiteral("action/edit")
                                         : fidelityIcon(r.automatic.fidelity));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FidelityColumn)
            return overridden ? QBrush(QColor(0x6a, 0x3d, 0xb8))
                              : QBrush(fidelityColor(r.automatic.fidelity));
        return {};
    case Qt::FontRole:
        if ((index.column() == TargetType && overridden) || index.column() == FidelityColumn) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        return {};
    }
    return {};
}

bool TypeMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TargetType || m_objects->isReadOnly()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &r = m_rows[index.row()];
    QString declaration = value.toString().trimmed();
    if (declaration == r.automatic.declaration)
        declaration.clear();
    if (declaration == overrideOf(r))
        return true;
    m_objects->setTypeOverride(r.table, r.column, declaration);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit overridesChanged();
    return true;
}

Qt::ItemFlags TypeMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TargetType && !m_objects->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TypeMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table: return tr("Table");
    case ColumnName: return tr("Column");
    case SourceType: return tr("Source type");
    case TargetType: return tr("Target type");
    case FidelityColumn: return tr("Fidelity");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace ferry::ui

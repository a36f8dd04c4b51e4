#include "objecttreemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ferry::ui {

namespace {

const QColor kMuted(0x8a, 0x97, 0xa8);

} // namespace

ObjectTreeModel::TableState ObjectTreeModel::TableState::initial(const Table &table)
{
    TableState s;
    s.table = table;
    for (const Column &c : table.columns) {
        s.columnChecked << !c.generated;
        s.columnTarget << QString();
        s.columnType << QString();
    }
    return s;
}

bool ObjectTreeModel::TableState::anyChecked() const
{
    return columnChecked.contains(true);
}

bool ObjectTreeModel::TableState::allChecked() const
{
    bool any = false;
    for (int c = 0; c < columnChecked.size(); ++c) {
        if (!copyable(c))
            continue;
        if (!columnChecked[c])
            return false;
        any = true;
    }
    return any;
}

QString ObjectTreeModel::TableState::columnTargetName(int column) const
{
    const QString renamed = columnTarget.value(column);
    return renamed.isEmpty() ? table.columns[column].name : renamed;
}

ObjectTreeModel::ObjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ObjectTreeModel::setTables(const QList<Table> &tables)
{
    QList<TableState> states;
    for (const Table &t : tables)
        states << TableState::initial(t);
    setStates(states);
}

void ObjectTreeModel::setStates(const QList<TableState> &states)
{
    beginResetModel();
    m_states = states;
    endResetModel();
}

QList<Table> ObjectTreeModel::tables() const
{
    QList<Table> out;
    for (const TableState &s : m_states)
        out << s.table;
    return out;
}

void ObjectTreeModel::setRules(const ObjectRules &rules)
{
    m_rules = rules;
    for (int t = 0; t < m_states.size(); ++t)
        tableChanged(t); // names, colours and tooltips of tables and columns follow the rules
}

bool ObjectTreeModel::isMigrated(int table) const
{
    const TableState &s = m_states[table];
    return s.anyChecked() && m_rules.verdict(s.table.ref).selected();
}

void ObjectTreeModel::setReadOnly(bool readOnly)
{
    beginResetModel(); // flags change everywhere
    m_readOnly = readOnly;
    endResetModel();
}

void ObjectTreeModel::setAllChecked(bool checked)
{
    if (m_readOnly)
        return;
    for (int t = 0; t < m_states.size(); ++t) {
        TableState &s = m_states[t];
        for (int c = 0; c < s.columnChecked.size(); ++c)
            s.columnChecked[c] = checked && s.copyable(c);
        tableChanged(t);
    }
    emit edited();
}

void ObjectTreeModel::setTypeOverride(int table, int column, const QString &declaration)
{
    m_states[table].columnType[column] = declaration.trimmed();
    emit edited();
}

QModelIndex ObjectTreeModel::tableIndex(int table, int column) const
{
    return createIndex(table, column, quintptr(0));
}

QModelIndex ObjectTreeModel::columnIndex(int table, int column, int modelColumn) const
{
    return createIndex(column, modelColumn, quintptr(table + 1));
}

int ObjectTreeModel::tableOf(const QModelIndex &index)
{
    if (!index.isValid())
        return -1;
    return index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
}

void ObjectTreeModel::tableChanged(int table)
{
    emit dataChanged(tableIndex(table), tableIndex(table, ColumnCount - 1));
    const int columns = int(m_states[table].table.columns.size());
    if (columns > 0)
        emit dataChanged(columnIndex(table, 0), columnIndex(table, columns - 1, ColumnCount - 1));
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return tableIndex(row, column);
    return columnIndex(parent.row(), row, column);
}

QModelIndex ObjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return tableIndex(int(child.internalId()) - 1);
}

int ObjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_states.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_states[parent.row()].table.columns.size());
}

int ObjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ObjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return tableData(index.row(), index.column(), role);
    return columnData(int(index.internalId()) - 1, index.row(), index.column(), role);
}

QVariant ObjectTreeModel::tableData(int table, int column, int role) const
{
    const TableState &s = m_states[table];
    const ObjectRules::Verdict verdict = m_rules.verdict(s.table.ref);
    const bool migrated = s.anyChecked() && verdict.selected();
    switch (role) {
    case MigratedRole: return migrated;
    case SourceNameRole: return s.table.ref.name;
    case Qt::CheckStateRole:
        if (column != Name)
            return {};
        return s.allChecked() ? Qt::Checked
                              : (s.anyChecked() ? Qt::PartiallyChecked : Qt::Unchecked);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Name: return s.table.ref.name;
        case Type:
            return role == Qt::DisplayRole
                ? tr("%n column(s)", nullptr, int(s.table.columns.size()))
                : QVariant();
        case Rows:
            if (role != Qt::DisplayRole)
                return {};
            return s.table.rowEstimate < 0
                ? tr("unknown")
                : tr("≈ %1").arg(QLocale().toString(s.table.rowEstimate));
        case Target: return s.targetName();
        case Filter: return s.filter;
        }
        return {};
    case Qt::ToolTipRole:
        if (!verdict.excludedBy.isEmpty())
            return tr("Left out by the exclude rule '%1'.").arg(verdict.excludedBy);
        if (verdict.includedBy.isEmpty())
            return tr("Left out: no include rule matches this table.");
        if (column == Target)
            return tr("The target table's name. Double-click to rename.");
        if (column == Filter)
            return tr("A condition in the source's SQL, e.g. created_at >= '2020-01-01': only "
                      "matching rows are copied. Double-click to edit.");
        if (column == Rows)
            return tr("The source's estimate of the table's rows.");
        if (!s.table.primaryKey && s.table.chunkKey().isEmpty())
            return tr("No primary or unique key: the table is copied whole in one stream.");
        return {};
    case Qt::ForegroundRole:
        if (!migrated)
            return QBrush(kMuted);
        if (column == Target && s.target.isEmpty())
            return QBrush(kMuted);
        return {};
    case Qt::FontRole:
        if (column == Name && migrated) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        if (!verdict.selected()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Rows)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ObjectTreeModel::columnData(int table, int row, int column, int role) const
{
    const TableState &s = m_states[table];
    const Column &c = s.table.columns[row];
    const bool inKey = s.table.primaryKey && s.table.primaryKey->columns.contains(c.name);
    switch (role) {
    case MigratedRole: return s.columnChecked[row] && isMigrated(table);
    case SourceNameRole: return c.name;
    case Qt::CheckStateRole:
        if (column != Name)
            return {};
        return s.columnChecked[row] ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Name: return c.name;
        case Type:
            if (role != Qt::DisplayRole)
                return {};
            if (c.generated)
                return tr("%1 · generated").arg(c.type.native);
            return inKey ? tr("%1 · key").arg(c.type.native) : c.type.native;
        case Target: return s.columnTargetName(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (c.generated)
            return tr("A generated column: the target computes it, it is not copied.");
        if (column == Target)
            return tr("The target column's name. Double-click to rename.");
        return {};
    case Qt::ForegroundRole:
        if (!s.columnChecked[row] || !isMigrated(table))
            return QBrush(kMuted);
        if (column == Target && s.columnTarget[row].isEmpty())
            return QBrush(kMuted);
        return {};
    }
    return {};
}

bool ObjectTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    const int table = tableOf(index);
    TableState &s = m_states[table];
    if (index.internalId() == 0) {
        if (role == Qt::CheckStateRole && index.column() == Name) {
            const bool checked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
            for (int c = 0; c < s.columnChecked.size(); ++c)
                s.columnChecked[c] = checked && s.copyable(c);
        } else if (role == Qt::EditRole && index.column() == Target) {
            const QString name = value.toString().trimmed();
            s.target = name == s.table.ref.name ? QString() : name;
        } else if (role == Qt::EditRole && index.column() == Filter) {
            s.filter = value.toString().trimmed();
        } else {
            return false;
        }
    } else {
        const int column = index.row();
        if (role == Qt::CheckStateRole && index.column() == Name) {
            if (!s.copyable(column))
                return false;
            s.columnChecked[column] = Qt::CheckState(value.toInt()) == Qt::Checked;
        } else if (role == Qt::EditRole && index.column() == Target) {
            const QString name = value.toString().trimmed();
            s.columnTarget[column] = name == s.table.columns[column].name ? QString() : name;
        } else {
            return false;
        }
    }
    tableChanged(table);
    emit edited();
    return true;
}

Qt::ItemFlags ObjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && !m_states[tableOf(index)].copyable(index.row()))
        return Qt::ItemIsSelectable; // generated: shown, never copied
    if (m_readOnly)
        return f;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Target || (index.column() == Filter && index.internalId() == 0))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ObjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Source table / column");
        case Type: return tr("Type");
        case Rows: return tr("Rows");
        case Target: return tr("Target name");
        case Filter: return tr("Row filter");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Target: return tr("Double-click a name to rename the table or column in the target.");
        case Filter:
            return tr("Double-click to give a table a row filter: a condition in the source's "
                      "SQL; only matching rows are copied.");
        }
    }
    return {};
}

} // namespace ferry::ui

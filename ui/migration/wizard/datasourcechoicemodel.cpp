#include "datasourcechoicemodel.h"

#include "widgets/icons.h"

namespace ferry::ui {

void DataSourceChoiceModel::setSources(const QList<DataSource> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int DataSourceChoiceModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].name == name)
            return i;
    return -1;
}

const DataSource *DataSourceChoiceModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources[row] : nullptr;
}

int DataSourceChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size()) + 1;
}

QVariant DataSourceChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == newRow()) {
        switch (role) {
        case Qt::DisplayRole: return tr("New data source…");
        case Qt::ToolTipRole: return tr("Add a data source without leaving the wizard.");
        case Qt::DecorationRole: return icons::get(QStringLiteral("action/add"));
        case IsNewRole: return true;
        case NameRole: return QString();
        }
        return {};
    }
    const DataSource &s = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ·  %2  ·  %3").arg(s.name, s.engineName(), s.displayAddress());
    case Qt::ToolTipRole:
        return s.remark.isEmpty() ? s.displayAddress() : s.displayAddress() + u'\n' + s.remark;
    case Qt::DecorationRole: return icons::get(QStringLiteral("nav/datasource"));
    case IsNewRole: return false;
    case NameRole: return s.name;
    }
    return {};
}

} // namespace ferry::ui

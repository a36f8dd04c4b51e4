#include "datasourcetablemodel.h"

#include "widgets/icons.h"

#include <QLocale>

namespace ferry::ui {

void DataSourceTableModel::setSources(const QList<DataSource> &sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int DataSourceTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].id == id)
            return i;
    return -1;
}

const DataSource *DataSourceTableModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources[row] : nullptr;
}

int DataSourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int DataSourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataSourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const DataSource &s = m_sources[index.row()];
    const bool file = s.endpoint.engine == ferry::Engine::Sqlite;
    if (role == IdRole)
        return s.id;
    if (role == NameRole)
        return s.name;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name: return s.name;
        case Engine: return s.engineName();
        case Endpoint:
            if (s.kafka)
                return s.kafka->bootstrapServers;
            return file ? s.endpoint.path
                        : s.endpoint.host + QLatin1Char(':') + QString::number(s.endpoint.port);
        case Database:
            if (file || s.kafka)
                return QString();
            return s.endpoint.engine == ferry::Engine::PostgreSql
                ? s.endpoint.database + QLatin1Char('.') + s.endpoint.effectiveSchema()
                : s.endpoint.database;
        case Tls:
            if (s.kafka)
                return s.kafka->securityProtocol.isEmpty() ? QStringLiteral("plaintext")
                                                           : s.kafka->securityProtocol;
            return file ? QString() : engines::tlsModeId(s.endpoint.tlsMode);
        case LastTest:
            if (!s.lastTest.tested)
                return tr("Not tested");
            return s.lastTest.summary;
        case TestedAt:
            if (!s.lastTest.tested)
                return role == SortRole ? QVariant(QDateTime()) : QVariant(QString());
            if (role == SortRole)
                return s.lastTest.at;
            return QLocale().toString(s.lastTest.at.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::DecorationRole && index.column() == LastTest) {
        if (!s.lastTest.tested)
            return icons::get(QStringLiteral("status/unknown"));
        return icons::get(s.lastTest.ok ? QStringLiteral("status/ok")
                                        : QStringLiteral("status/error"));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastTest && s.lastTest.tested)
            return s.lastTest.summary;
        if (!s.remark.isEmpty())
            return s.remark;
    }
    return {};
}

QVariant DataSourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Engine: return tr("Engine");
    case Endpoint: return tr("Endpoint");
    case Database: return tr("Database");
    case Tls: return tr("TLS");
    case LastTest: return tr("Last test");
    case TestedAt: return tr("Tested at");
    }
    return {};
}

} // namespace ferry::ui

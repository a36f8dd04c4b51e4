#include "probefindingsmodel.h"

#include "widgets/icons.h"

namespace ferry::ui {

void ProbeFindingsModel::setFindings(const QList<ProbeFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int ProbeFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProbeFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const ProbeFinding &f = m_findings[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Item: return f.item;
        case Value: return f.value;
        case Message: return f.message;
        case Blocks: {
            // The features a finding rules out, by their ids.
            QStringList blocks;
            for (const QString &b : f.blocks)
                blocks << (b == u"source"            ? tr("source")
                               : b == u"target"      ? tr("target")
                               : b == u"incremental" ? tr("incremental")
                                                     : b);
            return blocks.join(tr(", "));
        }
        }
    }
    if (role == Qt::DecorationRole && index.column() == Item) {
        switch (f.severity) {
        case ProbeFinding::Severity::Ok: return icons::get(QStringLiteral("status/ok"));
        case ProbeFinding::Severity::Info: return icons::get(QStringLiteral("status/info"));
        case ProbeFinding::Severity::Warning: return icons::get(QStringLiteral("status/warning"));
        case ProbeFinding::Severity::Blocker: return icons::get(QStringLiteral("status/blocker"));
        }
    }
    return {};
}

QVariant ProbeFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item: return tr("Check");
    case Value: return tr("Value");
    case Message: return tr("What it means");
    case Blocks: return tr("Blocks");
    }
    return {};
}

} // namespace ferry::ui

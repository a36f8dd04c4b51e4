#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace ferry::ui {

// A read-only table of ready-made cells, for the console's small report tables (steps,
// per-table progress, checkpoints, verification results). Rows are replaced wholesale;
// unchanged shapes update in place so selections and scroll positions survive live updates.
class SimpleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole, ProgressRole, KeyRole };

    // One cell: what it shows, how it sorts, and optional decoration.
    //   Cell(bytes(n), n).withToolTip(path)
    struct Cell
    {
        Cell() = default;
        Cell(QVariant displayValue, QVariant sortValue = {})
            : display(std::move(displayValue))
            , sort(std::move(sortValue))
        { }
        Cell(const QString &text, QVariant sortValue = {})
            : Cell(QVariant(text), std::move(sortValue))
        { }

        Cell &withIcon(const QIcon &value)
        {
            icon = value;
            return *this;
        }
        Cell &withToolTip(const QString &value)
        {
            toolTip = value;
            return *this;
        }
        Cell &withForeground(const QColor &value)
        {
            foreground = value;
            return *this;
        }
        Cell &withProgress(double value)
        {
            progress = value;
            return *this;
        }

        QVariant display;
        QVariant sort; // defaults to display; a number here (or in display) aligns right
        QIcon icon;
        QString toolTip;
        QColor foreground;
        double progress = -1; // 0..1 for ProgressDelegate; -1: none
    };
    using Row = QList<Cell>;

    explicit SimpleTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows, const QStringList &keys = {});
    QString keyAt(int row) const { return m_keys.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QStringList m_keys;
};

} // namespace ferry::ui

#pragma once

#include <QStyledItemDelegate>

namespace ferry::ui {

// Paints a progress bar from the value of `role` (0..1) under the cell's text.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ferry::ui

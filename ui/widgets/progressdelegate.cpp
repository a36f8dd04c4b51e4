#include "progressdelegate.h"

#include <QPainter>

namespace ferry::ui {

ProgressDelegate::ProgressDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{ }

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant data = index.data(m_role);
    if (!data.isValid())
        return;
    const double value = std::clamp(data.toDouble(), 0.0, 1.0);
    const QRect track = option.rect.adjusted(6, option.rect.height() - 7, -6, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe4, 0xea, 0xf2));
    painter->drawRoundedRect(track, 2, 2);
    QRect bar = track;
    bar.setWidth(int(track.width() * value));
    painter->setBrush(value >= 1.0 ? QColor(0x1f, 0x7a, 0x4d) : QColor(0x2f, 0x6f, 0xb0));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 2, 2);
    painter->restore();
}

} // namespace ferry::ui

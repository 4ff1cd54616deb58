#include "WrappingItemDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>

namespace iitalent::gui {

namespace {
constexpr int kPadding = 4; // horizontal padding on each side of the text, in pixels
}

WrappingItemDelegate::WrappingItemDelegate(QAbstractItemView *view, QHeaderView *header, int column)
    : QStyledItemDelegate(view), m_header(header), m_column(column)
{}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int width = m_header->sectionSize(m_column) - 2 * kPadding;
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    // The column's width is the header's; only the wrapped height is measured (the base class
    // would lay the whole text out on one line first, for nothing).
    QSize size(width + 2 * kPadding, QFontMetrics(opt.font).height() + 4);
    const QString key = QStringLiteral("%1|%2|%3").arg(opt.font.key()).arg(width).arg(opt.text);
    auto it = m_heights.constFind(key);
    if (it == m_heights.cend()) {
        if (m_heights.size() > 20000)
            m_heights.clear();
        const QRect bounds =
            QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, opt.text);
        it = m_heights.insert(key, bounds.height() + 4);
    }
    size.setHeight(qMax(size.height(), *it));
    return size;
}

void WrappingItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected) {
        if (const QVariant fg = index.data(Qt::ForegroundRole); fg.canConvert<QBrush>())
            color = fg.value<QBrush>().color();
    }
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(color);
    const QRect textRect = opt.rect.adjusted(kPadding, 2, -kPadding, -2);
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace iitalent::gui

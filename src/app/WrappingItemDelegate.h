#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QHeaderView;

namespace iitalent::gui {

// Draws one column's text wrapped over as many lines as the column's width needs, and tells the
// view the matching row height. The views' own word wrap does not size rows right for CJK text.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `header` gives the columns' widths: a tree's header(), a table's horizontalHeader().
    WrappingItemDelegate(QAbstractItemView *view, QHeaderView *header, int column);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHeaderView *m_header;
    int m_column;
    // Wrapped text heights by (font, width, text): measuring CJK text with word wrap is slow and
    // the view asks again for every row whenever any row changes.
    mutable QHash<QString, int> m_heights;
};

} // namespace iitalent::gui

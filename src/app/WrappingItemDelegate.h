#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QTreeView;

namespace iitalent::gui {

// Draws one column's text wrapped over as many lines as the column's width needs, and tells the
// view the matching row height. QTreeView's own word wrap does not grow rows for CJK text.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WrappingItemDelegate(QTreeView *view, int column);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    int m_column;
    // Wrapped text heights by (font, width, text): measuring CJK text with word wrap is slow and
    // the view asks again for every row whenever any row changes.
    mutable QHash<QString, int> m_heights;
};

} // namespace iitalent::gui

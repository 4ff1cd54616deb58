#pragma once

#include "CohortHeatmapModel.h"

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

class QPainter;

namespace iitalent::gui {

// Paints a heatmap cell: a background per state from a colour-blind-safe palette (blue for met,
// orange for below, grey hatching for unanswered) AND a glyph (✓ met, ▽ one below, ▼ two or
// more below, ? unanswered), so that the map reads in grey and for everyone, with the level
// beside the glyph. Readiness and attainment cells get a bar under their percentage. A cell's
// picture is drawn once per state, level, size and font and then copied; no per-cell widgets, a
// fixed size hint: 10,000 rows scroll smoothly.
class HeatmapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using CellState = CohortHeatmapModel::CellState;

    explicit HeatmapDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // One cell as the heatmap paints it; the legend uses it too.
    static void paintCell(QPainter *painter, const QRect &rect, CellState state, const QString &text,
                          const QFontMetrics &metrics);
    static QColor fill(CellState state);
    static QColor ink(CellState state);
    // The width a requirement cell needs for its glyph and a level with this font.
    static int cellWidth(const QFontMetrics &metrics);

private:
    const QPixmap &cellPicture(CellState state, int level, const QSize &size, qreal ratio,
                               const QStyleOptionViewItem &option) const;

    // The pictures of the cells for one font: (state, level, size, pixel ratio) -> picture.
    mutable QFont m_cacheFont;
    mutable QHash<quint64, QPixmap> m_cache;
};

// The key to the heatmap's states, painted with the cells' own look.
class HeatmapLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QStringList labels() const;
    void updateDescription();
};

} // namespace iitalent::gui

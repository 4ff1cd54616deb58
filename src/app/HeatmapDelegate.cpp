#include "HeatmapDelegate.h"

#include "CohortDocuments.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace iitalent::gui {

namespace {

// The cells' colours are the documents' (heatCellBackground, heatCellForeground); the hatching
// of unanswered cells is the window's own.
const QColor UnansweredHatch(0xb4, 0xb4, 0xb4);

// The glyph's side: a little less than the digits' height.
qreal glyphSize(const QFontMetrics &metrics)
{
    return std::max(6.0, metrics.ascent() * 0.8);
}

void paintGlyph(QPainter *painter, const QRectF &box, HeatmapDelegate::CellState state, const QColor &ink)
{
    using State = HeatmapDelegate::CellState;
    const qreal s = box.width();
    const auto at = [&](qreal x, qreal y) { return QPointF(box.left() + x * s, box.top() + y * s); };
    painter->setRenderHint(QPainter::Antialiasing, true);
    switch (state) {
    case State::Met: {
        QPainterPath tick;
        tick.moveTo(at(0.08, 0.55));
        tick.lineTo(at(0.38, 0.85));
        tick.lineTo(at(0.92, 0.18));
        painter->setPen(QPen(ink, std::max(1.5, s / 6.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        break;
    }
    case State::OneBelow:
    case State::TwoOrMoreBelow: {
        const QPointF triangle[] = {at(0.05, 0.15), at(0.95, 0.15), at(0.5, 0.92)};
        painter->setPen(QPen(ink, std::max(1.2, s / 9.0), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->setBrush(state == State::TwoOrMoreBelow ? QBrush(ink) : QBrush(Qt::NoBrush));
        painter->drawPolygon(triangle, 3);
        break;
    }
    case State::Unanswered: break;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
}

} // namespace

HeatmapDelegate::HeatmapDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor HeatmapDelegate::fill(CellState state)
{
    return heatCellBackground(state);
}

QColor HeatmapDelegate::ink(CellState state)
{
    return heatCellForeground(state);
}

int HeatmapDelegate::cellWidth(const QFontMetrics &metrics)
{
    return qCeil(glyphSize(metrics)) + metrics.horizontalAdvance(QStringLiteral("4")) + metrics.height() / 4 + 12;
}

void HeatmapDelegate::paintCell(QPainter *painter, const QRect &rect, CellState state, const QString &text,
                                const QFontMetrics &metrics)
{
    painter->fillRect(rect, fill(state));
    const QColor color = ink(state);
    const qreal baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2.0;
    if (state == CellState::Unanswered) {
        painter->fillRect(rect, QBrush(UnansweredHatch, Qt::BDiagPattern));
        // The glyph is the question mark itself; there is no level to show.
        const QString mark = QStringLiteral("?");
        const int w = metrics.horizontalAdvance(mark);
        const QRectF behind(rect.center().x() - w / 2.0 - 2, baseline - metrics.ascent(), w + 4,
                            metrics.ascent() + metrics.descent());
        painter->fillRect(behind, fill(CellState::Unanswered));
        painter->setPen(color);
        painter->drawText(QPointF(rect.center().x() - w / 2.0, baseline), mark);
        return;
    }
    const qreal s = glyphSize(metrics);
    const qreal gap = std::max(2.0, metrics.height() / 6.0);
    const int textWidth = metrics.horizontalAdvance(text);
    const qreal left = rect.left() + (rect.width() - (s + gap + textWidth)) / 2.0;
    const QRectF box(left, baseline - metrics.ascent() + (metrics.ascent() - s) / 2.0, s, s);
    paintGlyph(painter, box, state, color);
    painter->setPen(color);
    painter->drawText(QPointF(left + s + gap, baseline), text);
}

void HeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Straight from the model's roles: no initStyleOption, no style, no text layout.
    painter->save();
    const QRect rect = option.rect;
    const QVariant state = index.data(CohortHeatmapModel::StateRole);
    if (state.isValid()) {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect.topLeft(),
                            cellPicture(static_cast<CellState>(state.toInt()),
                                        index.data(CohortHeatmapModel::LevelRole).toInt(), rect.size(), ratio, option));
    } else {
        painter->fillRect(rect, option.palette.brush(QPalette::Base));
        const QVariant share = index.data(CohortHeatmapModel::ShareRole);
        if (share.isValid()) {
            QRect bar = rect.adjusted(2, 3, -2, -3);
            bar.setWidth(qRound(bar.width() * std::clamp(share.toDouble(), 0.0, 1.0)));
            QColor tint = option.palette.color(QPalette::Highlight);
            tint.setAlpha(55);
            painter->fillRect(bar, tint);
        }
        const QString text = index.data(Qt::DisplayRole).toString();
        const bool right = share.isValid();
        const int w = option.fontMetrics.horizontalAdvance(text);
        const qreal baseline =
            rect.top() + (rect.height() + option.fontMetrics.ascent() - option.fontMetrics.descent()) / 2.0;
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(QPointF(right ? rect.right() - 4 - w : rect.left() + 4, baseline),
                          right ? text : option.fontMetrics.elidedText(text, Qt::ElideRight, rect.width() - 8));
    }
    if (option.state & QStyle::State_Selected) {
        QColor h = option.palette.color(QPalette::Highlight);
        h.setAlpha(70);
        painter->fillRect(rect, h);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

const QPixmap &HeatmapDelegate::cellPicture(CellState state, int level, const QSize &size, qreal ratio,
                                            const QStyleOptionViewItem &option) const
{
    if (m_cacheFont != option.font) {
        m_cache.clear();
        m_cacheFont = option.font;
    }
    // state (2 bits), level + 1 (3 bits), width and height (16 bits each), ratio in hundredths.
    const quint64 key = quint64(static_cast<int>(state)) | quint64(std::clamp(level + 1, 0, 7)) << 2 |
                        quint64(size.width() & 0xffff) << 5 | quint64(size.height() & 0xffff) << 21 |
                        quint64(qRound(ratio * 100) & 0xffff) << 37;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        QPixmap picture(size * ratio);
        picture.setDevicePixelRatio(ratio);
        QPainter p(&picture);
        p.setFont(option.font);
        paintCell(&p, QRect(QPoint(0, 0), size), state, level >= 0 ? QString::number(level) : QString(),
                  option.fontMetrics);
        p.end();
        it = m_cache.insert(key, picture);
    }
    return *it;
}

QSize HeatmapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The view uses fixed sections; this is only asked for when something measures anyway.
    return QSize(cellWidth(option.fontMetrics), option.fontMetrics.height() + 8);
}

HeatmapLegend::HeatmapLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateDescription();
}

QStringList HeatmapLegend::labels() const
{
    return {tr("met"), tr("one level below"), tr("two or more levels below"), tr("unanswered")};
}

void HeatmapLegend::updateDescription()
{
    setAccessibleName(tr("Key to the heatmap"));
    setAccessibleDescription(tr("Tick: met. Hollow triangle: one level below. Filled triangle: two or more levels "
                                "below. Question mark: unanswered. The number is the level given."));
}

QSize HeatmapLegend::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int width = 0;
    for (const QString &label : labels())
        width += HeatmapDelegate::cellWidth(fm) + 6 + fm.horizontalAdvance(label) + fm.height();
    return QSize(width, fm.height() + 10);
}

QSize HeatmapLegend::minimumSizeHint() const
{
    return QSize(0, fontMetrics().height() + 10);
}

void HeatmapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateDescription();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height() + 6;
    const int top = (height() - h) / 2;
    const int cell = HeatmapDelegate::cellWidth(fm);
    const std::pair<HeatmapDelegate::CellState, QString> samples[] = {
        {HeatmapDelegate::CellState::Met, QStringLiteral("3")},
        {HeatmapDelegate::CellState::OneBelow, QStringLiteral("2")},
        {HeatmapDelegate::CellState::TwoOrMoreBelow, QStringLiteral("1")},
        {HeatmapDelegate::CellState::Unanswered, QString()},
    };
    const QStringList texts = labels();
    int x = 0;
    for (int i = 0; i < 4; ++i) {
        const QRect r(x, top, cell, h);
        HeatmapDelegate::paintCell(&painter, r, samples[i].first, samples[i].second, fm);
        painter.setPen(QColor(0x99, 0x99, 0x99));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        x += cell + 6;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 0, fm.horizontalAdvance(texts[i]) + 2, height()), Qt::AlignLeft | Qt::AlignVCenter,
                         texts[i]);
        x += fm.horizontalAdvance(texts[i]) + fm.height();
    }
}

} // namespace iitalent::gui

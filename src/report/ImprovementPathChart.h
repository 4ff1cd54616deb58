#pragma once

#include "ImprovementPathData.h"
#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

class QPainter;

namespace iitalent {

// The personal improvement-path chart (Figure A.1, redrawn), painted with QPainter so the same
// code draws on screen, into PNG, SVG and PDF. Black-and-white safe: every colour is doubled by
// a hatch pattern, a line style or a text label. The chart paints its own white background.
class ImprovementPathChart final
{
public:
    ImprovementPathChart() = default;
    explicit ImprovementPathChart(ImprovementPathData data) : m_data(std::move(data)) {}

    const ImprovementPathData &data() const { return m_data; }
    void setData(ImprovementPathData data) { m_data = std::move(data); }

    // The font family to set the chart in before the default (Noto Sans CJK); reports set the
    // family they embed.
    void setFontFamily(const QString &family) { m_fontFamily = family; }

    // The size the chart is laid out at, in logical pixels (16:10, for projectors).
    QSizeF naturalSize() const { return {1600.0, 1000.0}; }
    // Paints the chart scaled to fit `target`, keeping its aspect ratio, centred.
    void paint(QPainter &painter, const QRectF &target) const;
    // Where lane `index` (A.2's order) is drawn, in natural coordinates.
    QRectF laneRect(int index) const;

    // The chart in an image of `size` logical pixels (the natural size when empty) at a device
    // pixel ratio; the area around the chart, if the aspect differs, is white.
    QImage renderImage(const QSize &size = {}, qreal devicePixelRatio = 1.0) const;
    // Writes a PNG of `size` pixels (twice the natural size when empty), replacing the file.
    Status savePng(const QString &path, const QSize &size = {}) const;
    // The chart as an SVG document at its natural size (empty if it could not be drawn).
    QByteArray svg() const;

private:
    ImprovementPathData m_data;
    QString m_fontFamily;
};

} // namespace iitalent

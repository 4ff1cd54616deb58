#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;
class QRectF;

namespace iitalent::report {

class ReportText;

// The radar of the four dimensions for printed and HTML reports, painted with QPainter so that it
// is vector in PDF and SVG. Black-and-white safe: series differ by line style and marker, not
// only by colour, and each value is written next to its point.
class RadarChart final
{
public:
    enum class Style { Filled, Dashed };
    struct Series
    {
        QString label;
        // Per axis, a share 0..1 (values above 1 are drawn at 1); nothing for a dimension not
        // assessed, which gets no point and breaks the polygon (it is not 0%).
        std::vector<std::optional<double>> values;
        Style style = Style::Filled;
    };

    RadarChart(QStringList axes, std::vector<Series> series, QString referenceLabel);

    // Attained against required (100%) for the report's assessment.
    static RadarChart forReport(const ReportText &text);
    // Self against assessor, when the report has a comparison.
    static RadarChart forComparison(const ReportText &text);

    QSizeF naturalSize() const { return {900.0, 640.0}; }
    // Paints scaled to fit `target`, keeping the aspect ratio, centred, on a transparent background.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    QStringList m_axes;
    std::vector<Series> m_series;
    QString m_referenceLabel;
};

} // namespace iitalent::report

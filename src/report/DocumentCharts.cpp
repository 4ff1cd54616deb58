#include "DocumentCharts.h"

#include "ReportText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

namespace iitalent::report {

namespace {

// Dark enough to read in black and white; distinct in colour.
const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrid(0xb0, 0xb0, 0xb0);
const QColor kSeriesColours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xc0, 0x5a, 0x00)};

QStringList dimensionAxes(const ReportText &text, const std::vector<DimensionScore> &dims)
{
    QStringList axes;
    for (const DimensionScore &d : dims)
        axes << text.dimensionName(d.key);
    return axes;
}

std::vector<std::optional<double>> attainments(const Score &score)
{
    std::vector<std::optional<double>> v;
    for (const DimensionScore &d : score.dimensions)
        v.push_back(assessedAttainment(d));
    return v;
}

// A side's legend label; with its completeness when a dimension of it is not assessed.
QString sideLabel(const QString &name, const Score &score)
{
    if (unassessedDimensions(score).isEmpty())
        return name;
    return ReportText::tr("%1 (%2 of %3 items answered)").arg(name).arg(score.answered).arg(score.items);
}

void drawMarker(QPainter &p, const QPointF &at, int series, double r)
{
    if (series == 0)
        p.drawEllipse(at, r, r);
    else
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
}

} // namespace

RadarChart::RadarChart(QStringList axes, std::vector<Series> series, QString referenceLabel)
    : m_axes(std::move(axes)), m_series(std::move(series)), m_referenceLabel(std::move(referenceLabel))
{}

RadarChart RadarChart::forReport(const ReportText &text)
{
    const Score &s = text.input().report.score;
    return RadarChart(dimensionAxes(text, s.dimensions),
                      {{sideLabel(ReportText::tr("Attained"), s), attainments(s), Style::Filled}},
                      ReportText::tr("Required (100%)"));
}

RadarChart RadarChart::forComparison(const ReportText &text)
{
    const Comparison &c = *text.input().comparison;
    return RadarChart(dimensionAxes(text, c.firstScore.dimensions),
                      {{sideLabel(text.selfLabel(), c.firstScore), attainments(c.firstScore), Style::Filled},
                       {sideLabel(text.assessorLabel(), c.secondScore), attainments(c.secondScore), Style::Dashed}},
                      ReportText::tr("Required (100%)"));
}

void RadarChart::paint(QPainter &painter, const QRectF &target) const
{
    const QSizeF natural = naturalSize();
    const double scale = std::min(target.width() / natural.width(), target.height() / natural.height());
    if (scale <= 0 || m_axes.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center().x() - natural.width() * scale / 2,
                      target.center().y() - natural.height() * scale / 2);
    painter.scale(scale, scale);

    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    const QFontMetricsF fm(font);

    const QPointF centre(natural.width() / 2, 290);
    const double radius = 210;
    const int n = static_cast<int>(m_axes.size());
    auto pointAt = [&](int axis, double share) {
        const double angle = -M_PI / 2 + 2 * M_PI * axis / n;
        const double r = radius * std::clamp(share, 0.0, 1.0);
        return QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    };

    // Rings at 25% steps and the axes.
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= 4; ++ring) {
        QPolygonF poly;
        for (int i = 0; i < n; ++i)
            poly << pointAt(i, ring / 4.0);
        painter.setPen(ring == 4 ? QPen(kInk, 3, Qt::DashLine) : QPen(kGrid, 1));
        painter.drawPolygon(poly);
        if (ring < 4) {
            painter.setPen(kGrid.darker(140));
            painter.drawText(pointAt(0, ring / 4.0) + QPointF(6, -4), QStringLiteral("%1%").arg(ring * 25));
        }
    }
    painter.setPen(QPen(kGrid, 1));
    for (int i = 0; i < n; ++i)
        painter.drawLine(centre, pointAt(i, 1.0));

    // The series.
    for (size_t s = 0; s < m_series.size(); ++s) {
        const Series &series = m_series[s];
        const QColor colour = kSeriesColours[s % 2];
        auto valueAt = [&](int i) {
            return i < static_cast<int>(series.values.size()) ? series.values[i] : std::optional<double>();
        };
        QPolygonF poly;
        bool whole = true;
        for (int i = 0; i < n; ++i) {
            if (valueAt(i))
                poly << pointAt(i, *valueAt(i));
            else
                whole = false;
        }
        const QPen line(colour, 4, series.style == Style::Filled ? Qt::SolidLine : Qt::DashDotLine);
        if (whole) {
            QColor fill = colour;
            fill.setAlphaF(series.style == Style::Filled ? 0.22 : 0.0);
            painter.setBrush(fill);
            painter.setPen(line);
            painter.drawPolygon(poly);
        } else {
            // Only the edges between two assessed neighbours, unfilled: an unassessed dimension
            // leaves a break, not a point at the centre.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(line);
            for (int i = 0; i < n; ++i)
                if (valueAt(i) && valueAt((i + 1) % n) && n > 1)
                    painter.drawLine(pointAt(i, *valueAt(i)), pointAt((i + 1) % n, *valueAt((i + 1) % n)));
        }
        painter.setBrush(colour);
        painter.setPen(QPen(colour, 1));
        for (const QPointF &pt : poly)
            drawMarker(painter, pt, static_cast<int>(s), 7);
    }

    // Axis labels with the values, outside the outer ring.
    painter.setPen(kInk);
    for (int i = 0; i < n; ++i) {
        QStringList values;
        for (const Series &series : m_series)
            if (i < static_cast<int>(series.values.size()))
                values << (series.values[i] ? QStringLiteral("%1%").arg(*series.values[i] * 100.0, 0, 'f', 1)
                                            : QStringLiteral("—"));
        const QString label = m_axes.at(i) + QLatin1Char('\n') + values.join(QStringLiteral(" / "));
        const QPointF anchor = pointAt(i, 1.0);
        const QSizeF box(260, fm.lineSpacing() * 2 + 4);
        QRectF rect(QPointF(0, 0), box);
        int align = Qt::AlignVCenter;
        const double dx = anchor.x() - centre.x();
        const double dy = anchor.y() - centre.y();
        if (std::abs(dx) < 1) { // top or bottom
            rect.moveCenter(anchor + QPointF(0, dy < 0 ? -box.height() / 2 - 6 : box.height() / 2 + 6));
            align = Qt::AlignHCenter | Qt::AlignVCenter;
        } else if (dx > 0) {
            rect.moveTopLeft(anchor + QPointF(14, -box.height() / 2));
            align = Qt::AlignLeft | Qt::AlignVCenter;
        } else {
            rect.moveTopRight(anchor + QPointF(-14, -box.height() / 2));
            align = Qt::AlignRight | Qt::AlignVCenter;
        }
        painter.drawText(rect, align, label);
    }

    // The legend, one line at the bottom: each series' line style and marker, and the reference.
    // A long label (a side's completeness) wraps the legend onto a second line.
    double needed = 60;
    for (const Series &series : m_series)
        needed += 80 + fm.horizontalAdvance(series.label) + 30;
    needed += 60 + fm.horizontalAdvance(m_referenceLabel);
    const bool twoLines = needed > natural.width() - 20;
    double x = 60;
    double y = natural.height() - (twoLines ? 58 : 30);
    for (size_t s = 0; s < m_series.size(); ++s) {
        if (twoLines && s > 0 && x + 80 + fm.horizontalAdvance(m_series[s].label) > natural.width() - 20) {
            x = 60;
            y += fm.lineSpacing() + 6;
        }
        const QColor colour = kSeriesColours[s % 2];
        painter.setPen(QPen(colour, 4, m_series[s].style == Style::Filled ? Qt::SolidLine : Qt::DashDotLine));
        painter.drawLine(QPointF(x, y), QPointF(x + 50, y));
        painter.setBrush(colour);
        painter.setPen(QPen(colour, 1));
        drawMarker(painter, QPointF(x + 25, y), static_cast<int>(s), 7);
        painter.setPen(kInk);
        painter.drawText(QPointF(x + 60, y + fm.ascent() / 2 - 2), m_series[s].label);
        x += 80 + fm.horizontalAdvance(m_series[s].label) + 30;
    }
    if (twoLines && x + 60 + fm.horizontalAdvance(m_referenceLabel) > natural.width() - 20) {
        x = 60;
        y += fm.lineSpacing() + 6;
    }
    painter.setPen(QPen(kInk, 3, Qt::DashLine));
    painter.drawLine(QPointF(x, y), QPointF(x + 50, y));
    painter.setPen(kInk);
    painter.drawText(QPointF(x + 60, y + fm.ascent() / 2 - 2), m_referenceLabel);
    painter.restore();
}

} // namespace iitalent::report

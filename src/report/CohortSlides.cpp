#include "CohortSlides.h"

#include "CohortDocuments.h"
#include "CohortText.h"
#include "ReportFonts.h"
#include "Scoring.h"

#include <QBuffer>
#include <QDate>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace iitalent {

namespace {

using report::CohortText;

constexpr double W = 1920.0;
constexpr double H = 1080.0;
constexpr double Margin = 64.0;
constexpr double ChartTop = 168.0;
constexpr double FooterTop = 1024.0;

const QColor kInk(0x21, 0x21, 0x21);
const QColor kSubtle(0x61, 0x61, 0x61);
const QColor kAccent(0x15, 0x65, 0xc0);
const QColor kBefore(0x9e, 0x9e, 0x9e);
const QColor kRule(0xe0, 0xe0, 0xe0);
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kBad(0xc6, 0x28, 0x28);

QFont slideFont(double pixels, bool bold = false)
{
    QFont f(report::reportFontFamily());
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

// Text that fits `width` at `pixels`, or at a smaller size down to `minPixels`, then elided.
QFont fitted(const QString &text, double width, double pixels, double minPixels, bool bold = false)
{
    QFont f = slideFont(pixels, bold);
    while (pixels > minPixels && QFontMetricsF(f).horizontalAdvance(text) > width) {
        pixels -= 1.0;
        f = slideFont(pixels, bold);
    }
    return f;
}

void drawText(QPainter &p, const QRectF &r, const QString &text, const QFont &font, const QColor &colour,
              int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(font);
    p.setPen(colour);
    const bool wraps = flags & Qt::TextWordWrap;
    p.drawText(r, flags, wraps ? text : QFontMetricsF(font).elidedText(text, Qt::ElideRight, r.width()));
}

// At most `lines` lines of `text` wrapped in `r`, the last one elided.
void drawWrapped(QPainter &p, const QRectF &r, const QString &text, const QFont &font, const QColor &colour, int lines)
{
    const QFontMetricsF fm(font);
    QString rest = text;
    QStringList out;
    while (!rest.isEmpty() && out.size() < lines) {
        if (out.size() == lines - 1 || fm.horizontalAdvance(rest) <= r.width()) {
            out << fm.elidedText(rest, Qt::ElideRight, r.width());
            break;
        }
        int n = rest.size();
        while (n > 1 && fm.horizontalAdvance(rest.left(n)) > r.width())
            --n;
        // Break at a space when there is one on the line (English), anywhere in Chinese.
        const QString line = rest.left(n);
        const bool cjk = std::any_of(line.begin(), line.end(), [](QChar c) { return c.unicode() >= 0x2e80; });
        const int space = line.lastIndexOf(QLatin1Char(' '));
        if (!cjk && space > n / 2)
            n = space + 1;
        out << rest.left(n).trimmed();
        rest = rest.mid(n);
    }
    p.setFont(font);
    p.setPen(colour);
    const double lineHeight = fm.height() * 1.15;
    for (int i = 0; i < out.size(); ++i)
        p.drawText(QRectF(r.left(), r.top() + i * lineHeight, r.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   out[i]);
}

struct Frame
{
    QString title;
    QString subtitle;
    QString footerLeft;
    bool anonymised = false;
};

void paintFrame(QPainter &p, const Frame &f)
{
    p.fillRect(QRectF(0, 0, W, H), Qt::white);
    p.fillRect(QRectF(0, 0, W, 14), kAccent);
    drawText(p, QRectF(Margin, 24, W - 2 * Margin, 78), f.title, fitted(f.title, W - 2 * Margin, 60, 40, true), kInk);
    drawText(p, QRectF(Margin, 102, W - 2 * Margin, 48), f.subtitle, fitted(f.subtitle, W - 2 * Margin, 34, 24),
             kSubtle);
    p.setPen(QPen(kRule, 2));
    p.drawLine(QPointF(Margin, FooterTop), QPointF(W - Margin, FooterTop));
    const QFont footer = slideFont(26);
    QString right = QStringLiteral("iitalent");
    if (f.anonymised)
        right = CohortSlidesText::tr("Anonymised") + QStringLiteral("  ·  ") + right;
    const double rightWidth = QFontMetricsF(footer).horizontalAdvance(right) + 8;
    drawText(p, QRectF(Margin, FooterTop + 4, W - 2 * Margin - rightWidth - 24, 52), f.footerLeft, footer, kSubtle);
    drawText(p, QRectF(W - Margin - rightWidth, FooterTop + 4, rightWidth, 52), right, footer, kSubtle,
             Qt::AlignRight | Qt::AlignVCenter);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString modeWords(const CohortText &text, const CohortReport &r)
{
    return text.modeName(r.mode);
}

Frame reportFrame(const CohortText &text, const CohortReport &r, const QString &title)
{
    Frame f;
    f.title = title;
    f.subtitle = QStringLiteral("%1  ·  %2").arg(text.cohortName(r.cohort), text.roleTitle(r));
    f.footerLeft = QStringLiteral("%1  ·  %2  ·  %3  ·  %4")
                       .arg(text.cohortName(r.cohort), text.roleTitle(r), modeWords(text, r), today());
    f.anonymised = r.anonymised;
    return f;
}

void paintEmpty(QPainter &p, const CohortText &text)
{
    drawText(p, QRectF(Margin, ChartTop, W - 2 * Margin, FooterTop - ChartTop - 40), text.noParticipants(),
             slideFont(44), kSubtle, Qt::AlignCenter | Qt::TextWordWrap);
}

void paintLegendSwatch(QPainter &p, double x, double y, double size, const QColor &fill, const QString &mark,
                       const QColor &ink)
{
    p.fillRect(QRectF(x, y, size, size), fill);
    if (!mark.isEmpty())
        drawText(p, QRectF(x, y, size, size), mark, slideFont(size * 0.62), ink, Qt::AlignCenter);
}

// Heatmap: one row per participant, one column per requirement, grouped by dimension, with each
// participant's readiness at the right and the legend below.
void paintHeatmap(QPainter &p, const CohortText &text, const CohortReport &r)
{
    if (r.participants.empty())
        return paintEmpty(p, text);
    const int n = int(r.participants.size());
    const int m = int(r.items.size());
    const double legendH = 50;
    const QRectF area(Margin, ChartTop, W - 2 * Margin, FooterTop - ChartTop - legendH - 12);
    const double bandH = 42, labelH = 38;
    const double gridTop = area.top() + bandH + labelH;
    const double rowH = std::min(64.0, (area.bottom() - gridTop) / n);
    const double rowFontPx = std::clamp(rowH * 0.8, 12.0, 36.0);
    const QFont rowFont = slideFont(rowFontPx);
    double labelW = 0;
    for (const CohortParticipant &pa : r.participants)
        labelW = std::max(labelW, QFontMetricsF(rowFont).horizontalAdvance(pa.label(r.anonymised)));
    labelW = std::clamp(labelW + 24, 110.0, 340.0);
    const double readinessW = std::max(150.0, QFontMetricsF(rowFont).horizontalAdvance(QStringLiteral("100.0%")) + 30);
    const double colW = std::min(140.0, (area.width() - labelW - readinessW) / std::max(1, m));
    const double gridLeft = area.left() + labelW;
    const double gridW = colW * m;

    // The dimensions as bands over their columns, then each column's label ("a.1").
    int start = 0;
    for (int i = 1; i <= m; ++i) {
        if (i < m && r.items[size_t(i)].dimension == r.items[size_t(start)].dimension)
            continue;
        const QRectF band(gridLeft + start * colW, area.top(), (i - start) * colW, bandH - 6);
        p.fillRect(band.adjusted(2, 0, -2, 0), QColor(0xec, 0xef, 0xf1));
        const QString name = text.dimensionName(r.items[size_t(start)].dimension);
        drawText(p, band, name, fitted(name, band.width() - 8, 28, 14, true), kInk, Qt::AlignCenter);
        start = i;
    }
    const QFont colFont = slideFont(std::clamp(colW * 0.36, 14.0, 28.0));
    for (int i = 0; i < m; ++i)
        drawText(p, QRectF(gridLeft + i * colW, area.top() + bandH, colW, labelH),
                 CohortText::itemLabel(r.items[size_t(i)]), colFont, kInk, Qt::AlignCenter);
    const QString readinessHeader = text.readinessHeader();
    drawText(p, QRectF(gridLeft + gridW + 12, area.top() + bandH, readinessW - 12, labelH), readinessHeader,
             fitted(readinessHeader, readinessW - 12, 26, 14, true), kInk, Qt::AlignRight | Qt::AlignVCenter);

    // Rows: too many for every label, every k-th one is named.
    const int labelEvery = rowH >= 13 ? 1 : int(std::ceil(13.0 / rowH));
    const bool marks = rowH >= 20 && colW >= 40;
    const QFont cellFont = slideFont(std::min(rowH * 0.68, colW * 0.4));
    for (int row = 0; row < n; ++row) {
        const CohortParticipant &pa = r.participants[size_t(row)];
        const double y = gridTop + row * rowH;
        if (row % labelEvery == 0)
            drawText(p, QRectF(area.left(), y, labelW - 16, rowH), pa.label(r.anonymised), rowFont, kInk,
                     Qt::AlignRight | Qt::AlignVCenter);
        for (int i = 0; i < m; ++i) {
            const HeatCell kind = heatCell(pa.levels[size_t(i)], r.items[size_t(i)].required);
            const QRectF cell(gridLeft + i * colW + 1, y + 1, colW - 2, rowH - 2);
            p.fillRect(cell, heatCellBackground(kind));
            if (marks)
                drawText(p, cell, heatCellText(pa.levels[size_t(i)], r.items[size_t(i)].required), cellFont,
                         heatCellForeground(kind), Qt::AlignCenter);
        }
        if (row % labelEvery == 0)
            drawText(p, QRectF(gridLeft + gridW + 12, y, readinessW - 12, rowH), percentText(pa.score.readiness),
                     rowFont, kInk, Qt::AlignRight | Qt::AlignVCenter);
    }

    // The legend: the four kinds of cell.
    const double ly = FooterTop - legendH - 4;
    double x = Margin;
    const QFont legendFont = slideFont(26);
    for (HeatCell kind : {HeatCell::Met, HeatCell::OneBelow, HeatCell::TwoOrMoreBelow, HeatCell::Unanswered}) {
        paintLegendSwatch(p, x, ly + 8, 38, heatCellBackground(kind), heatCellMark(kind), heatCellForeground(kind));
        const QString words = text.legendText(kind);
        const double w = QFontMetricsF(legendFont).horizontalAdvance(words);
        drawText(p, QRectF(x + 48, ly, w + 8, legendH), words, legendFont, kInk);
        x += 48 + w + 44;
    }
}

// Readiness across the class (a histogram) and each dimension's mean attainment (bars).
void paintDistribution(QPainter &p, const CohortText &text, const CohortReport &r)
{
    if (r.participants.empty())
        return paintEmpty(p, text);
    const QString line = text.readinessLine(r);
    drawText(p, QRectF(Margin, ChartTop, W - 2 * Margin, 56), line, fitted(line, W - 2 * Margin, 40, 26, true), kInk);
    const double top = ChartTop + 90;
    const double bottom = FooterTop - 40;

    // Left: the histogram.
    const QRectF left(Margin, top, 860, bottom - top);
    const QString histogramTitle = text.histogramTitle();
    drawText(p, QRectF(left.left(), left.top(), left.width(), 50), histogramTitle,
             fitted(histogramTitle, left.width(), 34, 22, true), kSubtle);
    const QStringList bins = CohortText::histogramBins();
    const int most = std::max(1, *std::max_element(r.histogram.begin(), r.histogram.end()));
    const double barsTop = left.top() + 120, barsBottom = left.bottom() - 60;
    const double slot = left.width() / 5.0;
    for (int b = 0; b < 5; ++b) {
        const int count = r.histogram[size_t(b)];
        const double h = (barsBottom - barsTop) * count / most;
        const QRectF bar(left.left() + b * slot + slot * 0.14, barsBottom - h, slot * 0.72, h);
        p.fillRect(bar, kAccent);
        drawText(p, QRectF(bar.left() - 20, bar.top() - 60, bar.width() + 40, 56), QString::number(count),
                 slideFont(44, true), kInk, Qt::AlignHCenter | Qt::AlignBottom);
        drawText(p, QRectF(left.left() + b * slot, barsBottom + 8, slot, 48), bins[b], slideFont(30), kInk,
                 Qt::AlignCenter);
    }
    p.setPen(QPen(kSubtle, 2));
    p.drawLine(QPointF(left.left(), barsBottom), QPointF(left.right(), barsBottom));

    // Right: each dimension's mean attainment.
    const QRectF right(Margin + 960, top, W - 2 * Margin - 960, bottom - top);
    const QString dimensionsTitle = text.dimensionsTitle();
    drawText(p, QRectF(right.left(), right.top(), right.width(), 50), dimensionsTitle,
             fitted(dimensionsTitle, right.width(), 34, 22, true), kSubtle);
    const int dims = std::max<int>(1, int(r.dimensions.size()));
    const double rowH = std::min(150.0, (right.height() - 90) / dims);
    const double barLeft = right.left(), barW = right.width() - 180;
    for (int d = 0; d < int(r.dimensions.size()); ++d) {
        const CohortDimension &dim = r.dimensions[size_t(d)];
        const double y = right.top() + 80 + d * rowH;
        drawText(p, QRectF(barLeft, y, right.width(), 44), text.dimensionName(dim.key), slideFont(34), kInk);
        const QRectF track(barLeft, y + 50, barW, rowH * 0.34);
        p.fillRect(track, QColor(0xee, 0xee, 0xee));
        p.fillRect(QRectF(track.left(), track.top(), barW * std::clamp(dim.meanAttainment, 0.0, 1.0), track.height()),
                   kAccent);
        drawText(p, QRectF(track.right() + 16, track.top() - 10, 164, track.height() + 20),
                 percentText(dim.meanAttainment), slideFont(40, true), kInk, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

// Teach first: what this workshop teaches (the top of the plan that it can deliver) and, apart,
// what needs the workplace or a mentor with what it needs.
void paintPlan(QPainter &p, const Catalog &catalog, const CohortText &text, const CohortReport &r, Language language)
{
    if (r.participants.empty())
        return paintEmpty(p, text);
    if (r.plan.empty()) {
        drawText(p, QRectF(Margin, ChartTop, W - 2 * Margin, 400), text.planIntro(r), slideFont(44), kSubtle,
                 Qt::AlignCenter | Qt::TextWordWrap);
        return;
    }
    const int n = int(r.participants.size());
    const double top = ChartTop;
    const double bottom = FooterTop - 30;
    const int maxRows = 5; // two lines of text and a bar each, in type read from the back

    auto column = [&](const QRectF &box, const QString &heading, const std::vector<WorkshopPlacement> &list,
                      bool here) {
        p.fillRect(QRectF(box.left(), box.top(), box.width(), 64), here ? kAccent : QColor(0x75, 0x75, 0x75));
        drawText(p, QRectF(box.left() + 20, box.top(), box.width() - 40, 64), heading,
                 fitted(heading, box.width() - 40, 34, 22, true), Qt::white);
        const int shown = std::min<int>(maxRows, int(list.size()));
        const double rowH = (box.height() - 84 - 40) / maxRows;
        int most = 1;
        for (const WorkshopPlacement &pl : list)
            most = std::max(most, r.plan[size_t(pl.step)].gapPoints);
        for (int i = 0; i < shown; ++i) {
            const WorkshopPlacement &pl = list[size_t(i)];
            const WorkshopStep &s = r.plan[size_t(pl.step)];
            const Requirement *req = catalog.requirement(s.requirement);
            const double y = box.top() + 84 + i * rowH;
            drawText(p, QRectF(box.left(), y, 64, 56), QString::number(pl.rank), slideFont(40, true),
                     here ? kAccent : kSubtle, Qt::AlignCenter);
            const double x = box.left() + 76, w = box.width() - 76;
            QString head = s.requirement + QStringLiteral("  ") + (req ? req->textZh : QString());
            drawWrapped(p, QRectF(x, y, w, rowH), head, slideFont(30), kInk, here ? 2 : 1);
            const double howY = y + (here ? 2 : 1) * QFontMetricsF(slideFont(30)).height() * 1.15 + 4;
            if (here) {
                const double barW = (w - 360) * s.gapPoints / most;
                p.fillRect(QRectF(x, howY + 8, std::max(4.0, barW), 22), QColor(0xfb, 0xd8, 0x9c));
                const QString gap =
                    CohortSlidesText::tr("%1 gap points · %2 of %3 met").arg(s.gapPoints).arg(s.met).arg(n);
                drawText(p, QRectF(x + std::max(4.0, barW) + 14, howY, w, 38), gap, slideFont(26), kSubtle);
            } else {
                // What it needs, in short (the documents give the whole reason with the providers).
                QStringList methods;
                for (const QString &id : pl.neededMethods)
                    methods << improvementMethodLabel(catalog, id, language);
                const QString needs = methods.isEmpty() ? workshopReasonText(catalog, pl, language)
                                                        : CohortSlidesText::tr("Needs %1").arg(text.join(methods));
                drawWrapped(p, QRectF(x, howY, w, rowH), needs, slideFont(26), kSubtle, 2);
            }
        }
        if (int(list.size()) > shown)
            drawText(p, QRectF(box.left() + 76, box.bottom() - 38, box.width() - 76, 38),
                     CohortSlidesText::tr("and %n more", nullptr, int(list.size()) - shown), slideFont(28), kSubtle);
        if (list.empty())
            drawText(p, QRectF(box.left() + 20, box.top() + 90, box.width() - 40, 120),
                     here ? CohortSlidesText::tr("Nothing in the plan suits what this workshop delivers.")
                          : CohortSlidesText::tr("Everything in the plan can be taught here."),
                     slideFont(30), kSubtle, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    };
    const double gap = 48;
    const double leftW = (W - 2 * Margin - gap) * 0.58;
    column(QRectF(Margin, top, leftW, bottom - top), CohortSlidesText::tr("Teach here first"), r.workshop.teachableHere,
           true);
    column(QRectF(Margin + leftW + gap, top, W - 2 * Margin - leftW - gap, bottom - top),
           CohortSlidesText::tr("Needs the workplace or a mentor"), r.workshop.elsewhere, false);
}

// The mean of each participant's share over the matched people, before and after (readiness,
// then each dimension).
struct ChangeMeans
{
    std::vector<double> before, after; // readiness, then a..d
};

ChangeMeans changeMeans(const CohortChange &c)
{
    QHash<QString, const CohortParticipant *> before, after;
    for (const CohortParticipant &p : c.before.participants)
        before.insert(p.assessmentId, &p);
    for (const CohortParticipant &p : c.after.participants)
        after.insert(p.assessmentId, &p);
    const size_t dims = c.dimensions.size();
    ChangeMeans m;
    m.before.assign(dims + 1, 0.0);
    m.after.assign(dims + 1, 0.0);
    if (c.matched.empty())
        return m;
    const double k = double(c.matched.size());
    auto attainment = [](const CohortParticipant *p, size_t d) {
        return p && d < p->score.dimensions.size() ? p->score.dimensions[d].attainment : 0.0;
    };
    for (const CohortChange::Participant &p : c.matched) {
        m.before[0] += p.before / k;
        m.after[0] += p.after / k;
        for (size_t d = 0; d < dims; ++d) {
            m.before[d + 1] += attainment(before.value(p.beforeId), d) / k;
            m.after[d + 1] += attainment(after.value(p.afterId), d) / k;
        }
    }
    return m;
}

void paintChange(QPainter &p, const CohortText &text, const CohortChange &c, Language language)
{
    if (c.matched.empty()) {
        drawText(p, QRectF(Margin, ChartTop, W - 2 * Margin, 400),
                 CohortSlidesText::tr("Nobody took part in both cohorts."), slideFont(44), kSubtle,
                 Qt::AlignCenter | Qt::TextWordWrap);
        return;
    }
    const ChangeMeans m = changeMeans(c);
    QStringList groups{text.readinessHeader()};
    std::vector<std::optional<double>> deltas{c.meanDelta};
    for (const CohortChange::DimensionDelta &d : c.dimensions) {
        groups << text.dimensionName(d.key);
        deltas.push_back(d.meanDelta);
    }

    // The legend: the two cohorts.
    const QFont legendFont = slideFont(30);
    double x = Margin;
    for (int i = 0; i < 2; ++i) {
        const QString name = text.cohortName(i == 0 ? c.before.cohort : c.after.cohort);
        p.fillRect(QRectF(x, ChartTop + 10, 40, 40), i == 0 ? kBefore : kAccent);
        const double w = std::min(720.0, QFontMetricsF(legendFont).horizontalAdvance(name) + 8);
        drawText(p, QRectF(x + 54, ChartTop, w, 60), name, legendFont, kInk);
        x += 54 + w + 60;
    }

    const double top = ChartTop + 150, bottom = FooterTop - 150;
    const double left = Margin + 110, right = W - Margin;
    // Axis: 0-100%.
    const QFont axisFont = slideFont(28);
    for (int t = 0; t <= 100; t += 25) {
        const double y = bottom - (bottom - top) * t / 100.0;
        p.setPen(QPen(t == 0 ? kSubtle : kRule, t == 0 ? 2 : 1));
        p.drawLine(QPointF(left, y), QPointF(right, y));
        drawText(p, QRectF(Margin, y - 20, 96, 40), QStringLiteral("%1%").arg(t), axisFont, kSubtle,
                 Qt::AlignRight | Qt::AlignVCenter);
    }
    const double slot = (right - left) / groups.size();
    const QFont valueFont = slideFont(30, true);
    for (int g = 0; g < groups.size(); ++g) {
        const double gx = left + g * slot;
        const double barW = slot * 0.32;
        for (int i = 0; i < 2; ++i) {
            const double share = std::clamp(i == 0 ? m.before[size_t(g)] : m.after[size_t(g)], 0.0, 1.0);
            const double h = (bottom - top) * share;
            const QRectF bar(gx + slot * 0.16 + i * (barW + slot * 0.04), bottom - h, barW, h);
            p.fillRect(bar, i == 0 ? kBefore : kAccent);
            drawText(p, QRectF(bar.left() - 30, bar.top() - 46, bar.width() + 60, 42), percentText(share), valueFont,
                     kInk, Qt::AlignHCenter | Qt::AlignBottom);
        }
        drawText(p, QRectF(gx, bottom + 10, slot, 48), groups[g], fitted(groups[g], slot - 10, 32, 18), kInk,
                 Qt::AlignCenter);
        if (deltas[size_t(g)]) {
            const double d = *deltas[size_t(g)];
            const qint64 tenths = pointChangeTenths(d);
            drawText(p, QRectF(gx, bottom + 62, slot, 60), pointChangeText(d, language), slideFont(40, true),
                     tenths > 0 ? kGood : (tenths < 0 ? kBad : kSubtle), Qt::AlignCenter);
        }
    }
}

void withSlideCoordinates(QPainter &painter, const QRectF &target, const std::function<void()> &paint)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / W, target.height() / H);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(QRectF(0, 0, W, H));
    paint();
    painter.restore();
}

} // namespace

QSize slideSize()
{
    return QSize(int(W), int(H));
}

QString slideName(CohortSlide slide)
{
    switch (slide) {
    case CohortSlide::Heatmap: return QStringLiteral("heatmap");
    case CohortSlide::Distribution: return QStringLiteral("distribution");
    case CohortSlide::Plan: return QStringLiteral("plan");
    }
    return QStringLiteral("slide");
}

QString changeSlideName()
{
    return QStringLiteral("before-after");
}

std::vector<CohortSlide> cohortSlides()
{
    return {CohortSlide::Heatmap, CohortSlide::Distribution, CohortSlide::Plan};
}

void paintCohortSlide(QPainter &painter, const QRectF &target, const Catalog &catalog, const CohortReport &report,
                      CohortSlide slide, Language language)
{
    const CohortText text(catalog, language);
    withSlideCoordinates(painter, target, [&] {
        switch (slide) {
        case CohortSlide::Heatmap:
            paintFrame(painter, reportFrame(text, report, text.heatmapTitle()));
            paintHeatmap(painter, text, report);
            break;
        case CohortSlide::Distribution:
            paintFrame(painter,
                       reportFrame(text, report, CohortSlidesText::tr("Readiness and dimensions across the class")));
            paintDistribution(painter, text, report);
            break;
        case CohortSlide::Plan: {
            Frame f = reportFrame(text, report, CohortSlidesText::tr("Teach first: the class's priorities"));
            f.subtitle = text.planOfferLine(report);
            paintFrame(painter, f);
            paintPlan(painter, catalog, text, report, language);
            break;
        }
        }
    });
}

void paintChangeSlide(QPainter &painter, const QRectF &target, const Catalog &catalog, const CohortChange &change,
                      Language language)
{
    const CohortText text(catalog, language);
    withSlideCoordinates(painter, target, [&] {
        Frame f;
        f.title = text.changeDimensionsTitle();
        f.subtitle =
            CohortSlidesText::tr("%1 → %2  ·  %3  ·  %n participant(s) in both", nullptr, int(change.matched.size()))
                .arg(text.cohortName(change.before.cohort), text.cohortName(change.after.cohort),
                     text.roleTitle(change.after));
        f.footerLeft =
            QStringLiteral("%1 → %2  ·  %3  ·  %4")
                .arg(change.before.cohort.name, change.after.cohort.name, text.roleTitle(change.after), today());
        f.anonymised = change.after.anonymised;
        paintFrame(painter, f);
        paintChange(painter, text, change, language);
    });
}

Result<QByteArray> slidePng(const SlidePainter &paint)
{
    QImage image(slideSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Result<QByteArray>::failure(QStringLiteral("Could not make an image of 1920 x 1080 pixels."));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(slideSize())));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Result<QByteArray>::failure(writer.errorString());
    return buffer.data();
}

QByteArray slideSvg(const SlidePainter &paint, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(slideSize());
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(slideSize())));
    generator.setTitle(title);
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(painter, QRectF(QPointF(0, 0), QSizeF(slideSize())));
    painter.end();
    return buffer.data();
}

Result<std::vector<SlideFile>> cohortSlideFiles(const Catalog &catalog, const CohortReport &report,
                                                const CohortChange *change, Language language)
{
    std::vector<SlideFile> files;
    auto add = [&](const QString &name, const SlidePainter &paint) -> Status {
        auto png = slidePng(paint);
        if (!png)
            return Status::failure(png.error());
        files.push_back({name + QStringLiteral(".png"), png.value()});
        files.push_back({name + QStringLiteral(".svg"), slideSvg(paint, name)});
        return Status();
    };
    for (CohortSlide slide : cohortSlides()) {
        const Status s = add(slideName(slide), [&](QPainter &p, const QRectF &r) {
            paintCohortSlide(p, r, catalog, report, slide, language);
        });
        if (!s)
            return Result<std::vector<SlideFile>>::failure(s.error());
    }
    if (change) {
        const Status s = add(changeSlideName(),
                             [&](QPainter &p, const QRectF &r) { paintChangeSlide(p, r, catalog, *change, language); });
        if (!s)
            return Result<std::vector<SlideFile>>::failure(s.error());
    }
    return files;
}

} // namespace iitalent

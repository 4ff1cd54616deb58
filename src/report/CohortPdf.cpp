// The cohort documents as pages (PDF, or a printer): A4 landscape, laid out top to bottom by hand
// with QPainter, since the heatmap is a grid that splits over pages both ways (rows onto the next
// page under the repeated column head, columns into chunks that each repeat the participants).
#include "CohortDocuments.h"

#include "CohortText.h"
#include "DocumentPager.h"
#include "ReportFonts.h"
#include "Scoring.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace iitalent {

namespace {

using report::CohortText;
using report::Field;
using report::TextTable;

using Pager = report::DocumentPager;
using CellText = report::HeatCellText;
const QColor &kRule = report::kDocumentRule;
const QColor &kHeaderFill = report::kDocumentHeaderFill;
const QColor &kSubtle = report::kDocumentSubtle;
const QColor kLightRule(0xd0, 0xd0, 0xd0);
const QColor kBandFill(0xd6, 0xd6, 0xd6);
const QColor kBar(0x3b, 0x6e, 0xa5);
const QColor kTrack(0xec, 0xec, 0xec);

// A step of 1, 2 or 5 times a power of ten that divides 0..`top` into at most five parts.
int niceStep(int top)
{
    int step = 1;
    for (int scale = 1;; scale *= 10)
        for (int m : {1, 2, 5})
            if (top <= (step = m * scale) * 5)
                return step;
}

// The readiness histogram: five bars with their counts, vector-drawn.
void paintHistogram(Pager &pg, const QRectF &area, const CohortText &text, const CohortReport &r)
{
    const double mm = pg.mm;
    const QFont title = pg.font(9.5, true);
    const QFont small = pg.font(7.5);
    const QFont count = pg.font(8, true);
    pg.text(QRectF(area.left(), area.top(), area.width(), pg.lineHeight(title)), Qt::AlignLeft | Qt::AlignTop, title,
            Qt::black, text.histogramTitle());
    const double axisTop = area.top() + pg.lineHeight(title) + 1 * mm;
    pg.text(QRectF(area.left(), axisTop, area.width(), pg.lineHeight(small)), Qt::AlignLeft | Qt::AlignTop, small,
            kSubtle, text.histogramAxis());
    const QRectF plot(area.left() + 10 * mm, axisTop + pg.lineHeight(small) + pg.lineHeight(count) + 1 * mm,
                      area.width() - 12 * mm, 0);
    const double bottom = area.bottom() - pg.lineHeight(small) - 2 * mm;
    const QRectF box(plot.left(), plot.top(), plot.width(), bottom - plot.top());
    const int most = std::max(1, *std::max_element(r.histogram.begin(), r.histogram.end()));
    const int step = niceStep(most);
    const int top = ((most + step - 1) / step) * step;
    for (int v = 0; v <= top; v += step) {
        const double yy = box.bottom() - box.height() * v / top;
        pg.line(QPointF(box.left(), yy), QPointF(box.right(), yy), kLightRule, 0.15);
        pg.text(QRectF(area.left(), yy - 3 * mm, 8.5 * mm, 6 * mm), Qt::AlignRight | Qt::AlignVCenter, small, kSubtle,
                QString::number(v));
    }
    const QStringList bins = CohortText::histogramBins();
    const double slot = box.width() / 5.0;
    for (int b = 0; b < 5; ++b) {
        const int n = r.histogram[size_t(b)];
        const double h = box.height() * n / top;
        const double x = box.left() + slot * b;
        const QRectF bar(x + slot * 0.18, box.bottom() - h, slot * 0.64, h);
        pg.fill(bar, kBar);
        pg.text(QRectF(x, bar.top() - pg.lineHeight(count) - 0.5 * mm, slot, pg.lineHeight(count)),
                Qt::AlignHCenter | Qt::AlignBottom, count, Qt::black, QString::number(n));
        pg.text(QRectF(x, box.bottom() + 1 * mm, slot, pg.lineHeight(small)), Qt::AlignHCenter | Qt::AlignTop, small,
                Qt::black, bins.at(b));
    }
    pg.line(box.bottomLeft(), box.bottomRight(), Qt::black, 0.3);
}

// Each dimension's mean attainment as a horizontal bar against 100%.
void paintDimensions(Pager &pg, const QRectF &area, const CohortText &text, const CohortReport &r)
{
    const double mm = pg.mm;
    const QFont title = pg.font(9.5, true);
    const QFont label = pg.font(8.5);
    const QFont value = pg.font(8.5, true);
    const QFont small = pg.font(7.5);
    pg.text(QRectF(area.left(), area.top(), area.width(), pg.lineHeight(title)), Qt::AlignLeft | Qt::AlignTop, title,
            Qt::black, text.dimensionsTitle());
    double labelW = 0;
    for (const CohortDimension &d : r.dimensions)
        labelW = std::max(labelW, pg.textWidth(label, text.dimensionLabel(d.key)));
    labelW = std::min(labelW + 2 * mm, area.width() * 0.45);
    const double valueW = pg.textWidth(value, QStringLiteral("100.0%")) + 2 * mm;
    const double top = area.top() + pg.lineHeight(title) + 3 * mm;
    const double bottom = area.bottom() - pg.lineHeight(small) - 2 * mm;
    const QRectF track(area.left() + labelW, top, area.width() - labelW - valueW, bottom - top);
    for (int g = 0; g <= 4; ++g) {
        const double x = track.left() + track.width() * g / 4.0;
        pg.line(QPointF(x, track.top()), QPointF(x, track.bottom()), kLightRule, 0.15);
        pg.text(QRectF(x - 8 * mm, track.bottom() + 1 * mm, 16 * mm, pg.lineHeight(small)),
                Qt::AlignHCenter | Qt::AlignTop, small, kSubtle, QStringLiteral("%1%").arg(g * 25));
    }
    const int n = std::max<int>(1, static_cast<int>(r.dimensions.size()));
    const double slot = track.height() / n;
    for (int i = 0; i < static_cast<int>(r.dimensions.size()); ++i) {
        const CohortDimension &d = r.dimensions[size_t(i)];
        const double yy = track.top() + slot * i;
        const QRectF row(track.left(), yy + slot * 0.2, track.width(), slot * 0.6);
        pg.fill(row, kTrack);
        pg.fill(QRectF(row.left(), row.top(), row.width() * std::clamp(d.meanAttainment, 0.0, 1.0), row.height()),
                kBar);
        pg.text(QRectF(area.left(), yy, labelW - 2 * mm, slot), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                label, Qt::black, text.dimensionLabel(d.key));
        pg.text(QRectF(track.right() + 1.5 * mm, yy, valueW, slot), Qt::AlignLeft | Qt::AlignVCenter, value, Qt::black,
                percentText(d.meanAttainment));
    }
}

// How the heatmap's cells set their mark and rating (heatCellText: "✔ 3", "?" alone), centred:
// the rating on the cell's middle, the mark centred on the same middle by its outline.
// The legend of the heatmap on one line, with the column chunk's caption at its right.
void paintLegend(Pager &pg, const CohortText &text, const CellText &cells, double height, const QString &caption)
{
    const double mm = pg.mm;
    const QFont font = pg.font(7.5);
    double x = pg.content.left();
    for (HeatCell c : {HeatCell::Met, HeatCell::OneBelow, HeatCell::TwoOrMoreBelow, HeatCell::Unanswered}) {
        const QRectF swatch(x, pg.y + 0.6 * mm, 7 * mm, height - 1.6 * mm);
        pg.fill(swatch, heatCellBackground(c));
        pg.box(swatch, kRule, 0.15);
        cells.paint(pg, swatch, c, QString());
        x += 8.5 * mm;
        const QString label = text.legendText(c);
        pg.text(QRectF(x, pg.y, pg.textWidth(font, label) + 1 * mm, height - 0.4 * mm),
                Qt::AlignLeft | Qt::AlignVCenter, font, Qt::black, label);
        x += pg.textWidth(font, label) + 6 * mm;
    }
    if (!caption.isEmpty())
        pg.text(QRectF(pg.content.left(), pg.y, pg.content.width(), height - 0.4 * mm),
                Qt::AlignRight | Qt::AlignVCenter, pg.font(7.5, true), Qt::black, caption);
    pg.y += height;
}

// The heatmap: participants (rows) × the role's requirements (columns). Rows run onto further
// pages under the repeated legend and column head; when the requirements do not fit the page's
// width, they are cut into chunks of columns, each starting a new page with the participants again.
void paintHeatmap(Pager &pg, const CohortText &text, const CohortReport &r)
{
    const double mm = pg.mm;
    const QFont cellFont = pg.font(7.5);
    const QFont boldFont = pg.font(7.5, true);
    const QFont headFont = pg.font(7, true);
    const CellText cells(pg, cellFont);
    const double pad = 1.0 * mm;
    const double gap = 0.15 * mm; // white between coloured cells
    const double rowH = 4.3 * mm;
    const double legendH = 5.2 * mm;
    const double bandH = 4.4 * mm;
    const double itemH = 2 * pg.lineHeight(headFont) + 1.2 * mm;
    const int n = static_cast<int>(r.participants.size());
    const int items = static_cast<int>(r.items.size());
    if (n == 0 || items == 0) {
        pg.paragraph(text.noParticipants());
        return;
    }

    // Column widths: the P-numbers (beside names; alone when anonymised), the labels, readiness.
    auto widest = [&](const QFont &f, double w, const QString &s) { return std::max(w, pg.textWidth(f, s) + 2 * pad); };
    const bool codes = !r.anonymised;
    double codeW = 0;
    if (codes) {
        codeW = widest(headFont, 0, text.codeHeader());
        for (const CohortParticipant &p : r.participants)
            codeW = widest(cellFont, codeW, p.code);
    }
    double labelW = widest(headFont, 0, text.participantHeader());
    for (const CohortParticipant &p : r.participants)
        labelW = widest(cellFont, labelW, p.label(r.anonymised));
    labelW = std::clamp(labelW, 16 * mm, 46 * mm);
    labelW = std::max(labelW, widest(boldFont, 0, text.metRowLabel(n)) - codeW);
    double readyW = widest(headFont, 0, text.readinessHeader());
    readyW = widest(cellFont, readyW, QStringLiteral("100.0%"));
    const double avail = pg.content.width() - codeW - labelW - readyW;
    const double minCol = 8.0 * mm;
    const double maxCol = 14.0 * mm;
    int perChunk = std::max(1, static_cast<int>(avail / minCol));
    const int chunks = (items + perChunk - 1) / perChunk;
    perChunk = (items + chunks - 1) / chunks;
    const double colW = std::min(maxCol, avail / perChunk);
    const double x0 = pg.content.left();
    const double xLabel = x0 + codeW;
    const double xReady = xLabel + labelW;
    const double xItems = xReady + readyW;

    auto head = [&](int from, int to) {
        paintLegend(pg, text, cells, legendH, chunks > 1 ? text.columnsCaption(from + 1, to, items) : QString());
        const double h = bandH + itemH;
        auto spanning = [&](double x, double w, const QString &s, int align) {
            const QRectF cell(x, pg.y, w, h);
            pg.fill(cell, kHeaderFill);
            pg.box(cell, kRule, 0.15);
            pg.text(cell.adjusted(pad, 0, -pad, 0), align | Qt::AlignVCenter, headFont, Qt::black, s);
        };
        if (codes)
            spanning(x0, codeW, text.codeHeader(), Qt::AlignLeft);
        spanning(xLabel, labelW, text.participantHeader(), Qt::AlignLeft);
        spanning(xReady, readyW, text.readinessHeader(), Qt::AlignRight);
        // The dimensions over their items, then each item with its required level.
        for (int i = from; i < to;) {
            int j = i;
            while (j < to && r.items[size_t(j)].dimension == r.items[size_t(i)].dimension)
                ++j;
            const QRectF band(xItems + (i - from) * colW, pg.y, (j - i) * colW, bandH);
            pg.fill(band, kBandFill);
            pg.box(band, kRule, 0.15);
            if (pg.painting()) {
                const QString full = text.dimensionLabel(r.items[size_t(i)].dimension);
                QString shown = pg.metrics(headFont).elidedText(full, Qt::ElideRight, band.width() - 2 * pad);
                if (shown.size() <= 2)
                    shown = r.items[size_t(i)].dimension;
                pg.text(band.adjusted(pad, 0, -pad, 0), Qt::AlignCenter, headFont, Qt::black, shown);
            }
            i = j;
        }
        for (int i = from; i < to; ++i) {
            const CohortItem &item = r.items[size_t(i)];
            const QRectF cell(xItems + (i - from) * colW, pg.y + bandH, colW, itemH);
            pg.fill(cell, kHeaderFill);
            pg.box(cell, kRule, 0.15);
            pg.text(cell, Qt::AlignCenter, headFont, Qt::black,
                    QStringLiteral("%1\n≥%2").arg(CohortText::itemLabel(item)).arg(item.required));
        }
        pg.y += h;
    };

    auto row = [&](const CohortParticipant &p, int from, int to) {
        if (pg.painting()) {
            const double y = pg.y;
            if (codes)
                pg.text(QRectF(x0 + pad, y, codeW - 2 * pad, rowH), Qt::AlignLeft | Qt::AlignVCenter, cellFont, kSubtle,
                        p.code);
            pg.text(QRectF(xLabel + pad, y, labelW - 2 * pad, rowH), Qt::AlignLeft | Qt::AlignVCenter, cellFont,
                    Qt::black,
                    pg.metrics(cellFont).elidedText(p.label(r.anonymised), Qt::ElideRight, labelW - 2 * pad));
            pg.text(QRectF(xReady + pad, y, readyW - 2 * pad, rowH), Qt::AlignRight | Qt::AlignVCenter, cellFont,
                    Qt::black, percentText(p.score.readiness));
            pg.line(QPointF(x0, y + rowH), QPointF(xItems, y + rowH), kLightRule, 0.15);
            for (int i = from; i < to; ++i) {
                const std::optional<int> &level = p.levels[size_t(i)];
                const int required = r.items[size_t(i)].required;
                const HeatCell kind = heatCell(level, required);
                const QRectF cell(xItems + (i - from) * colW, y, colW, rowH);
                pg.fill(cell.adjusted(gap, gap, -gap, -gap), heatCellBackground(kind));
                cells.paint(pg, cell, kind, heatCellLevel(level));
            }
        }
        pg.y += rowH;
    };

    auto summary = [&](int from, int to) {
        const double y = pg.y + 0.8 * mm;
        const QRectF label(x0, y, xItems - x0, rowH);
        pg.fill(label, kHeaderFill);
        pg.text(label.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter, boldFont, Qt::black,
                text.metRowLabel(n));
        for (int i = from; i < to; ++i) {
            const QRectF cell(xItems + (i - from) * colW, y, colW, rowH);
            pg.fill(cell.adjusted(gap, gap, -gap, -gap), kHeaderFill);
            pg.text(cell, Qt::AlignCenter, boldFont, Qt::black, QString::number(r.items[size_t(i)].met));
        }
        pg.y = y + rowH;
    };

    for (int c = 0; c < chunks; ++c) {
        const int from = c * perChunk;
        const int to = std::min(items, from + perChunk);
        // The head with at least two rows (or the whole of a short class) below it.
        const double first = legendH + bandH + itemH + std::min(n, 2) * rowH + (n <= 2 ? rowH + mm : 0.0);
        if (c > 0 && !pg.atTop())
            pg.newPage();
        pg.ensure(first);
        head(from, to);
        for (int k = 0; k < n; ++k) {
            // The last row goes with the summary row.
            const double need = rowH + (k == n - 1 ? rowH + 0.8 * mm : 0.0);
            if (!pg.fits(need)) {
                pg.newPage();
                head(from, to);
            }
            row(r.participants[size_t(k)], from, to);
        }
        summary(from, to);
    }
    pg.y += 3 * mm;
}

void layOutReport(Pager &pg, const CohortText &text, const CohortReport &r)
{
    const double mm = pg.mm;
    pg.title(text.reportTitle(), text.runningHeader(r));
    pg.fields(text.reportFields(r));
    if (r.anonymised)
        pg.paragraph(text.anonymisedNote(), 9, Qt::black, true);

    const double chartH = 68 * mm;
    pg.heading(text.overviewTitle(), chartH);
    pg.paragraph(text.readinessLine(r), 10, Qt::black, true);
    pg.ensure(chartH);
    if (pg.painting()) {
        const double half = pg.content.width() * 0.47;
        paintHistogram(pg, QRectF(pg.content.left(), pg.y, half, chartH), text, r);
        paintDimensions(pg, QRectF(pg.content.right() - half, pg.y, half, chartH), text, r);
    }
    pg.y += chartH + 1 * mm;
    pg.paragraph(text.histogramNote(), 8, kSubtle);

    // The heatmap starts a page of its own, so that a class of 30 is on one page.
    if (!pg.atTop())
        pg.newPage();
    pg.heading(text.heatmapTitle(), 30 * mm);
    pg.paragraph(text.heatmapIntro(), 8.5, kSubtle);
    paintHeatmap(pg, text, r);

    pg.heading(text.planTitle(), 25 * mm);
    pg.paragraph(text.planIntro(r));
    if (!r.plan.empty()) {
        pg.paragraph(text.planOfferLine(r));
        if (!r.workshop.teachableHere.empty())
            pg.table(text.planTable(r));
        if (!r.workshop.elsewhere.empty()) {
            pg.heading(text.elsewhereTitle(), 20 * mm);
            pg.paragraph(text.elsewhereIntro(r));
            pg.table(text.elsewhereTable(r));
        }
        pg.paragraph(text.mappingNote(), 8, kSubtle);
    }
    pg.paragraph(text.generatedLine(), 8, kSubtle);
}

void layOutChange(Pager &pg, const CohortText &text, const CohortChange &c)
{
    const double mm = pg.mm;
    pg.title(text.changeTitle(), text.runningHeader(c));
    pg.fields(text.changeFields(c));
    if (c.after.anonymised || c.before.anonymised)
        pg.paragraph(text.anonymisedNote(), 9, Qt::black, true);

    pg.heading(text.changeDimensionsTitle(), 30 * mm);
    pg.paragraph(text.changeSummary(c), 10, Qt::black, true);
    pg.table(text.changeDimensionTable(c), 0.7);

    pg.heading(text.changeItemsTitle(), 20 * mm);
    pg.table(text.changeItemTable(c));

    pg.heading(text.changeParticipantsTitle(), 15 * mm);
    if (c.matched.empty())
        pg.paragraph(text.nobody());
    else
        pg.table(text.changeParticipantTable(c), 0.7);

    for (const bool before : {true, false}) {
        pg.heading(before ? text.onlyBeforeTitle(c) : text.onlyAfterTitle(c), 8 * mm);
        const QStringList labels = CohortText::absentLabels(c, before);
        pg.paragraph(labels.isEmpty() ? text.nobody() : text.join(labels));
    }
    pg.paragraph(text.generatedLine(), 8, kSubtle);
}

QString missingRole(const QString &code)
{
    return CohortText::tr("role %1 is not in this catalog").arg(code);
}

} // namespace

Result<int> paintCohortReport(QPagedPaintDevice &device, const Catalog &catalog, const CohortReport &report,
                              Language language)
{
    if (!report.role)
        return Result<int>::failure(missingRole(report.roleCode));
    const CohortText text(catalog, language);
    return report::paintDocumentPages(device, text, text.reportTitle(), text.runningHeader(report),
                                      [&](Pager &pg) { layOutReport(pg, text, report); });
}

Result<int> paintCohortChange(QPagedPaintDevice &device, const Catalog &catalog, const CohortChange &change,
                              Language language)
{
    if (!change.after.role)
        return Result<int>::failure(missingRole(change.after.roleCode));
    const CohortText text(catalog, language);
    return report::paintDocumentPages(device, text, text.changeTitle(), text.runningHeader(change),
                                      [&](Pager &pg) { layOutChange(pg, text, change); });
}

Result<QByteArray> cohortReportPdf(const Catalog &catalog, const CohortReport &report, Language language)
{
    const CohortText text(catalog, language);
    return report::documentPdf(
        QStringLiteral("%1 — %2").arg(text.reportTitle(), text.runningHeader(report)),
        [&](QPagedPaintDevice &device) { return paintCohortReport(device, catalog, report, language); });
}

Result<QByteArray> cohortChangePdf(const Catalog &catalog, const CohortChange &change, Language language)
{
    const CohortText text(catalog, language);
    return report::documentPdf(
        QStringLiteral("%1 — %2").arg(text.changeTitle(), text.runningHeader(change)),
        [&](QPagedPaintDevice &device) { return paintCohortChange(device, catalog, change, language); });
}

} // namespace iitalent

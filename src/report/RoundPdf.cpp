// The hiring-meeting document as pages (PDF, or a printer), laid out top to bottom by hand with
// QPainter as the class report is: the round, the rule, the must-haves and the ranking on A4
// landscape pages (the ranking is wide), then each scorecard the document has on an A4
// portrait page of its own (its items run down the page), then the panel's figures.
#include "RoundDocuments.h"

#include "CohortDocuments.h"
#include "DocumentPager.h"
#include "ReportFonts.h"
#include "RoundText.h"
#include "Scoring.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <functional>
#include <numeric>

namespace iitalent {

namespace {

using report::Field;
using report::RoundCell;
using report::RoundTable;
using report::RoundText;
using report::TextTable;

using Pager = report::DocumentPager;
using CellText = report::HeatCellText;
const QColor &kRule = report::kDocumentRule;
const QColor &kHeaderFill = report::kDocumentHeaderFill;
const QColor &kSubtle = report::kDocumentSubtle;
const QColor kLightRule(0xc8, 0xc8, 0xc8);
const QColor kFlag(0xa3, 0x3c, 0x00); // a failed must-have, an open disagreement

using Orientation = QPageLayout::Orientation;

// The width of the longest word of `text` (where it can wrap).
double longestWord(const Pager &pg, const QFont &font, const QString &text)
{
    const QFontMetricsF metrics = pg.metrics(font);
    double longest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

// A RoundTable: running text left and wrapped, figures centred, levels as the heatmap's cells,
// flags in bold dark orange. Its head is repeated on every page it runs onto, and a row is never
// split over two pages.
void grid(Pager &pg, const RoundTable &t, double points)
{
    const double mm = pg.mm;
    const int cols = static_cast<int>(t.headers.size());
    std::vector<double> widths = pg.columnWidths(t.widths, cols, 1.0);
    const QFont body = pg.font(points);
    const QFont bold = pg.font(points, true);
    const QFont head = pg.font(points - 0.5, true);
    const CellText cells(pg, body);
    const double pad = 1.0 * mm;
    const double vpad = 0.8 * mm;
    const double gap = 0.15 * mm; // white between coloured cells
    const double minRow = pg.lineHeight(body) + 2 * vpad;
    auto fontOf = [&](const RoundCell &c) { return c.strong || c.flag ? bold : body; };

    // A figure column is at least as wide as the longest word of its head and its widest cell (a
    // panel member's name, "Completeness", "100.0%"); the running-text columns give up the room,
    // down to half their share. A head still too wide for its column then breaks within words.
    double extra = 0;
    double textWidth = 0;
    for (int c = 0; c < cols; ++c) {
        if (t.isText(c)) {
            textWidth += widths[size_t(c)];
            continue;
        }
        double need = longestWord(pg, head, t.headers.at(c));
        for (const std::vector<RoundCell> &row : t.rows)
            if (c < static_cast<int>(row.size()))
                need = std::max(need, longestWord(pg, fontOf(row[size_t(c)]), row[size_t(c)].text));
        need += 2 * pad + 0.5 * mm;
        if (need > widths[size_t(c)]) {
            extra += need - widths[size_t(c)];
            widths[size_t(c)] = need;
        }
    }
    if (extra > 0 && textWidth > 0) {
        const double take = std::min(extra, textWidth / 2);
        for (int c = 0; c < cols; ++c)
            if (t.isText(c))
                widths[size_t(c)] *= (textWidth - take) / textWidth;
        textWidth -= take;
    }
    // Still too wide: the figure columns share what is left.
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > pg.content.width() + 0.01 * mm) {
        const double figures = total - textWidth;
        for (int c = 0; c < cols; ++c)
            if (!t.isText(c))
                widths[size_t(c)] *= (pg.content.width() - textWidth) / figures;
    }
    std::vector<int> headFlags(size_t(cols), 0);
    for (int c = 0; c < cols; ++c) {
        const double longest = longestWord(pg, head, t.headers.at(c));
        headFlags[size_t(c)] = (t.isText(c) ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignBottom |
                               (longest > widths[size_t(c)] - 2 * pad ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
    }
    auto rowHeight = [&](const std::vector<RoundCell> &row) {
        double h = minRow;
        for (int c = 0; c < cols && c < static_cast<int>(row.size()); ++c)
            if (!row[size_t(c)].heat)
                h = std::max(
                    h, pg.wrappedHeight(fontOf(row[size_t(c)]), widths[size_t(c)] - 2 * pad, row[size_t(c)].text) +
                           2 * vpad);
        return h;
    };
    double headH = 0;
    for (int c = 0; c < cols; ++c)
        headH = std::max(headH, pg.metrics(head)
                                    .boundingRect(QRectF(0, 0, widths[size_t(c)] - 2 * pad, 1e7), headFlags[size_t(c)],
                                                  t.headers.at(c))
                                    .height());
    headH += 2 * vpad;
    auto drawHead = [&]() {
        double x = pg.content.left();
        for (int c = 0; c < cols; ++c) {
            const QRectF cell(x, pg.y, widths[size_t(c)], headH);
            pg.fill(cell, kHeaderFill);
            pg.box(cell, kRule, 0.15);
            pg.text(cell.adjusted(pad, vpad, -pad, -vpad), headFlags[size_t(c)], head, Qt::black, t.headers.at(c));
            x += widths[size_t(c)];
        }
        pg.y += headH;
    };
    auto drawRow = [&](const std::vector<RoundCell> &row, double h) {
        double x = pg.content.left();
        for (int c = 0; c < cols; ++c) {
            const QRectF cell(x, pg.y, widths[size_t(c)], h);
            x += widths[size_t(c)];
            pg.box(cell, kLightRule, 0.15);
            if (c >= static_cast<int>(row.size()))
                continue;
            const RoundCell &rc = row[size_t(c)];
            if (rc.heat) {
                pg.fill(cell.adjusted(gap, gap, -gap, -gap), heatCellBackground(*rc.heat));
                cells.paint(pg, cell, *rc.heat, rc.text);
                continue;
            }
            const int align = t.isText(c) ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
            pg.text(cell.adjusted(pad, vpad, -pad, -vpad), align | Qt::TextWordWrap, fontOf(rc),
                    rc.flag ? kFlag : Qt::black, rc.text);
        }
        pg.y += h;
    };
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const double h = rowHeight(t.rows[r]);
        if (r == 0) {
            pg.ensure(headH + h);
            drawHead();
        } else if (!pg.fits(h)) {
            pg.newPage();
            drawHead();
        }
        drawRow(t.rows[r], h);
    }
    pg.y += 2 * mm;
}

void scorecard(Pager &pg, const RoundText &text, const RoundReport &r, const RoundCandidate &c)
{
    const double mm = pg.mm;
    pg.newPage(Orientation::Portrait);
    pg.title(text.scorecardTitle(c), text.scorecardSubtitle(r, c), 15);
    pg.paragraph(text.scorecardDecision(c), 10, Qt::black, true);
    pg.y += 1 * mm;
    grid(pg, text.scorecardFigures(r, c), 8);
    pg.paragraph(text.scorecardLegend(), 7.5, kSubtle);
    pg.y += 1 * mm;
    grid(pg, text.scorecardTable(r, c), 7.5);
    pg.heading(text.panelScorecardsTitle(), 12 * mm, 10.5);
    pg.table(text.panelScorecardTable(c), 1.0, 7.5);
    if (std::any_of(c.scorecards.begin(), c.scorecards.end(), std::mem_fn(&RoundScorecard::changedAfterVisible)))
        pg.paragraph(text.changedAfterVisibleNote(), 7.5, kSubtle);
    const TextTable reasons = text.consensusTable(c);
    if (!reasons.rows.empty()) {
        pg.heading(text.consensusTitle(), 12 * mm, 10.5);
        pg.table(reasons);
    }
    const TextTable evidence = text.evidenceTable(c);
    if (!evidence.rows.empty()) {
        pg.heading(text.evidenceTitle(), 12 * mm, 10.5);
        pg.table(evidence, 1.0, 7.5);
    }
}

void layOut(Pager &pg, const RoundText &text, const RoundReport &r)
{
    const double mm = pg.mm;
    pg.title(text.documentTitle(r), text.subtitle(r));
    pg.fields(text.fields(r));
    pg.paragraph(text.privacyNote(), 9, kFlag, true);

    double rule = pg.paragraphHeight(text.ruleIntro());
    for (const QString &step : text.ruleSteps())
        rule += pg.paragraphHeight(step, 9.5, true, 5);
    pg.heading(text.ruleTitle(), rule);
    pg.paragraph(text.ruleIntro());
    for (const QString &step : text.ruleSteps())
        pg.paragraph(step, 9.5, Qt::black, true, 5);
    pg.paragraph(text.ruleClosing());
    pg.paragraph(text.combinedNote(), 8, kSubtle);

    pg.heading(text.mustHavesTitle(), 20 * mm);
    pg.paragraph(text.mustHavesIntro(r));
    if (!r.mustHaves.isEmpty())
        pg.table(text.mustHaveTable(r));

    pg.heading(text.rankingTitle(), 30 * mm);
    if (r.candidates.empty()) {
        pg.paragraph(text.noCandidates());
    } else {
        pg.paragraph(text.rankingLegend(), 8, kSubtle);
        grid(pg, text.rankingTable(r), 8);
    }

    const int cards = static_cast<int>(std::count_if(r.candidates.begin(), r.candidates.end(),
                                                     [&](const RoundCandidate &c) { return r.inDocument(c); }));
    pg.heading(text.scorecardsTitle(r), 10 * mm);
    pg.paragraph(text.scorecardsIntro(r, cards));
    for (const RoundCandidate &c : r.candidates)
        if (r.inDocument(c))
            scorecard(pg, text, r, c);

    // The panel's figures after the scorecards, on a page of their own.
    if (cards > 0)
        pg.newPage(Orientation::Portrait);
    pg.heading(text.panelTitle(), 15 * mm);
    pg.paragraph(text.agreementLine(r.agreement), 10, Qt::black, true);
    pg.paragraph(text.calibrationIntro());
    if (!r.assessors.empty())
        pg.table(text.calibrationTable(r), pg.orientation() == Orientation::Portrait ? 1.0 : 0.7);
    pg.paragraph(text.common().generatedLine(), 8, kSubtle);
}

} // namespace

Result<int> paintRoundReport(QPagedPaintDevice &device, const Catalog &catalog, const RoundReport &report,
                             Language language)
{
    if (!report.role)
        return Result<int>::failure(report::CohortText::tr("role %1 is not in this catalog").arg(report.roleCode));
    const RoundText text(catalog, language);
    return report::paintDocumentPages(device, text.common(), text.documentTitle(report), text.runningHeader(report),
                                      [&](Pager &pg) { layOut(pg, text, report); });
}

Result<QByteArray> roundReportPdf(const Catalog &catalog, const RoundReport &report, Language language)
{
    const RoundText text(catalog, language);
    return report::documentPdf(
        QStringLiteral("%1 — %2").arg(text.documentTitle(report), text.runningHeader(report)),
        [&](QPagedPaintDevice &device) { return paintRoundReport(device, catalog, report, language); });
}

} // namespace iitalent

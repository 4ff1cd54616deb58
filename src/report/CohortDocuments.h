#pragma once

#include "Catalog.h"
#include "CohortReport.h"
#include "DisplayLanguage.h"
#include "Result.h"

#include <QByteArray>
#include <QColor>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace iitalent {

// The documents of a cohort view, handed on like the personal report's: the class report (the
// heatmap of participants × requirements, the distributions of readiness and of each dimension's
// attainment, the class priorities with the workshop plan after Appendix A) and the before/after
// of two cohorts. Words in `language` (through the installed translator, context "CohortText"),
// catalog names in that language, requirement texts in the standard's Chinese. An anonymised
// report or change (CohortReport::anonymise, CohortChange::anonymise) is printed with P-numbers
// only: no person's name, organisation or number, and never the cohort's note.

// A4 landscape, the report font embedded, charts as vector drawings, the heatmap split over pages
// with its column head repeated on each (and into column chunks, each repeating the participant
// column, when a role has too many requirements for the page's width); "Page X of N" on every page.
// Fails when the report's role is not in the catalog.
Result<QByteArray> cohortReportPdf(const Catalog &catalog, const CohortReport &report, Language language);
// The same content as one self-contained UTF-8 HTML page: styles inline, bars in CSS, no script,
// nothing loaded from anywhere (a Content-Security-Policy says so).
QByteArray cohortReportHtml(const Catalog &catalog, const CohortReport &report, Language language);
// The heatmap as a table, one row per participant and nothing else (so that a spreadsheet's sort
// and filter work), in the report's order (the window passes its sort): the code, when named the
// name, organisation and number, readiness, each dimension's attainment, then one column per
// requirement (level 0-4, empty when unanswered). UTF-8 with a byte-order mark, RFC 4180 quoting,
// CRLF line ends, formula-like text neutralised as CsvReport::cell does (plain numbers such as
// "-3.5" or "62.5%" stay numbers).
QByteArray cohortReportCsv(const Catalog &catalog, const CohortReport &report, Language language);
// Its second table, one row per requirement: the item, its dimension, the required level, the
// participants, how many answered and met it, the gap points, the mean rating and the item's text. Written
// beside the first as cohortItemsCsvPath ("class.csv" -> "class-items.csv").
QByteArray cohortItemsCsv(const Catalog &catalog, const CohortReport &report, Language language);
QString cohortItemsCsvPath(const QString &csvPath);

// Before and after: the two cohorts, readiness and each dimension before and after over the
// participants in both, each requirement's met count before and after, every matched participant,
// and who took part in only one of the two.
Result<QByteArray> cohortChangePdf(const Catalog &catalog, const CohortChange &change, Language language);
QByteArray cohortChangeHtml(const Catalog &catalog, const CohortChange &change, Language language);
// One row per person of either cohort: in both, only before or only after, readiness before and
// after, its change and each dimension's change in percentage points (plain numbers, from the
// exact change rounded once, as pointChangeNumber gives them).
QByteArray cohortChangeCsv(const Catalog &catalog, const CohortChange &change, Language language);

// The PDF's pages on any paged device (a QPrinter for printing or its preview), which is set to
// A4 landscape without device margins. Returns the number of pages.
Result<int> paintCohortReport(QPagedPaintDevice &device, const Catalog &catalog, const CohortReport &report,
                              Language language);
Result<int> paintCohortChange(QPagedPaintDevice &device, const Catalog &catalog, const CohortChange &change,
                              Language language);

// A heatmap cell (heatCell in CohortReport.h) as the documents and the window show it.
// The mark that tells the kinds apart without colour, as in the window's heatmap: ✔ met, ▽ one
// level below, ▼ two or more below (hollow, then filled as the gap grows), ? unanswered. All four
// are in the report font, WenQuanYi Micro Hei, and in Noto Sans CJK, so a PDF embeds no other font.
QString heatCellMark(HeatCell cell);
// The rating as a cell shows it, "3"; empty when unanswered.
QString heatCellLevel(const std::optional<int> &rating);
// What a cell shows, as the window's heatmap does: the mark, then the rating, "✔ 3", "▼ 1"; "?"
// alone when unanswered.
QString heatCellText(const std::optional<int> &rating, int required);
// Background and ink, the window heatmap's palette: blue for met, orange tints for below (darker
// as the gap grows, so the order also holds in grey), grey for unanswered.
QColor heatCellBackground(HeatCell cell);
QColor heatCellForeground(HeatCell cell);
// In HTML: a cell's CSS class ("m", "g1", "g2", "u"), and the rules that colour the four, each
// written as `selector` with %1 for the class (".%1", "table.grid td.%1").
QString heatCellCssClass(HeatCell cell);
QString heatCellCss(const QString &selector);

} // namespace iitalent

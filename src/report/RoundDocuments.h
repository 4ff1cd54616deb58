#pragma once

#include "Catalog.h"
#include "DisplayLanguage.h"
#include "HiringRound.h"
#include "Result.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace iitalent {

// The hiring-meeting document of a round (issue 11): the round, the rule of the ranking in words,
// the must-haves, the ranking table, one scorecard per candidate the report's documentScorecards
// names (every one by default; each item's required level, every panel member's level or not
// assessed, the combined level with its source, the spread, open disagreements flagged, must-haves
// marked, the panel's scorecards with their recommendations, comments and marks, the consensus
// reasons and who recorded them), then the panel's agreement and
// each assessor's calibration. Words in `language` (context "RoundText", with the words the other
// documents share from ReportText and CohortText), catalog names in that language, requirement
// texts in the standard's Chinese. For the panel only: nothing of it goes into a candidate's own
// report. The scorecards print the panel's evidence and notes the candidates' remarks hold
// (loadScorecardRemarks() reads them), and the candidate's own level beside the panel's when
// their self-assessment is in the round (never in the figures).

// The ranking pages in A4 landscape, each scorecard on a page of its own in A4 portrait, the
// panel's figures after them; the report font embedded, "Page X of N" on every page. The ranking
// table runs onto further pages under its repeated head. Fails when the round's role is not in
// the catalog.
Result<QByteArray> roundReportPdf(const Catalog &catalog, const RoundReport &report, Language language);
// The same content as one self-contained UTF-8 HTML page: styles inline, no script, nothing
// loaded from anywhere (a Content-Security-Policy says so); printed, each scorecard starts a page.
QByteArray roundReportHtml(const Catalog &catalog, const RoundReport &report, Language language);
// The ranking table: one row per candidate in rank order (rank, name, organisation, number,
// must-haves met and which failed, readiness, each dimension's attainment, gaps of two or more,
// completeness, panel size and names, open disagreements, decision and its note). UTF-8 with a
// byte-order mark, RFC 4180 quoting, CRLF line ends, formula-like text neutralised as
// CsvReport::cell does (plain numbers such as "62.5%" stay numbers).
QByteArray roundReportCsv(const Catalog &catalog, const RoundReport &report, Language language);

// The PDF's pages on any paged device (a QPrinter for printing or its preview); its page layout
// is set page by page (A4, landscape or portrait, no device margins). Returns the number of pages.
Result<int> paintRoundReport(QPagedPaintDevice &device, const Catalog &catalog, const RoundReport &report,
                             Language language);

} // namespace iitalent

// The hiring-meeting document as HTML and CSV (the PDF is in RoundPdf.cpp).
#include "RoundDocuments.h"

#include "CohortDocuments.h"
#include "HtmlReport.h"
#include "RoundText.h"
#include "Scoring.h"

#include <algorithm>
#include <functional>

namespace iitalent {

namespace {

using report::CsvWriter;
using report::Field;
using report::ReportText;
using report::RoundCell;
using report::RoundTable;
using report::RoundText;
using report::TextTable;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char kStyle[] = R"css(
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;
 color:#202020;background:#fff;max-width:90rem;margin:2rem auto;padding:0 1rem;line-height:1.5;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:1.6rem;margin:0}p.role{font-size:1.2rem;color:#505050;margin:.2rem 0 1rem}
h2{font-size:1.25rem;border-bottom:2px solid #909090;margin-top:2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;font-size:.9rem;margin:.4rem 0}
th,td{border:1px solid #a0a0a0;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#e8e8e8}table.wide{width:100%}
table.fields{width:100%}table.fields td:nth-child(odd){background:#f0f0f0;color:#505050;width:10%}
table.fields td:nth-child(even){font-weight:bold}
p.lead{font-weight:bold}p.private{font-weight:bold;color:#8a3800}.small{font-size:.85rem;color:#505050}
ul.rule{list-style:none;padding-left:1rem;font-weight:bold;margin:.3rem 0}
.scroll{overflow:auto;max-height:85vh;border:1px solid #a0a0a0}.scroll table{margin:0}
table.grid{font-size:.85rem}table.grid th{text-align:center;vertical-align:bottom;line-height:1.25}
table.grid td{text-align:center;vertical-align:middle;white-space:nowrap}table.grid td.t{text-align:left;white-space:normal}
table.grid td.b{font-weight:bold}table.grid td.f{font-weight:bold;color:#a33c00}
table.grid thead th{position:sticky;top:0;z-index:1}
section.card{margin-top:2.5rem}section.card h2{margin-bottom:.2rem}section.card p.role{font-size:1rem}
footer{margin-top:2rem;border-top:1px solid #a0a0a0;font-size:.85rem;color:#505050}
@page{size:A4 landscape;margin:12mm}@page card{size:A4 portrait;margin:12mm}
@media print{body{margin:0;max-width:none}.scroll{overflow:visible;max-height:none;border:none}
 table.grid thead th{position:static}tr{break-inside:avoid}h2{break-after:avoid}section.card{break-before:page;page:card}}
)css";

QString htmlFields(const std::vector<Field> &fields)
{
    QString h = QStringLiteral("<table class=\"fields\">");
    for (size_t i = 0; i < fields.size(); i += 3) {
        h += QStringLiteral("<tr>");
        for (size_t j = i; j < i + 3; ++j)
            h += j < fields.size()
                     ? QStringLiteral("<td>%1</td><td>%2</td>").arg(esc(fields[j].label), esc(fields[j].value))
                     : QStringLiteral("<td></td><td></td>");
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>\n");
}

QString htmlTable(const TextTable &t)
{
    QString h = QStringLiteral("<table class=\"wide\"><thead><tr>");
    for (const QString &c : t.headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : row)
            h += QStringLiteral("<td>%1</td>").arg(esc(cell));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString htmlGrid(const RoundTable &t, bool wide)
{
    QString h = wide ? QStringLiteral("<table class=\"grid wide\"><thead><tr>")
                     : QStringLiteral("<table class=\"grid\"><thead><tr>");
    for (const QString &c : t.headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const std::vector<RoundCell> &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (size_t c = 0; c < row.size(); ++c) {
            const RoundCell &cell = row[c];
            QStringList classes;
            if (t.isText(static_cast<int>(c)))
                classes << QStringLiteral("t");
            if (cell.heat)
                classes << heatCellCssClass(*cell.heat);
            if (cell.flag)
                classes << QStringLiteral("f");
            else if (cell.strong)
                classes << QStringLiteral("b");
            h += classes.isEmpty()
                     ? QStringLiteral("<td>%1</td>").arg(esc(cell.text))
                     : QStringLiteral("<td class=\"%1\">%2</td>").arg(classes.join(QLatin1Char(' ')), esc(cell.text));
        }
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

} // namespace

QByteArray roundReportHtml(const Catalog &catalog, const RoundReport &report, Language language)
{
    const RoundText text(catalog, language);
    const QString title = text.documentTitle(report);
    const QString subtitle = text.subtitle(report);
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .arg(text.chinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<meta name=\"generator\" content=\"iitalent\">\n");
    h +=
        QStringLiteral("<title>%1 — %2</title>\n<style>%3%4</style>\n</head>\n<body>\n")
            .arg(esc(title), esc(subtitle), QString::fromUtf8(kStyle), heatCellCss(QStringLiteral("table.grid td.%1")));
    h += QStringLiteral("<header><h1>%1</h1><p class=\"role\">%2</p>\n").arg(esc(title), esc(subtitle));
    h += htmlFields(text.fields(report));
    h += QStringLiteral("<p class=\"private\">%1</p>\n</header>\n<main>\n").arg(esc(text.privacyNote()));

    // The rule of the ranking.
    h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p>\n<ul class=\"rule\">")
             .arg(esc(text.ruleTitle()), esc(text.ruleIntro()));
    for (const QString &step : text.ruleSteps())
        h += QStringLiteral("<li>%1</li>").arg(esc(step));
    h += QStringLiteral("</ul>\n<p>%1</p>\n<p class=\"small\">%2</p></section>\n")
             .arg(esc(text.ruleClosing()), esc(text.combinedNote()));

    // The must-haves.
    h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p>\n")
             .arg(esc(text.mustHavesTitle()), esc(text.mustHavesIntro(report)));
    if (!report.mustHaves.isEmpty())
        h += htmlTable(text.mustHaveTable(report));
    h += QStringLiteral("</section>\n");

    // The ranking.
    h += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(text.rankingTitle()));
    if (report.candidates.empty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(text.noCandidates()));
    else
        h += QStringLiteral("<p class=\"small\">%1</p>\n<div class=\"scroll\">%2</div>\n")
                 .arg(esc(text.rankingLegend()), htmlGrid(text.rankingTable(report), true));
    h += QStringLiteral("</section>\n");

    // A scorecard per candidate the document has one for (RoundReport::inDocument).
    const int cards = static_cast<int>(std::count_if(report.candidates.begin(), report.candidates.end(),
                                                     [&](const RoundCandidate &c) { return report.inDocument(c); }));
    h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p></section>\n")
             .arg(esc(text.scorecardsTitle(report)), esc(text.scorecardsIntro(report, cards)));
    for (const RoundCandidate &c : report.candidates) {
        if (!report.inDocument(c))
            continue;
        h += QStringLiteral("<section class=\"card\"><h2>%1</h2>\n<p class=\"role\">%2</p>\n<p class=\"lead\">%3</p>\n")
                 .arg(esc(text.scorecardTitle(c)), esc(text.scorecardSubtitle(report, c)),
                      esc(text.scorecardDecision(c)));
        h += htmlGrid(text.scorecardFigures(report, c), true);
        h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(text.scorecardLegend()));
        h += htmlGrid(text.scorecardTable(report, c), true);
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(text.panelScorecardsTitle())) +
             htmlTable(text.panelScorecardTable(c));
        if (std::any_of(c.scorecards.begin(), c.scorecards.end(), std::mem_fn(&RoundScorecard::changedAfterVisible)))
            h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(text.changedAfterVisibleNote()));
        const TextTable reasons = text.consensusTable(c);
        if (!reasons.rows.empty())
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(text.consensusTitle())) + htmlTable(reasons);
        const TextTable evidence = text.evidenceTable(c);
        if (!evidence.rows.empty())
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(text.evidenceTitle())) + htmlTable(evidence);
        h += QStringLiteral("</section>\n");
    }

    // The panel.
    h += QStringLiteral("<section><h2>%1</h2>\n<p class=\"lead\">%2</p>\n<p>%3</p>\n")
             .arg(esc(text.panelTitle()), esc(text.agreementLine(report.agreement)), esc(text.calibrationIntro()));
    if (!report.assessors.empty())
        h += htmlTable(text.calibrationTable(report));
    h += QStringLiteral("</section>\n</main>\n<footer><p>%1</p><p>%2</p></footer>\n</body>\n</html>\n")
             .arg(esc(text.common().editionLine()), esc(text.common().generatedLine()));
    return h.toUtf8();
}

QByteArray roundReportCsv(const Catalog &catalog, const RoundReport &report, Language language)
{
    const RoundText text(catalog, language);
    QStringList header{text.rankHeader(),          text.candidateHeader(),    ReportText::tr("Organisation"),
                       ReportText::tr("Number"),   text.mustHavesMetHeader(), text.failedMustHavesHeader(),
                       ReportText::tr("Readiness")};
    for (const Dimension &d : catalog.dimensions())
        header << ReportText::tr("Attainment: %1").arg(text.common().dimensionName(d.key));
    header << text.gapsLongHeader() << ReportText::tr("Completeness") << text.panelSizeHeader() << text.panelHeader()
           << text.disagreementsHeader() << text.recommendationsHeader() << text.decisionHeader()
           << text.decisionNoteHeader();
    CsvWriter csv;
    csv.line(header);
    for (const RoundCandidate &c : report.candidates) {
        QStringList row{QString::number(c.rank),
                        c.subject.name,
                        c.subject.organisation,
                        c.subject.number,
                        c.failedMustHaves.isEmpty() ? ReportText::tr("yes") : ReportText::tr("no"),
                        c.failedMustHaves.join(QLatin1Char(' ')),
                        percentText(c.score.readiness)};
        for (const Dimension &d : catalog.dimensions()) {
            const auto it = std::find_if(c.score.dimensions.begin(), c.score.dimensions.end(),
                                         [&](const DimensionScore &s) { return s.key == d.key; });
            row << (it != c.score.dimensions.end() ? percentText(it->attainment) : QString());
        }
        row << QString::number(c.gapsOfTwoOrMore) << percentText(c.score.completeness)
            << QString::number(c.panel.size()) << text.common().join(c.panel) << QString::number(c.openDisagreements)
            << text.recommendations(c) << (c.decision.isEmpty() ? QString() : text.decisionName(c.decision))
            << c.decisionNote;
        csv.line(row);
    }
    return csv.bytes();
}

} // namespace iitalent

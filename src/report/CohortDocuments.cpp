// The cohort documents as HTML and CSV, and the heatmap's cells that every face shows alike (the
// PDF is in CohortPdf.cpp).
#include "CohortDocuments.h"

#include "CohortText.h"
#include "HtmlReport.h"
#include "Scoring.h"

#include <QHash>

#include <algorithm>

namespace iitalent {

QString heatCellMark(HeatCell cell)
{
    switch (cell) {
    case HeatCell::Met: return QStringLiteral("✔");
    case HeatCell::OneBelow: return QStringLiteral("▽");
    case HeatCell::TwoOrMoreBelow: return QStringLiteral("▼");
    case HeatCell::Unanswered: return QStringLiteral("?");
    }
    return QString();
}

QString heatCellLevel(const std::optional<int> &rating)
{
    return rating ? QString::number(*rating) : QString();
}

QString heatCellText(const std::optional<int> &rating, int required)
{
    const QString mark = heatCellMark(heatCell(rating, required));
    return rating ? QStringLiteral("%1 %2").arg(mark, heatCellLevel(rating)) : mark;
}

// The palette of the window's heatmap (HeatmapDelegate): Okabe and Ito's blue against orange, in
// light tints with dark ink where the level must stay readable, the worst state in full vermilion
// with white; unanswered in grey.
QColor heatCellBackground(HeatCell cell)
{
    switch (cell) {
    case HeatCell::Met: return QColor(0xc6, 0xdd, 0xf0);
    case HeatCell::OneBelow: return QColor(0xfb, 0xd8, 0x9c);
    case HeatCell::TwoOrMoreBelow: return QColor(0xc8, 0x51, 0x00);
    case HeatCell::Unanswered: return QColor(0xee, 0xee, 0xee);
    }
    return QColor(0xee, 0xee, 0xee);
}

QColor heatCellForeground(HeatCell cell)
{
    switch (cell) {
    case HeatCell::Met: return QColor(0x0b, 0x3d, 0x6b);
    case HeatCell::OneBelow: return QColor(0x5c, 0x38, 0x00);
    case HeatCell::TwoOrMoreBelow: return QColor(Qt::white);
    case HeatCell::Unanswered: return QColor(0x33, 0x33, 0x33);
    }
    return QColor(Qt::black);
}

QString heatCellCssClass(HeatCell cell)
{
    switch (cell) {
    case HeatCell::Met: return QStringLiteral("m");
    case HeatCell::OneBelow: return QStringLiteral("g1");
    case HeatCell::TwoOrMoreBelow: return QStringLiteral("g2");
    case HeatCell::Unanswered: return QStringLiteral("u");
    }
    return QString();
}

QString heatCellCss(const QString &selector)
{
    QString css;
    for (HeatCell c : {HeatCell::Met, HeatCell::OneBelow, HeatCell::TwoOrMoreBelow, HeatCell::Unanswered})
        css +=
            selector.arg(heatCellCssClass(c)) +
            QStringLiteral("{background:%1;color:%2}").arg(heatCellBackground(c).name(), heatCellForeground(c).name());
    return css;
}

namespace {

using report::CohortText;
using report::CsvWriter;
using report::Field;
using report::ReportText;
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
th{background:#e8e8e8}table.wide{width:100%}tr.em td{font-weight:bold}tr.em td.text{font-weight:normal}
table.fields{width:100%}table.fields td:nth-child(odd){background:#f0f0f0;color:#505050;width:10%}
table.fields td:nth-child(even){font-weight:bold}
p.anon,p.lead{font-weight:bold}.small{font-size:.85rem;color:#505050}
.charts{display:flex;flex-wrap:wrap;gap:1rem 3rem}.charts figure{flex:1 1 24rem;margin:0}
figcaption{font-weight:bold;margin-bottom:.4rem}
.hist{display:flex;align-items:flex-end;gap:.8rem;height:11rem;border-bottom:2px solid #202020;padding:0 .5rem}
.hist div{flex:1;text-align:center;font-weight:bold;font-size:.85rem}.hist i{display:block;background:#3b6ea5;margin:0 15%}
.bins{display:flex;gap:.8rem;padding:0 .5rem;font-size:.8rem}.bins span{flex:1;text-align:center}
table.bars{width:100%}table.bars th,table.bars td{border:none;background:none;vertical-align:middle}
table.bars th{font-weight:normal;text-align:right;white-space:nowrap;width:1%}table.bars td.v{width:4rem;font-weight:bold}
.track{background:#ececec;height:1.2rem}.track i{display:block;height:100%;background:#3b6ea5}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;font-size:.85rem}
ul.legend span{display:inline-block;min-width:2.2rem;text-align:center;border:1px solid #a0a0a0;margin-right:.4rem}
.scroll{overflow:auto;max-height:85vh;border:1px solid #a0a0a0}
table.heat{font-size:.8rem;margin:0}table.heat th,table.heat td{padding:.1rem .35rem;white-space:nowrap}
table.heat td{border:1px solid #fff;text-align:center}table.heat td.c,table.heat td.n{text-align:left;border-color:#e0e0e0}
table.heat td.c{color:#505050}table.heat td.r{text-align:right;border-color:#e0e0e0}
table.heat thead th{position:sticky;z-index:1;text-align:center;vertical-align:middle;line-height:1.25}
table.heat thead tr:first-child th{top:0;height:1.8rem;box-sizing:border-box}table.heat thead tr+tr th{top:1.8rem}
table.heat thead th.dim{background:#d6d6d6}table.heat tfoot th,table.heat tfoot td{background:#e8e8e8;font-weight:bold;
 border:1px solid #a0a0a0}
footer{margin-top:2rem;border-top:1px solid #a0a0a0;font-size:.85rem;color:#505050}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none}.scroll{overflow:visible;max-height:none;border:none}
 table.heat thead th{position:static}tr,figure{break-inside:avoid}h2{break-after:avoid}}
)css";

QString htmlStart(const CohortText &text, const QString &title, const QString &subtitle)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .arg(text.chinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<meta name=\"generator\" content=\"iitalent\">\n");
    h += QStringLiteral("<title>%1 — %2</title>\n<style>%3%4</style>\n</head>\n<body>\n")
             .arg(esc(title), esc(subtitle), QString::fromUtf8(kStyle), heatCellCss(QStringLiteral(".%1")));
    h += QStringLiteral("<header><h1>%1</h1><p class=\"role\">%2</p>\n").arg(esc(title), esc(subtitle));
    return h;
}

QString htmlEnd(const CohortText &text)
{
    return QStringLiteral("</main>\n<footer><p>%1</p><p>%2</p></footer>\n</body>\n</html>\n")
        .arg(esc(text.editionLine()), esc(text.generatedLine()));
}

// Label and value pairs, three to a row.
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

QString htmlTable(const TextTable &t, bool wide)
{
    QString h = wide ? QStringLiteral("<table class=\"wide\"><thead><tr>") : QStringLiteral("<table><thead><tr>");
    for (const QString &c : t.headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>");
    for (size_t r = 0; r < t.rows.size(); ++r) {
        h += r < t.emphasised.size() && t.emphasised[r] ? QStringLiteral("<tr class=\"em\">") : QStringLiteral("<tr>");
        for (int c = 0; c < t.rows[r].size(); ++c)
            h += (t.isText(c) ? QStringLiteral("<td class=\"text\">%1</td>") : QStringLiteral("<td>%1</td>"))
                     .arg(esc(t.rows[r].at(c)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString htmlCharts(const CohortText &text, const CohortReport &r)
{
    const int most = std::max(1, *std::max_element(r.histogram.begin(), r.histogram.end()));
    QString h = QStringLiteral("<div class=\"charts\">\n<figure><figcaption>%1 <span class=\"small\">(%2)</span>"
                               "</figcaption><div class=\"hist\">")
                    .arg(esc(text.histogramTitle()), esc(text.histogramAxis()));
    for (int count : r.histogram)
        h +=
            QStringLiteral("<div>%1<i style=\"height:%2rem\"></i></div>").arg(count).arg(9.0 * count / most, 0, 'f', 2);
    h += QStringLiteral("</div><div class=\"bins\">");
    for (const QString &bin : CohortText::histogramBins())
        h += QStringLiteral("<span>%1</span>").arg(esc(bin));
    h += QStringLiteral("</div><p class=\"small\">%1</p></figure>\n").arg(esc(text.histogramNote()));
    h += QStringLiteral("<figure><figcaption>%1</figcaption><table class=\"bars\">").arg(esc(text.dimensionsTitle()));
    for (const CohortDimension &d : r.dimensions)
        h += QStringLiteral("<tr><th>%1</th><td><div class=\"track\"><i style=\"width:%2%\"></i></div></td>"
                            "<td class=\"v\">%3</td></tr>")
                 .arg(esc(text.dimensionLabel(d.key)))
                 .arg(100.0 * std::clamp(d.meanAttainment, 0.0, 1.0), 0, 'f', 1)
                 .arg(percentText(d.meanAttainment));
    return h + QStringLiteral("</table></figure>\n</div>\n");
}

QString htmlHeatmap(const CohortText &text, const CohortReport &r)
{
    if (r.participants.empty() || r.items.empty())
        return QStringLiteral("<p>%1</p>\n").arg(esc(text.noParticipants()));
    QString h = QStringLiteral("<ul class=\"legend\">");
    for (HeatCell c : {HeatCell::Met, HeatCell::OneBelow, HeatCell::TwoOrMoreBelow, HeatCell::Unanswered})
        h += QStringLiteral("<li><span class=\"%1\">%2</span>%3</li>")
                 .arg(heatCellCssClass(c), heatCellMark(c), esc(text.legendText(c)));
    h += QStringLiteral("</ul>\n<div class=\"scroll\"><table class=\"heat\"><thead><tr>");
    const bool codes = !r.anonymised;
    if (codes)
        h += QStringLiteral("<th rowspan=\"2\">%1</th>").arg(esc(text.codeHeader()));
    h += QStringLiteral("<th rowspan=\"2\">%1</th><th rowspan=\"2\">%2</th>")
             .arg(esc(text.participantHeader()), esc(text.readinessHeader()));
    for (size_t i = 0; i < r.items.size();) {
        size_t j = i;
        while (j < r.items.size() && r.items[j].dimension == r.items[i].dimension)
            ++j;
        h += QStringLiteral("<th class=\"dim\" colspan=\"%1\">%2</th>")
                 .arg(j - i)
                 .arg(esc(text.dimensionLabel(r.items[i].dimension)));
        i = j;
    }
    h += QStringLiteral("</tr>\n<tr>");
    for (const CohortItem &item : r.items)
        h += QStringLiteral("<th title=\"%1\">%2<br>≥%3</th>")
                 .arg(esc(text.itemTooltip(item)), esc(CohortText::itemLabel(item)))
                 .arg(item.required);
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const CohortParticipant &p : r.participants) {
        h += QStringLiteral("<tr>");
        if (codes)
            h += QStringLiteral("<td class=\"c\">%1</td>").arg(esc(p.code));
        h += QStringLiteral("<td class=\"n\">%1</td><td class=\"r\">%2</td>")
                 .arg(esc(p.label(r.anonymised)), percentText(p.score.readiness));
        for (size_t i = 0; i < r.items.size(); ++i) {
            const int required = r.items[i].required;
            h += QStringLiteral("<td class=\"%1\">%2</td>")
                     .arg(heatCellCssClass(heatCell(p.levels[i], required)), heatCellText(p.levels[i], required));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n<tfoot><tr><th colspan=\"%1\">%2</th>")
             .arg(codes ? 3 : 2)
             .arg(esc(text.metRowLabel(static_cast<int>(r.participants.size()))));
    for (const CohortItem &item : r.items)
        h += QStringLiteral("<td>%1</td>").arg(item.met);
    return h + QStringLiteral("</tr></tfoot></table></div>\n");
}

} // namespace

QByteArray cohortReportHtml(const Catalog &catalog, const CohortReport &report, Language language)
{
    const CohortText text(catalog, language);
    QString h = htmlStart(text, text.reportTitle(), text.runningHeader(report));
    h += htmlFields(text.reportFields(report));
    if (report.anonymised)
        h += QStringLiteral("<p class=\"anon\">%1</p>\n").arg(esc(text.anonymisedNote()));
    h += QStringLiteral("</header>\n<main>\n");
    h += QStringLiteral("<section><h2>%1</h2>\n<p class=\"lead\">%2</p>\n")
             .arg(esc(text.overviewTitle()), esc(text.readinessLine(report)));
    h += htmlCharts(text, report) + QStringLiteral("</section>\n");
    h += QStringLiteral("<section><h2>%1</h2>\n<p class=\"small\">%2</p>\n")
             .arg(esc(text.heatmapTitle()), esc(text.heatmapIntro()));
    h += htmlHeatmap(text, report) + QStringLiteral("</section>\n");
    h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p>\n").arg(esc(text.planTitle()), esc(text.planIntro(report)));
    if (!report.plan.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(text.planOfferLine(report)));
        if (!report.workshop.teachableHere.empty())
            h += htmlTable(text.planTable(report), true);
        if (!report.workshop.elsewhere.empty())
            h += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                     .arg(esc(text.elsewhereTitle()), esc(text.elsewhereIntro(report))) +
                 htmlTable(text.elsewhereTable(report), true);
        h += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(text.mappingNote()));
    }
    h += QStringLiteral("</section>\n") + htmlEnd(text);
    return h.toUtf8();
}

QByteArray cohortChangeHtml(const Catalog &catalog, const CohortChange &change, Language language)
{
    const CohortText text(catalog, language);
    QString h = htmlStart(text, text.changeTitle(), text.runningHeader(change));
    h += htmlFields(text.changeFields(change));
    if (change.after.anonymised || change.before.anonymised)
        h += QStringLiteral("<p class=\"anon\">%1</p>\n").arg(esc(text.anonymisedNote()));
    h += QStringLiteral("</header>\n<main>\n");
    h += QStringLiteral("<section><h2>%1</h2>\n<p class=\"lead\">%2</p>\n")
             .arg(esc(text.changeDimensionsTitle()), esc(text.changeSummary(change)));
    h += htmlTable(text.changeDimensionTable(change), false) + QStringLiteral("</section>\n");
    h += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(text.changeItemsTitle()));
    h += htmlTable(text.changeItemTable(change), true) + QStringLiteral("</section>\n");
    h += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(text.changeParticipantsTitle()));
    h += change.matched.empty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text.nobody()))
                                : htmlTable(text.changeParticipantTable(change), false);
    h += QStringLiteral("</section>\n");
    for (const bool before : {true, false}) {
        const QStringList labels = CohortText::absentLabels(change, before);
        h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p></section>\n")
                 .arg(esc(before ? text.onlyBeforeTitle(change) : text.onlyAfterTitle(change)),
                      esc(labels.isEmpty() ? text.nobody() : text.join(labels)));
    }
    h += htmlEnd(text);
    return h.toUtf8();
}

QByteArray cohortReportCsv(const Catalog &catalog, const CohortReport &report, Language language)
{
    const CohortText text(catalog, language);
    const bool personal = !report.anonymised;
    // The heatmap as a table: who, readiness and attainments, then one column per requirement;
    // nothing but participants, in the order given (the window's sort). The required levels and
    // met counts are a table of their own (cohortItemsCsv).
    QStringList header{text.codeHeader()};
    if (personal)
        header << text.participantHeader() << ReportText::tr("Organisation")
               << ReportText::tr("Staff or student number");
    header << text.readinessHeader();
    for (const CohortDimension &d : report.dimensions)
        header << ReportText::tr("Attainment: %1").arg(text.dimensionName(d.key));
    for (const CohortItem &item : report.items)
        header << item.requirement;
    CsvWriter csv;
    csv.line(header);
    for (const CohortParticipant &p : report.participants) {
        QStringList row{p.code};
        if (personal)
            row << p.subject.name << p.subject.organisation << p.subject.number;
        row << percentText(p.score.readiness);
        for (size_t d = 0; d < report.dimensions.size(); ++d)
            row << (d < p.score.dimensions.size() ? percentText(p.score.dimensions[d].attainment) : QString());
        for (const std::optional<int> &level : p.levels)
            row << (level ? QString::number(*level) : QString());
        csv.line(row);
    }
    return csv.bytes();
}

QByteArray cohortItemsCsv(const Catalog &catalog, const CohortReport &report, Language language)
{
    const CohortText text(catalog, language);
    const int n = static_cast<int>(report.participants.size());
    CsvWriter csv;
    csv.line({ReportText::tr("No."), ReportText::tr("Dimension"), text.requiredRowLabel(),
              CohortText::tr("Participants"), CohortText::tr("Answered"), ReportText::tr("Met"),
              CohortText::tr("Gap points"), CohortText::tr("Mean rating"), ReportText::tr("Requirement")});
    for (const CohortItem &item : report.items) {
        const Requirement *req = catalog.requirement(item.requirement);
        csv.line(
            {item.requirement, text.dimensionName(item.dimension), QString::number(item.required), QString::number(n),
             QString::number(item.answered), QString::number(item.met), QString::number(item.gapPoints),
             item.meanRating ? QString::number(*item.meanRating, 'f', 2) : QString(), req ? req->textZh : QString()});
    }
    return csv.bytes();
}

QString cohortItemsCsvPath(const QString &csvPath)
{
    QString stem = csvPath;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return stem + QStringLiteral("-items.csv");
}

QByteArray cohortChangeCsv(const Catalog &catalog, const CohortChange &change, Language language)
{
    const CohortText text(catalog, language);
    const bool anonymised = change.after.anonymised || change.before.anonymised;
    QHash<QString, const CohortParticipant *> byId, beforeByCode, afterByCode;
    for (const CohortParticipant &p : change.before.participants) {
        byId.insert(p.assessmentId, &p);
        beforeByCode.insert(p.code, &p);
    }
    for (const CohortParticipant &p : change.after.participants) {
        byId.insert(p.assessmentId, &p);
        afterByCode.insert(p.code, &p);
    }
    // One row per person and one column per field (as the class view's table): the code, and
    // when named the name, organisation and number each in its own column, so that namesakes stay
    // apart and a spreadsheet sorts and filters them.
    QStringList header{text.codeHeader()};
    if (!anonymised)
        header << text.participantHeader() << ReportText::tr("Organisation")
               << ReportText::tr("Staff or student number");
    header << CohortText::tr("Status") << CohortText::tr("Readiness before") << CohortText::tr("Readiness after")
           << CohortText::tr("Change (points)");
    auto who = [&](const QString &code, const Subject &s) {
        QStringList row{code};
        if (!anonymised)
            row << s.name << s.organisation << s.number;
        return row;
    };
    for (const CohortChange::DimensionDelta &d : change.dimensions)
        header << CohortText::tr("Change (points): %1").arg(text.dimensionName(d.key));
    CsvWriter csv;
    csv.line(header);
    const size_t dims = change.dimensions.size();
    auto attainment = [](const CohortParticipant *p, size_t d) {
        return p && d < p->score.dimensions.size() ? p->score.dimensions[d].attainment : 0.0;
    };
    for (const CohortChange::Participant &m : change.matched) {
        QStringList row = who(m.code, m.subject);
        row << text.statusText(0) << percentText(m.before) << percentText(m.after) << pointChangeNumber(m.delta);
        const CohortParticipant *b = byId.value(m.beforeId);
        const CohortParticipant *a = byId.value(m.afterId);
        for (size_t d = 0; d < dims; ++d)
            row << pointChangeNumber(d < m.dimensionDeltas.size() ? m.dimensionDeltas[d]
                                                                  : attainment(a, d) - attainment(b, d));
        csv.line(row);
    }
    for (const bool before : {true, false}) {
        for (const CohortChange::Absent &x : before ? change.onlyBefore : change.onlyAfter) {
            const CohortParticipant *p = (before ? beforeByCode : afterByCode).value(x.code);
            const QString readiness = p ? percentText(p->score.readiness) : QString();
            QStringList row = who(x.code, x.subject);
            row << text.statusText(before ? 1 : 2) << (before ? readiness : QString())
                << (before ? QString() : readiness) << QString();
            for (size_t d = 0; d < dims; ++d)
                row << QString();
            csv.line(row);
        }
    }
    return csv.bytes();
}

} // namespace iitalent

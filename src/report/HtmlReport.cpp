#include "HtmlReport.h"

#include "Scoring.h"

#include "Catalog.h"
#include "DocumentCharts.h"
#include "ImprovementPathChart.h"
#include "ImprovementPathData.h"
#include "Levels.h"
#include "ReportFonts.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <functional>

namespace iitalent::report {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A chart as an <svg> element (the generator's XML prolog removed), painted by `paint`.
QString inlineSvg(const QSizeF &size, const QString &title,
                  const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("iitalent"));
    {
        QPainter painter(&generator);
        painter.setFont(QFont(reportFontFamily()));
        paint(painter, QRectF(QPointF(0, 0), size));
    }
    QString svg = QString::fromUtf8(bytes);
    const int start = svg.indexOf(QLatin1String("<svg"));
    if (start > 0)
        svg.remove(0, start);
    // The generator gives a fixed size in millimetres; let the page's CSS size it instead.
    // Fonts the reader's system may have if it lacks the one the chart was laid out with.
    svg.replace(QStringLiteral("font-family=\"%1\"").arg(reportFontFamily()),
                QStringLiteral("font-family=\"%1, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif\"")
                    .arg(reportFontFamily()));
    svg.replace(QRegularExpression(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\"")),
                QStringLiteral("<svg role=\"img\" aria-label=\"%1\"").arg(esc(title)));
    return svg;
}

QString table(const TextTable &t, const QString &cssClass = QString())
{
    QString h = cssClass.isEmpty() ? QStringLiteral("<table>") : QStringLiteral("<table class=\"%1\">").arg(cssClass);
    h += QStringLiteral("<thead><tr>");
    for (const QString &c : t.headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>");
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const bool strong = r < t.emphasised.size() && t.emphasised[r];
        h += strong ? QStringLiteral("<tr class=\"gap\">") : QStringLiteral("<tr>");
        for (int c = 0; c < t.rows[r].size(); ++c)
            h += (t.isText(c) ? QStringLiteral("<td class=\"text\">%1</td>") : QStringLiteral("<td>%1</td>"))
                     .arg(esc(t.rows[r].at(c)));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>\n");
    return h;
}

const char kStyle[] = R"css(
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;
 color:#202020;background:#fff;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.6rem;margin:0}h1+p.role{font-size:1.2rem;color:#505050;margin:.2rem 0 1rem}
h2{font-size:1.25rem;border-bottom:2px solid #909090;margin-top:2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0}
th,td{border:1px solid #a0a0a0;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#e8e8e8}td:not(.text){white-space:nowrap}tr.gap td{font-weight:bold}tr.gap td.text{font-weight:normal}
table.fields td:nth-child(odd){background:#f0f0f0;color:#505050;width:12%}
table.fields td:nth-child(even){font-weight:bold}
.headline span{margin-right:2rem}.headline b{font-size:1.5rem}
figure{margin:1rem 0;text-align:center}figure svg{width:100%;max-width:44rem;height:auto}
figure.wide svg{max-width:100%}figcaption,.small{font-size:.85rem;color:#505050}
footer{margin-top:2rem;border-top:1px solid #a0a0a0;font-size:.85rem;color:#505050}
@media print{body{margin:0;max-width:none}figure,tr{break-inside:avoid}h2,h3{break-after:avoid}}
)css";

} // namespace

QByteArray HtmlReport::render(const ReportInput &in)
{
    const ReportText text(in);
    const Report &report = in.report;
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(text.chinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:\">\n");
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<meta name=\"generator\" content=\"iitalent\">\n");
    h += QStringLiteral("<title>%1 — %2</title>\n<style>%3</style>\n</head>\n<body>\n")
             .arg(esc(text.documentTitle()), esc(text.runningHeader()), QString::fromUtf8(kStyle));
    h += QStringLiteral("<header><h1>%1</h1><p class=\"role\">%2</p>\n<table class=\"fields\">")
             .arg(esc(text.documentTitle()), esc(text.roleTitle()));
    const std::vector<Field> fields = text.headerFields();
    for (size_t i = 0; i < fields.size(); i += 2) {
        h += QStringLiteral("<tr>");
        for (size_t j = i; j < i + 2; ++j)
            h += j < fields.size()
                     ? QStringLiteral("<td>%1</td><td>%2</td>").arg(esc(fields[j].label), esc(fields[j].value))
                     : QStringLiteral("<td></td><td></td>");
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table></header>\n<main>\n");

    h += QStringLiteral("<section><h2 class=\"first\">%1</h2>\n<p class=\"headline\">").arg(esc(text.overviewTitle()));
    for (const Field &f : text.headline())
        h += QStringLiteral("<span>%1 <b>%2</b></span>").arg(esc(f.label), esc(f.value));
    h += QStringLiteral("</p>\n") + table(text.dimensionTable());
    h += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(esc(text.summary()));
    if (report.role) {
        const RadarChart radar = RadarChart::forReport(text);
        h += QStringLiteral("<figure>%1</figure>\n")
                 .arg(inlineSvg(radar.naturalSize(), text.overviewTitle(),
                                [&](QPainter &p, const QRectF &r) { radar.paint(p, r); }));
    }
    h += QStringLiteral("</section>\n");

    h += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(text.itemsTitle()));
    const bool withEvidence = report.assessment.mode == Mode::Assessor || text.hasEvidence();
    for (const DimensionScore &d : report.score.dimensions)
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(text.dimensionHeading(d))) +
             table(text.itemTable(d.key, withEvidence));
    h += QStringLiteral("</section>\n");

    h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p>\n").arg(esc(text.planTitle()), esc(text.planIntro()));
    if (!report.plan.steps.empty())
        h += table(text.planTable());
    h += QStringLiteral("</section>\n");

    if (report.role) {
        ImprovementPathChart path(ImprovementPathData::build(*in.catalog, report, !text.chinese()));
        path.setFontFamily(reportFontFamily());
        h += QStringLiteral("<section><h2>%1</h2>\n<figure class=\"wide\">%2<figcaption>%3</figcaption></figure>"
                            "</section>\n")
                 .arg(esc(text.pathTitle()),
                      inlineSvg(path.naturalSize(), text.pathTitle(),
                                [&](QPainter &p, const QRectF &r) { path.paint(p, r); }),
                      esc(text.pathCaption()));
    }

    if (in.comparison) {
        const RadarChart radar = RadarChart::forComparison(text);
        h += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p>\n<figure>%3</figure>\n")
                 .arg(esc(text.compareTitle()), esc(text.compareIntro()),
                      inlineSvg(radar.naturalSize(), text.compareTitle(),
                                [&](QPainter &p, const QRectF &r) { radar.paint(p, r); }));
        h += table(text.compareTable()) + QStringLiteral("</section>\n");
    }
    // Long evidence at full width, never in a narrow column.
    if (const auto longEvidence = text.longEvidence(); withEvidence && !longEvidence.empty()) {
        h += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(text.evidenceTitle()));
        for (const ReportText::LongEvidenceItem &item : longEvidence)
            h += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n").arg(esc(item.heading), esc(item.text));
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</main>\n<footer><p>%1</p><p>%2</p><p>%3</p></footer>\n</body>\n</html>\n")
             .arg(esc(text.methodNote()), esc(text.editionLine()),
                  esc(text.generatedLine(QDateTime::currentDateTime())));
    return h.toUtf8();
}

QString CsvReport::cell(const QString &text)
{
    QString v = text;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray CsvReport::render(const ReportInput &in)
{
    const ReportText text(in);
    const Report &report = in.report;
    const Assessment &a = report.assessment;
    // One row per requirement, and first a summary row with the person's figures, so that HR can
    // open one file per candidate and see the result. Every row has every column.
    QStringList header{ReportText::tr("Assessment id"),
                       ReportText::tr("Subject"),
                       ReportText::tr("Organisation"),
                       ReportText::tr("Staff or student number"),
                       ReportText::tr("Stage"),
                       ReportText::tr("Mode"),
                       ReportText::tr("Assessor"),
                       ReportText::tr("Date"),
                       ReportText::tr("Role code"),
                       ReportText::tr("Role"),
                       ReportText::tr("Dimension"),
                       ReportText::tr("Requirement id"),
                       ReportText::tr("Requirement"),
                       ReportText::tr("Required level"),
                       ReportText::tr("Required level word"),
                       ReportText::tr("Rating"),
                       ReportText::tr("Rating word"),
                       ReportText::tr("Gap"),
                       ReportText::tr("Met"),
                       ReportText::tr("Evidence"),
                       ReportText::tr("Note"),
                       ReportText::tr("Readiness"),
                       ReportText::tr("Completeness")};
    const Score &score = report.score;
    for (const DimensionScore &d : score.dimensions)
        header << ReportText::tr("Attainment: %1").arg(text.dimensionName(d.key));
    auto word = [&text](int level) { return text.chinese() ? Level::nameZh(level) : Level::nameEn(level); };
    QString out;
    auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << CsvReport::cell(c);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(header);
    if (report.role) {
        const QString roleName = report.role->name(text.language());
        const QStringList person{a.id,
                                 a.subject.name,
                                 a.subject.organisation,
                                 a.subject.number,
                                 text.stageName(),
                                 text.modeName(),
                                 a.assessorName,
                                 isoUtc(a.updated),
                                 report.role->code,
                                 roleName};
        const int figures = 2 + static_cast<int>(score.dimensions.size());
        QStringList summary = person;
        summary << ReportText::tr("All dimensions") << ReportText::tr("Summary")
                << ReportText::tr("%1 of %2 requirements met, %3 answered")
                       .arg(score.met)
                       .arg(score.items)
                       .arg(score.answered);
        while (summary.size() < header.size() - figures)
            summary << QString();
        summary << percentText(score.readiness) << percentText(score.completeness);
        for (const DimensionScore &d : score.dimensions)
            summary << percentText(d.attainment);
        line(summary);
        for (const Requirement &req : report.role->requirements) {
            const Rating *r = a.rating(req.id);
            const int rated = r && r->level ? *r->level : -1; // -1: unanswered
            const int gap = std::max(0, req.level - std::max(rated, 0));
            QStringList row = person;
            row << text.dimensionName(req.dimension) << req.id << req.textZh << QString::number(req.level)
                << word(req.level) << (rated >= 0 ? QString::number(rated) : QString())
                << (rated >= 0 ? word(rated) : QString()) << QString::number(gap)
                << (gap == 0 ? ReportText::tr("yes") : ReportText::tr("no")) << (r ? r->evidence : QString())
                << (r ? r->note : QString());
            for (int i = 0; i < figures; ++i)
                row << QString();
            line(row);
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

void CsvWriter::line(const QStringList &cells)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?%?$"));
    QStringList quoted;
    for (const QString &c : cells)
        quoted << (number.match(c).hasMatch() ? c : CsvReport::cell(c));
    m_out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_out.toUtf8();
}

} // namespace iitalent::report

#include "PdfReport.h"

#include "Catalog.h"
#include "DocumentCharts.h"
#include "ImprovementPathChart.h"
#include "ImprovementPathData.h"
#include "ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace iitalent::report {

namespace {

constexpr double kMarginLeft = 18.0; // mm
constexpr double kMarginRight = 18.0;
constexpr double kMarginTop = 24.0;
constexpr double kMarginBottom = 20.0;
const QColor kRule(0x90, 0x90, 0x90);
const QColor kHeaderFill(0xe8, 0xe8, 0xe8);
const QColor kSubtle(0x50, 0x50, 0x50);

// Per table of the report, the body rows before which it is cut onto a new page.
using RowBreaks = std::map<int, std::set<int>>;

enum ChartId { RadarReport = 1, RadarCompare = 2, ImprovementPath = 3 };
constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIdProperty = QTextFormat::UserProperty + 1;
constexpr int ChartWidthProperty = QTextFormat::UserProperty + 2;
constexpr int ChartHeightProperty = QTextFormat::UserProperty + 3;
constexpr int ChartRotatedProperty = QTextFormat::UserProperty + 4; // drawn turned a quarter left
constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 5; // a heading: never last on a page
constexpr int MovedProperty = QTextFormat::UserProperty + 6;        // its page break was added for that
constexpr int TableIndexProperty = QTextFormat::UserProperty + 7;   // which of the report's tables
constexpr int RowOffsetProperty = QTextFormat::UserProperty + 8;    // its first body row in that table

// Draws the charts that the document holds as objects, in vector form on whatever device paints.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const ReportText &text, QObject *parent)
        : QObject(parent),
          m_radar(RadarChart::forReport(text)),
          m_compare(text.input().comparison ? RadarChart::forComparison(text) : RadarChart::forReport(text)),
          m_path(ImprovementPathData::build(*text.input().catalog, text.input().report, !text.chinese()))
    {
        m_path.setFontFamily(reportFontFamily());
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return {format.doubleProperty(ChartWidthProperty), format.doubleProperty(ChartHeightProperty)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format) override
    {
        painter->save();
        painter->setFont(doc->defaultFont());
        QRectF target = rect;
        if (format.boolProperty(ChartRotatedProperty)) {
            painter->translate(rect.center());
            painter->rotate(-90);
            target = QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width());
        }
        switch (format.intProperty(ChartIdProperty)) {
        case RadarReport: m_radar.paint(*painter, target); break;
        case RadarCompare: m_compare.paint(*painter, target); break;
        case ImprovementPath: m_path.paint(*painter, target); break;
        default: break;
        }
        painter->restore();
    }

private:
    RadarChart m_radar;
    RadarChart m_compare;
    ImprovementPathChart m_path;
};

// Builds the report's text document with a cursor (never from markup, so people's text is text).
class Builder
{
public:
    // Lengths in formats (margins, padding, borders) are in 1/96 inch, which the layout scales to
    // the device; object sizes are in device dots.
    // `breaks`: per table (in the order they are built), the body rows (0 = the first) that start
    // a new page; the table is cut there and goes on, with its header row, on the next page.
    Builder(QTextDocument &doc, const ReportText &text, double dotsPerMm, const RowBreaks &breaks)
        : m_doc(doc), m_text(text), m_mm(96.0 / 25.4), m_dots(dotsPerMm), m_cursor(&doc), m_breaks(breaks)
    {}

    void build()
    {
        const ReportInput &in = m_text.input();
        // One edit block: the layout runs once at the end, not after every insertion.
        m_cursor.beginEditBlock();
        title(m_text.documentTitle(), m_text.roleTitle());
        fields(m_text.headerFields());

        heading(m_text.overviewTitle());
        headline();
        table(m_text.dimensionTable());
        paragraph(m_text.summary());
        chart(RadarReport, 120, 120 * 640.0 / 900.0);

        heading(m_text.itemsTitle());
        const bool withEvidence = in.report.assessment.mode == Mode::Assessor || m_text.hasEvidence();
        for (const DimensionScore &d : in.report.score.dimensions) {
            subheading(m_text.dimensionHeading(d));
            table(m_text.itemTable(d.key, withEvidence));
        }

        heading(m_text.planTitle());
        paragraph(m_text.planIntro());
        if (!in.report.plan.steps.empty())
            table(m_text.planTable());
        // How the figures are worked out, after the last of them: never alone on a page after the
        // full-page chart.
        paragraph(m_text.methodNote(), true);
        paragraph(m_text.generatedLine(QDateTime::currentDateTime()), true);

        // The 16:10 path chart gets a page of its own, turned to use the page's length.
        heading(m_text.pathTitle(), true);
        paragraph(m_text.pathCaption(), true);
        const double length = contentHeightMm() - 32;
        chart(ImprovementPath, std::min(contentWidthMm(), length * 10.0 / 16.0), length, true);

        if (in.comparison) {
            heading(m_text.compareTitle(), true);
            paragraph(m_text.compareIntro());
            chart(RadarCompare, 120, 120 * 640.0 / 900.0);
            table(m_text.compareTable());
        }
        // Long evidence at the page's full width, never in a narrow column: an appendix on pages
        // of its own, so that it adds no more pages than its own length needs.
        const auto longEvidence = m_text.longEvidence();
        if (withEvidence && !longEvidence.empty()) {
            heading(m_text.evidenceTitle(), true);
            for (const ReportText::LongEvidenceItem &item : longEvidence) {
                subheading(item.heading);
                paragraph(item.text, true);
            }
        }
        m_cursor.endEditBlock();
    }

private:
    double contentWidthMm() const { return m_doc.pageSize().width() / m_dots; }
    double contentHeightMm() const { return m_doc.pageSize().height() / m_dots; }

    QTextCharFormat charFormat(double points, bool bold = false, const QColor &colour = Qt::black) const
    {
        QTextCharFormat f;
        f.setFontPointSize(points);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(colour);
        return f;
    }

    void newBlock(const QTextBlockFormat &format)
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_first = false;
    }

    void title(const QString &title, const QString &subtitle)
    {
        QTextBlockFormat b;
        b.setBottomMargin(1.5 * m_mm);
        newBlock(b);
        m_cursor.insertText(title, charFormat(18, true));
        b.setBottomMargin(4 * m_mm);
        m_cursor.insertBlock(b);
        m_cursor.insertText(subtitle, charFormat(13, true, kSubtle));
    }

    void heading(const QString &text, bool newPage = false)
    {
        QTextBlockFormat b;
        b.setTopMargin(6 * m_mm);
        b.setBottomMargin(2 * m_mm);
        if (newPage)
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        b.setProperty(KeepWithNextProperty, true);
        newBlock(b);
        m_cursor.insertText(text, charFormat(14, true));
    }

    void subheading(const QString &text)
    {
        QTextBlockFormat b;
        b.setTopMargin(4 * m_mm);
        b.setBottomMargin(1.5 * m_mm);
        b.setProperty(KeepWithNextProperty, true);
        newBlock(b);
        m_cursor.insertText(text, charFormat(11, true));
    }

    void paragraph(const QString &text, bool small = false)
    {
        QTextBlockFormat b;
        b.setTopMargin(2.5 * m_mm);
        b.setBottomMargin(1 * m_mm);
        b.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        newBlock(b);
        m_cursor.insertText(text, charFormat(small ? 8.5 : 10, false, small ? kSubtle : Qt::black));
    }

    void headline()
    {
        QTextBlockFormat b;
        b.setBottomMargin(2 * m_mm);
        newBlock(b);
        bool first = true;
        for (const Field &f : m_text.headline()) {
            if (!first)
                m_cursor.insertText(QStringLiteral("      "), charFormat(12));
            first = false;
            m_cursor.insertText(f.label + QLatin1Char(' '), charFormat(12, false, kSubtle));
            m_cursor.insertText(f.value, charFormat(16, true));
        }
    }

    QTextTableFormat tableFormat(const std::vector<int> &widths) const
    {
        QTextTableFormat t;
        t.setBorder(0.25 * m_mm);
        t.setBorderBrush(kRule);
        t.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        t.setBorderCollapse(true);
        t.setCellSpacing(0);
        t.setCellPadding(1.2 * m_mm);
        t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        t.setTopMargin(1 * m_mm);
        t.setBottomMargin(1 * m_mm);
        QList<QTextLength> constraints;
        for (int w : widths)
            constraints << QTextLength(QTextLength::PercentageLength, w);
        t.setColumnWidthConstraints(constraints);
        return t;
    }

    void fields(const std::vector<Field> &fields)
    {
        // Two label/value pairs per row.
        const int rows = static_cast<int>((fields.size() + 1) / 2);
        newBlock(QTextBlockFormat());
        QTextTableFormat format = tableFormat({14, 36, 14, 36});
        QTextTable *t = m_cursor.insertTable(rows, 4, format);
        for (size_t i = 0; i < fields.size(); ++i) {
            const int row = static_cast<int>(i / 2);
            const int col = static_cast<int>(i % 2) * 2;
            QTextTableCell label = t->cellAt(row, col);
            QTextCharFormat cf = label.format();
            cf.setBackground(kHeaderFill);
            label.setFormat(cf);
            label.firstCursorPosition().insertText(fields[i].label, charFormat(9, false, kSubtle));
            t->cellAt(row, col + 1).firstCursorPosition().insertText(fields[i].value, charFormat(9.5, true));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void table(const TextTable &table)
    {
        const int index = m_tables++;
        std::set<int> cuts;
        if (const auto it = m_breaks.find(index); it != m_breaks.end())
            cuts = it->second;
        const int rows = static_cast<int>(table.rows.size());
        int from = 0;
        while (from < rows || (from == 0 && rows == 0)) {
            int to = rows;
            for (int cut : cuts)
                if (cut > from) {
                    to = std::min(to, cut);
                    break;
                }
            chunk(table, index, from, to, cuts.count(from) > 0);
            from = to;
            if (rows == 0)
                break;
        }
    }

    // Rows [from, to) of `table` as one QTextTable with the header row, on a new page if `newPage`.
    void chunk(const TextTable &table, int index, int from, int to, bool newPage)
    {
        newBlock(QTextBlockFormat());
        const int cols = static_cast<int>(table.headers.size());
        QTextTableFormat format = tableFormat(table.widths);
        format.setHeaderRowCount(1);
        format.setProperty(TableIndexProperty, index);
        format.setProperty(RowOffsetProperty, from);
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextTable *t = m_cursor.insertTable(to - from + 1, cols, format);
        for (int c = 0; c < cols; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat cf = cell.format();
            cf.setBackground(kHeaderFill);
            cell.setFormat(cf);
            cell.firstCursorPosition().insertText(table.headers.at(c), charFormat(8.5, true));
        }
        for (int r = from; r < to; ++r) {
            const bool bold = r < static_cast<int>(table.emphasised.size()) && table.emphasised[static_cast<size_t>(r)];
            const QStringList &row = table.rows[static_cast<size_t>(r)];
            for (int c = 0; c < cols && c < row.size(); ++c)
                t->cellAt(r - from + 1, c)
                    .firstCursorPosition()
                    .insertText(row.at(c), charFormat(8.5, bold && !table.isText(c)));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void chart(ChartId id, double widthMm, double heightMm, bool rotated = false)
    {
        QTextBlockFormat b;
        b.setAlignment(Qt::AlignHCenter);
        b.setTopMargin(3 * m_mm);
        newBlock(b);
        QTextCharFormat f;
        f.setObjectType(ChartObjectType);
        f.setProperty(ChartIdProperty, static_cast<int>(id));
        f.setProperty(ChartWidthProperty, widthMm * m_dots);
        f.setProperty(ChartHeightProperty, heightMm * m_dots);
        f.setProperty(ChartRotatedProperty, rotated);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }

    QTextDocument &m_doc;
    const ReportText &m_text;
    double m_mm;   // 1/96-inch units per millimetre
    double m_dots; // device dots per millimetre
    QTextCursor m_cursor;
    const RowBreaks &m_breaks;
    int m_tables = 0;
    bool m_first = true;
};

// Where a block's first line is (a block's top margin may stay on a page its text has left).
double firstLineTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const double top = layout->blockBoundingRect(block).top();
    const QTextLayout *text = block.layout();
    return text && text->lineCount() > 0 ? top + text->lineAt(0).y() : top;
}

// Where a block's last line ends.
double lastLineBottom(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const double top = layout->blockBoundingRect(block).top();
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0)
        return top;
    const QTextLine last = text->lineAt(text->lineCount() - 1);
    return top + last.y() + last.height();
}

// What a heading heads: the block after it, past the empty paragraph a table is inserted after.
QTextBlock headedBlock(const QTextBlock &heading)
{
    QTextBlock next = heading.next();
    while (next.isValid() && next.text().isEmpty() && !QTextCursor(next).currentTable())
        next = next.next();
    return next;
}

// Where what a heading heads must have started for the heading to stay with it: a paragraph's
// first line, or a table's header row and whole first row (Qt would split that row to keep it by
// its header).
double followingTop(QAbstractTextDocumentLayout *layout, const QTextBlock &next, double tolerance)
{
    double top = firstLineTop(layout, next);
    if (QTextTable *table = QTextCursor(next).currentTable(); table && table->rows() > 1)
        for (int c = 0; c < table->columns(); ++c)
            top = std::max(top,
                           lastLineBottom(layout, table->cellAt(1, c).firstCursorPosition().block()) - 2 * tolerance);
    return top;
}

// QTextDocument has no "keep with next": a heading that the layout leaves at the foot of a page,
// with what it heads on the next, is moved to that page. Repeated, since moving one heading can
// strand the one above it.
void keepHeadingsWithNext(QTextDocument &doc, double tolerance)
{
    const double pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (!format.boolProperty(KeepWithNextProperty) ||
                format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock next = headedBlock(block);
            if (!next.isValid())
                continue;
            const int page = static_cast<int>((firstLineTop(layout, block) + tolerance) / pageHeight);
            const int nextPage = static_cast<int>((followingTop(layout, next, tolerance) + tolerance) / pageHeight);
            if (nextPage > page) {
                QTextBlockFormat breaking = format;
                breaking.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                breaking.setProperty(MovedProperty, true);
                QTextCursor(block).setBlockFormat(breaking);
                // A table that was sent to the next page for its first row now goes with its heading.
                if (QTextTable *table = QTextCursor(next).currentTable();
                    table && table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                    QTextTableFormat tf = table->format();
                    tf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    table->setFormat(tf);
                }
                // A heading moved before on account of this one now goes with it instead.
                QTextBlockFormat nextFormat = next.blockFormat();
                if (nextFormat.boolProperty(MovedProperty)) {
                    nextFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    nextFormat.setProperty(MovedProperty, false);
                    QTextCursor(next).setBlockFormat(nextFormat);
                }
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

// The page a table row starts on and the page it ends on (its cells' first and last lines).
std::pair<int, int> rowPages(QAbstractTextDocumentLayout *layout, QTextTable *table, int row, double pageHeight,
                             double tolerance)
{
    double top = std::numeric_limits<double>::max();
    double bottom = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        top = std::min(top, firstLineTop(layout, cell.firstCursorPosition().block()));
        bottom = std::max(bottom, lastLineBottom(layout, cell.lastCursorPosition().block()));
    }
    return {static_cast<int>((top + tolerance) / pageHeight), static_cast<int>((bottom - 2 * tolerance) / pageHeight)};
}

std::vector<QTextTable *> tablesOf(QTextDocument &doc)
{
    std::vector<QTextTable *> tables;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (QTextTable *t = QTextCursor(block).currentTable();
            t && std::find(tables.begin(), tables.end(), t) == tables.end())
            tables.push_back(t);
    return tables;
}

// The first table row that the layout split over two pages, as (table index, body row); the
// table is then cut before it and built again (QTextDocument splits a row that does not fit,
// and a page break inside a table pushes the row once more past the repeated header row).
std::optional<std::pair<int, int>> firstSplitRow(QTextDocument &doc, double tolerance)
{
    const double pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextTable *table : tablesOf(doc)) {
        const int header = table->format().headerRowCount();
        for (int r = header; r < table->rows(); ++r) {
            const auto [first, last] = rowPages(layout, table, r, pageHeight, tolerance);
            if (first != last)
                return std::make_pair(table->format().intProperty(TableIndexProperty),
                                      table->format().intProperty(RowOffsetProperty) + r - header);
        }
    }
    return std::nullopt;
}

} // namespace

PdfReport::Pagination PdfReport::check(QTextDocument &doc, double tolerance)
{
    Pagination p;
    p.pages = doc.pageCount();
    const double pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextTable *table : tablesOf(doc))
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r)
            if (const auto [first, last] = rowPages(layout, table, r, pageHeight, tolerance); first != last)
                p.splitRows << table->cellAt(r, 0).firstCursorPosition().block().text();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(KeepWithNextProperty))
            continue;
        const QTextBlock next = headedBlock(block);
        if (!next.isValid())
            continue;
        if (static_cast<int>((followingTop(layout, next, tolerance) + tolerance) / pageHeight) >
            static_cast<int>((firstLineTop(layout, block) + tolerance) / pageHeight))
            p.strandedHeadings << block.text();
    }
    // What the last page holds, as text (a page with only a note on it is a layout fault).
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (static_cast<int>((firstLineTop(layout, block) + tolerance) / pageHeight) == p.pages - 1)
            p.lastPageText += block.text();
    return p;
}

PdfReport::PdfReport(ReportInput input) : m_input(std::move(input)) {}

PdfReport::Pagination PdfReport::pagination(bool keep) const
{
    if (!m_input.catalog || !m_input.report.role)
        return {};
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    QRectF content;
    std::unique_ptr<QTextDocument> doc = layOut(device, content, keep);
    return check(*doc, 0.5 * device.logicalDpiX() / 25.4);
}

std::unique_ptr<QTextDocument> PdfReport::layOut(QPagedPaintDevice &device, QRectF &content, bool keep) const
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const double mm = device.logicalDpiX() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    content = QRectF(kMarginLeft * mm, kMarginTop * mm, page.width() - (kMarginLeft + kMarginRight) * mm,
                     page.height() - (kMarginTop + kMarginBottom) * mm);
    // The layout puts a line it moves to the next page a hair above that page's top; such a line
    // belongs to the page below.
    const double tolerance = 0.5 * mm;
    const ReportText text(m_input);
    RowBreaks breaks;
    // Built again while a table row falls over a page break, with the table cut before that row
    // (a report has a few dozen rows at most, and each pass fixes one).
    for (int pass = 0;; ++pass) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&device);
        doc->setUndoRedoEnabled(false);
        doc->setDocumentMargin(0);
        doc->setDefaultFont(QFont(reportFontFamily(), 10));
        doc->setPageSize(content.size());
        auto *charts = new ChartObject(text, doc.get());
        doc->documentLayout()->registerHandler(ChartObjectType, charts);
        Builder(*doc, text, mm, breaks).build();
        if (!keep)
            return doc;
        keepHeadingsWithNext(*doc, tolerance);
        const auto split = firstSplitRow(*doc, tolerance);
        if (!split || pass == 100 || !breaks[split->first].insert(split->second).second)
            return doc;
    }
}

Result<int> PdfReport::paint(QPagedPaintDevice &device) const
{
    if (!m_input.catalog || !m_input.report.role)
        return Result<int>::failure(
            QStringLiteral("role %1 is not in this catalog").arg(m_input.report.assessment.role));
    // layOut sets the device up (A4, no device margins) before the page is measured here.
    QRectF content;
    std::unique_ptr<QTextDocument> laidOut = layOut(device, content, true);
    QTextDocument &doc = *laidOut;
    const double mm = device.logicalDpiX() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const ReportText text(m_input);
    const QString family = reportFontFamily();
    // The layout puts a line it moves to the next page a hair above that page's top; such a line
    // belongs to the page below, and the page above must not draw it (even clipped: its text
    // would still be in the PDF).
    const double tolerance = 0.5 * mm;
    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(QStringLiteral("cannot start painting the report"));
    QFont small(family);
    small.setPointSizeF(8);
    const QString header = text.runningHeader();
    const QString edition = text.editionLine();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        // Running header and footer.
        painter.setFont(small);
        painter.setPen(kSubtle);
        // The right-hand texts give way (elided) to the left-hand ones; a long name cannot overlap them.
        const QFontMetricsF metrics(small, &device);
        const QString left = QStringLiteral("iitalent · ") + text.documentTitle();
        const double room = content.width() - metrics.horizontalAdvance(left) - 8 * mm;
        const QRectF headerRect(content.left(), 10 * mm, content.width(), 8 * mm);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom,
                         metrics.elidedText(header, Qt::ElideMiddle, room));
        painter.setPen(QPen(kRule, 0.25 * mm));
        painter.drawLine(QPointF(content.left(), 19 * mm), QPointF(content.right(), 19 * mm));
        const double footerY = page.height() - 14 * mm;
        painter.drawLine(QPointF(content.left(), footerY), QPointF(content.right(), footerY));
        painter.setPen(kSubtle);
        const QRectF footerRect(content.left(), footerY + 1 * mm, content.width(), 8 * mm);
        const QString pageText = text.pageText(i + 1, pages);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignTop, pageText);
        // The edition may take two lines (the English one is long); it is never cut short.
        const QRectF editionRect(footerRect.left(), footerRect.top(),
                                 content.width() - metrics.horizontalAdvance(pageText) - 8 * mm, footerRect.height());
        painter.drawText(editionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, edition);

        // The page's slice of the document.
        painter.save();
        painter.translate(content.left(), content.top() - i * content.height());
        const QRectF slice(0, i * content.height(), content.width(), content.height());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = slice.adjusted(0, 0, 0, -tolerance);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<QByteArray> PdfReport::pdf() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("iitalent"));
        const ReportText text(m_input);
        writer.setTitle(QStringLiteral("%1 — %2").arg(text.documentTitle(), text.runningHeader()));
        auto pages = paint(writer);
        if (!pages)
            return Result<QByteArray>::failure(pages.error());
    }
    return bytes;
}

} // namespace iitalent::report

#include "PdfReport.moc"

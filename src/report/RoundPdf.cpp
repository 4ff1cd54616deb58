// The hiring-meeting document as pages (PDF, or a printer), laid out top to bottom by hand with
// QPainter as the class report is: the round, the rule, the must-haves and the ranking on A4
// landscape pages (the ranking is wide), then each shortlisted candidate's scorecard on an A4
// portrait page of its own (its items run down the page), then the panel's figures.
#include "RoundDocuments.h"

#include "CohortDocuments.h"
#include "ReportFonts.h"
#include "RoundText.h"
#include "Scoring.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <array>
#include <functional>
#include <numeric>

namespace iitalent {

namespace {

using report::Field;
using report::RoundCell;
using report::RoundTable;
using report::RoundText;
using report::TextTable;

constexpr double kMarginX = 12.0; // mm
constexpr double kMarginTop = 20.0;
constexpr double kMarginBottom = 17.0;
const QColor kRule(0x90, 0x90, 0x90);
const QColor kLightRule(0xc8, 0xc8, 0xc8);
const QColor kHeaderFill(0xe8, 0xe8, 0xe8);
const QColor kSubtle(0x50, 0x50, 0x50);
const QColor kFlag(0xa3, 0x3c, 0x00); // a failed must-have, an open disagreement

using Orientation = QPageLayout::Orientation;

// Lays the document out on pages, top to bottom, and paints it. Run twice over the same layout:
// without a painter to count the pages, then painting, with "Page X of N" known. A page may turn
// from landscape to portrait: the device's layout is set just before the new page starts.
class Pager final
{
public:
    Pager(QPagedPaintDevice &device, QPainter *painter, const RoundText &text, QString title, QString header,
          int pageCount)
        : mm(device.logicalDpiX() / 25.4),
          m_device(device),
          m_painter(painter),
          m_text(text),
          m_title(std::move(title)),
          m_header(std::move(header)),
          m_pageCount(pageCount)
    {
        setPage();
        frame();
    }

    const double mm; // device dots per millimetre
    QRectF content;  // where the document goes on the current page
    double y = 0;    // where the next block starts on the current page

    int pages() const { return m_index + 1; }
    bool painting() const { return m_painter != nullptr; }
    QPainter &painter() { return *m_painter; }
    Orientation orientation() const { return m_orientation; }

    QFont font(double points, bool bold = false) const
    {
        QFont f(report::reportFontFamily());
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_device); }
    double lineHeight(const QFont &f) const { return metrics(f).height(); }
    double wrappedHeight(const QFont &f, double width, const QString &s) const
    {
        return metrics(f).boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, s).height();
    }

    void text(const QRectF &rect, int flags, const QFont &f, const QColor &colour, const QString &s)
    {
        if (!m_painter)
            return;
        m_painter->setFont(f);
        m_painter->setPen(colour);
        m_painter->drawText(rect, flags, s);
    }
    void fill(const QRectF &rect, const QColor &colour)
    {
        if (m_painter)
            m_painter->fillRect(rect, colour);
    }
    void box(const QRectF &rect, const QColor &colour, double widthMm = 0.2)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, widthMm * mm));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(rect);
    }
    void line(const QPointF &from, const QPointF &to, const QColor &colour, double widthMm = 0.2)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, widthMm * mm));
        m_painter->drawLine(from, to);
    }

    bool fits(double height) const { return y + height <= content.bottom() + 0.1 * mm; }
    bool atTop() const { return y <= content.top() + 0.1 * mm; }
    void newPage() { newPage(m_orientation); }
    void newPage(Orientation orientation)
    {
        if (m_painter) {
            if (orientation != m_orientation)
                m_device.setPageOrientation(orientation);
            m_device.newPage();
        }
        m_orientation = orientation;
        ++m_index;
        setPage();
        frame();
    }
    // Starts a new page unless `height` fits on this one (or this one is still empty).
    void ensure(double height)
    {
        if (!fits(height) && !atTop())
            newPage();
    }

    void title(const QString &title, const QString &subtitle, double points = 17)
    {
        const QFont big = font(points, true);
        const QFont sub = font(points * 0.7, true);
        const double th = wrappedHeight(big, content.width(), title);
        text(QRectF(content.left(), y, content.width(), th), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, big,
             Qt::black, title);
        y += th + 1 * mm;
        const double h = wrappedHeight(sub, content.width(), subtitle);
        text(QRectF(content.left(), y, content.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sub,
             kSubtle, subtitle);
        y += h + 3 * mm;
    }

    // A heading, kept with `keep` of what follows it (never alone at a page's foot).
    void heading(const QString &s, double keep, double points = 13)
    {
        const QFont f = font(points, true);
        const double gap = atTop() ? 0.0 : 5 * mm;
        const double h = wrappedHeight(f, content.width(), s);
        if (!fits(gap + h + 2 * mm + keep))
            newPage();
        else
            y += gap;
        text(QRectF(content.left(), y, content.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, f,
             Qt::black, s);
        y += h + 2 * mm;
    }

    double paragraphHeight(const QString &s, double points = 9.5, bool bold = false, double indent = 0) const
    {
        return wrappedHeight(font(points, bold), content.width() - indent * mm, s) + 1.5 * mm;
    }
    void paragraph(const QString &s, double points = 9.5, const QColor &colour = Qt::black, bool bold = false,
                   double indent = 0)
    {
        const QFont f = font(points, bold);
        const double width = content.width() - indent * mm;
        const double h = wrappedHeight(f, width, s);
        ensure(h);
        text(QRectF(content.left() + indent * mm, y, width, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, f,
             colour, s);
        y += h + 1.5 * mm;
    }

    // Label and value pairs, three to a row.
    void fields(const std::vector<Field> &fields)
    {
        const QFont label = font(8.5);
        const QFont value = font(9, true);
        const double pad = 1.2 * mm;
        const double labelW = content.width() * 0.10;
        const double valueW = content.width() / 3.0 - labelW;
        for (size_t i = 0; i < fields.size(); i += 3) {
            double h = 0;
            for (size_t j = i; j < std::min(fields.size(), i + 3); ++j)
                h = std::max({h, wrappedHeight(label, labelW - 2 * pad, fields[j].label),
                              wrappedHeight(value, valueW - 2 * pad, fields[j].value)});
            h += 2 * pad;
            ensure(h);
            for (size_t j = i; j < std::min(fields.size(), i + 3); ++j) {
                const double x = content.left() + static_cast<double>(j - i) * (labelW + valueW);
                const QRectF l(x, y, labelW, h), v(x + labelW, y, valueW, h);
                fill(l, kHeaderFill);
                box(l, kRule);
                box(v, kRule);
                const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
                text(l.adjusted(pad, 0, -pad, 0), flags, label, kSubtle, fields[j].label);
                text(v.adjusted(pad, 0, -pad, 0), flags, value, Qt::black, fields[j].value);
            }
            y += h;
        }
        y += 2 * mm;
    }

    // A table of plain text `share` of the content's width; its head is repeated on every page it
    // runs onto, and a row is never split over two pages.
    void table(const TextTable &t, double share = 1.0)
    {
        const int cols = static_cast<int>(t.headers.size());
        const std::vector<double> widths = columnWidths(t.widths, cols, share);
        const QFont body = font(8.5);
        const QFont bold = font(8.5, true);
        const double pad = 1.2 * mm;
        const double vpad = 0.9 * mm;
        auto height = [&](const QStringList &cells, bool header) {
            double h = 0;
            for (int c = 0; c < cols && c < cells.size(); ++c)
                h = std::max(h, wrappedHeight(header ? bold : body, widths[size_t(c)] - 2 * pad, cells.at(c)));
            return h + 2 * vpad;
        };
        auto draw = [&](const QStringList &cells, double h, bool header) {
            double x = content.left();
            for (int c = 0; c < cols; ++c) {
                const QRectF cell(x, y, widths[size_t(c)], h);
                if (header)
                    fill(cell, kHeaderFill);
                box(cell, kRule);
                if (c < cells.size())
                    text(cell.adjusted(pad, vpad, -pad, -vpad), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         header ? bold : body, Qt::black, cells.at(c));
                x += widths[size_t(c)];
            }
            y += h;
        };
        const double headH = height(t.headers, true);
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const double h = height(t.rows[r], false);
            if (r == 0) {
                ensure(headH + h);
                draw(t.headers, headH, true);
            } else if (!fits(h)) {
                newPage();
                draw(t.headers, headH, true);
            }
            draw(t.rows[r], h, false);
        }
        y += 2 * mm;
    }

    std::vector<double> columnWidths(const std::vector<int> &relative, int cols, double share) const
    {
        const double width = content.width() * share;
        double total = 0;
        for (int c = 0; c < cols && c < static_cast<int>(relative.size()); ++c)
            total += relative[size_t(c)];
        std::vector<double> widths;
        for (int c = 0; c < cols; ++c)
            widths.push_back(c < static_cast<int>(relative.size()) && total > 0 ? width * relative[size_t(c)] / total
                                                                                : width / cols);
        return widths;
    }

private:
    // The page and its content area in the current orientation (A4, no device margins).
    void setPage()
    {
        const bool landscape = m_orientation == Orientation::Landscape;
        m_page = QRectF(0, 0, (landscape ? 297.0 : 210.0) * mm, (landscape ? 210.0 : 297.0) * mm);
        content = QRectF(kMarginX * mm, kMarginTop * mm, m_page.width() - 2 * kMarginX * mm,
                         m_page.height() - (kMarginTop + kMarginBottom) * mm);
        y = content.top();
    }

    // The running header and footer of the current page.
    void frame()
    {
        if (!m_painter)
            return;
        const QFont small = font(7.5);
        const QFontMetricsF fm = metrics(small);
        const QString left = QStringLiteral("iitalent · ") + m_title;
        const double leftW = std::min(fm.horizontalAdvance(left), content.width() * 0.5);
        const double room = content.width() - leftW - 8 * mm;
        const QRectF headerRect(content.left(), 8 * mm, content.width(), 8 * mm);
        text(headerRect, Qt::AlignLeft | Qt::AlignBottom, small, kSubtle,
             fm.elidedText(left, Qt::ElideRight, content.width() * 0.5));
        text(headerRect, Qt::AlignRight | Qt::AlignBottom, small, kSubtle,
             fm.elidedText(m_header, Qt::ElideMiddle, room));
        line(QPointF(content.left(), 17 * mm), QPointF(content.right(), 17 * mm), kRule, 0.25);
        const double footerY = m_page.height() - 13 * mm;
        line(QPointF(content.left(), footerY), QPointF(content.right(), footerY), kRule, 0.25);
        const QRectF footerRect(content.left(), footerY + 1 * mm, content.width(), 9 * mm);
        const QString pageText = m_text.common().pageText(m_index + 1, m_pageCount);
        text(footerRect, Qt::AlignRight | Qt::AlignTop, small, kSubtle, pageText);
        const QRectF editionRect(footerRect.left(), footerRect.top(),
                                 content.width() - fm.horizontalAdvance(pageText) - 8 * mm, footerRect.height());
        text(editionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, small, kSubtle,
             m_text.common().editionLine());
    }

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    const RoundText &m_text;
    QString m_title;
    QString m_header;
    int m_pageCount;
    Orientation m_orientation = Orientation::Landscape;
    QRectF m_page;
    int m_index = 0;
};

// How a level cell sets its mark and level ("✔ 3", "?" alone), centred: the level on the cell's
// middle, the mark centred on the same middle by its outline. As in the class report's heatmap,
// WenQuanYi's triangles are small and sit high beside its digits, so they are set larger (×1.7)
// and each mark is placed by its drawn outline, worked out once.
class CellText final
{
public:
    CellText(const Pager &pg, QFont font) : m_font(std::move(font))
    {
        const QFontMetricsF metrics = pg.metrics(m_font);
        m_spaceWidth = metrics.horizontalAdvance(QLatin1Char(' '));
        m_capHeight = metrics.capHeight();
        const double dotsPerPoint = pg.mm * 25.4 / 72.0;
        for (HeatCell kind : {HeatCell::Met, HeatCell::OneBelow, HeatCell::TwoOrMoreBelow, HeatCell::Unanswered}) {
            Mark &m = m_marks[static_cast<size_t>(kind)];
            m.text = heatCellMark(kind);
            m.font = m_font;
            if (kind == HeatCell::OneBelow || kind == HeatCell::TwoOrMoreBelow)
                m.font.setPointSizeF(m_font.pointSizeF() * 1.7);
            QFont probe = m.font;
            probe.setPixelSize(1000);
            QPainterPath outline;
            outline.addText(0, 0, probe, m.text);
            m.rise = outline.boundingRect().center().y() * m.font.pointSizeF() * dotsPerPoint / 1000.0;
            m.width = pg.metrics(m.font).horizontalAdvance(m.text);
        }
    }

    const QFont &font() const { return m_font; }

    // `text` is heatCellText's: the mark, then the level (if any).
    void paint(Pager &pg, const QRectF &cell, HeatCell kind, const QString &text) const
    {
        if (!pg.painting())
            return;
        const Mark &m = m_marks[static_cast<size_t>(kind)];
        const QString level = text.startsWith(m.text) ? text.mid(m.text.size()).trimmed() : text;
        const double levelWidth = level.isEmpty() ? 0.0 : m_spaceWidth + pg.metrics(m_font).horizontalAdvance(level);
        const double x = cell.center().x() - (m.width + levelWidth) / 2;
        QPainter &p = pg.painter();
        p.setPen(heatCellForeground(kind));
        p.setFont(m.font);
        p.drawText(QPointF(x, cell.center().y() - m.rise), m.text);
        if (!level.isEmpty()) {
            p.setFont(m_font);
            p.drawText(QPointF(x + m.width + m_spaceWidth, cell.center().y() + m_capHeight / 2), level);
        }
    }

private:
    struct Mark
    {
        QString text;
        QFont font;
        double rise = 0;  // the outline's middle above the baseline (negative: above), in dots
        double width = 0; // its advance, in dots
    };
    QFont m_font;
    double m_spaceWidth = 0;
    double m_capHeight = 0;
    std::array<Mark, 4> m_marks;
};

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
    const TextTable reasons = text.consensusTable(c);
    if (!reasons.rows.empty()) {
        pg.heading(text.consensusTitle(), 12 * mm, 10.5);
        pg.table(reasons);
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

    const int shortlisted =
        static_cast<int>(std::count_if(r.candidates.begin(), r.candidates.end(), &RoundText::shortlisted));
    pg.heading(text.scorecardsTitle(), 10 * mm);
    pg.paragraph(text.scorecardsIntro(shortlisted));
    for (const RoundCandidate &c : r.candidates)
        if (RoundText::shortlisted(c))
            scorecard(pg, text, r, c);

    // The panel's figures after the scorecards, on a page of their own.
    if (shortlisted > 0)
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
    const QString title = text.documentTitle(report);
    const QString header = text.runningHeader(report);
    auto firstPage = [&device] {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Landscape);
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    };
    firstPage();
    int pages = 0;
    {
        Pager counting(device, nullptr, text, title, header, 0);
        layOut(counting, text, report);
        pages = counting.pages();
    }
    firstPage();
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(report::CohortText::tr("cannot start painting the document"));
    Pager pager(device, &painter, text, title, header, pages);
    layOut(pager, text, report);
    painter.end();
    return pager.pages();
}

Result<QByteArray> roundReportPdf(const Catalog &catalog, const RoundReport &report, Language language)
{
    const RoundText text(catalog, language);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("iitalent"));
        writer.setTitle(QStringLiteral("%1 — %2").arg(text.documentTitle(report), text.runningHeader(report)));
        auto pages = paintRoundReport(writer, catalog, report, language);
        if (!pages)
            return Result<QByteArray>::failure(pages.error());
    }
    return bytes;
}

} // namespace iitalent

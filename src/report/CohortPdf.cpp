// The cohort documents as pages (PDF, or a printer): A4 landscape, laid out top to bottom by hand
// with QPainter, since the heatmap is a grid that splits over pages both ways (rows onto the next
// page under the repeated column head, columns into chunks that each repeat the participants).
#include "CohortDocuments.h"

#include "CohortText.h"
#include "ReportFonts.h"
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
#include <cmath>
#include <functional>

namespace iitalent {

namespace {

using report::CohortText;
using report::Field;
using report::TextTable;

constexpr double kMarginX = 12.0; // mm
constexpr double kMarginTop = 20.0;
constexpr double kMarginBottom = 17.0;
const QColor kRule(0x90, 0x90, 0x90);
const QColor kLightRule(0xd0, 0xd0, 0xd0);
const QColor kHeaderFill(0xe8, 0xe8, 0xe8);
const QColor kBandFill(0xd6, 0xd6, 0xd6);
const QColor kSubtle(0x50, 0x50, 0x50);
const QColor kBar(0x3b, 0x6e, 0xa5);
const QColor kTrack(0xec, 0xec, 0xec);

// Lays a document out on pages, top to bottom, and paints it. Run twice over the same layout:
// without a painter to count the pages, then painting, with "Page X of N" known.
class Pager final
{
public:
    Pager(QPagedPaintDevice &device, QPainter *painter, const CohortText &text, QString title, QString header,
          int pageCount)
        : mm(device.logicalDpiX() / 25.4),
          m_device(device),
          m_painter(painter),
          m_text(text),
          m_title(std::move(title)),
          m_header(std::move(header)),
          m_pageCount(pageCount),
          m_page(0, 0, device.width(), device.height())
    {
        content = QRectF(kMarginX * mm, kMarginTop * mm, m_page.width() - 2 * kMarginX * mm,
                         m_page.height() - (kMarginTop + kMarginBottom) * mm);
        y = content.top();
        frame();
    }

    const double mm; // device dots per millimetre
    QRectF content;  // where the document goes on each page
    double y = 0;    // where the next block starts on the current page

    int pages() const { return m_index + 1; }
    bool painting() const { return m_painter != nullptr; }
    QPainter &painter() { return *m_painter; }

    QFont font(double points, bool bold = false) const
    {
        QFont f(report::reportFontFamily());
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_device); }
    double lineHeight(const QFont &f) const { return metrics(f).height(); }
    double textWidth(const QFont &f, const QString &s) const { return metrics(f).horizontalAdvance(s); }
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
    void newPage()
    {
        if (m_painter)
            m_device.newPage();
        ++m_index;
        y = content.top();
        frame();
    }
    // Starts a new page unless `height` fits on this one (or this one is still empty).
    void ensure(double height)
    {
        if (!fits(height) && !atTop())
            newPage();
    }

    void title(const QString &title, const QString &subtitle)
    {
        const QFont big = font(17, true);
        const QFont sub = font(12, true);
        text(QRectF(content.left(), y, content.width(), lineHeight(big)), Qt::AlignLeft | Qt::AlignTop, big, Qt::black,
             title);
        y += lineHeight(big) + 1 * mm;
        const double h = wrappedHeight(sub, content.width(), subtitle);
        text(QRectF(content.left(), y, content.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sub,
             kSubtle, subtitle);
        y += h + 3 * mm;
    }

    // A heading, kept with `keep` of what follows it (never alone at a page's foot).
    void heading(const QString &s, double keep)
    {
        const QFont f = font(13, true);
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

    void paragraph(const QString &s, double points = 9.5, const QColor &colour = Qt::black, bool bold = false)
    {
        const QFont f = font(points, bold);
        const double h = wrappedHeight(f, content.width(), s);
        ensure(h);
        text(QRectF(content.left(), y, content.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, f, colour,
             s);
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

    // A table `share` of the content's width; its head is repeated on every page it runs onto, and
    // a row is never split over two pages.
    void table(const TextTable &t, double share = 1.0)
    {
        const int cols = static_cast<int>(t.headers.size());
        const double width = content.width() * share;
        double total = 0;
        for (int w : t.widths)
            total += w;
        std::vector<double> widths;
        for (int c = 0; c < cols; ++c)
            widths.push_back(c < static_cast<int>(t.widths.size()) && total > 0 ? width * t.widths[size_t(c)] / total
                                                                                : width / cols);
        const QFont body = font(8.5);
        const QFont bold = font(8.5, true);
        const double pad = 1.2 * mm;
        const double vpad = 0.9 * mm;
        auto fontOf = [&](int c, bool emphasised) { return emphasised && !t.isText(c) ? bold : body; };
        auto height = [&](const QStringList &cells, bool header, bool emphasised) {
            double h = 0;
            for (int c = 0; c < cols && c < cells.size(); ++c)
                h = std::max(
                    h, wrappedHeight(header ? bold : fontOf(c, emphasised), widths[size_t(c)] - 2 * pad, cells.at(c)));
            return h + 2 * vpad;
        };
        auto draw = [&](const QStringList &cells, double h, bool header, bool emphasised) {
            double x = content.left();
            for (int c = 0; c < cols; ++c) {
                const QRectF cell(x, y, widths[size_t(c)], h);
                if (header)
                    fill(cell, kHeaderFill);
                box(cell, kRule);
                if (c < cells.size())
                    text(cell.adjusted(pad, vpad, -pad, -vpad), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         header ? bold : fontOf(c, emphasised), Qt::black, cells.at(c));
                x += widths[size_t(c)];
            }
            y += h;
        };
        const double headH = height(t.headers, true, false);
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const bool emphasised = r < t.emphasised.size() && t.emphasised[r];
            const double h = height(t.rows[r], false, emphasised);
            if (r == 0) {
                ensure(headH + h);
                draw(t.headers, headH, true, false);
            } else if (!fits(h)) {
                newPage();
                draw(t.headers, headH, true, false);
            }
            draw(t.rows[r], h, false, emphasised);
        }
        y += 2 * mm;
    }

private:
    // The running header and footer of the current page.
    void frame()
    {
        if (!m_painter)
            return;
        const QFont small = font(7.5);
        const QFontMetricsF fm = metrics(small);
        const QString left = QStringLiteral("iitalent · ") + m_title;
        const double room = content.width() - fm.horizontalAdvance(left) - 8 * mm;
        const QRectF headerRect(content.left(), 8 * mm, content.width(), 8 * mm);
        text(headerRect, Qt::AlignLeft | Qt::AlignBottom, small, kSubtle, left);
        text(headerRect, Qt::AlignRight | Qt::AlignBottom, small, kSubtle,
             fm.elidedText(m_header, Qt::ElideMiddle, room));
        line(QPointF(content.left(), 17 * mm), QPointF(content.right(), 17 * mm), kRule, 0.25);
        const double footerY = m_page.height() - 13 * mm;
        line(QPointF(content.left(), footerY), QPointF(content.right(), footerY), kRule, 0.25);
        const QRectF footerRect(content.left(), footerY + 1 * mm, content.width(), 9 * mm);
        const QString pageText = m_text.pageText(m_index + 1, m_pageCount);
        text(footerRect, Qt::AlignRight | Qt::AlignTop, small, kSubtle, pageText);
        const QRectF editionRect(footerRect.left(), footerRect.top(),
                                 content.width() - fm.horizontalAdvance(pageText) - 8 * mm, footerRect.height());
        text(editionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, small, kSubtle, m_text.editionLine());
    }

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    const CohortText &m_text;
    QString m_title;
    QString m_header;
    int m_pageCount;
    QRectF m_page;
    int m_index = 0;
};

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
// WenQuanYi's geometric shapes are small and sit high beside its digits (and their font boxes
// reach down to the baseline, unlike their ink), so the triangles are set larger (×1.7) and each
// mark is placed by its drawn outline, worked out once.
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

    void paint(Pager &pg, const QRectF &cell, HeatCell kind, const QString &level) const
    {
        if (!pg.painting())
            return;
        const Mark &m = m_marks[static_cast<size_t>(kind)];
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
        pg.table(text.planTable(r));
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

// Sets `device` up (A4 landscape, no device margins), lays the document out once to count its
// pages and again to paint them.
Result<int> paintPages(QPagedPaintDevice &device, const CohortText &text, const QString &title, const QString &header,
                       const std::function<void(Pager &)> &layOut)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    int pages = 0;
    {
        Pager counting(device, nullptr, text, title, header, 0);
        layOut(counting);
        pages = counting.pages();
    }
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(CohortText::tr("cannot start painting the document"));
    Pager pager(device, &painter, text, title, header, pages);
    layOut(pager);
    painter.end();
    return pager.pages();
}

Result<QByteArray> pdfOf(const QString &title, const std::function<Result<int>(QPagedPaintDevice &)> &paint)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("iitalent"));
        writer.setTitle(title);
        auto pages = paint(writer);
        if (!pages)
            return Result<QByteArray>::failure(pages.error());
    }
    return bytes;
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
    return paintPages(device, text, text.reportTitle(), text.runningHeader(report),
                      [&](Pager &pg) { layOutReport(pg, text, report); });
}

Result<int> paintCohortChange(QPagedPaintDevice &device, const Catalog &catalog, const CohortChange &change,
                              Language language)
{
    if (!change.after.role)
        return Result<int>::failure(missingRole(change.after.roleCode));
    const CohortText text(catalog, language);
    return paintPages(device, text, text.changeTitle(), text.runningHeader(change),
                      [&](Pager &pg) { layOutChange(pg, text, change); });
}

Result<QByteArray> cohortReportPdf(const Catalog &catalog, const CohortReport &report, Language language)
{
    const CohortText text(catalog, language);
    return pdfOf(QStringLiteral("%1 — %2").arg(text.reportTitle(), text.runningHeader(report)),
                 [&](QPagedPaintDevice &device) { return paintCohortReport(device, catalog, report, language); });
}

Result<QByteArray> cohortChangePdf(const Catalog &catalog, const CohortChange &change, Language language)
{
    const CohortText text(catalog, language);
    return pdfOf(QStringLiteral("%1 — %2").arg(text.changeTitle(), text.runningHeader(change)),
                 [&](QPagedPaintDevice &device) { return paintCohortChange(device, catalog, change, language); });
}

} // namespace iitalent

#pragma once

// The pages of iitalent's hand-laid documents (the class report, the hiring-meeting document):
// A4, top to bottom with QPainter, "Page X of N" in the footer, tables whose head repeats on every
// page, and the heatmap's cells. One layout function runs twice over a DocumentPager: without a
// painter to count the pages, then painting.

#include "CohortDocuments.h"
#include "CohortText.h"
#include "ReportFonts.h"
#include "Result.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <array>
#include <functional>
#include <vector>

namespace iitalent::report {

// The documents' greys, shared by the page furniture and the tables.
inline const QColor kDocumentRule(0x90, 0x90, 0x90);
inline const QColor kDocumentHeaderFill(0xe8, 0xe8, 0xe8);
inline const QColor kDocumentSubtle(0x50, 0x50, 0x50);

// The page margins, in millimetres (the running header and footer sit in them).
constexpr double kPageMarginX = 12.0;
constexpr double kPageMarginTop = 20.0;
constexpr double kPageMarginBottom = 17.0;

// Lays the document out on pages, top to bottom, and paints it. Run twice over the same layout:
// without a painter to count the pages, then painting, with "Page X of N" known. A page may turn
// from landscape to portrait: the device's layout is set just before the new page starts.
class DocumentPager final
{
public:
    DocumentPager(QPagedPaintDevice &device, QPainter *painter, const CohortText &text, QString title, QString header,
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
    QPageLayout::Orientation orientation() const { return m_orientation; }

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
    void newPage() { newPage(m_orientation); }
    void newPage(QPageLayout::Orientation orientation)
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
             kDocumentSubtle, subtitle);
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
                fill(l, kDocumentHeaderFill);
                box(l, kDocumentRule);
                box(v, kDocumentRule);
                const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
                text(l.adjusted(pad, 0, -pad, 0), flags, label, kDocumentSubtle, fields[j].label);
                text(v.adjusted(pad, 0, -pad, 0), flags, value, Qt::black, fields[j].value);
            }
            y += h;
        }
        y += 2 * mm;
    }

    // A table `share` of the content's width (emphasised rows bold outside text columns); its head is repeated on every
    // page it runs onto, and a row is never split over two pages.
    void table(const TextTable &t, double share = 1.0, double points = 8.5)
    {
        const int cols = static_cast<int>(t.headers.size());
        const std::vector<double> widths = columnWidths(t.widths, cols, share);
        const QFont body = font(points);
        const QFont bold = font(points, true);
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
                    fill(cell, kDocumentHeaderFill);
                box(cell, kDocumentRule);
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
        const bool landscape = m_orientation == QPageLayout::Landscape;
        m_page = QRectF(0, 0, (landscape ? 297.0 : 210.0) * mm, (landscape ? 210.0 : 297.0) * mm);
        content = QRectF(kPageMarginX * mm, kPageMarginTop * mm, m_page.width() - 2 * kPageMarginX * mm,
                         m_page.height() - (kPageMarginTop + kPageMarginBottom) * mm);
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
        text(headerRect, Qt::AlignLeft | Qt::AlignBottom, small, kDocumentSubtle,
             fm.elidedText(left, Qt::ElideRight, content.width() * 0.5));
        text(headerRect, Qt::AlignRight | Qt::AlignBottom, small, kDocumentSubtle,
             fm.elidedText(m_header, Qt::ElideMiddle, room));
        line(QPointF(content.left(), 17 * mm), QPointF(content.right(), 17 * mm), kDocumentRule, 0.25);
        const double footerY = m_page.height() - 13 * mm;
        line(QPointF(content.left(), footerY), QPointF(content.right(), footerY), kDocumentRule, 0.25);
        const QRectF footerRect(content.left(), footerY + 1 * mm, content.width(), 9 * mm);
        const QString pageText = m_text.pageText(m_index + 1, m_pageCount);
        text(footerRect, Qt::AlignRight | Qt::AlignTop, small, kDocumentSubtle, pageText);
        const QRectF editionRect(footerRect.left(), footerRect.top(),
                                 content.width() - fm.horizontalAdvance(pageText) - 8 * mm, footerRect.height());
        text(editionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, small, kDocumentSubtle,
             m_text.editionLine());
    }

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    const CohortText &m_text;
    QString m_title;
    QString m_header;
    int m_pageCount;
    QPageLayout::Orientation m_orientation = QPageLayout::Landscape;
    QRectF m_page;
    int m_index = 0;
};

// How a heatmap cell sets its mark and level ("✔ 3", "?" alone), centred: the level on the cell's
// middle, the mark centred on the same middle by its outline. WenQuanYi's triangles are small and sit high beside its
// digits, so they are set larger (×1.7) and each mark is placed by its drawn outline, worked out once.
class HeatCellText final
{
public:
    HeatCellText(const DocumentPager &pg, QFont font) : m_font(std::move(font))
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

    // `text` is heatCellText's (the mark, then the level if any), or the level alone.
    void paint(DocumentPager &pg, const QRectF &cell, HeatCell kind, const QString &text) const
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

// Sets `device` up (A4 landscape, no device margins) before each pass, lays the document out
// once to count its pages and again to paint them; returns the page count.
Result<int> paintDocumentPages(QPagedPaintDevice &device, const CohortText &text, const QString &title,
                               const QString &header, const std::function<void(DocumentPager &)> &layOut);

// A PDF of what `paint` puts on the device (600 dpi, fonts embedded), titled `title`.
Result<QByteArray> documentPdf(const QString &title, const std::function<Result<int>(QPagedPaintDevice &)> &paint);

} // namespace iitalent::report
